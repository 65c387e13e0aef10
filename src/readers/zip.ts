// Looks inside a zip (.docx, .xlsx) before anything inflates it. The central
// directory declares every part's size, so a bomb is usually refused without
// inflating a byte; but declared sizes can lie, so a part is also inflated
// with a byte cap, stopping as soon as it passes it. No Node APIs: the task
// pane reads .docx files through here too.

import { Inflate } from "fflate";
import { DocumentReadError } from "./errors";
import { megabytes, READ_LIMITS } from "./limits";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As the directory says; not to be trusted. */
  declaredSize: number;
  localOffset: number;
}

/** The directory is missing or damaged; each format says so in its own words. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the central directory, read without inflating anything. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end record is last, but a comment of up to 64 KiB may follow it.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError("no zip directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError("bad zip directory");
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's bytes as stored (still compressed), found through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipFormatError("bad zip entry");
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError("truncated zip entry");
  return bytes.subarray(start, start + entry.compressedSize);
}

export interface ZipLimits {
  /** Largest inflated size of one part; refused above it. */
  partBytes: (name: string) => number;
  /** Whether the parser will inflate this part (pictures a reader skips need not be). */
  parsed: (name: string) => boolean;
  /** Tags ("<") all parsed parts may hold together, for parsers whose memory grows per element. */
  xmlTags?: number;
}

/**
 * Refuses a zip whose directory already gives it away: too many parts, a part
 * declared larger than its limit, all parts together too large, or a large
 * part packed far tighter than any real document.
 */
export function checkZipDirectory(entries: readonly ZipEntry[], file: string, limits: ZipLimits): void {
  if (entries.length > READ_LIMITS.zipEntries) {
    throw new DocumentReadError("readErrorTooManyParts", { file, count: entries.length, limit: READ_LIMITS.zipEntries });
  }
  let total = 0;
  for (const entry of entries) {
    checkPartSize(entry, entry.declaredSize, file, limits);
    total += entry.declaredSize;
    if (total > READ_LIMITS.zipTotalBytes) {
      throw new DocumentReadError("readErrorArchiveTooLarge", { file, limit: megabytes(READ_LIMITS.zipTotalBytes) });
    }
  }
}

/** A part's size, declared or real, against its limit and the bomb ratio. */
export function checkPartSize(entry: ZipEntry, size: number, file: string, limits: ZipLimits): void {
  const limit = limits.partBytes(entry.name);
  if (size > limit) throw new DocumentReadError("readErrorPartTooLarge", { file, part: entry.name, limit: megabytes(limit) });
  if (size > READ_LIMITS.zipRatioFloorBytes && size > READ_LIMITS.zipRatio * Math.max(1, entry.compressedSize)) {
    const ratio = Math.round(size / Math.max(1, entry.compressedSize));
    throw new DocumentReadError("readErrorPartSuspicious", { file, part: entry.name, ratio, limit: READ_LIMITS.zipRatio });
  }
}

/** Gathers chunks into one array of `size` bytes. */
export function joined(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** Compressed bytes fed to the inflater at a time: one push yields at most ~1,000 times this. */
const INFLATE_SLICE = 16 * 1024;

/**
 * Inflates raw deflate data piece by piece, handing each piece to `onChunk`,
 * and stops as soon as more than `cap` bytes came out. Returns the inflated
 * size, or null past the cap. Damaged data throws fflate's error.
 */
export function inflateCapped(data: Uint8Array, cap: number, onChunk?: (chunk: Uint8Array) => void): number | null {
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= cap) onChunk?.(chunk);
  });
  for (let at = 0; at < data.length && size <= cap; at += INFLATE_SLICE) {
    inflater.push(data.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= data.length);
  }
  return size > cap ? null : size;
}

/**
 * Checks the directory, then inflates every part the parser reads with its cap (discarding the
 * output) so the sizes the parser will meet are the real ones, not the
 * declared ones. Throws DocumentReadError for a part over its limit or a zip
 * bomb, ZipFormatError for a damaged archive.
 */
export function checkZip(bytes: Uint8Array, file: string, limits: ZipLimits): ZipEntry[] {
  const entries = zipEntries(bytes);
  checkZipDirectory(entries, file, limits);
  let total = 0;
  let tags = 0;
  for (const entry of entries) {
    if (!limits.parsed(entry.name)) continue;
    const data = entryData(bytes, entry);
    const cap = Math.min(limits.partBytes(entry.name), READ_LIMITS.zipTotalBytes - total);
    const countTags = (chunk: Uint8Array): void => {
      if (limits.xmlTags === undefined) return;
      for (let i = chunk.indexOf(0x3c); i >= 0; i = chunk.indexOf(0x3c, i + 1)) tags++;
      if (tags > limits.xmlTags) throw new DocumentReadError("readErrorPartTooComplex", { file, part: entry.name, limit: limits.xmlTags });
    };
    let size: number | null;
    if (entry.method === 0) {
      size = data.length <= cap ? data.length : null;
      countTags(data);
    } else if (entry.method === 8) size = inflateOrDamaged(data, cap, countTags);
    else continue; // the parser refuses methods it does not know; nothing to inflate here
    if (size === null) {
      if (cap < limits.partBytes(entry.name)) {
        throw new DocumentReadError("readErrorArchiveTooLarge", { file, limit: megabytes(READ_LIMITS.zipTotalBytes) });
      }
      throw new DocumentReadError("readErrorPartTooLarge", { file, part: entry.name, limit: megabytes(cap) });
    }
    checkPartSize(entry, size, file, limits);
    total += size;
  }
  return entries;
}

function inflateOrDamaged(data: Uint8Array, cap: number, onChunk: (chunk: Uint8Array) => void): number | null {
  try {
    return inflateCapped(data, cap, onChunk);
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new ZipFormatError(`damaged deflate data: ${String(error)}`);
  }
}
