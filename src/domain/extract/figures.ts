// Finding the figures in a plan: every number that states a level to reach,
// keep or stay under (a percentage, a count of something, a fraction, a
// range, an attainment level), and none of the numbers that are dates,
// document numbers, years, grades, ages, list markers or footnotes.

import { NUMBER_SOURCE, NUMBER_WORDS, parseVietnameseNumber } from "./numbers";
import { percentAfter, unitAfter } from "./counted-nouns";

export type FigureShape = "percent" | "count" | "fraction" | "range" | "level" | "bare";

export interface Figure {
  /** Start and end of the number itself in the normalized text. */
  start: number;
  end: number;
  /** End of the figure with its unit or percent sign. */
  unitEnd: number;
  value: number;
  valueMax: number | null;
  denominator: number | null;
  /** "%" or the counted noun; null when the text gives none (filled later). */
  unit: string | null;
  shape: FigureShape;
}

// A number, optionally a fraction "23/48" or a range "2 - 3". Lookarounds
// keep it from starting inside a word ("TH2"), a document number or a date.
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/])(${NUMBER_SOURCE})` +
    String.raw`(?:\s?\/\s?(${NUMBER_SOURCE})(?![\p{N}/])|\s?[-–]\s?(${NUMBER_SOURCE})(?![\p{N}/]))?(?![\p{N}])`,
  "gu",
);

const NUMBER_WORD = new RegExp(
  String.raw`(?<![\p{L}])(tối thiểu|ít nhất|có|thêm|xây dựng|đạt|duy trì) (${Object.keys(NUMBER_WORDS).join("|")})(?= )`,
  "giu",
);

// Words after which a number names something rather than counts it:
// "ngày 18", "năm 2023", "số 23", "lớp 6", "khóa XI", "bậc 2/6", "giải 3".
const NAMING_WORD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:ngày|tháng|năm|năm học|(?<![Tt]ổng )số|Số|khóa|khoá|lần thứ|điều|Điều|khoản|mục|bậc|Bậc|lớp|Lớp|khối|Khối|dự án|Dự án|kỳ|đợt|module|mô đun|modul|giải|chương|phụ lục|Phụ lục|bài|mã|tổ|Tổ|xã|phường|thôn|bản|Bản|tiểu khu|môn|Quyết định|Nghị định|Thông tư|Nghị quyết|Kế hoạch|Luật|GDPT|Trung ương|TW|số thứ tự|STT|mẫu|Mẫu|biểu|Biểu|tuần|tiết|phòng|Phòng|học kỳ|HK|đề án|Đề án|Chỉ thị|Công văn|CV|quy định|cấp độ|Zalo|sđt|SĐT|lô|thửa|km|Km)\s?[:.]?\s?(?:\*+\s?)?$`,
  "u",
);

// Words after which a number needs no noun to be a figure: a level or a
// rating names what the number measures ("THCS 94,3%", "Khá 44,7%",
// "mầm non 1,91", "Yếu 0,1").
const LABEL_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:mầm non|Mầm non|tiểu học|Tiểu học|THCS|THPT|GDNN-GDTX|GDTX|GDNN|TH&THCS|TH & THCS|nhà trẻ|Nhà trẻ|mẫu giáo|Mẫu giáo|trẻ \d tuổi|Giỏi|giỏi|Khá|khá|Tốt|tốt|Trung bình|trung bình|Yếu|Kém|Đạt|đạt|Chưa đạt|chưa đạt|Hoàn thành|Xuất sắc|là|tăng|giảm|còn|Tổng số|tổng số)\s?(?:\*+)?\s?:?\s?(?:\*+\s?)?$`,
  "u",
);

const FOLLOWS_BARE = /^\s?(?:\*+\s?)?(?:[,;.)(:]|$|\s(?:so với|và)(?![\p{L}]))/u;
const DOC_NUMBER_AFTER = /^\s?(?:\/\s?[\p{L}\d]|-\s?[\p{Lu}]{2,}|\/\s?$)/u;
const SUPERSCRIPT_BEFORE = /<sup>\s*$/u;
// "(tương đương với tỉ lệ 100% trẻ …)", "= 47,92%": a restatement, not a target.
const EQUIVALENT_BEFORE = /(?:(?:tương đương|trương đương|tức là)[^;.]{0,30}|(?<!hoặc )bằng\s?|=\s?)$/u;
const DERIVED_AFTER_FRACTION = /^[\s,;:*]*(?:\(?\s*)?(?:(?:đạt\s+)?(?:tỷ|tỉ) lệ(?: là)?|=|bằng|đạt|chiếm)?\s*$/u;
const FRACTION_IN_BRACKETS = new RegExp(
  String.raw`^\s?%?\s?\(\s?(${NUMBER_SOURCE})\s?\/\s?(${NUMBER_SOURCE})\s?\)\s?`,
  "u",
);
// "từ 95% đến 98%", "95 - 98%", "từ 2 đến 3 trường": a range in words.
const RANGE_TO = new RegExp(String.raw`^\s?(%)?\s?(?:đến|tới|-|–)\s?(${NUMBER_SOURCE})(?![\p{N}])`, "u");
const LEVEL_OF_ATTAINMENT = /(?:^|[^\p{L}])mức độ\s?(?:\*+\s?)?$/u;

// Words name what a figure measures. A number inside a run of more than
// WORD_REACH characters without a letter, WORD_REACH or more from the letters
// at both ends of the run (the text's own start and end count as far), has
// nothing to name it, so it is no target; WORD_REACH is as far as the engine
// looks for a figure's sentence. Dropping such numbers before anything else
// is read keeps megabytes of "9%9%9%…" from costing a full reading per number.
const WORD_REACH = 400;
// The start of a run of non-letters long enough to hold a number that far
// from any word. It may only start after a letter (or at the text's start),
// so each run is read once. The count is exact, not "{401,}": an unbounded
// repeat over megabytes would overflow the regular expression stack.
const WORDLESS_RUN_START = new RegExp(String.raw`(?<!\P{L})\P{L}{${WORD_REACH + 1}}`, "gu");
const LETTER = /\p{L}/gu;

/** Where, as [from, to) in text order, a number lies out of reach of every word. */
function wordlessSpans(text: string): Array<[from: number, to: number]> {
  const spans: Array<[number, number]> = [];
  WORDLESS_RUN_START.lastIndex = 0;
  for (let m = WORDLESS_RUN_START.exec(text); m; m = WORDLESS_RUN_START.exec(text)) {
    const runStart = m.index;
    LETTER.lastIndex = runStart + m[0].length;
    const runEnd = LETTER.exec(text)?.index ?? text.length;
    // The text's own start and end have no word beyond them.
    const from = runStart === 0 ? 0 : runStart + WORD_REACH;
    const to = runEnd === text.length ? runEnd : runEnd - WORD_REACH;
    if (from < to) spans.push([from, to]);
    WORDLESS_RUN_START.lastIndex = runEnd;
  }
  return spans;
}

function isYear(value: number, token: string): boolean {
  return /^\d{4}$/.test(token) && value >= 1900 && value <= 2100;
}

function lookBehind(text: string, at: number, span = 60): string {
  return text.slice(Math.max(0, at - span), at);
}

/** Every figure in the text, in order. `skip` says where targets cannot be. */
export function findFigures(text: string, skip: (offset: number) => boolean, lineStarts: ReadonlySet<number>): Figure[] {
  const figures: Figure[] = [];
  const wordless = wordlessSpans(text);
  let span = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // Candidates come in text order, so the spans are walked once.
    while (span < wordless.length && wordless[span][1] < end) span++;
    if (span < wordless.length && wordless[span][0] <= start) continue;
    if (skip(start)) continue;
    // "2.1. Công tác…", "3) …" at the start of a line number a heading or an item.
    if (lineStarts.has(start) && /^[.)]/.test(text.slice(end, end + 1))) continue;
    // The second number of "từ 95% đến 98%" belongs to the range before it.
    const last = figures[figures.length - 1];
    if (last && start < last.unitEnd) continue;
    const figure = classify(text, m, start, figures);
    if (figure) figures.push(figure);
  }
  for (const m of text.matchAll(NUMBER_WORD)) {
    const start = (m.index ?? 0) + m[1].length + 1;
    if (skip(start)) continue;
    const end = start + m[2].length;
    const unit = unitAfter(text.slice(end, end + 40).replace(/^\s/, ""));
    if (!unit) continue;
    figures.push({
      start,
      end,
      unitEnd: end + 1 + unit.length,
      value: NUMBER_WORDS[m[2].toLowerCase()],
      valueMax: null,
      denominator: null,
      unit: unit.unit,
      shape: "count",
    });
  }
  return figures.sort((a, b) => a.start - b.start);
}

function classify(text: string, m: RegExpMatchArray, start: number, previous: Figure[]): Figure | null {
  const whole = m[0];
  const end = start + whole.length;
  const before = lookBehind(text, start);
  const after = text.slice(end, end + 60);
  const first = parseVietnameseNumber(m[1]);
  if (first === null) return null;
  if (SUPERSCRIPT_BEFORE.test(before)) return null;
  const isFraction = m[2] !== undefined;
  const isRange = m[3] !== undefined;
  const second = isFraction ? parseVietnameseNumber(m[2]) : isRange ? parseVietnameseNumber(m[3]) : null;
  if ((isFraction || isRange) && second === null) return null;
  if (!isFraction && !isRange && DOC_NUMBER_AFTER.test(after)) return null;

  if (!isFraction && !isRange) {
    const range = readRangeInWords(text, start, end, after, first, before);
    if (range) return range;
  }
  const percentLength = percentAfter(after);
  // "ngày 18", "lớp 6", "số 23" name things; "số 80%" in "công nghệ số 80%" does not.
  // A number written with thousands ("1.282") counts something; it never names a grade, a day or an article.
  const grouped = /^\d{1,3}(?:\.\d{3})+$/.test(m[1]);
  if (percentLength === 0 && !grouped && NAMING_WORD.test(before) && !LEVEL_OF_ATTAINMENT.test(before)) return null;
  if (percentLength > 0) {
    if (isFraction) return null;
    if (EQUIVALENT_BEFORE.test(lookBehind(text, start, 40))) return null;
    if (isDerivedFromFraction(text, start, previous)) return null;
    // "100% (10/10) xã": the fraction in brackets is the figure.
    const bracket = FRACTION_IN_BRACKETS.exec(after);
    if (!isRange && bracket) {
      const tailStart = end + bracket[0].length;
      const unit = unitAfter(text.slice(tailStart, tailStart + 40));
      const value = parseVietnameseNumber(bracket[1]);
      const denominator = parseVietnameseNumber(bracket[2]);
      if (unit && value !== null && denominator !== null) {
        return {
          start,
          end,
          unitEnd: tailStart + unit.length,
          value,
          valueMax: null,
          denominator,
          unit: unit.unit,
          shape: "fraction",
        };
      }
    }
    return {
      start,
      end,
      unitEnd: end + percentLength,
      value: first,
      valueMax: isRange ? second : null,
      denominator: null,
      unit: "%",
      shape: isRange ? "range" : "percent",
    };
  }

  if (LEVEL_OF_ATTAINMENT.test(before)) {
    if (isFraction || isRange || first < 1 || first > 5 || !Number.isInteger(first)) return null;
    return { start, end, unitEnd: end, value: first, valueMax: null, denominator: null, unit: "mức độ", shape: "level" };
  }

  const unit = unitAfter(after);
  // "1 xã Nhất Tiến" is part of a school's name, not a count of communes.
  if (unit && /^(?:xã|phường|thị trấn|huyện)$/.test(unit.unit) && /^\s\p{Lu}/u.test(after.slice(unit.length))) {
    return null;
  }
  // "trong 02 tuần", "sau 3 tháng": a span of time in a schedule, not a target.
  if (unit && /^(?:tháng|tuần|buổi)$/.test(unit.unit) && /(?:^|[^\p{L}])(?:trong|sau|trước|mỗi|hằng|hàng|vào|từ)\s?$/iu.test(before)) {
    return null;
  }
  if (unit) {
    if (isFraction && (second === null || second <= 0 || first > second)) return null;
    if (isRange && (second === null || second <= first)) return null;
    if (!isFraction && !isRange && isYear(first, m[1])) return null;
    return {
      start,
      end,
      unitEnd: end + unit.length,
      value: first,
      valueMax: isRange ? second : null,
      denominator: isFraction ? second : null,
      unit: unit.unit,
      shape: isRange ? "range" : isFraction ? "fraction" : "count",
    };
  }

  if (isRange) return null;
  if (isFraction) {
    // A bare fraction ("Nhà trẻ 1.132/2.379", "lớp 1: 1.126/1.126") is a
    // result when it is labelled and reads as part of a whole.
    if (second === null || second < 2 || first > second) return null;
    const labelled = LABEL_BEFORE.test(before) || /:\s?(?:\*+\s?)?$/.test(before) || /\./.test(m[1] + m[2]);
    if (!labelled) return null;
    return { start, end, unitEnd: end, value: first, valueMax: null, denominator: second, unit: null, shape: "fraction" };
  }
  if (isYear(first, m[1])) return null;
  if (LABEL_BEFORE.test(before) && FOLLOWS_BARE.test(after)) {
    return { start, end, unitEnd: end, value: first, valueMax: null, denominator: null, unit: null, shape: "bare" };
  }
  return null;
}

function readRangeInWords(text: string, start: number, end: number, after: string, first: number, before: string): Figure | null {
  const m = RANGE_TO.exec(after);
  if (!m) return null;
  const second = parseVietnameseNumber(m[2]);
  if (second === null || second <= first) return null;
  const rest = after.slice(m[0].length);
  const percent = m[1] ? percentAfter(rest) || 0 : percentAfter(rest);
  if (m[1] && percent === 0) return null;
  // "từ 3 đến 5 tuổi" is an age band; only a percentage or a counted noun makes a target.
  if (percent > 0) {
    return { start, end, unitEnd: end + m[0].length + percent, value: first, valueMax: second, denominator: null, unit: "%", shape: "range" };
  }
  const unit = unitAfter(rest);
  if (!unit || (!/từ\s?$/u.test(before) && !/^\s?(?:đến|tới)/u.test(after))) return null;
  return { start, end, unitEnd: end + m[0].length + unit.length, value: first, valueMax: second, denominator: null, unit: unit.unit, shape: "range" };
}

/** "1.132/2.379, tỷ lệ 47,58%": the rate restates the fraction before it. */
function isDerivedFromFraction(text: string, start: number, previous: Figure[]): boolean {
  const last = previous[previous.length - 1];
  if (!last || last.shape !== "fraction" || start - last.unitEnd > 40) return false;
  return DERIVED_AFTER_FRACTION.test(text.slice(last.unitEnd, start));
}
