// seeds/sample-bac-son.xlsx is made by scripts/make-sample-workbook.mjs. The
// committed file must be exactly what the script makes today (cell for cell:
// the figures come from a fixed seed), and it must read back as a tracking
// workbook with every status represented.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { appliesTo, evaluateEntry } from "../src/domain/evaluate";
import { STATUSES, type Status } from "../src/domain/tracking";
import { parseUnitsText } from "../src/domain/unit-list";
import { readTrackingWorkbook } from "../src/hosts/xlsx/read";
import { trackedUnits } from "../src/workbook/model";
import { ensureCliBuilt } from "./helpers/build-cli";
import { REPO_ROOT } from "./helpers/seed-docx";

const SAMPLE = path.join(REPO_ROOT, "seeds", "sample-bac-son.xlsx");
const SCRIPT = path.join(REPO_ROOT, "scripts", "make-sample-workbook.mjs");
const REGENERATE = "the sample is out of date: run `node scripts/make-sample-workbook.mjs` and commit seeds/sample-bac-son.xlsx";
let workDir: string;

beforeAll(() => {
  ensureCliBuilt();
  workDir = mkdtempSync(path.join(tmpdir(), "chitieu-sample-"));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function makeSample(file: string): void {
  const run = spawnSync(process.execPath, [SCRIPT, file], { cwd: REPO_ROOT, encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0) throw new Error(`make-sample-workbook failed (${run.status}):\n${run.stdout}${run.stderr}`);
}

/** Every sheet's name, visibility and cells (values, formulas and cached results), as plain data. */
async function cellDump(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(`# ${sheet.name} (${sheet.state})`);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        lines.push(`${rowNumber}:${column} ${JSON.stringify(cell.value)}`);
      });
    });
  });
  return lines;
}

describe("the sample workbook", () => {
  test("the script makes the committed file again, cell for cell", async () => {
    const fresh = path.join(workDir, "fresh.xlsx");
    makeSample(fresh);
    const [committed, remade] = await Promise.all([cellDump(SAMPLE), cellDump(fresh)]);
    expect(remade.length).toBeGreaterThan(1000);
    // One comparison line per cell keeps the failure readable.
    const differing = remade.filter((line, index) => committed[index] !== line).slice(0, 5);
    if (differing.length > 0 || committed.length !== remade.length) throw new Error(`${REGENERATE}\nfirst differences: ${differing.join("\n")}`);
  });

  test("it reads back: every unit × applicable target, and every status shows", async () => {
    const book = await readTrackingWorkbook(readFileSync(SAMPLE));
    expect(book.problems).toEqual([]);
    const units = parseUnitsText(readFileSync(path.join(REPO_ROOT, "seeds", "units-bac-son.csv"), "utf8")).units;
    // The 28 schools, then the district (HUYEN), which alone reports the district-level targets.
    // The Bắc Sơn plan is a huyện's (before July 2025): its whole-area row is named after it.
    const tracked = trackedUnits(units, "Toàn huyện Bắc Sơn");
    expect(book.units).toEqual(tracked);
    expect(tracked.at(-1)).toMatchObject({ code: "HUYEN", name: "Toàn huyện Bắc Sơn" });
    const expected = tracked.reduce((sum, unit) => sum + book.plan.targets.filter((target) => appliesTo(target, unit, tracked)).length, 0);
    expect(book.rows).toHaveLength(expected);
    const districtTargets = new Set(book.rows.filter((row) => row.unitCode === "HUYEN").map((row) => row.targetId));
    expect(districtTargets.size).toBeGreaterThan(0);
    expect(book.rows.some((row) => row.unitCode !== "HUYEN" && districtTargets.has(row.targetId))).toBe(false);

    const targets = new Map(book.plan.targets.map((target) => [target.id, target]));
    const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
    for (const row of book.rows) {
      const target = targets.get(row.targetId);
      if (target === undefined) throw new Error(`row ${row.sheetRow}: unknown target ${row.targetId}`);
      counts[evaluateEntry(target, row.entry, book.tolerance).status] += 1;
    }
    // Mostly met, some near misses and misses, a few blanks, exactly two invalid entries.
    expect(counts["Đạt"]).toBeGreaterThan(expected / 2);
    expect(counts["Gần đạt"]).toBeGreaterThan(0);
    expect(counts["Chưa đạt"]).toBeGreaterThan(0);
    expect(counts["Thiếu số liệu"]).toBeGreaterThan(0);
    expect(counts["Thiếu số liệu"]).toBeLessThan(expected / 5);
    expect(counts["Không hợp lệ"]).toBe(2);
  });
});
