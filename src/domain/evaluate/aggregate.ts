// The district result for one target (a Tổng hợp row), computed the way the
// Tổng hợp formulas compute it (src/workbook/formulas.ts).

import type { Target } from "../plan";
import { type AggregateStatus, DEFAULT_TOLERANCE, type Entry, PROVISIONAL, STATUSES, type Status, type Tolerance } from "../tracking";
import { evaluateEntry } from "./evaluate";
import { gapOf, isChangeTarget, measureKind, round9, statusOfGap } from "./rules";

export interface Aggregate {
  /** Σ Tử số over units with valid entries (rates only, else null). */
  numerator: number | null;
  /** Σ Mẫu số over units with valid entries (rates only, else null). */
  denominator: number | null;
  /** District start value (change targets only, else null). */
  start: number | null;
  value: number | null;
  gap: number | null;
  status: AggregateStatus;
  /** How many units are in each status. */
  counts: Record<Status, number>;
  /** Units judged on a rate typed alone (no Mẫu số): left out of the sums, so the status is provisional. */
  rateOnly: number;
  /** Their codes, in the order given, when codes were given. */
  lackingDenominator: string[];
}

/** The statuses of rows whose figures are complete and valid. */
export const EVALUATED: readonly Status[] = ["Đạt", "Gần đạt", "Chưa đạt"];

export function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
}

/**
 * Only units with complete, valid figures (Đạt, Gần đạt, Chưa đạt) enter the
 * sums, and the value and gap are shown for them even when other units are
 * missing or invalid, as a provisional figure. The status is the district's
 * verdict, so it waits for every unit: "Không hợp lệ" when any unit's entry
 * is invalid, else "Thiếu số liệu" when any is missing (or no unit has
 * figures), else judged on the aggregate like a row.
 *
 * Rates: Σ Tử số / Σ Mẫu số × 100 (never an average of percentages); the
 * start rate is the Mẫu số-weighted mean Σ(đầu kỳ × Mẫu số) / Σ Mẫu số.
 * A unit that typed only a rate has no Mẫu số to weigh it by, so it stays
 * out of the sums; the value is then that of the units that counted, and
 * the status "Tạm tính" (once every unit is valid) instead of a verdict.
 * Counts: sums. Measures (scores, levels, ratios): means over the units.
 *
 * Sums are taken per status (Đạt, then Gần đạt, then Chưa đạt) and added in
 * that order, as the formulas' three SUMIFS are, and every derived figure is
 * rounded to 9 decimals, so both sides get the same doubles.
 */
export function aggregateTarget(
  target: Target,
  entries: Entry[],
  tolerance: Tolerance = DEFAULT_TOLERANCE,
  codes: readonly string[] = [],
): Aggregate {
  const counts = emptyCounts();
  const lackingDenominator: string[] = [];
  let rateOnly = 0;
  const sums = EVALUATED.map(() => ({ numerator: 0, denominator: 0, value: 0, start: 0 }));
  let weightedStart = 0;
  for (const entry of entries) {
    const evaluation = evaluateEntry(target, entry, tolerance);
    counts[evaluation.status] += 1;
    const group = EVALUATED.indexOf(evaluation.status);
    if (group < 0) continue;
    const sum = sums[group];
    const kind = measureKind(target);
    if (evaluation.rateOnly) {
      // Nothing to add to Σ Tử số / Σ Mẫu số: the formulas' SUMIFS meet blank cells here.
      rateOnly += 1;
      const code = codes[entries.indexOf(entry)];
      if (code !== undefined) lackingDenominator.push(code);
    } else if (kind === "rate") {
      sum.numerator += entry.numerator as number;
      sum.denominator += entry.denominator as number;
      if (isChangeTarget(target)) weightedStart += (entry.start as number) * (entry.denominator as number);
    } else {
      sum.value += entry.value as number;
      if (isChangeTarget(target)) sum.start += entry.start as number;
    }
  }
  const total = (key: keyof (typeof sums)[number]): number => sums[0][key] + sums[1][key] + sums[2][key];
  const valid = counts["Đạt"] + counts["Gần đạt"] + counts["Chưa đạt"];
  const kind = measureKind(target);
  const change = isChangeTarget(target);

  let numerator: number | null = null;
  let denominator: number | null = null;
  let start: number | null = null;
  let value: number | null = null;
  if (valid > 0) {
    if (kind === "rate") {
      numerator = total("numerator");
      denominator = total("denominator");
      // Valid counted rows have Mẫu số > 0, so 0 means every unit gave only a rate: no area figure at all.
      if (denominator > 0) {
        value = round9((numerator / denominator) * 100);
        if (change) start = round9(weightedStart / denominator);
      }
    } else if (kind === "count") {
      value = round9(total("value"));
      if (change) start = round9(total("start"));
    } else {
      value = round9(total("value") / valid);
      if (change) start = round9(total("start") / valid);
    }
  }
  const gap = value === null ? null : gapOf(target, value, start, tolerance);

  let status: AggregateStatus;
  if (counts["Không hợp lệ"] > 0) status = "Không hợp lệ";
  else if (counts["Thiếu số liệu"] > 0 || valid === 0) status = "Thiếu số liệu";
  else if (rateOnly > 0) status = PROVISIONAL;
  else status = statusOfGap(target, gap as number, value as number, tolerance);

  return { numerator, denominator, start, value, gap, status, counts, rateOnly, lackingDenominator };
}
