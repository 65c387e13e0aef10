// The document's outline: headings and their numbers ("II", "2.1",
// "III.6.1.a"), and what each part of the document is — a report of results
// (baselines), a list of commitments (targets), a month-by-month calendar
// (no targets), the recipients list. Also the level and period a heading
// names, which the figures under it inherit.

import type { Level, TargetKind } from "../plan";
import type { Line } from "./normalize";
import { levelsIn } from "./levels";
import { findPeriod } from "./periods";
import { lastIndexAtOrBefore } from "./windows";

export interface OutlineContext {
  /** Heading number path as written in the plan, e.g. "II.2" or "1.2.a". */
  section: string | null;
  sectionTitle: string | null;
  kind: TargetKind;
  /** True when a heading ("MỤC TIÊU", "KẾT QUẢ") decided `kind`, not the document's default. */
  kindFromHeading: boolean;
  /** Where the heading the offset sits under starts (0 before the first). */
  headingStart: number;
  /** Level named by the nearest heading that names exactly one. */
  level: Level | null;
  period: string | null;
  /** Calendars, signatures and recipient lists hold no targets. */
  skip: boolean;
}

interface OutlineEvent extends OutlineContext {
  offset: number;
}

export interface HeadingSpan {
  start: number;
  /** Where the heading's own words end (a bold heading may share its line with text). */
  end: number;
}

export interface Outline {
  at(offset: number): OutlineContext;
  headings: HeadingSpan[];
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i]];
    const next = ROMAN_VALUES[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const MARKUP_PREFIX = /^(?:[#>*_\s]|\\\*)+/u;
const PART = /^PHẦN\s+(?:THỨ\s+)?(\S+)/u;
const ROMAN = /^([IVX]{1,5})\s*\.\s*(\p{Lu}.*)$/u;
const ARABIC_SINGLE = /^(\d{1,2})\s*\.\s+(\p{Lu}.*)$/u;
const ARABIC_MULTI = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\p{Lu}.*)$/u;
const LETTER = /^([a-zđ])\s*[).]\s+(\p{Lu}.*)$/u;
const PAREN = /^\((\d{1,2})\)\s+(?![-–])(\p{Lu}.*)$/u;

const BASELINE_WORDS = /^(?:KẾT QUẢ|ĐÁNH GIÁ|TÌNH HÌNH|THỰC TRẠNG|ĐẶC ĐIỂM|BÁO CÁO)|KẾT QUẢ (?:THỰC HIỆN|ĐẠT ĐƯỢC|NĂM HỌC)|ĐÁNH GIÁ (?:CHUNG|KẾT QUẢ)/u;
const BASELINE_START = /^(?:Kết quả|Đánh giá|Tình hình|Thực trạng)/u;
const TARGET_WORDS = /MỤC TIÊU|KẾ HOẠCH|NHIỆM VỤ|GIẢI PHÁP|CHỈ TIÊU|PHƯƠNG HƯỚNG/u;
const TARGET_START = /^(?:Mục tiêu|Chỉ tiêu|Nhiệm vụ|Phương hướng|Kế hoạch)/u;
const CALENDAR = /^Tháng\s+\d{1,2}\b|KẾ HOẠCH THÁNG|LỊCH CÔNG TÁC|THỜI GIAN BIỂU|LỊCH TRÌNH/u;
const END_MATTER = /^(?:Nơi nhận|\*+Nơi nhận)/u;

function isUpperCaseLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 6) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length > 0.85;
}

/** A heading's title: the bold part if the line starts bold, else the line up to its first sentence end. */
function titleOf(rest: string): string {
  const bold = rest.indexOf("**");
  // "3. Xây dựng trường chuẩn: có thêm 01 trường …": a heading that runs on into its text ends at the colon or full stop.
  const cut = (bold > 0 ? rest.slice(0, bold) : rest).split(/[:.;](?:\s|$)/u)[0];
  return cut.replace(/\*+/g, "").trim().slice(0, 200);
}

interface HeadingState {
  part: string | null;
  partKind: TargetKind;
  partKindFromTitle: boolean;
  roman: string | null;
  romanNumber: number;
  romanKind: TargetKind | null;
  arabic: string | null;
  lastSingle: number;
  paren: string | null;
  letter: string | null;
  // Per-depth attributes: 0 roman, 1 arabic, 2 paren, 3 letter.
  kinds: Array<TargetKind | null>;
  levels: Array<Level | null>;
  periods: Array<string | null>;
  calendar: boolean[];
  title: string | null;
}

function freshState(documentKind: TargetKind): HeadingState {
  return {
    part: null,
    partKind: documentKind,
    partKindFromTitle: false,
    roman: null,
    romanNumber: 0,
    romanKind: null,
    arabic: null,
    lastSingle: 0,
    paren: null,
    letter: null,
    kinds: [null, null, null, null],
    levels: [null, null, null, null],
    periods: [null, null, null, null],
    calendar: [false, false, false, false],
    title: null,
  };
}

function clearFrom(state: HeadingState, depth: number): void {
  for (let d = depth; d < 4; d++) {
    state.kinds[d] = null;
    state.levels[d] = null;
    state.periods[d] = null;
    state.calendar[d] = false;
  }
  if (depth <= 1) state.arabic = null;
  if (depth <= 2) state.paren = null;
  if (depth <= 3) state.letter = null;
}

function kindOfTitle(title: string, topLevel: boolean): TargetKind | null {
  if (topLevel) {
    if (BASELINE_WORDS.test(title)) return "baseline";
    if (TARGET_WORDS.test(title)) return "target";
    return null;
  }
  if (BASELINE_START.test(title)) return "baseline";
  if (TARGET_START.test(title)) return "target";
  return null;
}

function setDepth(state: HeadingState, depth: number, title: string, topLevel: boolean): void {
  clearFrom(state, depth);
  state.kinds[depth] = kindOfTitle(title, topLevel);
  const levels = levelsIn(title, false);
  state.levels[depth] = levels.length === 1 ? levels[0] : null;
  state.periods[depth] = findPeriod(title);
  state.calendar[depth] = CALENDAR.test(title);
  state.title = title;
}

function contextOf(state: HeadingState, skipAll: boolean): OutlineContext {
  const parts: string[] = [];
  if (state.arabic && state.arabic.includes(".")) {
    parts.push(state.arabic);
  } else {
    if (state.roman) parts.push(state.roman);
    if (state.arabic) parts.push(state.arabic);
  }
  if (state.paren) parts.push(state.paren);
  if (state.letter) parts.push(state.letter);
  let kind: TargetKind = state.romanKind ?? state.partKind;
  const kindFromHeading = state.romanKind !== null || state.partKindFromTitle || state.kinds.some((k) => k !== null);
  let level: Level | null = null;
  let period: string | null = null;
  for (let d = 0; d < 4; d++) {
    kind = state.kinds[d] ?? kind;
    level = state.levels[d] ?? level;
    period = state.periods[d] ?? period;
  }
  return {
    section: parts.length ? parts.join(".") : null,
    sectionTitle: state.title,
    kind,
    kindFromHeading,
    headingStart: 0,
    level,
    period,
    skip: skipAll || state.calendar.some(Boolean),
  };
}

/**
 * Reads the outline from the document's lines. `documentKind` is what figures
 * are when no heading says otherwise: commitments in a plan, results in a
 * report ("BÁO CÁO tổng kết…").
 */
export function buildOutline(lines: Line[], documentKind: TargetKind = "target"): Outline {
  const events: OutlineEvent[] = [];
  const headings: HeadingSpan[] = [];
  const state = freshState(documentKind);
  let skipAll = false;
  let afterPart = false;

  let currentLine: Line | null = null;
  const push = (offset: number) => {
    events.push({ offset, ...contextOf(state, skipAll) });
    if (currentLine) {
      const bold = currentLine.text.indexOf("**", currentLine.text.search(/[\p{L}\d]/u));
      const end = bold > 0 ? currentLine.offset + bold + 2 : currentLine.offset + currentLine.text.length;
      headings.push({ start: currentLine.offset, end });
    }
  };
  push(0);

  for (const line of lines) {
    currentLine = line;
    const text = line.text.replace(MARKUP_PREFIX, "");
    let m: RegExpExecArray | null;
    if (END_MATTER.test(text)) {
      skipAll = true;
      push(line.offset);
      continue;
    }
    if ((m = PART.exec(text))) {
      Object.assign(state, freshState(documentKind));
      state.part = m[1];
      const kind = kindOfTitle(text, true);
      if (kind) {
        state.partKind = kind;
        state.partKindFromTitle = true;
      }
      skipAll = false;
      afterPart = true;
      push(line.offset);
      continue;
    }
    if ((m = ROMAN.exec(text))) {
      const n = romanToNumber(m[1]);
      if (n > state.romanNumber || n === 1) {
        const title = titleOf(m[2]);
        // A decision's recipient list ends where the plan it approves begins.
        if (n === 1) skipAll = false;
        state.roman = m[1];
        state.romanNumber = n;
        state.romanKind = kindOfTitle(title, true);
        state.lastSingle = 0;
        setDepth(state, 0, title, true);
        state.kinds[0] = null;
        afterPart = false;
        push(line.offset);
        continue;
      }
    }
    if ((m = ARABIC_MULTI.exec(text))) {
      const first = Number(m[1].split(".")[0]);
      if (first <= state.lastSingle + 1 || state.lastSingle === 0) {
        state.arabic = m[1];
        if (first > state.lastSingle) state.lastSingle = first;
        setDepth(state, 1, titleOf(m[2]), false);
        state.arabic = m[1];
        push(line.offset);
        continue;
      }
    }
    if ((m = ARABIC_SINGLE.exec(text))) {
      const n = Number(m[1]);
      if (n === state.lastSingle + 1 || n === 1) {
        setDepth(state, 1, titleOf(m[2]), false);
        state.arabic = m[1];
        state.lastSingle = n;
        push(line.offset);
        continue;
      }
    }
    if ((m = PAREN.exec(text)) && state.arabic) {
      const title = titleOf(m[2]);
      // A numbered heading is short; a long line, or one that goes on past a
      // colon or full stop, is a numbered paragraph.
      const whole = m[2].replace(/\*+/g, "").trim();
      if (whole.length <= 120 && title === whole.split(/[:.;](?:\s|$)/u)[0] && !/[;:]\s/.test(whole) && !/[;:]$/.test(title)) {
        setDepth(state, 2, title, false);
        state.paren = m[1];
        push(line.offset);
        continue;
      }
    }
    if ((m = LETTER.exec(text))) {
      setDepth(state, 3, titleOf(m[2]), false);
      state.letter = m[1];
      push(line.offset);
      continue;
    }
    if (afterPart && isUpperCaseLine(text)) {
      // "PHẦN THỨ NHẤT" is followed by its title on the next lines.
      const kind = kindOfTitle(text.replace(/\*+/g, "").trim(), true);
      if (kind) {
        state.partKind = kind;
        state.partKindFromTitle = true;
        push(line.offset);
      }
      continue;
    }
    afterPart = false;
  }

  const offsets = events.map((e) => e.offset);
  return {
    headings,
    at(offset: number): OutlineContext {
      // The last event at or before the offset; the first when none is.
      const { offset: headingStart, ...context } = events[Math.max(0, lastIndexAtOrBefore(offsets, offset))];
      return { ...context, headingStart };
    },
  };
}
