// `chitieu build` and `chitieu check`, run as a user runs them: the compiled
// CLI in a child process, real files in a temporary folder.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { appliesTo, evaluateEntry } from "../src/domain/evaluate";
import { extractPlan } from "../src/domain/extract";
import type { Plan, Target } from "../src/domain/plan";
import { type Entry, STATUSES, type Status, type Unit } from "../src/domain/tracking";
import { parseUnitsText } from "../src/domain/unit-list";
import { readTrackingWorkbook } from "../src/hosts/xlsx/read";
import { writeXlsx } from "../src/hosts/xlsx/write";
import { type MessageKey, t, tBoth } from "../src/i18n/messages";
import { describeWorkbook } from "../src/workbook/describe";
import { trackedUnits } from "../src/workbook/model";
import { checkBook, everythingMet } from "../src/workbook/check-report";
import { renderCheckReport } from "../src/cli/check-view";
import { ensureCliBuilt } from "./helpers/build-cli";
import { REPO_ROOT } from "./helpers/seed-docx";
import { makeTarget } from "./helpers/tracking-fixture";

const BIN = path.join(REPO_ROOT, "bin", "chitieu.js");
const PLAN_PATH = path.join(REPO_ROOT, "seeds", "bac-son-2024-2025.txt");
const UNITS_PATH = path.join(REPO_ROOT, "seeds", "units-bac-son.csv");
let workDir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function chitieu(args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, CHITIEU_DEBUG: "" },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh path in the work folder; nothing is written there yet. */
let counter = 0;
function outPath(name = "so"): string {
  counter += 1;
  return path.join(workDir, `${name}-${counter}.xlsx`);
}

/** Exactly one line on stderr, the catalog message in both languages, no stack frames. */
function expectOneLineError(run: Run, status: number, key: MessageKey, params: Record<string, string | number> = {}): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe(`${tBoth(key, params)}\n`);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

beforeAll(() => {
  ensureCliBuilt();
  workDir = mkdtempSync(path.join(tmpdir(), "chitieu-tracking-"));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const seedPlan = (): Plan => extractPlan(readFileSync(PLAN_PATH, "utf8").replace(/\r\n?/g, "\n").normalize("NFC"));
const seedUnits = (): Unit[] => parseUnitsText(readFileSync(UNITS_PATH, "utf8")).units;

describe("chitieu build", () => {
  test("the seed plan and unit list make a workbook that reads back with every unit × applicable target", async () => {
    const output = outPath();
    const run = chitieu(["build", PLAN_PATH, "--units", UNITS_PATH, "-o", output]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);

    const plan = seedPlan();
    const units = seedUnits();
    // The schools, then the district (HUYEN) for the district-level targets ("có 09 trường đạt chuẩn").
    // A huyện's plan from before July 2025: the whole-area row is named after it.
    const tracked = trackedUnits(units, "Toàn huyện Bắc Sơn");
    expect(tracked.map((unit) => unit.code)).toEqual([...units.map((unit) => unit.code), "HUYEN"]);
    const expectedRows = tracked.flatMap((unit) =>
      plan.targets.filter((target) => appliesTo(target, unit, tracked)).map((target) => `${unit.code}|${target.id}`),
    );
    expect(expectedRows.length).toBeGreaterThan(100);
    const districtRows = expectedRows.filter((row) => row.startsWith("HUYEN|"));
    expect(districtRows.length).toBeGreaterThan(0);
    expect(districtRows.length).toBeLessThan(plan.targets.length / 2);
    expect(run.stdout).toContain(
      t("cliBuildDone", "vi", { file: output, targets: plan.targets.filter((target) => target.kind === "target").length, units: units.length, rows: expectedRows.length }),
    );

    const book = await readTrackingWorkbook(readFileSync(output));
    expect(book.problems).toEqual([]);
    expect(book.units).toEqual(tracked);
    expect(book.plan.targets.map((target) => target.id)).toEqual(plan.targets.map((target) => target.id));
    expect(book.rows.map((row) => `${row.unitCode}|${row.targetId}`).sort()).toEqual([...expectedRows].sort());
    // Nothing entered yet.
    expect(book.rows.every((row) => Object.values(row.entry).every((cell) => cell === null))).toBe(true);
  });

  test("without --units the district is tracked as one unit", async () => {
    const output = outPath();
    const run = chitieu(["build", PLAN_PATH, "-o", output]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const book = await readTrackingWorkbook(readFileSync(output));
    expect(book.problems).toEqual([]);
    expect(new Set(book.rows.map((row) => row.unitCode)).size).toBe(1);
    const targets = seedPlan().targets.filter((target) => target.kind === "target").length;
    expect(book.rows.length).toBe(targets);
    expect(run.stdout).toBe(`${tBoth("cliBuildDoneDistrict", { file: output, targets, rows: targets, area: "toàn huyện Bắc Sơn" })}\n`);
  });

  test("--area names the whole-area row; a name that cannot be one is refused before anything is written", async () => {
    const output = outPath();
    const run = chitieu(["build", PLAN_PATH, "--units", UNITS_PATH, "--area", "  Toàn xã   Tu Vũ ", "-o", output]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const book = await readTrackingWorkbook(readFileSync(output));
    expect(book.area).toBe("Toàn xã Tu Vũ");
    expect(book.units.at(-1)).toMatchObject({ code: "HUYEN", name: "Toàn xã Tu Vũ" });
    expect(book.rows.filter((row) => row.unitCode === "HUYEN").every((row) => row.unitName === "Toàn xã Tu Vũ")).toBe(true);

    const refused = outPath();
    expectOneLineError(chitieu(["build", PLAN_PATH, "--area", "   ", "-o", refused]), 2, "areaEmpty");
    expect(existsSync(refused)).toBe(false);
    expectOneLineError(chitieu(["check", output, "--area", "Toàn xã"]), 2, "cliUsageOptionNotForCommand", { option: "--area", command: "check" });
  });

  test("an existing output is kept unless --force, and --force replaces it", () => {
    const output = outPath();
    writeFileSync(output, "giữ nguyên");
    expectOneLineError(chitieu(["build", PLAN_PATH, "-o", output]), 1, "cliOutputExists", { file: output });
    expect(readFileSync(output, "utf8")).toBe("giữ nguyên");

    const forced = chitieu(["build", PLAN_PATH, "-o", output, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(output).subarray(0, 2).toString("latin1")).toBe("PK");
    // The temporary file beside it is gone.
    expect(existsSync(path.join(workDir, `.${path.basename(output)}.${process.pid}.tmp`))).toBe(false);
  });

  test("an output that is the plan or the unit list through a link is refused, and both are kept", () => {
    const units = path.join(workDir, "don-vi-lien-ket.csv");
    copyFileSync(UNITS_PATH, units);
    const unitsLink = path.join(workDir, "don-vi-lien-ket.xlsx");
    symlinkSync(units, unitsLink);
    expectOneLineError(chitieu(["build", PLAN_PATH, "--units", units, "-o", unitsLink, "--force"]), 1, "cliOutputIsInput", {
      file: unitsLink,
      input: units,
    });
    expect(readFileSync(units).equals(readFileSync(UNITS_PATH))).toBe(true);

    const plan = path.join(workDir, "ke-hoach.txt");
    copyFileSync(PLAN_PATH, plan);
    const planLink = path.join(workDir, "ke-hoach-cung.xlsx");
    linkSync(plan, planLink);
    expectOneLineError(chitieu(["build", plan, "-o", planLink, "--force"]), 1, "cliOutputIsInput", { file: planLink, input: plan });
    expect(readFileSync(plan).equals(readFileSync(PLAN_PATH))).toBe(true);
  });

  test("a comma list with a tab in a name, an escape sequence, a split line and a HUYEN unit: every line accounted for", async () => {
    const units = path.join(workDir, "don-vi-phay.csv");
    writeFileSync(
      units,
      [
        "Mã đơn vị,Tên đơn vị,Cấp học",
        "MN01,Trường MN\tHoa Ban,MN",
        "TH01,\u001b[31mTrường TH Kim Đồng,TH",
        "TH02,Trường TH Vũ Lễ, điểm lẻ,TH",
        "THCS01,Trường THCS Lê Lợi,THCS",
        "huyen,Phòng GD&ĐT Bắc Sơn,",
      ].join("\n"),
    );
    const output = outPath();
    const run = chitieu(["build", PLAN_PATH, "--units", units, "-o", output]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      [
        `don-vi-phay.csv: ${tBoth("unitsTooManyFields", { line: 4, found: 4, expected: 3 })}`,
        `don-vi-phay.csv: ${tBoth("unitsDistrictCode", { line: 6, code: "huyen", name: "Phòng GD&ĐT Bắc Sơn" })}`,
        "",
      ].join("\n"),
    );
    const book = await readTrackingWorkbook(readFileSync(output));
    expect(book.units.map((unit) => [unit.code, unit.name])).toEqual([
      ["MN01", "Trường MN Hoa Ban"],
      ["TH01", "Trường TH Kim Đồng"],
      ["THCS01", "Trường THCS Lê Lợi"],
      ["HUYEN", "Phòng GD&ĐT Bắc Sơn"],
    ]);
  });

  test("unit lines with problems are warnings, one per line, and the other units are built", async () => {
    const units = path.join(workDir, "don-vi-loi.csv");
    writeFileSync(
      units,
      ["Mã đơn vị;Tên đơn vị;Cấp học", "A1;Trường MN Hoa Ban;MN", "A1;Trường TH Trùng Mã;TH", "A2;;THCS", "A3;Trường Liên Cấp;Liên cấp", "A4;Trường THCS Vũ Lễ;THCS"].join("\n"),
    );
    const output = outPath();
    const run = chitieu(["build", PLAN_PATH, "--units", units, "-o", output]);
    expect(run.status).toBe(0);
    const problems = parseUnitsText(readFileSync(units, "utf8")).problems;
    expect(problems).toHaveLength(3);
    expect(run.stderr).toBe(problems.map((problem) => `don-vi-loi.csv: ${tBoth(problem.key, problem.params)}\n`).join(""));
    const book = await readTrackingWorkbook(readFileSync(output));
    expect(book.units.map((unit) => unit.code)).toEqual(["A1", "A4", "HUYEN"]);
  });

  test("a unit list with no usable unit is an error, after its warnings, and writes nothing", () => {
    const units = path.join(workDir, "khong-dung-duoc.csv");
    writeFileSync(units, "Tên đơn vị;Cấp học\nTrường A;Đại học\n");
    const output = outPath();
    const run = chitieu(["build", PLAN_PATH, "--units", units, "-o", output]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      `khong-dung-duoc.csv: ${tBoth("unitsUnknownLevel", { line: 2, name: "Trường A", level: "Đại học" })}`,
      tBoth("cliUnitsNoneUsable", { file: "khong-dung-duoc.csv" }),
    ]);
    expect(existsSync(output)).toBe(false);
  });

  test("a unit list saved in a legacy Vietnamese encoding gets the encoding message", () => {
    const units = path.join(workDir, "windows-1258.csv");
    writeFileSync(units, Buffer.from([0x54, 0xea, 0x6e, 0x3b, 0x4d, 0x4e, 0x0a])); // "Tên;MN" in Windows-1258
    const output = outPath();
    expectOneLineError(chitieu(["build", PLAN_PATH, "--units", units, "-o", output]), 1, "readErrorEncoding", { file: "windows-1258.csv", offset: 1 });
    expect(existsSync(output)).toBe(false);
  });

  test("a plan with no targets, a missing plan, a missing output folder", () => {
    const empty = path.join(workDir, "khong-chi-tieu.txt");
    writeFileSync(empty, "Kế hoạch này chỉ có lời, không có con số nào.\n");
    expectOneLineError(chitieu(["build", empty, "-o", outPath()]), 1, "cliBuildNoTargets", { file: "khong-chi-tieu.txt" });
    expectOneLineError(chitieu(["build", "khong-co.txt", "-o", outPath()]), 1, "cliFileNotFound", { file: "khong-co.txt" });
    const nowhere = path.join(workDir, "khong-co-thu-muc", "so.xlsx");
    expectOneLineError(chitieu(["build", PLAN_PATH, "-o", nowhere]), 1, "cliOutputDirMissing", { dir: path.dirname(nowhere), file: nowhere });
  });

  test("usage errors exit 2", () => {
    expectOneLineError(chitieu(["build"]), 2, "cliUsageMissingPlan");
    expectOneLineError(chitieu(["build", PLAN_PATH]), 2, "cliUsageMissingOutput");
    expectOneLineError(chitieu(["build", PLAN_PATH, "-o", "so.ods"]), 2, "cliUsageOutputNotXlsx", { file: "so.ods" });
    expectOneLineError(chitieu(["build", PLAN_PATH, "-o", "so.xlsx", "--units"]), 2, "cliUsageOptionNeedsValue", { option: "--units" });
    expectOneLineError(chitieu(["build", PLAN_PATH, "--units", "--force", "-o", "so.xlsx"]), 2, "cliUsageOptionNeedsValue", { option: "--units" });
    expectOneLineError(chitieu(["build", PLAN_PATH, "-o", "a.xlsx", "-o", "b.xlsx"]), 2, "cliUsageOptionRepeated", { option: "-o" });
    expectOneLineError(chitieu(["build", PLAN_PATH, "-o", "a.xlsx", "--json"]), 2, "cliUsageOptionNotForCommand", { option: "--json", command: "build" });
    expectOneLineError(chitieu(["build", PLAN_PATH, "-o", "a.xlsx", "--force=yes"]), 2, "cliUsageOptionValue", { option: "--force" });
    expectOneLineError(chitieu(["check"]), 2, "cliUsageMissingBook");
    expectOneLineError(chitieu(["check", "a.xlsx", "--force"]), 2, "cliUsageOptionNotForCommand", { option: "--force", command: "check" });
    expectOneLineError(chitieu(["extract", "a.txt", "--units", "u.csv"]), 2, "cliUsageOptionNotForCommand", { option: "--units", command: "extract" });
  });

  test("the help names both new commands in both languages", () => {
    const run = chitieu(["--help"]);
    expect(run.status).toBe(0);
    for (const word of ["chitieu build", "chitieu check", "--units", "--force", "-o <sổ.xlsx>", "-o <book.xlsx>"]) expect(run.stdout).toContain(word);
  });
});

// --- check ------------------------------------------------------------------

const target = makeTarget;

const SMALL_PLAN: Plan = {
  // A xã's plan (two-tier government, from July 2025): the whole-area row and check lines say "toàn xã Tu Vũ".
  meta: {
    issuer: "UBND XÃ TU VŨ",
    number: "01/KH-UBND",
    date: "2025-09-05",
    title: "Kế hoạch thử",
    period: "2025-2026",
    government: "xa",
    area: "xã Tu Vũ",
  },
  targets: [
    target("T1", { indicator: "Tỷ lệ huy động trẻ mẫu giáo ra lớp", value: 95 }),
    target("T2", { indicator: "Số trường đạt chuẩn quốc gia", op: "eq", value: 4, unit: "trường" }),
    target("T3", { indicator: "Tỷ lệ học sinh bỏ học", op: "lte", value: 2 }),
  ],
};
const SMALL_UNITS: Unit[] = [
  { code: "A", name: "Trường TH&THCS Tân Thành", levels: ["tieu_hoc", "thcs"], commune: "Tân Thành", zone: "ĐBKK" },
  { code: "B", name: "Trường THCS Vũ Lễ", levels: ["thcs"], commune: "Vũ Lễ", zone: "thuận lợi" },
];

const rate = (numerator: Entry["numerator"], denominator: Entry["denominator"]): Entry => ({ numerator, denominator, start: null, value: null });
const count = (value: Entry["value"]): Entry => ({ numerator: null, denominator: null, start: null, value });

/** Every target met: T1 and T3 by both schools, the district-level T2 ("4 trường") by the district. */
const ALL_MET: Record<string, Entry> = {
  "A|T1": rate(196, 200),
  "A|T3": rate(1, 200),
  "B|T1": rate(97, 100),
  "B|T3": rate(0, 150),
  "HUYEN|T2": count(5),
};

async function writeBook(entries: Record<string, Entry>): Promise<string> {
  const file = outPath("da-nhap");
  const spec = describeWorkbook(SMALL_PLAN, SMALL_UNITS, { entries: new Map(Object.entries(entries)) });
  writeFileSync(file, await writeXlsx(spec));
  return file;
}

/** Edits the first data row of a book's Thực hiện sheet, cells found by their header, as a person would in Excel. */
async function editFirstRow(file: string, edit: (cell: (header: string) => ExcelJS.Cell) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Thực hiện");
  if (sheet === undefined) throw new Error("no Thực hiện sheet");
  const header = sheet.getRow(1).values as unknown[];
  edit((name) => sheet.getRow(2).getCell(header.indexOf(name)));
  await workbook.xlsx.writeFile(file);
}

describe("chitieu check", () => {
  test("every target met: exit 0, no gap rows, the verdict says so", async () => {
    const run = chitieu(["check", await writeBook(ALL_MET)]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(tBoth("cliCheckNoGaps"));
    expect(run.stdout).toContain(tBoth("cliCheckAllMet"));
    expect(run.stdout).toContain("5 dòng số liệu: Đạt 5 · Gần đạt 0 · Chưa đạt 0 · Thiếu số liệu 0 · Không hợp lệ 0");
  });

  test("gaps are listed worst first, with Vietnamese numbers, reasons, and exit 1", async () => {
    const file = await writeBook({
      ...ALL_MET,
      "A|T1": rate(188, 200), // 94%: 1 point short, within tolerance → Gần đạt
      "B|T1": rate(80, 100), // 80%: 15 points short → Chưa đạt, relative −0,158
      "HUYEN|T2": count(2), // 2 of 4 schools in the district: relative −0,5 → Chưa đạt, worst
      "B|T3": rate(3, 0), // Mẫu số 0 → Không hợp lệ
      "A|T3": rate(null, null), // → Thiếu số liệu
    });
    const run = chitieu(["check", file]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    const title = lines.indexOf(`${t("cliCheckGapsTitle", "vi")} / ${t("cliCheckGapsTitle", "en")}`);
    expect(title).toBeGreaterThan(0);
    expect(lines[title + 1]).toMatch(/^Mã ĐV\s+Đơn vị\s+Mã CT\s+Chỉ tiêu\s+Điều kiện\s+Giá trị\s+Chênh lệch\s+Trạng thái\s+Ghi chú$/);
    expect(lines[title + 2]).toMatch(/^Unit\s+Unit name\s+Target\s+Indicator\s+Condition\s+Value\s+Gap\s+Status\s+Note$/);
    const gapRows = lines.slice(title + 4, title + 9);
    expect(gapRows[0]).toMatch(/^HUYEN\s+Toàn xã Tu Vũ\s+T2\s+Số trường đạt chuẩn quốc gia\s+≥ 4 trường\s+2\s+-2\s+Chưa đạt$/);
    expect(gapRows[1]).toMatch(/^B\s+Trường THCS Vũ Lễ\s+T1\s+.*\s≥\s+95%\s+80%\s+-15\s+Chưa đạt$/);
    expect(gapRows[2]).toMatch(/^A\s.*\sT1\s.*\s94%\s+-1\s+Gần đạt$/);
    expect(gapRows[3]).toMatch(new RegExp(`^B\\s.*\\sT3\\s.*\\sKhông hợp lệ\\s+${t("cliReasonDenominatorZero", "vi")}$`));
    expect(gapRows[4]).toMatch(new RegExp(`^A\\s.*\\sT3\\s.*\\sThiếu số liệu\\s+${t("cliReasonMissing", "vi")}$`));
    expect(lines[title + 9]).toBe("");
    // District: T1 268/300 = 89,3% missed, T2 2 schools missed, T3 invalid.
    expect(run.stdout).toContain(tBoth("cliCheckNotAllMet", { rows: 5, targets: 3, area: "toàn xã Tu Vũ" }));
    expect(run.stdout).toContain(tBoth("cliCheckTargetsTitle", { area: "toàn xã Tu Vũ" }));
    expect(run.stdout).not.toMatch(/huyện|district/);
  });

  test("a unit that typed only a rate: its row is judged on it, the whole-area rate is Tạm tính and names the unit", async () => {
    const typedRate: Entry = { numerator: null, denominator: null, start: null, value: 98.5 };
    const run = chitieu(["check", await writeBook({ ...ALL_MET, "B|T1": typedRate }), "--json"]);
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout) as { rows: Array<Record<string, unknown>>; summary: Array<Record<string, unknown>> };
    expect(json.rows.find((row) => row.unit === "B" && row.target === "T1")).toMatchObject({ value: 98.5, status: "Đạt", reason: null });
    // Σ over A alone (196/200), provisional: B has no Mẫu số to weigh its rate by.
    expect(json.summary[0]).toMatchObject({ numerator: 196, denominator: 200, value: 98, status: "Tạm tính", lackingDenominator: ["B"] });
    const text = chitieu(["check", await writeBook({ ...ALL_MET, "B|T1": typedRate })]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(tBoth("cliCheckProvisional", { target: "T1", units: "B" }));
  });

  test("a decimal value and gap are written the Vietnamese way", async () => {
    const run = chitieu(["check", await writeBook({ ...ALL_MET, "B|T1": rate(189, 200) })]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\s94,5%\s+-0,5\s+Gần đạt/);
  });

  test("--json: one object per Thực hiện row and the Tổng hợp rows, matching the engine", async () => {
    const entries = { ...ALL_MET, "A|T1": rate(188, 200), "B|T3": rate("abc", 100) };
    const run = chitieu(["check", await writeBook(entries), "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { rows: Array<Record<string, unknown>>; summary: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(["rows", "summary"]);
    expect(json.rows).toHaveLength(5);
    expect(json.rows.filter((row) => row.target === "T2").map((row) => row.unit)).toEqual(["HUYEN"]);
    for (const row of json.rows) {
      expect(Object.keys(row)).toEqual(["unit", "unitName", "target", "indicator", "value", "gap", "status", "reason"]);
      const planTarget = SMALL_PLAN.targets.find((candidate) => candidate.id === row.target) as Target;
      const expected = evaluateEntry(planTarget, entries[`${String(row.unit)}|${String(row.target)}` as keyof typeof entries]);
      expect(row).toMatchObject({ value: expected.value, gap: expected.gap, status: expected.status, reason: expected.reason });
    }
    expect(json.rows.find((row) => row.unit === "A" && row.target === "T1")).toMatchObject({ value: 94, gap: -1, status: "Gần đạt", reason: null });
    expect(json.summary.map((row) => row.target)).toEqual(["T1", "T2", "T3"]);
    const t1 = json.summary[0];
    expect(Object.keys(t1)).toEqual(["target", "indicator", "numerator", "denominator", "start", "value", "gap", "status", "counts", "rateOnly", "lackingDenominator"]);
    // Σ Tử số / Σ Mẫu số, never the mean of 94% and 97%.
    expect(t1).toMatchObject({ numerator: 285, denominator: 300, value: 95, status: "Đạt" });
    expect(t1.counts).toEqual({ Đạt: 1, "Gần đạt": 1, "Chưa đạt": 0, "Thiếu số liệu": 0, "Không hợp lệ": 0 });
    // A district-level target's Tổng hợp row is the district's one row.
    expect(json.summary[1]).toMatchObject({ value: 5, gap: 1, status: "Đạt" });
    expect(json.summary[1].counts).toEqual({ Đạt: 1, "Gần đạt": 0, "Chưa đạt": 0, "Thiếu số liệu": 0, "Không hợp lệ": 0 });
    expect(json.summary[2]).toMatchObject({ status: "Không hợp lệ" });
  });

  test("a workbook just built has every row missing: exit 1", () => {
    const output = outPath();
    expect(chitieu(["build", PLAN_PATH, "--units", UNITS_PATH, "-o", output]).status).toBe(0);
    const run = chitieu(["check", output, "--json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { rows: Array<{ status: Status; reason: string }> };
    expect(json.rows.length).toBeGreaterThan(100);
    expect(json.rows.every((row) => row.status === "Thiếu số liệu" && row.reason === "missing")).toBe(true);
  });

  test("the sample workbook: every status appears, and the report agrees with --json", () => {
    const sample = path.join(REPO_ROOT, "seeds", "sample-bac-son.xlsx");
    const json = chitieu(["check", sample, "--json"]);
    expect(json.status).toBe(1);
    const rows = (JSON.parse(json.stdout) as { rows: Array<{ status: Status }> }).rows;
    for (const status of STATUSES) expect(rows.some((row) => row.status === status)).toBe(true);
    const text = chitieu(["check", sample]);
    expect(text.status).toBe(1);
    const met = rows.filter((row) => row.status === "Đạt").length;
    expect(text.stdout).toContain(`${rows.length} dòng số liệu: Đạt ${met} ·`);
  });

  test("a row taken out of the sheet leaves a unit unaccounted for: exit 1 even when the rest is met", async () => {
    const file = await writeBook(ALL_MET);
    // Row 2 is the first data row: clear its unit and target codes, as a careless edit would.
    await editFirstRow(file, (cell) => {
      for (const name of ["Mã đơn vị", "Mã chỉ tiêu"]) cell(name).value = null;
    });

    const run = chitieu(["check", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toBe("");
    expect(run.stdout).toContain("4 dòng số liệu: Đạt 4 ·");
    expect(run.stdout.trimEnd().split("\n").pop()).toBe(tBoth("cliCheckMissingRows", { count: 1 }));
    expect(run.stdout).not.toContain(tBoth("cliCheckAllMet"));
  });

  test("control characters typed into a book never reach the terminal", async () => {
    const file = await writeBook(ALL_MET);
    // C1 controls are valid XML, so a cell can hold them (U+009B is CSI on terminals that take 8-bit controls).
    await editFirstRow(file, (cell) => (cell("Mã đơn vị").value = "\u009b2J\u0085XX"));
    const run = chitieu(["check", file]);
    expect(run.stderr).toContain("2JXX");
    expect(run.stderr + run.stdout).not.toMatch(/[\u0080-\u009f]/);
  });

  test("unreadable input exits 2 with one line", async () => {
    expectOneLineError(chitieu(["check", "khong-co.xlsx"]), 2, "cliFileNotFound", { file: "khong-co.xlsx" });
    expectOneLineError(chitieu(["check", workDir]), 2, "cliIsDirectory", { file: workDir });

    const empty = path.join(workDir, "rong.xlsx");
    writeFileSync(empty, "");
    expectOneLineError(chitieu(["check", empty]), 2, "readErrorEmpty", { file: "rong.xlsx" });

    const text = path.join(workDir, "van-ban.xlsx");
    writeFileSync(text, "Mã đơn vị;Tên đơn vị\n");
    expectOneLineError(chitieu(["check", text]), 2, "cliCheckNotXlsx", { file: "van-ban.xlsx" });

    const legacy = path.join(workDir, "cu.xls");
    writeFileSync(legacy, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));
    expectOneLineError(chitieu(["check", legacy]), 2, "cliCheckLegacyXls", { file: "cu.xls" });

    // A real workbook that chitieu did not make.
    const other = path.join(workDir, "so-khac.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Trang tính 1").getCell("A1").value = "Xin chào";
    writeFileSync(other, Buffer.from(await workbook.xlsx.writeBuffer()));
    expectOneLineError(chitieu(["check", other]), 2, "wbErrorNotOurs");

    // A damaged one: the sample cut in half.
    const damaged = path.join(workDir, "hong.xlsx");
    const sample = readFileSync(path.join(REPO_ROOT, "seeds", "sample-bac-son.xlsx"));
    writeFileSync(damaged, sample.subarray(0, Math.floor(sample.length / 2)));
    expectOneLineError(chitieu(["check", damaged]), 2, "wbErrorUnreadable");
    expect(statSync(damaged).size).toBeLessThan(sample.length);
  });
});

describe("check report numbers", () => {
  test("totals write thousands the way each language does", () => {
    const units: Unit[] = Array.from({ length: 1200 }, (_, i) => ({ code: `DV${i + 1}`, name: `Trường ${i + 1}`, levels: ["thcs"], commune: null, zone: null }));
    const book = {
      plan: SMALL_PLAN,
      units,
      area: "Toàn xã Tu Vũ",
      tolerance: { ratePoints: 1, countShare: 0.05 },
      rows: units.map((unit, i) => ({ sheetRow: i + 2, unitCode: unit.code, unitName: unit.name, targetId: "T2", entry: count(5), note: null })),
      problems: [],
    };
    const report = checkBook(book);
    expect(report.missingRows).toBe(2400); // T1 and T3 rows were not given
    const text = renderCheckReport(book, report, 30);
    expect(text).toContain("1.200 dòng số liệu: Đạt 1.200 ·");
    expect(text).toContain("1,200 entry rows: met 1,200 ·");
    // The district's 6.000 schools (a sum of counts) in the summary table.
    expect(text).toMatch(/T2\s+Số trường đạt chuẩn quốc gia\s+≥ 4 trường\s+6\.000\s+\+5\.996\s+Đạt\s+1\.200\s+0\s+0\s+0\s+0/);
    expect(everythingMet(report)).toBe(false);
  });
});
