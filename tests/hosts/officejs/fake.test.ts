// The fake Excel itself behaves like Office.js where the host's tests rely on
// it: calls wait for sync, loaded properties are readable only after it, a
// member the fake lacks throws, typed strings are converted unless the cell
// is Text, protected sheets refuse changes, merges keep the top-left value,
// the first page has its own number and header, and every sync is measured.

import { areaName, FakeExcelError, FakeWorkbookState, type Checked } from "../../helpers/fake-excel";

async function inExcel<T>(book: FakeWorkbookState, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return book.run(batch);
}

describe("fake Excel", () => {
  it("applies calls at sync, in order, and measures the request", async () => {
    const book = new FakeWorkbookState();
    await inExcel(book, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [["Tên", "=1+1"]];
      expect(book.sheets[0].cell(1, 1)).toBeUndefined();
      await context.sync();
    });
    expect(book.sheets[0].cell(1, 1)?.value).toBe("Tên");
    expect(book.sheets[0].cell(1, 2)?.formula).toBe("=1+1");
    expect(book.syncs).toHaveLength(1);
    expect(book.syncs[0].actions).toBe(1);
    expect(book.syncs[0].requestBytes).toBeGreaterThan(Buffer.byteLength(JSON.stringify([["Tên", "=1+1"]])));
  });

  it("throws PropertyNotLoaded for a property read before its sync, or never loaded", async () => {
    const book = new FakeWorkbookState();
    await inExcel(book, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
      expect(() => sheets.items[0].visibility).toThrow(/PropertyNotLoaded/);
    });
    expect(book.syncs[0].responseBytes).toBeGreaterThan(0);
  });

  it("throws for any member it does not implement, rather than reading undefined", async () => {
    const book = new FakeWorkbookState();
    await inExcel(book, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.getBoundingRect("B2")).toThrow(/is not implemented/);
      expect(() => range.format.autofitColumns()).toThrow(/is not implemented/);
      expect(() => {
        range.format.indentLevel = 2;
      }).toThrow(/cannot be set|is not implemented/);
    });
  });

  it("converts typed text as Excel does, unless the cell's number format is Text", async () => {
    const book = new FakeWorkbookState();
    const typed = ["01", "1/2", "TRUE", "12%", "=A1", "#N/A", "'01", "Trường số 5"];
    await inExcel(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:H1").formulas = [typed];
      sheet.getRange("A2:H2").numberFormat = [typed.map(() => "@")];
      sheet.getRange("A2:H2").formulas = [typed];
      await context.sync();
    });
    const sheet = book.sheets[0];
    expect(typed.map((_, i) => sheet.cell(1, i + 1)?.value ?? sheet.cell(1, i + 1)?.formula)).toEqual([
      1,
      expect.any(Number),
      true,
      0.12,
      "=A1",
      { error: "#N/A" },
      "01",
      "Trường số 5",
    ]);
    expect(typed.map((_, i) => sheet.cell(2, i + 1)?.value)).toEqual(["01", "1/2", "TRUE", "12%", "=A1", "#N/A", "01", "Trường số 5"]);
  });

  it("refuses changes to a protected sheet, failing the sync", async () => {
    const book = new FakeWorkbookState();
    book.sheets[0].protection = { protected: true, options: {} };
    await expect(
      inExcel(book, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[1]];
        await context.sync();
      }),
    ).rejects.toEqual(expect.any(FakeExcelError));
    expect(book.sheets[0].cell(1, 1)).toBeUndefined();
  });

  it("merges as Excel does: the top-left value stays, clearing leaves merges, unmerge takes them whole", async () => {
    const book = new FakeWorkbookState();
    await inExcel(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C2").formulas = [
        ["Tiêu đề", "x", ""],
        ["", "", "y"],
      ];
      sheet.getRange("A1:C1").merge(false);
      sheet.getRange("A2").merge();
      await context.sync();
    });
    const sheet = book.sheets[0];
    expect(sheet.merges.map((area) => areaName(area))).toEqual(["A1:C1"]);
    expect([sheet.cell(1, 1)?.value, sheet.cell(1, 2)?.value, sheet.cell(2, 3)?.value]).toEqual(["Tiêu đề", null, "y"]);
    // Merging over a merged area, or cells formatted unlike the top-left one, is refused.
    for (const change of [
      (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Sheet1").getRange("B1:B2").merge(false),
      (context: Excel.RequestContext) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A3:B3");
        range.getIntersectionOrNullObject("B3").format.fill.color = "#FFF9DB";
        range.merge(false);
      },
    ]) {
      await expect(inExcel(book, async (context) => {
        change(context);
        await context.sync();
      })).rejects.toThrow(/fake Excel: merging/);
    }
    await inExcel(book, async (context) => {
      const all = context.workbook.worksheets.getItem("Sheet1").getRange();
      all.clear("All");
      await context.sync();
      expect(sheet.merges).toHaveLength(1);
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").unmerge();
      await context.sync();
    });
    expect(sheet.merges).toEqual([]);
  });

  it("keeps the first page number and the first page's header apart from the others", async () => {
    const book = new FakeWorkbookState();
    await inExcel(book, async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.firstPageNumber = 1;
      layout.headersFooters.state = "FirstAndDefault";
      layout.headersFooters.defaultForAllPages.centerHeader = "&P";
      layout.headersFooters.firstPage.centerHeader = "";
      layout.headersFooters.firstPage.leftFooter = "Bản in";
      expect(() => {
        layout.firstPageNumber = 1.5;
      }).toThrow(/InvalidArgument/);
      await context.sync();
    });
    const page = book.sheets[0].page;
    expect([page.firstPageNumber, page.headerState, page.headers.centerHeader, page.firstPageHeaders.leftFooter]).toEqual([1, "FirstAndDefault", "&P", "Bản in"]);
    await inExcel(book, async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/pageLayout/firstPageNumber");
      await context.sync();
      expect(worksheets.items[0].pageLayout.firstPageNumber).toBe(1);
      worksheets.items[0].pageLayout.firstPageNumber = "";
      await context.sync();
    });
    expect(page.firstPageNumber).toBe("");
  });

  it("refuses page setup values Excel refuses: zoom out of range or mixed, margins that do not fit, headers over 255 characters", async () => {
    const book = new FakeWorkbookState();
    await inExcel(book, async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      for (const zoom of [{ scale: 5 }, { scale: 401 }, { scale: 50.5 }, { horizontalFitToPages: -1 }, { verticalFitToPages: 1.5 }, { scale: 80, horizontalFitToPages: 1 }]) {
        expect(() => {
          layout.zoom = zoom;
        }).toThrow(/InvalidArgument/);
      }
      expect(() => {
        layout.leftMargin = -1;
      }).toThrow(/InvalidArgument/);
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.paperSize = "A4";
      layout.orientation = "Portrait";
      layout.leftMargin = 300;
      await context.sync();
      // A4 is 595 pt wide: 300 + 300 leaves no page.
      layout.rightMargin = 300;
      await expect(context.sync()).rejects.toThrow(/does not fit the page/);
      layout.headersFooters.defaultForAllPages.leftHeader = "x".repeat(200);
      layout.headersFooters.defaultForAllPages.rightHeader = "y".repeat(60);
      await expect(context.sync()).rejects.toThrow(/header is over 255 characters/);
    });
    const page = book.sheets[0].page;
    expect([page.leftMargin, page.zoom]).toEqual([300, { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    expect(page.rightMargin).not.toBe(300);
    expect(page.headers.rightHeader).toBe("");
  });

  it("checks its members against @types/office-js at compile time", () => {
    // A misspelled member is a type error (`npx tsc` fails if this directive is ever unused).
    // @ts-expect-error "valuez" is not a member of Excel.Range
    type Misspelled = Checked<Excel.Range, "valuez">;
    const typed: Checked<Excel.RangeFill, "color"> = { color: "#FFFFFF" };
    expect(typed.color).toBe("#FFFFFF");
    expect(null as Misspelled | null).toBeNull();
  });
});
