// PDF files, through the pdf.js text layer: pages in order, lines rebuilt from
// fragment positions. A PDF whose pages carry (almost) no letters is a scan;
// reporting that is more useful than handing the engine an empty document.

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

export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  loadPdfjs: PdfjsLoader = loadPdfjsInNode,
): Promise<string> {
  // Before pdf.js, which inflates any stream whole, however large.
  checkPdfStreams(bytes, fileName);
  let pdfjs: PdfjsLib;
  try {
    pdfjs = await loadPdfjs();
  } catch (error) {
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
    const document = await task.promise;
    if (document.numPages > READ_LIMITS.pdfPages) {
      throw new DocumentReadError("readErrorPdfTooManyPages", { file: fileName, count: document.numPages, limit: READ_LIMITS.pdfPages });
    }
    const pages: string[] = [];
    let chars = 0;
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const page = await document.getPage(pageNumber);
      const items = await pageText(page, pageNumber, fileName);
      const text = rebuildLines(items.map(toPositioned)).join("\n");
      page.cleanup();
      chars += text.length;
      if (chars > READ_LIMITS.textChars) {
        throw new DocumentReadError("readErrorTextTooLarge", { file: fileName, limit: READ_LIMITS.textChars });
      }
      pages.push(text);
    }
    const text = pages.filter((page) => page !== "").join("\n");
    if (countLetters(text) < MIN_LETTERS) throw new DocumentReadError("readErrorPdfNoText", { file: fileName });
    return text;
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    const key = errorName(error) === "PasswordException" ? "readErrorPdfEncrypted" : "readErrorPdfCorrupt";
    throw new DocumentReadError(key, { file: fileName }, error);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** A page's text items, stopping pdf.js once a page has more than any real page. */
async function pageText(page: PdfjsPage, pageNumber: number, file: string): Promise<PdfjsTextItem[]> {
  const reader = page.streamTextContent().getReader();
  const items: PdfjsTextItem[] = [];
  for (let batch = await reader.read(); !batch.done; batch = await reader.read()) {
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
