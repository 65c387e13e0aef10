// Phụ lục I and II as LibreOffice prints them: every page A4 landscape, the
// table inside the decree's margins (fitted to the page width, nothing cut
// off), the header rows repeated on every page, the heading block on the
// first page laid out as Nghị định 30/2020 asks (issuer top left, "Phụ lục I"
// and the title centred, the "Kèm theo" line under them), and each appendix
// numbered on its own from page 1 (no number on the first page). Pages are
// rendered to PNG in test-output/appendix-print for a person to look at.

import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { describeWorkbook } from "../../src/workbook/describe";
import { ensureCliBuilt } from "../helpers/build-cli";
import { recalculate } from "../helpers/recalc";
import { fillEntries, sampleUnits, seedPlan } from "../helpers/tracking-fixture";
import { DEFAULT_TOLERANCE } from "../../src/domain/tracking";
import { isDistrictTarget } from "../../src/domain/evaluate";
import { chitieu } from "./compare";

const OUT = path.resolve(__dirname, "..", "..", "test-output", "appendix-print");
const PT_PER_MM = 72 / 25.4;
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) throw new Error(`${command} failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of a page with its box, from pdftotext -bbox. */
function wordsOf(pdf: string, page: number): Word[] {
  const html = run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"]);
  const unescape = (text: string): string =>
    text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: unescape(m[5]),
  }));
}

/** Words on one printed line (same baseline, give or take), left to right. */
function lineWith(words: Word[], first: string): Word[] {
  const anchor = words.find((word) => word.text === first);
  if (!anchor) return [];
  return words.filter((word) => Math.abs(word.yMin - anchor.yMin) < 3).sort((a, b) => a.xMin - b.xMin);
}

const textOf = (words: Word[]): string => words.map((word) => word.text).join(" ");

describe("printing the appendices", () => {
  beforeAll(() => {
    ensureCliBuilt();
    mkdirSync(OUT, { recursive: true });
  });

  test("A4 landscape pages, one page wide inside the margins, header repeated, decree heading, numbered from 1 per appendix", async () => {
    const plan = seedPlan("muong-te-2022-2023");
    // Ten schools of each kind.
    const units = sampleUnits(70);
    const entries = fillEntries(plan, units, DEFAULT_TOLERANCE, 41);
    const input = path.join(OUT, "print-filled.xlsx");
    const output = path.join(OUT, "print.xlsx");
    writeFileSync(input, await writeXlsx(describeWorkbook(plan, units, { entries })));
    // Phụ lục I: the whole plan (38 targets in 15 groups); Phụ lục II: three primary targets for the
    // thirty schools teaching them (Tiểu học, TH&THCS, PTDTBT); both long enough for several pages.
    const primary = plan.targets
      .filter((t) => t.kind === "target" && t.level === "tieu_hoc" && !isDistrictTarget(t))
      .slice(0, 3)
      .map((t) => t.id);
    const cli = chitieu(["appendix", input, "--targets", primary.join(","), "-o", output, "--force"]);
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);

    const started = Date.now();
    const { pdf } = recalculate(new Uint8Array(readFileSync(output)), OUT, "appendix", { pdf: true });
    const pdfMs = Date.now() - started;
    const report: string[] = [];
    const file = pdf as string;
    const info = run("pdfinfo", ["-f", "1", "-l", "9999", file]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [Number(m[2]), Number(m[3])]);
    expect(sizes).toHaveLength(pages);

    // Appendix pages carry their table header: "Đánh giá"; Phụ lục I's also "Chênh lệch".
    const byAppendix: Record<"I" | "II", number[]> = { I: [], II: [] };
    for (let page = 1; page <= pages; page++) {
      const text = run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), file, "-"]);
      if (!text.includes("Đánh giá")) continue;
      byAppendix[text.includes("Chênh") ? "I" : "II"].push(page);
    }
    for (const kind of ["I", "II"] as const) {
      const pagesOf = byAppendix[kind];
      expect(pagesOf.length).toBeGreaterThanOrEqual(1);
      // Consecutive pages, one run per appendix.
      expect(pagesOf[pagesOf.length - 1] - pagesOf[0]).toBe(pagesOf.length - 1);
      pagesOf.forEach((page, k) => {
        const [width, height] = sizes[page - 1];
        expect(width).toBeCloseTo(A4_LANDSCAPE.width, 0);
        expect(height).toBeCloseTo(A4_LANDSCAPE.height, 0);
        const words = wordsOf(file, page);
        // Inside the margins: left 30 mm, right 15 mm (nothing cut, nothing spilling to another page).
        const left = Math.min(...words.map((word) => word.xMin));
        const right = Math.max(...words.map((word) => word.xMax));
        expect(left).toBeGreaterThanOrEqual(30 * PT_PER_MM - 2);
        expect(right).toBeLessThanOrEqual(width - 15 * PT_PER_MM + 2);
        // The header row, first to last column, on every page.
        const header = textOf(words);
        expect(header).toContain("TT");
        expect(header).toContain("Thực");
        expect(header).toContain("Đánh");
        if (kind === "I") expect(header).toContain("Ghi chú");
        // Page numbers: none on the first page, then 2, 3… at the top centre, counted within this appendix.
        const top = words.filter((word) => word.yMax < 20 * PT_PER_MM + 2);
        if (k === 0) {
          expect(top.filter((word) => /^\d+$/.test(word.text))).toEqual([]);
        } else {
          expect(top.map((word) => word.text)).toEqual([String(k + 1)]);
          const centre = (top[0].xMin + top[0].xMax) / 2;
          expect(Math.abs(centre - (30 * PT_PER_MM + (width - 15 * PT_PER_MM)) / 2)).toBeLessThan(40);
        }
      });

      // The heading block on the first page.
      const words = wordsOf(file, pagesOf[0]);
      const label = lineWith(words, "Phụ");
      expect(textOf(label)).toBe(`Phụ lục ${kind}`);
      const tableLeft = Math.min(...words.filter((word) => word.text === "TT").map((word) => word.xMin)) - 10;
      const tableRight = Math.max(...words.map((word) => word.xMax));
      const middle = (tableLeft + tableRight) / 2;
      const centreOf = (line: Word[]): number => (line[0].xMin + line[line.length - 1].xMax) / 2;
      expect(Math.abs(centreOf(label) - middle)).toBeLessThan(30);
      const title = lineWith(words, "CHỈ");
      expect(textOf(title)).toMatch(kind === "I" ? /^CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NĂM HỌC 2022-2023$/ : /^CHỈ TIÊU VÀ KẾT QUẢ THỰC HIỆN/);
      expect(Math.abs(centreOf(title) - middle)).toBeLessThan(30);
      const attached = lineWith(words, "(Kèm");
      expect(textOf(attached)).toBe("(Kèm theo Kế hoạch số …… ngày … tháng … năm … của UBND huyện Mường Tè)");
      const issuer = lineWith(words, "UBND");
      expect(textOf(issuer)).toBe("UBND HUYỆN MƯỜNG TÈ");
      // Top left, above the label, which is above the title, above the attached line.
      expect(centreOf(issuer)).toBeLessThan(middle - 100);
      expect(issuer[0].yMin).toBeLessThan(label[0].yMin);
      expect(label[0].yMin).toBeLessThan(title[0].yMin);
      expect(title[0].yMin).toBeLessThan(attached[0].yMin);
      report.push(`Phụ lục ${kind} ${pagesOf.length} pages`);
    }
    // Sensible page counts: 38 targets in 15 groups on a few pages; 30 schools in 2 groups on two or three.
    expect(byAppendix.I.length).toBeGreaterThanOrEqual(2);
    expect(byAppendix.I.length).toBeLessThanOrEqual(6);
    expect(byAppendix.II.length).toBeGreaterThanOrEqual(2);
    expect(byAppendix.II.length).toBeLessThanOrEqual(4);
    const first = Math.min(...byAppendix.I, ...byAppendix.II);
    const last = Math.max(...byAppendix.I, ...byAppendix.II);
    for (const old of readdirSync(OUT).filter((name) => /^page-\d+\.png$/.test(name))) rmSync(path.join(OUT, old));
    run("pdftoppm", ["-png", "-r", "60", "-f", String(first), "-l", String(last), file, path.join(OUT, "page")]);
    console.log(`appendix print: ${report.join("; ")}; LibreOffice recalculation and PDF ${pdfMs} ms`);
  }, 600_000);
});
