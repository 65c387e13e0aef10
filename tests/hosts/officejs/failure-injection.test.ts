// A write into Excel that stops anywhere must leave a book that reads, with
// every entry intact, and a second write must finish it. For each operation
// the pane performs (first write, re-import over a filled book, a change of
// units, Phụ lục I and II), every sync of the write is made to fail, before
// each of its calls (or at points spread over a long request) and after its
// last call, as Excel fails a refused
// call: the calls before it stay applied, none after it run.

import type { Plan, Target } from "../../../src/domain/plan";
import { DEFAULT_TOLERANCE, type Entry, type Unit } from "../../../src/domain/tracking";
import { OfficeWorkbookHost } from "../../../src/hosts/officejs";
import type { TrackingBook } from "../../../src/workbook/book";
import { bookAsRebuilt, describeAppendices, withAppendices } from "../../../src/workbook/appendix";
import { describeWorkbook, entryKey, trackingPairs } from "../../../src/workbook/describe";
import { trackedUnits } from "../../../src/workbook/model";
import { specForBook } from "../../../src/workbook/rebuild";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { WorkbookWriteError } from "../../../src/workbook/write-error";
import { FakeWorkbookState } from "../../helpers/fake-excel";
import { fillEntries, sampleUnits, seedPlan } from "../../helpers/tracking-fixture";

const PLAN: Plan = (() => {
  const plan = seedPlan("dam-ha-2024");
  return { ...plan, targets: plan.targets.slice(0, 10) };
})();
const UNITS = sampleUnits(4);
const USER_SHEET = "Ghi chép";

/** A book as the planner has it: the user's own sheet, then the tracking book with figures and a note. */
async function filledBook(payloadBudget?: number): Promise<{ state: FakeWorkbookState; host: OfficeWorkbookHost }> {
  const state = new FakeWorkbookState([USER_SHEET]);
  state.sheets[0].touch(1, 1).value = "Việc của tôi";
  const host = new OfficeWorkbookHost({ run: state.run, isSetSupported: () => true, payloadBudget });
  const entries = fillEntries(PLAN, UNITS, DEFAULT_TOLERANCE, 17);
  const first = trackingPairs(PLAN, trackedUnits(UNITS))[0];
  const notes = new Map([[entryKey(first.unit.code, first.target.id), "Số liệu tạm, chờ xác nhận"]]);
  await host.writeBook(describeWorkbook(PLAN, UNITS, { entries, notes }));
  return { state, host };
}

/** Another reading of the plan: a target added in front (every row moves down) and one dropped. */
function reimported(plan: Plan): Plan {
  const added: Target = { ...plan.targets[0], id: "T900", indicator: "Tỷ lệ trẻ em được khám sức khỏe định kỳ", value: 95 };
  return { ...plan, targets: [added, ...plan.targets.filter((_, i) => i !== 2)] };
}

interface Operation {
  name: string;
  /** A small request budget, so Thực hiện is sent in many blocks and a stop can fall between two of them. */
  budget?: number;
  /** The spec the pane writes given the book it read; null for the first write (no book yet). */
  change: ((book: TrackingBook) => WorkbookSpec) | null;
}

const content = (book: TrackingBook, plan: Plan, units: Unit[]) => ({ plan, units, area: book.area, tolerance: book.tolerance, rows: book.rows });
const FIRST_SPEC = describeWorkbook(PLAN, UNITS, { entries: fillEntries(PLAN, UNITS, DEFAULT_TOLERANCE, 3) });
const NEW_UNIT: Unit = { code: "MN99", name: "Trường Mầm non Hoa Sen", levels: ["mam_non"], commune: null, zone: null };

const OPERATIONS: Operation[] = [
  { name: "first write", change: null },
  // The pane holds the new plan or units it is writing; what it reads is only where the entries come from.
  { name: "re-import over a filled book", change: (book) => specForBook(content(book, reimported(PLAN), UNITS)) },
  {
    name: "re-import over a filled book, in 20 KB requests",
    budget: 20_000,
    change: (book) => specForBook(content(book, reimported(PLAN), UNITS)),
  },
  { name: "units change", change: (book) => specForBook(content(book, PLAN, [NEW_UNIT, ...UNITS.slice(1)])) },
  {
    name: "Phụ lục I and II",
    change: (book) => withAppendices(specForBook(content(book, PLAN, UNITS)), describeAppendices(bookAsRebuilt(book))),
  },
];

/** The workbook before the operation, what the pane read from it, and the spec it writes. */
async function setup(operation: Operation): Promise<{ state: FakeWorkbookState; host: OfficeWorkbookHost; before: TrackingBook | null; spec: WorkbookSpec }> {
  if (!operation.change) {
    const state = new FakeWorkbookState([USER_SHEET]);
    state.sheets[0].touch(1, 1).value = "Việc của tôi";
    return { state, host: new OfficeWorkbookHost({ run: state.run, isSetSupported: () => true }), before: null, spec: FIRST_SPEC };
  }
  const { state, host } = await filledBook(operation.budget);
  const before = await host.readBook();
  if (!before) throw new Error("the filled book does not read");
  return { state, host, before, spec: operation.change(before) };
}

/** Every unit + target pair's entry and note, for the pairs the new spec keeps. */
function entriesOf(book: TrackingBook, keep: Set<string>): Map<string, { entry: Entry; note: string | null }> {
  const found = new Map<string, { entry: Entry; note: string | null }>();
  for (const row of book.rows) {
    const key = entryKey(row.unitCode, row.targetId);
    if (keep.has(key) && !found.has(key)) found.set(key, { entry: row.entry, note: row.note });
  }
  return found;
}

const keptKeys = (spec: WorkbookSpec, before: TrackingBook): Set<string> => {
  const model = spec.sheets.find((sheet) => sheet.name === "_ChiTieu");
  const json = model ? model.cells.slice(1).map((row) => row[0]).join("") : "{}";
  const { plan, units } = JSON.parse(json) as { plan: Plan; units: Unit[] };
  const wanted = new Set(trackingPairs(plan, units).map(({ unit, target }) => entryKey(unit.code, target.id)));
  return new Set(before.rows.map((row) => entryKey(row.unitCode, row.targetId)).filter((key) => wanted.has(key)));
};

/** Where a sync is made to fail: before every call of a request up to `every` calls long; in a longer one, at `spread` points over it. */
function failurePoints(actions: number, every = 120, spread = 25): number[] {
  if (actions <= every) return Array.from({ length: actions + 1 }, (_, i) => i);
  return [...new Set([0, ...Array.from({ length: spread }, (_, i) => Math.round(((i + 1) * actions) / (spread + 1))), actions])];
}

describe("a write that fails at any sync leaves a readable book with every entry intact", () => {
  for (const operation of OPERATIONS) {
    it(`${operation.name}: every sync, at every call`, async () => {
      // A clean run: how many syncs, and how many calls each.
      const clean = await setup(operation);
      const from = clean.state.syncs.length;
      await clean.host.writeBook(clean.spec);
      const syncs = clean.state.syncsSince(from);
      const finished = await clean.host.readBook();
      expect(finished).not.toBeNull();
      const matrix: string[] = [];
      const outcomes = new Map<string, number>();
      let cases = 0;

      for (const [index, sync] of syncs.entries()) {
        for (const after of operation.budget ? failurePoints(sync.actions, 16, 6) : failurePoints(sync.actions)) {
          const { state, host, before, spec } = await setup(operation);
          state.failAt = { sync: state.syncs.length + index, after, code: "GeneralException" };
          let outcome = "finished";
          try {
            const result = await host.writeBook(spec);
            if (result.skipped.length > 0) outcome = `skipped ${result.skipped.join("+")}`;
          } catch (error) {
            expect(error).toBeInstanceOf(WorkbookWriteError);
            outcome = (error as WorkbookWriteError).state;
          }
          // A failed request of cosmetics is retried part by part: with one failure, nothing is left out.
          expect(outcome).not.toMatch(/^skipped/);
          // The user's own sheet is untouched, whatever happened.
          expect(state.sheet(USER_SHEET)?.cell(1, 1)?.value).toBe("Việc của tôi");
          // The book reads (or, on a first write, is not yet a book) and no entry changed.
          const read = await host.readBook();
          if (before) {
            expect(read).not.toBeNull();
            const keep = keptKeys(spec, before);
            expect(entriesOf(read as TrackingBook, keep)).toEqual(entriesOf(before, keep));
          }
          // Writing again, as the pane would from what it reads now, finishes the job: the result is the clean run's.
          const again = operation.change && read ? operation.change(read) : spec;
          await host.writeBook(again);
          const done = await host.readBook();
          expect(done?.problems).toEqual(finished?.problems);
          expect(done?.rows.map((row) => [row.unitCode, row.targetId, row.entry, row.note])).toEqual(
            finished?.rows.map((row) => [row.unitCode, row.targetId, row.entry, row.note]),
          );
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          cases += 1;
        }
        matrix.push(`sync ${index + 1}/${syncs.length} (${sync.actions} calls): ${[...outcomes].map(([what, count]) => `${what} ×${count}`).join(", ")}; reads, entries intact`);
        outcomes.clear();
      }
      // The matrix goes to the report (npm test prints it with --verbose).
      expect(matrix.length).toBeGreaterThanOrEqual(syncs.length);
      console.log(`${operation.name}: ${cases} failures injected\n${matrix.join("\n")}`);
    }, 300_000);
  }
});
