// What people added inside our sheets, carried into a rewritten book (issue
// 11: nothing a user made is lost). A rewrite describes our sheets afresh
// (./rebuild.ts), which carries entries and notes as values; this finds the
// rest in the old book's cells and puts it back: cells outside what we
// describe (a column beside the Thực hiện table, notes under Tổng hợp's
// table), verbatim with their formulas, and formulas typed in entry cells as
// formulas. Thực hiện rows go where their unit + target pair goes, so a
// note beside a row stays beside it. What cannot be put back (a user cell
// where the new description writes, or beside a row that is gone) is
// returned for the caller to refuse, naming the cells. Pure.

import type { TrackingBook } from "./book";
import { type BookCell, type SheetCells } from "./book";
import { cellAddress, parseRange, rangeAddress, slideFormula } from "./a1";
import { entryKey } from "./describe";
import { SHEET } from "./layout";
import { findTrackingHeader, textOf, TRACKING_HEADER } from "./read-book";
import type { SheetSpec, SpecCell, WorkbookSpec } from "./spec";
import { isFormula, sheetWidth } from "./spec";
import { largest } from "../domain/largest";

/** A user's cell that the new book cannot hold, by the old book's address. */
export interface UncarriedCell {
  sheet: string;
  address: string;
}

interface Placed {
  row: number;
  column: number;
  cell: SpecCell;
  /** The user's number format, kept with the cell (not over an entry cell, whose format is ours). */
  numFmt?: string;
}

/** Our sheets whose cells are looked at; the model and the appendices have their own ways to carry what they hold. */
const CARRIED_SHEETS: readonly string[] = [SHEET.targets, SHEET.units, SHEET.tracking, SHEET.summary, SHEET.submissions, SHEET.settings];

/** Entry columns whose formulas are kept as formulas. */
const ENTRY_HEADERS: readonly string[] = [
  TRACKING_HEADER.numerator,
  TRACKING_HEADER.denominator,
  TRACKING_HEADER.start,
  TRACKING_HEADER.value,
  TRACKING_HEADER.note,
];

/**
 * The spec with the user's cells of `book` (read from `oldSheet`) put back,
 * and the cells that could not be. `spec` must describe the same plan and
 * units as the old book (the appendix rewrite): other sheets are matched
 * cell for cell, and cells past their description are the user's.
 */
export function carryUserCells(
  spec: WorkbookSpec,
  book: TrackingBook,
  oldSheet: (name: string) => SheetCells | null,
): { spec: WorkbookSpec; uncarried: UncarriedCell[] } {
  const uncarried: UncarriedCell[] = [];
  const sheets = spec.sheets.map((sheet) => {
    const old = CARRIED_SHEETS.includes(sheet.name) ? oldSheet(sheet.name) : null;
    if (old === null) return sheet;
    const placed = sheet.name === SHEET.tracking ? trackingCells(sheet, book, old) : outsideCells(sheet, old);
    const kept: Placed[] = [];
    const taken = new Set<string>();
    for (const item of placed) {
      // A formula in an entry cell replaces the value carried there; anything else needs a cell nobody else writes
      // (two copies of a row go to one row: the first one's cells win, the copy's are named).
      const where = item.target === null ? null : cellAddress(item.target.column, item.target.row);
      const fits =
        item.target !== null && where !== null && !taken.has(where) && (item.overEntry || isEmpty(at(sheet, item.target.row, item.target.column)));
      if (item.target !== null && where !== null && fits) {
        taken.add(where);
        kept.push({ ...item.target, cell: item.cell, ...(item.numFmt !== undefined && !item.overEntry ? { numFmt: item.numFmt } : {}) });
      } else uncarried.push({ sheet: sheet.name, address: cellAddress(item.column, item.row) });
    }
    return kept.length === 0 ? sheet : withCells(sheet, kept);
  });
  return { spec: { ...spec, sheets }, uncarried };
}

interface Found {
  /** Where the cell was in the old book. */
  row: number;
  column: number;
  /** Where it goes, or null when its row is gone. */
  target: { row: number; column: number } | null;
  cell: SpecCell;
  numFmt?: string;
  /** A formula in one of our entry cells: it replaces the value the description carried. */
  overEntry: boolean;
}

/**
 * Cells past the description's rows and columns, in place. Table columns
 * after the last one whose header the old book has (a book made before
 * Tổng hợp's last column) held nothing of ours: what is there was the
 * user's, and the new book writes those columns, so such cells are named
 * rather than lost.
 */
function outsideCells(sheet: SheetSpec, old: SheetCells): Found[] {
  const rows = Math.max(sheet.cells.length, sheet.table === null ? 0 : parseRange(sheet.table.ref).bottom);
  const columns = Math.max(sheetWidth(sheet), sheet.table === null ? 0 : parseRange(sheet.table.ref).right);
  const firstNew = firstNewColumn(sheet, old);
  const found: Found[] = [];
  for (const [row, cells] of old) {
    for (const [column, cell] of cells) {
      const inside = row <= rows && column <= columns;
      if (inside && (firstNew === null || column < firstNew)) continue;
      const target = inside ? null : { row, column };
      found.push({ row, column, target, cell: specCell(cell, 0, 0), numFmt: cell.numFmt, overEntry: false });
    }
  }
  return found;
}

/** The first of the table's columns past the last header the old book has, or null when it has the last one (or none). */
function firstNewColumn(sheet: SheetSpec, old: SheetCells): number | null {
  const header = old.get(1);
  const names = sheet.table?.columns ?? [];
  if (header === undefined) return null;
  for (let column = names.length; column > 0; column--) {
    if (textOf(header.get(column)?.value ?? null) === names[column - 1]) return column < names.length ? column + 1 : null;
  }
  return null;
}

/**
 * Thực hiện: columns that are not ours, and rows past the table, go with
 * their row (by unit + target), and formulas in our entry columns are kept.
 */
function trackingCells(sheet: SheetSpec, book: TrackingBook, old: SheetCells): Found[] {
  const header = findTrackingHeader(old);
  const newHeader = findTrackingHeader(specCells(sheet));
  if (header === null || newHeader === null) return [];
  const ours = new Set([...header.columns].filter(([name]) => newHeader.columns.has(name)).map(([, column]) => column));
  const entryColumns = new Map(
    ENTRY_HEADERS.flatMap((name) => {
      const from = header.columns.get(name);
      const to = newHeader.columns.get(name);
      return from === undefined || to === undefined ? [] : [[from, to] as const];
    }),
  );
  const newRows = newRowsByKey(sheet, newHeader.row, newHeader.columns);
  const keyAt = new Map(book.rows.map((row) => [row.sheetRow, entryKey(row.unitCode, row.targetId)]));
  const lastOld = largest(book.rows.map((row) => row.sheetRow), header.row);
  const lastNew = Math.max(newHeader.row, ...newRows.values());
  const rowFor = (row: number): number | null => {
    if (row === header.row) return newHeader.row;
    const key = keyAt.get(row);
    if (key !== undefined) return newRows.get(key) ?? null;
    // Below the table, the same distance below it; elsewhere (above it, a row without codes) in place.
    return row > lastOld ? row - lastOld + lastNew : row;
  };
  const found: Found[] = [];
  for (const [row, cells] of old) {
    const keyed = row > header.row && keyAt.has(row);
    for (const [column, cell] of cells) {
      const entryColumn = entryColumns.get(column);
      // Rows inside the table without codes were reported by the reader; their cells in our columns are ours.
      const userCell = !ours.has(column) || row < header.row || row > lastOld;
      const entryFormula = keyed && entryColumn !== undefined && cell.formulaText !== undefined;
      if (!userCell && !entryFormula) continue;
      const to = rowFor(row);
      const target = to === null ? null : { row: to, column: entryFormula && entryColumn !== undefined ? entryColumn : column };
      const moved = target === null ? { rows: 0, columns: 0 } : { rows: target.row - row, columns: target.column - column };
      const spec = specCell(cell, moved.rows, moved.columns);
      if (entryFormula && target !== null && isFormula(at(sheet, target.row, target.column))) continue; // a rate's Giá trị: ours
      found.push({ row, column, target, cell: spec, numFmt: cell.numFmt, overEntry: entryFormula });
    }
  }
  return found;
}

/** The new sheet's rows by unit + target, read from its cells under the header. */
function newRowsByKey(sheet: SheetSpec, headerRow: number, columns: Map<string, number>): Map<string, number> {
  const unit = columns.get(TRACKING_HEADER.unitCode);
  const target = columns.get(TRACKING_HEADER.targetId);
  const rows = new Map<string, number>();
  if (unit === undefined || target === undefined) return rows;
  for (let row = headerRow + 1; row <= sheet.cells.length; row++) {
    const cells = sheet.cells[row - 1];
    const key = entryKey(textOf(literal(cells[unit - 1])), textOf(literal(cells[target - 1])));
    if (!rows.has(key)) rows.set(key, row);
  }
  return rows;
}

function literal(cell: SpecCell | undefined): string | number | null | { error: string } {
  if (cell === undefined) return null;
  return isFormula(cell) ? cell.result : cell;
}

/** The spec's cells as a reader sees them, for finding its header. */
function specCells(sheet: SheetSpec): SheetCells {
  const cells: SheetCells = new Map();
  sheet.cells.forEach((row, r) => {
    if (r >= 20) return;
    cells.set(r + 1, new Map(row.map((cell, c) => [c + 1, { value: literal(cell), formula: isFormula(cell) }])));
  });
  return cells;
}

/** An old cell as the new book writes it: formulas moved with it, values as they are. */
function specCell(cell: BookCell, rows: number, columns: number): SpecCell {
  if (cell.formulaText === undefined) return cell.value;
  const result = cell.value === null ? "" : typeof cell.value === "object" ? cell.value.error : cell.value;
  return { formula: slideFormula(cell.formulaText, rows, columns), result };
}

function at(sheet: SheetSpec, row: number, column: number): SpecCell {
  return sheet.cells[row - 1]?.[column - 1] ?? null;
}

function isEmpty(cell: SpecCell): boolean {
  return cell === null || cell === "";
}

/** The sheet with `placed` cells written, left unlocked so people can keep editing them on the protected sheet. */
function withCells(sheet: SheetSpec, placed: readonly Placed[]): SheetSpec {
  const cells = sheet.cells.map((row) => [...row]);
  for (const { row, column, cell } of placed) {
    while (cells.length < row) cells.push([]);
    const line = cells[row - 1];
    while (line.length < column) line.push(null);
    line[column - 1] = cell;
  }
  const ranges = placed.map(({ row, column }) => rangeAddress(column, row, column, row));
  const byFormat = new Map<string, string[]>();
  for (const { row, column, numFmt } of placed) {
    if (numFmt === undefined) continue;
    const at = byFormat.get(numFmt) ?? [];
    at.push(rangeAddress(column, row, column, row));
    byFormat.set(numFmt, at);
  }
  const numberFormats = [...byFormat].map(([numFmt, at]) => ({ ranges: at, style: { numFmt } }));
  return { ...sheet, cells, formats: [...sheet.formats, { ranges, style: { locked: false } }, ...numberFormats] };
}
