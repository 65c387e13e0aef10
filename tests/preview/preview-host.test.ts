// The preview's workbook host: what the task pane sees through WorkbookHost
// (write, read back, select, selected text) and what a person does in the
// grid (enter figures, get Excel's validation messages, see statuses
// recomputed by the same rules the workbook's formulas follow).

import { aggregateTarget, evaluateEntry } from "../../src/domain/evaluate";
import { EMPTY_ENTRY } from "../../src/workbook/describe";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsxInBrowser } from "../../src/hosts/xlsx/write-browser";
import { t } from "../../src/i18n/messages";
import { COLORS, MODEL_SHEET, SHEET, SUMMARY_COLUMNS, columnIndex } from "../../src/workbook/layout";
import { isFormula, type SheetSpec } from "../../src/workbook/spec";
import { cellAddress, parseCell } from "../../src/workbook/a1";
import { PreviewHost } from "../../src/preview/preview-host";
import { viewOf } from "../../src/preview/sheet-view";
import { APPENDIX_SHEETS, describeAppendices, readAppendixEdits } from "../../src/workbook/appendix";
import { PLAN, bookSpec, trackingCell } from "./fixture";

const RATE = PLAN.targets[0];
const COUNT = PLAN.targets[1];

function sheetOf(host: PreviewHost, name: string): SheetSpec {
  const sheet = host.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** What a cell shows: a literal, or a formula's computed result. */
function shown(host: PreviewHost, sheet: string, address: string): unknown {
  const { row, column } = parseCell(address);
  const cell = sheetOf(host, sheet).cells[row - 1]?.[column - 1] ?? null;
  return isFormula(cell) ? cell.result : cell;
}

async function hostWithBook(): Promise<PreviewHost> {
  const host = new PreviewHost();
  await host.writeBook(bookSpec());
  return host;
}

describe("PreviewHost as a WorkbookHost", () => {
  it("starts as a new workbook: one blank sheet, no book, nothing selected", async () => {
    const host = new PreviewHost();
    expect(host.kind).toBe("preview");
    expect(await host.sheetNames()).toEqual([t("previewDefaultSheet", "vi")]);
    expect(await host.readBook()).toBeNull();
    expect(await host.selectedText()).toEqual([]);
    expect(host.currentSpec()).toBeNull();
  });

  it("writes a spec's sheets beside the user's, shows Thực hiện and reads the book back", async () => {
    const host = new PreviewHost();
    const spec = bookSpec();
    expect(await host.writeBook(spec)).toEqual({ skipped: [], roundTrips: 0 });
    expect(await host.sheetNames()).toEqual([t("previewDefaultSheet", "vi"), ...spec.sheets.map((sheet) => sheet.name)]);
    expect(host.getState().activeSheet).toBe(SHEET.tracking);
    const book = await host.readBook();
    expect(book?.plan).toEqual(PLAN);
    expect(book?.units.map((unit) => unit.code)).toEqual(["TH01", "HUYEN"]);
    // TH01 has the school targets, the district the count of schools.
    expect(book?.rows.map((row) => `${row.unitCode}/${row.targetId}`)).toEqual(["TH01/T001", "TH01/T002", "HUYEN/T003"]);
    expect(book?.problems).toEqual([]);
  });

  it("replaces its own sheets in place when written again, leaving the user's sheet alone", async () => {
    const host = await hostWithBook();
    host.enterBlock(t("previewDefaultSheet", "vi"), { row: 1, column: 1 }, [["giữ nguyên"]]);
    await host.writeBook(bookSpec({ tolerance: { ratePoints: 3, countShare: 0.1 } }));
    expect((await host.sheetNames()).filter((name) => name === SHEET.tracking)).toHaveLength(1);
    expect(shown(host, t("previewDefaultSheet", "vi"), "A1")).toBe("giữ nguyên");
    expect((await host.readBook())?.tolerance).toEqual({ ratePoints: 3, countShare: 0.1 });
  });

  it("selects a cell on a sheet and returns the selected cells' text", async () => {
    const host = await hostWithBook();
    const before = host.getState().reveal;
    await host.select(SHEET.targets, "A2");
    expect(host.getState().activeSheet).toBe(SHEET.targets);
    expect(host.getState().reveal).toBe(before + 1);
    expect(await host.selectedText()).toEqual([["T001"]]);
    await host.select(SHEET.targets, "A2:B3");
    expect(await host.selectedText()).toEqual([
      ["T001", "II.1"],
      ["T002", "II.1"],
    ]);
    await expect(host.select("Không có", "A1")).rejects.toThrow();
    // The very hidden model sheet cannot be shown, as in Excel.
    await expect(host.select(MODEL_SHEET, "A1")).rejects.toThrow();
  });

  it("gives a unit list pasted into a sheet back as text, numbers the Vietnamese way", async () => {
    const host = new PreviewHost();
    const sheet = t("previewDefaultSheet", "vi");
    const outcome = host.enterBlock(sheet, { row: 2, column: 2 }, [
      ["Mã đơn vị", "Tên đơn vị", "Số học sinh"],
      ["TH01", "Trường Tiểu học Bắc Sơn", "1.250"],
      ["MN02", "Trường Mầm non Vũ Lăng", "312,5"],
    ]);
    expect(outcome).toEqual({ kind: "saved", address: "B2", recalculated: false });
    host.setSelection(sheet, { anchor: { row: 2, column: 2 }, focus: { row: 4, column: 4 } });
    expect(await host.selectedText()).toEqual([
      ["Mã đơn vị", "Tên đơn vị", "Số học sinh"],
      ["TH01", "Trường Tiểu học Bắc Sơn", "1250"],
      ["MN02", "Trường Mầm non Vũ Lăng", "312,5"],
    ]);
    // An empty selection is nothing useful.
    host.setSelection(sheet, { anchor: { row: 10, column: 1 }, focus: { row: 12, column: 3 } });
    expect(await host.selectedText()).toEqual([]);
  });

  it("puts cleared conditional formats back", async () => {
    const host = new PreviewHost();
    const spec = bookSpec();
    const cleared = { ...spec, sheets: spec.sheets.map((sheet) => ({ ...sheet, conditionalFormats: [] })) };
    await host.writeBook(cleared);
    expect(sheetOf(host, SHEET.tracking).conditionalFormats).toEqual([]);
    expect(await host.reapplyHighlights(spec)).toEqual({ skipped: [], roundTrips: 0 });
    const tracking = spec.sheets.find((sheet) => sheet.name === SHEET.tracking);
    expect(sheetOf(host, SHEET.tracking).conditionalFormats).toEqual(tracking?.conditionalFormats);
    expect(sheetOf(host, SHEET.tracking).conditionalFormats.length).toBeGreaterThan(0);
  });
});

describe("entering figures in the preview", () => {
  it("recomputes Giá trị, Chênh lệch, Trạng thái and Tổng hợp from an entry, as the formulas would", async () => {
    const host = await hostWithBook();
    const spec = bookSpec();
    expect(shown(host, SHEET.tracking, trackingCell(spec, "TH01", "T001", "status"))).toBe("Thiếu số liệu");

    const numerator = trackingCell(spec, "TH01", "T001", "numerator");
    const denominator = trackingCell(spec, "TH01", "T001", "denominator");
    expect(host.enter(SHEET.tracking, numerator, "985")).toEqual({ kind: "saved", address: numerator, recalculated: true });
    expect(host.enter(SHEET.tracking, denominator, "1.000")).toEqual({ kind: "saved", address: denominator, recalculated: true });

    const entry = { ...EMPTY_ENTRY, numerator: 985, denominator: 1000 };
    const evaluation = evaluateEntry(RATE, entry, { ratePoints: 1, countShare: 0.05 });
    expect(evaluation.status).toBe("Gần đạt");
    expect(shown(host, SHEET.tracking, numerator)).toBe(985);
    expect(shown(host, SHEET.tracking, denominator)).toBe(1000);
    expect(shown(host, SHEET.tracking, trackingCell(spec, "TH01", "T001", "value"))).toBe(evaluation.value);
    expect(shown(host, SHEET.tracking, trackingCell(spec, "TH01", "T001", "gap"))).toBe(evaluation.gap);
    expect(shown(host, SHEET.tracking, trackingCell(spec, "TH01", "T001", "status"))).toBe("Gần đạt");

    const s = columnIndex(SUMMARY_COLUMNS);
    const aggregate = aggregateTarget(RATE, [entry], { ratePoints: 1, countShare: 0.05 });
    const summaryRow = sheetOf(host, SHEET.summary).cells.findIndex((row) => row[s.targetId - 1] === RATE.id) + 1;
    expect(shown(host, SHEET.summary, cellAddress(s.status, summaryRow))).toBe(aggregate.status);
    expect(shown(host, SHEET.summary, cellAddress(s.value, summaryRow))).toBe(aggregate.value);

    // The status cell takes the "Gần đạt" colours from the sheet's conditional formats.
    const { row, column } = parseCell(trackingCell(spec, "TH01", "T001", "status"));
    expect(viewOf(sheetOf(host, SHEET.tracking)).highlight(row, column)).toMatchObject({ fill: COLORS.near.fill, color: COLORS.near.color });

    // The book read back holds the figures, and the download has them too.
    const book = await host.readBook();
    expect(book?.rows.find((r) => r.targetId === RATE.id)?.entry).toEqual(entry);
    const current = host.currentSpec();
    if (current === null) throw new Error("no spec");
    const downloaded = await readTrackingWorkbook(await writeXlsxInBrowser(current));
    expect(downloaded.rows.find((r) => r.targetId === RATE.id)?.entry).toEqual(entry);
  });

  it("keeps the Phụ lục sheets live: an entry moves their figures as the formulas would, and typed notes stay", async () => {
    const host = await hostWithBook();
    const spec = bookSpec();
    const before = await host.readBook();
    if (before === null) throw new Error("no book");
    await host.writeBook({ ...spec, sheets: describeAppendices(before) });
    const appendixI = (): SheetSpec => sheetOf(host, APPENDIX_SHEETS.I);
    // Ghi chú typed into Phụ lục I's row of the rate target, kept through the recompute.
    const rowOf = (sheet: SheetSpec) => sheet.cells.findIndex((row) => row.some((cell) => cell === RATE.indicator)) + 1;
    const noteColumn = (appendixI().cells.find((row) => row.includes("Ghi chú")) ?? []).indexOf("Ghi chú") + 1;
    expect(rowOf(appendixI())).toBeGreaterThan(0);
    expect(noteColumn).toBeGreaterThan(0);
    const noteCell = cellAddress(noteColumn, rowOf(appendixI()));
    expect(host.enter(APPENDIX_SHEETS.I, noteCell, "Số liệu quý I").kind).toBe("saved");

    host.enter(SHEET.tracking, trackingCell(spec, "TH01", "T001", "numerator"), "985");
    host.enter(SHEET.tracking, trackingCell(spec, "TH01", "T001", "denominator"), "1000");
    const after = await host.readBook();
    if (after === null) throw new Error("no book");
    const expected = describeAppendices(after, readAppendixEdits(await host.readSheets([APPENDIX_SHEETS.I, APPENDIX_SHEETS.II])));
    const results = (sheet: SheetSpec) => sheet.cells.map((row) => row.map((cell) => (isFormula(cell) ? cell.result : cell)));
    const shownI = results(appendixI());
    // The figures (and the note) equal a fresh description of the recomputed book…
    const freshI = results(expected.find((sheet) => sheet.name === APPENDIX_SHEETS.I) as SheetSpec);
    const row = rowOf(appendixI()) - 1;
    expect(shownI).toEqual(freshI);
    // …which now show the entry (Gần đạt for 98,5 % against ≥ 99 %), and the typed note is still there.
    expect(shownI[row]).toContain("Gần đạt");
    expect(shown(host, APPENDIX_SHEETS.I, noteCell)).toBe("Số liệu quý I");
  });

  it("refuses a value the cell's validation does not allow, with its Vietnamese message, and keeps the old value", async () => {
    const host = await hostWithBook();
    const spec = bookSpec();
    const numerator = trackingCell(spec, "TH01", "T001", "numerator");
    host.enter(SHEET.tracking, numerator, "40");
    const before = host.getState();
    for (const typed of ["98,5", "-1", "abc", "12%"]) {
      expect(host.enter(SHEET.tracking, numerator, typed)).toEqual({
        kind: "invalid",
        address: numerator,
        title: t("entryDvNumeratorTitle", "vi"),
        message: t("entryDvNumeratorError", "vi"),
      });
    }
    expect(host.getState()).toBe(before);
    expect(shown(host, SHEET.tracking, numerator)).toBe(40);
    // Clearing is always allowed.
    expect(host.enter(SHEET.tracking, numerator, "")).toMatchObject({ kind: "saved" });
    expect(shown(host, SHEET.tracking, numerator)).toBeNull();
  });

  it("refuses typing over a locked cell (a formula, a code) on the protected sheets", async () => {
    const host = await hostWithBook();
    const spec = bookSpec();
    for (const column of ["status", "unitCode", "gap"] as const) {
      const address = trackingCell(spec, "TH01", "T001", column);
      expect(host.enter(SHEET.tracking, address, "Đạt")).toEqual({ kind: "locked", sheet: SHEET.tracking, address });
    }
  });

  it("takes a typed count, a rate's entries and a note, and keeps the note through recalculation", async () => {
    const host = await hostWithBook();
    const spec = bookSpec();
    host.enter(SHEET.tracking, trackingCell(spec, "TH01", "T002", "value"), "5");
    host.enter(SHEET.tracking, trackingCell(spec, "TH01", "T001", "note"), "Số liệu tạm tính");
    host.enter(SHEET.tracking, trackingCell(spec, "HUYEN", "T003", "value"), "7");
    expect(shown(host, SHEET.tracking, trackingCell(spec, "TH01", "T002", "status"))).toBe(
      evaluateEntry(COUNT, { ...EMPTY_ENTRY, value: 5 }, { ratePoints: 1, countShare: 0.05 }).status,
    );
    expect(shown(host, SHEET.tracking, trackingCell(spec, "TH01", "T002", "status"))).toBe("Đạt");
    expect(shown(host, SHEET.tracking, trackingCell(spec, "HUYEN", "T003", "status"))).toBe("Chưa đạt");
    // A count with a plan figure is checked warning-style (src/workbook/entry-rules.ts): a fraction, or more
    // than five times the plan's 5, is kept and named; within the rule nothing is said.
    const count = trackingCell(spec, "TH01", "T002", "value");
    const warning = { title: t("entryDvCountWarningTitle", "vi"), message: t("entryDvCountPrompt", "vi", { factor: 5 }) };
    expect(host.enter(SHEET.tracking, count, "4,5")).toMatchObject({ kind: "saved", warnings: [{ address: count, text: "4,5", ...warning }] });
    expect(host.enter(SHEET.tracking, count, "26")).toMatchObject({ kind: "saved", warnings: [{ address: count, text: "26", ...warning }] });
    expect(host.enter(SHEET.tracking, count, "25")).toEqual({ kind: "saved", address: count, recalculated: true });
    expect(shown(host, SHEET.tracking, count)).toBe(25);
    const book = await host.readBook();
    expect(book?.rows.find((row) => row.targetId === "T001")?.note).toBe("Số liệu tạm tính");
    expect(shown(host, SHEET.tracking, trackingCell(spec, "TH01", "T001", "note"))).toBe("Số liệu tạm tính");
  });

  it("recomputes every status when a tolerance in Cài đặt changes", async () => {
    const host = await hostWithBook();
    const spec = bookSpec();
    host.enter(SHEET.tracking, trackingCell(spec, "TH01", "T001", "numerator"), "975");
    host.enter(SHEET.tracking, trackingCell(spec, "TH01", "T001", "denominator"), "1000");
    const status = trackingCell(spec, "TH01", "T001", "status");
    expect(shown(host, SHEET.tracking, status)).toBe("Chưa đạt");

    expect(host.enter(SHEET.settings, "B2", "2,5")).toMatchObject({ kind: "saved", recalculated: true });
    expect(shown(host, SHEET.tracking, status)).toBe("Gần đạt");
    // The share cell is a percentage: "10" means 10%, as Excel's percent entry; above 100% is refused.
    expect(host.enter(SHEET.settings, "B3", "10")).toMatchObject({ kind: "saved" });
    expect(host.enter(SHEET.settings, "B3", "150%")).toEqual({
      kind: "invalid",
      address: "B3",
      title: t("wbDvShareTitle", "vi"),
      message: t("wbDvShareError", "vi"),
    });
    expect((await host.readBook())?.tolerance).toEqual({ ratePoints: 2.5, countShare: 0.1 });
  });
});
