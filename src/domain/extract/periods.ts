// Periods a figure is tied to: a school year ("năm học 2022 - 2023" →
// "2022-2023"), a target year ("đến năm 2025" → "2025"), or a plan period
// ("giai đoạn 2021-2025" → "2021-2025").

const SCHOOL_YEAR = /năm học\s+(20\d\d)\s*[-–—]\s*(20\d\d)/iu;
const SPAN = /(?:giai đoạn|nhiệm kỳ)\s+(20\d\d)\s*[-–—]\s*(20\d\d)/iu;
const TARGET_YEAR = /(?:đến|tới|trong|vào)\s+(?:hết\s+|cuối\s+)?năm\s+(20\d\d)(?!\s*[-–—]\s*20)/iu;
const YEAR = /(?:^|[^\d/])năm\s+(20\d\d)(?!\s*[-–—]\s*20)/iu;
const BARE_SCHOOL_YEAR = /(?<![\d/])(20\d\d)\s*[-–—]\s*(20\d\d)(?![\d/])/u;

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
  m = BARE_SCHOOL_YEAR.exec(phrase);
  if (m && Number(m[2]) - Number(m[1]) === 1) return `${m[1]}-${m[2]}`;
  return null;
}
