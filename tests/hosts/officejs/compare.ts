// Compares what the Office.js host left in the fake workbook with what the
// .xlsx host wrote for the same spec (loaded back with ExcelJS), sheet by
// sheet and cell by cell. Both sides are brought to one neutral form first:
// colours as RRGGBB, column widths in characters (points converted back, to
// the pixel), margins in inches, alignments in the file's words, merged
// ranges as sorted A1 addresses (a cell a merge covers holds nothing of its
// own: ExcelJS shows it with its master's value), the first page's number
// and header/footer only where a sheet sets them.
//
// Formulas are compared as Excel shows them: without the "_xlfn." the file
// puts before newer functions (src/hosts/xlsx/file-formula.ts).
//
// One documented allowance: Office.js sets the workbook font on the whole
// rectangle of a sheet's content in one call, while the .xlsx host styles
// only cells with a value or a format. A cell that is empty and unstyled in
// the .xlsx may therefore carry the spec's font face and size in Excel, and
// nothing else; its font is the only thing not compared.

import ExcelJS from "exceljs";
import { shiftFormula } from "../../../src/hosts/officejs/cells";
import { pointsToWidth, splitHeader } from "../../../src/hosts/officejs/excel-units";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import {
  type Area,
  cellName,
  type FakeBorder,
  type FakeHeaderSections,
  type FakeSheet,
  type FakeWorkbookState,
  letters,
  parseAddress,
} from "../../helpers/fake-excel";

type Literal = string | number | boolean | { error: string } | null;

interface CellLook {
  literal: Literal;
  /** Without "=". */
  formula: string | null;
  numFmt: string;
  fontName: string | null;
  fontSize: number | null;
  bold: boolean;
  italic: boolean;
  color: string | null;
  fill: string | null;
  hAlign: string | null;
  vAlign: string | null;
  wrap: boolean;
  border: [string | null, string | null, string | null, string | null];
  locked: boolean;
  /** Whether the .xlsx gave the cell a style at all (always true on the Excel side). */
  styled: boolean;
}

interface CfLook {
  range: string;
  formula: string;
  fill: string;
  color: string;
}

interface PageLook {
  paper: string;
  orientation: string;
  fitToWidth: number;
  fitToHeight: number;
  margins: Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>;
  printTitleRows: string | null;
  header: ReturnType<typeof splitHeader>;
  footer: ReturnType<typeof splitHeader>;
  /** null: automatic, the workbook's count goes on. */
  firstPageNumber: number | null;
  /** The first page's own header and footer; null when page 1 prints the others. */
  firstPage: { header: ReturnType<typeof splitHeader>; footer: ReturnType<typeof splitHeader> } | null;
}

interface SheetLook {
  name: string;
  visibility: "visible" | "veryHidden" | "hidden";
  cell(row: number, column: number): CellLook;
  extent: { rows: number; columns: number };
  /** Characters, for the spec's columns; null when the column has the program's default width. */
  widths: (number | null)[];
  hidden: boolean[];
  rowHeights: Map<number, number>;
  table: { name: string; ref: string; columns: string[]; style: string; rowStripes: boolean } | null;
  conditionalFormats: CfLook[];
  validations: Map<string, string>;
  protection: Record<string, boolean> | null;
  freeze: { rows: number; columns: number } | null;
  page: PageLook | null;
  /** Merged ranges, sorted. */
  merges: string[];
}

const rgb = (argb: string | undefined): string | null => (argb ? argb.slice(-6).toUpperCase() : null);
const hex = (color: string | undefined): string | null => (color ? color.replace("#", "").toUpperCase() : null);

const EMPTY_LOOK: CellLook = {
  literal: null,
  formula: null,
  numFmt: "General",
  fontName: null,
  fontSize: null,
  bold: false,
  italic: false,
  color: null,
  fill: null,
  hAlign: null,
  vAlign: null,
  wrap: false,
  border: [null, null, null, null],
  locked: true,
  styled: false,
};

/* --- The .xlsx side ---------------------------------------------------------- */

/** A formula of the file as Excel shows it: newer functions without their "_xlfn." prefix. */
export function shownFormula(formula: string): string {
  return formula.replace(/_xlfn\./g, "");
}

function xlsxBorder(edge: Partial<ExcelJS.Border> | undefined): string | null {
  return edge?.style ? `${edge.style}:${rgb(edge.color?.argb) ?? "000000"}` : null;
}

function xlsxCell(worksheet: ExcelJS.Worksheet, row: number, column: number): CellLook {
  const cell = worksheet.getCell(row, column);
  const style = cell.style ?? {};
  let literal: Literal = null;
  let formula: string | null = null;
  // A cell inside a merge (not its top-left) reads as its master in ExcelJS; it holds nothing itself.
  if (cell.type === ExcelJS.ValueType.Merge) literal = null;
  else if (cell.type === ExcelJS.ValueType.Formula) formula = shownFormula(cell.formula);
  else if (cell.type === ExcelJS.ValueType.Error) literal = { error: (cell.value as ExcelJS.CellErrorValue).error };
  else if (cell.type !== ExcelJS.ValueType.Null) literal = cell.value as string | number | boolean;
  const fill = style.fill && style.fill.type === "pattern" && style.fill.pattern === "solid" ? rgb(style.fill.fgColor?.argb) : null;
  return {
    literal,
    formula,
    numFmt: style.numFmt ?? "General",
    fontName: style.font?.name ?? null,
    fontSize: style.font?.size ?? null,
    bold: style.font?.bold === true,
    italic: style.font?.italic === true,
    color: rgb(style.font?.color?.argb),
    fill,
    hAlign: style.alignment?.horizontal ?? null,
    vAlign: style.alignment?.vertical ?? null,
    wrap: style.alignment?.wrapText === true,
    border: [xlsxBorder(style.border?.top), xlsxBorder(style.border?.bottom), xlsxBorder(style.border?.left), xlsxBorder(style.border?.right)],
    locked: style.protection?.locked !== false,
    styled: Object.keys(style).length > 0,
  };
}

/** What ExcelJS loads but leaves out of its typings. */
interface Untyped {
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  tables: Record<string, { table: ExcelJS.TableProperties & { tableRef: string } }>;
  sheetProtection?: Record<string, boolean | undefined>;
  /** Merged ranges by their top-left address. */
  _merges: Record<string, Area>;
}

/** What ExcelJS reads of `<pageSetup>` and `<headerFooter>` beyond its typings. */
interface UntypedPage {
  useFirstPageNumber?: boolean;
}

/**
 * A custom validation formula moved so its first reference is on row 1: each host writes it
 * for the top row of its own range, and ExcelJS reads a range back cell by cell.
 */
function canonicalFormula(formula: string): string {
  const first = /\$?[A-Z]{1,3}\$?(\d+)/.exec(formula);
  return first ? shiftFormula(formula, 1 - Number(first[1]), 0) : formula;
}

function expand(address: string): string[] {
  const area = parseAddress(address.replace(/^range:/, ""));
  const cells: string[] = [];
  for (let row = area.top; row <= area.bottom; row++) for (let column = area.left; column <= area.right; column++) cells.push(cellName(row, column));
  return cells;
}

function xlsxSheet(worksheet: ExcelJS.Worksheet, columns: number): SheetLook {
  const validations = new Map<string, string>();
  const untyped = worksheet as unknown as Untyped;
  for (const [address, rule] of Object.entries(untyped.dataValidations.model)) {
    const look = JSON.stringify({
      type: rule.type,
      operator: rule.type === "custom" ? null : rule.operator,
      // A custom formula as read from the cell's own row: each range's is moved there, in both hosts.
      formulae: rule.type === "custom" ? [canonicalFormula(String(rule.formulae[0]))] : rule.formulae.map(Number),
      allowBlank: rule.allowBlank === true,
      prompt: rule.showInputMessage ? [rule.promptTitle, rule.prompt] : null,
      error: rule.showErrorMessage ? [rule.errorStyle ?? "stop", rule.errorTitle, rule.error] : null,
    });
    for (const cell of expand(address)) validations.set(cell, look);
  }
  const formats: { priority: number; looks: CfLook[] }[] = [];
  for (const format of untyped.conditionalFormattings) {
    const ranges: string[] = format.ref.split(/\s+/);
    const origin = parseAddress(ranges[0]);
    for (const rule of format.rules) {
      if (rule.type !== "expression") throw new Error(`unexpected rule ${rule.type}`);
      const style = rule.style ?? {};
      const fill = style.fill && style.fill.type === "pattern" ? rgb(style.fill.bgColor?.argb) : null;
      formats.push({
        priority: rule.priority ?? 0,
        looks: ranges.map((range) => {
          const area = parseAddress(range);
          return {
            range,
            formula: shiftFormula(rule.formulae?.[0] ?? "", area.top - origin.top, area.left - origin.left),
            fill: fill ?? "",
            color: rgb(style.font?.color?.argb) ?? "",
          };
        }),
      });
    }
  }
  formats.sort((a, b) => a.priority - b.priority);
  const table = Object.values(untyped.tables)[0]?.table;
  const protection = untyped.sheetProtection;
  const view = (worksheet.views ?? [])[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const setup = worksheet.pageSetup;
  const margins = setup.margins;
  const headerFooter = worksheet.headerFooter;
  const rowHeights = new Map<number, number>();
  for (let row = 1; row <= worksheet.rowCount; row++) {
    const height = worksheet.getRow(row).height;
    if (height !== undefined) rowHeights.set(row, height);
  }
  const widths: (number | null)[] = [];
  const hidden: boolean[] = [];
  for (let column = 1; column <= columns; column++) {
    widths.push(worksheet.getColumn(column).width ?? worksheet.properties.defaultColWidth ?? null);
    hidden.push(worksheet.getColumn(column).hidden === true);
  }
  return {
    name: worksheet.name,
    visibility: worksheet.state as SheetLook["visibility"],
    cell: (row, column) => xlsxCell(worksheet, row, column),
    extent: { rows: worksheet.rowCount, columns: worksheet.columnCount },
    widths,
    hidden,
    rowHeights,
    table: table
      ? {
          name: table.name,
          ref: table.tableRef,
          columns: table.columns.map((column) => column.name),
          style: table.style?.theme ?? "",
          rowStripes: table.style?.showRowStripes === true,
        }
      : null,
    conditionalFormats: formats.flatMap((format) => format.looks),
    validations,
    protection: protection?.sheet
      ? {
          sort: protection.sort === true,
          autoFilter: protection.autoFilter === true,
          formatCells: protection.formatCells === true,
          formatColumns: protection.formatColumns === true,
          formatRows: protection.formatRows === true,
          insertColumns: protection.insertColumns === true,
          insertRows: protection.insertRows === true,
          insertHyperlinks: protection.insertHyperlinks === true,
          deleteColumns: protection.deleteColumns === true,
          deleteRows: protection.deleteRows === true,
          pivotTables: protection.pivotTables === true,
          selectLocked: protection.selectLockedCells !== false,
          selectUnlocked: protection.selectUnlockedCells !== false,
          objects: protection.objects !== false,
          scenarios: protection.scenarios !== false,
        }
      : null,
    freeze: view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
    page:
      setup.paperSize !== undefined
        ? {
            paper: setup.paperSize === 9 ? "A4" : String(setup.paperSize),
            orientation: setup.orientation ?? "portrait",
            fitToWidth: setup.fitToWidth ?? 1,
            fitToHeight: setup.fitToHeight ?? 1,
            margins: {
              left: margins?.left ?? NaN,
              right: margins?.right ?? NaN,
              top: margins?.top ?? NaN,
              bottom: margins?.bottom ?? NaN,
              header: margins?.header ?? NaN,
              footer: margins?.footer ?? NaN,
            },
            printTitleRows: setup.printTitlesRow ?? null,
            header: splitHeader(headerFooter.oddHeader ?? ""),
            footer: splitHeader(headerFooter.oddFooter ?? ""),
            firstPageNumber: (setup as UntypedPage).useFirstPageNumber ? (setup.firstPageNumber ?? null) : null,
            firstPage: headerFooter.differentFirst
              ? { header: splitHeader(headerFooter.firstHeader ?? ""), footer: splitHeader(headerFooter.firstFooter ?? "") }
              : null,
          }
        : null,
    merges: Object.values(untyped._merges).map(areaRef).sort(),
  };
}

/* --- The Excel side (the fake's state) -------------------------------------- */

function fakeBorder(border: FakeBorder | undefined): string | null {
  if (!border || border.style === "None") return null;
  const style = border.style === "Continuous" ? border.weight.toLowerCase() : `${border.style}/${border.weight}`;
  return `${style}:${hex(border.color)}`;
}

const H_ALIGN: Record<string, string> = { Left: "left", Center: "center", Right: "right", General: "general" };
const V_ALIGN: Record<string, string> = { Top: "top", Center: "middle", Bottom: "bottom" };

function fakeCell(sheet: FakeSheet, row: number, column: number): CellLook {
  const cell = sheet.cell(row, column);
  if (!cell) return { ...EMPTY_LOOK, styled: true };
  const style = sheet.book.styles.styles[cell.style];
  return {
    literal: cell.formula === null ? cell.value : null,
    formula: cell.formula === null ? null : cell.formula.slice(1),
    numFmt: cell.numberFormat,
    fontName: style.fontName ?? null,
    fontSize: style.fontSize ?? null,
    bold: style.bold === true,
    italic: style.italic === true,
    color: hex(style.fontColor),
    fill: hex(style.fill),
    hAlign: style.hAlign ? (H_ALIGN[style.hAlign] ?? style.hAlign) : null,
    vAlign: style.vAlign ? (V_ALIGN[style.vAlign] ?? style.vAlign) : null,
    wrap: style.wrap === true,
    border: [fakeBorder(style.EdgeTop), fakeBorder(style.EdgeBottom), fakeBorder(style.EdgeLeft), fakeBorder(style.EdgeRight)],
    locked: style.locked !== false,
    styled: true,
  };
}

function fakeSheet(sheet: FakeSheet, columns: number): SheetLook {
  const used = sheet.usedArea(false);
  const validations = new Map<string, string>();
  for (const validation of sheet.validations) {
    const basic = validation.rule.wholeNumber ?? validation.rule.decimal;
    const custom = validation.rule.custom;
    const look = JSON.stringify({
      type: custom ? "custom" : validation.rule.wholeNumber ? "whole" : "decimal",
      operator: custom ? null : basic?.operator === "Between" ? "between" : basic?.operator === "GreaterThanOrEqualTo" ? "greaterThanOrEqual" : basic?.operator,
      formulae: custom
        ? [canonicalFormula(custom.formula.replace(/^=/, ""))]
        : [basic?.formula1, ...(basic?.formula2 === undefined ? [] : [basic.formula2])].map(Number),
      allowBlank: validation.ignoreBlanks,
      prompt: validation.prompt?.showPrompt ? [validation.prompt.title, validation.prompt.message] : null,
      error: validation.errorAlert?.showAlert
        ? [validation.errorAlert.style.toLowerCase(), validation.errorAlert.title, validation.errorAlert.message]
        : null,
    });
    for (let row = validation.area.top; row <= validation.area.bottom; row++) {
      for (let column = validation.area.left; column <= validation.area.right; column++) validations.set(cellName(row, column), look);
    }
  }
  const table = sheet.tables()[0];
  const page = sheet.page;
  const widths: (number | null)[] = [];
  const hidden: boolean[] = [];
  for (let column = 1; column <= columns; column++) {
    const points = sheet.columnWidths.get(column);
    widths.push(points === undefined ? null : pointsToWidth(points));
    hidden.push(sheet.hiddenColumns.has(column));
  }
  const options = sheet.protection.options;
  const pageSet =
    page.paperSize !== "Letter" ||
    page.printTitleRows !== null ||
    page.firstPageNumber !== "" ||
    page.headerState !== "Default" ||
    Object.values(page.headers).some((text) => text !== "");
  const sections = (headers: FakeHeaderSections) => ({
    header: { left: headers.leftHeader, center: headers.centerHeader, right: headers.rightHeader },
    footer: { left: headers.leftFooter, center: headers.centerFooter, right: headers.rightFooter },
  });
  return {
    name: sheet.name,
    visibility: sheet.visibility === "VeryHidden" ? "veryHidden" : sheet.visibility === "Hidden" ? "hidden" : "visible",
    cell: (row, column) => fakeCell(sheet, row, column),
    extent: { rows: used.bottom, columns: used.right },
    widths,
    hidden,
    rowHeights: new Map(sheet.rowHeights),
    table: table
      ? { name: table.name, ref: areaRef(table.area), columns: table.headers, style: table.style, rowStripes: table.showBandedRows }
      : null,
    conditionalFormats: sheet.conditionalFormats.map((format) => ({
      range: areaRef(format.area),
      formula: (format.formula ?? "").replace(/^=/, ""),
      fill: hex(format.fill ?? undefined) ?? "",
      color: hex(format.fontColor ?? undefined) ?? "",
    })),
    validations,
    protection: sheet.protection.protected
      ? {
          sort: options.allowSort === true,
          autoFilter: options.allowAutoFilter === true,
          formatCells: options.allowFormatCells === true,
          formatColumns: options.allowFormatColumns === true,
          formatRows: options.allowFormatRows === true,
          insertColumns: options.allowInsertColumns === true,
          insertRows: options.allowInsertRows === true,
          insertHyperlinks: options.allowInsertHyperlinks === true,
          deleteColumns: options.allowDeleteColumns === true,
          deleteRows: options.allowDeleteRows === true,
          pivotTables: options.allowPivotTables === true,
          selectLocked: options.selectionMode === undefined || options.selectionMode === "Normal",
          selectUnlocked: options.selectionMode !== "None",
          objects: options.allowEditObjects === true,
          scenarios: options.allowEditScenarios === true,
        }
      : null,
    freeze: sheet.freeze,
    page: pageSet
      ? {
          paper: page.paperSize,
          orientation: page.orientation.toLowerCase(),
          fitToWidth: page.zoom.horizontalFitToPages ?? NaN,
          fitToHeight: page.zoom.verticalFitToPages ?? NaN,
          margins: {
            left: page.leftMargin / 72,
            right: page.rightMargin / 72,
            top: page.topMargin / 72,
            bottom: page.bottomMargin / 72,
            header: page.headerMargin / 72,
            footer: page.footerMargin / 72,
          },
          printTitleRows: page.printTitleRows ? `${page.printTitleRows.top}:${page.printTitleRows.bottom}` : null,
          ...sections(page.headers),
          firstPageNumber: page.firstPageNumber === "" ? null : page.firstPageNumber,
          firstPage: page.headerState === "FirstAndDefault" ? sections(page.firstPageHeaders) : null,
        }
      : null,
    merges: sheet.merges.map(areaRef).sort(),
  };
}

const areaRef = (area: Area): string => {
  const start = cellName(area.top, area.left);
  const end = cellName(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
};

/* --- The comparison ---------------------------------------------------------- */

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Pixels Excel draws a column of `characters` (a file width) at: ECMA-376
 * §18.3.1.13 with Calibri 11's 7-pixel digit. Widths agree when they land on
 * the same pixel; Excel cannot show a difference below that.
 */
const pixels = (characters: number): number => Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
const sameWidth = (a: number | null, b: number | null): boolean => a !== null && b !== null && pixels(a) === Math.round(b * 7);

function compareCells(xlsx: SheetLook, excel: SheetLook, differences: string[], limit: number): void {
  const rows = Math.max(xlsx.extent.rows, excel.extent.rows);
  const columns = Math.max(xlsx.extent.columns, excel.extent.columns);
  for (let row = 1; row <= rows; row++) {
    for (let column = 1; column <= columns; column++) {
      if (differences.length >= limit) return;
      const a = xlsx.cell(row, column);
      const b = excel.cell(row, column);
      const where = `${xlsx.name}!${letters(column)}${row}`;
      const keys: (keyof CellLook)[] = ["literal", "formula", "numFmt", "bold", "italic", "color", "fill", "hAlign", "vAlign", "wrap", "border", "locked"];
      // The one allowance (see the top of this file): an empty cell without a style in the .xlsx.
      const plain = !a.styled && a.literal === null && a.formula === null;
      if (!plain) keys.push("fontName", "fontSize");
      for (const key of keys) {
        if (!same(a[key], b[key])) differences.push(`${where} ${key}: xlsx ${JSON.stringify(a[key])}, Excel ${JSON.stringify(b[key])}`);
      }
    }
  }
}

/** Every difference between the two workbooks, as readable lines; [] when they agree. */
export function compareBooks(xlsxBook: ExcelJS.Workbook, excelBook: FakeWorkbookState, spec: WorkbookSpec, limit = 50): string[] {
  const differences: string[] = [];
  const ours = excelBook.sheets.filter((sheet) => spec.sheets.some((specSheet) => specSheet.name === sheet.name));
  const order = (names: string[]): string => names.join(" | ");
  if (order(xlsxBook.worksheets.map((worksheet) => worksheet.name)) !== order(ours.map((sheet) => sheet.name))) {
    differences.push(`sheet order: xlsx ${order(xlsxBook.worksheets.map((w) => w.name))}, Excel ${order(ours.map((s) => s.name))}`);
  }
  for (const sheetSpec of spec.sheets) {
    const worksheet = xlsxBook.getWorksheet(sheetSpec.name);
    const fake = excelBook.sheet(sheetSpec.name);
    if (!worksheet || !fake) {
      differences.push(`${sheetSpec.name}: missing in ${worksheet ? "Excel" : "xlsx"}`);
      continue;
    }
    const a = xlsxSheet(worksheet, sheetSpec.columns.length);
    const b = fakeSheet(fake, sheetSpec.columns.length);
    const at = (what: string): string => `${sheetSpec.name} ${what}`;
    if (a.visibility !== b.visibility) differences.push(at(`visibility: xlsx ${a.visibility}, Excel ${b.visibility}`));
    compareCells(a, b, differences, limit);
    a.widths.forEach((width, i) => {
      if (!sameWidth(width, b.widths[i])) differences.push(at(`column ${letters(i + 1)} width: xlsx ${width}, Excel ${b.widths[i]}`));
      if (a.hidden[i] !== b.hidden[i]) differences.push(at(`column ${letters(i + 1)} hidden: xlsx ${a.hidden[i]}, Excel ${b.hidden[i]}`));
    });
    const rows = new Set([...a.rowHeights.keys(), ...b.rowHeights.keys()]);
    for (const row of rows) {
      if (a.rowHeights.get(row) !== b.rowHeights.get(row)) {
        differences.push(at(`row ${row} height: xlsx ${a.rowHeights.get(row)}, Excel ${b.rowHeights.get(row)}`));
      }
    }
    for (const key of ["table", "conditionalFormats", "protection", "freeze", "page", "merges"] as const) {
      if (!same(a[key], b[key])) differences.push(at(`${key}: xlsx ${JSON.stringify(a[key])}, Excel ${JSON.stringify(b[key])}`));
    }
    const cells = new Set([...a.validations.keys(), ...b.validations.keys()]);
    for (const cell of cells) {
      if (a.validations.get(cell) !== b.validations.get(cell)) {
        differences.push(at(`${cell} validation: xlsx ${a.validations.get(cell)}, Excel ${b.validations.get(cell)}`));
      }
    }
  }
  const activeXlsx = xlsxBook.worksheets[xlsxBook.views[0]?.activeTab ?? 0]?.name;
  if (activeXlsx !== excelBook.active.name) differences.push(`active sheet: xlsx ${activeXlsx}, Excel ${excelBook.active.name}`);
  const lastCalculation = excelBook.calculations[excelBook.calculations.length - 1];
  const full = lastCalculation === "Full" || (lastCalculation?.endsWith(":Full") ?? false);
  if (full !== spec.recalculateOnOpen) differences.push(`full recalculation: spec ${spec.recalculateOnOpen}, Excel ${lastCalculation}`);
  return differences.slice(0, limit);
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}
