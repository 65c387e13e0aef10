// What Excel refuses, found before a write changes anything: rows taller
// than 409 pt (cut to it by the description, in both hosts), sheet names that
// clash as Excel compares them, and sheets protected with a password.

import { DEFAULT_TOLERANCE } from "../../../src/domain/tracking";
import { OfficeWorkbookHost } from "../../../src/hosts/officejs";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { APPENDIX_SHEETS, bookAsRebuilt, describeAppendices, withAppendices } from "../../../src/workbook/appendix";
import { describeWorkbook, entryKey, trackingPairs } from "../../../src/workbook/describe";
import { SHEET } from "../../../src/workbook/layout";
import { trackedUnits } from "../../../src/workbook/model";
import { specForBook } from "../../../src/workbook/rebuild";
import type { TrackingRow } from "../../../src/workbook/book";
import { collectReturns, type ReturnInput, specAfterCollect } from "../../../src/workbook/collect";
import { planFingerprint } from "../../../src/workbook/returns";
import { MAX_ROW_HEIGHT, type WorkbookSpec } from "../../../src/workbook/spec";
import { assertWritable } from "../../../src/workbook/spec-check";
import { WorkbookWriteError, writeErrorText } from "../../../src/workbook/write-error";
import { FakeWorkbookState } from "../../helpers/fake-excel";
import { fillEntries, sampleUnits, seedPlan } from "../../helpers/tracking-fixture";
import { loadXlsx } from "./compare";

const PLAN = (() => {
  const plan = seedPlan("muong-te-2022-2023");
  return { ...plan, targets: plan.targets.slice(0, 8) };
})();
const UNITS = sampleUnits(3);
const LONG_NOTE = "Số liệu của trường được tổng hợp từ báo cáo tháng, chờ xác nhận của hiệu trưởng; ".repeat(25).slice(0, 2000);

const host = (state: FakeWorkbookState): OfficeWorkbookHost => new OfficeWorkbookHost({ run: state.run, isSetSupported: () => true });

/** Everything the fake holds, to compare before and after a refused write. */
const snapshot = (state: FakeWorkbookState): string =>
  JSON.stringify(
    state.sheets.map((sheet) => ({
      name: sheet.name,
      cells: [...sheet.cells.entries()],
      protection: sheet.protection,
      visibility: sheet.visibility,
      heights: [...sheet.rowHeights.entries()],
    })),
  );

function noted(): WorkbookSpec {
  const entries = fillEntries(PLAN, UNITS, DEFAULT_TOLERANCE, 5);
  const notes = new Map(trackingPairs(PLAN, trackedUnits(UNITS)).map(({ unit, target }) => [entryKey(unit.code, target.id), LONG_NOTE]));
  return describeWorkbook(PLAN, UNITS, { entries, notes });
}

describe("row heights never pass Excel's 409 pt", () => {
  it("a 2,000-character note on every row: the description caps each row, both hosts write it", async () => {
    const spec = noted();
    const heights = spec.sheets.flatMap((sheet) => Object.values(sheet.rowHeights));
    expect(Math.max(...heights)).toBe(MAX_ROW_HEIGHT);
    // Office.js (the fake refuses a row over 409 pt as Excel does) and the .xlsx both take it.
    const state = new FakeWorkbookState();
    await host(state).writeBook(spec);
    expect(state.sheet(SHEET.tracking)?.rowHeights.get(2)).toBe(MAX_ROW_HEIGHT);
    const xlsx = await loadXlsx(await writeXlsx(spec));
    expect(xlsx.getWorksheet(SHEET.tracking)?.getRow(2).height).toBe(MAX_ROW_HEIGHT);
  });

  it("a long note in Phụ lục I and II stays within 409 pt", async () => {
    const state = new FakeWorkbookState();
    await host(state).writeBook(noted());
    const book = await host(state).readBook();
    if (!book) throw new Error("no book");
    const sheets = describeAppendices(bookAsRebuilt(book), { notes: Object.fromEntries(PLAN.targets.map((target) => [target.id, LONG_NOTE.repeat(3)])) });
    const spec = withAppendices(specForBook({ plan: book.plan, units: UNITS, area: book.area, tolerance: book.tolerance, rows: book.rows }), sheets);
    for (const sheet of spec.sheets) for (const height of Object.values(sheet.rowHeights)) expect(height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    await host(state).writeBook(spec);
    expect(state.sheet(APPENDIX_SHEETS.I)).toBeDefined();
  });

  it("a spec with a taller row is refused before anything is written, by every host", async () => {
    const spec = noted();
    const tall: WorkbookSpec = { ...spec, sheets: spec.sheets.map((sheet, i) => (i === 0 ? { ...sheet, rowHeights: { ...sheet.rowHeights, 3: 437 } } : sheet)) };
    expect(() => assertWritable(tall)).toThrow(WorkbookWriteError);
    const state = new FakeWorkbookState();
    const before = snapshot(state);
    await expect(host(state).writeBook(tall)).rejects.toMatchObject({ key: "writeRowTooTall", state: "unchanged" });
    expect(snapshot(state)).toBe(before);
    expect(state.syncs).toHaveLength(0);
    await expect(writeXlsx(tall)).rejects.toBeInstanceOf(WorkbookWriteError);
  });
});

describe("sheet names as Excel compares them", () => {
  it.each(["thực hiện", "THỰC HIỆN", "Thực hiện".normalize("NFD")])("a user's sheet “%s” stops the write before any change, naming it", async (name) => {
    const state = new FakeWorkbookState(["Sheet1", name]);
    state.sheets[1].touch(1, 1).value = "Số liệu riêng của tôi";
    const before = snapshot(state);
    const error = await host(state)
      .writeBook(noted())
      .then(() => null)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error).toMatchObject({ key: "writeSheetNameClash", state: "unchanged", params: { existing: name, sheet: SHEET.tracking } });
    expect(writeErrorText(error as WorkbookWriteError, "vi")).toContain(`Sổ đã có trang “${name}”`);
    expect(snapshot(state)).toBe(before);
  });

  it("“PHỤ LỤC I” made by the user stops the appendix write before any change", async () => {
    const state = new FakeWorkbookState();
    await host(state).writeBook(noted());
    const book = await host(state).readBook();
    if (!book) throw new Error("no book");
    state.sheets.push(new (state.sheets[0].constructor as new (book: FakeWorkbookState, name: string) => (typeof state.sheets)[number])(state, "PHỤ LỤC I"));
    const before = snapshot(state);
    const spec = withAppendices(specForBook({ plan: book.plan, units: UNITS, area: book.area, tolerance: book.tolerance, rows: book.rows }), describeAppendices(bookAsRebuilt(book)));
    await expect(host(state).writeBook(spec)).rejects.toMatchObject({ key: "writeSheetNameClash", params: { existing: "PHỤ LỤC I" } });
    expect(snapshot(state)).toBe(before);
  });
});

describe("protection", () => {
  it("a sheet of ours protected with a password: refused before any change, the sheet named, its protection kept", async () => {
    const state = new FakeWorkbookState();
    await host(state).writeBook(noted());
    // The user protected Tổng hợp and Thực hiện again, Thực hiện with a password.
    const tracking = state.sheet(SHEET.tracking);
    if (!tracking) throw new Error("no Thực hiện");
    tracking.protection = { protected: true, options: { allowAutoFilter: true }, password: "bi-mat" };
    const before = snapshot(state);
    const error = await host(state)
      .writeBook(noted())
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ key: "writeSheetPasswordProtected", state: "unchanged", params: { sheet: SHEET.tracking } });
    expect(snapshot(state)).toBe(before);
  });

  it("protects and unprotects only where the state needs it (Excel refuses redundant calls), and puts a user's own protection back", async () => {
    const state = new FakeWorkbookState();
    await host(state).writeBook(noted());
    // A sheet of ours the spec does not protect, protected by the user with their own options.
    const settings = state.sheet(SHEET.summary);
    if (!settings) throw new Error("no Tổng hợp");
    const wasProtected = settings.protection.protected;
    await host(state).writeBook(noted());
    expect(settings.protection.protected).toBe(wasProtected);
    // Twice in a row: the fake throws on protecting a protected sheet or unprotecting an open one.
    await expect(host(state).writeBook(noted())).resolves.toMatchObject({ skipped: [] });
  });
});

describe("co-authors", () => {
  it("a rewrite sends only the cells that change, so a figure a co-author typed meanwhile stays", async () => {
    const state = new FakeWorkbookState();
    const spec = noted();
    await host(state).writeBook(spec);
    const firstWrite = state.syncs[1].requestBytes;
    const book = await host(state).readBook();
    if (!book) throw new Error("no book");
    // The pane read the book; a co-author then types a figure into an entry cell the pane saw empty.
    const tracking = state.sheet(SHEET.tracking);
    const empty = book.rows.find((row) => row.entry.value === null && row.entry.numerator === null);
    if (!tracking || !empty) throw new Error("no empty row");
    const header = [...Array(20).keys()].map((c) => tracking.cell(1, c + 1)?.value);
    const numerator = header.indexOf("Tử số") + 1;
    expect(numerator).toBeGreaterThan(0);
    tracking.touch(empty.sheetRow, numerator).value = 42;
    const from = state.syncs.length;
    await host(state).writeBook(specForBook({ plan: book.plan, units: UNITS, area: book.area, tolerance: book.tolerance, rows: book.rows }));
    expect(tracking.cell(empty.sheetRow, numerator)?.value).toBe(42);
    // The essential request of the rewrite is smaller than the first write's: cell values are not sent again
    // (number formats are, as the formats are laid afresh). A write's last request is the cosmetics, the one before it the essentials.
    const rewrite = state.syncsSince(from);
    expect(rewrite[rewrite.length - 2].requestBytes).toBeLessThan(firstWrite);
  });

  it("a collect writes the figures a school sent, and still keeps a figure a co-author typed meanwhile", async () => {
    const state = new FakeWorkbookState();
    await host(state).writeBook(noted());
    const book = await host(state).readBook();
    if (!book) throw new Error("no book");
    const tracking = state.sheet(SHEET.tracking);
    if (!tracking) throw new Error("no Thực hiện");
    const header = [...Array(20).keys()].map((c) => tracking.cell(1, c + 1)?.value);
    const [numerator, denominator, note] = ["Tử số", "Mẫu số", "Ghi chú"].map((name) => header.indexOf(name) + 1);
    const unit = UNITS[0].code;
    const rateRows = book.rows.filter((row) => row.unitCode === unit && PLAN.targets.find((target) => target.id === row.targetId)?.unit === "%");
    expect(rateRows.length).toBeGreaterThanOrEqual(2);
    const [sent, other] = rateRows;
    // The school's return: Tử số 45 of 50 on one row; the rest of its rows as the book has them.
    const rows: TrackingRow[] = book.rows
      .filter((row) => row.unitCode === unit)
      .map((row) => (row === sent ? { ...row, entry: { ...row.entry, numerator: 45, denominator: 50 } } : row));
    const input: ReturnInput = {
      file: "tra-ve.xlsx",
      savedAt: null,
      book: { ...book, rows, returnOf: { planFingerprint: planFingerprint(book.plan), unitCode: unit, period: book.plan.meta.period ?? null, madeAt: "2026-01-01T00:00:00.000Z" } },
    };
    // The book held the office's own figures there: the planner chose the school's.
    const result = collectReturns(book, [input], "returns", "2026-12-03T00:00:00.000Z");
    expect(result.applied).toHaveLength(1);
    const spec = specAfterCollect(book, result, null);
    // Meanwhile a co-author types a note on the collected row and a figure on another row.
    tracking.touch(sent.sheetRow, note).value = "đã gọi điện";
    tracking.touch(other.sheetRow, numerator).value = 7;
    await host(state).writeBook(spec);
    expect([tracking.cell(sent.sheetRow, numerator)?.value, tracking.cell(sent.sheetRow, denominator)?.value]).toEqual([45, 50]);
    expect(tracking.cell(sent.sheetRow, note)?.value).toBe("đã gọi điện");
    expect(tracking.cell(other.sheetRow, numerator)?.value).toBe(7);
    const after = await host(state).readBook();
    expect(after?.collection?.[unit]?.file).toBe("tra-ve.xlsx");
  });
});
