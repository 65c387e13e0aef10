// How much a reader inflates and holds before it gives up on a file (issue
// 11, hostile files). A plan is at most a few MB of text; these leave wide
// room for real plans with pictures and tables, while keeping any input of
// up to 50 MB under 1 GB of memory and 90 s (scripts/bomb-bench.mjs measures).

import { DocumentReadError } from "./errors";

const MB = 1024 * 1024;

export const READ_LIMITS = {
  /** A file of any kind, before it is read at all (the CLI's --help states it too). */
  inputBytes: 200 * MB,
  /** Parts in one zip (.docx, .xlsx). Word writes a few dozen, plus one per picture. */
  zipEntries: 5_000,
  /** Bytes all parts of a zip may inflate to together. */
  zipTotalBytes: 400 * MB,
  /**
   * Inflated-to-compressed ratio above which a large part is a zip bomb. Real
   * XML packs 5–30 to 1 (the sample workbook 7–10); the 0.44 MB .docx that inflates to
   * 150 MB packs 340 to 1 (deflate cannot pass ~1,030).
   */
  zipRatio: 200,
  /** Parts smaller than this are never called bombs by their ratio alone. */
  zipRatioFloorBytes: 1 * MB,
  /** Any one XML part of a .docx that mammoth parses (document, styles, notes…). */
  docxPartBytes: 16 * MB,
  /**
   * Tags ("<") in all the XML mammoth parses. mammoth holds ~2 KB per element
   * (100,000 short paragraphs, 600,000 tags: 11 s, 840 MB); a 100-page plan
   * written by Word has some 50,000–100,000.
   */
  docxXmlTags: 400_000,
  /** Any one part of an .xlsx (the Thực hiện sheet of 30,000 rows is ~50 MB). */
  xlsxPartBytes: 200 * MB,
  /** Characters of text handed to the engine, from any format. */
  textChars: 4_000_000,
  /** Bytes of a plain-text file (UTF-8 Vietnamese is 1–3 bytes a character). */
  textFileBytes: 12 * MB,
  /** PDF pages read. */
  pdfPages: 3_000,
  /** Any one PDF stream (content, font, object stream), inflated. */
  pdfStreamBytes: 32 * MB,
  /** All PDF streams together, inflated. */
  pdfTotalBytes: 256 * MB,
  /** Text pieces pdf.js reports for one page; a dense page has a few thousand. */
  pdfPageItems: 200_000,
} as const;

/** Refuses a file from its size alone, before its bytes are loaded (the task pane) or read. */
export function checkInputSize(size: number, file: string): void {
  if (size > READ_LIMITS.inputBytes) {
    throw new DocumentReadError("readErrorFileTooLarge", { file, size: Math.ceil(size / MB), limit: megabytes(READ_LIMITS.inputBytes) });
  }
}

/** Limits are shown to the user in MB. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / MB);
}
