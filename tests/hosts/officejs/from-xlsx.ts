// Puts an .xlsx file's sheets into the fake Excel, as opening it in Excel
// would: values, formulas, number formats, visibility, protection, merged
// cells and the first page number. Enough for reading a book back that the
// CLI made or someone filled in, and for writing over it.

import ExcelJS from "exceljs";
import { type Area, FakeSheet, FakeWorkbookState } from "../../helpers/fake-excel";
import { loadXlsx, shownFormula } from "./compare";

export async function fakeFromXlsx(bytes: Uint8Array): Promise<FakeWorkbookState> {
  const workbook = await loadXlsx(bytes);
  const book = new FakeWorkbookState([]);
  for (const worksheet of workbook.worksheets) {
    const sheet = new FakeSheet(book, worksheet.name);
    sheet.visibility = worksheet.state === "veryHidden" ? "VeryHidden" : worksheet.state === "hidden" ? "Hidden" : "Visible";
    const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    sheet.protection = { protected: protection?.sheet === true, options: {} };
    const merges = (worksheet as unknown as { _merges: Record<string, Area> })._merges;
    sheet.merges = Object.values(merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
    const setup = worksheet.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (setup.useFirstPageNumber && setup.firstPageNumber !== undefined) sheet.page.firstPageNumber = setup.firstPageNumber;
    worksheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const target = sheet.touch(r, c);
        target.numberFormat = cell.numFmt ?? "General";
        if (cell.type === ExcelJS.ValueType.Formula) {
          target.formula = `=${shownFormula(cell.formula)}`;
          const result = cell.result;
          target.value = typeof result === "number" || typeof result === "string" || typeof result === "boolean" ? result : null;
        } else if (cell.type === ExcelJS.ValueType.Error) target.value = { error: (cell.value as ExcelJS.CellErrorValue).error };
        else if (cell.type === ExcelJS.ValueType.Number || cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.Boolean) {
          target.value = cell.value as number | string | boolean;
        } else if (cell.type === ExcelJS.ValueType.SharedString || cell.type === ExcelJS.ValueType.RichText) target.value = cell.text;
      });
    });
    book.sheets.push(sheet);
  }
  const active = book.sheets[workbook.views[0]?.activeTab ?? 0];
  if (active) book.active = active;
  return book;
}
