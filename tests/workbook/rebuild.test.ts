// Rewriting a book without losing what people typed: a book read back gives
// the spec it was written from (entries and notes included), a revised plan
// or unit list carries every entry of what remains by unit code and target
// id, and what a rewrite would drop or replace is found first.

import fc from "fast-check";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { defaultAreaName } from "../../src/domain/area";
import { extractPlan } from "../../src/domain/extract";
import type { Plan, Target } from "../../src/domain/plan";
import { reconcilePlan } from "../../src/domain/reconcile";
import type { CellValue, Entry, Tolerance, Unit } from "../../src/domain/tracking";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import type { TrackingBook, TrackingRow } from "../../src/workbook/book";
import { describeWorkbook, EMPTY_ENTRY, entryKey, trackingPairs } from "../../src/workbook/describe";
import { columnIndex, MODEL_SHEET, SHEET, TRACKING_COLUMNS } from "../../src/workbook/layout";
import { districtUnit, trackedUnits } from "../../src/workbook/model";
import {
  type BookContent,
  dataAtRisk,
  ourSheetNames,
  specForBook,
  takenSheetNames,
  userUnits,
} from "../../src/workbook/rebuild";
import { agreementPlan, edgeUnits, fillEntries, sampleUnits, SEEDS, seedPlan } from "../helpers/tracking-fixture";

const col = columnIndex(TRACKING_COLUMNS);

/** Notes as people write them: text, figures, things that look like formulas, line breaks. */
const NOTE_SAMPLES = ["Số liệu tháng 5", "12", "=A1", "Đã kiểm tra; chờ Phòng duyệt", "Dòng một\nDòng hai", "'0,5", "#N/A"];

function notesFor(plan: Plan, units: Unit[], seed: number): Map<string, string> {
  const notes = new Map<string, string>();
  trackingPairs(plan, trackedUnits(units)).forEach(({ unit, target }, i) => {
    if ((i * 7 + seed) % 5 === 0) notes.set(entryKey(unit.code, target.id), NOTE_SAMPLES[(i + seed) % NOTE_SAMPLES.length]);
  });
  return notes;
}

/** An empty string cannot sit in a cell: it is written and read back as a blank. */
function storable(entries: Map<string, Entry>): Map<string, Entry> {
  const blank = (cell: CellValue): CellValue => (cell === "" ? null : cell);
  return new Map(
    [...entries].map(([key, entry]) => [
      key,
      { numerator: blank(entry.numerator), denominator: blank(entry.denominator), start: blank(entry.start), value: blank(entry.value) },
    ]),
  );
}

async function roundTrip(spec: ReturnType<typeof describeWorkbook>): Promise<TrackingBook> {
  return readTrackingWorkbook(await writeXlsx(spec));
}

const contentOf = (book: TrackingBook): BookContent => ({
  plan: book.plan,
  units: userUnits(book),
  area: book.area,
  tolerance: book.tolerance,
  rows: book.rows,
});

const rowOf = (book: TrackingBook, unitCode: string, targetId: string): TrackingRow | undefined =>
  book.rows.find((row) => row.unitCode === unitCode && row.targetId === targetId);

describe("specForBook on a book read back", () => {
  it("gives the spec the book was written from: entries, notes and tolerance included", async () => {
    const plan = agreementPlan("muong-la-2021-2025");
    const units = [...sampleUnits(6), ...edgeUnits(20)];
    const tolerance: Tolerance = { ratePoints: 1.5, countShare: 0.08 };
    const entries = storable(fillEntries(plan, units, tolerance, 7));
    const notes = notesFor(plan, units, 3);
    const spec = describeWorkbook(plan, units, { tolerance, entries, notes });
    const book = await roundTrip(spec);
    expect(book.problems).toEqual([]);
    expect(notes.size).toBeGreaterThan(20);
    expect(book.rows.map((row) => row.note)).toEqual(book.rows.map((row) => notes.get(entryKey(row.unitCode, row.targetId)) ?? null));
    expect(userUnits(book)).toEqual(units);
    expect(specForBook(contentOf(book))).toEqual({ ...spec, entriesFromBook: true });
  });

  it("writes each note as text in Ghi chú, on its own row", () => {
    const plan = seedPlan("muong-te-2022-2023");
    const units = sampleUnits(4);
    const notes = notesFor(plan, units, 1);
    const spec = describeWorkbook(plan, units, { notes });
    const sheet = spec.sheets.find((candidate) => candidate.name === SHEET.tracking);
    const written = new Map(
      (sheet?.cells ?? []).slice(1).flatMap((row) => {
        const note = row[col.note - 1];
        return note === null ? [] : [[entryKey(String(row[col.unitCode - 1]), String(row[col.targetId - 1])), note]];
      }),
    );
    expect(notes.size).toBeGreaterThan(5);
    expect(written).toEqual(notes);
  });

  it("keeps a district-only book district-only: no unit added, no Đơn vị sheet", async () => {
    const plan = seedPlan("muong-te-2022-2023");
    const tolerance: Tolerance = { ratePoints: 2, countShare: 0.1 };
    const entries = storable(fillEntries(plan, [], tolerance, 11));
    const notes = notesFor(plan, [], 2);
    const spec = describeWorkbook(plan, [], { tolerance, entries, notes });
    const book = await roundTrip(spec);
    expect(book.rows.filter((row) => row.note !== null)).toHaveLength(notes.size);
    expect(book.units).toEqual([districtUnit("Toàn huyện Mường Tè")]);
    expect(userUnits(book)).toEqual([]);
    const again = specForBook(contentOf(book));
    expect(again.sheets.map((sheet) => sheet.name)).not.toContain(SHEET.units);
    expect(again).toEqual({ ...spec, entriesFromBook: true });
  });

  it("keeps a unit coded HUYEN that the user gave, and adds no second one", async () => {
    const plan = seedPlan("dam-ha-2024");
    const own: Unit = { code: "HUYEN", name: "Phòng GD&ĐT Đầm Hà", levels: ["chung"], commune: null, zone: null };
    const units = [...sampleUnits(3), own];
    const spec = describeWorkbook(plan, units);
    const book = await roundTrip(spec);
    expect(userUnits(book)).toEqual(units);
    expect(specForBook(contentOf(book))).toEqual({ ...spec, entriesFromBook: true });
  });

  it("carries the first copy of a row that holds anything, and puts the others at risk", () => {
    const plan = seedPlan("muong-te-2022-2023");
    const units = sampleUnits(2);
    const [pair] = trackingPairs(plan, trackedUnits(units));
    const row = (sheetRow: number, value: CellValue, note: string | null): TrackingRow => ({
      sheetRow,
      unitCode: pair.unit.code,
      unitName: pair.unit.name,
      targetId: pair.target.id,
      entry: { ...EMPTY_ENTRY, numerator: value, denominator: value === null ? null : 100 },
      note,
    });
    const rows = [row(2, null, null), row(3, 95, "lần 1"), row(4, 97, null)];
    const spec = specForBook({ plan, units, area: defaultAreaName(plan.meta), tolerance: { ratePoints: 1, countShare: 0.05 }, rows });
    const expected = describeWorkbook(plan, units, {
      entries: new Map([[entryKey(pair.unit.code, pair.target.id), rows[1].entry]]),
      notes: new Map([[entryKey(pair.unit.code, pair.target.id), "lần 1"]]),
    });
    expect(spec).toEqual({ ...expected, entriesFromBook: true });
    expect(dataAtRisk(rows, plan, units)).toEqual([rows[2]]);
  });
});

// --- A revised plan, revised units ------------------------------------------------

/** muong-te with one figure changed, one sentence deleted and one target sentence inserted. */
function revisedMuongTe(): Plan {
  const raw = readFileSync(path.join(SEEDS, "muong-te-2022-2023.txt"), "utf8");
  const text = raw
    .replace("đạt 78,5%", "đạt 80%")
    .replace("96% trường tiểu học có giáo viên dạy tiếng Anh; ", "")
    .replace("trung học cơ sở đạt từ 99% trở lên.", "trung học cơ sở đạt từ 99% trở lên. Phấn đấu 100% trường trung học cơ sở có phòng học bộ môn Tin học.");
  if (text === raw) throw new Error("the seed text changed; update the edits");
  return extractPlan(text);
}

const hasData = (row: TrackingRow): boolean => row.note !== null || Object.values(row.entry).some((cell) => cell !== null && cell !== "");

describe("rewriting a filled book for a revised plan", () => {
  it("keeps every entry and note of the matched targets, on the same ids, and blank rows for new ones", async () => {
    const plan = seedPlan("muong-te-2022-2023");
    const units = sampleUnits(8);
    const tolerance: Tolerance = { ratePoints: 1, countShare: 0.05 };
    const entries = storable(fillEntries(plan, units, tolerance, 5));
    const notes = notesFor(plan, units, 4);
    const old = await roundTrip(describeWorkbook(plan, units, { tolerance, entries, notes }));
    expect(old.rows.filter((row) => row.note !== null)).toHaveLength(notes.size);

    const reconciliation = reconcilePlan(old.plan, revisedMuongTe());
    expect(reconciliation.changed.map((change) => change.fields)).toEqual([["value"]]);
    expect(reconciliation.removed).toHaveLength(1);
    expect(reconciliation.added).toHaveLength(1);
    const content: BookContent = { ...contentOf(old), plan: reconciliation.plan };
    const rebuilt = await roundTrip(specForBook(content));
    expect(rebuilt.problems).toEqual([]);

    const removed = new Set(reconciliation.removed.map((target) => target.id));
    const added = new Set(reconciliation.added.map((target) => target.id));
    let carried = 0;
    for (const row of rebuilt.rows) {
      if (added.has(row.targetId)) {
        expect(hasData(row)).toBe(false);
        continue;
      }
      const before = rowOf(old, row.unitCode, row.targetId);
      expect(before).toBeDefined();
      expect(row.entry).toEqual(before?.entry);
      expect(row.note).toEqual(before?.note);
      carried += 1;
    }
    // Every old row is carried but those of the removed target, and only those are at risk (when they hold anything).
    const gone = old.rows.filter((row) => removed.has(row.targetId));
    expect(carried).toBe(old.rows.length - gone.length);
    expect(gone.length).toBeGreaterThan(0);
    expect(dataAtRisk(old.rows, reconciliation.plan, content.units)).toEqual(gone.filter(hasData));
  });

  it("keeps the entries of the units that remain when the unit list is replaced", async () => {
    const plan = seedPlan("dam-ha-2024");
    const units = sampleUnits(7);
    const tolerance: Tolerance = { ratePoints: 1, countShare: 0.05 };
    const entries = storable(fillEntries(plan, units, tolerance, 21));
    const old = await roundTrip(describeWorkbook(plan, units, { tolerance, entries, notes: notesFor(plan, units, 0) }));

    const dropped = units[2];
    const renamed = { ...units[4], name: `${units[4].name} (mới)` };
    const newcomer: Unit = { code: "MN99", name: "Trường Mầm non Mới", levels: ["mam_non"], commune: null, zone: null };
    const next = units.flatMap((unit) => (unit === dropped ? [] : unit === units[4] ? [renamed] : [unit])).concat(newcomer);
    const rebuilt = await roundTrip(specForBook({ ...contentOf(old), units: next }));

    for (const row of rebuilt.rows) {
      const before = rowOf(old, row.unitCode, row.targetId);
      if (row.unitCode === newcomer.code) expect(before).toBeUndefined();
      else expect([row.entry, row.note]).toEqual([before?.entry, before?.note]);
    }
    expect(rebuilt.rows.some((row) => row.unitCode === newcomer.code)).toBe(true);
    expect(rebuilt.units).toEqual(trackedUnits(next, old.area));
    const risky = dataAtRisk(old.rows, plan, next);
    expect(risky.length).toBeGreaterThan(0);
    expect(risky).toEqual(old.rows.filter((row) => row.unitCode === dropped.code && hasData(row)));
  });
});

describe("dataAtRisk", () => {
  const plan = seedPlan("muong-te-2022-2023");
  const units = sampleUnits(5);
  const pairs = trackingPairs(plan, trackedUnits(units));
  const rowsOf = (fill: (index: number) => { entry: Entry; note: string | null }): TrackingRow[] =>
    pairs.map(({ unit, target }, i) => ({
      sheetRow: i + 2,
      unitCode: unit.code,
      unitName: unit.name,
      targetId: target.id,
      ...fill(i),
    }));

  it("finds nothing when the plan and units stay, whatever was typed", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<CellValue>(null, 5, "abc", " ", { error: "#N/A" }), { minLength: 4, maxLength: 4 }), (cells) => {
        const rows = rowsOf((i) => {
          const target = pairs[i].target;
          const rate = target.unit === "%";
          return {
            entry: { numerator: rate ? cells[0] : null, denominator: rate ? cells[1] : null, start: null, value: rate ? null : cells[2] },
            note: cells[3] === "abc" ? "ghi chú" : null,
          };
        });
        expect(dataAtRisk(rows, plan, units)).toEqual([]);
      }),
    );
  });

  it("finds the rows of removed targets and units only when they hold data", () => {
    const removedTarget = plan.targets[2];
    const removedUnit = units[1];
    const figures = (target: Target): Entry =>
      target.unit === "%" ? { ...EMPTY_ENTRY, numerator: 1, denominator: 2 } : { ...EMPTY_ENTRY, value: 3 };
    const rows = rowsOf((i) => ({ entry: i % 3 === 0 ? figures(pairs[i].target) : EMPTY_ENTRY, note: i % 4 === 1 ? "x" : null }));
    // Spaces typed into a cell are no data to lose.
    rows[5] = { ...rows[5], entry: { ...EMPTY_ENTRY, value: "   " }, note: null };
    const nextPlan: Plan = { meta: plan.meta, targets: plan.targets.filter((target) => target !== removedTarget) };
    const nextUnits = units.filter((unit) => unit !== removedUnit);
    const expected = rows.filter(
      (row, i) => (row.targetId === removedTarget.id || row.unitCode === removedUnit.code) && (i % 3 === 0 || i % 4 === 1),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(dataAtRisk(rows, nextPlan, nextUnits)).toEqual(expected);
    // Rows of units or targets the workbook never tracked (typed in by hand) are at risk too.
    const stray: TrackingRow = { ...rows[0], sheetRow: 999, unitCode: "LA01", note: "thêm tay" };
    expect(dataAtRisk([...rows, stray], plan, units)).toEqual([stray]);
  });

  it("finds cells a changed target no longer has: a rate that became a count loses Tử số and Mẫu số", () => {
    const rate = plan.targets.find((target) => target.unit === "%" && target.kind === "target") as Target;
    const rows = rowsOf((i) => ({
      entry: pairs[i].target === rate ? { ...EMPTY_ENTRY, numerator: 40, denominator: 50 } : EMPTY_ENTRY,
      note: null,
    }));
    const counted: Plan = {
      meta: plan.meta,
      targets: plan.targets.map((target) => (target === rate ? { ...target, unit: "học sinh", value: 40 } : target)),
    };
    const expected = rows.filter((row) => row.targetId === rate.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(dataAtRisk(rows, counted, units)).toEqual(expected);
  });
});

describe("takenSheetNames", () => {
  const plan = seedPlan("muong-te-2022-2023");
  const withUnits = describeWorkbook(plan, sampleUnits(3));
  const districtOnly = describeWorkbook(plan, []);

  it("lists the spec's sheets a workbook that is not ours already has, as the workbook spells them", () => {
    expect(takenSheetNames(withUnits, ["Sheet1", "thực hiện", "Chỉ tiêu", "Báo cáo"], false)).toEqual(["Chỉ tiêu", "thực hiện"]);
    expect(takenSheetNames(withUnits, ["Sheet1"], false)).toEqual([]);
    expect(takenSheetNames(districtOnly, ["Đơn vị", "Sheet1"], false)).toEqual([]);
    expect(takenSheetNames(withUnits, [MODEL_SHEET], false)).toEqual([MODEL_SHEET]);
  });

  it("lists nothing for our own book's sheets", () => {
    const names = withUnits.sheets.map((sheet) => sheet.name);
    expect(takenSheetNames(withUnits, [...names, "Ghi chép"], true)).toEqual([]);
  });

  it("lists a Đơn vị sheet the user made beside a district-only book once units are added", async () => {
    const book = await roundTrip(districtOnly);
    const ours = ourSheetNames(book);
    expect(ours).not.toContain(SHEET.units);
    const existing = [...districtOnly.sheets.map((sheet) => sheet.name), "Đơn vị"];
    expect(takenSheetNames(withUnits, existing, true, ours)).toEqual(["Đơn vị"]);
    const withUnitsBook = await roundTrip(withUnits);
    expect(takenSheetNames(withUnits, existing, true, ourSheetNames(withUnitsBook))).toEqual([]);
  });
});
