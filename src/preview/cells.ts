// Cells of the preview workbook as a person sees and types them: values
// shown the way Vietnamese Excel formats them ("1.132", "98,5", "5%"), text
// typed into a cell turned into a number or text as Excel would, and data
// validation checked on commit as Excel does (type, operator, bounds).

import type { CellValue } from "../domain/tracking";
import { isFormula, type SpecCell, type ValidationSpec } from "../workbook/spec";
import { type CellReader, formulaHolds } from "./conditional";

/** What a cell holds for formulas and readers: a literal, or a formula's (cached) result. */
export function cellValue(cell: SpecCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (isFormula(cell)) return cell.result;
  return cell;
}

const GROUP = ".";
const DECIMAL = ",";

/** Groups the whole part by thousands, Vietnamese style. */
function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
}

/**
 * A number under an Excel number format, for the formats the tracking
 * workbook uses: "General", "#,##0", "0.0#", "0%" (and others built the same
 * way: grouping, required 0 and optional # decimals, a trailing %).
 */
export function formatNumberAs(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const format = numFmt ?? "General";
  if (format === "General") return formatGeneral(value);
  const percent = format.endsWith("%");
  const [wholePart, fractionPart = ""] = format.replace(/%$/, "").split(".");
  const minDecimals = (fractionPart.match(/0/g) ?? []).length;
  const maxDecimals = minDecimals + (fractionPart.match(/#/g) ?? []).length;
  const grouped = wholePart.includes(",");
  const scaled = percent ? value * 100 : value;
  let fixed = Math.abs(scaled).toFixed(maxDecimals);
  // Optional (#) decimals are dropped when zero.
  if (maxDecimals > minDecimals) {
    const [whole, fraction] = fixed.split(".");
    let trimmed = fraction;
    while (trimmed.length > minDecimals && trimmed.endsWith("0")) trimmed = trimmed.slice(0, -1);
    fixed = trimmed.length > 0 ? `${whole}.${trimmed}` : whole;
  }
  const [whole, fraction] = fixed.split(".");
  const negative = scaled < 0 && /[1-9]/.test(fixed);
  const text = (grouped ? group(whole) : whole) + (fraction === undefined ? "" : DECIMAL + fraction);
  return (negative ? "-" : "") + text + (percent ? "%" : "");
}

/** Excel's General: up to 10 significant digits, no grouping, no trailing zeros. */
function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) return value.toExponential(5).replace(".", DECIMAL).toUpperCase();
  const precise = Number(value.toPrecision(10));
  const [whole, fraction] = Math.abs(precise).toString().split(".");
  return (precise < 0 ? "-" : "") + whole + (fraction === undefined ? "" : DECIMAL + fraction);
}

/** What the cell shows. */
export function displayText(cell: SpecCell | undefined, numFmt: string | undefined): string {
  const value = cellValue(cell);
  if (value === null) return "";
  if (typeof value === "number") return formatNumberAs(value, numFmt);
  if (typeof value === "string") return value;
  return value.error;
}

/** The text an editor starts with: the full number (not grouped), a percentage as "5%", text as is. */
export function editText(cell: SpecCell | undefined, numFmt: string | undefined): string {
  const value = cellValue(cell);
  if (value === null) return "";
  if (typeof value === "number") {
    if (numFmt?.endsWith("%")) return `${formatGeneral(value * 100)}%`;
    return formatGeneral(value);
  }
  if (typeof value === "string") return value;
  return value.error;
}

/**
 * A number as typed on a Vietnamese keyboard: "98,5", "1.132", "1.132,5",
 * "-3", "5%". A dot is also taken as a decimal mark where it cannot be a
 * thousands separator ("98.5"), so figures typed the English way are not
 * silently turned into text. Null when the text is not a number.
 */
export function parseTypedNumber(typed: string): { value: number; percent: boolean } | null {
  let text = typed.trim().replace(/\s+/g, "");
  const percent = text.endsWith("%");
  if (percent) text = text.slice(0, -1);
  let normalized: string | null = null;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normalized = text.replace(/\./g, "").replace(",", ".");
  else if (/^[+-]?(\d+(,\d*)?|,\d+)$/.test(text)) normalized = text.replace(",", ".");
  else if (/^[+-]?(\d+\.\d*|\.\d+)$/.test(text)) normalized = text;
  if (normalized === null) return null;
  const value = Number(normalized);
  if (!Number.isFinite(value)) return null;
  return { value: percent ? value / 100 : value, percent };
}

/**
 * What typing `typed` into a cell stores, as Excel would: nothing for an
 * empty entry, a number when it reads as one (in a percent-formatted cell a
 * plain "5" means 5%, Excel's automatic percent entry), text otherwise.
 */
export function typedValue(typed: string, numFmt: string | undefined): CellValue {
  if (typed.trim() === "") return null;
  const number = parseTypedNumber(typed);
  if (number === null) return typed;
  if (!number.percent && numFmt?.endsWith("%")) return number.value / 100;
  return number.value;
}

/** Whether a validation rule accepts a value, with Excel's rules for whole and decimal numbers. */
export function passesValidation(value: CellValue, rule: ValidationSpec): boolean {
  // Clearing a cell is allowed whenever blanks are (Excel never checks a Delete).
  if (value === null) return rule.allowBlank;
  if (typeof value !== "number") return false;
  // A custom rule needs the sheet around the cell: `checkEntry`.
  if (rule.type === "custom") return false;
  if (rule.type === "whole" && !Number.isInteger(value)) return false;
  const [low, high] = rule.formulae;
  if (rule.operator === "greaterThanOrEqual") return value >= low;
  return value >= low && value <= high;
}

/** What a cell's validation makes of an entry: taken, refused (Stop), or taken with a warning (Excel's Warning style). */
export type EntryCheck = "ok" | "refused" | "warned";

/**
 * Checks `value` typed at (row, column) against the cell's validation as
 * Excel would: basic rules by type and bounds, a custom rule by evaluating
 * its formula (written for `anchor`, the first range's top-left) with `read`,
 * which must already see `value` in that cell. A cleared cell is never
 * checked by a custom rule, as Excel never checks a Delete.
 */
export function checkEntry(
  value: CellValue,
  rule: ValidationSpec,
  anchor: { row: number; column: number },
  at: { row: number; column: number },
  read: CellReader,
): EntryCheck {
  let passes: boolean;
  if (rule.type === "custom") passes = value === null || (rule.formula !== undefined && formulaHolds(rule.formula, anchor, at.row, at.column, read));
  else passes = passesValidation(value, rule);
  if (passes) return "ok";
  return rule.errorStyle === "warning" ? "warned" : "refused";
}
