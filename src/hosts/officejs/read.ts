// Reads the tracking book back from the open workbook (made by this host, by
// the CLI, or edited by hand) in as few round trips as the 5 MB response
// limit allows: sheet names; then the model, Cài đặt and where Thực hiện's
// header and rows are; then only the Thực hiện columns the reader uses, in
// row blocks. The cells go to src/workbook/read-book.ts like the .xlsx
// reader's, so both read a book the same way.

import type { CellValue } from "../../domain/tracking";
import { columnLetter, columnRuns } from "../../workbook/a1";
import type { BookCell, BookCells, SheetCells, TrackingBook } from "../../workbook/book";
import { MODEL_SHEET, SHEET } from "../../workbook/layout";
import { sheetKey } from "../../workbook/sheet-name";
import { findTrackingHeader, HEADER_SEARCH_ROWS, readBookFromCells, trackingReadColumns } from "../../workbook/read-book";
import { Batch, jsonBytes } from "./batch";
import { largest } from "../../domain/largest";

/** How wide the header search looks: a user would have to add 80 columns before ours to hide it. */
const HEADER_COLUMNS = 100;
/** A first guess at a Thực hiện row's response size, per column read; blocks after the first use what came back. */
const FIRST_GUESS_PER_COLUMN = 64;
/** …and for the Giá trị formula, the longest column. */
const FIRST_GUESS_FORMULA = 1024;
/** Headroom over the largest row seen, since later rows may be longer. */
const ROW_SLACK = 1.5;

/** A cell from Office.js `values` and `valueTypes` as a formula sees it; null when empty. */
export function cellValue(value: unknown, type: string | undefined): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: String(value) };
  // Excel's ISNUMBER(TRUE) is FALSE: a logical where a number belongs is text, as the .xlsx reader has it.
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return value;
  return String(value);
}

/** Puts a loaded range's cells into `cells` (1-based rows and columns from the range's top-left). */
export function addCells(
  cells: SheetCells,
  top: number,
  left: number,
  values: unknown[][],
  types: string[][] | null,
  formulas: unknown[][] | null,
): void {
  values.forEach((line, r) => {
    line.forEach((raw, c) => {
      const formulaText = formulas?.[r]?.[c];
      // `formulas` gives a plain cell's value back; a formula is text starting "=" that is not the value itself.
      const formula = typeof formulaText === "string" && formulaText.startsWith("=") && formulaText !== raw;
      const value = cellValue(raw, types?.[r]?.[c]);
      if (value === null && !formula) return;
      const row = top + r;
      let rowCells = cells.get(row);
      if (!rowCells) cells.set(row, (rowCells = new Map<number, BookCell>()));
      // The formula's text as the .xlsx reader gives it (without "="), so a carried formula stays a formula.
      rowCells.set(left + c, formula ? { value, formula, formulaText: (formulaText as string).slice(1) } : { value, formula });
    });
  });
}

const address = (left: number, top: number, right: number, bottom: number): string =>
  `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;

/** The used range; `valuesOnly` leaves out cells that only have formats. */
function usedRange(worksheet: Excel.Worksheet): Excel.Range {
  return worksheet.getUsedRange(true);
}

/** The used range of a small sheet, loaded with its values. */
function usedRangeWithValues(worksheet: Excel.Worksheet): Excel.Range {
  const used = usedRange(worksheet);
  used.load("values,valueTypes,rowIndex,columnIndex");
  return used;
}

function cellsOf(range: Excel.Range): SheetCells {
  const cells: SheetCells = new Map();
  addCells(cells, range.rowIndex + 1, range.columnIndex + 1, range.values, range.valueTypes, null);
  return cells;
}

/** `WorkbookHost.readBook` inside one `Excel.run`. */
export async function readOpenBook(context: Excel.RequestContext, budget: number): Promise<TrackingBook | null> {
  const batch = new Batch(context, budget);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await batch.sync();
  const names = new Set(sheets.items.map((worksheet) => worksheet.name));
  if (!names.has(MODEL_SHEET)) return null;

  // The small sheets whole, and where Thực hiện's header and last row are.
  const model = usedRangeWithValues(sheets.getItem(MODEL_SHEET));
  const settings = names.has(SHEET.settings) ? usedRangeWithValues(sheets.getItem(SHEET.settings)) : null;
  // Chỉ tiêu too, so edits to its thresholds are reported as the .xlsx reader reports them.
  const targetsSheet = names.has(SHEET.targets) ? usedRangeWithValues(sheets.getItem(SHEET.targets)) : null;
  const tracking = names.has(SHEET.tracking) ? sheets.getItem(SHEET.tracking) : null;
  const used = tracking ? usedRange(tracking) : null;
  used?.load("rowIndex,rowCount");
  const head = tracking?.getRange(address(1, 1, HEADER_COLUMNS, HEADER_SEARCH_ROWS)) ?? null;
  head?.load("values,valueTypes");
  await batch.sync();
  // A model sheet without its row 1: a first write stopped before the model was in; not a book yet.
  const markerBlank = model.rowIndex > 0 || model.columnIndex > 0 || model.values[0]?.[0] === "";
  if (markerBlank) return null;

  const trackingCells: SheetCells = new Map();
  if (tracking && used && head) {
    addCells(trackingCells, 1, 1, head.values, head.valueTypes, null);
    const header = findTrackingHeader(trackingCells);
    if (header) {
      const { columns, value } = trackingReadColumns(header);
      // Rows below the header were read without their formulas: they are read again, only the columns the reader uses.
      for (const row of [...trackingCells.keys()]) if (row > header.row) trackingCells.delete(row);
      await readRows(batch, tracking, trackingCells, {
        top: header.row + 1,
        bottom: used.rowIndex + used.rowCount,
        columns,
        valueColumn: value,
      });
    }
  }

  return readBookFromCells({
    sheet: (name) => {
      if (name === MODEL_SHEET) return cellsOf(model);
      if (name === SHEET.settings) return settings ? cellsOf(settings) : null;
      if (name === SHEET.targets) return targetsSheet ? cellsOf(targetsSheet) : null;
      if (name === SHEET.tracking) return tracking ? trackingCells : null;
      return null;
    },
  });
}

interface RowsToRead {
  top: number;
  bottom: number;
  columns: number[];
  valueColumn: number | null;
}

/**
 * Reads Thực hiện's rows in blocks that keep each response under the
 * budget: values and value types of the columns the reader uses, and the
 * formulas of Giá trị (a rate typed over its formula is the unit's rate).
 * The first block's size is a guess; later ones follow the largest row seen.
 */
async function readRows(batch: Batch, worksheet: Excel.Worksheet, cells: SheetCells, rows: RowsToRead): Promise<void> {
  const runs = columnRuns(rows.columns);
  let rowBytes = FIRST_GUESS_PER_COLUMN * 2 * rows.columns.length + (rows.valueColumn === null ? 0 : FIRST_GUESS_FORMULA);
  let top = rows.top;
  while (top <= rows.bottom) {
    const bottom = Math.min(rows.bottom, top + Math.max(1, Math.floor(batch.budget / rowBytes)) - 1);
    const parts = runs.map(([left, right]) => {
      const range = worksheet.getRange(address(left, top, right, bottom));
      range.load("values,valueTypes");
      return { left, range };
    });
    const valueRange = rows.valueColumn === null ? null : worksheet.getRange(address(rows.valueColumn, top, rows.valueColumn, bottom));
    valueRange?.load("values,formulas");
    await batch.sync();

    const sizes = new Array<number>(bottom - top + 1).fill(0);
    for (const { left, range } of parts) {
      addCells(cells, top, left, range.values, range.valueTypes, null);
      range.values.forEach((line, r) => (sizes[r] += jsonBytes(line) + jsonBytes(range.valueTypes[r])));
    }
    const valueColumn = rows.valueColumn;
    if (valueRange && valueColumn !== null) {
      // Giá trị's cells were read with their run; this only marks which hold formulas.
      valueRange.formulas.forEach((line, r) => {
        const text = line[0];
        if (typeof text === "string" && text.startsWith("=") && text !== valueRange.values[r][0]) {
          let rowCells = cells.get(top + r);
          if (!rowCells) cells.set(top + r, (rowCells = new Map<number, BookCell>()));
          rowCells.set(valueColumn, { value: rowCells.get(valueColumn)?.value ?? null, formula: true });
        }
        sizes[r] += jsonBytes(line) + jsonBytes(valueRange.values[r]);
      });
    }
    rowBytes = largest(sizes, 1) * ROW_SLACK;
    top = bottom + 1;
  }
}

/**
 * Errors after which `readSheets` reads again the careful way: a response
 * over Excel on the web's 5 MB; and a null sheet's used range refused
 * instead of coming back as a null object.
 */
const READ_AGAIN = new Set(["ResponsePayloadSizeLimitExceeded", "InvalidObjectPath", "ItemNotFound"]);
/** A first guess at a cell's share of a block's response (value, type and formula); later blocks use what came back. */
const FIRST_GUESS_PER_CELL = 256;

/** A used range, loaded with everything `addCells` takes. */
function loadWhole(worksheet: Excel.Worksheet): Excel.Range {
  const used = usedRange(worksheet);
  used.load("values,valueTypes,formulas,rowIndex,columnIndex");
  return used;
}

function wholeCells(range: Excel.Range): SheetCells {
  const cells: SheetCells = new Map();
  addCells(cells, range.rowIndex + 1, range.columnIndex + 1, range.values, range.valueTypes, range.formulas);
  return cells;
}

/** A block of rows, loaded with everything `addCells` takes. */
function blockOf(worksheet: Excel.Worksheet, rows: string): Excel.Range {
  const block = worksheet.getRange(rows);
  block.load("values,valueTypes,formulas");
  return block;
}

/** Puts a loaded block's cells into `cells`; returns the response size of its largest row. */
function addBlock(cells: SheetCells, top: number, left: number, block: Excel.Range): number {
  addCells(cells, top, left, block.values, block.valueTypes, block.formulas);
  const sizes = block.values.map((line, r) => jsonBytes(line) + jsonBytes(block.valueTypes[r]) + jsonBytes(block.formulas[r]));
  return largest(sizes, 1);
}

/** Which of `names` the workbook has, each with its worksheet: one round trip. */
async function existingSheets(batch: Batch, sheets: Excel.WorksheetCollection, names: string[]): Promise<Map<string, Excel.Worksheet>> {
  sheets.load("items/name");
  await batch.sync();
  const byKey = new Map(sheets.items.map((worksheet) => [sheetKey(worksheet.name), worksheet]));
  const found = new Map<string, Excel.Worksheet>();
  for (const name of names) {
    const worksheet = byKey.get(sheetKey(name));
    if (worksheet) found.set(name, worksheet);
  }
  return found;
}

/** Reads each sheet whole in one round trip: a sheet that may be missing is a null object. */
async function readWhole(batch: Batch, sheets: Excel.WorksheetCollection, names: string[]): Promise<Map<string, SheetCells>> {
  const read = new Map<string, SheetCells>();
  const pending = names.map((name) => {
    const worksheet = sheets.getItemOrNullObject(name);
    // A missing sheet's used range is a null object too, loading nothing; should an Excel refuse it, READ_AGAIN applies.
    return { name, worksheet, used: loadWhole(worksheet) };
  });
  await batch.sync();
  for (const { name, worksheet, used } of pending) if (!worksheet.isNullObject) read.set(name, wholeCells(used));
  return read;
}

/**
 * Reads each sheet in row blocks that keep every response under the budget,
 * as `readRows` does: names, then where each used range is, then the blocks.
 */
async function readInBlocks(batch: Batch, sheets: Excel.WorksheetCollection, names: string[]): Promise<Map<string, SheetCells>> {
  const found = await existingSheets(batch, sheets, names);
  const extents = [...found].map(([name, worksheet]) => {
    const used = usedRange(worksheet);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name, worksheet, used };
  });
  if (extents.length > 0) await batch.sync();
  const read = new Map<string, SheetCells>();
  for (const { name, worksheet, used } of extents) {
    const cells: SheetCells = new Map();
    const left = used.columnIndex + 1;
    const right = used.columnIndex + used.columnCount;
    const last = used.rowIndex + used.rowCount;
    let rowBytes = FIRST_GUESS_PER_CELL * used.columnCount;
    let top = used.rowIndex + 1;
    while (top <= last) {
      const bottom = Math.min(last, top + Math.max(1, Math.floor(batch.budget / rowBytes)) - 1);
      const block = blockOf(worksheet, address(left, top, right, bottom));
      await batch.sync();
      rowBytes = addBlock(cells, top, left, block) * ROW_SLACK;
      top = bottom + 1;
    }
    read.set(name, cells);
  }
  return read;
}

/**
 * `WorkbookHost.readSheets`: the cells of a few sheets (the appendices), in
 * one round trip. A sheet too big for one response (5 MB
 * on the web) is read again in row blocks under the budget.
 */
export async function readSheetCells(context: Excel.RequestContext, names: string[], budget: number): Promise<BookCells> {
  const wanted = [...new Map(names.map((name) => [sheetKey(name), name])).values()];
  const batch = new Batch(context, budget);
  const sheets = context.workbook.worksheets;
  let read: Map<string, SheetCells>;
  if (wanted.length === 0) read = new Map();
  else {
    try {
      read = await readWhole(batch, sheets, wanted);
    } catch (error) {
      const code = errorCode(error);
      if (code === undefined || !READ_AGAIN.has(code)) throw error;
      read = await readInBlocks(batch, sheets, wanted);
    }
  }
  const byKey = new Map([...read].map(([name, cells]) => [sheetKey(name), cells]));
  return { sheet: (name) => byKey.get(sheetKey(name)) ?? null };
}

/** `WorkbookHost.sheetNames`: one round trip. */
export async function readSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((worksheet) => worksheet.name);
}

/** The error code Office.js gives when the selection is not a range of cells (a chart, a shape, several areas). */
const NOT_A_RANGE = "InvalidSelection";

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * `WorkbookHost.selectedText`: one round trip. Only the part of the
 * selection inside the used range is read, so selecting whole
 * columns does not fetch a million empty rows. Trailing empty rows and
 * columns are dropped; [] when nothing is left or the selection is not cells.
 */
export async function readSelectedText(context: Excel.RequestContext): Promise<string[][]> {
  const selected = context.workbook.getSelectedRange();
  const target = selected.getIntersectionOrNullObject(selected.worksheet.getUsedRange());
  target.load("text");
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === NOT_A_RANGE) return [];
    throw error;
  }
  if (target.isNullObject) return [];
  const rows = target.text.map((line) => line.map((text) => String(text)));
  let height = rows.length;
  while (height > 0 && rows[height - 1].every((text) => text.trim() === "")) height -= 1;
  let width = 0;
  for (let r = 0; r < height; r++) {
    for (let c = rows[r].length; c > width; c--) {
      if (rows[r][c - 1].trim() !== "") {
        width = c;
        break;
      }
    }
  }
  if (height === 0 || width === 0) return [];
  return rows.slice(0, height).map((line) => line.slice(0, width));
}

/** `WorkbookHost.select`: activates the sheet and selects the cell, one round trip. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
