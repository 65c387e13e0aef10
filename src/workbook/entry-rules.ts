// What each entry cell of Thực hiện accepts, as Excel data validation: the
// one owner of every entry rule. The description writes these validations
// into the book (so Excel, LibreOffice and WPS apply them with nothing
// installed) and the preview grid checks typed and pasted figures against
// the very same ValidationSpec (src/preview/cells.ts evaluates the custom
// formulas), so a rule changed here changes everywhere at once.
//
// The rules, by kind of row:
// - rate: Tử số and Mẫu số are whole numbers ≥ 0, and Tử số ≤ Mẫu số, a
//   custom formula on both cells (whichever is typed second is refused);
//   Giá trị and Đầu kỳ are rates 0–100.
// - count: whole numbers ≥ 0. Giá trị of a count with a plan figure ≥ 1 (not
//   a change) carries a plausibility check instead, warning-style: more than
//   PLAUSIBLE_FACTOR times the plan's figure asks before keeping it.
// - attainment level ("mức độ"): a whole number on ATTAINMENT_SCALE.
// - other measures: numbers ≥ 0.

import { isAttainmentTarget, isChangeTarget, type MeasureKind, measureKind } from "../domain/evaluate";
import type { Target } from "../domain/plan";
import { type MessageKey, t } from "../i18n/messages";
import { parseRange } from "./a1";
import { ROW, atRow } from "./formulas";
import { TRACKING, vi } from "./layout";
import type { ValidationSpec } from "./spec";

/**
 * A count above this many times the plan's figure is queried. Why 5: an
 * extra zero (typing 90 for 9) multiplies by 10, so 5× catches it for any
 * figure at least half the plan's; a figure typed into the wrong row (450
 * pupils into a "5 phòng học" row) is far above it; and a school that is
 * truly five times its target is rare enough that one question is cheap.
 * It only asks: the figure is kept when the person confirms it.
 */
export const PLAUSIBLE_FACTOR = 5;

/** Attainment levels of phổ cập and xoá mù chữ run from 1 to 3. */
export const ATTAINMENT_SCALE = { min: 1, max: 3 } as const;

/** A validation without its ranges; a custom formula is a template over ROW (the row of the range's top). */
export type EntryRule = Omit<ValidationSpec, "ranges">;

type EntryField = "numerator" | "denominator" | "start" | "value";

/** The rule on each entry cell of a row (null: the cell is not an entry cell). */
export type RowRules = Record<EntryField, EntryRule | null>;

const cell = (column: keyof typeof TRACKING): string => `${TRACKING[column]}${ROW}`;
const anchored = (column: keyof typeof TRACKING): string => `$${TRACKING[column]}${ROW}`;
/** A whole number, 0 or more, as a formula: what the "whole ≥ 0" rule says. */
const wholeExpr = (c: string): string => `ISNUMBER(${c}),${c}=INT(${c}),${c}>=0`;

function basic(type: "whole" | "decimal", formulae: number[], title: string, prompt: string, error: string): EntryRule {
  return {
    type,
    operator: formulae.length === 2 ? "between" : "greaterThanOrEqual",
    formulae,
    allowBlank: true,
    promptTitle: title,
    prompt,
    errorTitle: title,
    error,
  };
}

/**
 * A custom rule. Blank cells are never checked (Excel does not validate a
 * cleared cell), and "ignore blank" stays off: with it on, Excel accepts
 * anything while a cell the formula reads is blank.
 */
function custom(formula: string, style: "stop" | "warning", keys: { title: MessageKey; prompt: MessageKey; errorTitle: MessageKey; error: MessageKey }, params: Record<string, number> = {}): EntryRule {
  return {
    type: "custom",
    operator: "between",
    formulae: [],
    formula,
    errorStyle: style,
    allowBlank: false,
    promptTitle: t(keys.title, "vi", params),
    prompt: t(keys.prompt, "vi", params),
    errorTitle: t(keys.errorTitle, "vi", params),
    error: t(keys.error, "vi", params),
  };
}

export const WHOLE_RULE = basic("whole", [0], vi("wbDvWholeTitle"), vi("wbDvWholePrompt"), vi("wbDvWholeError"));
export const RATE_RULE = basic("decimal", [0, 100], vi("wbDvRateTitle"), vi("wbDvRatePrompt"), vi("wbDvRateError"));
export const DECIMAL_RULE = basic("decimal", [0], vi("wbDvDecimalTitle"), vi("wbDvDecimalPrompt"), vi("wbDvDecimalError"));
export const SHARE_RULE = basic("decimal", [0, 1], vi("wbDvShareTitle"), vi("wbDvSharePrompt"), vi("wbDvShareError"));

const scale = { min: ATTAINMENT_SCALE.min, max: ATTAINMENT_SCALE.max };
export const LEVEL_RULE = basic(
  "whole",
  [ATTAINMENT_SCALE.min, ATTAINMENT_SCALE.max],
  t("entryDvLevelTitle", "vi", scale),
  t("entryDvLevelPrompt", "vi", scale),
  t("entryDvLevelError", "vi", scale),
);

const [numerator, denominator] = [cell("numerator"), cell("denominator")];
export const NUMERATOR_RULE = custom(`AND(${wholeExpr(numerator)},OR(NOT(ISNUMBER(${denominator})),${numerator}<=${denominator}))`, "stop", {
  title: "entryDvNumeratorTitle",
  prompt: "entryDvNumeratorPrompt",
  errorTitle: "entryDvNumeratorTitle",
  error: "entryDvNumeratorError",
});
export const DENOMINATOR_RULE = custom(`AND(${wholeExpr(denominator)},OR(NOT(ISNUMBER(${numerator})),${numerator}<=${denominator}))`, "stop", {
  title: "entryDvDenominatorTitle",
  prompt: "entryDvDenominatorPrompt",
  errorTitle: "entryDvDenominatorTitle",
  error: "entryDvDenominatorError",
});

/** Giá trị of a count against `bound` (the plan's figure, or the upper one of "từ … đến"), warning-style. */
function plausibleCount(bound: "threshold" | "thresholdMax"): EntryRule {
  const value = cell("value");
  return custom(`AND(${wholeExpr(value)},${value}<=${PLAUSIBLE_FACTOR}*${anchored(bound)})`, "warning", {
    title: "entryDvCountTitle",
    prompt: "entryDvCountPrompt",
    errorTitle: "entryDvCountWarningTitle",
    error: "entryDvCountWarning",
  }, { factor: PLAUSIBLE_FACTOR });
}
export const PLAUSIBLE_COUNT_RULE = plausibleCount("threshold");
export const PLAUSIBLE_COUNT_MAX_RULE = plausibleCount("thresholdMax");

/** The figure a count is measured against for plausibility, or null when there is none to go by. */
function plausibilityBound(target: Target): "threshold" | "thresholdMax" | null {
  if (isChangeTarget(target)) return null;
  // "từ … đến": the upper figure; a plan figure of 0 ("không còn…") says nothing about size.
  if (target.op === "between" && target.value_max !== null) return target.value_max >= 1 ? "thresholdMax" : null;
  return target.value >= 1 ? "threshold" : null;
}

/** Every entry cell's rule for a target's row. */
export function rowRules(target: Target): RowRules {
  const kind: MeasureKind = measureKind(target);
  const change = isChangeTarget(target);
  if (kind === "rate") {
    return { numerator: NUMERATOR_RULE, denominator: DENOMINATOR_RULE, start: change ? RATE_RULE : null, value: RATE_RULE };
  }
  if (kind === "count") {
    const bound = plausibilityBound(target);
    const value = bound === "threshold" ? PLAUSIBLE_COUNT_RULE : bound === "thresholdMax" ? PLAUSIBLE_COUNT_MAX_RULE : WHOLE_RULE;
    return { numerator: null, denominator: null, start: change ? WHOLE_RULE : null, value };
  }
  const rule = isAttainmentTarget(target) ? LEVEL_RULE : DECIMAL_RULE;
  return { numerator: null, denominator: null, start: change ? rule : null, value: rule };
}

/** A short name for a row's rules, so consecutive rows with the same ones share ranges. */
export function rowRulesKey(target: Target): string {
  const rules = rowRules(target);
  return (["numerator", "denominator", "start", "value"] as const)
    .map((field) => {
      const rule = rules[field];
      return rule === null ? "-" : `${rule.type}:${rule.formula ?? rule.formulae.join("/")}:${rule.promptTitle}`;
    })
    .join("|");
}

/** Collects ranges per rule, as FormatLayer does per style; a custom formula is written for the first range's top row. */
export class ValidationLayer {
  private readonly byRule = new Map<string, { rule: EntryRule; ranges: string[] }>();

  add(range: string, rule: EntryRule): void {
    const key = JSON.stringify(rule);
    const found = this.byRule.get(key);
    if (found) found.ranges.push(range);
    else this.byRule.set(key, { rule, ranges: [range] });
  }

  validations(): ValidationSpec[] {
    return [...this.byRule.values()].map(({ rule, ranges }) => {
      const validation: ValidationSpec = { ranges, ...rule };
      if (rule.formula !== undefined) validation.formula = atRow(rule.formula, parseRange(ranges[0]).top);
      return validation;
    });
  }
}
