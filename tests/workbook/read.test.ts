// Reading a tracking workbook back after people filled it: numbers typed as
// text, blanks, error values, rows added, sorted, filtered and deleted, a
// workbook saved by LibreOffice, and files that are not ours at all.

import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { evaluateEntry } from "../../src/domain/evaluate";
import type { Plan } from "../../src/domain/plan";
import type { Entry, Tolerance, Unit } from "../../src/domain/tracking";
import { readTrackingWorkbook, type TrackingBook, WorkbookReadError } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { describeWorkbook, entryKey, trackingPairs } from "../../src/workbook/describe";
import { MODEL_SHEET, TRACKING_COLUMNS, columnIndex } from "../../src/workbook/layout";
import { trackedUnits } from "../../src/workbook/model";
import { defaultAreaName } from "../../src/domain/area";
import { t } from "../../src/i18n/messages";
import { convertWithSoffice } from "../helpers/soffice";
import { agreementPlan, edgeUnits, fillEntries, sampleUnits, seedPlan } from "../helpers/tracking-fixture";

const OUT = path.resolve(__dirname, "..", "..", "test-output", "workbook-read");
const col = columnIndex(TRACKING_COLUMNS);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The entry as the workbook holds it: only the cells the target uses are written. */
function written(plan: Plan, targetId: string, entry: Entry): Entry {
  const target = plan.targets.find((candidate) => candidate.id === targetId);
  if (!target) throw new Error(targetId);
  const rate = target.unit === "%";
  const change = target.op === "increase_by" || target.op === "decrease_by";
  const cell = (value: Entry[keyof Entry], used: boolean) => (used && value !== "" ? value : null);
  return {
    numerator: cell(entry.numerator, rate),
    denominator: cell(entry.denominator, rate),
    start: cell(entry.start, change),
    value: cell(entry.value, !rate),
  };
}

function statusOf(book: TrackingBook, row: number): string {
  const found = book.rows.find((candidate) => candidate.sheetRow === row);
  const target = book.plan.targets.find((candidate) => candidate.id === found?.targetId);
  if (!found || !target) throw new Error(`no row ${row}`);
  return evaluateEntry(target, found.entry, book.tolerance).status;
}

describe("readTrackingWorkbook", () => {
  it("reads back the plan, units, tolerance and every entry as written", async () => {
    const plan = agreementPlan("muong-la-2021-2025");
    const units = [...sampleUnits(6), ...edgeUnits(20)];
    const tolerance: Tolerance = { ratePoints: 1.5, countShare: 0.08 };
    const entries = fillEntries(plan, units, tolerance, 99);
    const book = await readTrackingWorkbook(await writeXlsx(describeWorkbook(plan, units, { tolerance, entries })));
    expect(book.plan).toEqual(plan);
    expect(book.units).toEqual(trackedUnits(units, defaultAreaName(plan.meta)));
    expect(book.tolerance).toEqual(tolerance);
    expect(book.problems).toEqual([]);
    const pairs = trackingPairs(plan, trackedUnits(units, defaultAreaName(plan.meta)));
    expect(book.rows.map((row) => `${row.unitCode}|${row.targetId}`)).toEqual(pairs.map(({ unit, target }) => entryKey(unit.code, target.id)));
    book.rows.forEach((row, i) => {
      expect(row.sheetRow).toBe(i + 2);
      expect(row.unitName).toBe(pairs[i].unit.name);
      expect(row.entry).toEqual(written(plan, row.targetId, entries.get(entryKey(row.unitCode, row.targetId)) as Entry));
    });
  });

  it("returns the district unit when the book was made without a unit list", async () => {
    const plan = seedPlan("muong-te-2022-2023");
    const book = await readTrackingWorkbook(await writeXlsx(describeWorkbook(plan, [])));
    expect(book.units).toEqual([expect.objectContaining({ code: "HUYEN", name: "Toàn huyện Mường Tè" })]);
    expect(book.rows.every((row) => row.unitCode === "HUYEN")).toBe(true);
    expect(book.rows.every((row) => Object.values(row.entry).every((cell) => cell === null))).toBe(true);
  });

  it("survives a book edited the way people edit: text numbers, blanks, errors, added, sorted, filtered and deleted rows", async () => {
    const plan = seedPlan("phong-tho-2023-2024");
    const units: Unit[] = sampleUnits(3);
    const workbook = await load(await writeXlsx(describeWorkbook(plan, units)));
    const sheet = workbook.getWorksheet("Thực hiện");
    if (!sheet) throw new Error("no Thực hiện");
    const pairs = trackingPairs(plan, trackedUnits(units));
    const rowOf = (predicate: (i: number) => boolean, skip = 0): number => pairs.findIndex((_, i) => predicate(i) && i >= skip) + 2;
    const rateRows = pairs.flatMap(({ target }, i) => (target.unit === "%" ? [i + 2] : []));
    const countRow = rowOf((i) => pairs[i].target.unit !== "%");
    const set = (r: number, c: number, value: ExcelJS.CellValue) => {
      sheet.getCell(r, c).value = value;
    };
    const [r1, r2, r3, r4, r5, r6, r7] = rateRows;
    set(r1, col.numerator, "98,5");
    set(r1, col.denominator, 100);
    set(r2, col.numerator, "98.5");
    set(r2, col.denominator, "100");
    set(r3, col.numerator, "98,5%");
    set(r4, col.numerator, 5);
    set(r4, col.denominator, { error: "#DIV/0!" } as ExcelJS.CellErrorValue);
    set(r5, col.numerator, 99);
    set(r5, col.denominator, 100);
    set(r6, col.numerator, 50);
    set(r6, col.denominator, 100);
    set(r6, col.value, 77); // typed over the formula, and not what 50/100 says
    set(r7, col.numerator, { formula: "40+9", result: 49 } as ExcelJS.CellFormulaValue);
    set(r7, col.denominator, 50);
    set(countRow, col.value, "12");
    // Filtered: hidden rows are still rows.
    sheet.getRow(r5).hidden = true;

    const keyOf = (r: number) => `${sheet.getCell(r, col.unitCode).value}|${sheet.getCell(r, col.targetId).value}`;
    const edited = new Map([r1, r2, r3, r4, r5, r6, r7, countRow].map((r) => [keyOf(r), r]));

    // Sorted: reverse the data rows (values move with their row, as a sort moves them).
    const last = pairs.length + 1;
    const snapshot = Array.from({ length: pairs.length }, (_, i) =>
      TRACKING_COLUMNS.map((_, c): ExcelJS.CellValue => {
        const cell = sheet.getCell(i + 2, c + 1);
        // Shared formulas become plain ones, as Excel writes them after a sort.
        return cell.type === ExcelJS.ValueType.Formula
          ? ({ formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue)
          : cell.value;
      }),
    );
    snapshot.reverse().forEach((values, i) => values.forEach((value, c) => set(i + 2, c + 1, value)));
    // Deleted: the first data row after the reversal (the last pair, which nobody edited); the rest move up one.
    const deletedKey = keyOf(2);
    expect(edited.has(deletedKey)).toBe(false);
    sheet.spliceRows(2, 1);
    const movedRow = (key: string) => last + 1 - (edited.get(key) as number);

    // Added below the table: a new school, an unknown target, a duplicate, a row with figures but no codes, notes only.
    const add = (r: number, values: ExcelJS.CellValue[]) => values.forEach((value, c) => value !== null && set(r, c + 1, value));
    const extra = last;
    const firstTarget = pairs[0].target;
    add(extra, ["MOI01", "Trường Mầm non Mới", firstTarget.id, null, null, null, null, null, 30, 40]);
    add(extra + 1, [units[0].code, units[0].name, "T999", null, null, null, null, null, 1, 2]);
    const duplicated = pairs.filter(({ unit }) => unit.code === units[1].code).pop()?.target.id ?? "";
    add(extra + 2, [units[1].code, units[1].name, duplicated, null, null, null, null, null, 3, 4]);
    add(extra + 3, [null, null, null, null, null, null, null, null, 7, 8]);
    set(extra + 4, col.note, "ghi chú riêng");
    const settings = workbook.getWorksheet("Cài đặt");
    if (settings) settings.getCell("B2").value = "một";

    const book = await readTrackingWorkbook(await save(workbook));
    expect(book.tolerance.ratePoints).toBe(1);
    const rowFor = (key: string) => movedRow(key);
    const key = (r: number) => [...edited.entries()].find(([, row]) => row === r)?.[0] as string;
    expect(statusOf(book, rowFor(key(r1)))).toBe("Không hợp lệ");
    expect(statusOf(book, rowFor(key(r2)))).toBe("Không hợp lệ");
    expect(statusOf(book, rowFor(key(r3)))).toBe("Không hợp lệ");
    expect(statusOf(book, rowFor(key(r4)))).toBe("Không hợp lệ");
    expect(book.rows.find((row) => row.sheetRow === rowFor(key(r4)))?.entry.denominator).toEqual({ error: "#DIV/0!" });
    expect(["Đạt", "Gần đạt", "Chưa đạt"]).toContain(statusOf(book, rowFor(key(r5))));
    // A rate typed beside Tử số and Mẫu số is read as typed; disagreeing with them, the row is invalid rather than silently judged on one.
    const r6Row = book.rows.find((row) => row.sheetRow === rowFor(key(r6)));
    expect(r6Row?.entry.value).toBe(77);
    expect(statusOf(book, rowFor(key(r6)))).toBe("Không hợp lệ");
    expect(book.rows.find((row) => row.sheetRow === rowFor(key(r7)))?.entry.numerator).toBe(49);
    expect(statusOf(book, rowFor(key(countRow)))).toBe("Không hợp lệ");
    const untouched = book.rows.find((row) => !edited.has(`${row.unitCode}|${row.targetId}`) && row.sheetRow < extra);
    expect(untouched && statusOf(book, untouched.sheetRow)).toBe("Thiếu số liệu");

    expect(book.rows.find((row) => row.unitCode === "MOI01")).toMatchObject({
      unitName: "Trường Mầm non Mới",
      entry: { numerator: 30, denominator: 40 },
    });
    expect(book.rows.some((row) => row.targetId === "T999")).toBe(false);
    const said = book.problems.map((problem) => t(problem.key, "vi", problem.params));
    expect(said).toEqual(
      expect.arrayContaining([
        expect.stringContaining("ô B2 (dung sai)"),
        expect.stringContaining("mã đơn vị “MOI01” không có trong danh sách"),
        expect.stringContaining("mã chỉ tiêu “T999” không có trong kế hoạch"),
        expect.stringContaining(`dòng ${extra + 2}: trùng đơn vị`),
        expect.stringContaining(`dòng ${extra + 3}: thiếu mã đơn vị hoặc mã chỉ tiêu`),
        expect.stringContaining(`thiếu 1 dòng so với khi tạo sổ (có thể đã bị xoá), ví dụ: ${deletedKey.replace("|", "/")}`),
      ]),
    );
    expect(said.some((problem) => problem.includes(`dòng ${extra + 4}`))).toBe(false);
  });

  it("reads a book LibreOffice has saved", async () => {
    const plan = agreementPlan("dam-ha-2024");
    const units = [...sampleUnits(4), ...edgeUnits(20)];
    const tolerance: Tolerance = { ratePoints: 2, countShare: 0.1 };
    const entries = fillEntries(plan, units, tolerance, 5);
    const dir = path.join(OUT, "lo");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, "saved"), { recursive: true });
    const original = path.join(dir, "book.xlsx");
    writeFileSync(original, await writeXlsx(describeWorkbook(plan, units, { tolerance, entries })));
    const saved = convertWithSoffice(original, "xlsx", path.join(dir, "saved"));
    const book = await readTrackingWorkbook(new Uint8Array(readFileSync(saved)));
    expect(book.problems).toEqual([]);
    expect(book.tolerance).toEqual(tolerance);
    expect(book.units).toEqual(trackedUnits(units, defaultAreaName(plan.meta)));
    const pairs = trackingPairs(plan, trackedUnits(units));
    expect(book.rows).toHaveLength(pairs.length);
    for (const row of book.rows) {
      const entry = written(plan, row.targetId, entries.get(entryKey(row.unitCode, row.targetId)) as Entry);
      // LibreOffice keeps numbers, text and error values; a cell of spaces may come back as spaces.
      expect(row.entry).toEqual(entry);
    }
  });

  it("refuses files that are not tracking workbooks, with a catalog key", async () => {
    const expectKey = async (bytes: Uint8Array, key: string) => {
      const error = await readTrackingWorkbook(bytes).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(WorkbookReadError);
      expect((error as WorkbookReadError).key).toBe(key);
      expect((error as WorkbookReadError).message).toMatch(/ \/ /);
    };
    await expectKey(new TextEncoder().encode("not a zip at all"), "wbErrorUnreadable");
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").getCell("A1").value = "hello";
    await expectKey(await save(plain), "wbErrorNotOurs");

    const ours = await load(await writeXlsx(describeWorkbook(seedPlan("muong-la-2021-2025"), [])));
    const model = ours.getWorksheet(MODEL_SHEET);
    if (!model) throw new Error("no model sheet");
    model.getCell("B1").value = 99;
    await expectKey(await save(ours), "wbErrorNewerSchema");
    model.getCell("B1").value = 1;
    model.getCell("A2").value = '{"plan": broken';
    await expectKey(await save(ours), "wbErrorModelDamaged");
  });
});
