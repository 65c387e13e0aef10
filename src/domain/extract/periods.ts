// Periods a figure is tied to: a school year ("năm học 2022 - 2023" →
// "2022-2023"), a target year ("đến năm 2025" → "2025"), or a plan period
// ("giai đoạn 2021-2025", "nhiệm kỳ 2025 – 2030", "giai đoạn từ năm 2016
// đến năm 2019" → "2021-2025", "2025-2030", "2016-2019").

// Every dash a typed or converted year range uses: hyphen-minus, hyphen,
// non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus,
// small and full-width hyphen-minus.
const DASH = "[-‐‑‒–—―−﹣－]";
// The words that open a plan period. "nhiệm kì" is the other spelling.
const SPAN_WORD = "(?:giai đoạn|nhiệm kỳ|nhiệm kì)";
// "X - Y", "X đến Y", "X đến năm Y", "X tới Y".
const RANGE = `(20\\d\\d)\\s*(?:${DASH}|\\s(?:đến|tới)\\s+(?:năm\\s+)?)\\s*(20\\d\\d)`;
// The end of a period ("… 2021 đến năm 2025") is not a target year.
const NOT_SPAN_END = `(?<!${SPAN_WORD}\\s+(?:từ\\s+)?(?:năm\\s+)?20\\d\\d\\s*)`;
// A year that ends a range ("2021 đến năm 2025").
const NOT_RANGE_END = "(?<!20\\d\\d\\s*(?:đến|tới)\\s+)";
// A year that starts a range ("năm 2021 - 2025", "năm 2021 đến 2025").
const NOT_RANGE_START = `(?!\\s*(?:${DASH}|\\s(?:đến|tới)\\s+(?:năm\\s+)?)\\s*20)`;

const SCHOOL_YEAR = new RegExp(`năm học\\s+(20\\d\\d)\\s*${DASH}\\s*(20\\d\\d)`, "iu");
const SPAN = new RegExp(`${SPAN_WORD}\\s+(?:từ\\s+)?(?:năm\\s+)?${RANGE}`, "iu");
const TARGET_YEAR = new RegExp(
  `${NOT_SPAN_END}(?:đến|tới|trong|vào)\\s+(?:hết\\s+|cuối\\s+)?năm\\s+(20\\d\\d)${NOT_RANGE_START}`,
  "iu",
);
const YEAR = new RegExp(`(?:^|[^\\d/])${NOT_RANGE_END}năm\\s+(20\\d\\d)${NOT_RANGE_START}`, "iu");
const BARE_RANGE = new RegExp(`(?<![\\d/])(20\\d\\d)\\s*${DASH}\\s*(20\\d\\d)(?![\\d/])`, "u");
// Any year range: a plan period, a school year or a bare "2026-2030".
const ANY_RANGE = new RegExp(`(?<![\\d/])${RANGE}(?![\\d/])`, "giu");
/** The longest period a plan covers: a five-year term and then some. */
const MAX_SPAN_YEARS = 10;

/** "2021-2025" from two years, or null when they make no forward range. */
function range(from: string, to: string, maxYears: number): string | null {
  const years = Number(to) - Number(from);
  return years >= 1 && years <= maxYears ? `${from}-${to}` : null;
}

/** The period a phrase names, most specific first, or null. */
export function findPeriod(phrase: string): string | null {
  let m = TARGET_YEAR.exec(phrase);
  if (m) return m[1];
  m = SCHOOL_YEAR.exec(phrase);
  if (m) return `${m[1]}-${m[2]}`;
  m = YEAR.exec(phrase);
  if (m) return m[1];
  m = SPAN.exec(phrase);
  if (m) return `${m[1]}-${m[2]}`;
  m = BARE_RANGE.exec(phrase);
  if (m) return range(m[1], m[2], 1);
  return null;
}

/**
 * The period a whole plan covers, as its title names it: a plan period or
 * term first ("giai đoạn 2026-2030, tầm nhìn đến năm 2045" is 2026-2030),
 * then a school year, a bare range, and only then a single year.
 */
export function findPlanPeriod(title: string): string | null {
  const span = SPAN.exec(title);
  if (span) return `${span[1]}-${span[2]}`;
  const schoolYear = SCHOOL_YEAR.exec(title);
  if (schoolYear) return `${schoolYear[1]}-${schoolYear[2]}`;
  return firstRange(title) ?? findPeriod(title);
}

/** The first year range in running text (a term, a school year or bare), or null. */
export function firstRange(text: string): string | null {
  ANY_RANGE.lastIndex = 0;
  for (let m = ANY_RANGE.exec(text); m; m = ANY_RANGE.exec(text)) {
    const found = range(m[1], m[2], MAX_SPAN_YEARS);
    if (found) return found;
  }
  return null;
}
