// Writing over a workbook that already has our sheets: they are emptied and
// rewritten in place (protection lifted first), so formulas elsewhere that
// point at them keep working; sheets that are not ours are left alone; the
// result is the same as writing into an empty workbook, merged cells and
// first page numbers included.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { extractPlan } from "../../../src/domain/extract";
import { DEFAULT_TOLERANCE } from "../../../src/domain/tracking";
import { parseUnitsText } from "../../../src/domain/unit-list";
import { OfficeWorkbookHost } from "../../../src/hosts/officejs";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { describeWorkbook } from "../../../src/workbook/describe";
import { MODEL_SHEET, SHEET, TABLE } from "../../../src/workbook/layout";
import { APPENDIX_SHEETS } from "../../../src/workbook/appendix";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { areaName, FakeSheet, FakeWorkbookState } from "../../helpers/fake-excel";
import { fillEntries, SEEDS } from "../../helpers/tracking-fixture";
import { appendixSpec } from "./appendix-book";
import { fakeFromXlsx } from "./from-xlsx";
import { compareBooks, loadXlsx } from "./compare";

const plan = extractPlan(readFileSync(path.join(SEEDS, "bac-son-2024-2025.txt"), "utf8"));
const units = parseUnitsText(readFileSync(path.join(SEEDS, "units-bac-son.csv"), "utf8")).units;

/** A sheet of the user's, with a formula that points at our Thực hiện sheet. */
function addUserSheet(book: FakeWorkbookState, at: number): FakeSheet {
  const sheet = new FakeSheet(book, "Ghi chép");
  const note = sheet.touch(1, 1);
  note.value = "Số dòng";
  const formula = sheet.touch(1, 2);
  formula.formula = "=COUNTA('Thực hiện'!A:A)";
  book.sheets.splice(at, 0, sheet);
  return sheet;
}

describe("writing over an existing book", () => {
  it("rewrites our sheets in place, keeps the user's sheet, and ends as a fresh write would", async () => {
    const book = new FakeWorkbookState();
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    // First the district alone, then the schools with figures: more rows, a new Đơn vị sheet.
    await host.writeBook(describeWorkbook(plan, []));
    const before = new Map(book.sheets.map((sheet) => [sheet.name, sheet]));
    expect(book.sheet(SHEET.tracking)?.protection.protected).toBe(true);
    const user = addUserSheet(book, 1);
    const tracking = book.sheet(SHEET.tracking);
    // Someone typed in a protected sheet's note column and widened a column.
    tracking?.touch(3, 16);
    tracking?.columnWidths.set(30, 100);

    const spec = describeWorkbook(plan, units, { entries: fillEntries(plan, units, DEFAULT_TOLERANCE, 3) });
    const result = await host.writeBook(spec);
    expect(result.skipped).toEqual([]);

    // The same sheet objects: cleared in place, not deleted and added again.
    for (const name of [SHEET.targets, SHEET.tracking, SHEET.summary, SHEET.settings, MODEL_SHEET]) expect(book.sheet(name)).toBe(before.get(name));
    expect(book.sheet("Ghi chép")).toBe(user);
    expect(user.cell(1, 2)?.formula).toBe("=COUNTA('Thực hiện'!A:A)");
    expect(user.cell(1, 1)?.value).toBe("Số dòng");
    // Nothing of the first book is left over.
    expect(book.sheet(SHEET.tracking)?.columnWidths.has(30)).toBe(false);
    expect(book.tables.map((table) => table.name).sort()).toEqual([TABLE.targets, TABLE.summary, TABLE.units, TABLE.tracking, TABLE.submissions].sort());
    // Ours stay together in the spec's order, after the user's sheet that came before them.
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Ghi chép", ...spec.sheets.map((sheet) => sheet.name)]);
    expect(compareBooks(await loadXlsx(await writeXlsx(spec)), book, spec)).toEqual([]);
  });

  it("leaves a table of ours on a sheet outside the spec alone, and the new table takes Excel's name", async () => {
    const book = new FakeWorkbookState();
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    await host.writeBook(describeWorkbook(plan, []));
    // The user renamed the old Thực hiện to keep it.
    const old = book.sheet(SHEET.tracking);
    if (!old) throw new Error("no Thực hiện");
    old.name = "Thực hiện (cũ)";
    await host.writeBook(describeWorkbook(plan, []));
    const tables = book.tables.filter((table) => table.headers.includes("Trạng thái") && table.headers.includes("Ghi chú"));
    expect(tables.map((table) => [table.sheet.name, table.name])).toEqual([
      ["Thực hiện (cũ)", TABLE.tracking],
      [SHEET.tracking, expect.stringMatching(/^Table\d+$/)],
    ]);
    expect(book.sheet("Thực hiện (cũ)")).toBe(old);
  });

  it("re-applies highlights on a protected sheet and protects it again as it was", async () => {
    const spec = describeWorkbook(plan, units);
    const book = new FakeWorkbookState();
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    await host.writeBook(spec);
    const tracking = book.sheet(SHEET.tracking);
    if (!tracking) throw new Error("no Thực hiện");
    const rules = tracking.conditionalFormats.map((format) => ({ ...format }));
    const options = { ...tracking.protection.options };
    tracking.conditionalFormats = [];
    expect(await host.reapplyHighlights(spec)).toEqual({ skipped: [], roundTrips: 2 });
    expect(tracking.conditionalFormats).toEqual(rules);
    expect(tracking.protection).toEqual({ protected: true, options });
    expect(compareBooks(await loadXlsx(await writeXlsx(spec)), book, spec)).toEqual([]);
  });

  it("rewrites Phụ lục I and II in place: old merges are undone, new ones made, the first page set again", async () => {
    const book = new FakeWorkbookState();
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    const before = await appendixSpec("bac-son-2024-2025", 31);
    await host.writeBook(before);
    const first = book.sheet(APPENDIX_SHEETS.I);
    const second = book.sheet(APPENDIX_SHEETS.II);
    if (!first || !second) throw new Error("appendix sheets missing");
    // Someone merged cells on Thực hiện and numbered its pages from 7.
    const tracking = book.sheet(SHEET.tracking);
    if (!tracking) throw new Error("no Thực hiện");
    tracking.merges.push({ top: 3, left: 16, bottom: 4, right: 16 });
    tracking.page.firstPageNumber = 7;

    // Another level for Phụ lục II: other columns, other header merges.
    const after = await appendixSpec("bac-son-2024-2025", 32, { level: "thcs" });
    const merges = (spec: WorkbookSpec): string[] => spec.sheets.find((sheet) => sheet.name === APPENDIX_SHEETS.II)?.merges ?? [];
    expect(merges(after)).not.toEqual(merges(before));
    const result = await host.writeBook(after);
    expect(result).toEqual({ skipped: [], roundTrips: 6 });
    expect(book.sheet(APPENDIX_SHEETS.I)).toBe(first);
    expect(book.sheet(APPENDIX_SHEETS.II)).toBe(second);
    expect(second.merges.map((area) => areaName(area)).sort()).toEqual([...merges(after)].sort());
    expect(tracking.merges).toEqual([]);
    expect(tracking.page.firstPageNumber).toBe("");
    expect(compareBooks(await loadXlsx(await writeXlsx(after)), book, after)).toEqual([]);
  });

  it("writes over a .xlsx with appendices opened in Excel: its merges are undone before the new ones", async () => {
    const spec = await appendixSpec("dam-ha-2024", 33);
    const bytes = await writeXlsx(spec);
    const book = await fakeFromXlsx(bytes);
    const opened = book.sheet(APPENDIX_SHEETS.I);
    expect(opened?.merges.length).toBeGreaterThan(3);
    expect(opened?.page.firstPageNumber).toBe(1);
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    expect(await host.writeBook(spec)).toEqual({ skipped: [], roundTrips: 6 });
    expect(book.sheet(APPENDIX_SHEETS.I)).toBe(opened);
    expect(compareBooks(await loadXlsx(bytes), book, spec)).toEqual([]);
  });
});
