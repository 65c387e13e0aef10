// Hostile files (issue 11): archives and PDFs that inflate to hundreds of MB,
// archives with thousands of parts, text far longer than any plan. Each must
// be refused early with a typed reader error naming the limit, never crash
// with a heap or stack error. The bombs are built here (scripts/bombs.cjs)
// without ever holding their inflated bytes; scripts/bomb-bench.mjs measures
// the CLI's time and memory on the same files.
import { docxBomb, docxManyEntries, docxOfBody, manyParagraphs, pdfBomb, xlsxBomb } from "../../scripts/bombs.cjs";
import { readTrackingWorkbook, WorkbookReadError } from "../../src/hosts/xlsx/read";
import { checkInputSize, DocumentReadError, readDocument } from "../../src/readers";
import { READ_LIMITS } from "../../src/readers/limits";
import { readError } from "../helpers/read-error";
import { buildSeedDocx, seedParagraphs } from "../helpers/seed-docx";

const MB = 1024 * 1024;

async function workbookError(bytes: Uint8Array): Promise<WorkbookReadError> {
  const error: unknown = await readTrackingWorkbook(bytes, "so-theo-doi.xlsx").then(
    () => new Error("expected a WorkbookReadError"),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof WorkbookReadError)) throw error;
  return error;
}

describe("docx bombs", () => {
  test("150 MB of paragraphs, declared: refused from the zip directory, naming the part and the limit", async () => {
    const error = await readError(docxBomb(150 * MB), "bom.docx");
    expect(error.key).toBe("readErrorPartTooLarge");
    expect(error.params).toEqual({ file: "bom.docx", part: "word/document.xml", limit: READ_LIMITS.docxPartBytes / MB });
    expect(error.message).toContain("word/document.xml");
    expect(error.message).toMatch(/ \/ File bom\.docx: part/);
  });

  test("150 MB of paragraphs declared as 4 KB: inflating stops at the first limit it passes (the tag count)", async () => {
    const error = await readError(docxBomb(150 * MB, { declaredSize: 4000 }), "bom.docx");
    expect(error.key).toBe("readErrorPartTooComplex");
    expect(error.params.part).toBe("word/document.xml");
  });

  test("a part whose size lies is still held to the size limit while inflating", async () => {
    // Long paragraphs: few tags, so the byte cap is what stops it.
    const long = `<w:p><w:r><w:t>${"x".repeat(60_000)}</w:t></w:r></w:p>`;
    const error = await readError(docxBomb(150 * MB, { declaredSize: 4000, paragraph: long }), "bom.docx");
    expect(error.key).toBe("readErrorPartTooLarge");
    expect(error.params).toMatchObject({ part: "word/document.xml", limit: READ_LIMITS.docxPartBytes / MB });
  });

  test("a part within the size limit but packed like a bomb is refused as suspicious", async () => {
    const error = await readError(docxBomb(8 * MB), "bom.docx");
    expect(error.key).toBe("readErrorPartSuspicious");
    expect(error.params.limit).toBe(READ_LIMITS.zipRatio);
    expect(Number(error.params.ratio)).toBeGreaterThan(READ_LIMITS.zipRatio);
  });

  test("the same, with few tags and a size that lies, is caught after inflating", async () => {
    const long = `<w:p><w:r><w:t>${"x".repeat(60_000)}</w:t></w:r></w:p>`;
    const error = await readError(docxBomb(8 * MB, { declaredSize: 4000, paragraph: long }), "bom.docx");
    expect(error.key).toBe("readErrorPartSuspicious");
  });

  test("more elements than mammoth can hold in memory are refused before it parses them", async () => {
    // 100,000 different paragraphs pack like text (~10 to 1): only the tag count gives them away.
    const error = await readError(docxOfBody(manyParagraphs(100_000)), "dai.docx");
    expect(error.key).toBe("readErrorPartTooComplex");
    expect(error.params).toEqual({ file: "dai.docx", part: "word/document.xml", limit: READ_LIMITS.docxXmlTags });
  });

  test("thousands of parts are refused before any is read", async () => {
    const error = await readError(docxManyEntries(READ_LIMITS.zipEntries + 1), "bom.docx");
    expect(error.key).toBe("readErrorTooManyParts");
    expect(error.params).toMatchObject({ count: READ_LIMITS.zipEntries + 4, limit: READ_LIMITS.zipEntries });
  });

  test("a real plan still reads", async () => {
    const paragraphs = seedParagraphs(80);
    const text = await readDocument(await buildSeedDocx(paragraphs), "ke-hoach.docx");
    expect(text.split("\n").slice(0, paragraphs.length)).toEqual(paragraphs);
  });
});

describe("pdf bombs", () => {
  test("a content stream inflating past the stream limit is refused before pdf.js opens it", async () => {
    const error = await readError(pdfBomb(100 * MB), "bom.pdf");
    expect(error.key).toBe("readErrorPdfStreamTooLarge");
    expect(error.params).toEqual({ file: "bom.pdf", part: "4 0 obj", limit: READ_LIMITS.pdfStreamBytes / MB });
  });

  test("a page with hundreds of thousands of text pieces is stopped midway", async () => {
    const error = await readError(pdfBomb(8 * MB, "BT 72 700 Td (x) Tj ET\n"), "bom.pdf");
    expect(error.key).toBe("readErrorPdfPageTooComplex");
    expect(error.params).toEqual({ file: "bom.pdf", page: 1, limit: READ_LIMITS.pdfPageItems });
  });

  test("a normal small PDF still reads", async () => {
    const text = await readDocument(pdfBomb(1000), "ke-hoach.pdf");
    expect(text).toContain("Ke hoach nam hoc 2024 - 2025");
  });
});

describe("xlsx bombs", () => {
  test("a sheet declared larger than the part limit is refused from the directory", async () => {
    const error = await workbookError(xlsxBomb(READ_LIMITS.xlsxPartBytes + MB));
    expect(error.key).toBe("readErrorPartTooLarge");
    expect(error.params).toEqual({ file: "so-theo-doi.xlsx", part: "xl/worksheets/sheet1.xml", limit: READ_LIMITS.xlsxPartBytes / MB });
  });

  test("a sheet packed like a bomb is refused as suspicious", async () => {
    const error = await workbookError(xlsxBomb(20 * MB));
    expect(error.key).toBe("readErrorPartSuspicious");
  });

  test("a sheet whose size lies stops inflating at the part limit", async () => {
    const error = await workbookError(xlsxBomb(READ_LIMITS.xlsxPartBytes + MB, "_ChiTieu", { declaredSize: 4000 }));
    expect(error.key).toBe("readErrorPartTooLarge");
    expect(error.params.part).toBe("xl/worksheets/sheet1.xml");
  });
});

describe("files far larger than a plan", () => {
  test("are refused from their size alone, as the task pane does before loading them", () => {
    const thrown: unknown = (() => {
      try {
        checkInputSize(READ_LIMITS.inputBytes + 1, "video.mp4");
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(DocumentReadError);
    expect(thrown).toMatchObject({ key: "readErrorFileTooLarge", params: { file: "video.mp4", limit: READ_LIMITS.inputBytes / MB } });
    expect(() => checkInputSize(READ_LIMITS.inputBytes, "ke-hoach.pdf")).not.toThrow();
  });
});

describe("text far longer than a plan", () => {
  test("a text file over the size limit is refused before decoding", async () => {
    const error = await readError(new Uint8Array(READ_LIMITS.textFileBytes + 1).fill(0x61), "ke-hoach.txt");
    expect(error.key).toBe("readErrorTextFileTooLarge");
    expect(error.params.limit).toBe(READ_LIMITS.textFileBytes / MB);
  });

  test("text over the character limit is refused before the engine sees it", async () => {
    const error = await readError(new Uint8Array(READ_LIMITS.textChars + 1).fill(0x61), "ke-hoach.txt");
    expect(error).toBeInstanceOf(DocumentReadError);
    expect(error.key).toBe("readErrorTextTooLarge");
  });
});
