// Row heights for wrapped text. Excel does not grow a row to fit wrapped
// text when it opens a file (only when a cell is edited), so a description
// that wants readable rows must say how tall they are. This estimates it by
// word-wrapping at the column width; it errs towards a line too many.

import { MAX_ROW_HEIGHT } from "./spec";

/** Characters of Times New Roman 11 that fit in one width unit (one Calibri "0"), measured on LibreOffice output with some slack. */
const CHARS_PER_WIDTH_UNIT = 1.2;
/** Points per line of Times New Roman 11, and padding per row. */
export const LINE_HEIGHT = 14.5;
const ROW_PADDING = 2;
export const DEFAULT_ROW_HEIGHT = 15;

const cache = new Map<string, number>();

/** Lines `text` takes in a wrapped column `width` wide (memoised: the same indicator repeats for every unit). */
export function wrappedLines(text: string, width: number, bold = false): number {
  const key = `${width}|${bold ? 1 : 0}|${text}`;
  let lines = cache.get(key);
  if (lines === undefined) {
    lines = countLines(text, width, bold);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, lines);
  }
  return lines;
}

function countLines(text: string, width: number, bold: boolean): number {
  const capacity = Math.max(1, Math.floor((width - 1) * CHARS_PER_WIDTH_UNIT * (bold ? 0.92 : 1)));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= capacity) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than a line breaks across lines.
      lines += Math.floor(Math.max(0, word.length - 1) / capacity);
      used = word.length % capacity || capacity;
    }
  }
  return lines;
}

/** Height in points for a row whose tallest wrapped cell needs `lines` lines; null keeps the default. Never above Excel's 409 points. */
export function rowHeight(lines: number): number | null {
  if (lines <= 1) return null;
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT + ROW_PADDING));
}
