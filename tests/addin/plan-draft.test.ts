// The pane's pure rules: numbers as people type them in either language, the
// problems of an edited row, and unit codes kept across a re-pasted list.
import type { Target } from "../../src/domain/plan";
import type { Unit } from "../../src/domain/tracking";
import {
  addTarget,
  completeDraft,
  draftFromPlan,
  editMeta,
  editRow,
  metaInputText,
  parseDateInput,
  settleMeta,
  groupRows,
  parseNumberInput,
  planFromDraft,
  rowProblems,
  settleRow,
} from "../../src/taskpane/plan-draft";
import { alignUnitCodes } from "../../src/taskpane/workbook-actions";

test.each([
  ["98,1", 98.1, 98.1],
  ["98.1", 98.1, 98.1],
  ["1.200", 1200, 1.2],
  ["1,200", 1.2, 1200],
  ["1.234.567", 1234567, 1234567],
  ["1,234,567", 1234567, 1234567],
  ["1.234,5", 1234.5, 1234.5],
  ["1,234.5", 1234.5, 1234.5],
  ["95%", 95, 95],
  ["95 %", 95, 95],
  ["1 200", 1200, 1200],
  [" 12 ", 12, 12],
  ["0,05", 0.05, 0.05],
  ["-5", -5, -5],
  ["−2,5", -2.5, -2.5],
])("%s reads as %p in Vietnamese and %p in English", (text, vi, en) => {
  expect(parseNumberInput(text, "vi")).toBe(vi);
  expect(parseNumberInput(text, "en")).toBe(en);
});

test.each(["", "abc", "9 8", "1,2,3", "1.2.3", "1.234,5,6", "12a", ",", "98,1%%"])("%p is not a number", (text) => {
  expect(parseNumberInput(text, "vi")).toBeNull();
  expect(parseNumberInput(text, "en")).toBeNull();
});

function target(overrides: Partial<Target> = {}): Target {
  return {
    id: "T001",
    kind: "target",
    section: "II.1",
    sectionTitle: null,
    level: "tieu_hoc",
    scope: null,
    indicator: "Tỷ lệ học sinh hoàn thành chương trình",
    op: "gte",
    value: 98.5,
    value_max: null,
    denominator: null,
    unit: "%",
    period: "2024-2025",
    quote: "98,5%",
    offset: 100,
    confidence: 0.9,
    ...overrides,
  };
}

test("a typed value keeps the last valid number until it parses, and settles to the formatted value", () => {
  const [row] = draftFromPlan({ meta: { issuer: null, number: null, date: null, title: null, period: null }, targets: [target()] }).rows;
  const typing = editRow(row, { field: "value", text: "97,", lang: "vi" });
  expect(typing.target.value).toBe(97);
  const bad = editRow(row, { field: "value", text: "chín mươi", lang: "vi" });
  expect(bad.target.value).toBe(98.5);
  expect(rowProblems(bad, "vi").map((problem) => problem.key)).toEqual(["paneErrNotNumber"]);
  expect(settleRow(bad, "vi").valueInput).toBe("chín mươi");
  const good = editRow(row, { field: "value", text: "97,5", lang: "vi" });
  expect(settleRow(good, "vi").valueInput).toBeNull();
  expect(settleRow(good, "vi").target.value).toBe(97.5);
});

test("leaving a range drops its upper value; entering one asks for it", () => {
  const [row] = draftFromPlan({
    meta: { issuer: null, number: null, date: null, title: null, period: null },
    targets: [target({ op: "between", value: 2, value_max: 3, unit: "lớp" })],
  }).rows;
  const single = editRow(row, { field: "op", op: "gte" });
  expect(single.target.value_max).toBeNull();
  const range = editRow(single, { field: "op", op: "between" });
  expect(rowProblems(range, "vi").map((problem) => [problem.field, problem.key])).toEqual([["valueMax", "paneErrValueMissing"]]);
});

test("a target added by hand gets the next id, sits last, and must be filled before the plan is written", () => {
  const draft = draftFromPlan({
    meta: { issuer: null, number: null, date: null, title: null, period: "2024-2025" },
    targets: [target(), target({ id: "T009", offset: 300, quote: "9 trường" })],
  });
  const { draft: added, id } = addTarget(draft);
  expect(id).toBe("T010");
  const row = added.rows[2];
  expect(row.target).toMatchObject({ id: "T010", quote: "", confidence: 1, period: "2024-2025" });
  expect(row.target.offset).toBeGreaterThan(300);
  const result = planFromDraft(added, "vi");
  expect("problems" in result && result.problems.map((problem) => problem.field)).toEqual(["indicator", "value", "unit"]);
});

test("rows are grouped in runs of section and level, in document order", () => {
  const draft = draftFromPlan({
    meta: { issuer: null, number: null, date: null, title: null, period: null },
    targets: [
      target({ id: "T001" }),
      target({ id: "T002" }),
      target({ id: "T003", level: "thcs" }),
      target({ id: "T004", section: "II.2" }),
    ],
  });
  expect(groupRows(draft.rows).map((group) => [group.section, group.level, group.rows.map((row) => row.target.id)])).toEqual([
    ["II.1", "tieu_hoc", ["T001", "T002"]],
    ["II.1", "thcs", ["T003"]],
    ["II.2", "tieu_hoc", ["T004"]],
  ]);
});

function unit(code: string, name: string): Unit {
  return { code, name, levels: ["tieu_hoc"], commune: null, zone: null };
}

test("unit codes: stated codes stay, generated ones follow the school's name, new schools never take a used code", () => {
  const existing = [unit("DV001", "Trường TH A"), unit("DV002", "Trường TH B"), unit("DV003", "Trường TH C")];
  const pasted = [unit("DV001", "Trường TH Mới"), unit("DV002", "Trường TH  a"), unit("DV003", "Trường TH B"), unit("X9", "Trường TH D")];
  expect(alignUnitCodes(pasted, existing).map((item) => [item.code, item.name])).toEqual([
    ["DV004", "Trường TH Mới"],
    ["DV001", "Trường TH  a"],
    ["DV002", "Trường TH B"],
    ["X9", "Trường TH D"],
  ]);
  // A code the list states (not one of the generated DV… kind) wins over a name match.
  expect(alignUnitCodes([unit("TH02", "Trường TH B")], [unit("DV001", "Trường TH B")])[0].code).toBe("TH02");
  expect(alignUnitCodes([unit("DV002", "Trường TH B"), unit("DV001", "Trường TH Z")], [unit("DV001", "Trường TH B")])).toEqual([
    unit("DV001", "Trường TH B"),
    unit("DV002", "Trường TH Z"),
  ]);
});

const META = { issuer: "UBND XÃ TU VŨ", number: "12/KH-UBND", date: "2024-09-05", title: "Kế hoạch", period: "2024-2025" };

test.each([
  ["05/09/2024", "2024-09-05"],
  ["5-9-2024", "2024-09-05"],
  ["2024-09-05", "2024-09-05"],
  ["09/2024", "2024-09"],
  ["  ", null],
])("the date %p reads as %p", (text, iso) => {
  expect(parseDateInput(text)).toBe(iso);
});

test.each(["31/02/2024", "13/2024", "ngày 5", "2024"])("%p is not a date", (text) => {
  expect(parseDateInput(text)).toBeUndefined();
});

test("the document's information is edited as text and written trimmed; a bad date stops the write and names the field", () => {
  const draft = draftFromPlan({ meta: META, targets: [target()] });
  expect(metaInputText(draft, "date")).toBe("05/09/2024");
  const edited = editMeta(editMeta(editMeta(draft, "issuer", "  UBND PHƯỜNG HÀ ĐÔNG "), "title", ""), "date", "1/10/2024");
  expect(metaInputText(edited, "date")).toBe("1/10/2024");
  expect(metaInputText(settleMeta(edited), "date")).toBe("01/10/2024");
  const result = planFromDraft(edited, "vi");
  expect("plan" in result && result.plan.meta).toMatchObject({ issuer: "UBND PHƯỜNG HÀ ĐÔNG", title: null, date: "2024-10-01" });

  const bad = editMeta(draft, "date", "31/02/2024");
  expect(bad.meta.date).toBe("2024-09-05");
  const refused = planFromDraft(bad, "vi");
  expect("problems" in refused && refused.problems.map((problem) => [problem.targetId, problem.field, problem.key])).toEqual([[null, "date", "reviewErrDate"]]);
});

test("a target's kind is edited and written", () => {
  const [row] = draftFromPlan({ meta: META, targets: [target()] }).rows;
  expect(editRow(row, { field: "kind", kind: "baseline" }).target.kind).toBe("baseline");
});

test("a draft saved before the review's fields existed reads back with them unknown", () => {
  const old = { meta: META, rows: draftFromPlan({ meta: META, targets: [target()] }).rows };
  expect(completeDraft(old)).toMatchObject({ source: null, written: null, dateInput: null });
});
