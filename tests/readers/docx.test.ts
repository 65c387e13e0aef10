import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readDocument } from "../../src/readers";
import {
  CLOSING_PARAGRAPH,
  FOOTNOTE_TEXT,
  LINE_BREAK_PARTS,
  TABLE_ROWS,
  buildSeedDocx,
  seedParagraphs,
} from "../helpers/seed-docx";
import { convertWithSoffice } from "../helpers/soffice";
import { readError } from "../helpers/read-error";

const paragraphs = seedParagraphs(80);
let docx: Uint8Array;
let workDir: string;

beforeAll(async () => {
  docx = await buildSeedDocx(paragraphs);
  workDir = mkdtempSync(path.join(tmpdir(), "chitieu-docx-"));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("docx reader", () => {
  test("keeps every seed paragraph on its own line, in order", async () => {
    const lines = (await readDocument(docx, "ke-hoach.docx")).split("\n");
    expect(paragraphs.length).toBeGreaterThan(50);
    // Each paragraph is exactly one line, and they come in document order.
    expect(lines.slice(0, paragraphs.length)).toEqual(paragraphs);
  });

  test("puts each table cell on its own line, row by row, between the text around the table", async () => {
    const lines = (await readDocument(docx, "ke-hoach.docx")).split("\n");
    const cells = TABLE_ROWS.flat().filter((cell) => cell !== "");
    const start = paragraphs.length;
    expect(lines.slice(start, start + cells.length)).toEqual(cells);
    expect(lines[start - 1]).toBe(paragraphs[paragraphs.length - 1]);
  });

  test("a manual line break separates words instead of gluing them; footnote markers stay off the figures", async () => {
    const text = await readDocument(docx, "ke-hoach.docx");
    const lines = text.split("\n");
    expect(lines).toContain(LINE_BREAK_PARTS[0]);
    expect(lines).toContain(LINE_BREAK_PARTS[1]);
    expect(text).not.toContain("99,8%[");
    expect(lines).toContain(CLOSING_PARAGRAPH);
    // The footnote's own text is document text and is kept, after the body.
    expect(text.indexOf(FOOTNOTE_TEXT)).toBeGreaterThan(text.indexOf(CLOSING_PARAGRAPH));
    expect(text).not.toContain("↑");
  });

  test("output is NFC with \\n line ends", async () => {
    const text = await readDocument(docx, "ke-hoach.docx");
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toMatch(/\r/);
    expect(text).toContain("Mường Tè");
  });

  test("a .docx under a wrong extension is still read by its zip signature", async () => {
    const expected = await readDocument(docx, "ke-hoach.docx");
    await expect(readDocument(docx, "ke-hoach.pdf")).resolves.toBe(expected);
    await expect(readDocument(docx, "ke-hoach")).resolves.toBe(expected);
  });

  test("a corrupt zip is reported as a damaged Word file", async () => {
    const truncated = docx.slice(0, Math.floor(docx.length / 2));
    const error = await readError(truncated, "hong.docx");
    expect(error.key).toBe("readErrorDocxCorrupt");
    expect(error.params.file).toBe("hong.docx");
    expect(error.message).toContain("hong.docx");
  });

  test("a .docx that is not a zip at all is 'not a docx'", async () => {
    const error = await readError(new TextEncoder().encode("Đây không phải tệp Word"), "gia.docx");
    expect(error.key).toBe("readErrorNotDocx");
  });

  test("a zip without a Word document inside (an .odt) is 'not a docx'", async () => {
    const source = path.join(workDir, "odt-source.docx");
    writeFileSync(source, docx);
    const odt = readFileSync(convertWithSoffice(source, "odt", workDir));
    const error = await readError(odt, "ke-hoach.odt");
    expect(error.key).toBe("readErrorNotDocx");
  });

  test("an old binary .doc asks to be saved as .docx", async () => {
    const source = path.join(workDir, "legacy.docx");
    writeFileSync(source, docx);
    const doc = readFileSync(convertWithSoffice(source, "doc", workDir));
    for (const name of ["ke-hoach.doc", "ke-hoach.docx", "ke-hoach.txt"]) {
      expect((await readError(doc, name)).key).toBe("readErrorLegacyDoc");
    }
  });

  test("RTF asks to be saved as .docx", async () => {
    const rtf = new TextEncoder().encode("{\\rtf1\\ansi Ke hoach}");
    expect((await readError(rtf, "ke-hoach.rtf")).key).toBe("readErrorRtf");
  });
});
