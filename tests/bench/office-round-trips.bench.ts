// Measured by `npm run bench` (scripts/bench-office.mjs), not by `npm test`:
// round trips and the largest request or response of each Office.js host
// operation, on the recording fake Excel. Writes its figures as JSON to
// $CHITIEU_BENCH_OUT. Nothing is asserted beyond the operations working.

import { writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { extractPlan } from "../../src/domain/extract";
import { parseUnitsText } from "../../src/domain/unit-list";
import { DEFAULT_BUDGET, OfficeWorkbookHost, REQUEST_LIMIT } from "../../src/hosts/officejs";
import { describeWorkbook } from "../../src/workbook/describe";
import { SHEET } from "../../src/workbook/layout";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { FakeWorkbookState, type SyncRecord } from "../helpers/fake-excel";
import { SEEDS } from "../helpers/tracking-fixture";
import { bigEntries, bigPlan, bigUnits } from "../hosts/officejs/big-book";

interface Measure {
  operation: string;
  roundTrips: number;
  largestRequest: number;
  largestResponse: number;
  totalRequest: number;
  seconds: number;
}

async function measure(book: FakeWorkbookState, operation: string, run: () => Promise<unknown>): Promise<Measure> {
  const from = book.syncs.length;
  const start = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const syncs: SyncRecord[] = book.syncsSince(from);
  return {
    operation,
    roundTrips: syncs.length,
    largestRequest: Math.max(0, ...syncs.map((sync) => sync.requestBytes)),
    largestResponse: Math.max(0, ...syncs.map((sync) => sync.responseBytes)),
    totalRequest: syncs.reduce((sum, sync) => sum + sync.requestBytes, 0),
    seconds,
  };
}

test("Office.js host round trips", async () => {
  const results: Measure[] = [];
  const plan = extractPlan(readFileSync(path.join(SEEDS, "bac-son-2024-2025.txt"), "utf8"));
  const units = parseUnitsText(readFileSync(path.join(SEEDS, "units-bac-son.csv"), "utf8")).units;
  const seedBook = new FakeWorkbookState();
  const seedHost = new OfficeWorkbookHost({ run: seedBook.run, isSetSupported: () => true });
  results.push(await measure(seedBook, "write the Bắc Sơn book (28 schools)", () => seedHost.writeBook(describeWorkbook(plan, units))));

  const big = bigPlan(60);
  const schools = bigUnits(500);
  const spec: WorkbookSpec = describeWorkbook(big, schools, { entries: bigEntries(big, schools) });
  const book = new FakeWorkbookState();
  const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
  results.push(await measure(book, "write 500 units × 60 targets (30,000 rows)", () => host.writeBook(spec)));
  results.push(await measure(book, "read it back", () => host.readBook()));
  results.push(await measure(book, "select a cell", () => host.select(SHEET.tracking, "N15000")));
  results.push(await measure(book, "read the selection", () => host.selectedText()));
  results.push(await measure(book, "re-apply highlights", () => host.reapplyHighlights(spec)));

  const out = process.env.CHITIEU_BENCH_OUT;
  if (out) writeFileSync(out, JSON.stringify({ budget: DEFAULT_BUDGET, limit: REQUEST_LIMIT, results }));
}, 600_000);
