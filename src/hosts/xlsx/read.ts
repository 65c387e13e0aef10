// Reads a tracking workbook back from .xlsx bytes after people filled it in
// Excel or LibreOffice. This file only fetches cells (straight from the XML,
// ./sheet-xml.ts); what they mean — model, tolerance, rows, problems — is
// src/workbook/read-book.ts, shared with the Office.js host and the preview.

import type { MessageKey } from "../../i18n/messages";
import { DocumentReadError } from "../../readers/errors";
import { type SheetCells, type TrackingBook, WorkbookReadError } from "../../workbook/book";
import type { ReturnInput } from "../../workbook/collect";
import { SHEET } from "../../workbook/layout";
import { findTrackingHeader, HEADER_SEARCH_ROWS, readBookFromCells, trackingReadColumns } from "../../workbook/read-book";
import { XlsxBook } from "./sheet-xml";

export { type TrackingBook, type TrackingRow, WorkbookReadError } from "../../workbook/book";

/**
 * Opens the file. Cells are read from the XML directly (./sheet-xml.ts), not
 * through ExcelJS's `xlsx.load`: for 30,000 Thực hiện rows that took ~5 s and
 * most of ~570 MB making an object for each of ~500,000 cells.
 */
function load(bytes: Uint8Array, file: string): XlsxBook {
  return parsing(() => new XlsxBook(bytes, file));
}

/** A part over its size limit says so; any other failure to parse a sheet's XML means a damaged file. */
function parsing<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DocumentReadError) throw new WorkbookReadError(error.key, error.params);
    throw new WorkbookReadError("wbErrorUnreadable");
  }
}

/**
 * The Thực hiện sheet's cells. Once the rows that may hold the header have
 * been read, only the columns the reader uses are kept and the others (the
 * formulas, most of the XML) are skipped unparsed. Rows out of order, which
 * no known program writes but the format allows, make it read the sheet
 * again keeping everything.
 */
function readTrackingRows(workbook: XlsxBook): SheetCells | null {
  const read = (filter: boolean): { rows: SheetCells; ordered: boolean } | null => {
    const rows: SheetCells = new Map();
    let last = 0;
    let ordered = true;
    let wanted: Set<number> | null = null;
    const keep = (r: number, c: number): boolean => {
      if (r < last) ordered = false;
      last = r;
      if (!filter || r <= HEADER_SEARCH_ROWS || !ordered) return true;
      if (wanted === null) {
        const header = findTrackingHeader(rows);
        // Without a header nothing is read past it anyway; keep everything rather than guess.
        wanted = new Set(header ? trackingReadColumns(header).columns : []);
        if (!header) filter = false;
      }
      return !filter || wanted.has(c);
    };
    const found = parsing(() =>
      workbook.eachCell(
        SHEET.tracking,
        (r, c, cell) => {
          let row = rows.get(r);
          if (!row) rows.set(r, (row = new Map()));
          row.set(c, cell);
        },
        keep,
      ),
    );
    return found ? { rows, ordered } : null;
  };
  let sheet = read(true);
  if (sheet && !sheet.ordered) sheet = read(false);
  return sheet ? sheet.rows : null;
}

export async function readTrackingWorkbook(bytes: Uint8Array, file = "workbook.xlsx"): Promise<TrackingBook> {
  return (await readWorkbookSaved(bytes, file)).book;
}

/** The book, and when the file was last saved (its properties; null when they do not say), for `collect`. */
export async function readWorkbookSaved(bytes: Uint8Array, file = "workbook.xlsx"): Promise<{ book: TrackingBook; savedAt: string | null }> {
  const workbook = load(bytes, file);
  const book = readBookFromCells({
    sheet: (name) => (name === SHEET.tracking ? readTrackingRows(workbook) : parsing(() => workbook.sheetCells(name))),
  });
  return { book, savedAt: parsing(() => workbook.savedAt()) };
}

/**
 * A returned file as `collectReturns` takes it: never an exception, an
 * unreadable file is a ReturnInput saying why (the CLI and the pane both read returns so).
 */
export async function readReturnFile(bytes: Uint8Array, file: string): Promise<ReturnInput> {
  const unreadable = (key: MessageKey, params: Record<string, string | number> = { file }): ReturnInput => ({
    file,
    book: null,
    unreadable: { key, params },
    savedAt: null,
  });
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return unreadable("cliCheckNotXlsx");
  try {
    const { book, savedAt } = await readWorkbookSaved(bytes, file);
    return { file, book, savedAt };
  } catch (error) {
    if (error instanceof WorkbookReadError) return unreadable(error.key, error.params);
    return unreadable("cliCheckUnreadable");
  }
}
