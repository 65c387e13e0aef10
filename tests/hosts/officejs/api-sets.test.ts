// Requirement sets. The fake Excel knows the ExcelApi set of every member
// (read from @types/office-js) and refuses one newer than the version a test
// declares. Every host operation is driven here on an Excel with exactly the
// manifest's set, ExcelApi 1.9, and must give the same book as on the newest:
// a member from a newer set used without a check fails this file. Below 1.9
// the host refuses before any request.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DEFAULT_TOLERANCE } from "../../../src/domain/tracking";
import { MINIMUM_API, OfficeWorkbookHost, skippedPartMessageKey } from "../../../src/hosts/officejs";
import type { SkippedPart } from "../../../src/hosts/workbook-host";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { t } from "../../../src/i18n/messages";
import { describeWorkbook } from "../../../src/workbook/describe";
import { SHEET } from "../../../src/workbook/layout";
import { WorkbookWriteError } from "../../../src/workbook/write-error";
import { apiMinor, excelApiSets, NOT_IN_EXCEL_API, parseApiSet } from "../../helpers/excel-api-sets";
import { FakeExcelError, FakeWorkbookState } from "../../helpers/fake-excel";
import { fillEntries, sampleUnits, seedPlan } from "../../helpers/tracking-fixture";
import { appendixSpec } from "./appendix-book";
import { compareBooks, loadXlsx } from "./compare";

const PLAN = seedPlan("bac-son-2024-2025");
const UNITS = sampleUnits(3);
const SPEC = describeWorkbook(PLAN, UNITS, { entries: fillEntries(PLAN, UNITS, DEFAULT_TOLERANCE, 5) });

function excelWith(version: string, sheets?: string[]): { book: FakeWorkbookState; host: OfficeWorkbookHost } {
  const book = new FakeWorkbookState(sheets);
  book.apiVersion = apiMinor(version);
  return { book, host: new OfficeWorkbookHost({ run: book.run, isSetSupported: book.isSetSupported }) };
}

describe("the requirement-set table from @types/office-js", () => {
  it("reads plain, split (read/set) and non-ExcelApi tags", () => {
    expect(parseApiSet("ExcelApi 1.7")).toEqual({ get: 7, set: 7 });
    expect(parseApiSet("ExcelApi 1.1 for reading visibility; 1.2 for setting it.")).toEqual({ get: 1, set: 2 });
    expect(parseApiSet("ExcelApi 1.1 for get, 1.8 for set")).toEqual({ get: 1, set: 8 });
    expect(parseApiSet("ExcelApi 1.9, ExcelApi Preview for null `destinationRange`")).toEqual({ get: 9, set: 9 });
    expect(parseApiSet("ExcelApiDesktop 1.1")).toEqual({ get: NOT_IN_EXCEL_API, set: NOT_IN_EXCEL_API });
  });

  it("has the members the issue names at their documented sets", () => {
    const sets = excelApiSets();
    expect(sets.get("Worksheet")?.get("visibility")).toEqual({ get: 1, set: 2 });
    expect(sets.get("RangeFormat")?.get("useStandardWidth")?.get).toBe(7);
    expect(sets.get("RangeFormat")?.get("useStandardHeight")?.get).toBe(7);
    expect(sets.get("Worksheet")?.get("getRanges")?.get).toBe(9);
    expect(sets.get("Worksheet")?.get("pageLayout")?.get).toBe(9);
    expect(sets.get("Worksheet")?.get("freezePanes")?.get).toBe(7);
    expect(sets.get("WorksheetCollection")?.get("getItemOrNullObject")?.get).toBe(4);
    expect(sets.get("Range")?.get("values")?.get).toBe(1);
    expect(sets.get("WorksheetProtection")?.get("checkPassword")?.get).toBe(NOT_IN_EXCEL_API);
  });
});

describe("the fake refuses members newer than its Excel", () => {
  it("reading, setting and loading each check their own set", async () => {
    const { book } = excelWith("1.8");
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(() => sheet.pageLayout).toThrow(FakeExcelError);
      expect(() => sheet.pageLayout).toThrow("Worksheet.pageLayout needs ExcelApi 1.9; this Excel has ExcelApi 1.8");
      context.workbook.worksheets.load("items/name,items/pageLayout/firstPageNumber");
      await expect(context.sync()).rejects.toThrow("needs ExcelApi 1.9");
    });
    const oldest = excelWith("1.1").book;
    await oldest.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // Reading is 1.1: refused only for not being loaded, not for its set.
      expect(() => sheet.visibility).toThrow("was not loaded");
      expect(() => {
        sheet.visibility = "Hidden";
      }).toThrow("setting Worksheet.visibility needs ExcelApi 1.2");
    });
  });
});

describe("every operation on ExcelApi 1.9, the manifest's set", () => {
  it("is the set the manifest asks for", () => {
    const manifest = readFileSync(path.join(__dirname, "../../../manifest.xml"), "utf8");
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MINIMUM_API}"/>`);
  });

  it("writes, rewrites, reads, re-highlights and selects as on the newest Excel", async () => {
    const { book, host } = excelWith(MINIMUM_API, ["Ghi chép"]);
    const first = await host.writeBook(SPEC);
    expect(first.skipped).toEqual([]);
    expect(compareBooks(await loadXlsx(await writeXlsx(SPEC)), book, SPEC)).toEqual([]);

    const read = await host.readBook();
    expect(read?.problems).toEqual([]);
    const again = describeWorkbook(PLAN, sampleUnits(2), { entries: fillEntries(PLAN, sampleUnits(2), DEFAULT_TOLERANCE, 9) });
    expect((await host.writeBook(again)).skipped).toEqual([]);
    expect(compareBooks(await loadXlsx(await writeXlsx(again)), book, again)).toEqual([]);

    expect(await host.reapplyHighlights(again)).toMatchObject({ skipped: [] });
    const cells = await host.readSheets([SHEET.tracking, "Không có"]);
    expect(cells.sheet(SHEET.tracking)?.size).toBeGreaterThan(0);
    expect(cells.sheet("Không có")).toBeNull();
    await host.select(SHEET.tracking, "B2");
    expect(await host.sheetNames()).toContain("Ghi chép");
    expect(await host.selectedText()).toEqual(expect.any(Array));
  });

  it("writes Phụ lục I and II as on the newest Excel", async () => {
    const withAppendices = await appendixSpec("bac-son-2024-2025", 41);
    const { book, host } = excelWith(MINIMUM_API);
    expect((await host.writeBook(withAppendices)).skipped).toEqual([]);
    expect(compareBooks(await loadXlsx(await writeXlsx(withAppendices)), book, withAppendices, 200)).toEqual([]);
  });
});

describe("an Excel older than the manifest's set", () => {
  it("is refused before any request, with the message that says what to use instead", async () => {
    const { book, host } = excelWith("1.8");
    const operations = [
      () => host.writeBook(SPEC),
      () => host.readBook(),
      () => host.readSheets([SHEET.tracking]),
      () => host.reapplyHighlights(SPEC),
      () => host.sheetNames(),
      () => host.selectedText(),
      () => host.select(SHEET.tracking, "A1"),
    ];
    for (const operation of operations) {
      const error = await operation().then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect((error as WorkbookWriteError).key).toBe("officeTooOld");
      expect((error as WorkbookWriteError).state).toBe("unchanged");
    }
    expect(book.syncs).toHaveLength(0);
  });
});

describe("skippedPartMessageKey", () => {
  it("has its own message for every part Excel may refuse, in both languages", () => {
    const parts: SkippedPart[] = [
      "formats",
      "sizes",
      "merges",
      "tables",
      "conditionalFormats",
      "dataValidation",
      "freezePanes",
      "pageLayout",
      "protection",
      "layout",
      "calculation",
    ];
    const keys = parts.map(skippedPartMessageKey);
    expect(new Set(keys).size).toBe(parts.length);
    for (const key of keys) {
      for (const lang of ["vi", "en"] as const) expect(t(key, lang).length).toBeGreaterThan(20);
    }
  });
});
