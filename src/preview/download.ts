// Saving the preview's book as an .xlsx file: the name comes from the plan's
// title, made safe for every operating system's file names.

const FALLBACK = "chi-tieu.xlsx";
/** Windows refuses these in file names; control characters are trouble everywhere. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_BASE_LENGTH = 120;

/** "Kế hoạch … 2024-2025" → "Kế hoạch … 2024-2025.xlsx"; "chi-tieu.xlsx" without a usable title. */
export function bookFileName(title: string | null | undefined): string {
  const base = (title ?? "")
    .normalize("NFC")
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_BASE_LENGTH)
    // Windows drops trailing dots and spaces; a name of only dots is no name.
    .replace(/[.\s]+$/, "");
  return base === "" ? FALLBACK : `${base}.xlsx`;
}

export { saveBytes } from "../taskpane/save-file";
