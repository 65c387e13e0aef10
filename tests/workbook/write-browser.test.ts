// The browser's .xlsx writer (ExcelJS's own zip, used by the preview's
// download) against the CLI's (Node zlib): the same spec must make books
// that read back to the same rows, and that LibreOffice recalculates to the
// same statuses — and those statuses must be the engine's.

import * as path from "node:path";
import { evaluateEntry } from "../../src/domain/evaluate";
import type { Tolerance } from "../../src/domain/tracking";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { writeXlsxInBrowser } from "../../src/hosts/xlsx/write-browser";
import { describeWorkbook, entryKey, trackingPairs } from "../../src/workbook/describe";
import { SHEET, SUMMARY_COLUMNS, TRACKING_COLUMNS, columnIndex } from "../../src/workbook/layout";
import { trackedUnits } from "../../src/workbook/model";
import { recalculate } from "../helpers/recalc";
import { agreementPlan, edgeUnits, fillEntries, sampleUnits } from "../helpers/tracking-fixture";

const OUT = path.resolve(__dirname, "..", "..", "test-output", "workbook-browser");

const plan = agreementPlan("bac-son-2024-2025");
const units = [...sampleUnits(8), ...edgeUnits(12)];
const tolerance: Tolerance = { ratePoints: 1.5, countShare: 0.08 };
const entries = fillEntries(plan, units, tolerance, 4242);
const [noted] = trackingPairs(plan, trackedUnits(units));
const notes = new Map([[entryKey(noted.unit.code, noted.target.id), "Số liệu tạm, chờ xác nhận"]]);
const spec = describeWorkbook(plan, units, { tolerance, entries, notes });

let nodeBytes: Uint8Array;
let browserBytes: Uint8Array;

beforeAll(async () => {
  [nodeBytes, browserBytes] = await Promise.all([writeXlsx(spec), writeXlsxInBrowser(spec)]);
});

describe("writeXlsxInBrowser", () => {
  it("writes a zip (not the Node packer's bytes) that reads back to the same book as writeXlsx", async () => {
    expect(Buffer.from(browserBytes.subarray(0, 4)).toString("latin1")).toBe("PK\u0003\u0004");
    // Different packers: equal books must not come from equal bytes by accident.
    expect(Buffer.compare(Buffer.from(nodeBytes), Buffer.from(browserBytes))).not.toBe(0);

    const fromNode = await readTrackingWorkbook(nodeBytes);
    const fromBrowser = await readTrackingWorkbook(browserBytes);
    expect(fromBrowser.rows.length).toBeGreaterThan(300);
    expect(fromBrowser.rows).toEqual(fromNode.rows);
    expect(fromBrowser.tolerance).toEqual(tolerance);
    expect(fromBrowser.plan).toEqual(fromNode.plan);
    expect(fromBrowser.units).toEqual(fromNode.units);
    expect(fromBrowser.problems).toEqual([]);
    expect(fromBrowser.rows.filter((row) => row.note !== null)).toEqual([
      expect.objectContaining({ unitCode: noted.unit.code, targetId: noted.target.id, note: "Số liệu tạm, chờ xác nhận" }),
    ]);
  });

  it("recalculates in LibreOffice to the same statuses as the Node book, which are the engine's", () => {
    const fromNode = recalculate(nodeBytes, OUT, "node");
    const fromBrowser = recalculate(browserBytes, OUT, "browser");
    const t = columnIndex(TRACKING_COLUMNS);
    const s = columnIndex(SUMMARY_COLUMNS);
    const column = (sheets: Map<string, string[][]>, sheet: string, index: number): string[] =>
      (sheets.get(sheet) ?? []).slice(1).map((row) => row[index - 1] ?? "");

    const statuses = column(fromBrowser.sheets, SHEET.tracking, t.status);
    expect(statuses).toEqual(column(fromNode.sheets, SHEET.tracking, t.status));
    expect(column(fromBrowser.sheets, SHEET.tracking, t.gap)).toEqual(column(fromNode.sheets, SHEET.tracking, t.gap));
    expect(column(fromBrowser.sheets, SHEET.summary, s.status)).toEqual(column(fromNode.sheets, SHEET.summary, s.status));

    // Not just equal to each other: equal to what the engine says for each row.
    const targets = new Map(plan.targets.map((target) => [target.id, target]));
    const units = column(fromBrowser.sheets, SHEET.tracking, t.unitCode);
    const ids = column(fromBrowser.sheets, SHEET.tracking, t.targetId);
    const expected = ids.map((id, i) => {
      const target = targets.get(id);
      const entry = entries.get(entryKey(units[i], id));
      if (!target || !entry) throw new Error(`row ${i + 2}: ${units[i]}/${id}`);
      return evaluateEntry(target, entry, tolerance).status;
    });
    expect(statuses).toEqual(expected);
    // Every status occurs, so the comparison covers each branch of the formulas.
    expect(new Set(statuses).size).toBe(5);
  });
});
