// Word .docx files, through mammoth. We ask for HTML rather than raw text:
// extractRawText drops line breaks (<w:br/>), gluing the words on either side
// together, while the HTML keeps breaks, paragraphs and table cells apart.

import { throwIfCancelled, untilCancelled } from "./control";
import { DocumentReadError } from "./errors";
import { errorMessage } from "./error-message";
import { htmlToText } from "./html-text";
import { READ_LIMITS } from "./limits";
import { isZip } from "./sniff";
import { checkZip, ZipFormatError, type ZipLimits } from "./zip";

/**
 * mammoth parses every XML part it reads whole, holding ~2 KB per element;
 * pictures it never inflates (the converter below skips them).
 */
const DOCX_LIMITS: ZipLimits = {
  partBytes: (name) => (isPicture(name) ? READ_LIMITS.zipTotalBytes : READ_LIMITS.docxPartBytes),
  parsed: (name) => !isPicture(name),
  xmlTags: READ_LIMITS.docxXmlTags,
};

function isPicture(name: string): boolean {
  return /^word\/media\//i.test(name);
}

/**
 * A cancel is honoured between steps. mammoth's conversion itself cannot be
 * stopped, so it is not abandoned either: left running, it would hold its
 * memory while the next file is read.
 */
export async function readDocx(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<string> {
  throwIfCancelled(signal, fileName);
  if (!isZip(bytes)) throw new DocumentReadError("readErrorNotDocx", { file: fileName });
  try {
    // Before mammoth sees it: mammoth (through JSZip) inflates whole parts and never gives up.
    checkZip(bytes, fileName, DOCX_LIMITS);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new DocumentReadError("readErrorDocxCorrupt", { file: fileName }, error);
    throw error;
  }
  throwIfCancelled(signal, fileName);

  let mammoth: typeof import("mammoth");
  try {
    // Dynamic so the task pane only downloads mammoth when a .docx is opened.
    mammoth = (await untilCancelled(import("mammoth"), signal, fileName)).default;
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError("readErrorReaderUnavailable", { file: fileName, format: "Word" }, error);
  }

  // A private copy of exactly these bytes (a Node Buffer may be a view into a
  // larger pool). mammoth's Node build reads `buffer` and its browser build
  // `arrayBuffer`; JSZip underneath accepts an ArrayBuffer for either.
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  const arrayBuffer = copy.buffer;
  const input = { arrayBuffer, buffer: arrayBuffer };
  // Images are irrelevant to the text; an empty src spares base64-encoding them.
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

  let html: string;
  try {
    html = (await mammoth.convertToHtml(input, { convertImage })).value;
  } catch (error) {
    // A zip without a Word main part (an .xlsx, .odt, or any archive) is "not a
    // docx"; everything else that breaks inside a Word zip means it is damaged.
    const notWord = /main document part/i.test(errorMessage(error));
    throw new DocumentReadError(notWord ? "readErrorNotDocx" : "readErrorDocxCorrupt", { file: fileName }, error);
  }
  throwIfCancelled(signal, fileName);
  return htmlToText(html);
}
