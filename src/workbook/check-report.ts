// What `chitieu check` finds in a filled workbook: every Thực hiện row
// evaluated by the engine, every target aggregated over its units, ordered
// worst first. Pure: the workbook is already read, nothing is printed here.

import { type Aggregate, type Evaluation, aggregateTarget, appliesTo, evaluateEntry } from "../domain/evaluate";
import type { Target } from "../domain/plan";
import { type AggregateStatus, type Entry, PROVISIONAL, STATUSES } from "../domain/tracking";
import type { TrackingBook } from "./book";

export interface CheckedRow {
  sheetRow: number;
  unitCode: string;
  unitName: string;
  target: Target;
  evaluation: Evaluation;
}

export interface CheckedTarget {
  target: Target;
  aggregate: Aggregate;
}

export interface CheckReport {
  /** In sheet order. */
  rows: CheckedRow[];
  /** One per target that has rows, in plan order: the Tổng hợp sheet. */
  summary: CheckedTarget[];
  /** Unit × target pairs the workbook was made with that no row reports on (deleted rows). */
  missingRows: number;
}

export function checkBook(book: TrackingBook): CheckReport {
  const targets = new Map(book.plan.targets.map((target) => [target.id, target]));
  const rows: CheckedRow[] = [];
  const entriesByTarget = new Map<string, Entry[]>();
  const codesByTarget = new Map<string, string[]>();
  const reported = new Set<string>();
  for (const row of book.rows) {
    // The reader already leaves out, and reports, rows whose target is not in the plan.
    const planned = targets.get(row.targetId);
    if (planned === undefined) continue;
    // A row whose Ngưỡng was edited is judged as its formulas judge it, against the number on the sheet
    // (the reader reports the edit). The district total keeps the plan's threshold, as Tổng hợp does.
    const target: Target = row.threshold ? { ...planned, value: row.threshold.value, value_max: row.threshold.valueMax } : planned;
    rows.push({
      sheetRow: row.sheetRow,
      unitCode: row.unitCode,
      unitName: row.unitName,
      target,
      evaluation: evaluateEntry(target, row.entry, book.tolerance),
    });
    const entries = entriesByTarget.get(planned.id) ?? [];
    entries.push(row.entry);
    entriesByTarget.set(planned.id, entries);
    const codes = codesByTarget.get(planned.id) ?? [];
    codes.push(row.unitCode);
    codesByTarget.set(planned.id, codes);
    reported.add(pairKey(row.unitCode, target.id));
  }
  const summary = book.plan.targets.flatMap((target) => {
    const entries = entriesByTarget.get(target.id);
    return entries === undefined ? [] : [{ target, aggregate: aggregateTarget(target, entries, book.tolerance, codesByTarget.get(target.id)) }];
  });
  let missingRows = 0;
  for (const unit of book.units) {
    for (const target of book.plan.targets) {
      if (appliesTo(target, unit, book.units) && !reported.has(pairKey(unit.code, target.id))) missingRows += 1;
    }
  }
  return { rows, summary, missingRows };
}

function pairKey(unitCode: string, targetId: string): string {
  return `${unitCode}\u0000${targetId}`;
}

/**
 * Every row and every district total is "Đạt", and nothing is unaccounted
 * for: a deleted row is a unit whose target nobody can call met.
 */
export function everythingMet(report: CheckReport): boolean {
  return (
    report.rows.length > 0 &&
    report.missingRows === 0 &&
    report.rows.every((row) => row.evaluation.status === "Đạt") &&
    report.summary.every((entry) => entry.aggregate.status === "Đạt")
  );
}

export function countByStatus(statuses: Iterable<AggregateStatus>): Record<AggregateStatus, number> {
  const counts = Object.fromEntries([...STATUSES, PROVISIONAL].map((status) => [status, 0])) as Record<AggregateStatus, number>;
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * Worst first: missed, then nearly met, then invalid entries, then missing
 * ones, then met; within a status, the largest shortfall first. Gaps are in
 * each target's own unit (percentage points, schools, pupils), so they are
 * compared relative to the threshold: 2 schools short of 9 is worse than
 * 2 points short of 95%.
 */
const STATUS_ORDER: Record<AggregateStatus, number> = {
  "Chưa đạt": 0,
  "Gần đạt": 1,
  "Không hợp lệ": 2,
  "Thiếu số liệu": 3,
  "Tạm tính": 4,
  Đạt: 5,
};

export function compareWorstFirst(
  a: { target: Target; status: AggregateStatus; gap: number | null },
  b: { target: Target; status: AggregateStatus; gap: number | null },
): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || relativeGap(a) - relativeGap(b);
}

function relativeGap({ target, gap }: { target: Target; gap: number | null }): number {
  if (gap === null) return 0;
  return gap / (Math.abs(target.value) || 1);
}
