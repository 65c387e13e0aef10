// The rules exist twice: in TypeScript (src/domain/evaluate) and as the
// workbook's formulas (src/workbook/formulas.ts). This fills a workbook with
// fast-check figures and every edge case, lets LibreOffice recalculate it,
// and compares every Giá trị, Chênh lệch, Trạng thái and Lý do cell of Thực
// hiện and every Tổng hợp figure (and its list of units without a Mẫu số)
// with the engine. Zero mismatches allowed.

import * as path from "node:path";
import { communeGroups } from "../../src/domain/area";
import { t as message } from "../../src/i18n/messages";
import { aggregateTarget, computedRate, evaluateEntry, isChangeTarget, isRateTarget } from "../../src/domain/evaluate";
import type { Plan, Target } from "../../src/domain/plan";
import { type CellValue, DEFAULT_TOLERANCE, type Entry, PROVISIONAL, STATUSES, type Tolerance, type Unit } from "../../src/domain/tracking";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { EMPTY_ENTRY, describeWorkbook, entryKey, trackedTargets, trackingPairs } from "../../src/workbook/describe";
import { reasonText } from "../../src/workbook/formulas";
import { SHEET, SUMMARY_COLUMNS, TRACKING_COLUMNS, columnIndex } from "../../src/workbook/layout";
import { trackedUnits } from "../../src/workbook/model";
import { isFormula, type WorkbookSpec } from "../../src/workbook/spec";
import { recalculate } from "../helpers/recalc";
import { agreementPlan, edgeUnits, fillEntries, sampleUnits } from "../helpers/tracking-fixture";

const OUT = path.resolve(__dirname, "..", "..", "test-output", "workbook");
const SEED = 20240915;

/** Two numbers as the same figure: LibreOffice's CSV prints 15 significant digits. */
function sameNumber(csv: string, engine: number | null): boolean {
  if (engine === null) return csv === "";
  if (csv === "") return false;
  const value = Number(csv);
  return Number.isFinite(value) && Math.abs(value - engine) <= 1e-9 * Math.max(1, Math.abs(engine));
}

/** Units whose rows carry the cases of a rate typed in Giá trị (issue 12): the k-th unit gets each rate target's k-th case. */
function rateUnits(count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `TYLE${String(i + 1).padStart(2, "0")}`,
    name: `Đơn vị tỷ lệ ${i + 1}`,
    levels: ["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx"],
    commune: null,
    zone: null,
  }));
}

/** A rate typed in Giá trị, with or without Tử số and Mẫu số, and every way it can be wrong. */
function typedRateEdges(target: Target): Entry[] {
  const start = isChangeTarget(target) ? 50 : null;
  const v = (value: CellValue, s: CellValue = start, numerator: CellValue = null, denominator: CellValue = null): Entry => ({
    numerator,
    denominator,
    start: s,
    value,
  });
  const t = target.value;
  const edges = [
    v(98.5),
    v(t),
    v(Math.max(0, t - 0.5)),
    v(Math.max(0, t - 3)),
    v(0),
    v(100),
    v(100.5),
    v(-1),
    v("98,5%"),
    v({ error: "#N/A" }),
    v(" "),
    v(57, start, 57, 100),
    v(57.14, start, 4, 7),
    v(60, start, 57, 100),
    v(98, start, null, 100),
    v(95, start, " ", " "),
  ];
  if (isChangeTarget(target)) edges.push(v(60, null), v(60, 100.5), v(101, 100.5), v(60, "x"), v(70, 100));
  return edges;
}

/**
 * Turns about one random rate row in four into a unit that knew only its
 * rate (the figure its Tử số/Mẫu số gave, rounded as a person writes it),
 * and one in twenty into a unit that typed the rate beside them; then the
 * TYLE units get the edge cases.
 */
function withTypedRates(plan: Plan, units: Unit[], entries: Map<string, Entry>, seed: number): void {
  trackingPairs(plan, trackedUnits(units)).forEach(({ unit, target }, i) => {
    if (!isRateTarget(target)) return;
    const key = entryKey(unit.code, target.id);
    if (unit.code.startsWith("TYLE")) {
      const k = Number(unit.code.slice(4)) - 1;
      const edges = typedRateEdges(target);
      if (k < edges.length) entries.set(key, edges[k]);
      return;
    }
    if (unit.code.startsWith("BIEN")) return;
    const entry = entries.get(key);
    const rate = entry === undefined ? null : computedRate(entry);
    if (entry === undefined || rate === null) return;
    const pick = (seed + i * 7919) % 20;
    if (pick < 5) entries.set(key, { ...entry, numerator: null, denominator: null, value: Math.round(rate * 10) / 10 });
    else if (pick === 5) entries.set(key, { ...entry, value: Math.round(rate * 100) / 100 });
  });
}

/**
 * The book as Excel 2016 computes it: TEXTJOIN is an unknown name there
 * (#NAME?), which LibreOffice gives too for a name it does not know.
 */
function asIfExcel2016(spec: WorkbookSpec): WorkbookSpec {
  const column = columnIndex(SUMMARY_COLUMNS).lackingDenominator - 1;
  const sheets = spec.sheets.map((sheet) => {
    if (sheet.name !== SHEET.summary) return sheet;
    const cells = sheet.cells.map((row) =>
      row.map((cell, c) => (c === column && isFormula(cell) ? { ...cell, formula: cell.formula.replace("TEXTJOIN(", "NOSUCHJOIN(") } : cell)),
    );
    return { ...sheet, cells };
  });
  return { ...spec, sheets };
}

interface Outcome {
  trackingRows: number;
  randomRows: number;
  summaryRows: number;
  cellsCompared: number;
  mismatches: string[];
  recalcMs: number;
  /** Thực hiện rows judged on a rate typed alone. */
  typedRows: number;
  /** Tổng hợp rows (whole area and xã) that are "Tạm tính". */
  provisionalRows: number;
  /** Tổng hợp rows listing units without a Mẫu số, and those listing more than one. */
  lackingRows: number;
  lackingSeveral: number;
}

async function compareWithLibreOffice(
  name: string,
  plan: Plan,
  units: Unit[],
  tolerance: Tolerance,
  seed: number,
  typedRates = false,
  withoutTextjoin = false,
): Promise<Outcome> {
  const entries = fillEntries(plan, units, tolerance, seed);
  if (typedRates) withTypedRates(plan, units, entries, seed);
  const spec = describeWorkbook(plan, units, { tolerance, entries });
  const bytes = await writeXlsx(withoutTextjoin ? asIfExcel2016(spec) : spec);
  const started = Date.now();
  const { sheets } = recalculate(bytes, OUT, name);
  const recalcMs = Date.now() - started;
  const tracking = sheets.get(SHEET.tracking);
  const summary = sheets.get(SHEET.summary);
  if (!tracking || !summary) throw new Error(`LibreOffice exported ${[...sheets.keys()].join(", ")}`);

  const mismatches: string[] = [];
  let cellsCompared = 0;
  let typedRows = 0;
  let provisionalRows = 0;
  let lackingRows = 0;
  let lackingSeveral = 0;
  const check = (ok: boolean, where: string, csv: string, engine: unknown): void => {
    cellsCompared += 1;
    if (!ok) mismatches.push(`${where}: LibreOffice “${csv}”, engine ${JSON.stringify(engine)}`);
  };

  const t = columnIndex(TRACKING_COLUMNS);
  // The schools, then the district unit with the district-level targets.
  const pairs = trackingPairs(plan, trackedUnits(units));
  const byTarget = new Map<string, Entry[]>();
  const codesByTarget = new Map<string, string[]>();
  pairs.forEach(({ unit, target }, i) => {
    const entry = entries.get(entryKey(unit.code, target.id)) ?? EMPTY_ENTRY;
    byTarget.set(target.id, [...(byTarget.get(target.id) ?? []), entry]);
    codesByTarget.set(target.id, [...(codesByTarget.get(target.id) ?? []), unit.code]);
    const row = tracking[i + 1] ?? [];
    const where = `${SHEET.tracking} row ${i + 2} (${unit.code}/${target.id} ${JSON.stringify(entry)})`;
    const cell = (column: number): string => row[column - 1] ?? "";
    check(cell(t.unitCode) === unit.code && cell(t.targetId) === target.id, `${where} key`, cell(t.targetId), target.id);
    const evaluation = evaluateEntry(target, entry, tolerance);
    check(cell(t.status) === evaluation.status, `${where} Trạng thái`, cell(t.status), evaluation.status);
    check(cell(t.reason) === reasonText(evaluation.reason), `${where} Lý do`, cell(t.reason), evaluation.reason);
    check(sameNumber(cell(t.gap), evaluation.gap), `${where} Chênh lệch`, cell(t.gap), evaluation.gap);
    // A rate's Giá trị is our formula (Tử số / Mẫu số) unless a rate was typed over it; otherwise it is what
    // was typed, which the engine read when valid.
    if (isRateTarget(target) && entry.value === null) {
      const rate = computedRate(entry);
      check(sameNumber(cell(t.value), rate), `${where} Giá trị`, cell(t.value), rate);
    } else if (isRateTarget(target) && typeof entry.value === "number") {
      // Typed over the formula: the cell shows what was typed; beside Tử số/Mẫu số the gap still follows them.
      check(sameNumber(cell(t.value), entry.value), `${where} Giá trị`, cell(t.value), entry.value);
    } else if (evaluation.value !== null) {
      check(sameNumber(cell(t.value), evaluation.value), `${where} Giá trị`, cell(t.value), evaluation.value);
    }
    if (evaluation.rateOnly) typedRows += 1;
  });
  expect(tracking.length - 1).toBe(pairs.length);

  const s = columnIndex(SUMMARY_COLUMNS);
  const targets = trackedTargets(plan);
  /** One Tổng hợp row (0-based CSV row `r`) against the engine's aggregate of `rows`. */
  const checkSummaryRow = (r: number, target: Target, rows: Entry[], codes: string[], label: string): void => {
    const aggregate = aggregateTarget(target, rows, tolerance, codes);
    if (aggregate.status === PROVISIONAL) provisionalRows += 1;
    const row = summary[r] ?? [];
    const cell = (column: number): string => row[column - 1] ?? "";
    const where = `${SHEET.summary} row ${r + 1} (${label})`;
    check(cell(s.targetId) === target.id, `${where} key`, cell(s.targetId), target.id);
    check(cell(s.status) === aggregate.status, `${where} Trạng thái`, cell(s.status), aggregate.status);
    for (const key of ["numerator", "denominator", "start", "value", "gap"] as const) {
      check(sameNumber(cell(s[key]), aggregate[key]), `${where} ${key}`, cell(s[key]), aggregate[key]);
    }
    const columns = [s.met, s.near, s.missed, s.missing, s.invalid];
    STATUSES.forEach((status, k) => {
      check(sameNumber(cell(columns[k]), aggregate.counts[status]), `${where} ${status}`, cell(columns[k]), aggregate.counts[status]);
    });
    const total = STATUSES.reduce((sum, status) => sum + aggregate.counts[status], 0);
    check(sameNumber(cell(s.unitCount), total), `${where} Số đơn vị`, cell(s.unitCount), total);
    // Whatever the status (an invalid unit elsewhere does not hide them); "" for counts and measures.
    const without = aggregate.lackingDenominator;
    const lacking = !withoutTextjoin
      ? without.join(", ")
      : without.length > 0
        ? message("wbLackingDenominatorCount", "vi", { count: without.length })
        : "";
    check(cell(s.lackingDenominator) === lacking, `${where} Đơn vị thiếu mẫu số`, cell(s.lackingDenominator), lacking);
    if (aggregate.lackingDenominator.length > 0) lackingRows += 1;
    if (aggregate.lackingDenominator.length > 1) lackingSeveral += 1;
  };
  targets.forEach((target, j) => checkSummaryRow(j + 1, target, byTarget.get(target.id) ?? [], codesByTarget.get(target.id) ?? [], target.id));
  // A province's book: below the table, each xã's subtotals over its own units (issue 12).
  const groups = communeGroups(trackedUnits(units), plan.meta.government);
  let blockRows = 0;
  if (groups !== null) {
    let r = targets.length + 3; // the table, a blank row, the block's header (0-based rows of the CSV)
    for (const group of groups) {
      const codes = new Set(group.units.map((unit) => unit.code));
      const title = summary[r]?.[0] ?? "";
      check(title === message("wbSummaryCommune", "vi", { commune: group.title }), `${SHEET.summary} row ${r + 1} title`, title, group.title);
      r += 1;
      for (const target of targets) {
        const ofGroup = pairs.filter((pair) => pair.target.id === target.id && codes.has(pair.unit.code));
        const groupEntries = ofGroup.map((pair) => entries.get(entryKey(pair.unit.code, target.id)) ?? EMPTY_ENTRY);
        const groupCodes = ofGroup.map((pair) => pair.unit.code);
        checkSummaryRow(r, target, groupEntries, groupCodes, `${group.title}/${target.id}`);
        r += 1;
        blockRows += 1;
      }
    }
  }
  expect(summary.filter((row) => row.some((cell) => cell !== "")).length - 1).toBe(targets.length + (groups === null ? 0 : 1 + groups.length + blockRows));

  return {
    trackingRows: pairs.length,
    randomRows: pairs.filter(({ unit }) => !unit.code.startsWith("BIEN")).length,
    summaryRows: targets.length + blockRows,
    cellsCompared,
    mismatches,
    recalcMs,
    typedRows,
    provisionalRows,
    lackingRows,
    lackingSeveral,
  };
}

describe("LibreOffice recalculation agrees with the engine", () => {
  it("on ≥ 2,000 random rows and every edge case, default tolerance", async () => {
    const plan = agreementPlan("dam-ha-2024");
    const units = [...sampleUnits(50), ...edgeUnits(25)];
    const outcome = await compareWithLibreOffice("agreement", plan, units, DEFAULT_TOLERANCE, SEED);
    console.log(
      `agreement: ${outcome.trackingRows} Thực hiện rows (${outcome.randomRows} random), ${outcome.summaryRows} Tổng hợp rows, ` +
        `${outcome.cellsCompared} cells compared, ${outcome.mismatches.length} mismatches, LibreOffice ${outcome.recalcMs} ms`,
    );
    expect(outcome.randomRows).toBeGreaterThanOrEqual(2000);
    expect(outcome.mismatches.slice(0, 20)).toEqual([]);
  });

  it("a province's book: each xã's subtotals from numerators and denominators, as the engine sums them", async () => {
    const base = agreementPlan("dam-ha-2024");
    const plan: Plan = { ...base, meta: { ...base.meta, government: "tinh", area: "tỉnh Quảng Ninh" } };
    const units = [...sampleUnits(24), ...edgeUnits(12)];
    const outcome = await compareWithLibreOffice("agreement-province", plan, units, DEFAULT_TOLERANCE, SEED + 2);
    console.log(`agreement (province): ${outcome.summaryRows} Tổng hợp rows with xã subtotals, ${outcome.cellsCompared} cells compared, ${outcome.mismatches.length} mismatches`);
    expect(outcome.summaryRows).toBeGreaterThan(trackedTargets(plan).length * 3);
    expect(outcome.mismatches.slice(0, 20)).toEqual([]);
  });

  it("rates typed in Giá trị, alone or beside Tử số/Mẫu số, mixed with counted units: rows, whole area, xã subtotals", async () => {
    const base = agreementPlan("dam-ha-2024");
    const plan: Plan = { ...base, meta: { ...base.meta, government: "tinh", area: "tỉnh Quảng Ninh" } };
    const units = [...sampleUnits(24), ...edgeUnits(6), ...rateUnits(21)];
    const outcome = await compareWithLibreOffice("agreement-typed-rates", plan, units, DEFAULT_TOLERANCE, SEED + 3, true);
    console.log(
      `agreement (typed rates): ${outcome.typedRows} rows judged on a typed rate, ${outcome.provisionalRows} provisional Tổng hợp rows ` +
        `of ${outcome.summaryRows}, ${outcome.lackingRows} listing units without Mẫu số (${outcome.lackingSeveral} several), ` +
        `${outcome.cellsCompared} cells compared, ${outcome.mismatches.length} mismatches`,
    );
    expect(outcome.typedRows).toBeGreaterThan(100);
    expect(outcome.provisionalRows).toBeGreaterThan(trackedTargets(plan).length / 4);
    // Lists also on rows that are not provisional (a unit missing or invalid elsewhere), and of several codes.
    expect(outcome.lackingRows).toBeGreaterThan(outcome.provisionalRows);
    expect(outcome.lackingSeveral).toBeGreaterThan(trackedTargets(plan).length / 4);
    expect(outcome.summaryRows).toBeGreaterThan(trackedTargets(plan).length * 3);
    expect(outcome.mismatches.slice(0, 20)).toEqual([]);
  });

  it("in Excel 2016 and older (no TEXTJOIN), Tổng hợp counts the units without a Mẫu số instead of listing them", async () => {
    const base = agreementPlan("dam-ha-2024");
    const plan: Plan = { ...base, meta: { ...base.meta, government: "tinh", area: "tỉnh Quảng Ninh" } };
    const units = [...sampleUnits(12), ...rateUnits(16)];
    const outcome = await compareWithLibreOffice("agreement-no-textjoin", plan, units, DEFAULT_TOLERANCE, SEED + 4, true, true);
    expect(outcome.lackingRows).toBeGreaterThan(trackedTargets(plan).length / 4);
    expect(outcome.mismatches.slice(0, 20)).toEqual([]);
  });

  it("with another plan and a tolerance changed in Cài đặt", async () => {
    const base = agreementPlan("bac-son-2024-2025");
    const units = [...sampleUnits(14), ...edgeUnits(25)];
    const tolerance: Tolerance = { ratePoints: 2.5, countShare: 0.1 };
    const outcome = await compareWithLibreOffice("agreement-tolerance", base, units, tolerance, SEED + 1);
    expect(outcome.mismatches.slice(0, 20)).toEqual([]);
  });
});
