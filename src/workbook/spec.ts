// The workbook as plain data: what every sheet holds, cell for cell, and how
// it looks and behaves. Hosts apply it: ExcelJS for .xlsx files
// (src/hosts/xlsx/write.ts) and, later, Office.js inside Excel. Nothing here
// knows about either, so a spec can be built, tested and diffed anywhere.

/** A literal cell: a string is always text, never a formula, whatever it starts with. */
export type SpecLiteral = string | number | null | { error: string };

/**
 * A formula in English function names and A1 references, without the leading
 * "=", and the result the TypeScript engine computed for it, so the value
 * shows before any recalculation ("" for an empty-looking result).
 */
export interface SpecFormula {
  formula: string;
  result: string | number;
  /**
   * Formulas with the same shape hold the same formula relative to their row
   * (they differ only in row numbers). A run of them down one column may be
   * written as one shared formula (ExcelJS) or one R1C1 formula (Office.js).
   */
  shape?: string;
  /**
   * The formula computes over arrays (IF over ranges) and returns one value.
   * Excel before dynamic arrays (2019 and older) does that only for an array
   * formula (Ctrl+Shift+Enter), so the .xlsx host writes it as one; Office.js
   * needs nothing, as every Excel the add-in runs in has dynamic arrays.
   */
  array?: boolean;
}

export type SpecCell = SpecLiteral | SpecFormula;

/** The widest row's length (a loop: a sheet may have more rows than a spread can pass). */
export function sheetWidth(sheet: { cells: readonly (readonly unknown[])[] }): number {
  let width = 0;
  for (const row of sheet.cells) if (row.length > width) width = row.length;
  return width;
}

export function isFormula(cell: SpecCell): cell is SpecFormula {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** Colors are "RRGGBB". Unset properties inherit from earlier formats. */
export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; the workbook font otherwise. */
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  /** Thin borders on all four sides. */
  border?: boolean;
  /** Cells are locked unless a format says `locked: false` (entry cells). */
  locked?: boolean;
}

/** A style applied to ranges; later formats override earlier ones property by property. */
export interface RangeFormat {
  ranges: string[];
  style: CellStyle;
}

export interface ColumnSpec {
  /** Width in characters of the default font. */
  width: number;
  hidden?: boolean;
}

export interface TableSpec {
  name: string;
  /** Header row included, e.g. "A1:Q301". */
  ref: string;
  /** Header names, which are also the header row's cells. */
  columns: string[];
  /** A built-in table style; the header look is also set by formats so hosts without table styles agree. */
  style: string;
  rowStripes: boolean;
}

export interface ConditionalRule {
  /** An expression relative to the first range's top-left cell, e.g. `$N2="Đạt"`. */
  formula: string;
  fill: string;
  color: string;
}

export interface ConditionalFormat {
  ranges: string[];
  rules: ConditionalRule[];
}

export interface ValidationSpec {
  /** Bounded ranges (never whole columns). */
  ranges: string[];
  /** "custom": `formula` decides; `operator` and `formulae` are then unused. */
  type: "whole" | "decimal" | "custom";
  operator: "greaterThanOrEqual" | "between";
  formulae: number[];
  /**
   * Only for "custom": TRUE for a value the cell accepts, an expression
   * relative to the first range's top-left cell (as `ConditionalRule.formula`),
   * without the leading "=". Hosts move it for each other range.
   */
  formula?: string;
  /**
   * What Excel does with a value the rule does not accept: "stop" refuses it
   * (the default), "warning" asks and keeps it if the person says so.
   */
  errorStyle?: "stop" | "warning";
  allowBlank: boolean;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface ProtectionSpec {
  /** No password: users may unprotect. */
  allowSort: boolean;
  allowAutoFilter: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
}

export interface PageSpec {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** Fit to this many pages wide; as many pages tall as needed. */
  fitToWidth: number;
  /** Rows repeated at the top of every printed page, e.g. "1:1". */
  printTitleRows: string | null;
  /** Header and footer in Excel's &-codes (&A sheet name, &P page, &N pages). */
  header: string;
  footer: string;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Number of the sheet's first printed page, so the sheet is numbered on its own (appendices); unset continues the workbook's count. */
  firstPageNumber?: number;
  /** A different header on the first page ("" hides the page number there, as Nghị định 30/2020 asks); unset uses `header`. */
  firstHeader?: string;
}

/** Excel's tallest row, in points: taller fails in Office.js and is cut to this by Excel on opening a file. */
export const MAX_ROW_HEIGHT = 409;

export interface SheetSpec {
  name: string;
  visibility: "visible" | "veryHidden";
  /** Cells from A1, row by row; rows may be shorter than others. */
  cells: SpecCell[][];
  columns: ColumnSpec[];
  /** Row heights in points by 1-based row number; rows not listed keep the default. */
  rowHeights: Record<number, number>;
  formats: RangeFormat[];
  table: TableSpec | null;
  /** Rows and columns kept in view while scrolling. */
  freeze: { rows: number; columns: number } | null;
  conditionalFormats: ConditionalFormat[];
  validations: ValidationSpec[];
  protection: ProtectionSpec | null;
  page: PageSpec | null;
  /**
   * Users type into this sheet (entries, settings): a host rewriting it in
   * place keeps its cells as they were until the new ones are all written,
   * so a write that stops part-way loses nothing (src/workbook/model.ts, Journal).
   */
  userEntries?: boolean;
  /**
   * Entry cells (A1) whose content in this spec is new, not read from the
   * book it is written over (figures collected from a school's return): a
   * rebuild (`entriesFromBook`) writes these even in a row that otherwise
   * stays as it was, while other entry cells there keep what they hold.
   */
  newEntries?: string[];
  /** Merged ranges ("A1:C1"); the top-left cell holds the value, every cell keeps its own style (borders). */
  merges?: string[];
}

export interface WorkbookSpec {
  /**
   * The entries in the spec were read from the book it is written over
   * (a rebuild): a host rewriting in place leaves entry cells of rows that
   * stay as they are, so a figure typed since the read is not written over.
   */
  entriesFromBook?: boolean;
  /** Version of the layout and hidden model; readers refuse newer ones. */
  schemaVersion: number;
  font: { name: string; size: number };
  sheets: SheetSpec[];
  /** Index of the sheet shown when the file opens. */
  activeSheet: number;
  /** Ask Excel to recalculate every formula when the file opens. */
  recalculateOnOpen: boolean;
}

/** A blank visible sheet, as a new workbook has; described sheets start from it. */
export function plainSheet(name: string, cells: SpecCell[][] = []): SheetSpec {
  return {
    name,
    visibility: "visible",
    cells,
    columns: [],
    rowHeights: {},
    formats: [],
    table: null,
    freeze: null,
    conditionalFormats: [],
    validations: [],
    protection: null,
    page: null,
  };
}
