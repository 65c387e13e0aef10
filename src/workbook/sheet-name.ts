// Sheet names as Excel compares them. Excel refuses a second sheet whose name
// differs from another's only in case ("thực hiện" and "Thực hiện"), and
// Office.js looks sheets up the same way; text from different sources may
// also carry the same letters composed differently (NFC vs NFD).

/** The key two sheet names share when Excel treats them as one name. */
export function sheetKey(name: string): string {
  return name.normalize("NFC").toLocaleUpperCase("vi");
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetKey(a) === sheetKey(b);
}

/** Excel's own limits on a sheet name. */
export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[\\/?*:[\]]/u;

/** Why Excel would refuse `name` as a sheet name, or null when it is fine. */
export function sheetNameFault(name: string): "empty" | "tooLong" | "forbiddenCharacter" | "apostropheEdge" | null {
  if (name.trim() === "") return "empty";
  if (name.length > SHEET_NAME_MAX) return "tooLong";
  if (FORBIDDEN.test(name)) return "forbiddenCharacter";
  if (name.startsWith("'") || name.endsWith("'")) return "apostropheEdge";
  return null;
}
