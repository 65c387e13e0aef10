// A sheet's layered formats resolved into one style per cell, as Excel
// applies them: later formats override earlier ones property by property.
// The .xlsx host writes from it and the preview draws from it, so both show
// the same cell the same way.

import { parseRange } from "./a1";
import type { CellStyle, SheetSpec } from "./spec";
import { largest } from "../domain/largest";

/** How far a sheet's cells and formats reach; at least `minColumns` wide. */
export function sheetReach(sheet: SheetSpec, minColumns = 0): { rows: number; columns: number } {
  let rows = sheet.cells.length;
  let columns = largest(sheet.cells.map((row) => row.length), minColumns);
  for (const format of sheet.formats) {
    for (const range of format.ranges.map(parseRange)) {
      rows = Math.max(rows, range.bottom);
      columns = Math.max(columns, range.right);
    }
  }
  return { rows, columns };
}

/**
 * Each cell's style id (row-major, `columns` wide; 0 is the empty style) and
 * the styles. Cells share style objects and composing is memoised, so 30,000
 * rows cost a lookup per cell.
 */
export function styleGrid(sheet: SheetSpec, rows: number, columns: number): { ids: Int32Array; styles: CellStyle[] } {
  const ids = new Int32Array(rows * columns);
  const styles: CellStyle[] = [{}];
  const memo = new Map<string, number>();
  sheet.formats.forEach((format, f) => {
    for (const range of format.ranges.map(parseRange)) {
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          const index = (r - 1) * columns + (c - 1);
          const key = `${ids[index]}|${f}`;
          let id = memo.get(key);
          if (id === undefined) {
            id = styles.length;
            styles.push({ ...styles[ids[index]], ...format.style });
            memo.set(key, id);
          }
          ids[index] = id;
        }
      }
    }
  });
  return { ids, styles };
}
