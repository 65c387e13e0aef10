// The terminal views of `extract` and `check` on more rows than a spread
// argument list can take: Math.max(...widths) overflowed the stack above
// ~125,000 rows. 240,000 rows here; the views must render, not throw.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { renderCheckReport } from "../../src/cli/check-view";
import { renderTable } from "../../src/cli/table";
import { extractPlan } from "../../src/domain/extract";
import { DEFAULT_TOLERANCE, type Unit } from "../../src/domain/tracking";
import type { TrackingBook, TrackingRow } from "../../src/hosts/xlsx/read";
import { checkBook } from "../../src/workbook/check-report";

const ROWS = 240_000;

test("renderTable aligns 240,000 rows", () => {
  const rows = Array.from({ length: ROWS }, (_, n) => [String(n), n === ROWS - 1 ? "the longest cell of all" : "x"]);
  const lines = renderTable([["#", "text"]], rows, ["right", "left"]).split("\n");
  expect(lines).toHaveLength(ROWS + 2);
  expect(lines[2]).toBe(`${"0".padStart(String(ROWS - 1).length)}  x`);
});

test("the check report renders a workbook of 240,000 rows", () => {
  const plan = extractPlan(readFileSync(path.join(__dirname, "..", "..", "seeds", "bac-son-2024-2025.txt"), "utf8"));
  const targets = plan.targets.slice(0, 40);
  const units: Unit[] = Array.from({ length: ROWS / targets.length }, (_, n) => ({ code: `DV${n}`, name: `Trường ${n}`, levels: [], commune: null, zone: null }));
  const empty = { numerator: null, denominator: null, start: null, value: null };
  const rows: TrackingRow[] = [];
  for (const unit of units) {
    for (const target of targets) {
      rows.push({ sheetRow: rows.length + 2, unitCode: unit.code, unitName: unit.name, targetId: target.id, entry: empty, note: null });
    }
  }
  const book: TrackingBook = { plan, units, area: "Toàn tỉnh Phú Thọ", tolerance: DEFAULT_TOLERANCE, rows, problems: [] };
  const report = checkBook(book);
  expect(report.rows).toHaveLength(ROWS);
  const text = renderCheckReport(book, report, 40);
  // Every row is missing its figures, so every one is listed among the gaps.
  expect(text.split("\n").length).toBeGreaterThan(ROWS);
});
