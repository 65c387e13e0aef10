// One sheet of the preview as the grid draws it: how far it reaches, each
// cell's style (the spec's layered formats resolved by src/workbook/style-grid.ts,
// as the .xlsx host writes them), its conditional colour, whether it takes input and
// which validation applies. Computed once per SheetSpec object: sheets are
// replaced, never changed in place, so a view never goes stale.

import type { CellValue } from "../domain/tracking";
import { parseRange } from "../workbook/a1";
import type { CellStyle, ConditionalRule, SheetSpec, SpecCell, ValidationSpec } from "../workbook/spec";
import { cellValue } from "./cells";
import { matchingRule, type PreparedFormat, prepareFormats } from "./conditional";
import { sheetReach, styleGrid } from "../workbook/style-grid";

/** A blank sheet shows at least this much grid, so there is room to paste a list. */
export const PLAIN_MIN_ROWS = 40;
export const PLAIN_MIN_COLUMNS = 12;

type Range = ReturnType<typeof parseRange>;

const inside = (range: Range, row: number, column: number): boolean =>
  row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;

export class SheetView {
  readonly rows: number;
  readonly columns: number;
  private readonly styleIds: Int32Array;
  private readonly styles: CellStyle[];
  private readonly conditional: PreparedFormat[];
  private readonly validations: { ranges: Range[]; rule: ValidationSpec }[];
  private readonly merges: Range[];

  constructor(readonly sheet: SheetSpec) {
    let { rows, columns } = sheetReach(sheet, sheet.columns.length);
    if (isPlain(sheet)) {
      // Like Excel's endless grid: a little room past the last cell.
      rows = Math.max(PLAIN_MIN_ROWS, rows + 10);
      columns = Math.max(PLAIN_MIN_COLUMNS, columns + 2);
    }
    this.rows = rows;
    this.columns = columns;

    const grid = styleGrid(sheet, rows, columns);
    this.styleIds = grid.ids;
    this.styles = grid.styles;
    this.conditional = prepareFormats(sheet.conditionalFormats);
    this.validations = sheet.validations.map((rule) => ({ ranges: rule.ranges.map(parseRange), rule }));
    this.merges = (sheet.merges ?? []).map(parseRange);
  }

  /** The merged range a cell belongs to, if any (its top-left cell shows the value). */
  merge(row: number, column: number): Range | null {
    return this.merges.find((range) => inside(range, row, column)) ?? null;
  }

  cell(row: number, column: number): SpecCell | undefined {
    return this.sheet.cells[row - 1]?.[column - 1];
  }

  /** What formulas see in a cell: a literal or a formula's result; null when empty. */
  readonly value = (row: number, column: number): CellValue => cellValue(this.cell(row, column));

  style(row: number, column: number): CellStyle {
    if (row < 1 || column < 1 || row > this.rows || column > this.columns) return this.styles[0];
    return this.styles[this.styleIds[(row - 1) * this.columns + (column - 1)]];
  }

  /** The conditional-format rule colouring the cell, if one holds. */
  highlight(row: number, column: number): ConditionalRule | null {
    if (this.conditional.length === 0) return null;
    return matchingRule(this.conditional, row, column, this.value);
  }

  /** A protected sheet takes input only in cells a format unlocks (entry cells, notes, settings). */
  editable(row: number, column: number): boolean {
    if (this.sheet.protection === null) return true;
    return this.style(row, column).locked === false;
  }

  validation(row: number, column: number): ValidationSpec | null {
    return this.validationAt(row, column)?.rule ?? null;
  }

  /** The cell's validation and the cell its formula is written for (the first range's top-left). */
  validationAt(row: number, column: number): { rule: ValidationSpec; anchor: { row: number; column: number } } | null {
    const found = this.validations.find(({ ranges }) => ranges.some((range) => inside(range, row, column)));
    if (!found) return null;
    const first = found.ranges[0];
    return { rule: found.rule, anchor: { row: first?.top ?? row, column: first?.left ?? column } };
  }

  /** A protected sheet: Tab goes from entry cell to entry cell. */
  get protected(): boolean {
    return this.sheet.protection !== null;
  }

  isHidden(column: number): boolean {
    return this.sheet.columns[column - 1]?.hidden === true;
  }
}

/** A sheet the user made (or the blank first sheet), not one of the tracking book's. */
export function isPlain(sheet: SheetSpec): boolean {
  return sheet.protection === null && sheet.table === null && sheet.formats.length === 0;
}

const views = new WeakMap<SheetSpec, SheetView>();

export function viewOf(sheet: SheetSpec): SheetView {
  let view = views.get(sheet);
  if (!view) {
    view = new SheetView(sheet);
    views.set(sheet, view);
  }
  return view;
}
