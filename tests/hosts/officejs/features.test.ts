// Excel versions without the newer API sets: the features that need them are
// skipped and reported (before writing and in the result), the rest of the
// book is written as usual, nothing throws; and each missing feature has a
// catalog message saying what is lost and what to do.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { extractPlan } from "../../../src/domain/extract";
import { FEATURE_SETS, featureMessageKey, OfficeWorkbookHost } from "../../../src/hosts/officejs";
import type { HostFeature } from "../../../src/hosts/workbook-host";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { t } from "../../../src/i18n/messages";
import { describeWorkbook } from "../../../src/workbook/describe";
import { SHEET } from "../../../src/workbook/layout";
import { FakeWorkbookState } from "../../helpers/fake-excel";
import { SEEDS } from "../../helpers/tracking-fixture";
import { APPENDIX_SHEETS } from "../../../src/workbook/appendix";
import { appendixSpec } from "./appendix-book";
import { compareBooks, loadXlsx } from "./compare";

const plan = extractPlan(readFileSync(path.join(SEEDS, "bac-son-2024-2025.txt"), "utf8"));
const spec = describeWorkbook(plan, []);

/** `isSetSupported` for an Excel that has ExcelApi up to `highest`. */
function upTo(highest: string): (version: string) => boolean {
  const minor = (version: string): number => Number(version.split(".")[1]);
  return (version) => minor(version) <= minor(highest);
}

const ALL: HostFeature[] = ["protection", "conditionalFormats", "suspendCalculation", "freezePanes", "dataValidation", "pageLayout"];

describe("missing requirement sets", () => {
  it("lists nothing on an Excel with every set, and what each older set lacks", () => {
    const host = (highest: string) => new OfficeWorkbookHost({ run: new FakeWorkbookState().run, isSetSupported: upTo(highest) });
    expect(host("1.20").missingFeatures()).toEqual([]);
    expect(host("1.8").missingFeatures()).toEqual(["pageLayout"]);
    expect(host("1.5").missingFeatures()).toEqual(["conditionalFormats", "suspendCalculation", "freezePanes", "dataValidation", "pageLayout"]);
    expect(host("1.1").missingFeatures()).toEqual(ALL);
  });

  it("on ExcelApi 1.5 writes the book without highlights, validation, freeze panes or page setup, and says so", async () => {
    const book = new FakeWorkbookState();
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: upTo("1.5") });
    const result = await host.writeBook(spec);
    expect(result.skipped).toEqual(["conditionalFormats", "suspendCalculation", "freezePanes", "dataValidation", "pageLayout"]);
    expect(result.roundTrips).toBe(3);
    expect(book.syncs.some((sync) => sync.suspendedCalculation || sync.suspendedScreenUpdating)).toBe(false);
    const tracking = book.sheet(SHEET.tracking);
    expect(tracking?.conditionalFormats).toEqual([]);
    expect(tracking?.validations).toEqual([]);
    expect(tracking?.freeze).toBeNull();
    expect(tracking?.page.paperSize).toBe("Letter");
    expect(tracking?.protection.protected).toBe(true);
    // Everything else is as the .xlsx host writes it.
    const skipped = / (conditionalFormats|freeze|page|[A-Z]+\d+ validation):/;
    const differences = compareBooks(await loadXlsx(await writeXlsx(spec)), book, spec, 500);
    expect(differences.filter((line) => !skipped.test(line))).toEqual([]);
    expect(differences.length).toBeGreaterThan(0);
  });

  it("on ExcelApi 1.1 still writes every value, formula and number format", async () => {
    const book = new FakeWorkbookState();
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: upTo("1.1") });
    const result = await host.writeBook(spec);
    expect(result.skipped).toEqual(ALL);
    const tracking = book.sheet(SHEET.tracking);
    expect(tracking?.protection.protected).toBe(false);
    expect(tracking?.columnWidths.size).toBe(0);
    const content = / (literal|formula|numFmt|bold|fill|border|visibility|table):/;
    const differences = compareBooks(await loadXlsx(await writeXlsx(spec)), book, spec, 100_000);
    expect(differences.filter((line) => content.test(line))).toEqual([]);
    // And the book reads back.
    const read = await host.readBook();
    const trackingRows = spec.sheets.find((sheet) => sheet.name === SHEET.tracking)?.cells.length ?? 0;
    expect(read?.rows).toHaveLength(trackingRows - 1);
    expect(read?.problems).toEqual([]);
  });

  it("writes Phụ lục I and II on ExcelApi 1.8 with their merges but Excel's own page numbering, and on 1.1 without merges", async () => {
    const withAppendices = await appendixSpec("bac-son-2024-2025", 41);
    const older = new FakeWorkbookState();
    expect((await new OfficeWorkbookHost({ run: older.run, isSetSupported: upTo("1.8") }).writeBook(withAppendices)).skipped).toEqual(["pageLayout"]);
    const first = older.sheet(APPENDIX_SHEETS.I);
    expect(first?.merges.length).toBe(withAppendices.sheets.find((sheet) => sheet.name === APPENDIX_SHEETS.I)?.merges?.length);
    expect([first?.page.firstPageNumber, first?.page.headerState]).toEqual(["", "Default"]);
    const differences = compareBooks(await loadXlsx(await writeXlsx(withAppendices)), older, withAppendices, 500);
    expect(differences.filter((line) => !/ page:/.test(line))).toEqual([]);
    expect(differences.some((line) => line.startsWith(`${APPENDIX_SHEETS.I} page:`))).toBe(true);

    const oldest = new FakeWorkbookState();
    expect((await new OfficeWorkbookHost({ run: oldest.run, isSetSupported: upTo("1.1") }).writeBook(withAppendices)).skipped).toEqual(ALL);
    expect(oldest.sheet(APPENDIX_SHEETS.I)?.merges).toEqual([]);
    expect(oldest.sheet(APPENDIX_SHEETS.I)?.cell(3, 1)?.value).toBe("Phụ lục I");
  });

  it("re-applies no highlights without conditional formats, without a round trip", async () => {
    const book = new FakeWorkbookState();
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: upTo("1.5") });
    expect(await host.reapplyHighlights(spec)).toEqual({ skipped: ["conditionalFormats"], roundTrips: 0 });
    expect(book.syncs).toHaveLength(0);
  });
});

describe("featureMessageKey", () => {
  it("has a message for every feature, in both languages, naming the API set and what to do", () => {
    const keys = ALL.map(featureMessageKey);
    expect(new Set(keys).size).toBe(ALL.length);
    ALL.forEach((feature, i) => {
      for (const lang of ["vi", "en"] as const) {
        const text = t(keys[i], lang);
        expect(text).toContain(`ExcelApi ${FEATURE_SETS[feature]}`);
        expect(text).toMatch(lang === "vi" ? /cập nhật Excel/ : /Update Excel|update Excel/);
        // Features that change the book point to the CLI and the preview, which build it in full.
        if (feature !== "suspendCalculation") expect(text).toContain("npx chitieu build");
      }
    });
  });
});
