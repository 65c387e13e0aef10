// Plain-text files: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.
// Anything else is refused with a reason the user can act on, rather than
// decoded into mojibake that would silently break the extracted quotes.

import { DocumentReadError } from "./errors";
import { megabytes, READ_LIMITS } from "./limits";
import { firstInvalidUtf8 } from "./utf8";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be";

/** Above this share of control characters a file is junk, not text in a legacy encoding. */
const CONTROL_SHARE_LIMIT = 0.01;

/** Decodes a text file exactly (no normalization); throws DocumentReadError when it is not text. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  // Refused before decoding: the string would take twice the bytes, and the engine far more.
  if (bytes.length > READ_LIMITS.textFileBytes) {
    const limit = megabytes(READ_LIMITS.textFileBytes);
    throw new DocumentReadError("readErrorTextFileTooLarge", { file: fileName, size: Math.ceil(bytes.length / (1024 * 1024)), limit });
  }
  const { encoding, bomLength } = sniffTextEncoding(bytes);
  const body = bytes.subarray(bomLength);
  const text =
    encoding === "utf-8" ? decodeUtf8(body, bomLength, fileName) : decodeUtf16(body, encoding, fileName);
  if (looksBinary(text)) throw new DocumentReadError("readErrorBinary", { file: fileName });
  return text;
}

/** Encoding announced by a byte-order mark; UTF-8 when there is none. */
export function sniffTextEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return { encoding: "utf-8", bomLength: 0 };
}

function decodeUtf8(body: Uint8Array, bomLength: number, fileName: string): string {
  // Junk first: random bytes are also invalid UTF-8, and "binary" is the
  // truer message for them than "save it as UTF-8".
  if (looksBinaryBytes(body)) throw new DocumentReadError("readErrorBinary", { file: fileName });
  const bad = firstInvalidUtf8(body);
  // The offset counts from the start of the file, BOM included, as a hex editor would.
  if (bad >= 0) throw new DocumentReadError("readErrorEncoding", { file: fileName, offset: bad + bomLength });
  // ignoreBOM keeps a second U+FEFF that is part of the text; the real BOM is already cut off.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
}

function decodeUtf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be", fileName: string): string {
  // Big-endian is decoded by swapping bytes: every TextDecoder has utf-16le,
  // while utf-16be is missing from Node builds without full ICU.
  const little = encoding === "utf-16le" ? body : swapByteOrder(body);
  try {
    return new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(little);
  } catch (error) {
    throw new DocumentReadError("readErrorUtf16", { file: fileName }, error);
  }
}

function swapByteOrder(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  // An odd trailing byte stays odd, so the fatal decoder still rejects it.
  if (bytes.length % 2 === 1) out[bytes.length - 1] = bytes[bytes.length - 1];
  return out;
}

/** C0 controls that never occur in a text document (tab, line breaks, form feed and DOS end-of-file do). */
function isJunkControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1a;
}

function tooManyControls(controls: number, total: number): boolean {
  return total > 0 && controls / total > CONTROL_SHARE_LIMIT;
}

function looksBinaryBytes(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i];
    if (b === 0) return true;
    if (isJunkControl(b)) controls += 1;
  }
  return tooManyControls(controls, bytes.length);
}

function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isJunkControl(c)) controls += 1;
  }
  return tooManyControls(controls, text.length);
}
