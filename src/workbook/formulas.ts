// The evaluation rules of src/domain/evaluate written as Excel formulas, one
// builder per column. Each row's formulas are specialised to its target's
// comparator and kind at build time, which keeps them short and readable and
// uses only IF/AND/OR/NOT/ISERROR/ISNUMBER/TRIM/N/COUNT/ROUND/ABS/MIN/SUMIFS/
// COUNTIFS/SUM, so they work in Excel 2016+, Excel on the web and
// LibreOffice 7. One exception, Tổng hợp's list of units without a Mẫu số,
// needs TEXTJOIN (Excel 2019+, LibreOffice 5.2+) and shows only their count
// in older Excel (`lackingDenominatorFormula`). Every comparison and rounding
// step mirrors the engine in the same order; tests/workbook/agreement.test.ts
// holds them to it.

import {
  type EntryField,
  type EvaluationReason,
  EVALUATED,
  entryFields,
  isChangeTarget,
  isRateTarget,
  isStrict,
  measureKind,
  RATE_MISMATCH,
} from "../domain/evaluate";
import type { Target } from "../domain/plan";
import { type AggregateStatus, PROVISIONAL, type Status } from "../domain/tracking";
import { t } from "../i18n/messages";
import { formulaString, quoteSheet } from "./a1";
import { SETTINGS, SHEET, SUMMARY, TRACKING, vi } from "./layout";
import { REASON_WORDS } from "./verdicts";

/** The text the Lý do column shows for a reason ("" when the row was evaluated). */
export function reasonText(reason: EvaluationReason): string {
  return reason === null ? "" : vi(REASON_WORDS[reason].cell);
}

const settingsRef = (cell: string): string => `${quoteSheet(SHEET.settings)}!$${cell.replace(/(\d+)/, "$$$1")}`;
export const RATE_TOLERANCE_REF = settingsRef(SETTINGS.ratePoints);
export const COUNT_TOLERANCE_REF = settingsRef(SETTINGS.countShare);

const str = formulaString;
const or = (parts: string[]): string => (parts.length === 1 ? parts[0] : `OR(${parts.join(",")})`);

/** Cells a gap is computed from: the value, the start value and the thresholds. */
export interface GapRefs {
  value: string;
  start: string;
  threshold: string;
  thresholdMax: string;
}

/** Tolerance in the target's unit, as `toleranceAmount` computes it. */
export function toleranceExpr(target: Target, refs: GapRefs): string {
  if (isRateTarget(target)) return RATE_TOLERANCE_REF;
  const { value: v, threshold: lo, thresholdMax: hi } = refs;
  const base = target.op === "between" && target.value_max !== null ? `IF(${v}-${lo}<=${hi}-${v},${lo},${hi})` : lo;
  return `ROUND(${COUNT_TOLERANCE_REF}*ABS(${base}),9)`;
}

/** The unrounded margin, as `gapOf` computes it. */
export function gapExpr(target: Target, refs: GapRefs): string {
  const { value: v, start: s, threshold: t, thresholdMax: hi } = refs;
  switch (target.op) {
    case "gte":
    case "gt":
    case "eq":
      return `${v}-${t}`;
    case "lte":
    case "lt":
      return `${t}-${v}`;
    case "between":
      return target.value_max === null ? `${v}-${t}` : `MIN(${v}-${t},${hi}-${v})`;
    case "approx":
      return `${v}-${t}+${toleranceExpr(target, refs)}`;
    case "increase_by":
      return `${v}-${s}-${t}`;
    case "decrease_by":
      return `${s}-${v}-${t}`;
  }
}

/** Đạt / Gần đạt / Chưa đạt from a gap cell, as `statusOfGap` decides. */
function judgeExpr(target: Target, gap: string, refs: GapRefs): string {
  const [met, near, missed] = EVALUATED.map(str);
  const metTest = isStrict(target) ? `${gap}>0` : `${gap}>=0`;
  return `IF(${metTest},${met},IF(${gap}>=-${toleranceExpr(target, refs)},${near},${missed}))`;
}

export interface TrackingFormulas {
  reason: string;
  /**
   * Only for rates: Giá trị's formula, Tử số / Mẫu số × 100. The cell is
   * still an entry cell: an accountant who knows only the rate types it
   * over the formula (`onlyRate`), so it reads Tử số and Mẫu số alone and
   * never Lý do, which reads it.
   */
  value: string | null;
  gap: string;
  status: string;
  /** Only for rate change targets (see layout's weightedStart column). */
  weightedStart: string | null;
}

const ENTRY_COLUMN: Record<EntryField, keyof typeof TRACKING> = {
  numerator: "numerator",
  denominator: "denominator",
  start: "start",
  value: "value",
};

/** Stands for the row number in formula templates; never part of a formula otherwise. */
export const ROW = "\u0001";

/** A template's formula for sheet row `r`. */
export function atRow(template: string, r: number): string {
  return template.split(ROW).join(String(r));
}

/** `cellKind(c) === "blank"` as a formula: IF guards TRIM from an error value. */
const blankExpr = (c: string): string => `IF(ISERROR(${c}),FALSE,TRIM(${c})="")`;

/** The checks of `invalidReason`, built inside out over `cells`, so the first test written is the last applied. */
function checksOf(cells: string[], inner: string, why: (key: Exclude<EvaluationReason, null>) => string, middle: string[]): string {
  let check = `IF(COUNT(${cells.join(",")})<${cells.length},${why("missing")},${inner})`;
  for (const test of middle) check = test.replace("@", check);
  // N() reads text and blanks as 0, so these tests never meet text.
  check = `IF(${or(cells.map((c) => `N(${c})<0`))},${why("negative")},${check})`;
  // TRIM(x)="" is blank for a cell of spaces too; anything else that is not a number is text.
  check = `IF(${or(cells.map((c) => `AND(NOT(ISNUMBER(${c})),TRIM(${c})<>"")`))},${why("not_a_number")},${check})`;
  return `IF(${or(cells.map((c) => `ISERROR(${c})`))},${why("error_value")},${check})`;
}

/**
 * Formulas of one Thực hiện row (1-based sheet row `r`), as `evaluateEntry`
 * judges it. With `r` = ROW they are templates: every row of a target has
 * the same formulas relative to its row, which hosts can share.
 */
export function trackingFormulas(target: Target, r: number | typeof ROW): TrackingFormulas {
  const at = (key: keyof typeof TRACKING): string => `${TRACKING[key]}${r}`;
  const cells = entryFields(target).map((field) => at(ENTRY_COLUMN[field]));
  const rate = isRateTarget(target);
  const change = isChangeTarget(target);
  const [n, d, s, v, reason] = [at("numerator"), at("denominator"), at("start"), at("value"), at("reason")];
  const why = (key: Exclude<EvaluationReason, null>): string => str(reasonText(key));

  let check: string;
  if (!rate) {
    check = checksOf(cells, `""`, why, []);
  } else {
    const mismatch = `IF(AND(ISNUMBER(${v}),ABS(${v}-${n}/${d}*100)>${RATE_MISMATCH}),${why("value_mismatch")},"")`;
    const counted = checksOf(cells, `IF(${n}>${d},${why("numerator_above_denominator")},${mismatch})`, why, [
      ...(change ? [`IF(N(${s})>100,${why("rate_above_100")},@)`] : []),
      `IF(AND(ISNUMBER(${d}),${d}=0),${why("denominator_zero")},@)`,
    ]);
    // `onlyRate`: Tử số and Mẫu số blank, a rate typed in Giá trị.
    const rateCells = change ? [v, s] : [v];
    const typed = checksOf(rateCells, `""`, why, [
      ...(change ? [`IF(N(${s})>100,${why("rate_above_100")},@)`] : []),
      `IF(N(${v})>100,${why("value_above_100")},@)`,
    ]);
    check = `IF(${onlyRateExpr(n, d, v)},${typed},${counted})`;
  }

  const value = rate ? `IF(${onlyRateExpr(n, d, v)},${v},ROUND(${n}/${d}*100,9))` : v;
  const refs: GapRefs = { value, start: s, threshold: at("threshold"), thresholdMax: at("thresholdMax") };
  const gap = at("gap");
  const missingStatus: Status = "Thiếu số liệu";
  const invalidStatus: Status = "Không hợp lệ";
  return {
    reason: check,
    value: rate ? `IF(AND(ISNUMBER(${n}),ISNUMBER(${d})),IF(AND(${n}>=0,${d}>0,${n}<=${d}),ROUND(${n}/${d}*100,9),""),"")` : null,
    gap: `IF(${reason}="",ROUND(${gapExpr(target, refs)},9),"")`,
    status:
      `IF(${reason}="",${judgeExpr(target, gap, { ...refs, value: `(${value})` })},` +
      `IF(${reason}=${why("missing")},${str(missingStatus)},${str(invalidStatus)}))`,
    // Only rows with a Mẫu số weigh the start rate; a row given only a rate has none.
    weightedStart: rate && change ? `IF(AND(${reason}="",ISNUMBER(${d})),${s}*${d},"")` : null,
  };
}

/** `onlyRate` as a formula. */
function onlyRateExpr(n: string, d: string, v: string): string {
  return `AND(${blankExpr(n)},${blankExpr(d)},NOT(${blankExpr(v)}))`;
}

export interface SummaryFormulas {
  numerator: string | null;
  denominator: string | null;
  start: string | null;
  value: string;
  gap: string;
  status: string;
  unitCount: string;
  counts: Record<Status, string>;
  /** Only for rates: the units judged on a rate typed alone, as `lackingDenominatorFormula` lists them. An array formula. */
  lackingDenominator: string | null;
}

const STATUS_COLUMN: Record<Status, keyof typeof SUMMARY> = {
  "Đạt": "met",
  "Gần đạt": "near",
  "Chưa đạt": "missed",
  "Thiếu số liệu": "missing",
  "Không hợp lệ": "invalid",
};

/**
 * Formulas of one Tổng hợp row (sheet row `r`), as `aggregateTarget` computes
 * it: over every unit, or only over the units coded `unitCodes` (a xã's
 * subtotal). Those go in as an array constant that SUMPRODUCT adds up, one
 * SUMIFS per code, so Thực hiện needs no column for the xã. `trackingLast`
 * is the last row of the Thực hiện table (`lackingDenominatorFormula`).
 */
export function summaryFormulas(
  target: Target,
  r: number,
  unitCodes: readonly string[] | null,
  trackingLast: number,
): SummaryFormulas {
  const at = (key: keyof typeof SUMMARY): string => `${SUMMARY[key]}${r}`;
  const sheet = quoteSheet(SHEET.tracking);
  // Whole columns: rows a user adds below the table still count.
  const col = (key: keyof typeof TRACKING): string => `${sheet}!$${TRACKING[key]}:$${TRACKING[key]}`;
  const id = `$${SUMMARY.targetId}${r}`;
  const ofUnits = unitCodes === null ? "" : `,${col("unitCode")},{${unitCodes.map(str).join(";")}}`;
  const ofTarget = `${col("targetId")},${id}${ofUnits}`;
  const across = (expr: string): string => (unitCodes === null ? expr : `SUMPRODUCT(${expr})`);
  // Σ over valid rows, one SUMIFS per evaluated status, added in EVALUATED order.
  const validSum = (key: keyof typeof TRACKING): string =>
    EVALUATED.map((status) => across(`SUMIFS(${col(key)},${ofTarget},${col("status")},${str(status)})`)).join("+");
  const valid = `(${at("met")}+${at("near")}+${at("missed")})`;
  const ifValid = (expr: string): string => `IF(${valid}>0,${expr},"")`;

  const kind = measureKind(target);
  const change = isChangeTarget(target);
  let value: string;
  let start: string | null = null;
  // Valid counted rows have Mẫu số > 0, so Σ Mẫu số is 0 only when no unit counted (all typed a rate, or none valid).
  const counted = `N(${at("denominator")})>0`;
  if (kind === "rate") {
    value = `IF(${counted},ROUND(${at("numerator")}/${at("denominator")}*100,9),"")`;
    if (change) start = `IF(${counted},ROUND(${across(`SUMIFS(${col("weightedStart")},${ofTarget})`)}/${at("denominator")},9),"")`;
  } else if (kind === "count") {
    value = ifValid(`ROUND(${validSum("value")},9)`);
    if (change) start = ifValid(`ROUND(${validSum("start")},9)`);
  } else {
    value = ifValid(`ROUND((${validSum("value")})/${valid},9)`);
    if (change) start = ifValid(`ROUND((${validSum("start")})/${valid},9)`);
  }

  const refs: GapRefs = {
    value: at("value"),
    start: at("start"),
    threshold: at("threshold"),
    thresholdMax: at("thresholdMax"),
  };
  const gap = at("gap");
  const counts = Object.fromEntries(
    (Object.keys(STATUS_COLUMN) as Status[]).map((status) => [
      status,
      across(`COUNTIFS(${ofTarget},${col("status")},${str(status)})`),
    ]),
  ) as Record<Status, string>;
  const invalid: Status = "Không hợp lệ";
  const missing: Status = "Thiếu số liệu";
  const provisional: AggregateStatus = PROVISIONAL;
  // Valid rows without a Mẫu số > 0 are the ones given only a rate; ">0" matches numbers only, never blanks or spaces.
  const rateOnly =
    kind === "rate"
      ? `${valid}-(${EVALUATED.map((status) => across(`COUNTIFS(${ofTarget},${col("status")},${str(status)},${col("denominator")},">0")`)).join("+")})`
      : null;
  const judged = judgeExpr(target, gap, refs);
  return {
    numerator: kind === "rate" ? ifValid(validSum("numerator")) : null,
    denominator: kind === "rate" ? ifValid(validSum("denominator")) : null,
    start,
    value,
    gap: `IF(ISNUMBER(${at("value")}),ROUND(${gapExpr(target, refs)},9),"")`,
    status:
      `IF(${at("invalid")}>0,${str(invalid)},` +
      `IF(OR(${at("missing")}>0,${valid}=0),${str(missing)},` +
      (rateOnly === null ? `${judged}))` : `IF(${rateOnly}>0,${str(provisional)},${judged})))`),
    unitCount: `SUM(${at("met")}:${at("invalid")})`,
    counts,
    lackingDenominator: kind === "rate" ? lackingDenominatorFormula(id, unitCodes, trackingLast) : null,
  };
}

/**
 * `lackingDenominator` as a formula: the unit codes of the Thực hiện rows of
 * the target whose ID is in `id` (and of `unitCodes`, for a xã) that were
 * evaluated (Đạt, Gần đạt, Chưa đạt) without a Mẫu số > 0 — the rows the
 * status formula counts as given only a rate — joined by ", " in sheet
 * order. MATCH and ISNUMBER never pass on an error value a cell may hold,
 * as COUNTIFS ignores them.
 *
 * TEXTJOIN over IF(…) needs array evaluation: an array formula in the .xlsx
 * (`SpecFormula.array`), native in Office.js. Excel 2016 and older have no
 * TEXTJOIN (#NAME?), so IFERROR shows how many units there are ("3 đơn
 * vị") instead. The arrays stop at the table's last row `trackingLast`,
 * unlike the whole columns of the other formulas (so a row typed below the
 * table counts in the status but is not listed): an array formula over
 * whole columns computes a million rows per cell at every entry. Even so
 * they are only computed for a target some unit gave only a rate for (two
 * whole-column COUNTIFS tell, as cheaply as the status formula does); each
 * xã's codes are written twice, not more, as Excel caps a formula's length.
 */
function lackingDenominatorFormula(id: string, unitCodes: readonly string[] | null, trackingLast: number): string {
  const sheet = quoteSheet(SHEET.tracking);
  const column = (key: keyof typeof TRACKING): string => `${sheet}!$${TRACKING[key]}:$${TRACKING[key]}`;
  const rows = (key: keyof typeof TRACKING): string => `${sheet}!$${TRACKING[key]}$2:$${TRACKING[key]}$${trackingLast}`;
  const evaluated = `{${EVALUATED.map(str).join(",")}}`;
  const valid = `${column("targetId")},${id},${column("status")},${evaluated}`;
  const anyRateOnly = `SUM(COUNTIFS(${valid}))>SUM(COUNTIFS(${valid},${column("denominator")},">0"))`;

  const isIn = (range: string, values: string): string => `ISNUMBER(MATCH(${range},${values},0))`;
  const denominator = rows("denominator");
  const conditions = [
    isIn(rows("targetId"), id),
    ...(unitCodes === null ? [] : [isIn(rows("unitCode"), `{${unitCodes.map(str).join(";")}}`)]),
    isIn(rows("status"), evaluated),
    `IF(ISNUMBER(${denominator}),${denominator},0)<=0`,
  ];
  const lacking = conditions.map((condition) => `(${condition})`).join("*");
  const listed = `TEXTJOIN(", ",TRUE,IF(${lacking},${rows("unitCode")},""))`;
  // The count in the catalog's words ("{count} đơn vị") as a number format whose zero section is empty,
  // so a xã with none reads "" without a second count.
  const [before, after] = t("wbLackingDenominatorCount", "vi", { count: ROW }).split(ROW).map((part) => (part ? `"${part}"` : ""));
  const counted = `TEXT(SUM(${lacking}),${str(`${before}0${after};;`)})`;
  return `IF(${anyRateOnly},IFERROR(${listed},${counted}),"")`;
}
