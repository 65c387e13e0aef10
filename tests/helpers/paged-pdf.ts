// A PDF with a known number of pages, for tests that follow a read page by
// page: a .docx whose every page starts with a page break, converted by
// LibreOffice as the other PDF tests are, so the pages carry real embedded
// fonts and Vietnamese text.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { convertWithSoffice } from "./soffice";

/** One page per entry, each entry's lines as paragraphs. */
export async function pagedPdf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const children = pages.flatMap((lines, page) =>
    lines.map((text, line) => new Paragraph({ text, pageBreakBefore: page > 0 && line === 0 })),
  );
  const work = mkdtempSync(path.join(tmpdir(), "chitieu-paged-"));
  try {
    const docx = path.join(work, "paged.docx");
    writeFileSync(docx, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    return new Uint8Array(readFileSync(convertWithSoffice(docx, "pdf", work)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `count` pages of plan-like Vietnamese text, page N saying so. */
export function numberedPages(count: number): string[][] {
  return Array.from({ length: count }, (_, index) => [
    `Trang ${index + 1}: Nâng cao chất lượng giáo dục toàn diện`,
    `Tỷ lệ học sinh hoàn thành chương trình đạt ${90 + (index % 10)}%.`,
  ]);
}
