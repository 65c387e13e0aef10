// Reading the tracking book back from the open workbook gives what the .xlsx
// reader gives for the same book: written by this host, made by the CLI
// (the committed sample), or edited by hand afterwards. Also the shared
// reader on cells taken straight from a spec, and the selection.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { extractPlan } from "../../../src/domain/extract";
import type { Tolerance } from "../../../src/domain/tracking";
import { parseUnitsText } from "../../../src/domain/unit-list";
import { OfficeWorkbookHost } from "../../../src/hosts/officejs";
import { readTrackingWorkbook } from "../../../src/hosts/xlsx/read";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { type BookCells, type SheetCells, WorkbookReadError } from "../../../src/workbook/book";
import { describeWorkbook } from "../../../src/workbook/describe";
import { columnIndex, MODEL_SHEET, SHEET, TRACKING_COLUMNS } from "../../../src/workbook/layout";
import { readBookFromCells } from "../../../src/workbook/read-book";
import { isFormula, type WorkbookSpec } from "../../../src/workbook/spec";
import { FakeWorkbookState, parseAddress } from "../../helpers/fake-excel";
import { fillEntries, SEEDS } from "../../helpers/tracking-fixture";
import { fakeFromXlsx } from "./from-xlsx";

const plan = extractPlan(readFileSync(path.join(SEEDS, "bac-son-2024-2025.txt"), "utf8"));
const units = parseUnitsText(readFileSync(path.join(SEEDS, "units-bac-son.csv"), "utf8")).units;
const col = columnIndex(TRACKING_COLUMNS);

async function written(spec: WorkbookSpec): Promise<{ book: FakeWorkbookState; host: OfficeWorkbookHost }> {
  const book = new FakeWorkbookState();
  const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
  await host.writeBook(spec);
  return { book, host };
}

describe("readBook", () => {
  it("reads a book it wrote as the .xlsx reader reads the same book", async () => {
    const tolerance: Tolerance = { ratePoints: 2, countShare: 0.1 };
    const spec = describeWorkbook(plan, units, { tolerance, entries: fillEntries(plan, units, tolerance, 42) });
    const { host } = await written(spec);
    const fromExcel = await host.readBook();
    const fromFile = await readTrackingWorkbook(await writeXlsx(spec));
    expect(fromExcel).toEqual(fromFile);
    expect(fromExcel?.tolerance).toEqual(tolerance);
    expect(fromExcel?.rows.length).toBeGreaterThan(200);
  });

  it("reads the sample book the CLI made and filled, as the .xlsx reader does", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(SEEDS, "sample-bac-son.xlsx")));
    const book = await fakeFromXlsx(bytes);
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    const fromExcel = await host.readBook();
    expect(fromExcel).toEqual(await readTrackingWorkbook(bytes));
    expect(fromExcel?.rows.some((row) => row.entry.value !== null || row.entry.numerator !== null)).toBe(true);
  });

  it("reads hand edits: a note, a rate typed over its formula, a row without codes, a bad tolerance", async () => {
    const spec = describeWorkbook(plan, units);
    const { book, host } = await written(spec);
    const tracking = book.sheet(SHEET.tracking);
    const settings = book.sheet(SHEET.settings);
    if (!tracking || !settings) throw new Error("sheets missing");
    // The first rate row, and a later row.
    let rateRow = 0;
    for (let row = 2; rateRow === 0; row++) if (tracking.cell(row, col.value)?.formula) rateRow = row;
    const cleared = rateRow + 1;
    const trackingSpec = spec.sheets.find((sheet) => sheet.name === SHEET.tracking);
    const clearedKey = `${String(trackingSpec?.cells[cleared - 1][col.unitCode - 1])}/${String(trackingSpec?.cells[cleared - 1][col.targetId - 1])}`;
    tracking.touch(rateRow, col.note).value = "Đã kiểm tra với trường";
    Object.assign(tracking.touch(rateRow, col.value), { formula: null, value: 97 });
    tracking.touch(cleared, col.unitCode).value = null;
    tracking.touch(cleared, col.targetId).value = null;
    settings.touch(2, 2).value = "một";

    const read = await host.readBook();
    const edited = read?.rows.find((row) => row.sheetRow === rateRow);
    expect(edited?.note).toBe("Đã kiểm tra với trường");
    // A rate typed over the formula is the unit's rate (issue 12), read as typed.
    expect(edited?.entry.value).toBe(97);
    expect(read?.rows.some((row) => row.sheetRow === cleared)).toBe(false);
    expect(read?.tolerance.ratePoints).toBe(1);
    expect(read?.problems).toEqual(
      expect.arrayContaining([
        { key: "wbProblemBadTolerance", params: { cell: "B2", value: "1", valueEn: "1" } },
        { key: "wbProblemMissingRows", params: { count: 1, examples: clearedKey } },
      ]),
    );
  });

  it("returns null without a model sheet, and throws when the model is damaged or newer", async () => {
    const empty = new FakeWorkbookState(["Sheet1", "Thực hiện"]);
    expect(await new OfficeWorkbookHost({ run: empty.run, isSetSupported: () => true }).readBook()).toBeNull();

    const { book, host } = await written(describeWorkbook(plan, []));
    const model = book.sheet(MODEL_SHEET);
    if (!model) throw new Error("no model sheet");
    model.touch(2, 1).value = "{not json";
    await expect(host.readBook()).rejects.toEqual(new WorkbookReadError("wbErrorModelDamaged"));
    model.touch(1, 2).value = 99;
    await expect(host.readBook()).rejects.toEqual(new WorkbookReadError("wbErrorNewerSchema", { version: 99 }));
  });
});

/** A spec's cells as a host would hand them over: formulas with their cached results. */
function cellsOfSpec(spec: WorkbookSpec): BookCells {
  return {
    sheet(name) {
      const sheet = spec.sheets.find((candidate) => candidate.name === name);
      if (!sheet) return null;
      const cells: SheetCells = new Map();
      sheet.cells.forEach((line, r) => {
        const row = new Map();
        line.forEach((cell, c) => {
          if (cell === null || cell === "") return;
          if (isFormula(cell)) row.set(c + 1, { value: cell.result === "" ? null : cell.result, formula: true });
          else row.set(c + 1, { value: cell, formula: false });
        });
        cells.set(r + 1, row);
      });
      return cells;
    },
  };
}

describe("readBookFromCells", () => {
  it("reads a spec's own cells as the .xlsx reader reads the written file", async () => {
    const tolerance: Tolerance = { ratePoints: 1.5, countShare: 0.05 };
    const spec = describeWorkbook(plan, units, { tolerance, entries: fillEntries(plan, units, tolerance, 5) });
    expect(readBookFromCells(cellsOfSpec(spec))).toEqual(await readTrackingWorkbook(await writeXlsx(spec)));
  });

  it("refuses cells without a model sheet", () => {
    expect(() => readBookFromCells({ sheet: () => null })).toThrow(new WorkbookReadError("wbErrorNotOurs"));
  });
});

describe("selection", () => {
  it("selects a cell on its sheet and reads the selection as text, trimmed of empty rows and columns", async () => {
    const { book, host } = await written(describeWorkbook(plan, units));
    await host.select(SHEET.units, "A2");
    expect(book.active.name).toBe(SHEET.units);
    expect(book.selection).toEqual(parseAddress("A2"));
    book.selection = parseAddress("A1:Z4");
    const text = await host.selectedText();
    expect(text).toHaveLength(4);
    expect(text[0]).toEqual(["Mã đơn vị", "Tên đơn vị", "Cấp học", "Xã/phường", "Vùng"]);
    expect(text[1][0]).toBe(units[0].code);
  });

  it("reads only the used part of whole columns, and nothing from an empty or non-cell selection", async () => {
    const { book, host } = await written(describeWorkbook(plan, units));
    await host.select(SHEET.units, "A1");
    book.selection = parseAddress("A:B");
    const text = await host.selectedText();
    expect(text).toHaveLength(units.length + 2);
    expect(text.every((line) => line.length === 2)).toBe(true);
    book.selection = parseAddress("K40:M50");
    expect(await host.selectedText()).toEqual([]);
    book.selection = "notCells";
    expect(await host.selectedText()).toEqual([]);
  });
});
