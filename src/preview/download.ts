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

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hands the bytes to the browser as a download. */
export function saveBytes(bytes: Uint8Array, fileName: string): void {
  // A copy in a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
