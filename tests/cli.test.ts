import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { LEVELS, OPS, type Plan, type Target } from "../src/domain/plan";
import { formatNumber } from "../src/i18n/format";
const formatViNumber = (value: number) => formatNumber(value, "vi");
import { type CliConsole, main } from "../src/cli/main";
import { MAX_INPUT_MB } from "../src/cli/read-input";
import { planToJson } from "../src/cli/plan-json";
import { renderPlanTable } from "../src/cli/plan-view";
import { displayWidth, truncate } from "../src/cli/table";
import { type MessageKey, t, tBoth } from "../src/i18n/messages";
import { ensureCliBuilt } from "./helpers/build-cli";
import { REPO_ROOT, SEED_PATH, buildSeedDocx, seedParagraphs } from "./helpers/seed-docx";
import { convertWithSoffice } from "./helpers/soffice";

const BIN = path.join(REPO_ROOT, "bin", "chitieu.js");
let workDir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function chitieu(args: string[], cwd = REPO_ROOT): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CHITIEU_DEBUG: "" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureCliBuilt();
  workDir = mkdtempSync(path.join(tmpdir(), "chitieu-cli-"));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const TARGET_FIELDS = [
  "id", "kind", "section", "sectionTitle", "level", "scope", "indicator", "op", "value",
  "value_max", "denominator", "unit", "period", "quote", "offset", "confidence",
].sort();

/** Lists what is wrong with one target of the --json output; empty when it follows the contract. */
function targetProblems(target: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(`${String(target.id)}: ${what}`);
  };
  const stringOrNull = (v: unknown): boolean => v === null || typeof v === "string";
  const numberOrNull = (v: unknown): boolean => v === null || (typeof v === "number" && Number.isFinite(v));
  check(JSON.stringify(Object.keys(target).sort()) === JSON.stringify(TARGET_FIELDS), `fields ${Object.keys(target).join(",")}`);
  check(typeof target.id === "string", "id");
  check(target.kind === "target" || target.kind === "baseline", "kind");
  check(stringOrNull(target.section) && stringOrNull(target.sectionTitle) && stringOrNull(target.scope), "section/scope");
  check((LEVELS as readonly unknown[]).includes(target.level), "level");
  check((OPS as readonly unknown[]).includes(target.op), "op");
  check(typeof target.indicator === "string" && target.indicator !== "", "indicator");
  check(typeof target.value === "number" && Number.isFinite(target.value), "value");
  check(numberOrNull(target.value_max) && numberOrNull(target.denominator), "value_max/denominator");
  check(typeof target.unit === "string" && stringOrNull(target.period), "unit/period");
  check(typeof target.quote === "string" && target.quote !== "", "quote");
  check(typeof target.offset === "number" && Number.isInteger(target.offset) && target.offset >= 0, "offset");
  check(typeof target.confidence === "number" && target.confidence >= 0 && target.confidence <= 1, "confidence");
  return problems;
}

function parseJsonOutput(run: Run): { plan: Record<string, unknown>; targets: Record<string, unknown>[] } {
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const parsed: unknown = JSON.parse(run.stdout);
  if (typeof parsed !== "object" || parsed === null || !("plan" in parsed) || !("targets" in parsed)) {
    throw new Error(`unexpected JSON shape: ${run.stdout.slice(0, 200)}`);
  }
  const { plan, targets } = parsed as { plan: Record<string, unknown>; targets: Record<string, unknown>[] };
  expect(Object.keys(plan).sort()).toEqual(["date", "issuer", "number", "period", "title"]);
  expect(Array.isArray(targets)).toBe(true);
  expect(targets.flatMap(targetProblems)).toEqual([]);
  return { plan, targets };
}

/** One line, Vietnamese then English, exactly the catalog message, and no stack frames. */
function expectOneLineError(run: Run, status: number, key: MessageKey, params: Record<string, string | number> = {}): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe(`${tBoth(key, params)}\n`);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(t(key, "vi", params));
  expect(run.stderr).toContain(t(key, "en", params));
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe("chitieu extract", () => {
  test("--json on a seed: the plan and every target follow the contract, at least one target", () => {
    const { targets } = parseJsonOutput(chitieu(["extract", SEED_PATH, "--json"]));
    expect(targets.length).toBeGreaterThan(0);
  });

  test("the table on a seed: bilingual headers, one row per target, and a summary line", () => {
    const run = chitieu(["extract", path.relative(REPO_ROOT, SEED_PATH)]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const json = parseJsonOutput(chitieu(["extract", SEED_PATH, "--json"]));
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Loại\s+Mục\s+Cấp học\s+Chỉ tiêu\s+So sánh\s+Giá trị\s+Đơn vị$/);
    expect(lines[1]).toMatch(/^Kind\s+Section\s+Level\s+Indicator\s+Op\s+Value\s+Unit$/);
    expect(lines[2]).toMatch(/^[─ ]+$/);
    const rows = lines.slice(3, 3 + json.targets.length);
    expect(rows.every((row) => /[≥>≤<=≈]|từ…đến|tăng|giảm/.test(row))).toBe(true);
    const summary = lines[lines.length - 1];
    const counts = { count: json.targets.length };
    expect(summary).toContain(`${counts.count} số liệu`);
    expect(summary).toContain(`${counts.count} figures`);
    // Values are written the Vietnamese way, with a decimal comma.
    const decimals = json.targets.map((target) => Number(target.value)).filter((v) => !Number.isInteger(v) && v < 1000);
    for (const value of decimals) expect(run.stdout).toMatch(new RegExp(`\\s${String(value).replace(".", ",")}\\s`));
  });

  test("--json on a generated .docx (paragraphs and a table) follows the contract", async () => {
    const file = path.join(workDir, "ke-hoach.docx");
    writeFileSync(file, await buildSeedDocx(seedParagraphs(200)));
    const { targets } = parseJsonOutput(chitieu(["extract", file, "--json"]));
    expect(targets.length).toBeGreaterThan(0);
  });

  test("the built CLI reads a PDF when run from another directory", async () => {
    const docx = path.join(workDir, "tu-pdf.docx");
    writeFileSync(docx, await buildSeedDocx(seedParagraphs(40)));
    const pdf = convertWithSoffice(docx, "pdf", workDir);
    const { targets } = parseJsonOutput(chitieu(["extract", pdf, "--json"], workDir));
    expect(targets.length).toBeGreaterThan(0);
  });
});

describe("chitieu errors: one line in Vietnamese and English, no stack trace", () => {
  test("missing file", () => {
    expectOneLineError(chitieu(["extract", "khong-co.txt"]), 1, "cliFileNotFound", { file: "khong-co.txt" });
  });

  test("empty file", () => {
    const file = path.join(workDir, "rong.txt");
    writeFileSync(file, "");
    expectOneLineError(chitieu(["extract", file]), 1, "readErrorEmpty", { file: "rong.txt" });
  });

  test("directory", () => {
    expectOneLineError(chitieu(["extract", workDir]), 1, "cliIsDirectory", { file: workDir });
  });

  test("binary junk", () => {
    const file = path.join(workDir, "rac.txt");
    writeFileSync(file, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
    expectOneLineError(chitieu(["extract", file]), 1, "readErrorBinary", { file: "rac.txt" });
  });

  test("junk named .docx, and an unsupported type", () => {
    const docx = path.join(workDir, "gia.docx");
    writeFileSync(docx, "không phải Word");
    expectOneLineError(chitieu(["extract", docx]), 1, "readErrorNotDocx", { file: "gia.docx" });
    const json = path.join(workDir, "du-lieu.json");
    writeFileSync(json, "{}");
    expectOneLineError(chitieu(["extract", json, "--json"]), 1, "readErrorUnsupported", { file: "du-lieu.json" });
  });

  test("a file far larger than any plan is refused before it is read", () => {
    const file = path.join(workDir, "khong-lo.txt");
    writeFileSync(file, "");
    truncateSync(file, (MAX_INPUT_MB + 1) * 1024 * 1024); // sparse: no disk space used
    expectOneLineError(chitieu(["extract", file]), 1, "cliFileTooLarge", { file, size: MAX_INPUT_MB + 1, max: MAX_INPUT_MB });
  });

  test("an unexpected failure prints the generic line, and details only with CHITIEU_DEBUG=1", async () => {
    const errors: string[] = [];
    const io = (debug: boolean): CliConsole => ({
      out: () => {
        throw new TypeError("stdout exploded");
      },
      err: (text) => void errors.push(text),
      columns: null,
      debug,
    });
    await expect(main(["--version"], io(false))).resolves.toBe(1);
    expect(errors).toEqual([`${tBoth("cliUnexpected")}\n`]);
    errors.length = 0;
    await expect(main(["--version"], io(true))).resolves.toBe(1);
    expect(errors[0]).toBe(`${tBoth("cliUnexpected")}\n`);
    expect(errors[1]).toMatch(/^TypeError: stdout exploded\n(?!TypeError)[^]*\bmain\b/);
  });

  test("usage errors exit 2", () => {
    expectOneLineError(chitieu([]), 2, "cliUsageMissingCommand");
    expectOneLineError(chitieu(["extrakt", "a.txt"]), 2, "cliUsageUnknownCommand", { command: "extrakt" });
    expectOneLineError(chitieu(["extract"]), 2, "cliUsageMissingFile");
    expectOneLineError(chitieu(["extract", "a.txt", "b.txt"]), 2, "cliUsageExtraArgument", { arg: "b.txt" });
    expectOneLineError(chitieu(["extract", "a.txt", "--jsn"]), 2, "cliUsageUnknownOption", { option: "--jsn" });
    expectOneLineError(chitieu(["extract", "a.txt", "--json=yes"]), 2, "cliUsageOptionValue", { option: "--json" });
  });
});

describe("chitieu help and version", () => {
  test.each([[["--help"]], [["-h"]], [["help"]], [["extract", "--help"]]])("%j prints the help in both languages", (args) => {
    const run = chitieu(args);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${t("cliHelp", "vi")}\n\n${t("cliHelp", "en")}\n`);
  });

  test("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
    const run = chitieu(["--version"]);
    expect(run).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("table and JSON views (hand-made plan, no engine)", () => {
  const base: Target = {
    id: "T001", kind: "target", section: "II.2", sectionTitle: "Chỉ tiêu", level: "mam_non", scope: null,
    indicator: "Huy động trẻ mẫu giáo ra lớp", op: "gte", value: 99.5, value_max: null, denominator: null,
    unit: "%", period: "2022-2023", quote: "đạt 99,5% trở lên", offset: 120, confidence: 0.9,
  };
  const plan: Plan = {
    meta: { issuer: "UBND HUYỆN MƯỜNG TÈ", number: "123/KH-UBND", date: "2022-09-15", title: "Kế hoạch thực hiện", period: "2022-2023" },
    targets: [
      base,
      { ...base, id: "T002", kind: "baseline", level: "chung", op: "eq", value: 23, denominator: 48, unit: "trường", scope: "ĐBKK" },
      { ...base, id: "T003", op: "between", value: 2, value_max: 3, unit: "trường", level: "thcs" },
      { ...base, id: "T004", op: "decrease_by", value: 1, level: "tieu_hoc", indicator: "Tỷ lệ học sinh bỏ học ".repeat(5) },
      { ...base, id: "T005", op: "lt", value: 1132, unit: "học sinh", section: null, level: "gdtx" },
    ],
  };

  test("Vietnamese numbers: dot thousands, comma decimals, exact digits", () => {
    expect([0, 7, 99.5, 1132, 2379.25, 1234567, 0.125, -1500.5].map(formatViNumber)).toEqual([
      "0", "7", "99,5", "1.132", "2.379,25", "1.234.567", "0,125", "-1.500,5",
    ]);
  });

  test("rows show kind, level, comparator, formatted value and unit, aligned", () => {
    const lines = renderPlanTable(plan, 40).trimEnd().split("\n");
    const rows = lines.slice(3, 8);
    expect(rows[0]).toMatch(/^mục tiêu\s+II\.2\s+Mầm non\s+Huy động trẻ mẫu giáo ra lớp\s+≥\s+99,5\s+%$/);
    expect(rows[1]).toMatch(/^hiện trạng\s+II\.2\s+Chung\s+Huy động trẻ mẫu giáo ra lớp \[ĐBKK\]\s+=\s+23\/48\s+trường$/);
    expect(rows[2]).toMatch(/\sTHCS\s.*\stừ…đến\s+2–3\s+trường$/);
    expect(rows[3]).toMatch(/\sTiểu học\s+Tỷ lệ học sinh bỏ học Tỷ lệ học sinh bỏ…\s+giảm\s+1\s+%$/);
    expect(rows[4]).toMatch(/\sGDTX\s.*\s<\s+1\.132\s+học sinh$/);
    // Every row puts the unit at the same column: alignment counts letters, not UTF-16 units.
    const unitColumns = rows.map((row, i) => displayWidth(row.slice(0, row.lastIndexOf(plan.targets[i].unit))));
    expect(new Set(unitColumns).size).toBe(1);
    expect(lines[lines.length - 1]).toBe(
      "UBND HUYỆN MƯỜNG TÈ · 123/KH-UBND · 15/09/2022 · 2022-2023 · Kế hoạch thực hiện — " +
        tBoth("cliSummary", { count: 5, targets: 4, baselines: 1 }),
    );
  });

  test("no targets: a bilingual note instead of an empty table", () => {
    const text = renderPlanTable({ meta: { issuer: null, number: null, date: null, title: null, period: null }, targets: [] }, 30);
    expect(text).toBe(`${tBoth("cliNoTargets")}\n\n${tBoth("cliSummary", { count: 0, targets: 0, baselines: 0 })}\n`);
  });

  test("truncation counts what the terminal shows and marks the cut", () => {
    expect(truncate("Mường Tè", 8)).toBe("Mường Tè");
    expect(truncate("Mường Tè", 6)).toBe("Mường…");
    expect(displayWidth("Mu\u031bo\u031b\u0300ng")).toBe(5);
  });

  test("JSON keeps exactly the contract fields, in gold-file order", () => {
    const extra = { ...base, internalScore: 3 } as Target;
    const json = planToJson({ ...plan, targets: [extra] });
    expect(Object.keys(json.targets[0])).toEqual([
      "id", "kind", "section", "sectionTitle", "level", "scope", "indicator", "op", "value",
      "value_max", "denominator", "unit", "period", "quote", "offset", "confidence",
    ]);
    expect(json.plan).toEqual(plan.meta);
  });
});
