// Cells people added to Tổng hợp in a book made before its last column
// ("Đơn vị thiếu mẫu số"): what sat in that column was theirs, and a rewrite
// writes there now, so those cells are named rather than dropped; cells
// below the table still go back in place.

import { writeXlsx } from "../../src/hosts/xlsx/write";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { columnLetter } from "../../src/workbook/a1";
import type { BookCell, SheetCells } from "../../src/workbook/book";
import { carryUserCells } from "../../src/workbook/carry";
import { describeWorkbook } from "../../src/workbook/describe";
import { columnIndex, SHEET, SUMMARY_COLUMNS } from "../../src/workbook/layout";
import { isFormula, type SheetSpec, type WorkbookSpec } from "../../src/workbook/spec";
import { sampleUnits, seedPlan } from "../helpers/tracking-fixture";

/** A spec sheet's cells as a reader gives them, without `dropColumn` (as the book was before it had that column). */
function cellsOf(sheet: SheetSpec, dropColumn: number | null): SheetCells {
  const cells: SheetCells = new Map();
  sheet.cells.forEach((row, r) => {
    const line = new Map<number, BookCell>();
    row.forEach((cell, c) => {
      if (cell === null || c + 1 === dropColumn) return;
      line.set(c + 1, isFormula(cell) ? { value: cell.result === "" ? null : cell.result, formula: true, formulaText: cell.formula } : { value: cell as string | number, formula: false });
    });
    if (line.size > 0) cells.set(r + 1, line);
  });
  return cells;
}

const summaryOf = (spec: WorkbookSpec): SheetSpec => spec.sheets.find((sheet) => sheet.name === SHEET.summary) as SheetSpec;

describe("carrying a user's cells into Tổng hợp's new last column", () => {
  const plan = seedPlan("bac-son-2024-2025");
  const spec = describeWorkbook(plan, sampleUnits(4));
  const column = columnIndex(SUMMARY_COLUMNS).lackingDenominator;
  const bottom = summaryOf(spec).cells.length;

  it("names the cells the old book had in that column, puts back those below the table", async () => {
    const book = await readTrackingWorkbook(await writeXlsx(spec));
    const old = cellsOf(summaryOf(spec), column);
    old.get(1)?.set(column, { value: "Ý kiến lãnh đạo", formula: false });
    old.get(3)?.set(column, { value: "xem lại", formula: false });
    old.set(bottom + 4, new Map([[column, { value: "ghi chú dưới bảng", formula: false }]]));
    const carried = carryUserCells(spec, book, (name) => (name === SHEET.summary ? old : null));
    const letter = columnLetter(column);
    expect(carried.uncarried).toEqual([
      { sheet: SHEET.summary, address: `${letter}1` },
      { sheet: SHEET.summary, address: `${letter}3` },
    ]);
    expect(summaryOf(carried.spec).cells[bottom + 3][column - 1]).toBe("ghi chú dưới bảng");
  });

  it("leaves the column alone in a book that has it", async () => {
    const book = await readTrackingWorkbook(await writeXlsx(spec));
    const old = cellsOf(summaryOf(spec), null);
    const carried = carryUserCells(spec, book, (name) => (name === SHEET.summary ? old : null));
    expect(carried.uncarried).toEqual([]);
    expect(summaryOf(carried.spec)).toBe(summaryOf(spec));
  });
});
