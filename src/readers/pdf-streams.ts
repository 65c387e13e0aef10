// Measures a PDF's streams before pdf.js opens it. pdf.js decodes a stream
// whole into memory and has no cap (a 1 MB stream of 1.1 GB of spaces held
// 2.2 GB), so each `stream … endstream` is decoded here through its filters
// (./pdf-filters.ts: Flate, LZW, RunLength, and ASCIIHex/ASCII85 before
// them) with a byte cap, the last filter's output discarded.

import { DocumentReadError } from "./errors";
import { megabytes, READ_LIMITS } from "./limits";
import { decodedSize, isMeasured, streamFilters } from "./pdf-filters";

const STREAM = asciiBytes("stream");
const END_STREAM = asciiBytes("endstream");
/** How far before `stream` its object's dictionary may start. */
const DICTIONARY_WINDOW = 2048;
const OBJECT_HEADER = /(\d+)\s+(\d+)\s+obj$/;
/** windows-1252 where "latin1" is asked for; either way one character per byte, enough for keywords. */
const LATIN1 = new TextDecoder("latin1");

export function checkPdfStreams(bytes: Uint8Array, file: string): void {
  let total = 0;
  for (let at = indexOfBytes(bytes, STREAM, 0); at >= 0; at = indexOfBytes(bytes, STREAM, at + STREAM.length)) {
    // `endstream` contains `stream`; and the keyword must end its line.
    if (bytes[at - 1] === 0x64 /* d */) continue;
    const start = dataStart(bytes, at + STREAM.length);
    if (start < 0) continue;
    const dictionary = LATIN1.decode(bytes.subarray(Math.max(0, at - DICTIONARY_WINDOW), at));
    const objectStart = dictionary.lastIndexOf("obj");
    const own = objectStart >= 0 ? dictionary.slice(objectStart) : dictionary;
    const filters = streamFilters(own);
    if (!isMeasured(filters)) continue;
    const end = indexOfBytes(bytes, END_STREAM, start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    const cap = Math.min(READ_LIMITS.pdfStreamBytes, READ_LIMITS.pdfTotalBytes - total);
    const size = decodedSize(data, filters, cap);
    if (size === null) {
      if (cap < READ_LIMITS.pdfStreamBytes) {
        throw new DocumentReadError("readErrorPdfTotalTooLarge", { file, limit: megabytes(READ_LIMITS.pdfTotalBytes) });
      }
      const header = OBJECT_HEADER.exec(dictionary.slice(0, objectStart + 3));
      const part = header ? `${header[1]} ${header[2]} obj` : `@${at}`;
      throw new DocumentReadError("readErrorPdfStreamTooLarge", { file, part, limit: megabytes(cap) });
    }
    total += size;
    if (end >= 0) at = end;
  }
}

/** After `stream`: CRLF or LF (a lone CR is tolerated), or not a stream keyword at all. */
function dataStart(bytes: Uint8Array, at: number): number {
  if (bytes[at] === 0x0d) return bytes[at + 1] === 0x0a ? at + 2 : at + 1;
  if (bytes[at] === 0x0a) return at + 1;
  return -1;
}

function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let at = bytes.indexOf(first, from); at >= 0 && at <= last; at = bytes.indexOf(first, at + 1)) {
    let n = 1;
    while (n < needle.length && bytes[at + n] === needle[n]) n++;
    if (n === needle.length) return at;
  }
  return -1;
}

function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}
