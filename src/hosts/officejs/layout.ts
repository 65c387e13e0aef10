// What Office.js has to send for one sheet of a spec, worked out without
// Excel: the row blocks of the `formulas` arrays, each cell's final number
// format, which text cells need the Text format while they are written, and
// the runs of equal column widths and row heights. Pure, so it is tested and
// reused by the writer without a workbook.

import { columnLetter, parseRange, rangeAddress } from "../../workbook/a1";
import { type SheetSpec, sheetWidth } from "../../workbook/spec";
import { jsonBytes } from "./batch";
import { formulaItem, needsTextFormat } from "./cells";

export const GENERAL = "General";
export const TEXT_FORMAT = "@";

/** A rectangle by 1-based corners. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const areaAddress = (area: Area): string => rangeAddress(area.left, area.top, area.right, area.bottom);

/** The rectangle from A1 that holds every cell and every formatted range: where the workbook font goes. */
export function sheetExtent(sheet: SheetSpec): Area | null {
  let bottom = sheet.cells.length;
  let right = sheetWidth(sheet);
  for (const format of sheet.formats) {
    for (const range of format.ranges) {
      const area = parseRange(range);
      bottom = Math.max(bottom, area.bottom);
      right = Math.max(right, area.right);
    }
  }
  return bottom > 0 && right > 0 ? { top: 1, left: 1, bottom, right } : null;
}

/**
 * The number format each cell ends with: the last format layer that sets
 * one wins, as layers compose in the .xlsx host. Kept for the rectangle the
 * number formats cover, so it is written as 2D arrays rather than a call
 * per layer and range.
 */
export class NumberFormats {
  readonly area: Area | null;
  private readonly grid: string[];

  constructor(sheet: SheetSpec) {
    const layers = sheet.formats.filter((format) => format.style.numFmt !== undefined);
    let area: Area | null = null;
    for (const layer of layers) {
      for (const range of layer.ranges) {
        const r = parseRange(range);
        area = area
          ? {
              top: Math.min(area.top, r.top),
              left: Math.min(area.left, r.left),
              bottom: Math.max(area.bottom, r.bottom),
              right: Math.max(area.right, r.right),
            }
          : { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
      }
    }
    this.area = area;
    const width = area ? area.right - area.left + 1 : 0;
    this.grid = area ? new Array<string>((area.bottom - area.top + 1) * width).fill(GENERAL) : [];
    if (!area) return;
    for (const layer of layers) {
      const numFmt = layer.style.numFmt as string;
      for (const range of layer.ranges) {
        const r = parseRange(range);
        for (let row = r.top; row <= r.bottom; row++) {
          const base = (row - area.top) * width - area.left;
          for (let column = r.left; column <= r.right; column++) this.grid[base + column] = numFmt;
        }
      }
    }
  }

  at(row: number, column: number): string {
    const area = this.area;
    if (!area || row < area.top || row > area.bottom || column < area.left || column > area.right) return GENERAL;
    return this.grid[(row - area.top) * (area.right - area.left + 1) + (column - area.left)];
  }
}

/** A run of cells down one column. */
export interface ColumnRun {
  column: number;
  top: number;
  bottom: number;
}

/** Cells of one block that need the Text format while written, as runs down their columns. */
function textRuns(sheet: SheetSpec, top: number, bottom: number): ColumnRun[] {
  const runs: ColumnRun[] = [];
  const open = new Map<number, ColumnRun>();
  for (let row = top; row <= bottom; row++) {
    const cells = sheet.cells[row - 1] ?? [];
    cells.forEach((cell, i) => {
      if (!needsTextFormat(cell)) return;
      const column = i + 1;
      const run = open.get(column);
      if (run && run.bottom === row - 1) run.bottom = row;
      else {
        const created = { column, top: row, bottom: row };
        runs.push(created);
        open.set(column, created);
      }
    });
  }
  return runs;
}

/** One block of rows, written with one `formulas` array. */
export interface CellBlock {
  top: number;
  bottom: number;
  /** The block's `formulas` array, `columns` wide; empty when the block is below the last row of cells. */
  items: (string | number)[][];
  /** Estimated JSON bytes of `items`. */
  bytes: number;
  /** Text cells written under the Text format, then given their own format back. */
  textRuns: ColumnRun[];
}

/**
 * The sheet's cells in row blocks of about `pieceBytes` of JSON each, so a
 * block always fits a request. Rows are padded to the sheet's width: a
 * `formulas` array must be rectangular, and "" leaves a cell empty.
 */
export function cellBlocks(sheet: SheetSpec, formats: NumberFormats, pieceBytes: number): CellBlock[] {
  const columns = sheetWidth(sheet);
  const lastRow = Math.max(sheet.cells.length, formats.area?.bottom ?? 0);
  const formatWidth = formats.area ? formats.area.right - formats.area.left + 1 : 0;
  const blocks: CellBlock[] = [];
  let items: (string | number)[][] = [];
  let bytes = 0;
  let top = 1;
  const close = (bottom: number): void => {
    blocks.push({ top, bottom, items, bytes, textRuns: textRuns(sheet, top, bottom) });
    items = [];
    bytes = 0;
    top = bottom + 1;
  };
  for (let row = 1; row <= lastRow; row++) {
    let rowBytes = 0;
    if (row <= sheet.cells.length && columns > 0) {
      const cells = sheet.cells[row - 1];
      const rowItems: (string | number)[] = new Array<string | number>(columns);
      for (let c = 0; c < columns; c++) rowItems[c] = formulaItem(cells[c]);
      items.push(rowItems);
      rowBytes += jsonBytes(rowItems);
    }
    // The number formats of the row: about ten bytes a cell.
    if (formats.area && row >= formats.area.top && row <= formats.area.bottom) rowBytes += formatWidth * 12;
    bytes += rowBytes;
    if (bytes >= pieceBytes || row === lastRow) close(row);
  }
  return blocks;
}

/** The 2D array of final number formats for an area, with "@" where `text` says so. */
export function formatArray(formats: NumberFormats, area: Area, text: (row: number, column: number) => boolean = () => false): string[][] {
  const rows: string[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: string[] = [];
    for (let column = area.left; column <= area.right; column++) line.push(text(row, column) ? TEXT_FORMAT : formats.at(row, column));
    rows.push(line);
  }
  return rows;
}

/** Consecutive columns (1-based) with the same width, as "A:C" addresses. */
export function columnWidthRuns(sheet: SheetSpec): { address: string; width: number }[] {
  const runs: { first: number; last: number; width: number }[] = [];
  sheet.columns.forEach((column, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === column.width && last.last === i) last.last = i + 1;
    else runs.push({ first: i + 1, last: i + 1, width: column.width });
  });
  return runs.map((run) => ({ address: `${columnLetter(run.first)}:${columnLetter(run.last)}`, width: run.width }));
}

/** Hidden columns, as "Q:Q" addresses of consecutive runs. */
export function hiddenColumnRuns(sheet: SheetSpec): string[] {
  const runs: { first: number; last: number }[] = [];
  sheet.columns.forEach((column, i) => {
    if (!column.hidden) return;
    const last = runs[runs.length - 1];
    if (last && last.last === i) last.last = i + 1;
    else runs.push({ first: i + 1, last: i + 1 });
  });
  return runs.map((run) => `${columnLetter(run.first)}:${columnLetter(run.last)}`);
}

/** Consecutive rows with the same height, as "2:5" addresses. */
export function rowHeightRuns(sheet: SheetSpec): { address: string; height: number }[] {
  const rows = Object.keys(sheet.rowHeights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: { first: number; last: number; height: number }[] = [];
  for (const row of rows) {
    const height = sheet.rowHeights[row];
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.last === row - 1) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs.map((run) => ({ address: `${run.first}:${run.last}`, height: run.height }));
}
