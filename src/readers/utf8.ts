// A UTF-8 validator that reports WHERE the text stops being UTF-8.
// TextDecoder only says "invalid"; the byte offset lets the error message point
// the user at the problem (usually the first Vietnamese letter of a file saved
// as Windows-1258 or TCVN3). Rules follow the WHATWG decoder, so the verdict
// matches `new TextDecoder("utf-8", { fatal: true })`.

/** Index of the first byte that is not part of valid UTF-8, or -1 when all of it is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Allowed range for the second byte and number of continuation bytes.
    let lo = 0x80;
    let hi = 0xbf;
    let needed: number;
    if (b >= 0xc2 && b <= 0xdf) {
      needed = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else {
      return i;
    }
    for (let k = 1; k <= needed; k += 1) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return i;
    }
    i += needed + 1;
  }
  return -1;
}
