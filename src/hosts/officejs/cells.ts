// Spec cells as Office.js writes them. Values and formulas go in one
// `formulas` array per block; Excel parses every string in it as if typed,
// so text that could read as something else must be protected first.

import { isFormula, type SpecCell } from "../../workbook/spec";
import { columnLetter, columnNumber } from "../../workbook/a1";

/** English month names and abbreviations, which make "Mar 5" or "5-March" a date. */
const MONTHS = new Set(
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].concat(
    ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"],
  ),
);

/** Whether a letter run can sit inside a number, date or time of `text`: an exponent, AM/PM after a time, a month. */
function numericWord(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if (lower === "e") return /\d[eE][+-]?\d/.test(text);
  if (lower === "a" || lower === "p" || lower === "am" || lower === "pm") return text.includes(":") || /\d\s*(am?|pm?)$/i.test(text);
  return MONTHS.has(lower);
}

/**
 * Whether Excel could store `text`, written through `Range.formulas` or
 * `values`, as anything but that text: a formula ("=", "+", "-", "@"), an
 * error ("#N/A"), a logical (TRUE), or a number, date, time, percentage,
 * fraction or amount ("01", "1/2", "12%", "2024-09-05", "Mar 5", "$5").
 * Errs on the side of yes: a false yes costs a number format written twice,
 * a false no corrupts a cell. Text with a word that is not part of a number
 * ("Trường số 5", "01/KH-UBND") or with no digit at all stays text.
 */
export function excelMayConvert(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  if ("=+-@#".includes(trimmed[0])) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  if (!/\d/.test(trimmed)) return false;
  const words = trimmed.match(/\p{L}+/gu) ?? [];
  return words.every((word) => numericWord(word, trimmed));
}

/** A spec cell as an item of a `formulas` array: "" empties the cell, formulas get their "=". */
export function formulaItem(cell: SpecCell | undefined): string | number {
  if (cell === null || cell === undefined) return "";
  if (isFormula(cell)) return `=${cell.formula}`;
  if (typeof cell === "object") return cell.error;
  if (typeof cell === "number") return cell;
  // Excel drops a leading apostrophe as its "this is text" mark: a second one keeps the first,
  // and a lone one stores empty text, as the .xlsx does ("" would empty the cell instead).
  if (cell.startsWith("'") || cell === "") return `'${cell}`;
  return cell;
}

/** Whether the cell is text that needs the Text number format ("@") while it is written. */
export function needsTextFormat(cell: SpecCell | undefined): boolean {
  return typeof cell === "string" && !cell.startsWith("'") && excelMayConvert(cell);
}

/**
 * Moves the relative references of an A1 formula by `rows` and `columns`
 * ("$N2" by one row → "$N3"), as Excel does when a rule written for one
 * range's top-left cell is applied from another's. Text in quotes, sheet
 * names in quotes and function names are left alone.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A quoted string or sheet name, with doubled quotes inside.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const match = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_.])/.exec(formula.slice(i));
    const previous = i > 0 ? formula[i - 1] : "";
    if (match && !/[A-Za-z0-9_.$]/.test(previous)) {
      const [whole, columnFixed, letters, rowFixed, digits] = match;
      const column = columnFixed ? letters : columnLetter(columnNumber(letters) + columns);
      const row = rowFixed ? digits : String(Number(digits) + rows);
      out += `${columnFixed}${column}${rowFixed}${row}`;
      i += whole.length;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
