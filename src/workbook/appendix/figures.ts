// How the appendices write figures: the plan's figure with its comparator
// ("≥ 98,1"), the result as a share of the plan, the number formats of the
// sheet cells and the same formats applied by hand for the Word file, so
// both show "98,5" and "1.132" the Vietnamese way.

import { measureKind, round9 } from "../../domain/evaluate";
import type { Op, Target } from "../../domain/plan";
import { formatNumber, formatValue } from "../../i18n/format";
import { type MessageKey, t } from "../../i18n/messages";

/** How a cell's number reads: rates and measures with one or two decimals, counts whole and grouped. */
export type FigureFormat = "rate" | "count" | "measure" | "general" | "text";

/**
 * Number formats tagged Vietnamese ([$-42A]): LibreOffice then prints
 * "98,5" and "1.132" whatever its own locale; Excel ignores the tag for
 * separators and uses the computer's, which is Vietnamese where officers work.
 */
export const NUMBER_FORMATS: Record<Exclude<FigureFormat, "text">, string> = {
  rate: "[$-42A]0.0#",
  count: "[$-42A]#,##0",
  measure: "[$-42A]0.0#",
  general: "[$-42A]General",
};

/** The format of a target's values (Thực hiện, Kết quả năm trước). */
export function valueFormat(target: Target): FigureFormat {
  return measureKind(target);
}

/** The format of a target's gap: a count's gap may be fractional (≈ tolerances), so it reads as General. */
export function gapFormat(target: Target): FigureFormat {
  const kind = measureKind(target);
  return kind === "count" ? "general" : kind;
}

const PLAN_KEYS: Record<Op, MessageKey> = {
  gte: "appendixPlanGte",
  gt: "appendixPlanGt",
  lte: "appendixPlanLte",
  lt: "appendixPlanLt",
  eq: "appendixPlanEq",
  between: "appendixPlanBetween",
  approx: "appendixPlanApprox",
  increase_by: "appendixPlanIncrease",
  decrease_by: "appendixPlanDecrease",
};

/** "≥ 98,1", "9", "80 – 90", "tăng 2,5", "17/17": the plan's figure as the Kế hoạch column shows it. */
export function planText(target: Pick<Target, "op" | "value" | "value_max" | "denominator">): string {
  const value = formatValue({ value: target.value, value_max: null, denominator: target.denominator }, "vi");
  if (target.op === "between" && target.value_max !== null) {
    return t(PLAN_KEYS.between, "vi", { min: formatNumber(target.value, "vi"), max: formatNumber(target.value_max, "vi") });
  }
  return t(PLAN_KEYS[target.op], "vi", { value });
}

/**
 * The result as a percentage of the plan: value / threshold × 100, or for
 * change targets the change achieved / the change planned × 100. Null when
 * there is no value yet or the plan's figure is 0. Rounded to 9 decimals as
 * the sheet's formula is.
 */
export function percentOfPlan(target: Target, value: number | null, start: number | null): number | null {
  if (value === null || target.value === 0) return null;
  if (target.op === "increase_by") return start === null ? null : round9(((value - start) / target.value) * 100);
  if (target.op === "decrease_by") return start === null ? null : round9(((start - value) / target.value) * 100);
  return round9((value / target.value) * 100);
}

/** Excel's rounding of a shown number: half away from zero. */
function roundShown(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Nudged by a relative epsilon so 2.675 (stored as 2.67499999…) rounds as written.
  const rounded = Math.round(scaled * (1 + Number.EPSILON * 4)) / factor;
  return value < 0 ? -rounded : rounded;
}

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * A number as the sheet's format shows it in Vietnamese: "0.0#" → "98,5",
 * "98,0", "98,46"; "#,##0" → "1.132"; General → up to 10 significant digits.
 */
export function formatFigure(value: number, format: FigureFormat): string {
  if (!Number.isFinite(value)) return String(value);
  switch (format) {
    case "count": {
      const rounded = roundShown(value, 0);
      return (rounded < 0 ? "-" : "") + groupThousands(String(Math.abs(rounded)));
    }
    case "rate":
    case "measure": {
      const rounded = roundShown(value, 2);
      let text = Math.abs(rounded).toFixed(2);
      if (text.endsWith("0")) text = text.slice(0, -1);
      return (rounded < 0 ? "-" : "") + text.replace(".", ",");
    }
    case "general":
    case "text":
      // General shows no thousands separators: only the decimal comma stays.
      return formatNumber(Number(value.toPrecision(10)), "vi").replace(/\./g, "");
  }
}
