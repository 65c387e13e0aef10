// Unit conversions between the spec (Excel's file units) and Office.js, and
// the header/footer codes. Office.js sizes columns in points, the spec in
// characters; margins are inches in the spec and points in Office.js.

/** Pixels of the widest digit of the default font (Calibri 11, which .xlsx files from ExcelJS name) at 96 dpi. */
const DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;

/**
 * A column width in characters, as the spec and .xlsx files store it (the
 * file width, padding included), in points as Office.js sets it: Excel's own
 * rule (ECMA-376 §18.3.1.13) rounds the file width to whole pixels, then a
 * pixel is ¾ point at 96 dpi. 9 characters → 63 px → 47.25 pt.
 */
export function widthToPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return pixels * POINTS_PER_PIXEL;
}

/** Back from points to characters (for comparing with a file); exact to the pixel. */
export function pointsToWidth(points: number): number {
  return points / POINTS_PER_PIXEL / DIGIT_PIXELS;
}

export const POINTS_PER_INCH = 72;

export function inchesToPoints(inches: number): number {
  return inches * POINTS_PER_INCH;
}

export interface HeaderSections {
  left: string;
  center: string;
  right: string;
}

/**
 * Splits a header or footer in Excel's codes ("&Lleft&C&B&A&Rright") into
 * the three sections Office.js sets one by one. Other codes (&B, &P, &&…)
 * stay in their section: Office.js takes the same codes inside a section.
 * Text before any section code is the centre, as Excel reads it.
 */
export function splitHeader(codes: string): HeaderSections {
  const sections: HeaderSections = { left: "", center: "", right: "" };
  let current: keyof HeaderSections = "center";
  let i = 0;
  while (i < codes.length) {
    const ch = codes[i];
    if (ch === "&" && i + 1 < codes.length) {
      const code = codes[i + 1];
      const section = code === "L" ? "left" : code === "C" ? "center" : code === "R" ? "right" : null;
      if (section) {
        current = section;
        i += 2;
        continue;
      }
      // "&&" and every other code are copied whole, so "&&L" stays a literal "&" then "L".
      sections[current] += ch + code;
      i += 2;
      continue;
    }
    sections[current] += ch;
    i += 1;
  }
  return sections;
}
