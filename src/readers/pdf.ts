// PDF files, through the pdf.js text layer: pages in order, lines rebuilt from
// fragment positions. A PDF whose pages carry (almost) no letters is a scan;
// reporting that is more useful than handing the engine an empty document.

import { DocumentReadError } from "./errors";
import { errorName } from "./error-message";
import { type PositionedText, rebuildLines } from "./pdf-lines";
import type { PdfjsLib, PdfjsLoader, PdfjsTextContentItem, PdfjsTextItem } from "./pdfjs-types";
import { loadPdfjsInNode } from "./pdfjs-node";

/** Fewer letters than this in the whole text layer means a scan (page numbers or a stamp at most). */
const MIN_LETTERS = 20;

export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  loadPdfjs: PdfjsLoader = loadPdfjsInNode,
): Promise<string> {
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
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      pages.push(rebuildLines(content.items.filter(isTextItem).map(toPositioned)).join("\n"));
      page.cleanup();
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
