// What `chitieu check` and every book reader say about books whose visible
// sheets no longer match the plan kept inside them, whose entry formulas were
// never calculated, or whose hidden model was damaged (issue 11, item 11).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Plan, Target } from "../../src/domain/plan";
import type { Entry, Unit } from "../../src/domain/tracking";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { t, tBoth } from "../../src/i18n/messages";
import { checkBook } from "../../src/workbook/check-report";
import { describeWorkbook } from "../../src/workbook/describe";
import { parseModel } from "../../src/workbook/model";
import { ensureCliBuilt } from "../helpers/build-cli";
import { REPO_ROOT } from "../helpers/seed-docx";
import { makeTarget } from "../helpers/tracking-fixture";

const BIN = path.join(REPO_ROOT, "bin", "chitieu.js");
let workDir: string;
let counter = 0;

beforeAll(() => {
  ensureCliBuilt();
  workDir = mkdtempSync(path.join(tmpdir(), "chitieu-check-reads-"));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const target = (id: string, fields: Partial<Target>): Target => makeTarget(id, { section: null, sectionTitle: null, level: "thcs", ...fields });

const PLAN: Plan = {
  meta: { issuer: "UBND HUYỆN BẮC SƠN", number: "01/KH-UBND", date: "2024-09-05", title: "Kế hoạch thử", period: "2024-2025" },
  targets: [target("T1", { value: 95 }), target("T2", { op: "eq", value: 4, unit: "trường" })],
};
const UNITS: Unit[] = [{ code: "A", name: "Trường THCS Tân Thành", levels: ["thcs"], commune: null, zone: null }];

const ALL_MET: Record<string, Entry> = {
  "A|T1": { numerator: 196, denominator: 200, start: null, value: null }, // 98%
  "HUYEN|T2": { numerator: null, denominator: null, start: null, value: 4 },
};

async function writeBook(): Promise<string> {
  counter += 1;
  const file = path.join(workDir, `so-${counter}.xlsx`);
  const spec = describeWorkbook(PLAN, UNITS, { entries: new Map(Object.entries(ALL_MET)) });
  writeFileSync(file, await writeXlsx(spec));
  return file;
}

/** Opens the book with ExcelJS, lets `edit` change it, saves it: what a person (or another program) does. */
async function edit(file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  change(workbook);
  await workbook.xlsx.writeFile(file);
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no ${name} sheet`);
  return found;
}

/** The cell in the row whose first cells are `key` (unit code or target id), in the column headed `header`. */
function cellOf(worksheet: ExcelJS.Worksheet, key: string, header: string): ExcelJS.Cell {
  const headers = worksheet.getRow(1).values as unknown[];
  const column = headers.indexOf(header);
  if (column < 1) throw new Error(`no column ${header}`);
  for (let r = 2; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const values = [row.getCell(1).value, row.getCell(3).value].map(String);
    if (values.includes(key) || `${values[0]}|${values[1]}` === key) return row.getCell(column);
  }
  throw new Error(`no row ${key}`);
}

function chitieu(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, CHITIEU_DEBUG: "" },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("a threshold edited on a visible sheet", () => {
  test("Chỉ tiêu edited: reported with sheet, cell, model and sheet value; the check keeps the formulas' threshold", async () => {
    const file = await writeBook();
    await edit(file, (workbook) => {
      cellOf(sheet(workbook, "Chỉ tiêu"), "T1", "Ngưỡng").value = 99;
    });
    const book = await readTrackingWorkbook(readFileSync(file));
    const found = book.problems.find((item) => item.params.sheet === "Chỉ tiêu" && item.params.target === "T1");
    expect(found).toBeDefined();
    const problem = found && t(found.key, "vi", found.params);
    expect(problem).toContain("G2");
    expect(problem).toContain("99");
    expect(problem).toContain("95");
    // Said in English for the English pane and CLI, nothing Vietnamese but the sheet's name.
    expect(found && t(found.key, "en", found.params)).toBe(
      `Chỉ tiêu sheet, cell G2: the threshold of target T1 is 99, not what the plan kept in the workbook says (95). ${t("wbEffectNotUsed", "en")}`,
    );
    // The formulas do not read Chỉ tiêu: 98% still meets 95%.
    expect(checkBook(book).rows.every((row) => row.evaluation.status === "Đạt")).toBe(true);
  });

  test("Thực hiện row's threshold edited: reported, and the row is judged against it as its formulas are", async () => {
    const file = await writeBook();
    await edit(file, (workbook) => {
      cellOf(sheet(workbook, "Thực hiện"), "A|T1", "Ngưỡng").value = 99;
    });
    const book = await readTrackingWorkbook(readFileSync(file));
    const found = book.problems.find((item) => item.params.sheet === "Thực hiện" && item.params.target === "T1");
    expect(found).toBeDefined();
    const problem = found && t(found.key, "vi", found.params);
    expect(problem).toContain("99");
    const row = checkBook(book).rows.find((checked) => checked.target.id === "T1");
    // 98% against 99: within the 2-point tolerance, so "Gần đạt", as the book's own formula shows.
    expect(row?.evaluation.status).toBe("Gần đạt");

    const run = chitieu(["check", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("99");
    // Each problem on one line, Vietnamese / English, as the CLI says its other messages.
    expect(run.stderr).toContain(`${path.basename(file)}: ${found && tBoth(found.key, found.params)}\n`);
  });
});

describe("an entry formula with no calculated result", () => {
  test("is reported as needing recalculation, not as missing data only", async () => {
    const file = await writeBook();
    await edit(file, (workbook) => {
      // ExcelJS writes <f> without <v>, as many programs do.
      cellOf(sheet(workbook, "Thực hiện"), "A|T1", "Tử số").value = { formula: "190+6" } as ExcelJS.CellFormulaValue;
    });
    const book = await readTrackingWorkbook(readFileSync(file));
    const found = book.problems.find((item) => item.key === "wbProblemNeedsRecalc");
    expect(found).toEqual({ key: "wbProblemNeedsRecalc", params: { sheet: "Thực hiện", count: 1, examples: "I2" } });
    expect(found && t(found.key, "vi", found.params)).toContain("F9");
    expect(found && t(found.key, "en", found.params)).toMatch(/^Thực hiện sheet: 1 entry cell holds a formula that was never calculated \(I2\)/);
  });
});

describe("a damaged model", () => {
  /** Rewrites the hidden model's JSON as one chunk after `damage` changed it. */
  async function damageModel(file: string, damage: (model: { plan: { targets: Record<string, unknown>[] } }) => void): Promise<void> {
    await edit(file, (workbook) => {
      const model = sheet(workbook, "_ChiTieu");
      const parts = Number(model.getCell("C1").value);
      const slot = Number(model.getCell("D1").value ?? 1) || 1;
      let json = "";
      for (let r = 2; r < 2 + parts; r++) json += String(model.getRow(r).getCell(slot).value);
      const data = JSON.parse(json) as { plan: { targets: Record<string, unknown>[] } };
      damage(data);
      for (let r = 2; r < 2 + parts; r++) model.getRow(r).getCell(slot).value = null;
      model.getRow(2).getCell(slot).value = JSON.stringify(data);
      model.getCell("C1").value = 1;
    });
  }

  test.each([
    ["an unknown comparator", (model: { plan: { targets: Record<string, unknown>[] } }) => void (model.plan.targets[0].op = "≈≈")],
    ["a target without its value", (model: { plan: { targets: Record<string, unknown>[] } }) => void delete model.plan.targets[0].value],
    ["a target without its upper threshold field", (model: { plan: { targets: Record<string, unknown>[] } }) => void delete model.plan.targets[0].value_max],
    ["a level that is not one", (model: { plan: { targets: Record<string, unknown>[] } }) => void (model.plan.targets[1].level = "dai_hoc")],
  ])("%s: check exits 2 with the damaged message", async (_name, damage) => {
    const file = await writeBook();
    await damageModel(file, damage);
    const run = chitieu(["check", file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(tBoth("wbErrorModelDamaged"));
  });

  test("parseModel rejects non-finite numbers and accepts the model as written", () => {
    const good = { plan: PLAN, units: UNITS, districtOnly: false, area: "Toàn huyện Bắc Sơn" };
    expect(parseModel(JSON.stringify(good))).toEqual(good);
    const bad = { ...good, plan: { ...PLAN, targets: [{ ...PLAN.targets[0], value: "95" }] } };
    expect(parseModel(JSON.stringify(bad))).toBeNull();
  });
});
