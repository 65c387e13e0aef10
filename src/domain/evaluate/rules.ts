// What kind of figure a target asks for, which entry cells it needs, and how
// a value compares with its threshold. The workbook formulas
// (src/workbook/formulas.ts) spell out exactly these rules; the LibreOffice
// agreement test keeps the two in step.

import type { Target } from "../plan";
import { DISTRICT_UNIT_CODE, type Entry, type Status, type Tolerance, type Unit } from "../tracking";

/**
 * "rate": a share in percent, entered as Tử số / Mẫu số.
 * "count": a number of things (schools, classes); aggregates add up.
 * "measure": a score, level, ratio or duration; adding them up means nothing,
 * so the district figure is the mean over units.
 */
export type MeasureKind = "rate" | "count" | "measure";

/** Units whose figures do not add up across units (a score, a level, a duration). */
const NON_ADDITIVE_UNITS = new Set(["điểm", "mức", "mức độ", "tháng", "năm", "ngày", "tuổi", "giờ", "tiết"]);

export function isRateTarget(target: Target): boolean {
  return target.unit.trim() === "%";
}

export function isChangeTarget(target: Target): boolean {
  return target.op === "increase_by" || target.op === "decrease_by";
}

export function measureKind(target: Target): MeasureKind {
  if (isRateTarget(target)) return "rate";
  const unit = target.unit.trim().toLowerCase();
  const fractional = !Number.isInteger(target.value) || (target.value_max !== null && !Number.isInteger(target.value_max));
  // "giáo viên/lớp", "lần/năm học": per-something ratios and frequencies.
  if (fractional || unit.includes("/") || NON_ADDITIVE_UNITS.has(unit)) return "measure";
  return "count";
}

/**
 * Units of measure that count organisational units: "có 09 trường đạt chuẩn
 * quốc gia", "duy trì 17/17 xã đạt chuẩn phổ cập", "sáp nhập 05 cặp trường".
 * Such a figure is about the district as a whole; no single school can have
 * "9 trường". The one list of them, matched on the trimmed, lower-case unit.
 */
export const ORGANISATIONAL_UNITS: ReadonlySet<string> = new Set([
  "trường",
  "trường học",
  "điểm trường",
  "cặp trường",
  "xã",
  "phường",
  "thị trấn",
  "huyện",
  "đơn vị",
  "cơ sở",
  "cơ sở giáo dục",
]);

/** Attainment levels ("phổ cập giáo dục tiểu học mức độ 3") are the district's too. */
const ATTAINMENT_UNITS: ReadonlySet<string> = new Set(["mức độ"]);

/** A target measured on an attainment scale ("phổ cập giáo dục tiểu học mức độ 3"). */
export function isAttainmentTarget(target: Target): boolean {
  return ATTAINMENT_UNITS.has(target.unit.trim().toLowerCase());
}

/**
 * A district-level target: a count of organisational units (`ORGANISATIONAL_UNITS`)
 * or an attainment level ("mức độ"). Only the district unit reports on it.
 */
export function isDistrictTarget(target: Target): boolean {
  const unit = target.unit.trim().toLowerCase();
  return ORGANISATIONAL_UNITS.has(unit) || ATTAINMENT_UNITS.has(unit);
}

/** The unit that stands for the whole district (code HUYEN). */
export function isDistrictUnit(unit: Unit): boolean {
  return unit.code === DISTRICT_UNIT_CODE;
}

/**
 * Whether `unit` reports on `target` in a workbook tracking `units` (every
 * unit of the workbook, the district unit included). Baselines ("hiện
 * trạng") state where the district stood, not something to reach, so no unit
 * tracks them. When the district unit is the only unit (no unit list was
 * given), it tracks every target. Otherwise district-level targets
 * (`isDistrictTarget`) go to the district unit only, and every other target
 * to the schools serving its level ("chung": every school), not to the
 * district unit.
 */
export function appliesTo(target: Target, unit: Unit, units: readonly Unit[]): boolean {
  if (target.kind !== "target") return false;
  if (isDistrictUnit(unit)) return isDistrictTarget(target) || units.every(isDistrictUnit);
  if (isDistrictTarget(target)) return false;
  return target.level === "chung" || unit.levels.includes(target.level);
}

export type EntryField = keyof Entry;

/** The entry cells a target needs, in the order the workbook checks them. */
export function entryFields(target: Target): EntryField[] {
  const fields: EntryField[] = isRateTarget(target) ? ["numerator", "denominator"] : ["value"];
  if (isChangeTarget(target)) fields.push("start");
  return fields;
}

/**
 * Every entry cell a person may type for a target: `entryFields`, and for a
 * rate its Giá trị too, where a rate known without Tử số/Mẫu số is typed
 * over the formula. What is carried, collected and counted as filled.
 */
export function typedFields(target: Target): EntryField[] {
  return isRateTarget(target) ? [...entryFields(target), "value"] : entryFields(target);
}

/** A strict comparator (>, <) is met only with room to spare. */
export function isStrict(target: Target): boolean {
  return target.op === "gt" || target.op === "lt";
}

/** Excel's ROUND(x, 9): half away from zero. Values and gaps go through it in
 * both the engine and the formulas so that floating-point noise (57/100*100 =
 * 56.99999999999999) never decides a status, and LibreOffice's habit of
 * snapping near-zero differences to 0 cannot disagree with JavaScript. */
export function round9(x: number): number {
  const scaled = Math.abs(x) * 1e9;
  // Beyond 2^52 there are no decimals left to round.
  if (scaled >= 2 ** 52) return x;
  const rounded = Math.round(scaled) / 1e9;
  return x < 0 ? -rounded : rounded;
}

/**
 * The threshold a count tolerance is a share of: the threshold itself, or for
 * "từ … đến" the bound the value is nearer to failing (the one it misses).
 */
function toleranceBase(target: Target, value: number): number {
  if (target.op === "between" && target.value_max !== null) {
    return value - target.value <= target.value_max - value ? target.value : target.value_max;
  }
  return target.value;
}

/**
 * How far short still counts as "Gần đạt", in the target's unit: percentage
 * points for rates, a share of the threshold for everything else.
 */
export function toleranceAmount(target: Target, tolerance: Tolerance, value: number): number {
  if (isRateTarget(target)) return tolerance.ratePoints;
  return round9(tolerance.countShare * Math.abs(toleranceBase(target, value)));
}

/**
 * The signed margin in the target's unit: positive means met with room,
 * negative means short by that much. "≈" is met from threshold − tolerance,
 * so its gap is measured from there: value − (threshold − tolerance).
 * `start` is only read for change targets.
 */
export function gapOf(target: Target, value: number, start: number | null, tolerance: Tolerance): number {
  const t = target.value;
  switch (target.op) {
    case "gte":
    case "gt":
    case "eq":
      return round9(value - t);
    case "lte":
    case "lt":
      return round9(t - value);
    case "between":
      if (target.value_max === null) return round9(value - t);
      return round9(Math.min(value - t, target.value_max - value));
    case "approx":
      return round9(value - t + toleranceAmount(target, tolerance, value));
    case "increase_by":
      return round9(value - (start ?? 0) - t);
    case "decrease_by":
      return round9((start ?? 0) - value - t);
  }
}

/** Đạt / Gần đạt / Chưa đạt for a gap computed by `gapOf`. */
export function statusOfGap(target: Target, gap: number, value: number, tolerance: Tolerance): Status {
  const met = isStrict(target) ? gap > 0 : gap >= 0;
  if (met) return "Đạt";
  return gap >= -toleranceAmount(target, tolerance, value) ? "Gần đạt" : "Chưa đạt";
}
