// The stream filters measured before pdf.js opens a PDF: each decodes what
// a standard encoder wrote (checked through a chain ending in Flate, so a
// wrong byte breaks the inflate), and a bomb is stopped at the cap.

import fc from "fast-check";
import { zlibSync } from "fflate";
import { lzwRepeated, pdfWithContent } from "../../scripts/bombs.cjs";
import { readDocument } from "../../src/readers";
import { READ_LIMITS } from "../../src/readers/limits";
import { decodedSize, isMeasured, streamFilters } from "../../src/readers/pdf-filters";
import { readError } from "../helpers/read-error";

/** PDF LZW (9–12 bits, EarlyChange 1), written as the decoder reads it. */
function lzwEncode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  let width = 9;
  let table = new Map<string, number>();
  let next = 258;
  const write = (code: number): void => {
    buffer = (buffer << width) | code;
    bits += width;
    while (bits >= 8) {
      out.push((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  };
  const codeOf = (key: string): number => (key.length === 1 ? key.charCodeAt(0) : (table.get(key) as number));
  let emitted = 0;
  let current = "";
  for (const byte of data) {
    const extended = current + String.fromCharCode(byte);
    if (current === "" || extended.length === 1 || table.has(extended)) {
      current = extended;
      continue;
    }
    write(codeOf(current));
    // The decoder adds an entry for every code after the first; its width follows its own count.
    if (emitted > 0 && next < 4096) next++;
    emitted++;
    if (next + 1 >= 1 << width && width < 12) width++;
    if (next + (emitted > 0 ? 0 : 1) < 4096 && table.size + 258 < 4096) table.set(extended, table.size + 258);
    if (table.size + 258 >= 4096) {
      write(256);
      table = new Map();
      next = 258;
      width = 9;
      emitted = 0;
    }
    current = String.fromCharCode(byte);
  }
  if (current !== "") {
    write(codeOf(current));
    if (emitted > 0 && next < 4096) next++;
    if (next + 1 >= 1 << width && width < 12) width++;
  }
  write(257);
  if (bits > 0) out.push((buffer << (8 - bits)) & 0xff);
  return Uint8Array.from(out);
}

function ascii85Encode(data: Uint8Array): Uint8Array {
  let text = "";
  for (let at = 0; at < data.length; at += 4) {
    const group = data.subarray(at, at + 4);
    let value = 0;
    for (let i = 0; i < 4; i++) value = value * 256 + (group[i] ?? 0);
    if (group.length === 4 && value === 0) {
      text += "z";
      continue;
    }
    const digits: string[] = [];
    for (let i = 0; i < 5; i++) {
      digits.unshift(String.fromCharCode((value % 85) + 33));
      value = Math.floor(value / 85);
    }
    text += digits.slice(0, group.length + 1).join("");
  }
  return new TextEncoder().encode(`${text}~>`);
}

const hexEncode = (data: Uint8Array): Uint8Array => new TextEncoder().encode(`${Buffer.from(data).toString("hex")} >`);

function runLengthEncode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let at = 0; at < data.length; ) {
    let run = 1;
    while (at + run < data.length && data[at + run] === data[at] && run < 128) run++;
    if (run > 1) {
      out.push(257 - run, data[at]);
      at += run;
    } else {
      const literal = data.subarray(at, at + Math.min(128, data.length - at));
      out.push(literal.length - 1, ...literal);
      at += literal.length;
    }
  }
  out.push(128);
  return Uint8Array.from(out);
}

const bytes = fc.uint8Array({ maxLength: 6000 }).chain((random) =>
  // Repetitive text as well as noise, so tables fill and clear.
  fc.constantFrom(random, new TextEncoder().encode("Tỷ lệ huy động trẻ đạt 98,5%. ".repeat(1 + (random.length % 400)))),
);

describe("streamFilters", () => {
  it("reads one name or an array, full or abbreviated", () => {
    expect(streamFilters("<< /Length 10 /Filter /FlateDecode >>")).toEqual(["FlateDecode"]);
    expect(streamFilters("<< /Filter [ /ASCII85Decode /LZWDecode ] /Length 4 >>")).toEqual(["ASCII85Decode", "LZWDecode"]);
    expect(streamFilters("<< /Length 3 >>")).toEqual([]);
    expect(isMeasured(["DCTDecode"])).toBe(false);
    expect(isMeasured(["A85", "Fl"])).toBe(true);
  });
});

describe("decodedSize", () => {
  const encoders: [string, (data: Uint8Array) => Uint8Array][] = [
    ["LZWDecode", lzwEncode],
    ["ASCII85Decode", ascii85Encode],
    ["ASCIIHexDecode", hexEncode],
    ["RunLengthDecode", runLengthEncode],
  ];
  it.each(encoders)("%s, then Flate, gives back exactly what was written", (filter, encode) => {
    fc.assert(
      fc.property(bytes, (data) => {
        expect(decodedSize(encode(zlibSync(data)), [filter, "FlateDecode"], 1 << 24)).toBe(data.length);
      }),
      { numRuns: 60 },
    );
  });

  it("measures LZW alone without keeping its output, as far as the cap", () => {
    fc.assert(
      fc.property(bytes, (data) => {
        expect(decodedSize(lzwEncode(data), ["LZWDecode"], 1 << 24)).toBe(data.length);
        if (data.length > 1) expect(decodedSize(lzwEncode(data), ["LZWDecode"], data.length - 1)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it("stops LZW, RunLength and Flate bombs at the cap, and double Flate too", () => {
    const lzwBomb = lzwRepeated(0x20, 64 * 1024 * 1024);
    expect(lzwBomb.length).toBeLessThan(40_000);
    expect(decodedSize(lzwBomb, ["LZWDecode"], 32 * 1024 * 1024)).toBeNull();
    expect(decodedSize(lzwRepeated(0x20, 5000), ["LZW"], 32 * 1024 * 1024)).toBeGreaterThanOrEqual(5000);
    const runs = Uint8Array.from({ length: 2 * 300_000 }, (_, i) => (i % 2 === 0 ? 129 : 0x20));
    expect(decodedSize(runs, ["RunLengthDecode"], 32 * 1024 * 1024)).toBeNull();
    const inner = zlibSync(new Uint8Array(40 * 1024 * 1024), { level: 9 });
    expect(decodedSize(zlibSync(inner), ["FlateDecode", "FlateDecode"], 32 * 1024 * 1024)).toBeNull();
    expect(decodedSize(zlibSync(inner), ["FlateDecode"], 32 * 1024 * 1024)).toBe(inner.length);
  });

  it("counts damaged data as what came out before the damage, and ignores filters it does not decode", () => {
    const good = lzwEncode(new TextEncoder().encode("Kế hoạch năm học 2025-2026"));
    const size = decodedSize(good.subarray(0, good.length - 3), ["LZWDecode"], 1 << 20);
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(40);
    expect(decodedSize(new Uint8Array(100), ["DCTDecode"], 10)).toBe(100);
  });
});

describe("PDFs with these filters", () => {
  const content = new TextEncoder().encode("BT /F1 12 Tf 72 720 Td (Ke hoach nam hoc 2025 - 2026 cua xa Tu Vu) Tj ET\n");

  it("are read by pdf.js as this encoder wrote them, so the decoder measures what pdf.js will hold", async () => {
    for (const [filter, stream] of [
      ["/LZWDecode", lzwEncode(content)],
      ["[/ASCII85Decode /LZWDecode]", ascii85Encode(lzwEncode(content))],
      ["[/ASCIIHexDecode /FlateDecode]", hexEncode(zlibSync(content))],
    ] as const) {
      expect(await readDocument(pdfWithContent(Buffer.from(stream), filter), "ke-hoach.pdf")).toContain("Ke hoach nam hoc 2025 - 2026");
    }
  });

  it("refuse an LZW bomb, bare or behind ASCII85, before pdf.js opens them", async () => {
    const bomb = lzwRepeated(0x20, 100 * 1024 * 1024);
    for (const [filter, stream] of [
      ["/LZWDecode", bomb],
      ["[/ASCII85Decode /LZWDecode]", ascii85Encode(bomb)],
    ] as const) {
      const error = await readError(pdfWithContent(Buffer.from(stream), filter), "bom.pdf");
      expect(error.key).toBe("readErrorPdfStreamTooLarge");
      expect(error.params).toEqual({ file: "bom.pdf", part: "4 0 obj", limit: READ_LIMITS.pdfStreamBytes / (1024 * 1024) });
    }
  });
});
