// Builds a real .docx from a seed plan with the `docx` package: the seed's
// lines as paragraphs, then a table of figures, then a closing paragraph with
// a line break and a footnote — the constructs a reader must keep apart.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import {
  Document,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const SEED_NAME = "muong-te-2022-2023";
export const SEED_PATH = path.join(REPO_ROOT, "seeds", `${SEED_NAME}.txt`);

/** Non-empty, trimmed lines of the seed: each becomes one paragraph. */
export function seedParagraphs(count: number): string[] {
  return readFileSync(SEED_PATH, "utf8")
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length >= 3)
    .slice(0, count);
}

export const TABLE_ROWS: readonly (readonly string[])[] = [
  ["TT", "Chỉ tiêu", "Năm học 2022 - 2023", "Ghi chú"],
  ["1", "Tỷ lệ huy động trẻ mẫu giáo ra lớp", "đạt 99,5% trở lên", "vùng ĐBKK 98%"],
  ["2", "Số trường đạt chuẩn quốc gia", "12/18 trường", ""],
  ["3", "Học sinh hoàn thành chương trình tiểu học", "1.132 học sinh", "tăng 2,5% so với đầu năm"],
];

/** Words on either side of a manual line break (Shift+Enter) that must not be glued together. */
export const LINE_BREAK_PARTS = ["Tỷ lệ chuyên cần đạt 97%", "duy trì sĩ số đạt 99,8%"] as const;
export const CLOSING_PARAGRAPH = "Kế hoạch này thay thế các văn bản trước đây.";
export const FOOTNOTE_TEXT = "Theo Kế hoạch số 1872/KH-SGDĐT.";

export async function buildSeedDocx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: TABLE_ROWS.map((row) => new TableRow({ children: row.map(cell) })),
  });
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph(FOOTNOTE_TEXT)] } },
    sections: [
      {
        children: [
          ...paragraphs.map((text) => new Paragraph(text)),
          table,
          new Paragraph({
            children: [
              new TextRun(LINE_BREAK_PARTS[0]),
              new TextRun({ text: LINE_BREAK_PARTS[1], break: 1 }),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph(CLOSING_PARAGRAPH),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Collapses white space the way the engine and the gold quotes do. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Asserts each needle occurs in `haystack` after the previous one; returns the positions. */
export function positionsInOrder(haystack: string, needles: readonly string[]): number[] {
  const positions: number[] = [];
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) throw new Error(`not found in order: ${JSON.stringify(needle)} (searching from ${from})`);
    positions.push(at);
    from = at + needle.length;
  }
  return positions;
}
