// The PDF stream filters that can make a stream much larger than its bytes in
// the file, decoded with a byte cap so ./pdf-streams.ts can measure a stream
// before pdf.js decodes it whole. Flate packs up to ~1,030 to 1, LZW several
// thousand, RunLength 64; ASCIIHex and ASCII85 only shrink, but come before
// the others in a chain ([/ASCII85Decode /FlateDecode]) and must be undone to
// measure what follows. Image filters (DCT, JPX, CCITT, JBIG2) are left to
// pdf.js, which decodes images only on demand and caps their size.

import { inflateCapped, joined } from "./zip";

/** A filter's output, or null once it passes `cap` bytes. `keep` is false for the last filter of a chain: only its size matters. */
type Decoder = (data: Uint8Array, cap: number, keep: boolean) => { size: number; bytes: Uint8Array | null } | null;

/** Full and abbreviated (inline image) names. */
const DECODERS: Record<string, Decoder> = {
  FlateDecode: flate,
  Fl: flate,
  LZWDecode: lzw,
  LZW: lzw,
  RunLengthDecode: runLength,
  RL: runLength,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
};

/** The filter names of a stream dictionary, in order: `/Filter /FlateDecode` or `/Filter [/ASCII85Decode /FlateDecode]`. */
export function streamFilters(dictionary: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  if (!match) return [];
  return [...match[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((name) => name[1]);
}

/** Whether the first filter of a chain is one measured here (an image filter, or none, is not). */
export function isMeasured(filters: string[]): boolean {
  return filters.length > 0 && filters[0] in DECODERS;
}

/**
 * The decoded size of a stream's data through its filters, up to `cap`; null
 * when it passes the cap. Stops (returning the size so far) at a filter it
 * does not decode. Damaged data counts as what came out before it broke, as
 * pdf.js reads it.
 */
export function decodedSize(data: Uint8Array, filters: string[], cap: number): number | null {
  let bytes = data;
  let size = data.length;
  for (const [i, name] of filters.entries()) {
    const decode = DECODERS[name];
    if (!decode) return size;
    const last = i === filters.length - 1 || !DECODERS[filters[i + 1]];
    const out = decode(bytes, cap, !last);
    if (out === null) return null;
    size = out.size;
    if (last || out.bytes === null) return size;
    bytes = out.bytes;
  }
  return size;
}

function flate(data: Uint8Array, cap: number, keep: boolean): { size: number; bytes: Uint8Array | null } | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const onChunk = (chunk: Uint8Array): void => {
    size += chunk.length;
    if (keep) chunks.push(chunk.slice());
  };
  let result: number | null;
  try {
    result = inflateCapped(skipZlibHeader(data), cap, onChunk);
  } catch {
    result = size;
  }
  if (result === null) return null;
  return { size, bytes: keep ? joined(chunks, size) : null };
}

/** FlateDecode data is zlib: two header bytes (method 8, checksum) before the raw deflate data. */
function skipZlibHeader(data: Uint8Array): Uint8Array {
  const [cmf, flg] = data;
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0 ? data.subarray(2) : data;
}

const LZW_CLEAR = 256;
const LZW_END = 257;

/**
 * LZW as PDF writes it: codes of 9 to 12 bits, most significant bit first,
 * the width growing one code early (EarlyChange 1, the default), as pdf.js
 * reads it. Entries are kept as (prefix, last byte, length, first byte), so
 * measuring needs no output at all.
 */
function lzw(data: Uint8Array, cap: number, keep: boolean): { size: number; bytes: Uint8Array | null } | null {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Int32Array(4096);
  const first = new Uint8Array(4096);
  for (let code = 0; code < 256; code++) {
    suffix[code] = code;
    length[code] = 1;
    first[code] = code;
  }
  let output: Uint8Array | null = keep ? new Uint8Array(Math.min(cap, Math.max(1024, data.length * 4))) : null;
  let size = 0;
  let next = 258;
  let width = 9;
  let previous = -1;
  let buffer = 0;
  let bits = 0;
  const finish = (): { size: number; bytes: Uint8Array | null } => ({ size, bytes: output ? output.slice(0, size) : null });
  const add = (from: number, byte: number): void => {
    if (next >= 4096) return;
    prefix[next] = from;
    suffix[next] = byte;
    length[next] = length[from] + 1;
    first[next] = first[from];
    next++;
  };
  const emit = (code: number): void => {
    if (!output) return;
    if (size + length[code] > output.length) {
      const grown = new Uint8Array(Math.min(cap, Math.max(output.length * 2, size + length[code])));
      grown.set(output.subarray(0, size));
      output = grown;
    }
    for (let c = code, at = size + length[code] - 1; at >= size; at--) {
      output[at] = suffix[c];
      c = prefix[c];
    }
  };
  for (const byte of data) {
    buffer = ((buffer << 8) | byte) & 0xffffff;
    bits += 8;
    while (bits >= width) {
      const code = (buffer >> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === LZW_END) return finish();
      if (code === LZW_CLEAR) {
        next = 258;
        width = 9;
        previous = -1;
        continue;
      }
      if (previous < 0) {
        if (code >= 256) return finish(); // damaged: what came out so far
      } else if (code < next) add(previous, first[code]);
      else if (code === next) add(previous, first[previous]); // the code being defined: previous entry + its own first byte
      else return finish();
      if (size + length[code] > cap) return null;
      emit(code);
      size += length[code];
      previous = code;
      if (next + 1 >= 1 << width && width < 12) width++;
    }
  }
  return finish();
}

/** A length byte n: n + 1 literal bytes (n < 128), 257 − n copies of the next byte (n > 128), or the end (128). */
function runLength(data: Uint8Array, cap: number, keep: boolean): { size: number; bytes: Uint8Array | null } | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let at = 0; at < data.length; ) {
    const n = data[at++];
    if (n === 128) break;
    const count = n < 128 ? n + 1 : 257 - n;
    if (size + count > cap) return null;
    if (keep) chunks.push(n < 128 ? data.slice(at, at + count) : new Uint8Array(count).fill(data[at] ?? 0));
    size += count;
    at += n < 128 ? count : 1;
  }
  return { size, bytes: keep ? joined(chunks, size) : null };
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

/** Pairs of hex digits, white space ignored, up to ">". */
function asciiHex(data: Uint8Array, cap: number, keep: boolean): { size: number; bytes: Uint8Array | null } | null {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let size = 0;
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e /* > */) break;
    const value = hexValue(byte);
    if (value < 0) continue;
    if (high < 0) high = value;
    else {
      out[size++] = (high << 4) | value;
      high = -1;
    }
  }
  if (high >= 0) out[size++] = high << 4;
  if (size > cap) return null;
  return { size, bytes: keep ? out.subarray(0, size) : null };
}

/** Groups of five characters "!".."u" for four bytes, "z" for four zeros, up to "~>". */
function ascii85(data: Uint8Array, cap: number, keep: boolean): { size: number; bytes: Uint8Array | null } | null {
  let zeros = 0;
  for (let i = data.indexOf(0x7a); i >= 0; i = data.indexOf(0x7a, i + 1)) zeros++;
  const out = new Uint8Array(Math.ceil(data.length / 5) * 4 + zeros * 4 + 4);
  let size = 0;
  const group: number[] = [];
  const flush = (count: number): void => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < count - 1; i++) out[size++] = Math.floor(value / 256 ** (3 - i)) % 256;
  };
  for (const byte of data) {
    if (byte === 0x7e /* ~ */) break;
    if (byte === 0x7a /* z */ && group.length === 0) {
      size += 4; // already zero
      continue;
    }
    if (byte < 0x21 || byte > 0x75) continue;
    group.push(byte - 0x21);
    if (group.length === 5) {
      flush(5);
      group.length = 0;
    }
  }
  if (group.length > 1) flush(group.length);
  if (size > cap) return null;
  return { size, bytes: keep ? out.subarray(0, size) : null };
}
