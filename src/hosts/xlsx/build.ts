// Builds the ExcelJS workbook for a WorkbookSpec, applying it as written —
// tables, formulas with their cached results, styles, conditional formats,
// validations, protection, print setup and the very hidden sheet. No Node
// imports: the CLI packs the result with Node's zlib (./write.ts), the
// browser preview with ExcelJS's own writer (./write-browser.ts).

import ExcelJS from "exceljs";
import { cellAddress, parseRange, slideFormula } from "../../workbook/a1";
import { type CellStyle, isFormula, type SheetSpec, type SpecCell, type WorkbookSpec } from "../../workbook/spec";
import { assertWritable } from "../../workbook/spec-check";
import { sheetReach, styleGrid } from "../../workbook/style-grid";
import { fileFormula } from "./file-formula";

/** ExcelJS has `worksheet.dataValidations` but its typings leave it out. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFA6A6A6" } };

/** A spec cell as ExcelJS takes it; `address` is where it goes, which an array formula names as its range. */
function toExcelValue(cell: SpecCell, address: string): ExcelJS.CellValue {
  if (cell === null) return null;
  if (isFormula(cell)) {
    const formula = fileFormula(cell.formula);
    // A one-cell array formula ({=…} in Excel): what older Excel needs to compute IF over ranges (SpecFormula.array).
    if (cell.array) return { formula, result: cell.result, shareType: "array", ref: address } as ExcelJS.CellFormulaValue;
    return { formula, result: cell.result } as ExcelJS.CellFormulaValue;
  }
  if (typeof cell === "object") return { error: cell.error } as ExcelJS.CellErrorValue;
  // Strings stay strings: ExcelJS writes them as text, never as formulas.
  return cell;
}

function toExcelStyle(style: CellStyle, font: WorkbookSpec["font"]): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  const excelFont: Partial<ExcelJS.Font> = { name: font.name, size: style.size ?? font.size };
  if (style.bold) excelFont.bold = true;
  if (style.italic) excelFont.italic = true;
  if (style.color) excelFont.color = { argb: argb(style.color) };
  result.font = excelFont;
  if (style.fill) result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.wrap) alignment.wrapText = true;
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (Object.keys(alignment).length > 0) result.alignment = alignment;
  if (style.border) result.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numFmt) result.numFmt = style.numFmt;
  if (style.locked === false) result.protection = { locked: false };
  return result;
}

/** The sheet's styles cell by cell; cells share style objects, so ExcelJS writes each distinct style once. */
function applyStyles(worksheet: ExcelJS.Worksheet, sheet: SheetSpec, font: WorkbookSpec["font"]): void {
  const { rows, columns } = sheetReach(sheet);
  const { ids, styles: composed } = styleGrid(sheet, rows, columns);
  const styles = composed.map((style) => toExcelStyle(style, font));
  for (let r = 1; r <= rows; r++) {
    const cellsOfRow = sheet.cells[r - 1] ?? [];
    for (let c = 1; c <= columns; c++) {
      const id = ids[(r - 1) * columns + (c - 1)];
      const value = cellsOfRow[c - 1];
      if (id === 0 && (value === null || value === undefined)) continue;
      worksheet.getCell(r, c).style = styles[id];
    }
  }
}

/**
 * Turns runs of same-shaped formulas down a column into one shared formula:
 * the first cell keeps the text, the others point at it. A 30,000-row sheet
 * then stores each formula once per run instead of once per cell.
 */
function shareFormulas(cells: SpecCell[][]): ExcelJS.CellValue[][] {
  const runs: { shape: string; master: string; row: number }[] = [];
  return cells.map((row, r) =>
    row.map((cell, c) => {
      if (!isFormula(cell) || cell.shape === undefined || cell.array) {
        runs[c] = { shape: "", master: "", row: -1 };
        return toExcelValue(cell, cellAddress(c + 1, r + 1));
      }
      const run = runs[c];
      if (run && run.shape === cell.shape && run.row === r - 1) {
        run.row = r;
        return { sharedFormula: run.master, result: cell.result } as ExcelJS.CellSharedFormulaValue;
      }
      runs[c] = { shape: cell.shape, master: cellAddress(c + 1, r + 1), row: r };
      return toExcelValue(cell, runs[c].master);
    }),
  );
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const values = shareFormulas(sheet.cells);
  // The table writes its header and rows into the cells itself; cells beside or below it (a user's, carried
  // over by a rewrite, see src/workbook/carry.ts) are written one by one like any other sheet's.
  const { right, bottom } = sheet.table ? parseRange(sheet.table.ref) : { right: 0, bottom: 0 };
  if (sheet.table) {
    const [header, ...rows] = values.slice(0, bottom).map((row) => Array.from({ length: right }, (_, c) => row[c] ?? null));
    worksheet.addTable({
      name: sheet.table.name,
      ref: sheet.table.ref.split(":")[0],
      headerRow: true,
      totalsRow: false,
      style: { theme: sheet.table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: sheet.table.rowStripes },
      columns: sheet.table.columns.map((name) => ({ name, filterButton: true })),
      rows: rows.map((row) => header.map((_, c) => row[c] ?? null)),
    });
  }
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && (r >= bottom || c >= right)) worksheet.getCell(r + 1, c + 1).value = value;
    });
  });
}

async function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec, spec: WorkbookSpec): Promise<void> {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.visibility,
    views: sheet.freeze ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
  });
  // ExcelJS leaves out columns whose width equals its default (9), so that
  // default must also be the sheet's, or Excel would use its own 8.43.
  worksheet.properties.defaultColWidth = 9;
  sheet.columns.forEach((column, i) => {
    const excelColumn = worksheet.getColumn(i + 1);
    excelColumn.width = column.width;
    if (column.hidden) excelColumn.hidden = true;
  });
  writeCells(worksheet, sheet);
  applyStyles(worksheet, sheet, spec.font);
  for (const [row, height] of Object.entries(sheet.rowHeights)) worksheet.getRow(Number(row)).height = height;
  // After the styles, and without ExcelJS copying the top-left style over: each merged cell keeps its own borders.
  for (const range of sheet.merges ?? []) worksheet.mergeCellsWithoutStyle(range);

  let priority = 1;
  for (const format of sheet.conditionalFormats) {
    worksheet.addConditionalFormatting({
      ref: format.ranges.join(" "),
      rules: format.rules.map((rule) => ({
        type: "expression",
        priority: priority++,
        formulae: [rule.formula],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
          font: { color: { argb: argb(rule.color) } },
        },
      })),
    });
  }

  const validations = (worksheet as unknown as WithValidations).dataValidations;
  for (const validation of sheet.validations) {
    const rule: ExcelJS.DataValidation = {
      type: validation.type,
      // A custom rule has no operator; its one formula is the rule.
      ...(validation.type === "custom" ? {} : { operator: validation.operator }),
      formulae: validation.formulae,
      allowBlank: validation.allowBlank,
      showInputMessage: true,
      promptTitle: validation.promptTitle,
      prompt: validation.prompt,
      showErrorMessage: true,
      errorStyle: validation.errorStyle ?? "stop",
      errorTitle: validation.errorTitle,
      error: validation.error,
    };
    const { formula } = validation;
    if (formula === undefined) {
      for (const range of validation.ranges) validations.add(range, rule);
      continue;
    }
    // Each range is its own <dataValidation>, whose formula is read from its own top-left cell.
    const origin = parseRange(validation.ranges[0]);
    for (const range of validation.ranges) {
      const area = parseRange(range);
      const moved = slideFormula(formula, area.top - origin.top, area.left - origin.left);
      validations.add(range, { ...rule, formulae: [fileFormula(moved)] });
    }
  }

  if (sheet.page) {
    const { page } = sheet;
    worksheet.pageSetup = {
      paperSize: 9, // A4
      orientation: page.orientation,
      fitToPage: true,
      fitToWidth: page.fitToWidth,
      fitToHeight: 0,
      horizontalCentered: false,
      margins: page.margins,
      ...(page.printTitleRows ? { printTitlesRow: page.printTitleRows } : {}),
      ...(page.firstPageNumber !== undefined ? { firstPageNumber: page.firstPageNumber } : {}),
    };
    worksheet.headerFooter = {
      oddHeader: page.header,
      oddFooter: page.footer,
      ...(page.firstHeader !== undefined ? { differentFirst: true, firstHeader: page.firstHeader, firstFooter: page.footer } : {}),
    };
  }

  if (sheet.protection) {
    const allow = sheet.protection;
    // No password: the protection guards formulas from slips, users may lift it.
    await worksheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      sort: allow.allowSort,
      autoFilter: allow.allowAutoFilter,
      formatColumns: allow.allowFormatColumns,
      formatRows: allow.allowFormatRows,
    });
  }
}

/** The spec as an ExcelJS workbook, ready to be written by either packer. */
export async function buildExcelWorkbook(spec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  // What Excel would refuse on opening (a row over 409 pt, a clashing name) is refused here, before any file exists.
  assertWritable(spec);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Chỉ tiêu kế hoạch";
  workbook.calcProperties.fullCalcOnLoad = spec.recalculateOnOpen;
  for (const sheet of spec.sheets) await writeSheet(workbook, sheet, spec);
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, spec.activeSheet), visibility: "visible" },
  ];
  return workbook;
}
