// The Office.js host and the .xlsx host apply the same WorkbookSpec to the
// same result, cell for cell: values, formulas, number formats, fonts,
// fills, alignment, borders, locking, widths, hidden columns, row heights,
// the table, conditional formats, validations, protection, freeze panes,
// page setup, visibility and the active sheet (./compare.ts); with Phụ lục I
// and II, merged cells and the first page's number and header too. The
// Office.js side runs against the recording fake (tests/helpers/fake-excel.ts).

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { extractPlan } from "../../../src/domain/extract";
import type { Plan } from "../../../src/domain/plan";
import { DEFAULT_TOLERANCE, type Tolerance, type Unit } from "../../../src/domain/tracking";
import { parseUnitsText } from "../../../src/domain/unit-list";
import { OfficeWorkbookHost } from "../../../src/hosts/officejs";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { describeWorkbook, type DescribeOptions } from "../../../src/workbook/describe";
import { SHEET } from "../../../src/workbook/layout";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { APPENDIX_SHEETS } from "../../../src/workbook/appendix";
import { areaName, FakeWorkbookState } from "../../helpers/fake-excel";
import { fillEntries, SEEDS } from "../../helpers/tracking-fixture";
import { SEED_NAMES as APPENDIX_SEEDS } from "../../appendix/fixture";
import { appendixSpec } from "./appendix-book";
import { compareBooks, loadXlsx } from "./compare";

const SEED_PLANS = ["bac-son-2024-2025", "dam-ha-2024", "muong-la-2021-2025", "muong-te-2022-2023", "phong-tho-2023-2024"];

function seed(name: string): Plan {
  return extractPlan(readFileSync(path.join(SEEDS, `${name}.txt`), "utf8"));
}

function bacSonUnits(): Unit[] {
  return parseUnitsText(readFileSync(path.join(SEEDS, "units-bac-son.csv"), "utf8")).units;
}

/** Writes the spec with both hosts; returns the differences and the fake workbook. */
async function bothHosts(spec: WorkbookSpec): Promise<{ differences: string[]; book: FakeWorkbookState }> {
  const book = new FakeWorkbookState();
  const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
  const result = await host.writeBook(spec);
  expect(result.skipped).toEqual([]);
  const xlsx = await loadXlsx(await writeXlsx(spec));
  return { differences: compareBooks(xlsx, book, spec), book };
}

describe("Office.js host and .xlsx host agree cell for cell", () => {
  it.each(SEED_PLANS)("%s, without units", async (name) => {
    const { differences } = await bothHosts(describeWorkbook(seed(name), []));
    expect(differences).toEqual([]);
  });

  it("the Bắc Sơn schools as a province's book: Tổng hợp with each xã's subtotals below its table (issue 12)", async () => {
    const base = seed("bac-son-2024-2025");
    const plan: Plan = { ...base, meta: { ...base.meta, government: "tinh", area: "tỉnh Lạng Sơn" } };
    const units = bacSonUnits();
    const { differences, book } = await bothHosts(describeWorkbook(plan, units, { entries: fillEntries(plan, units, DEFAULT_TOLERANCE, 12) }));
    expect(differences).toEqual([]);
    const summary = book.sheets.find((sheet) => sheet.name === SHEET.summary);
    expect(summary?.cell(base.targets.filter((target) => target.kind === "target").length + 4, 1)?.value).toBe("Cộng Thị trấn Bắc Sơn");
  });

  it("Bắc Sơn with its 28 schools and figures entered (text, blanks, errors and bad numbers among them)", async () => {
    const plan = seed("bac-son-2024-2025");
    const units = bacSonUnits();
    expect(units.length).toBe(28);
    const tolerance: Tolerance = { ratePoints: 1.5, countShare: 0.08 };
    const options: DescribeOptions = { tolerance, entries: fillEntries(plan, units, tolerance, 20240915) };
    const { differences, book } = await bothHosts(describeWorkbook(plan, units, options));
    expect(differences).toEqual([]);
    // The figures went in as figures and the typed text as text.
    const tracking = book.sheet(SHEET.tracking);
    const values = [...(tracking?.cells.values() ?? [])].map((cell) => cell.value);
    expect(values.filter((value) => typeof value === "number").length).toBeGreaterThan(100);
    expect(values).toEqual(expect.arrayContaining(["98,5", "=1+1", "-", { error: "#DIV/0!" }]));
  });

  it("keeps text that Excel would turn into numbers, dates, logicals or formulas as text", async () => {
    const tricky = ["001", "1/2", "TRUE", "12%", "'quoted", "=SUM(A1)", "-5", "2024-09-05", "+84 912", "#N/A", "Mar 5", "1e3"];
    const units: Unit[] = tricky.map((text, i) => ({
      code: text,
      name: tricky[(i + 1) % tricky.length],
      levels: ["tieu_hoc"],
      commune: text,
      zone: i % 2 === 0 ? text : null,
    }));
    const { differences, book } = await bothHosts(describeWorkbook(seed("dam-ha-2024"), units, { tolerance: DEFAULT_TOLERANCE }));
    expect(differences).toEqual([]);
    const unitsSheet = book.sheet(SHEET.units);
    const codes = tricky.map((_, i) => unitsSheet?.cell(i + 2, 1)?.value);
    expect(codes).toEqual(tricky);
    // And each got its own number format back after being written under "@".
    expect(tricky.map((_, i) => unitsSheet?.cell(i + 2, 1)?.numberFormat)).toEqual(tricky.map(() => "General"));
  });

  it("agrees on a hand-made spec with what the tracking book does not use", async () => {
    // Text under and beside the number-formatted rows, a frozen column, portrait
    // pages, a layer that takes borders away, a multi-range rule below its first range.
    const spec: WorkbookSpec = {
      schemaVersion: 1,
      font: { name: "Arial", size: 10 },
      activeSheet: 0,
      recalculateOnOpen: false,
      sheets: [
        {
          name: "Thử",
          visibility: "visible",
          cells: [
            ["Mã", "Số", "Ghi chú"],
            ["01", 5, "1/2"],
            ["02", { formula: "B2*2", result: 10 }, null],
            ["TRUE", "12%", "=x"],
            ["'a", "", { error: "#N/A" }],
          ],
          columns: [{ width: 8 }, { width: 10.5 }, { width: 20, hidden: true }],
          rowHeights: { 1: 30 },
          formats: [
            { ranges: ["B2:B3"], style: { numFmt: "#,##0" } },
            { ranges: ["A1:C5"], style: { border: true, size: 12, color: "1F4E79" } },
            { ranges: ["A4:C5"], style: { border: false, italic: true, hAlign: "right", vAlign: "bottom" } },
            { ranges: ["A2:A3", "B4"], style: { locked: false, fill: "FFF9DB", wrap: true } },
          ],
          table: null,
          freeze: { rows: 1, columns: 1 },
          conditionalFormats: [{ ranges: ["B2:B3", "B5"], rules: [{ formula: "B2>4", fill: "C6EFCE", color: "006100" }] }],
          validations: [],
          protection: { allowSort: false, allowAutoFilter: true, allowFormatColumns: false, allowFormatRows: true },
          page: {
            paper: "A4",
            orientation: "portrait",
            fitToWidth: 2,
            printTitleRows: "1:2",
            header: "&RỦy ban && Phòng",
            footer: "&LTrang &P",
            margins: { left: 0.5, right: 0.5, top: 1, bottom: 1, header: 0.4, footer: 0.4 },
          },
        },
      ],
    };
    const { differences, book } = await bothHosts(spec);
    expect(differences).toEqual([]);
    const sheet = book.sheet("Thử");
    expect([1, 2, 3, 4, 5].map((row) => sheet?.cell(row, 1)?.value)).toEqual(["Mã", "01", "02", "TRUE", "'a"]);
    expect(sheet?.cell(4, 2)?.value).toBe("12%");
    expect(book.calculations).toEqual(["sheet:Thử:Recalculate"]);
  });

  it("reports a difference when the Excel side is off, so agreement means something", async () => {
    const spec = describeWorkbook(seed("bac-son-2024-2025"), []);
    const { book } = await bothHosts(spec);
    const xlsx = await loadXlsx(await writeXlsx(spec));
    const tracking = book.sheet(SHEET.tracking);
    const settings = book.sheet(SHEET.settings);
    if (!tracking || !settings) throw new Error("sheets missing");
    // One pixel of column width, a number format, the rule order, a cell's style, a value, a margin, a frozen row.
    tracking.columnWidths.set(2, (tracking.columnWidths.get(2) ?? 0) + 0.75);
    const value = tracking.cell(3, 12);
    if (value) value.numberFormat = "0.000";
    tracking.conditionalFormats.reverse();
    const rate = settings.cell(2, 2);
    if (rate) rate.style = 0;
    settings.touch(16, 3).value = "x";
    settings.page.leftMargin += 1;
    tracking.freeze = { rows: 2, columns: 0 };
    const differences = compareBooks(xlsx, book, spec, 200);
    const expected = [
      "Thực hiện column B width",
      "Thực hiện!L3 numFmt",
      "Thực hiện conditionalFormats",
      "Cài đặt!B2 fill",
      "Cài đặt!B2 locked",
      "Cài đặt!C16 literal",
      "Cài đặt page",
      "Thực hiện freeze",
    ];
    for (const start of expected) expect(differences.some((line) => line.startsWith(start))).toBe(true);
  });
});

describe("Phụ lục I and II agree cell for cell, merges and first-page settings included", () => {
  it.each(APPENDIX_SEEDS.map((name, i) => [name, 4100 + i] as const))("%s, filled (fill seed %d)", async (name, fillSeed) => {
    const spec = await appendixSpec(name, fillSeed);
    const { differences, book } = await bothHosts(spec);
    expect(differences).toEqual([]);
    for (const sheetName of [APPENDIX_SHEETS.I, APPENDIX_SHEETS.II]) {
      const sheetSpec = spec.sheets.find((sheet) => sheet.name === sheetName);
      const sheet = book.sheet(sheetName);
      // The comparison covered something: headings and header cells merged, page 1 numbered 1 without a number printed.
      expect(sheetSpec?.merges?.length).toBeGreaterThan(3);
      expect(sheet?.merges.map((area) => areaName(area)).sort()).toEqual([...(sheetSpec?.merges ?? [])].sort());
      expect(sheet?.page.firstPageNumber).toBe(1);
      expect(sheet?.page.headerState).toBe("FirstAndDefault");
      expect(Object.values(sheet?.page.firstPageHeaders ?? {})).toEqual(["", "", "", "", "", ""]);
      expect(sheet?.page.headers.centerHeader).toContain("&P");
    }
    // The tracking sheets keep Excel's automatic numbering and one header for every page.
    const tracking = book.sheet(SHEET.tracking);
    expect(tracking?.page.firstPageNumber).toBe("");
    expect(tracking?.page.headerState).toBe("Default");
    expect(tracking?.merges).toEqual([]);
  });

  it("reports merges and first-page settings that are off", async () => {
    const spec = await appendixSpec(APPENDIX_SEEDS[0], 4100);
    const { book } = await bothHosts(spec);
    const xlsx = await loadXlsx(await writeXlsx(spec));
    const first = book.sheet(APPENDIX_SHEETS.I);
    const second = book.sheet(APPENDIX_SHEETS.II);
    if (!first || !second) throw new Error("appendix sheets missing");
    first.merges.pop();
    second.page.firstPageNumber = 2;
    const differences = compareBooks(xlsx, book, spec, 200);
    expect(differences.some((line) => line.startsWith(`${APPENDIX_SHEETS.I} merges`))).toBe(true);
    expect(differences.some((line) => line.startsWith(`${APPENDIX_SHEETS.II} page`))).toBe(true);
    second.page.firstPageNumber = 1;
    second.page.headerState = "Default";
    expect(compareBooks(xlsx, book, spec, 200).some((line) => line.startsWith(`${APPENDIX_SHEETS.II} page`))).toBe(true);
  });
});
