// Opening an .xlsx in the preview: a book made by the CLI or the add-in, a
// return a school sent back, or any workbook. A ChiTieu book is shown as the
// add-in would rewrite it (described again from its model and entries, so its
// formulas, colours and validation are live in the preview); the other sheets
// of the file are shown with their values. Pure apart from the reader.

import { readTrackingWorkbook } from "../hosts/xlsx/read";
import { XlsxBook } from "../hosts/xlsx/sheet-xml";
import { plainSheet, type SpecCell, type SheetSpec, type WorkbookSpec } from "../workbook/spec";
import type { SheetCells } from "../workbook/book";
import { APPENDIX_SHEETS, AppendixOptionError, describeAppendices, readAppendixEdits } from "../workbook/appendix";
import { entryKey } from "../workbook/describe";
import { MODEL_SHEET } from "../workbook/layout";
import { contentOf, specForBook, userUnits } from "../workbook/rebuild";
import { describeReturn } from "../workbook/returns";
import { sheetKey } from "../workbook/sheet-name";
import type { Entry } from "../domain/tracking";

export interface OpenedWorkbook {
  sheets: SheetSpec[];
  /** The book's description, for downloads; null for a workbook that holds no book. */
  spec: WorkbookSpec | null;
}

/** A sheet's values as plain cells (formulas show their saved results, as a file viewer would). */
function plainCells(cells: SheetCells): SpecCell[][] {
  const rows: SpecCell[][] = [];
  for (const [row, line] of cells) {
    const out: SpecCell[] = [];
    for (const [column, cell] of line) {
      while (out.length < column - 1) out.push(null);
      out[column - 1] = cell.value === null || typeof cell.value === "object" ? (cell.value?.error ?? null) : cell.value;
    }
    while (rows.length < row - 1) rows.push([]);
    rows[row - 1] = out;
  }
  return rows;
}

/**
 * The preview's sheets for the file. Throws WorkbookReadError (or the
 * reader's DocumentReadError) for a file that is not a readable workbook.
 */
export async function openXlsx(bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> {
  const file = new XlsxBook(bytes, fileName);
  const names = file.sheetNames();
  const cellsOf = (name: string) => file.sheetCells(name);
  let spec: WorkbookSpec | null = null;
  if (names.some((name) => sheetKey(name) === sheetKey(MODEL_SHEET))) {
    const book = await readTrackingWorkbook(bytes, fileName);
    if (book.returnOf !== undefined) {
      // A school's return opens as the return it is, with what the school typed.
      const entries = new Map<string, Entry>(book.rows.map((row) => [entryKey(row.unitCode, row.targetId), row.entry]));
      const notes = new Map(book.rows.filter((row) => row.note !== null).map((row) => [entryKey(row.unitCode, row.targetId), row.note as string]));
      const options = { tolerance: book.tolerance, entries, notes, madeAt: book.returnOf.madeAt, area: book.area };
      spec = describeReturn(book.plan, userUnits(book), book.returnOf.unitCode, options);
    } else {
      spec = specForBook(contentOf(book));
      const appendixNames = [APPENDIX_SHEETS.I, APPENDIX_SHEETS.II].map(sheetKey);
      if (names.some((name) => appendixNames.includes(sheetKey(name)))) {
        try {
          spec = { ...spec, sheets: [...spec.sheets, ...describeAppendices(book, readAppendixEdits({ sheet: cellsOf }))] };
        } catch (error) {
          // Choices that no longer fit the book: the appendices stay out until the pane makes them again.
          if (!(error instanceof AppendixOptionError)) throw error;
        }
      }
    }
  }
  const ours = new Set((spec?.sheets ?? []).map((sheet) => sheetKey(sheet.name)));
  const others = names.filter((name) => !ours.has(sheetKey(name)) && sheetKey(name) !== sheetKey(MODEL_SHEET));
  const userSheets = others.map((name) => plainSheet(name, plainCells(cellsOf(name) ?? new Map())));
  return { sheets: [...(spec?.sheets ?? []), ...userSheets], spec };
}
