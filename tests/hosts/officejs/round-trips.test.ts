// Round trips (context.sync calls) and request sizes, counted by the fake.
// Writing a new book is three round trips whatever its size, as long as it
// fits one request: read what is there, write the essentials (cells,
// formulas, model), then the cosmetics and the recalculation. Rewriting a
// book in place adds three: where each sheet's content ends, what it holds
// (to send only what changes and to keep the journal), and unprotecting. A book
// past Excel on the web's 5 MB request limit is sent in chunks, each under
// the budget. Phụ lục I and II, with their merged cells and first-page
// setup, add nothing to that. Reading, selecting and re-applying highlights
// are counted too.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { extractPlan } from "../../../src/domain/extract";
import type { Plan } from "../../../src/domain/plan";
import { DEFAULT_TOLERANCE } from "../../../src/domain/tracking";
import { parseUnitsText } from "../../../src/domain/unit-list";
import { DEFAULT_BUDGET, OfficeWorkbookHost, REQUEST_LIMIT } from "../../../src/hosts/officejs";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { describeWorkbook } from "../../../src/workbook/describe";
import { SHEET } from "../../../src/workbook/layout";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { FakeWorkbookState, type SyncRecord } from "../../helpers/fake-excel";
import { fillEntries, SEEDS } from "../../helpers/tracking-fixture";
import { APPENDIX_SHEETS } from "../../../src/workbook/appendix";
import { appendixSpec } from "./appendix-book";
import { bigEntries, bigPlan, bigUnits } from "./big-book";
import { compareBooks, loadXlsx } from "./compare";

const seed = (name: string): Plan => extractPlan(readFileSync(path.join(SEEDS, `${name}.txt`), "utf8"));
const SEED_PLANS = ["bac-son-2024-2025", "dam-ha-2024", "muong-la-2021-2025", "muong-te-2022-2023", "phong-tho-2023-2024"];

/** Round trips of a new book's write that fits one request: inspect, essentials, cosmetics. */
const WRITE_ROUND_TRIPS = 3;
/** …and of rewriting it in place: inspect, used ranges, contents, unprotect, essentials, cosmetics. */
const REWRITE_ROUND_TRIPS = 6;

function hostFor(book: FakeWorkbookState, payloadBudget?: number): OfficeWorkbookHost {
  return new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true, payloadBudget });
}

async function write(spec: WorkbookSpec, payloadBudget?: number): Promise<{ book: FakeWorkbookState; roundTrips: number; syncs: SyncRecord[] }> {
  const book = new FakeWorkbookState();
  const result = await hostFor(book, payloadBudget).writeBook(spec);
  return { book, roundTrips: result.roundTrips, syncs: book.syncs };
}

const total = (syncs: SyncRecord[]): number => syncs.reduce((sum, sync) => sum + sync.requestBytes, 0);

describe("writeBook round trips", () => {
  it.each(SEED_PLANS)("writes the %s book in 3 round trips, calculation and screen updating suspended", async (name) => {
    const spec = describeWorkbook(seed(name), []);
    const { book, roundTrips, syncs } = await write(spec);
    expect(roundTrips).toBe(WRITE_ROUND_TRIPS);
    expect(syncs).toHaveLength(WRITE_ROUND_TRIPS);
    const [inspect, written, cosmetics] = syncs;
    expect(inspect.actions).toBeLessThanOrEqual(3);
    expect(written.suspendedCalculation && written.suspendedScreenUpdating).toBe(true);
    // Screen updating once per write; calculation in every request, as it lasts one request.
    expect(cosmetics.suspendedCalculation && !cosmetics.suspendedScreenUpdating).toBe(true);
    // Only our sheets are recalculated, all of them: not the user's Sheet1, not other open workbooks.
    const visible = spec.sheets.filter((sheet) => sheet.visibility === "visible").map((sheet) => `sheet:${sheet.name}:Full`);
    expect([...book.calculations].sort()).toEqual(visible.sort());
    for (const sync of syncs) expect(sync.requestBytes).toBeLessThanOrEqual(DEFAULT_BUDGET);
  });

  it("writes a book with units and figures in the same 3", async () => {
    const plan = seed("bac-son-2024-2025");
    const units = parseUnitsText(readFileSync(path.join(SEEDS, "units-bac-son.csv"), "utf8")).units;
    const spec = describeWorkbook(plan, units, { entries: fillEntries(plan, units, DEFAULT_TOLERANCE, 7) });
    const { roundTrips } = await write(spec);
    expect(roundTrips).toBe(WRITE_ROUND_TRIPS);
  });

  it.each(["bac-son-2024-2025", "phong-tho-2023-2024"])("writes the filled %s book with Phụ lục I and II in the same 3", async (name) => {
    const spec = await appendixSpec(name, 21);
    const appendices = spec.sheets.filter((sheet) => sheet.name === APPENDIX_SHEETS.I || sheet.name === APPENDIX_SHEETS.II);
    const merges = appendices.reduce((sum, sheet) => sum + (sheet.merges?.length ?? 0), 0);
    expect(merges).toBeGreaterThan(8);
    const { roundTrips, syncs, book } = await write(spec);
    expect(roundTrips).toBe(WRITE_ROUND_TRIPS);
    // Every merge went in the one cosmetic request, with the page setup.
    const written = syncs[2];
    expect(written.actions).toBeGreaterThan(merges);
    expect(written.requestBytes).toBeLessThanOrEqual(DEFAULT_BUDGET);
    expect(appendices.map((sheet) => book.sheet(sheet.name)?.merges.length)).toEqual(appendices.map((sheet) => sheet.merges?.length));
    expect(appendices.map((sheet) => book.sheet(sheet.name)?.page.firstPageNumber)).toEqual([1, 1]);
  });

  it("rewrites a book with appendices over itself in 6", async () => {
    const spec = await appendixSpec("muong-te-2022-2023", 22);
    const book = new FakeWorkbookState();
    const host = hostFor(book);
    await host.writeBook(spec);
    const from = book.syncs.length;
    expect((await host.writeBook(spec)).roundTrips).toBe(REWRITE_ROUND_TRIPS);
    expect(book.syncsSince(from)).toHaveLength(REWRITE_ROUND_TRIPS);
  });

  it("writes a much larger book under the budget in the same 3", async () => {
    const plan = bigPlan(60);
    const units = bigUnits(40);
    const { roundTrips, syncs, book } = await write(describeWorkbook(plan, units, { entries: bigEntries(plan, units) }));
    expect(book.sheet(SHEET.tracking)?.cell(2401, 1)?.value).toBe("DV040");
    expect(total(syncs)).toBeGreaterThan(1_500_000);
    expect(roundTrips).toBe(WRITE_ROUND_TRIPS);
  });

  it("splits a book past the 5 MB request limit into chunks under the budget, each with calculation suspended", async () => {
    const plan = bigPlan(60);
    const units = bigUnits(120);
    const spec = describeWorkbook(plan, units, { entries: bigEntries(plan, units) });
    const { roundTrips, syncs, book } = await write(spec);
    expect(total(syncs)).toBeGreaterThan(REQUEST_LIMIT);
    expect(roundTrips).toBe(syncs.length);
    expect(roundTrips).toBeGreaterThan(WRITE_ROUND_TRIPS);
    // A chunk per ~4 MB, not per row: 7,200 rows here.
    expect(roundTrips).toBeLessThanOrEqual(2 + Math.ceil(total(syncs) / (DEFAULT_BUDGET / 2)));
    for (const sync of syncs) expect(sync.requestBytes).toBeLessThanOrEqual(DEFAULT_BUDGET);
    for (const sync of syncs.slice(1, -1)) expect(sync.suspendedCalculation).toBe(true);
    expect(compareBooks(await loadXlsx(await writeXlsx(spec)), book, spec)).toEqual([]);
  }, 120_000);

  it("keeps every request under a small budget too, with the same result", async () => {
    const plan = seed("bac-son-2024-2025");
    const units = parseUnitsText(readFileSync(path.join(SEEDS, "units-bac-son.csv"), "utf8")).units;
    const spec = describeWorkbook(plan, units, { entries: fillEntries(plan, units, DEFAULT_TOLERANCE, 11) });
    const budget = 100_000;
    const { roundTrips, syncs, book } = await write(spec, budget);
    expect(roundTrips).toBeGreaterThan(5);
    for (const sync of syncs) expect(sync.requestBytes).toBeLessThanOrEqual(budget);
    expect(compareBooks(await loadXlsx(await writeXlsx(spec)), book, spec)).toEqual([]);
  });
});

describe("other operations' round trips", () => {
  it("reads a seed book back in 3: sheet names; model, settings and header; the rows", async () => {
    const { book } = await write(describeWorkbook(seed("bac-son-2024-2025"), []));
    const from = book.syncs.length;
    const read = await hostFor(book).readBook();
    expect(read?.rows.length).toBeGreaterThan(0);
    expect(book.syncsSince(from)).toHaveLength(3);
  });

  it("returns null after one round trip when the workbook has no book of ours", async () => {
    const book = new FakeWorkbookState();
    expect(await hostFor(book).readBook()).toBeNull();
    expect(book.syncs).toHaveLength(1);
  });

  it("reads a large book in row blocks, each response under the limit", async () => {
    const plan = bigPlan(60);
    const units = bigUnits(120);
    const { book } = await write(describeWorkbook(plan, units, { entries: bigEntries(plan, units) }));
    const from = book.syncs.length;
    const read = await hostFor(book).readBook();
    expect(read?.rows).toHaveLength(7200);
    expect(read?.problems).toEqual([]);
    const syncs = book.syncsSince(from);
    expect(syncs.length).toBeGreaterThan(3);
    expect(syncs.length).toBeLessThanOrEqual(8);
    for (const sync of syncs) expect(sync.responseBytes).toBeLessThanOrEqual(DEFAULT_BUDGET);
  }, 120_000);

  it("selects a cell, reads the selection, lists sheets and re-applies highlights in 1, 1, 1 and 2", async () => {
    const spec = describeWorkbook(seed("dam-ha-2024"), []);
    const { book } = await write(spec);
    const host = hostFor(book);
    let from = book.syncs.length;
    await host.select(SHEET.tracking, "C5");
    expect(book.syncsSince(from)).toHaveLength(1);
    from = book.syncs.length;
    await host.selectedText();
    expect(book.syncsSince(from)).toHaveLength(1);
    from = book.syncs.length;
    await host.sheetNames();
    expect(book.syncsSince(from)).toHaveLength(1);
    from = book.syncs.length;
    const result = await host.reapplyHighlights(spec);
    expect(result).toEqual({ skipped: [], roundTrips: 2 });
    expect(book.syncsSince(from)).toHaveLength(2);
  });
});
