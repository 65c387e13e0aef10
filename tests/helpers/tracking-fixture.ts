// Plans, units and entered figures for the workbook tests: a seed plan plus
// synthetic targets so every comparator meets every kind of figure, units of
// every level, and fast-check figures that crowd around thresholds and
// tolerance boundaries, with text, blanks, error values and bad numbers mixed in.

import fc from "fast-check";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { isChangeTarget, isRateTarget, measureKind, toleranceAmount } from "../../src/domain/evaluate";
import { extractPlan } from "../../src/domain/extract";
import type { Level, Op, Plan, Target } from "../../src/domain/plan";
import type { CellValue, Entry, Tolerance, Unit } from "../../src/domain/tracking";
import { entryKey, trackingPairs } from "../../src/workbook/describe";
import { trackedUnits } from "../../src/workbook/model";

export const SEEDS = path.resolve(__dirname, "..", "..", "seeds");

export function seedPlan(name: string): Plan {
  return extractPlan(readFileSync(path.join(SEEDS, `${name}.txt`), "utf8"));
}

function synthetic(id: string, op: Op, value: number, unit: string, valueMax: number | null = null): Target {
  return {
    id,
    kind: "target",
    section: "X",
    sectionTitle: "Chỉ tiêu thử",
    level: "chung",
    scope: null,
    indicator: `Chỉ tiêu thử ${id} (${op} ${value}${valueMax === null ? "" : `–${valueMax}`} ${unit})`,
    op,
    value,
    value_max: valueMax,
    denominator: null,
    unit,
    period: null,
    quote: `${value} ${unit}`,
    offset: 0,
    confidence: 0.9,
  };
}

/**
 * Every comparator for rates, counts and measures, including those no seed
 * plan has yet, on school-level units (so the edge units carry every edge
 * case), then a few district-level ones.
 */
export function syntheticTargets(): Target[] {
  const specs: [Op, number, string, number | null][] = [
    ["gt", 90, "%", null],
    ["lt", 5, "%", null],
    ["lte", 10, "%", null],
    ["eq", 95, "%", null],
    ["between", 80, "%", 90],
    ["approx", 65, "%", null],
    ["increase_by", 2.5, "%", null],
    ["decrease_by", 1.5, "%", null],
    ["gte", 9, "phòng học", null],
    ["gt", 3, "lớp", null],
    ["lt", 2, "học sinh", null],
    ["lte", 10, "học sinh", null],
    ["eq", 12, "nhóm lớp", null],
    ["between", 2, "lớp", 3],
    ["approx", 20, "lớp", null],
    ["increase_by", 91, "học sinh", null],
    ["decrease_by", 4, "phòng học tạm", null],
    ["gte", 1.91, "giáo viên/lớp", null],
    ["approx", 12.27, "điểm", null],
    ["increase_by", 0.68, "điểm", null],
    ["between", 2, "điểm", 3],
    ["lte", 6.5, "điểm", null],
    // District-level (counts of schools or communes, attainment levels): the district unit's rows only.
    ["gte", 9, "trường", null],
    ["eq", 17, "xã", null],
    ["between", 2, "mức độ", 3],
    ["decrease_by", 4, "điểm trường", null],
    ["gte", 5, "cặp trường", null],
  ];
  return specs.map(([op, value, unit, max], i) => synthetic(`X${String(i + 1).padStart(2, "0")}`, op, value, unit, max));
}

/** A seed plan's targets (baselines included: they must stay out of Thực hiện) plus the synthetic ones. */
export function agreementPlan(seed = "dam-ha-2024"): Plan {
  const plan = seedPlan(seed);
  return { meta: plan.meta, targets: [...plan.targets, ...syntheticTargets()] };
}

const LEVEL_SETS: { levels: Level[]; prefix: string; name: string }[] = [
  { levels: ["mam_non"], prefix: "MN", name: "Trường Mầm non" },
  { levels: ["tieu_hoc"], prefix: "TH", name: "Trường Tiểu học" },
  { levels: ["thcs"], prefix: "THCS", name: "Trường THCS" },
  { levels: ["tieu_hoc", "thcs"], prefix: "TH-THCS", name: "Trường TH&THCS" },
  { levels: ["tieu_hoc", "thcs"], prefix: "PTDTBT", name: "Trường PTDTBT TH&THCS" },
  { levels: ["thpt"], prefix: "THPT", name: "Trường THPT" },
  { levels: ["gdtx"], prefix: "GDTX", name: "Trung tâm GDNN-GDTX" },
];
const PLACES = ["Quảng Lâm", "Quảng An", "Dực Yên", "Tân Bình", "Đại Bình", "Quảng Tân", "Quảng Lợi", "Tân Lập", "Đầm Hà"];

export function sampleUnits(count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => {
    const set = LEVEL_SETS[i % LEVEL_SETS.length];
    const place = PLACES[i % PLACES.length];
    return {
      code: `${set.prefix}${String(i + 1).padStart(2, "0")}`,
      name: `${set.name} ${place}${i >= PLACES.length ? ` ${Math.floor(i / PLACES.length) + 1}` : ""}`,
      levels: set.levels,
      commune: `Xã ${place}`,
      zone: i % 3 === 0 ? "ĐBKK" : "thuận lợi",
    };
  });
}

/** What can sit in a cell that should hold a number but does not. */
export const BAD_CELLS: CellValue[] = [
  "98,5",
  "98.5%",
  "abc",
  "=1+1",
  "-",
  "\u00a0",
  " ",
  "",
  { error: "#DIV/0!" },
  { error: "#N/A" },
  { error: "#VALUE!" },
  -1,
  -0.5,
];

// `+ 0` turns -0 into 0: a workbook cell cannot hold -0.
const round = (x: number, decimals: number): number => Math.round(x * 10 ** decimals) / 10 ** decimals + 0;

/** Values to compare with the threshold that sit on and around every boundary: met, tolerance, bounds. */
function anchors(target: Target, tolerance: Tolerance): number[] {
  const t = target.value;
  const hi = target.value_max ?? t;
  const tol = toleranceAmount(target, tolerance, t);
  const tolHi = toleranceAmount(target, tolerance, hi + 1);
  const step = isRateTarget(target) ? 0.1 : measureKind(target) === "count" ? 1 : 0.01;
  const points = [t, t - step, t + step, t - tol, t - tol - step, t - tol + step, t - 2 * tol, t + tol, t + tol + step, 0];
  if (target.op === "between") points.push(hi, hi + step, hi + tolHi, hi + tolHi + step, (t + hi) / 2);
  if (target.op === "approx") points.push(t - 2 * tol - step, t - 2 * tol + step);
  return points.map((p) => round(p, 2));
}

function rateCells(value: number): fc.Arbitrary<[number, number]> {
  // 1000 gives exact tenths; the others give thirds, sevenths and real-life totals.
  return fc.constantFrom(1000, 1000, 100, 7, 3, 2379, 48).map((denominator) => {
    const clamped = Math.min(100, Math.max(0, value));
    return [Math.round((denominator * clamped) / 100), denominator];
  });
}

function validEntry(target: Target, tolerance: Tolerance): fc.Arbitrary<Entry> {
  const rate = isRateTarget(target);
  const kind = measureKind(target);
  const decimals = kind === "measure" ? 2 : kind === "count" ? 0 : 1;
  const top = Math.max(10, (target.value_max ?? target.value) * 2 + 5);
  const anchored = fc.constantFrom(...anchors(target, tolerance));
  const free = rate ? fc.integer({ min: 0, max: 1000 }).map((x) => x / 10) : fc.integer({ min: 0, max: Math.round(top * 100) }).map((x) => round(x / 100, decimals));
  const compared = fc.oneof({ arbitrary: anchored, weight: 3 }, { arbitrary: free, weight: 1 });
  const cells = (value: number, start: number | null): fc.Arbitrary<Entry> =>
    rate
      ? rateCells(value).map(([numerator, denominator]) => ({ numerator, denominator, start, value: null }))
      : fc.constant({ numerator: null, denominator: null, start, value: round(value, decimals) });
  if (!isChangeTarget(target)) return compared.chain((value) => cells(value, null));
  // For changes the anchors are the change itself: pick a start, then the value that makes that change.
  const startMax = rate ? 100 : top;
  return fc.tuple(compared, fc.integer({ min: 0, max: Math.round(startMax * 10) })).chain(([change, s]) => {
    const start = round(s / 10, rate ? 1 : decimals);
    const value = target.op === "increase_by" ? start + change : start - change;
    return cells(rate ? Math.min(100, Math.max(0, value)) : Math.max(0, value), start);
  });
}

/** A random entry for a target: mostly valid figures near its boundaries, some blank, partial or bad. */
export function entryArbitrary(target: Target, tolerance: Tolerance): fc.Arbitrary<Entry> {
  const fields: (keyof Entry)[] = isRateTarget(target) ? ["numerator", "denominator"] : ["value"];
  if (isChangeTarget(target)) fields.push("start");
  const valid = validEntry(target, tolerance);
  const spoiled = fc
    .tuple(valid, fc.constantFrom(...fields), fc.constantFrom(...BAD_CELLS, null, 0, 100.5, 101))
    .map(([entry, field, bad]) => ({ ...entry, [field]: bad }));
  const blank = fc.constant<Entry>({ numerator: null, denominator: null, start: null, value: null });
  const overfull = valid.map((entry) =>
    isRateTarget(target) && typeof entry.denominator === "number" ? { ...entry, numerator: entry.denominator + 1 } : entry,
  );
  return fc.oneof(
    { arbitrary: valid, weight: 12 },
    { arbitrary: spoiled, weight: 5 },
    { arbitrary: blank, weight: 2 },
    { arbitrary: overfull, weight: 1 },
  );
}

/** Entries every target's first rows get, so each edge case is written at least once. */
export function edgeEntries(target: Target): Entry[] {
  const none: Entry = { numerator: null, denominator: null, start: null, value: null };
  const start = isChangeTarget(target) ? 50 : null;
  if (isRateTarget(target)) {
    const r = (numerator: CellValue, denominator: CellValue, s: CellValue = start): Entry => ({
      numerator,
      denominator,
      start: s,
      value: null,
    });
    const edges = [
      none,
      r(50, null),
      r(null, 100),
      r(0, 0),
      r(5, 0),
      r(null, 0),
      r(101, 100),
      r(100, 100),
      r(0, 100),
      r(-1, 100),
      r(5, -1),
      r("98,5", 100),
      r("98,5%", 100),
      r("abc", { error: "#DIV/0!" }),
      r({ error: "#N/A" }, 100),
      r(" ", 100),
      r("", 100),
      r("=1+1", 100),
      r(57, 100),
      r(29, 100),
    ];
    if (isChangeTarget(target)) edges.push(r(60, 100, null), r(60, 100, 100.5), r(60, 100, -1), r(60, 100, "năm ngoái"), r(60, 100, 100));
    return edges;
  }
  const c = (value: CellValue, s: CellValue = start): Entry => ({ numerator: null, denominator: null, start: s, value });
  const edges = [none, c(0), c(-1), c("9"), c("abc"), c({ error: "#N/A" }), c(" "), c("=A1"), c(target.value)];
  if (isChangeTarget(target)) edges.push(c(60, null), c(60, -3), c(60, "x"), c(null, 60));
  return edges;
}

/** Units serving every level whose rows carry the edge cases: the k-th edge unit gets each target's k-th edge entry. */
export function edgeUnits(count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `BIEN${String(i + 1).padStart(2, "0")}`,
    name: `Đơn vị biên ${i + 1}`,
    levels: ["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx"],
    commune: null,
    zone: null,
  }));
}

/** Fills every Thực hiện row (the district unit's too): edge units get the edge cases, every other row a fast-check figure. */
export function fillEntries(plan: Plan, units: Unit[], tolerance: Tolerance, seed: number): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const edgeIndex = new Map(units.filter((unit) => unit.code.startsWith("BIEN")).map((unit, k) => [unit.code, k]));
  trackingPairs(plan, trackedUnits(units)).forEach(({ unit, target }, i) => {
    const k = edgeIndex.get(unit.code);
    const edges = edgeEntries(target);
    const entry =
      k !== undefined && k < edges.length
        ? edges[k]
        : fc.sample(entryArbitrary(target, tolerance), { numRuns: 1, seed: seed + i })[0];
    entries.set(entryKey(unit.code, target.id), entry);
  });
  return entries;
}

/** A target for hand-made plans in tests: a rate, "≥ 95%", with `fields` over these defaults. */
export function makeTarget(id: string, fields: Partial<Target> = {}): Target {
  return {
    id,
    kind: "target",
    section: "II.1",
    sectionTitle: "Chỉ tiêu",
    level: "chung",
    scope: null,
    indicator: `Chỉ tiêu ${id}`,
    op: "gte",
    value: 95,
    value_max: null,
    denominator: null,
    unit: "%",
    period: "2024-2025",
    quote: `Chỉ tiêu ${id} đạt 95%`,
    offset: 0,
    confidence: 0.9,
    ...fields,
  };
}
