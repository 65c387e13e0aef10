// Every visible sheet of a built and filled workbook prints: LibreOffice
// renders it to PDF (with conditional formatting and page setup applied);
// each sheet gets one or more A4 landscape pages, one page wide (the last
// column shows on every page), with the header row repeated. The pages are
// also rendered to PNG in test-output/workbook-print for a person to look at.

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { describeWorkbook } from "../../src/workbook/describe";
import { SHEET } from "../../src/workbook/layout";
import { recalculate } from "../helpers/recalc";
import { agreementPlan, edgeUnits, fillEntries, sampleUnits } from "../helpers/tracking-fixture";
import { DEFAULT_TOLERANCE } from "../../src/domain/tracking";

const OUT = path.resolve(__dirname, "..", "..", "test-output", "workbook-print");

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error || result.status !== 0) throw new Error(`${command} failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
}

/** The last header of each table: on every page, or columns were cut off to another page. */
const LAST_COLUMN: Record<string, string> = {
  [SHEET.targets]: "Trích dẫn",
  [SHEET.units]: "Vùng",
  [SHEET.tracking]: "Ghi chú",
  [SHEET.summary]: "hợp lệ",
  [SHEET.settings]: "Giải thích",
  [SHEET.submissions]: "Dòng cần sửa",
};

describe("printing", () => {
  it("prints every sheet on A4 landscape pages, one page wide, with the header repeated", async () => {
    const plan = agreementPlan("muong-te-2022-2023");
    const units = [...sampleUnits(7), ...edgeUnits(3)];
    const entries = fillEntries(plan, units, DEFAULT_TOLERANCE, 3);
    const spec = describeWorkbook(plan, units, { entries });
    const { sheets, pdf } = recalculate(await writeXlsx(spec), OUT, "print", { pdf: true });
    expect(pdf).not.toBeNull();
    const file = pdf as string;

    const info = run("pdfinfo", ["-f", "1", "-l", "9999", file]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes).toHaveLength(pages);
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(841.89, 0); // A4 landscape, in points
      expect(height).toBeCloseTo(595.28, 0);
    }

    // Each page's header names its sheet (&A); count pages per sheet.
    const visible = spec.sheets.filter((sheet) => sheet.visibility === "visible").map((sheet) => sheet.name);
    const pagesOf = new Map<string, number>(visible.map((name) => [name, 0]));
    for (let page = 1; page <= pages; page++) {
      const text = run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), file, "-"]);
      const firstLine = text.split("\n").find((line) => line.trim().length > 0) ?? "";
      const sheet = visible.find((name) => firstLine.trim().endsWith(name) || firstLine.includes(`  ${name}`));
      expect(sheet).toBeDefined();
      const name = sheet as string;
      pagesOf.set(name, (pagesOf.get(name) ?? 0) + 1);
      expect(text).toContain(LAST_COLUMN[name]);
      if (name === SHEET.tracking) expect(text).toContain("Trạng thái");
      expect(text).toMatch(/Trang \d+\/\d+/);
    }
    for (const name of visible) expect(pagesOf.get(name)).toBeGreaterThanOrEqual(1);
    expect(pagesOf.get(SHEET.tracking)).toBeGreaterThan(1);

    // Text that looks like a formula printed as text, and the sheets computed.
    expect(sheets.get(SHEET.tracking)?.flat()).toContain("=1+1");

    run("pdftoppm", ["-png", "-r", "50", file, path.join(OUT, "page")]);
  });
});
