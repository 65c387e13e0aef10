// Clause and sentence boundaries, and the sizes of the windows every pass
// looks through around a figure. Every window is bounded, so one endless
// sentence cannot make the work quadratic.

import type { Line } from "./normalize";

/** How far each pass may look around a figure, in characters. */
export const WINDOW = {
  /** Back to the start of the figure's clause. */
  clause: 200,
  /** Back to the start of the figure's sentence, and forward to its end. */
  sentence: 400,
  /** Forward from the figure for comparator and unit words ("trở lên"). */
  tail: 80,
  /** Forward from the figure for the rest of its sentence, for level words. */
  sentenceTail: 120,
  /** Back from a colon for the label before it. */
  colonLabel: 80,
  /** Back over the sentence before a figure, when its own names nothing. */
  fallback: 120,
} as const;

// Where a clause ends for comparator and subject purposes. "xã, thị trấn"
// is one noun, so its comma does not end anything.
const CLAUSE_BREAK = /[;:.!?()[\]“”"]|,(?! thị trấn| phường)|\s[-–+]\s/gu;
const SENTENCE_BREAK = /[;.!?]\s|[;!?]$|:\s/gu;

export interface Boundaries {
  clause: number[];
  sentence: number[];
}

export function collectBoundaries(text: string, headingEnds: readonly number[], paragraphs: readonly number[] = []): Boundaries {
  // A heading is a sentence of its own even without a full stop; so is a
  // title line or a dateline, which ends its paragraph without one.
  const clause: number[] = [...headingEnds, ...paragraphs];
  const sentence: number[] = [...headingEnds, ...paragraphs];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    // A dot or comma between digits is part of a number.
    if ((m[0] === "." || m[0] === ",") && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "")) continue;
    // "lớp 3, 4, 5" lists numbers inside one phrase.
    if (m[0] === "," && /(?:lớp|khối|Lớp|Khối) \d{1,2}(?:, ?\d{1,2})*$/u.test(text.slice(Math.max(0, at - 24), at))) continue;
    clause.push(at + m[0].length);
  }
  for (const m of text.matchAll(SENTENCE_BREAK)) sentence.push((m.index ?? 0) + 1);
  const byOffset = (a: number, b: number) => a - b;
  return { clause: clause.sort(byOffset), sentence: sentence.sort(byOffset) };
}

/** The index of the last value at or before `at` in a sorted array, or -1. */
export function lastIndexAtOrBefore(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The last boundary at or before `at`, or 0. */
export function lastBefore(sorted: readonly number[], at: number): number {
  const index = lastIndexAtOrBefore(sorted, at);
  return index < 0 ? 0 : sorted[index];
}

/** The first boundary after `at`, or the text's end. */
export function firstAfter(sorted: readonly number[], at: number, end: number): number {
  return sorted[lastIndexAtOrBefore(sorted, at) + 1] ?? end;
}

/**
 * Where paragraphs start: after a line that finished its sentence, or after
 * a short line without one (a title, a dateline: "Tổng kết năm học
 * 2024-2025") when the next opens with a capital or a list marker. A long
 * line that stops mid-sentence was wrapped (PDF text), so its next line
 * continues the same paragraph.
 */
/** Lines up to this long that stop without punctuation are titles, not wrapped text. */
const TITLE_LINE = 60;

export function paragraphStarts(lines: readonly Line[]): number[] {
  const starts: number[] = [];
  // In wrapped text (a PDF, a book page) most lines are about as long as the
  // page is wide; a title is shorter than that.
  const lengths = lines.map((line) => line.text.length).filter((length) => length >= 20).sort((a, b) => a - b);
  // Too few lines to tell a page width: only the fixed limit applies.
  const typical = lengths.length >= 5 ? lengths[lengths.length >> 1] : Infinity;
  const titleLine = Math.min(TITLE_LINE, typical * 0.8);
  let previous: Line | null = null;
  for (const line of lines) {
    const finished = !previous || /[.!?:;…”"»)]\s*(?:\*+)?$/u.test(previous.text);
    const opens = /^(?:[-–+•*]|\(?\d{1,2}[.)]|[IVX]{1,5}\.|[a-zđ]\)|\p{Lu})/u.test(line.text);
    const titleLike = previous !== null && previous.text.length <= titleLine && !/[,;]$/u.test(previous.text);
    if (finished || (opens && titleLike)) starts.push(line.offset);
    previous = line;
  }
  return starts;
}
