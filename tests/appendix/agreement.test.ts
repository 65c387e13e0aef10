// For every seed plan: a filled tracking workbook goes through `chitieu
// appendix` (the compiled CLI, as a user runs it); LibreOffice recalculates
// the result, and every Thực hiện, So sánh and Đánh giá cell of Phụ lục I and
// II must equal the engine's evaluation — zero mismatches. Then the actuals
// change under appendix sheets whose cached values are stale, and after
// recalculation the appendices must follow the new actuals: they are live.
// The rewritten workbook must also keep every entry and note as typed.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { entryFields } from "../../src/domain/evaluate";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { bookAsRebuilt, describeAppendices, resolveSelection, withAppendices } from "../../src/workbook/appendix";
import type { TrackingBook } from "../../src/workbook/book";
import { describeWorkbook } from "../../src/workbook/describe";
import { ensureCliBuilt } from "../helpers/build-cli";
import { recalculate } from "../helpers/recalc";
import { fillEntries } from "../helpers/tracking-fixture";
import { chitieu, compareAppendices, differing } from "./compare";
import { filled, SEED_NAMES } from "./fixture";

const OUT = path.resolve(__dirname, "..", "..", "test-output", "appendix");

beforeAll(() => {
  ensureCliBuilt();
  mkdirSync(OUT, { recursive: true });
});

/** Entry cells and notes of every row, by unit and target, as the reader sees them. */
function typed(book: TrackingBook): Map<string, string> {
  const targets = new Map(book.plan.targets.map((target) => [target.id, target]));
  return new Map(
    book.rows.map((row) => {
      const target = targets.get(row.targetId);
      const fields = target ? entryFields(target) : [];
      return [`${row.unitCode}|${row.targetId}`, JSON.stringify([fields.map((field) => row.entry[field]), row.note])];
    }),
  );
}

describe("Phụ lục I and II agree with the engine after LibreOffice recalculates", () => {
  // The Bắc Sơn units again, as a province's book: Phụ lục II groups them by their xã (issue 12).
  const cases = [...SEED_NAMES.map((seed, i) => [seed, i, false] as const), ["bac-son-2024-2025", SEED_NAMES.length, true] as const];
  test.each(cases)(
    "%s (as a province's book: %s)",
    async (seed, i, province) => {
      const seeded = filled(seed, 5000 + i);
      const book = province ? { ...seeded, plan: { ...seeded.plan, meta: { ...seeded.plan.meta, government: "tinh" as const, area: "tỉnh Lạng Sơn" } } } : seeded;
      const name = province ? `${seed}-tinh` : seed;
      const input = path.join(OUT, `${name}-filled.xlsx`);
      const output = path.join(OUT, `${name}-appendix.xlsx`);
      const docx = path.join(OUT, `${name}-appendix.docx`);
      const spec = describeWorkbook(book.plan, book.units, { entries: book.entries });
      writeFileSync(input, await writeXlsx(spec));

      const started = Date.now();
      const run = chitieu(["appendix", input, "-o", output, "--docx", docx, "--force"]);
      const cliMs = Date.now() - started;
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Đã ghi .*Phụ lục I có \d+ chỉ tiêu trong \d+ nhóm; Phụ lục II có \d+ chỉ tiêu/);
      expect(existsSync(docx)).toBe(true);

      // Nothing typed is lost in the rewritten book.
      const before = await readTrackingWorkbook(readFileSync(input));
      const bytes = new Uint8Array(readFileSync(output));
      const after = await readTrackingWorkbook(bytes);
      expect(after.problems).toEqual([]);
      expect(typed(after)).toEqual(typed(before));

      const selection = resolveSelection(bookAsRebuilt(before), {});
      const recalcStarted = Date.now();
      const { sheets } = recalculate(bytes, OUT, `${name}-appendix`);
      const recalcMs = Date.now() - recalcStarted;
      const result = compareAppendices(sheets, book, selection);
      expect(result.mismatches.slice(0, 20)).toEqual([]);
      expect(result.compared).toBeGreaterThan(4 * selection.first.length);
      // A province's Phụ lục II has a group row per xã (the unit list's Xã column), an older huyện's by level.
      const groupTitles = (sheets.get("Phụ lục II") ?? []).map((row) => row[1]);
      expect(groupTitles.includes("Vũ Lễ")).toBe(province);

      // New actuals under stale appendices: the cached values are the old ones, the formulas must follow.
      const changed = { ...book, entries: fillEntries(book.plan, book.units, book.tolerance, 9000 + i) };
      const stale = describeAppendices(bookAsRebuilt(before));
      const respec = withAppendices(describeWorkbook(book.plan, book.units, { entries: changed.entries }), stale);
      const { sheets: again } = recalculate(await writeXlsx(respec), OUT, `${name}-changed`);
      const live = compareAppendices(again, changed, selection);
      expect(live.mismatches.slice(0, 20)).toEqual([]);
      // The check can fail: many of the compared values did change.
      const moved = differing(result, live);
      expect(moved).toBeGreaterThan(result.compared / 4);

      console.log(
        `${name}: Phụ lục I ${selection.first.length} targets, Phụ lục II ${selection.second.length} targets × ${selection.units.length} units; ` +
          `${result.compared} + ${live.compared} cells compared, ${result.mismatches.length + live.mismatches.length} mismatches, ` +
          `${moved} changed with the actuals; CLI ${cliMs} ms, LibreOffice ${recalcMs} ms`,
      );
    },
    600_000,
  );
});

describe("choices through the CLI, recalculated", () => {
  test("listed targets across levels and a district-wide count: units mark what they do not report, the total row has the rest", async () => {
    const seed = "bac-son-2024-2025";
    const book = filled(seed, 77);
    const input = path.join(OUT, `${seed}-choices-filled.xlsx`);
    const output = path.join(OUT, `${seed}-choices.xlsx`);
    writeFileSync(input, await writeXlsx(describeWorkbook(book.plan, book.units, { entries: book.entries })));
    // Nhà trẻ (Mầm non), lớp 1 (Tiểu học), "30 trường" (district-wide), for a few schools of each level.
    const choice = { targets: ["T129", "T133", "T144"], units: ["MN01", "MN02", "TH01", "TH02", "THCS01"] };
    const run = chitieu(["appendix", input, "--targets", choice.targets.join(","), "--unit-codes", choice.units.join(","), "-o", output, "--force"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);

    const before = await readTrackingWorkbook(readFileSync(input));
    const selection = resolveSelection(bookAsRebuilt(before), choice);
    expect(selection.second.map((target) => target.id)).toEqual(choice.targets);
    const { sheets } = recalculate(new Uint8Array(readFileSync(output)), OUT, `${seed}-choices`);
    const result = compareAppendices(sheets, book, selection);
    expect(result.mismatches.slice(0, 20)).toEqual([]);
    // "–" for the district-wide count at every school (5), for the other level's target at the
    // Mầm non and Tiểu học schools (4), and for both level targets at the THCS school (2).
    expect([...result.expected.keys()].filter((where) => where.endsWith("không áp dụng")).length).toBe(11);
  }, 300_000);
});
