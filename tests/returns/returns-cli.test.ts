// `chitieu split` and `chitieu collect` (issue 12), run as a user runs them:
// the compiled CLI in a child process, real files. The round trip that must
// hold: build a book with the seed units, split it, fill every return on its
// own (numbers, blanks, text, notes, a wrong figure), collect them all — every
// entry comes back exactly, and LibreOffice's recalculation of the merged book
// agrees with the engine on every status. Then each way a return is refused,
// conflicts, --prefer both ways, and a book written before schema 2.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { aggregateTarget, entryFields, evaluateEntry, isChangeTarget, isRateTarget } from "../../src/domain/evaluate";
import type { Target } from "../../src/domain/plan";
import { type CellValue, type Entry, STATUSES } from "../../src/domain/tracking";
import { readTrackingWorkbook, type TrackingBook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { t, tBoth } from "../../src/i18n/messages";
import { describeWorkbook, EMPTY_ENTRY, entryKey, trackedTargets, trackingPairs } from "../../src/workbook/describe";
import { reasonText } from "../../src/workbook/formulas";
import { columnIndex, MODEL_SHEET, SCHEMA_VERSION, SHEET, SUMMARY_COLUMNS, TRACKING_COLUMNS } from "../../src/workbook/layout";
import { userUnits } from "../../src/workbook/rebuild";
import { ensureCliBuilt } from "../helpers/build-cli";
import { recalculate } from "../helpers/recalc";
import { convertWithSoffice } from "../helpers/soffice";
import { REPO_ROOT } from "../helpers/seed-docx";
import { seedPlan } from "../helpers/tracking-fixture";
import { parseUnitsText } from "../../src/domain/unit-list";

const BIN = path.join(REPO_ROOT, "bin", "chitieu.js");
const PLAN_PATH = path.join(REPO_ROOT, "seeds", "bac-son-2024-2025.txt");
const UNITS_PATH = path.join(REPO_ROOT, "seeds", "units-bac-son.csv");
const OLD_BOOK = path.join(__dirname, "fixtures", "book-schema-1.xlsx");
const OUT = path.resolve(__dirname, "..", "..", "test-output", "returns");
const T = columnIndex(TRACKING_COLUMNS);
let work: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function chitieu(args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, CHITIEU_DEBUG: "" }, timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (file: string): Promise<TrackingBook> => readTrackingWorkbook(readFileSync(file), path.basename(file));

const FIELD_COLUMN: Record<keyof Entry, number> = { numerator: T.numerator, denominator: T.denominator, start: T.start, value: T.value };

interface Filled {
  entry: Entry;
  note: string | null;
}

/** What unit `u`'s row `i` is filled with: valid figures, blanks, text, a note, now and then a wrong figure. */
function fillFor(target: Target, u: number, i: number): Filled {
  const k = (u * 7 + i) % 7;
  const entry: Entry = { ...EMPTY_ENTRY };
  if (isRateTarget(target)) {
    if (k === 0 || k === 3 || k === 5) [entry.numerator, entry.denominator] = [40 + i + u, 50 + i + u];
    if (k === 2) [entry.numerator, entry.denominator] = ["chưa có", 120];
    if (k === 4) [entry.numerator, entry.denominator] = [60, 50];
    // Just under the threshold, within tolerance for most targets: "Gần đạt".
    if (k === 6) [entry.numerator, entry.denominator] = [Math.max(0, Math.round(target.value) - 1), 100];
  } else {
    const values: Record<number, CellValue> = { 0: 3 + i, 2: "khoảng 5", 3: 12 + u, 4: -1, 5: 2.75, 6: Math.round(target.value * 0.97 * 100) / 100 };
    entry.value = values[k] ?? null;
  }
  if (isChangeTarget(target) && k !== 1) entry.start = isRateTarget(target) ? 70 : 1;
  const notes: Record<number, string> = { 3: "Số liệu tạm tính", 5: "=1+1 (ghi chú, không phải công thức)", 2: "12" };
  return { entry, note: notes[k] ?? null };
}

/** Fills one return with ExcelJS as a school's program would, saved at `savedAt`; returns what it typed. */
async function fillReturn(file: string, into: string, u: number, savedAt: Date, change?: (filled: Filled, target: Target) => Filled): Promise<Map<string, Filled>> {
  const returned = await read(file);
  const targets = new Map(returned.plan.targets.map((target) => [target.id, target]));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEET.tracking);
  if (!sheet) throw new Error("no Thực hiện");
  const typed = new Map<string, Filled>();
  returned.rows.forEach((row, i) => {
    const target = targets.get(row.targetId) as Target;
    let filled = fillFor(target, u, i);
    if (change) filled = change(filled, target);
    for (const field of entryFields(target)) {
      const value = filled.entry[field];
      // Only numbers, text and blanks are typed here (error values come from formulas, not people).
      sheet.getCell(row.sheetRow, FIELD_COLUMN[field]).value = typeof value === "object" ? null : value;
    }
    sheet.getCell(row.sheetRow, T.note).value = filled.note;
    typed.set(entryKey(row.unitCode, row.targetId), filled);
  });
  workbook.modified = savedAt;
  writeFileSync(into, Buffer.from(await workbook.xlsx.writeBuffer()));
  return typed;
}

/** The book's rows by unit + target. */
function rowsOf(book: TrackingBook): Map<string, Filled> {
  return new Map(book.rows.map((row) => [entryKey(row.unitCode, row.targetId), { entry: row.entry, note: row.note }]));
}

function expectSameEntries(book: TrackingBook, typed: Map<string, Filled>): void {
  const rows = rowsOf(book);
  const targets = new Map(book.plan.targets.map((target) => [target.id, target]));
  for (const [key, filled] of typed) {
    const row = rows.get(key);
    const target = targets.get(key.split("|")[1]) as Target;
    const got = Object.fromEntries(entryFields(target).map((field) => [field, row?.entry[field] ?? null]));
    const want = Object.fromEntries(entryFields(target).map((field) => [field, filled.entry[field]]));
    expect({ key, ...got, note: row?.note ?? null }).toEqual({ key, ...want, note: filled.note });
  }
}

let book: string;
let returnsDir: string;
let filledDir: string;
let merged: string;
const typedAll = new Map<string, Filled>();

beforeAll(async () => {
  ensureCliBuilt();
  work = mkdtempSync(path.join(tmpdir(), "chitieu-returns-"));
  book = path.join(work, "so.xlsx");
  returnsDir = path.join(work, "gui");
  filledDir = path.join(work, "nhan");
  mkdirSync(filledDir);
  const built = chitieu(["build", PLAN_PATH, "--units", UNITS_PATH, "-o", book]);
  expect(built.status).toBe(0);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("chitieu split", () => {
  test("one return per unit, named by code and name; each holds only its unit's rows and is stamped", async () => {
    const run = chitieu(["split", book, "-o", returnsDir]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const units = parseUnitsText(readFileSync(UNITS_PATH, "utf8")).units;
    const files = readdirSync(returnsDir).sort();
    expect(files).toHaveLength(units.length);
    expect(files).toContain("MN01-Truong-Mam-non-Thi-tran-Bac-Son.xlsx");
    expect(run.stdout).toContain(tBoth("cliSplitDone", { count: units.length, dir: returnsDir }));
    const main = await read(book);
    const pairs = trackingPairs(main.plan, main.units);
    for (const file of files) {
      const returned = await read(path.join(returnsDir, file));
      expect(returned.problems).toEqual([]);
      const code = returned.returnOf?.unitCode as string;
      expect(file.startsWith(`${code}-`)).toBe(true);
      expect(returned.units.map((unit) => unit.code)).toEqual([code]);
      expect(returned.rows.map((row) => row.targetId)).toEqual(pairs.filter((pair) => pair.unit.code === code).map((pair) => pair.target.id));
    }
  });

  test("existing files are kept without --force, and nothing is written; --units picks units", () => {
    const before = readFileSync(path.join(returnsDir, "MN01-Truong-Mam-non-Thi-tran-Bac-Son.xlsx"));
    const again = chitieu(["split", book, "-o", returnsDir, "--units", "MN01,MN02"]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^Không ghi tệp nào: 2 tệp/);
    expect(readFileSync(path.join(returnsDir, "MN01-Truong-Mam-non-Thi-tran-Bac-Son.xlsx")).equals(before)).toBe(true);
    const other = path.join(work, "chon");
    const chosen = chitieu(["split", book, "-o", other, "--units", "MN01,TH01"]);
    expect(chosen.status).toBe(0);
    expect(readdirSync(other).map((name) => name.split("-")[0]).sort()).toEqual(["MN01", "TH01"]);
    const unknown = chitieu(["split", book, "-o", other, "--units", "XX9"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("XX9");
  });
});

describe("chitieu collect", () => {
  test("round trip: every return filled on its own comes back exactly; LibreOffice agrees with the engine on every status", async () => {
    const files = readdirSync(returnsDir).sort();
    const filled: string[] = [];
    for (const [u, file] of files.entries()) {
      const into = path.join(filledDir, file);
      for (const [key, value] of await fillReturn(path.join(returnsDir, file), into, u, new Date(Date.UTC(2026, 0, 10, 8, u)))) typedAll.set(key, value);
      filled.push(into);
    }
    merged = path.join(work, "so-da-thu.xlsx");
    const run = chitieu(["collect", book, ...filled, "-o", merged]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(t("collectDone", "vi", { file: merged, applied: files.length, refused: 0, kept: 0, replaced: 0 }));

    const result = await read(merged);
    expect(result.problems).toEqual([]);
    expectSameEntries(result, typedAll);
    expect(Object.keys(result.collection ?? {}).sort()).toEqual(files.map((file) => file.split("-")[0]).sort());

    // LibreOffice recalculates the merged book: every Thực hiện and Tổng hợp status is the engine's.
    const { sheets } = recalculate(readFileSync(merged), OUT, "merged");
    const tracking = sheets.get(SHEET.tracking) ?? [];
    const summary = sheets.get(SHEET.summary) ?? [];
    const submissions = sheets.get(SHEET.submissions) ?? [];
    const targets = new Map(result.plan.targets.map((target) => [target.id, target]));
    const mismatches: string[] = [];
    const byTarget = new Map<string, Entry[]>();
    const entries = new Map(result.rows.map((row) => [entryKey(row.unitCode, row.targetId), row.entry]));
    for (const { unit, target } of trackingPairs(result.plan, result.units)) {
      byTarget.set(target.id, [...(byTarget.get(target.id) ?? []), entries.get(entryKey(unit.code, target.id)) ?? EMPTY_ENTRY]);
    }
    let compared = 0;
    for (const line of tracking.slice(1)) {
      const target = targets.get(line[T.targetId - 1]) as Target;
      const entry = entries.get(entryKey(line[T.unitCode - 1], target.id)) ?? EMPTY_ENTRY;
      const evaluation = evaluateEntry(target, entry, result.tolerance);
      compared += 1;
      if (line[T.status - 1] !== evaluation.status || line[T.reason - 1] !== reasonText(evaluation.reason)) {
        mismatches.push(`${line[T.unitCode - 1]}/${target.id}: LibreOffice ${line[T.status - 1]}, engine ${evaluation.status}`);
      }
    }
    const S = columnIndex(SUMMARY_COLUMNS);
    trackedTargets(result.plan).forEach((target, j) => {
      const aggregate = aggregateTarget(target, byTarget.get(target.id) ?? [], result.tolerance);
      compared += 1;
      if (summary[j + 1]?.[S.status - 1] !== aggregate.status) mismatches.push(`Tổng hợp ${target.id}: LibreOffice ${summary[j + 1]?.[S.status - 1]}, engine ${aggregate.status}`);
    });
    expect(tracking.length - 1).toBe(result.rows.length);
    expect(compared).toBeGreaterThan(200);
    expect(mismatches).toEqual([]);
    // Every status appears among the returns' rows, so the comparison covers them all.
    const seen = new Set(tracking.slice(1).map((line) => line[T.status - 1]));
    for (const status of STATUSES) expect(seen).toContain(status);
    // Tình hình nộp: every school received; those with a wrong figure are “Cần sửa” and name the rows.
    const states = new Set(submissions.slice(1).map((line) => line[2]));
    expect(states).toEqual(new Set([t("wbSubmissionReceived"), t("wbSubmissionToFix")].filter((state) => states.has(state))));
    expect(states.has(t("wbSubmissionToFix"))).toBe(true);
    expect(submissions.length - 1).toBe(files.length);
  }, 400_000);

  test("the same file twice changes nothing, and exits 0", async () => {
    const again = path.join(work, "so-thu-lai.xlsx");
    const file = path.join(filledDir, readdirSync(filledDir).sort()[0]);
    const run = chitieu(["collect", merged, file, "-o", again]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(t("collectAlreadyCollected", "vi", { file: path.basename(file), unit: path.basename(file).split("-")[0] }));
    const [before, after] = [await read(merged), await read(again)];
    expect(after.rows.map((row) => [row.unitCode, row.targetId, row.entry, row.note])).toEqual(before.rows.map((row) => [row.unitCode, row.targetId, row.entry, row.note]));
    expect(after.collection).toEqual(before.collection);
  });

  test("a return from another plan is refused, names the file, and changes nothing", async () => {
    const otherBook = path.join(work, "khac.xlsx");
    const plan = seedPlan("dam-ha-2024");
    const units = parseUnitsText(readFileSync(UNITS_PATH, "utf8")).units;
    writeFileSync(otherBook, await writeXlsx(describeWorkbook(plan, units)));
    const otherDir = path.join(work, "khac");
    expect(chitieu(["split", otherBook, "-o", otherDir, "--units", "TH01"]).status).toBe(0);
    const foreign = path.join(otherDir, readdirSync(otherDir)[0]);
    const output = path.join(work, "khong-ghi.xlsx");
    const run = chitieu(["collect", merged, foreign, "-o", output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${path.basename(foreign)}: không nhận — ${t("collectReasonOtherPlan")}`);
    expect(run.stderr).toContain(tBoth("collectNothingApplied"));
    expect(existsSync(output)).toBe(false);

    // With a good file beside it, the good one is applied, the foreign one still refused: exit 1.
    const good = path.join(returnsDir, readdirSync(returnsDir).sort()[3]);
    const mixed = path.join(work, "mot-phan.xlsx");
    const both = chitieu(["collect", book, foreign, good, "-o", mixed]);
    expect(both.status).toBe(1);
    expect(both.stdout).toContain(path.basename(good));
    expect(Object.keys((await read(mixed)).collection ?? {})).toEqual([path.basename(good).split("-")[0]]);
  });

  test("a return holding another unit's rows, an unreadable file and the book itself are refused", async () => {
    const source = path.join(returnsDir, "MN01-Truong-Mam-non-Thi-tran-Bac-Son.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(source) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SHEET.tracking);
    if (sheet) sheet.getCell(3, T.unitCode).value = "MN02";
    const tampered = path.join(work, "MN01-sua.xlsx");
    writeFileSync(tampered, Buffer.from(await workbook.xlsx.writeBuffer()));
    const garbage = path.join(work, "hong.xlsx");
    writeFileSync(garbage, "không phải tệp Excel");
    const output = path.join(work, "tu-choi.xlsx");
    const run = chitieu(["collect", book, tampered, garbage, book, "-o", output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`MN01-sua.xlsx: không nhận — ${t("collectReasonOtherUnitRows", "vi", { unit: "MN01", other: "MN02", row: 3 })}`);
    expect(run.stderr).toContain("hong.xlsx: không nhận — ");
    expect(run.stderr).toContain(`so.xlsx: không nhận — ${t("collectReasonNotReturn")}`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(output)).toBe(false);
  });

  test("an older copy of a unit's file is refused once a newer one was collected", async () => {
    const source = path.join(returnsDir, "MN02-Truong-Mam-non-Vu-Le.xlsx");
    const older = path.join(work, "MN02-cu.xlsx");
    const newer = path.join(work, "MN02-moi.xlsx");
    await fillReturn(source, older, 1, new Date(Date.UTC(2026, 0, 5)));
    await fillReturn(source, newer, 2, new Date(Date.UTC(2026, 0, 6)));
    const first = path.join(work, "so-moi.xlsx");
    expect(chitieu(["collect", book, newer, "-o", first]).status).toBe(0);
    const second = path.join(work, "so-cu.xlsx");
    const run = chitieu(["collect", first, older, "-o", second]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`MN02-cu.xlsx: không nhận — ${t("collectReasonOlderCopy", "vi", { unit: "MN02", collected: "MN02-moi.xlsx" })}`);
    expect(existsSync(second)).toBe(false);
    // Both in one run: the newer counts, the older is refused.
    const together = path.join(work, "so-ca-hai.xlsx");
    const both = chitieu(["collect", book, newer, older, "-o", together]);
    expect(both.status).toBe(1);
    expect((await read(together)).collection?.MN02?.file).toBe("MN02-moi.xlsx");
  });

  test("figures the book already holds are never overwritten silently: conflicts listed, exit 1; --prefer both ways", async () => {
    const main = await read(book);
    const plan = main.plan;
    const units = userUnits(main);
    const pair = trackingPairs(plan, main.units).find((candidate) => candidate.unit.code === "TH01") as { target: Target };
    const key = entryKey("TH01", pair.target.id);
    const field = entryFields(pair.target)[0];
    const officeBook = path.join(work, "so-van-phong.xlsx");
    const entries = new Map([[key, { ...EMPTY_ENTRY, [field]: 777 }]]);
    writeFileSync(officeBook, await writeXlsx(describeWorkbook(plan, units, { tolerance: main.tolerance, entries })));
    const source = path.join(returnsDir, readdirSync(returnsDir).find((name) => name.startsWith("TH01-")) as string);
    const school = path.join(work, "TH01-nop.xlsx");
    const typed = await fillReturn(source, school, 0, new Date(Date.UTC(2026, 0, 7)), (filled, target) =>
      target.id === pair.target.id ? { entry: { ...filled.entry, [field]: 5 }, note: filled.note } : filled,
    );

    const stopped = path.join(work, "xung-dot.xlsx");
    const run = chitieu(["collect", officeBook, school, "-o", stopped]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(t("collectConflictsHeader", "vi", { count: 1 }));
    const column = field === "value" ? "Giá trị" : field === "numerator" ? "Tử số" : field === "denominator" ? "Mẫu số" : "Giá trị đầu kỳ";
    expect(run.stderr).toContain(`TH01 / ${pair.target.id}, cột ${column}: sổ “777”, tệp nộp “5”`);
    expect(existsSync(stopped)).toBe(false);

    const returnsWin = path.join(work, "lay-tep-nop.xlsx");
    expect(chitieu(["collect", officeBook, school, "-o", returnsWin, "--prefer", "returns"]).status).toBe(0);
    expectSameEntries(await read(returnsWin), typed);

    const bookWins = path.join(work, "giu-so.xlsx");
    expect(chitieu(["collect", officeBook, school, "-o", bookWins, "--prefer", "book"]).status).toBe(0);
    const kept = await read(bookWins);
    const expected = new Map(typed);
    const mine = typed.get(key) as Filled;
    expected.set(key, { entry: { ...mine.entry, [field]: 777 }, note: mine.note });
    expectSameEntries(kept, expected);

    // A newer copy from the same school replaces what it sent before without asking.
    const corrected = path.join(work, "TH01-nop-lai.xlsx");
    const retyped = await fillReturn(source, corrected, 3, new Date(Date.UTC(2026, 0, 8)));
    const after = path.join(work, "nop-lai.xlsx");
    const again = chitieu(["collect", returnsWin, corrected, "-o", after]);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expectSameEntries(await read(after), retyped);
  });

  test("never in place without --force; in place with --force", () => {
    const copy = path.join(work, "tai-cho.xlsx");
    writeFileSync(copy, readFileSync(book));
    const file = path.join(returnsDir, readdirSync(returnsDir).sort()[5]);
    const refused = chitieu(["collect", copy, file, "-o", copy]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`${tBoth("cliOutputExists", { file: copy })}\n`);
    expect(chitieu(["collect", copy, file, "-o", copy, "--force"]).status).toBe(0);
    expect(chitieu(["collect", copy, file, "-o", file, "--force"]).status).toBe(1);
  });

  test("a book written before schema 2 reads, splits and collects; the result is schema 2 with the record", async () => {
    const old = await read(OLD_BOOK);
    expect(old.collection).toBeUndefined();
    const dir = path.join(work, "cu");
    expect(chitieu(["split", OLD_BOOK, "-o", dir, "--units", "TH01"]).status).toBe(0);
    const file = path.join(dir, readdirSync(dir)[0]);
    const output = path.join(work, "so-cu-da-thu.xlsx");
    const run = chitieu(["collect", OLD_BOOK, file, "-o", output]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const result = await read(output);
    expect(Object.keys(result.collection ?? {})).toEqual(["TH01"]);
    // The return carried the old book's figures for TH01, so nothing changed.
    expect(rowsOf(result)).toEqual(rowsOf({ ...old, rows: old.rows }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(output) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(MODEL_SHEET)?.getCell("B1").value).toBe(SCHEMA_VERSION);
    expect(workbook.getWorksheet(SHEET.submissions)).toBeDefined();
  });

  test("a return filled and saved again by LibreOffice comes back exactly", async () => {
    const source = path.join(returnsDir, readdirSync(returnsDir).find((name) => name.startsWith("TH02-")) as string);
    const filledCopy = path.join(work, "TH02-dien.xlsx");
    const typed = await fillReturn(source, filledCopy, 4, new Date(Date.UTC(2026, 0, 9)));
    const resaved = convertWithSoffice(filledCopy, "xlsx:Calc MS Excel 2007 XML", path.join(work, "lo"));
    const output = path.join(work, "so-lo.xlsx");
    const run = chitieu(["collect", book, resaved, "-o", output]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expectSameEntries(await read(output), typed);
  }, 200_000);

  test("a filled return opened in LibreOffice shows the statuses its own formulas compute", async () => {
    const file = path.join(filledDir, readdirSync(filledDir).sort()[1]);
    const returned = await read(file);
    const { sheets } = recalculate(readFileSync(file), OUT, "return");
    const tracking = sheets.get(SHEET.tracking) ?? [];
    const targets = new Map(returned.plan.targets.map((target) => [target.id, target]));
    expect(tracking.length - 1).toBe(returned.rows.length);
    returned.rows.forEach((row, i) => {
      const evaluation = evaluateEntry(targets.get(row.targetId) as Target, row.entry, returned.tolerance);
      expect([row.targetId, tracking[i + 1][T.status - 1]]).toEqual([row.targetId, evaluation.status]);
    });
    expect(sheets.has(SHEET.instructions)).toBe(true);
  }, 200_000);
});
