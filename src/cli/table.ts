// Aligned plain-text tables for the terminal. Widths count what a terminal
// shows: combining marks (decomposed Vietnamese tones) take no column.

import { largest } from "../domain/largest";

export type Align = "left" | "right";

const COLUMN_GAP = "  ";

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) if (!/\p{M}/u.test(char)) width += 1;
  return width;
}

/** Cuts text to `max` columns, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = "";
  let width = 0;
  for (const char of text) {
    const w = /\p{M}/u.test(char) ? 0 : 1;
    if (width + w > max - 1) break;
    out += char;
    width += w;
  }
  return out.trimEnd() + "…";
}

function pad(text: string, width: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

export function renderTable(headers: readonly string[][], rows: readonly string[][], align: readonly Align[]): string {
  const all = [...headers, ...rows];
  const widths = align.map((_, column) => largest(all.map((row) => displayWidth(row[column] ?? "")), 0));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => pad(cell, widths[column], align[column])).join(COLUMN_GAP).trimEnd();
  const rule = widths.map((width) => "─".repeat(width)).join(COLUMN_GAP);
  return [...headers.map(line), rule, ...rows.map(line)].join("\n");
}
