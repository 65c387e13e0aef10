import fc from "fast-check";
import { DocumentReadError, readDocument } from "../../src/readers";
import { decodeText } from "../../src/readers/text";
import { firstInvalidUtf8 } from "../../src/readers/utf8";

const SAMPLE = "Huy động trẻ 5 tuổi ra lớp đạt 99,5%;\r\nỦy ban nhân dân huyện Mường Tè.";

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function withBom(encoding: "utf-8" | "utf-16le" | "utf-16be", text: string): Uint8Array {
  if (encoding === "utf-8") return Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
  const bytes: number[] = encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (encoding === "utf-16le") bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

function decodeError(bytes: Uint8Array, name: string): DocumentReadError {
  try {
    decodeText(bytes, name);
  } catch (error) {
    if (error instanceof DocumentReadError) return error;
    throw error;
  }
  throw new Error("expected a DocumentReadError");
}

/** Text as people write it: any Unicode except the control characters that mark a file as binary. */
const textString = fc
  .string({ unit: "binary", maxLength: 200 })
  .map((s) => s.replace(/[\u0000-\u0008\u000e-\u0019\u001b-\u001f]/g, ""));

describe("text decoding", () => {
  test("UTF-8 without BOM", () => {
    expect(decodeText(utf8(SAMPLE), "a.txt")).toBe(SAMPLE);
  });

  test.each(["utf-8", "utf-16le", "utf-16be"] as const)("%s with BOM (BOM removed)", (encoding) => {
    expect(decodeText(withBom(encoding, SAMPLE), "a.txt")).toBe(SAMPLE);
  });

  test("readDocument normalizes line ends to \\n and Unicode to NFC", async () => {
    const decomposed = "Mu\u031bo\u031b\u0300ng Te\u0300\r\nx\ry"; // "Mường Tè" typed with combining marks
    await expect(readDocument(withBom("utf-16le", decomposed), "a.txt")).resolves.toBe("Mường Tè\nx\ny");
  });

  test("Windows-1258 bytes are an encoding error that points at the first bad byte", () => {
    // "Huy động" in Windows-1258: "đ" is 0xF0, and the tone is a combining byte.
    const bytes = Uint8Array.from([...utf8("Huy "), 0xf0, 0xf4, 0xd2, 0x6e, 0x67, 0x20, 0x74, 0x72, 0xe8]);
    const error = decodeError(bytes, "cp1258.txt");
    expect(error.key).toBe("readErrorEncoding");
    expect(error.params).toEqual({ file: "cp1258.txt", offset: 4 });
    expect(error.message).toContain("Windows-1258");
  });

  test("the reported offset counts the BOM", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff]);
    expect(decodeError(bytes, "a.txt").params.offset).toBe(4);
  });

  test("a NUL byte means binary, not text", () => {
    expect(decodeError(Uint8Array.from([...utf8("abc"), 0, ...utf8("def")]), "a.txt").key).toBe("readErrorBinary");
  });

  test("random junk is binary rather than a legacy encoding", () => {
    // Deterministic junk: a linear congruential sequence, NUL bytes removed so only the control-share rule can catch it.
    let seed = 12345;
    const junk = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed >> 16) % 255 + 1;
    });
    expect(decodeError(junk, "junk.txt").key).toBe("readErrorBinary");
  });

  test("UTF-16 with an odd trailing byte or a lone surrogate is damaged", () => {
    expect(decodeError(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), "a.txt").key).toBe("readErrorUtf16");
    expect(decodeError(Uint8Array.from([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]), "a.txt").key).toBe("readErrorUtf16");
  });

  test("UTF-16 that decodes to control junk is binary", () => {
    expect(decodeError(withBom("utf-16le", "ab\u0000cd"), "a.txt").key).toBe("readErrorBinary");
  });

  test("empty and whitespace-only files", async () => {
    await expect(readDocument(new Uint8Array(0), "rong.txt")).rejects.toMatchObject({ key: "readErrorEmpty", params: { file: "rong.txt" } });
    await expect(readDocument(utf8(" \n\t \r\n"), "trang.txt")).rejects.toMatchObject({ key: "readErrorNoText" });
    await expect(readDocument(Uint8Array.from([0xef, 0xbb, 0xbf]), "bom.txt")).rejects.toMatchObject({ key: "readErrorNoText" });
  });

  test("errors name the file without its folders", async () => {
    await expect(readDocument(new Uint8Array(0), "/tmp/some/dir/rong.txt")).rejects.toMatchObject({ params: { file: "rong.txt" } });
    await expect(readDocument(new Uint8Array(0), "C:\\Users\\a\\rong.txt")).rejects.toMatchObject({ params: { file: "rong.txt" } });
  });
});

describe("text decoding properties", () => {
  test.each(["utf-8", "utf-16le", "utf-16be"] as const)("any text round-trips through %s with BOM", (encoding) => {
    fc.assert(
      fc.property(textString, (text) => {
        expect(decodeText(withBom(encoding, text), "p.txt")).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test("any text round-trips through UTF-8 without BOM unless it starts with U+FEFF", () => {
    fc.assert(
      fc.property(textString.filter((text) => !text.startsWith("\ufeff")), (text) => {
        expect(decodeText(utf8(text), "p.txt")).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test("the UTF-8 validator agrees with a fatal TextDecoder on arbitrary bytes", () => {
    const fatal = new TextDecoder("utf-8", { fatal: true });
    const bytesArb = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      // Mostly-valid input with one corrupted byte exercises the multi-byte boundaries.
      fc.tuple(textString, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([text, at, byte]) => {
        const bytes = new TextEncoder().encode(text);
        if (bytes.length > 0) bytes[at % bytes.length] = byte;
        return bytes;
      }),
    );
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  test("the reported invalid offset is the exact spot: everything before it is valid", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        if (at >= 0) expect(firstInvalidUtf8(bytes.subarray(0, at))).toBe(-1);
      }),
      { numRuns: 1000 },
    );
  });
});
