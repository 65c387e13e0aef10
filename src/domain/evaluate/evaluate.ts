// One Thực hiện row: what a unit entered for a target, judged the way the
// row's formulas judge it (src/workbook/formulas.ts).

import type { Target } from "../plan";
import { type CellValue, DEFAULT_TOLERANCE, type Entry, type Status, type Tolerance } from "../tracking";
import { entryFields, gapOf, isChangeTarget, isRateTarget, round9, statusOfGap } from "./rules";

export type EvaluationReason =
  | "missing"
  | "denominator_zero"
  | "numerator_above_denominator"
  | "negative"
  | "rate_above_100"
  | "value_above_100"
  | "value_mismatch"
  | "not_a_number"
  | "error_value"
  | null;

export interface Evaluation {
  /** The figure compared with the threshold (Tử số / Mẫu số × 100 for rates); null unless evaluated. */
  value: number | null;
  /** Signed margin in the target's unit (see `gapOf`); null unless evaluated. */
  gap: number | null;
  status: Status;
  /** Why the row is "Thiếu số liệu" or "Không hợp lệ"; null when it was evaluated. */
  reason: EvaluationReason;
  /** A rate target judged on a rate typed in Giá trị, without Tử số and Mẫu số (`onlyRate`). */
  rateOnly: boolean;
}

/** A cell as the formulas see it: ISERROR, ISNUMBER, TRIM(x)="" and otherwise text. */
export type CellKind = "error" | "number" | "blank" | "text";

export function cellKind(cell: CellValue): CellKind {
  if (cell === null) return "blank";
  if (typeof cell === "number") return Number.isFinite(cell) ? "number" : "error";
  if (typeof cell === "string") {
    // Excel's and LibreOffice's TRIM remove only U+0020, so a cell of spaces
    // is blank and a cell holding a no-break space is text, in both worlds.
    return /^ *$/.test(cell) ? "blank" : "text";
  }
  return "error";
}

function numberOr(cell: CellValue, fallback: number): number {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : fallback;
}

const EMPTY: Omit<Evaluation, "status" | "reason"> = { value: null, gap: null, rateOnly: false };

/**
 * A rate target's row gives only a rate: Tử số and Mẫu số blank and
 * something typed in Giá trị (which then replaced our formula; a formula
 * reads as null here). Anything in Tử số or Mẫu số means the accountant is
 * counting, and those two decide as before.
 */
export function onlyRate(target: Target, entry: Entry): boolean {
  return (
    isRateTarget(target) &&
    cellKind(entry.numerator) === "blank" &&
    cellKind(entry.denominator) === "blank" &&
    cellKind(entry.value) !== "blank"
  );
}

/** What the fields of a row given only a rate can be wrong in, in the order the formula checks them. */
function rateOnlyReason(target: Target, entry: Entry): EvaluationReason {
  const fields: (keyof Entry)[] = isChangeTarget(target) ? ["value", "start"] : ["value"];
  const kinds = fields.map((field) => cellKind(entry[field]));
  if (kinds.includes("error")) return "error_value";
  if (kinds.includes("text")) return "not_a_number";
  if (fields.some((field) => numberOr(entry[field], 0) < 0)) return "negative";
  if (numberOr(entry.value, 0) > 100) return "value_above_100";
  if (isChangeTarget(target) && numberOr(entry.start, 0) > 100) return "rate_above_100";
  if (kinds.includes("blank")) return "missing";
  return null;
}

/**
 * Giá trị's formula on a rate row (when nothing was typed over it): Tử số /
 * Mẫu số × 100 when both are numbers that make a rate, else blank. It looks
 * at those two cells only, never at Lý do, because Lý do now reads Giá trị.
 */
export function computedRate(entry: Entry): number | null {
  const { numerator: n, denominator: d } = entry;
  if (typeof n !== "number" || typeof d !== "number" || !Number.isFinite(n) || !Number.isFinite(d)) return null;
  return n >= 0 && d > 0 && n <= d ? round9((n / d) * 100) : null;
}

/** A rate typed beside Tử số and Mẫu số may differ from theirs by display rounding (98,5 for 98,4615…), no more. */
export const RATE_MISMATCH = 0.05;
/**
 * Checks, in this order (the first that applies wins): an error value, text
 * where a number belongs, a negative number, a denominator of 0, a start rate
 * above 100 — each wrong whatever else is entered, so "Không hợp lệ"; then a
 * needed cell left blank (nothing or only part entered), "Thiếu số liệu";
 * then a numerator above its denominator, "Không hợp lệ". Only the cells the
 * target needs (`entryFields`) are looked at.
 */
export function invalidReason(target: Target, entry: Entry): EvaluationReason {
  if (onlyRate(target, entry)) return rateOnlyReason(target, entry);
  const fields = entryFields(target);
  const kinds = fields.map((field) => cellKind(entry[field]));
  if (kinds.includes("error")) return "error_value";
  if (kinds.includes("text")) return "not_a_number";
  if (fields.some((field) => numberOr(entry[field], 0) < 0)) return "negative";
  const rate = isRateTarget(target);
  if (rate && typeof entry.denominator === "number" && entry.denominator === 0) return "denominator_zero";
  if (rate && isChangeTarget(target) && numberOr(entry.start, 0) > 100) return "rate_above_100";
  if (kinds.includes("blank")) return "missing";
  if (rate && (entry.numerator as number) > (entry.denominator as number)) return "numerator_above_denominator";
  // A rate typed over the formula beside Tử số and Mẫu số must say the same, or the status would silently follow one of them.
  if (rate && typeof entry.value === "number") {
    const n = entry.numerator as number;
    const d = entry.denominator as number;
    if (Math.abs(entry.value - (n / d) * 100) > RATE_MISMATCH) return "value_mismatch";
  }
  return null;
}

/** The value a valid entry stands for: Tử số / Mẫu số × 100 for rates (or the rate typed alone), else Giá trị. */
export function entryValue(target: Target, entry: Entry): number {
  if (onlyRate(target, entry)) return entry.value as number;
  if (isRateTarget(target)) return round9(((entry.numerator as number) / (entry.denominator as number)) * 100);
  return entry.value as number;
}

export function evaluateEntry(target: Target, entry: Entry, tolerance: Tolerance = DEFAULT_TOLERANCE): Evaluation {
  const reason = invalidReason(target, entry);
  if (reason === "missing") return { ...EMPTY, status: "Thiếu số liệu", reason };
  if (reason !== null) return { ...EMPTY, status: "Không hợp lệ", reason };
  const value = entryValue(target, entry);
  const start = isChangeTarget(target) ? (entry.start as number) : null;
  const gap = gapOf(target, value, start, tolerance);
  return { value, gap, status: statusOfGap(target, gap, value, tolerance), reason: null, rateOnly: onlyRate(target, entry) };
}
