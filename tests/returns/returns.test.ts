// The pure parts of returns and collecting (issue 12): the hash, the plan
// fingerprint, file names, a return described from the book's own description
// (same columns, formulas, highlights and validation for the unit's rows),
// and the collect rules on books in memory.

import { sha256Hex } from "../../src/domain/hash";
import type { Plan } from "../../src/domain/plan";
import { DEFAULT_TOLERANCE, type Entry, type Unit } from "../../src/domain/tracking";
import type { TrackingBook, TrackingRow } from "../../src/workbook/book";
import { collectReturns, type ReturnInput, rowHash } from "../../src/workbook/collect";
import { describeWorkbook, EMPTY_ENTRY, entryKey, trackingPairs } from "../../src/workbook/describe";
import { parseRange } from "../../src/workbook/a1";
import { SHEET } from "../../src/workbook/layout";
import { trackedUnits } from "../../src/workbook/model";
import { ourSheetNames } from "../../src/workbook/rebuild";
import { isWorkbookModelData } from "../../src/workbook/model-schema";
import { describeReturn, fileSafe, planFingerprint, returnFileName } from "../../src/workbook/returns";
import { isFormula, type SheetSpec } from "../../src/workbook/spec";
import { makeTarget, sampleUnits, seedPlan } from "../helpers/tracking-fixture";

const sheet = (sheets: SheetSpec[], name: string): SheetSpec => {
  const found = sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

describe("sha256Hex", () => {
  it("matches the standard test vectors", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("a".repeat(1000))).toBe("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
    expect(sha256Hex("Tiếng Việt")).toHaveLength(64);
  });
});

describe("planFingerprint", () => {
  const plan = seedPlan("bac-son-2024-2025");
  it("is stable, ignores wording, and changes with what a target asks", () => {
    expect(planFingerprint(plan)).toBe(planFingerprint(structuredClone(plan)));
    const reworded: Plan = { ...plan, targets: plan.targets.map((target) => ({ ...target, indicator: `${target.indicator} (sửa)`, quote: "" })) };
    expect(planFingerprint(reworded)).toBe(planFingerprint(plan));
    const changed = (edit: Partial<Plan["targets"][number]>): string =>
      planFingerprint({ ...plan, targets: plan.targets.map((target, i) => (i === 0 ? { ...target, ...edit } : target)) });
    for (const edit of [{ value: plan.targets[0].value + 1 }, { op: "lte" as const }, { unit: "lớp" }, { level: "thpt" as const }, { id: "Z99" }]) {
      expect(changed(edit)).not.toBe(planFingerprint(plan));
    }
  });
});

describe("return file names", () => {
  it("are the unit code and a Latin version of the name", () => {
    expect(returnFileName({ code: "TH01", name: "Trường TH Kim Đồng", levels: ["tieu_hoc"], commune: null, zone: null })).toBe("TH01-Truong-TH-Kim-Dong.xlsx");
    expect(fileSafe("Trường TH&THCS Đồng Ý / số 2")).toBe("Truong-TH-THCS-Dong-Y-so-2");
    expect(returnFileName({ code: "../x", name: "", levels: ["tieu_hoc"], commune: null, zone: null })).toBe("x.xlsx");
  });
});

describe("describeReturn", () => {
  const plan = seedPlan("bac-son-2024-2025");
  const units = sampleUnits(8);
  const book = describeWorkbook(plan, units);
  const code = units[1].code;
  const spec = describeReturn(plan, units, code, { madeAt: "2026-01-01T00:00:00.000Z" });

  it("has instructions, a read-only Chỉ tiêu, Thực hiện, locked Cài đặt and the stamped model", () => {
    expect(spec.sheets.map((candidate) => candidate.name)).toEqual([SHEET.instructions, SHEET.targets, SHEET.tracking, SHEET.settings, "_ChiTieu"]);
    for (const candidate of [sheet(spec.sheets, SHEET.targets), sheet(spec.sheets, SHEET.settings)]) {
      expect(candidate.protection).not.toBeNull();
      expect(candidate.formats.some((format) => format.style.locked === false)).toBe(false);
    }
    const model: unknown = JSON.parse((sheet(spec.sheets, "_ChiTieu").cells.slice(1) as string[][]).map((row) => row[0]).join(""));
    expect(isWorkbookModelData(model)).toBe(true);
    expect(model).toMatchObject({ returnOf: { planFingerprint: planFingerprint(plan), unitCode: code, period: plan.meta.period ?? null } });
  });

  it("has the unit's rows of the book, with the same columns, formulas, highlights and validation kinds", () => {
    const mine = sheet(spec.sheets, SHEET.tracking);
    const main = sheet(book.sheets, SHEET.tracking);
    const ownRows = main.cells.slice(1).filter((row) => row[0] === code);
    expect(mine.cells[0]).toEqual(main.cells[0]);
    expect(mine.cells.length - 1).toBe(ownRows.length);
    const shapes = (rows: typeof main.cells): unknown[] => rows.map((row) => row.map((cell) => (isFormula(cell) ? cell.shape ?? "" : cell)));
    expect(shapes(mine.cells.slice(1))).toEqual(shapes(ownRows));
    expect(mine.conditionalFormats.map((format) => format.rules.map((rule) => rule.formula))).toEqual(
      main.conditionalFormats.map((format) => format.rules.map((rule) => rule.formula)),
    );
    // Each row keeps its validation: the rule on every cell of the unit's rows is the one on the book's row.
    const mainRows = main.cells.flatMap((row, i) => (row[0] === code ? [i + 1] : []));
    const ruleAt = (of: SheetSpec, column: number, r: number): string | null =>
      of.validations.find((rule) => rule.ranges.some((range) => {
        const { left, right, top, bottom } = parseRange(range);
        return column >= left && column <= right && r >= top && r <= bottom;
      }))?.prompt ?? null;
    mainRows.forEach((r, i) => {
      for (let column = 1; column <= main.cells[0].length; column++) expect(ruleAt(mine, column, i + 2)).toBe(ruleAt(main, column, r));
    });
    expect(mine.table?.columns).toEqual(main.table?.columns);
  });
});

describe("collectReturns", () => {
  const target = makeTarget("T1", { op: "gte", value: 5, unit: "phòng học" });
  const plan: Plan = { meta: { issuer: null, number: null, date: null, title: null, period: "2025-2026" } as Plan["meta"], targets: [target] };
  const units: Unit[] = [
    { code: "A", name: "Trường A", levels: ["tieu_hoc"], commune: null, zone: null },
    { code: "B", name: "Trường B", levels: ["tieu_hoc"], commune: null, zone: null },
  ];
  const tracked = trackedUnits(units);
  const row = (unitCode: string, value: Entry["value"], sheetRow = 2, note: string | null = null): TrackingRow => ({
    sheetRow,
    unitCode,
    unitName: unitCode,
    targetId: "T1",
    entry: { ...EMPTY_ENTRY, value },
    note,
  });
  const book = (rows: TrackingRow[]): TrackingBook => ({ plan, units: tracked, area: "Toàn huyện", tolerance: DEFAULT_TOLERANCE, rows, problems: [] });
  const returned = (unitCode: string, rows: TrackingRow[], savedAt: string | null, fingerprint = planFingerprint(plan)): ReturnInput => ({
    file: `${unitCode}.xlsx`,
    savedAt,
    book: {
      ...book(rows),
      units: [tracked.find((unit) => unit.code === unitCode) ?? tracked[0]],
      returnOf: { planFingerprint: fingerprint, unitCode, period: "2025-2026", madeAt: "2026-01-01T00:00:00.000Z" },
    },
  });
  const empty = book(trackingPairs(plan, tracked).map(({ unit }, i) => row(unit.code, null, i + 2)));
  const value = (rows: TrackingRow[], unitCode: string): Entry["value"] | undefined => rows.find((candidate) => candidate.unitCode === unitCode)?.entry.value;

  it("applies a return into blank cells and records it; the same file again changes nothing", () => {
    const first = collectReturns(empty, [returned("A", [row("A", 7, 2, "ghi chú")], "2026-01-02T00:00:00.000Z")], null, "2026-01-03T00:00:00.000Z");
    expect(first.refused).toEqual([]);
    expect(value(first.rows, "A")).toBe(7);
    expect(first.rows.find((candidate) => candidate.unitCode === "A")?.note).toBe("ghi chú");
    expect(first.collection.A?.file).toBe("A.xlsx");
    const again = collectReturns({ ...empty, rows: first.rows, collection: first.collection }, [returned("A", [row("A", 7, 2, "ghi chú")], "2026-01-02T00:00:00.000Z")], null, "x");
    expect(again.unchanged).toEqual([{ file: "A.xlsx", unitCode: "A" }]);
    expect(again.applied).toEqual([]);
    expect(again.collection).toEqual(first.collection);
  });

  it("refuses another plan, another unit's rows and an unknown unit, applying nothing from them", () => {
    const result = collectReturns(
      empty,
      [
        returned("A", [row("A", 1)], null, "khac"),
        returned("A", [row("B", 1)], null),
        returned("Z", [row("Z", 1)], null),
        { file: "hong.xlsx", book: null, unreadable: { key: "collectReasonUnreadable", params: {} }, savedAt: null },
      ],
      null,
      "x",
    );
    expect(result.refused.map((refusal) => refusal.key)).toEqual([
      "collectReasonOtherPlan",
      "collectReasonOtherUnitRows",
      "collectReasonUnknownUnit",
      "collectReasonUnreadable",
    ]);
    expect(result.rows.every((candidate) => candidate.entry.value === null)).toBe(true);
  });

  it("lists a conflict with the office's figure; --prefer settles it either way", () => {
    const office = book([row("A", 3), row("B", null, 3)]);
    const incoming = [returned("A", [row("A", 9)], null)];
    const stopped = collectReturns(office, incoming, null, "x");
    expect(stopped.conflicts).toEqual([{ file: "A.xlsx", unitCode: "A", targetId: "T1", field: "value", book: 3, incoming: 9 }]);
    expect(value(collectReturns(office, incoming, "returns", "x").rows, "A")).toBe(9);
    expect(value(collectReturns(office, incoming, "book", "x").rows, "A")).toBe(3);
  });

  it("a newer copy replaces what the unit sent before; the older copy is refused afterwards", () => {
    const first = collectReturns(empty, [returned("A", [row("A", 4)], "2026-01-02T00:00:00.000Z")], null, "x");
    const collected = { ...empty, rows: first.rows, collection: first.collection };
    const newer = collectReturns(collected, [returned("A", [row("A", 6)], "2026-01-05T00:00:00.000Z")], null, "y");
    expect(newer.conflicts).toEqual([]);
    expect(value(newer.rows, "A")).toBe(6);
    const older = collectReturns({ ...empty, rows: newer.rows, collection: newer.collection }, [returned("A", [row("A", 4)], "2026-01-02T00:00:00.000Z")], null, "z");
    expect(older.refused.map((refusal) => refusal.key)).toEqual(["collectReasonOlderCopy"]);
    expect(value(older.rows, "A")).toBe(6);
    expect(entryKey("A", "T1")).toBe("A|T1");
  });

  it("judges cell by cell: the office's own edit conflicts, the unit's untouched figure does not", () => {
    const first = collectReturns(empty, [returned("A", [row("A", 5, 2, "a")], "2026-01-02T00:00:00.000Z")], null, "x");
    // The office rewrites the note in the book; the figure stays as the school sent it.
    const edited = first.rows.map((candidate) => (candidate.unitCode === "A" ? { ...candidate, note: "văn phòng sửa" } : candidate));
    const newer = collectReturns({ ...empty, rows: edited, collection: first.collection }, [returned("A", [row("A", 6, 2, "a mới")], "2026-01-05T00:00:00.000Z")], null, "y");
    expect(newer.conflicts.map((conflict) => [conflict.field, conflict.book, conflict.incoming])).toEqual([["note", "văn phòng sửa", "a mới"]]);
    expect(value(newer.rows, "A")).toBe(6);
  });
});

describe("collecting a rate typed in Giá trị (issue 12)", () => {
  const target = makeTarget("T1");
  const plan: Plan = { meta: { issuer: null, number: null, date: null, title: null, period: "2025-2026" } as Plan["meta"], targets: [target] };
  const units: Unit[] = [{ code: "A", name: "Trường A", levels: ["tieu_hoc"], commune: null, zone: null }];
  const tracked = trackedUnits(units);
  const row = (entry: Entry): TrackingRow => ({ sheetRow: 2, unitCode: "A", unitName: "A", targetId: "T1", entry, note: null });
  const book = (rows: TrackingRow[]): TrackingBook => ({ plan, units: tracked, area: "Toàn huyện", tolerance: DEFAULT_TOLERANCE, rows, problems: [] });

  it("brings the rate back exactly, and a row without one hashes as before rates could be typed", () => {
    const typed: Entry = { ...EMPTY_ENTRY, value: 98.5 };
    const input: ReturnInput = {
      file: "A.xlsx",
      savedAt: "2026-01-02T00:00:00.000Z",
      book: { ...book([row(typed)]), returnOf: { planFingerprint: planFingerprint(plan), unitCode: "A", period: "2025-2026", madeAt: "2026-01-01T00:00:00.000Z" } },
    };
    const result = collectReturns(book([row(EMPTY_ENTRY)]), [input], null, "2026-01-03T00:00:00.000Z");
    expect(result.refused).toEqual([]);
    expect(result.rows[0].entry).toEqual(typed);
    expect(result.applied[0]).toMatchObject({ filled: 1, expected: 1 });
    // Tử số, Mẫu số, Ghi chú: three parts, as a record made before this change holds; a typed rate adds a fourth.
    expect(rowHash(target, row({ ...EMPTY_ENTRY, numerator: 9, denominator: 10 })).split(".")).toHaveLength(3);
    expect(rowHash(target, row(typed)).split(".")).toHaveLength(4);
  });
});

describe("our sheets in a book written before schema 2", () => {
  it("do not include Tình hình nộp, so a sheet of that name there is the user's", () => {
    const units = sampleUnits(2);
    const old: TrackingBook = {
      plan: seedPlan("bac-son-2024-2025"),
      units: trackedUnits(units),
      area: "Toàn huyện",
      tolerance: DEFAULT_TOLERANCE,
      rows: [],
      problems: [],
      schemaVersion: 1,
    };
    expect(ourSheetNames(old)).not.toContain(SHEET.submissions);
    expect(ourSheetNames({ ...old, schemaVersion: 2 })).toContain(SHEET.submissions);
  });
});
