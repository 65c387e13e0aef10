import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { DocumentReadError, readDocument } from "../../src/readers";
import { imageOnlyPdf } from "../helpers/image-only-pdf";
import { FOOTNOTE_TEXT, TABLE_ROWS, buildSeedDocx, positionsInOrder, seedParagraphs, squash } from "../helpers/seed-docx";
import { convertWithSoffice } from "../helpers/soffice";
import { readError } from "../helpers/read-error";

const paragraphs = seedParagraphs(80);
let workDir: string;
let docx: Uint8Array;
let pdf: Uint8Array;
let text: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "chitieu-pdf-"));
  const docxPath = path.join(workDir, "ke-hoach.docx");
  docx = await buildSeedDocx(paragraphs);
  writeFileSync(docxPath, docx);
  pdf = readFileSync(convertWithSoffice(docxPath, "pdf", workDir));
  text = await readDocument(pdf, "ke-hoach.pdf");
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("pdf reader", () => {
  test("reads the text layer with Vietnamese diacritics intact (NFC)", () => {
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toContain("UBND huyện Mường Tè");
    expect(text).toContain("Nâng cao chất lượng giáo dục vùng đặc biệt khó khăn");
  });

  test("keeps the seed paragraphs in order, short ones as whole lines", () => {
    positionsInOrder(squash(text), paragraphs.map(squash));
    const lines = text.split("\n");
    const short = paragraphs.filter((p) => p.length <= 60);
    expect(short.length).toBeGreaterThan(10);
    for (const paragraph of short) expect(lines).toContain(paragraph);
    // Lines come out in page order: the short paragraphs' line numbers only grow.
    const lineNumbers = short.map((p) => lines.indexOf(p));
    expect([...lineNumbers].sort((a, b) => a - b)).toEqual(lineNumbers);
  });

  test("table cells come out row by row after the paragraphs, with words spaced", () => {
    const flat = squash(text);
    const lastParagraph = flat.indexOf(squash(paragraphs[paragraphs.length - 1]));
    const cells = TABLE_ROWS.flat().filter((cell) => cell !== "");
    const [first] = positionsInOrder(flat, cells.map(squash));
    expect(first).toBeGreaterThan(lastParagraph);
    expect(flat).toContain("đạt 99,5% trở lên");
    expect(flat).toContain("12/18 trường");
  });

  test("the footnote marker after a figure is dropped; the footnote text is kept", () => {
    expect(text).toContain("duy trì sĩ số đạt 99,8%");
    expect(text).not.toContain("99,8%1");
    expect(text.split("\n")).toContain(FOOTNOTE_TEXT);
  });

  test("the PDF says exactly what the .docx says, up to line breaks", async () => {
    expect(squash(text)).toBe(squash(await readDocument(docx, "ke-hoach.docx")));
  });

  test("pages are joined in order", () => {
    const pageCount = Number(/\/Type\s*\/Pages\b[^]*?\/Count\s+(\d+)/.exec(Buffer.from(pdf).toString("latin1"))?.[1]);
    expect(pageCount).toBeGreaterThanOrEqual(2);
    // The first and last paragraphs sit on different pages and come out in page order.
    positionsInOrder(text, [paragraphs[0], paragraphs[Math.floor(paragraphs.length / 2)], paragraphs[paragraphs.length - 1]]);
  });

  test("a PDF under a wrong extension is still read by its %PDF signature", async () => {
    await expect(readDocument(pdf, "ke-hoach.txt")).resolves.toBe(text);
    await expect(readDocument(pdf, "ke-hoach.docx")).resolves.toBe(text);
  });

  test("an image-only (scanned) PDF gives the no-text error", async () => {
    const error = await readError(imageOnlyPdf(), "scan.pdf");
    expect(error.key).toBe("readErrorPdfNoText");
    expect(error.message).toContain("scan.pdf");
    expect(error.message).toMatch(/OCR/);
  });

  test("a PDF of blank pages gives the no-text error", async () => {
    const blankDocx = path.join(workDir, "blank.docx");
    writeFileSync(blankDocx, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("")] }] })));
    const blank = readFileSync(convertWithSoffice(blankDocx, "pdf", workDir));
    expect((await readError(blank, "blank.pdf")).key).toBe("readErrorPdfNoText");
  });

  test("a password-protected PDF is reported as such", async () => {
    const source = path.join(workDir, "secret.docx");
    writeFileSync(source, await buildSeedDocx(paragraphs.slice(0, 5)));
    const options = JSON.stringify({
      EncryptFile: { type: "boolean", value: "true" },
      DocumentOpenPassword: { type: "string", value: "matkhau" },
    });
    const encrypted = readFileSync(convertWithSoffice(source, `pdf:writer_pdf_Export:${options}`, workDir));
    expect((await readError(encrypted, "secret.pdf")).key).toBe("readErrorPdfEncrypted");
  });

  test("a PDF header over junk is reported as a damaged PDF", async () => {
    const junk = new TextEncoder().encode("%PDF-1.7\n" + "không phải PDF ".repeat(50));
    expect((await readError(junk, "hong.pdf")).key).toBe("readErrorPdfCorrupt");
  });

  test("a truncated PDF either yields text or a DocumentReadError, never a raw library error", async () => {
    for (const share of [0.05, 0.2, 0.5, 0.8, 0.95]) {
      const cut = pdf.slice(0, Math.floor(pdf.length * share));
      const outcome: unknown = await readDocument(cut, "cut.pdf").then(
        (read) => read,
        (thrown: unknown) => thrown,
      );
      if (typeof outcome !== "string") {
        expect(outcome).toBeInstanceOf(DocumentReadError);
      }
    }
  });
});
