// Reading numbers the way Vietnamese documents write them: comma decimals
// ("78,5"), dot thousands ("1.132", "15.314"), leading zeros ("09"), and
// a few number words ("một trường").

/**
 * A numeric token as it appears in the text. The pattern is linear (no
 * nested quantifiers) so it cannot backtrack catastrophically.
 * Group 1: the digits with their separators.
 */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;

/**
 * Parses one Vietnamese-formatted number. Returns null for anything that is
 * not a plain number.
 *
 * Rules: "." followed by exactly three digits groups thousands ("1.132" →
 * 1132); a "," is the decimal mark ("78,5" → 78.5); a lone "." followed by one
 * or two digits is a decimal point typed the English way ("2.46" → 2.46).
 */
export function parseVietnameseNumber(token: string): number | null {
  const s = token.trim();
  if (!/^\d[\d.,]*$/.test(s)) return null;
  let normalized: string;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) {
    normalized = s.replace(/\./g, "").replace(",", ".");
  } else if (/^\d+,\d+$/.test(s)) {
    normalized = s.replace(",", ".");
  } else if (/^\d+\.\d{1,2}$/.test(s) || /^\d+$/.test(s)) {
    normalized = s;
  } else if (/^\d{1,3}(?:,\d{3})+$/.test(s)) {
    // "1,132" written with English thousands separators is ambiguous; read
    // it as a decimal like Vietnamese text does ("1,132" = 1.132).
    normalized = s.replace(",", ".");
  } else {
    return null;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Number words that plans use for small counts ("tối thiểu một trường"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
