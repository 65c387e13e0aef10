// `chitieu appendix --docx`: both appendices as a Word document. LibreOffice
// Writer must open it (converted to PDF here), with the same heading block
// and tables as the sheets, the figures as they stand now written the
// Vietnamese way, A4 pages (landscape for the wide table), the header rows
// repeated, and each appendix numbered from 1.

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { inflateRawSync } from "node:zlib";
import { appendixDocx, shownText } from "../../src/export/appendix-docx";
import { entryData, zipEntries } from "../../src/readers/zip";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { appendixTables, bookAsRebuilt } from "../../src/workbook/appendix";
import { describeWorkbook } from "../../src/workbook/describe";
import { ensureCliBuilt } from "../helpers/build-cli";
import { convertWithSoffice } from "../helpers/soffice";
import { chitieu } from "./compare";
import { filled } from "./fixture";

const OUT = path.resolve(__dirname, "..", "..", "test-output", "appendix-docx");

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) throw new Error(`${command} failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
}

const squeeze = (text: string): string => text.replace(/\s+/g, " ").trim();
/** A comparator stays glued to its number, as the PDF's text has it ("≥3"). */
const tight = (text: string): string => text.replace(/([≥≤<>≈])\s+/g, "$1");
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words and how often each occurs. */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tight(text).split(/\s+/).filter((w) => w !== "")) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

beforeAll(() => {
  ensureCliBuilt();
  mkdirSync(OUT, { recursive: true });
});

test("the Word file opens in LibreOffice Writer with both appendices' heading and tables, current values", async () => {
  const book = filled("bac-son-2024-2025", 23);
  const input = path.join(OUT, "bac-son-filled.xlsx");
  const output = path.join(OUT, "bac-son-appendix.xlsx");
  const docx = path.join(OUT, "phu-luc.docx");
  writeFileSync(input, await writeXlsx(describeWorkbook(book.plan, book.units, { entries: book.entries })));
  // One target in Phụ lục II: a narrow table, printed portrait.
  const cli = chitieu(["appendix", input, "--targets", "T129", "-o", output, "--docx", docx, "--force"]);
  expect(cli.stderr).toBe("");
  expect(cli.status).toBe(0);
  expect(cli.stdout).toContain(`Đã ghi hai phụ lục ra tệp Word ${docx}.`);

  const [first, second] = appendixTables(bookAsRebuilt(await readTrackingWorkbook(readFileSync(input))), { targets: ["T129"] });
  expect([first.orientation, second.orientation]).toEqual(["landscape", "portrait"]);

  const started = Date.now();
  const pdf = convertWithSoffice(docx, "pdf", OUT);
  const convertMs = Date.now() - started;
  const info = run("pdfinfo", ["-f", "1", "-l", "999", pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  const texts = Array.from({ length: pages }, (_, i) => run("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"]));
  const start = (label: string): number => texts.findIndex((text) => text.split("\n").some((line) => line.trim() === label));
  const secondStart = start("Phụ lục II");
  expect(start("Phụ lục I")).toBe(0);
  expect(secondStart).toBeGreaterThan(0);

  for (const [table, from, to] of [
    [first, 0, secondStart],
    [second, secondStart, pages],
  ] as const) {
    const own = texts.slice(from, to);
    own.forEach((text, k) => {
      const [width, height] = sizes[from + k];
      // A4: 595 × 842 points, turned for landscape.
      expect(table.orientation === "landscape" ? [width, height] : [height, width]).toEqual([expect.closeTo(841.9, 0), expect.closeTo(595.3, 0)]);
      // The header rows on every page.
      expect(squeeze(text)).toContain("Đánh giá");
      expect(squeeze(text)).toContain("TT");
      // Numbered within the appendix, from the second page: the page number is the first line.
      const firstLine = text.split("\n").find((line) => line.trim() !== "")?.trim();
      if (k === 0) expect(firstLine).toBe(table.heading.issuer);
      else expect(firstLine).toBe(String(k + 1));
    });
    const all = squeeze(own.join("\n"));
    for (const line of [table.heading.issuer, table.heading.label, table.heading.title, table.heading.attachedTo]) {
      expect(all).toContain(squeeze(line));
    }
    // Every word of every header and cell, as often as the table has it (Writer's PDF keeps
    // words, not cell order; a wrapped cell's words sit on several lines).
    const found = words(own.join("\n"));
    const wanted = words([...table.header.map((cell) => cell.text), ...table.rows.flatMap((row) => row.cells.map(shownText))].join("\n"));
    const short = [...wanted].filter(([word, count]) => (found.get(word) ?? 0) < count).map(([word, count]) => `${word} ×${count} (found ${found.get(word) ?? 0})`);
    expect(short).toEqual([]);
    // The one-line figures of each row side by side on one printed line, in column order.
    const lines = own.flatMap((_, k) => run("pdftotext", ["-layout", "-f", String(from + k + 1), "-l", String(from + k + 1), pdf, "-"]).split("\n")).map(tight);
    for (const row of table.rows.filter((r) => r.kind !== "group")) {
      // Phụ lục I: Kế hoạch, Thực hiện, Chênh lệch, Tỷ lệ; Phụ lục II: each target's Kế hoạch and Thực hiện.
      const figures = row.cells.filter((_, c) => (table.kind === "I" ? c >= 4 && c <= 7 : c >= 2 && (c - 2) % 3 !== 2));
      const sequence = figures.map(shownText).filter((text) => text !== "").map(tight);
      if (sequence.length === 0) continue;
      const pattern = new RegExp(sequence.map((text) => `(?<![\\d,])${escape(text)}(?![\\d,])`).join("\\s+"));
      expect(lines.some((line) => pattern.test(line)) ? "found" : `no line with ${sequence.join(" | ")}`).toBe("found");
    }
  }
  console.log(`appendix docx: Phụ lục I ${secondStart} pages, Phụ lục II ${pages - secondStart}; Writer PDF ${convertMs} ms`);
}, 300_000);

test("a Sở's plan: the governing body in regular capitals above the issuing body in bold (Nghị định 30)", async () => {
  const seed = filled("muong-te-2022-2023", 5);
  const meta = { ...seed.plan.meta, issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ THỌ", governingBody: "UBND TỈNH PHÚ THỌ", government: "tinh" as const, area: "tỉnh Phú Thọ" };
  const plan = { ...seed.plan, meta };
  const book = bookAsRebuilt(await readTrackingWorkbook(await writeXlsx(describeWorkbook(plan, seed.units, { entries: seed.entries }))));
  expect(book.area).toBe("Toàn tỉnh Phú Thọ");
  const tables = appendixTables(book);
  expect(tables[0].heading.issuer).toBe("UBND TỈNH PHÚ THỌ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO");
  const bytes = await appendixDocx(tables);
  const entry = zipEntries(bytes).find((candidate) => candidate.name === "word/document.xml");
  if (!entry) throw new Error("no document.xml");
  const data = entryData(bytes, entry);
  const xml = new TextDecoder().decode(entry.method === 8 ? inflateRawSync(data) : data);
  const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => m[0]);
  const governing = paragraphs.find((p) => p.includes(">UBND TỈNH PHÚ THỌ<"));
  const issuing = paragraphs.find((p) => p.includes(">SỞ GIÁO DỤC VÀ ĐÀO TẠO<"));
  expect(governing).toBeDefined();
  expect(issuing).toBeDefined();
  expect(governing).not.toContain("<w:b/>");
  expect(issuing).toContain("<w:b/>");
  expect(paragraphs.indexOf(governing as string)).toBeLessThan(paragraphs.indexOf(issuing as string));
  // Phụ lục II's total row names the province.
  expect(xml).toContain(">Toàn tỉnh Phú Thọ<");
});
