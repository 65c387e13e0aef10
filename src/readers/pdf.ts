// PDF files, through the pdf.js text layer: pages in order, lines rebuilt from
// fragment positions. A PDF whose pages carry (almost) no letters is a scan;
// reporting that is more useful than handing the engine an empty document.
// A caller may follow the read page by page and stop it between pages.

import { cancelledError, type ReadControl, throwIfCancelled, untilCancelled } from "./control";
import { DocumentReadError } from "./errors";
import { errorName } from "./error-message";
import { READ_LIMITS } from "./limits";
import { type PositionedText, rebuildLines } from "./pdf-lines";
import { checkPdfStreams } from "./pdf-streams";
import type { PdfjsLib, PdfjsLoader, PdfjsPage, PdfjsTextContentItem, PdfjsTextItem } from "./pdfjs-types";
import { loadPdfjsInNode } from "./pdfjs-node";

/** Fewer letters than this in the whole text layer means a scan (page numbers or a stamp at most). */
const MIN_LETTERS = 20;
/** Pictures are never drawn for text; a cap stops pdf.js decoding a giant one if it tries. */
const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;

export interface PdfReadOptions extends ReadControl {
  /** How to obtain pdf.js; the Node loader unless given. */
  loadPdfjs?: PdfjsLoader;
}

export async function readPdf(bytes: Uint8Array, fileName: string, options: PdfReadOptions = {}): Promise<string> {
  const { loadPdfjs = loadPdfjsInNode, onProgress, signal } = options;
  throwIfCancelled(signal, fileName);
  // Before pdf.js, which inflates any stream whole, however large.
  checkPdfStreams(bytes, fileName);
  throwIfCancelled(signal, fileName);
  let pdfjs: PdfjsLib;
  try {
    pdfjs = await untilCancelled(loadPdfjs(), signal, fileName);
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError("readErrorReaderUnavailable", { file: fileName, format: "PDF" }, error);
  }

  const task = pdfjs.getDocument({
    // A plain copy: pdf.js may detach the buffer it is given and refuses Node Buffers.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0, // errors only; its warnings about fonts are noise on the console
    maxImageSize: MAX_IMAGE_PIXELS,
  });
  try {
    const document = await untilCancelled(task.promise, signal, fileName);
    if (document.numPages > READ_LIMITS.pdfPages) {
      throw new DocumentReadError("readErrorPdfTooManyPages", { file: fileName, count: document.numPages, limit: READ_LIMITS.pdfPages });
    }
    const pages: string[] = [];
    let chars = 0;
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      // Between pages: a cancel during the last page (or its progress report) reads no further page.
      throwIfCancelled(signal, fileName);
      const page = await untilCancelled(document.getPage(pageNumber), signal, fileName);
      const items = await pageText(page, pageNumber, fileName, signal);
      const text = rebuildLines(items.map(toPositioned)).join("\n");
      page.cleanup();
      chars += text.length;
      if (chars > READ_LIMITS.textChars) {
        throw new DocumentReadError("readErrorTextTooLarge", { file: fileName, limit: READ_LIMITS.textChars });
      }
      pages.push(text);
      onProgress?.({ page: pageNumber, pages: document.numPages });
    }
    const text = pages.filter((page) => page !== "").join("\n");
    if (countLetters(text) < MIN_LETTERS) throw new DocumentReadError("readErrorPdfNoText", { file: fileName });
    return text;
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    // pdf.js errors that follow a cancel (a destroyed worker) are the cancel.
    if (signal?.aborted === true) throw cancelledError(fileName, error);
    const key = errorName(error) === "PasswordException" ? "readErrorPdfEncrypted" : "readErrorPdfCorrupt";
    throw new DocumentReadError(key, { file: fileName }, error);
  } finally {
    const destroyed = task.destroy().catch(() => undefined);
    // Stopping the worker waits for it to answer, which a page being parsed
    // delays; a cancelled read returns at once and lets it finish on its own.
    if (signal?.aborted !== true) await destroyed;
  }
}

/** A page's text items, stopping pdf.js once a page has more than any real page. */
async function pageText(page: PdfjsPage, pageNumber: number, file: string, signal?: AbortSignal): Promise<PdfjsTextItem[]> {
  const reader = page.streamTextContent().getReader();
  const next = () => untilCancelled(reader.read(), signal, file);
  const items: PdfjsTextItem[] = [];
  for (let batch = await next(); !batch.done; batch = await next()) {
    for (const item of batch.value?.items ?? []) if (isTextItem(item)) items.push(item);
    if (items.length > READ_LIMITS.pdfPageItems) {
      // Not reader.cancel(): pdf.js asserts its reason is an Error of its own
      // realm, which fails under jest. Destroying the document (readPdf's
      // finally) stops the page's reading as well.
      throw new DocumentReadError("readErrorPdfPageTooComplex", { file, page: pageNumber, limit: READ_LIMITS.pdfPageItems });
    }
  }
  return items;
}

function isTextItem(item: PdfjsTextContentItem): item is PdfjsTextItem {
  return "str" in item && typeof item.str === "string";
}

function toPositioned(item: PdfjsTextItem): PositionedText {
  const [, , skewX = 0, scaleY = 0, x = 0, y = 0] = item.transform;
  return {
    str: item.str,
    x,
    y,
    width: item.width,
    // Whitespace fragments report height 0; the text matrix still knows the size.
    fontSize: Math.hypot(skewX, scaleY) || item.height,
    hasEOL: item.hasEOL,
  };
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
