// Entry point of the readers: bytes and a file name in, plain text out, for
// any supported document. No file system and no DOM, so the CLI and the task
// pane share it; heavy parsers load only when a file needs them.

import { type ReadControl, throwIfCancelled } from "./control";
import { DocumentReadError, type ReadErrorKey } from "./errors";
import { readDocx } from "./docx";
import { checkInputSize, READ_LIMITS } from "./limits";
import { readPdf } from "./pdf";
import type { PdfjsLoader } from "./pdfjs-types";
import { type DocumentFormat, sniffFormat } from "./sniff";
import { decodeText } from "./text";

export { DocumentReadError, isDocumentReadError, type ReadErrorKey } from "./errors";
export { checkInputSize } from "./limits";
export { isReadCancelled, type ReadControl, type ReadProgress } from "./control";
export type { DocumentFormat } from "./sniff";
export type { PdfjsDocumentParams, PdfjsLib, PdfjsLoader } from "./pdfjs-types";

/** What to tell the user when a reader fails in a way it did not classify itself. */
const UNCLASSIFIED_FAILURE: Record<DocumentFormat, ReadErrorKey> = {
  pdf: "readErrorPdfCorrupt",
  docx: "readErrorDocxCorrupt",
  text: "readErrorBinary",
  "legacy-doc": "readErrorLegacyDoc",
  rtf: "readErrorRtf",
  unsupported: "readErrorUnsupported",
};

export interface ReadOptions extends ReadControl {
  /** How to obtain pdf.js; defaults to the Node loader. The task pane passes its bundled build. */
  loadPdfjs?: PdfjsLoader;
}

/**
 * Reads a document into plain text: one paragraph, table cell or PDF line per
 * line, NFC-normalized, "\n" line ends. Throws DocumentReadError, and only
 * that, for anything that cannot be read, and with readErrorCancelled once
 * `options.signal` aborts.
 */
export async function readDocument(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<string> {
  const file = baseName(fileName);
  throwIfCancelled(options.signal, file);
  if (bytes.length === 0) throw new DocumentReadError("readErrorEmpty", { file });
  checkInputSize(bytes.length, file);
  const format = sniffFormat(bytes, file);
  let raw: string;
  try {
    raw = await readAs(format, bytes, file, options);
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    // Readers classify the failures they know; anything else is still a read failure, not a crash.
    throw new DocumentReadError(UNCLASSIFIED_FAILURE[format], { file }, error);
  }
  // Every reader bounds what it inflates; this bounds what the engine is given.
  if (raw.length > READ_LIMITS.textChars) {
    throw new DocumentReadError("readErrorTextTooLarge", { file, limit: READ_LIMITS.textChars });
  }
  const text = raw.replace(/\r\n?/g, "\n").normalize("NFC");
  if (text.trim() === "") throw new DocumentReadError("readErrorNoText", { file });
  // A cancel that came as the reader finished still means the caller wants nothing.
  throwIfCancelled(options.signal, file);
  return text;
}

function readAs(format: DocumentFormat, bytes: Uint8Array, file: string, options: ReadOptions): Promise<string> {
  switch (format) {
    case "pdf":
      return readPdf(bytes, file, options);
    case "docx":
      return readDocx(bytes, file, options.signal);
    case "text":
      return Promise.resolve().then(() => decodeText(bytes, file));
    case "legacy-doc":
      throw new DocumentReadError("readErrorLegacyDoc", { file });
    case "rtf":
      throw new DocumentReadError("readErrorRtf", { file });
    case "unsupported":
      throw new DocumentReadError("readErrorUnsupported", { file });
  }
}

/** Messages name the file as the user sees it, without the folders. */
export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).filter((part) => part !== "").pop() ?? fileName;
}
