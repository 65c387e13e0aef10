// Applies a WorkbookSpec inside Excel with Office.js, to the same result as
// the .xlsx host (src/hosts/xlsx), batched as Microsoft's performance
// guidance asks: one round trip reads what is there, then everything is
// queued — number formats before values, values and formulas as 2D arrays,
// calculation and screen updating suspended — and sent in as few requests
// as the 5 MB limit allows; a last round trip recalculates. Merged cells
// come after the formats and values, as in the .xlsx host, one `merge` call
// per range in the same requests.

import { parseRange, slideFormula } from "../../workbook/a1";
import { type CellStyle, type ConditionalFormat, type SheetSpec, sheetWidth, type ValidationSpec, type WorkbookSpec } from "../../workbook/spec";
import type { WriteResult } from "../workbook-host";
import { Batch, cost } from "./batch";
import { shiftFormula } from "./cells";
import {
  type Area,
  areaAddress,
  cellBlocks,
  type ColumnRun,
  columnWidthRuns,
  formatArray,
  hiddenColumnRuns,
  NumberFormats,
  rowHeightRuns,
  sheetExtent,
} from "./layout";
import { type HeaderSections, inchesToPoints, splitHeader, widthToPoints } from "./excel-units";

/** The border every bordered cell gets, as the .xlsx host draws it. */
export const BORDER_COLOR = "#A6A6A6";

const hex = (rgb: string): string => `#${rgb.toUpperCase()}`;

/** Worksheet protection options matching the .xlsx host's `worksheet.protect` (objects and scenarios stay editable there too). */
export function protectionOptions(protection: NonNullable<SheetSpec["protection"]>): Excel.WorksheetProtectionOptions {
  return {
    allowAutoFilter: protection.allowAutoFilter,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: true,
    allowEditScenarios: true,
    allowFormatCells: false,
    allowFormatColumns: protection.allowFormatColumns,
    allowFormatRows: protection.allowFormatRows,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: protection.allowSort,
    selectionMode: "Normal",
  };
}

/** Calls that start every request: calculation and screen updating are suspended only until the next sync. */
function suspendScreen(context: Excel.RequestContext): () => number {
  return () => {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    return cost(2);
  };
}

/** The parts of runs down a column that lie outside `area`, as one-column areas. */
function uncovered(runs: ColumnRun[], area: Area | null): Area[] {
  const parts: Area[] = [];
  for (const run of runs) {
    const single = (top: number, bottom: number): void => {
      if (top <= bottom) parts.push({ top, bottom, left: run.column, right: run.column });
    };
    if (!area || run.column < area.left || run.column > area.right) single(run.top, run.bottom);
    else {
      single(run.top, Math.min(run.bottom, area.top - 1));
      single(Math.max(run.top, area.bottom + 1), run.bottom);
    }
  }
  return parts;
}

/** Cells users type into (unlocked in the spec), by `row * 16384 + column`. */
function entryCells(sheet: SheetSpec): Set<number> {
  const cells = new Set<number>();
  for (const layer of sheet.formats) {
    if (layer.style.locked !== false) continue;
    for (const range of layer.ranges) {
      const area = parseRange(range);
      for (let row = area.top; row <= area.bottom; row++) for (let column = area.left; column <= area.right; column++) cells.add(row * 16384 + column);
    }
  }
  return cells;
}

/** Entry cells whose content in the spec is new (`newEntries`), by `row * 16384 + column`. */
function newEntryCells(sheet: SheetSpec): Set<number> {
  return new Set((sheet.newEntries ?? []).map((address) => {
    const { top, left } = parseRange(address);
    return top * 16384 + left;
  }));
}

/**
 * A block's items with `null` where nothing needs sending (Office.js leaves
 * a cell alone for `null` in a 2D array); null when nothing in the block
 * changes. A cell is sent only when it differs from what is there; and in a
 * row that stays as it was (every cell but the entry cells the same), entry
 * cells are never sent: the spec carried them from this very row, so what
 * is there now is as new or newer (a co-author's figure typed meanwhile).
 */
function unchangedAsNull(
  items: (string | number)[][],
  top: number,
  before: CellsBefore,
  entries: Set<number>,
  fresh: Set<number>,
): (string | number | null)[][] | null {
  let changed = false;
  const out = items.map((line, r) => {
    const row = top + r;
    const old = before.formulas[row - 1];
    const types = before.types?.[row - 1];
    // "" is both an empty cell and empty text (which ISBLANK tells apart): the same only when known to be empty.
    const same = (item: string | number, c: number): boolean => {
      const was = old?.[c] ?? "";
      return was === item && (item !== "" || old === undefined || types?.[c] === "Empty");
    };
    const isEntry = (c: number): boolean => entries.has(row * 16384 + c + 1);
    const rowStays = old !== undefined && line.every((item, c) => isEntry(c) || same(item, c));
    return line.map((item, c) => {
      // A collected figure (`fresh`) is written; the row's other entry cells keep what is there.
      if (same(item, c) || (rowStays && isEntry(c) && !fresh.has(row * 16384 + c + 1))) return null;
      changed = true;
      return item;
    });
  });
  return changed ? out : null;
}

/** What a sheet held, row by row from A1: `formulas`, and `valueTypes` where they were read. */
export interface CellsBefore {
  formulas: unknown[][];
  types: string[][] | null;
}

/** Writes one sheet's cells and number formats, block by block; with `before`, only cells that change. */
export async function writeCells(
  batch: Batch,
  worksheet: Excel.Worksheet,
  sheet: SheetSpec,
  before: CellsBefore | null = null,
  keepEntries = false,
): Promise<void> {
  const formats = new NumberFormats(sheet);
  const width = sheetWidth(sheet);
  const entries = before && keepEntries ? entryCells(sheet) : new Set<number>();
  const fresh = newEntryCells(sheet);
  for (const block of cellBlocks(sheet, formats, Math.floor(batch.budget / 8))) {
    const text = new Set<string>();
    for (const run of block.textRuns) for (let row = run.top; row <= run.bottom; row++) text.add(`${row}:${run.column}`);
    const isText = (row: number, column: number): boolean => text.has(`${row}:${column}`);

    // Number formats first, "@" on text Excel would otherwise turn into a number, date or formula.
    const area = formats.area;
    const formatArea: Area | null =
      area && area.top <= block.bottom && area.bottom >= block.top
        ? { top: Math.max(area.top, block.top), bottom: Math.min(area.bottom, block.bottom), left: area.left, right: area.right }
        : null;
    if (formatArea) {
      const numberFormats = formatArray(formats, formatArea, isText);
      await batch.room(cost(2, areaAddress(formatArea), numberFormats));
      worksheet.getRange(areaAddress(formatArea)).numberFormat = numberFormats;
    }
    // Text outside that rectangle gets "@" on its own.
    for (const runArea of uncovered(block.textRuns, formatArea)) {
      const numberFormats = formatArray(formats, runArea, () => true);
      await batch.room(cost(2, areaAddress(runArea), numberFormats));
      worksheet.getRange(areaAddress(runArea)).numberFormat = numberFormats;
    }

    if (block.items.length > 0 && width > 0) {
      const items = before ? unchangedAsNull(block.items, block.top, before, entries, fresh) : block.items;
      if (items) {
        const address = areaAddress({ top: block.top, left: 1, bottom: block.top + items.length - 1, right: width });
        await batch.room(cost(2, address) + block.bytes);
        worksheet.getRange(address).formulas = items;
      }
    }

    // Text is stored as text now; the cells get their own number format back, so later typing behaves as in the .xlsx.
    for (const run of block.textRuns) {
      const runArea = { top: run.top, bottom: run.bottom, left: run.column, right: run.column };
      const numberFormats = formatArray(formats, runArea);
      await batch.room(cost(2, areaAddress(runArea), numberFormats));
      worksheet.getRange(areaAddress(runArea)).numberFormat = numberFormats;
    }
  }
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Thin borders on every cell of a range: the outer edges, and the inner lines when there are any. */
function borderEdges(area: Area): Edge[] {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (area.bottom > area.top) edges.push("InsideHorizontal");
  if (area.right > area.left) edges.push("InsideVertical");
  return edges;
}

/** Ranges joined into one RangeAreas address; kept short, as Excel's limit on such addresses is not documented. */
const AREAS_PER_CALL = 64;

/** Addresses in groups, each written through one RangeAreas. */
function addressGroups(addresses: string[]): string[] {
  const groups: string[] = [];
  for (let i = 0; i < addresses.length; i += AREAS_PER_CALL) groups.push(addresses.slice(i, i + AREAS_PER_CALL).join(","));
  return groups;
}

/** The cells of a group from `addressGroups`: a Range, or a RangeAreas when the group has several ranges. */
function cellsOf(worksheet: Excel.Worksheet, group: string): Excel.Range | Excel.RangeAreas {
  return group.includes(",") ? worksheet.getRanges(group) : worksheet.getRange(group);
}

/** Whether a layer sets anything besides the number format (which was written with the cells). */
function hasLook(style: CellStyle): boolean {
  return Object.keys(style).some((key) => key !== "numFmt" && key !== "border");
}

/**
 * Sets a layer's font, fill, alignment, wrapping and locking on some cells.
 * Sub-objects (font, fill, protection) are reached only when used: each is
 * an object path in the request.
 */
async function applyLook(batch: Batch, format: Excel.RangeFormat, address: string, style: CellStyle): Promise<void> {
  const props: [number, unknown][] = [];
  if (style.bold !== undefined) props.push([2, style.bold]);
  if (style.italic !== undefined) props.push([2, style.italic]);
  if (style.size !== undefined) props.push([2, style.size]);
  if (style.color !== undefined) props.push([2, style.color]);
  if (style.fill !== undefined) props.push([2, style.fill]);
  if (style.wrap !== undefined) props.push([1, style.wrap]);
  if (style.hAlign !== undefined) props.push([1, style.hAlign]);
  if (style.vAlign !== undefined) props.push([1, style.vAlign]);
  if (style.locked !== undefined) props.push([2, style.locked]);
  await batch.room(cost(2 + props.reduce((sum, [actions]) => sum + actions, 0), address, ...props.map(([, value]) => value)));
  if (style.bold !== undefined || style.italic !== undefined || style.size !== undefined || style.color !== undefined) {
    const font = format.font;
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.size !== undefined) font.size = style.size;
    if (style.color !== undefined) font.color = hex(style.color);
  }
  if (style.fill !== undefined) format.fill.color = hex(style.fill);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign !== undefined) format.horizontalAlignment = style.hAlign === "left" ? "Left" : style.hAlign === "center" ? "Center" : "Right";
  if (style.vAlign !== undefined) format.verticalAlignment = style.vAlign === "top" ? "Top" : style.vAlign === "middle" ? "Center" : "Bottom";
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

/** Thin borders on every cell of one range (so one range at a time: a RangeAreas' inner edges are not its areas'). */
async function applyBorder(batch: Batch, range: Excel.Range, address: string, border: boolean): Promise<void> {
  const edges = borderEdges(parseRange(address));
  await batch.room(cost(2 + 4 * edges.length, address, BORDER_COLOR));
  const borders = range.format.borders;
  for (const edge of edges) {
    const item = borders.getItem(edge);
    if (border) {
      item.style = "Continuous";
      item.weight = "Thin";
      item.color = BORDER_COLOR;
    } else item.style = "None";
  }
}

/** The sheet's formats after its cells: the workbook font on the whole used area, then every layer in order. */
export async function writeFormats(batch: Batch, worksheet: Excel.Worksheet, sheet: SheetSpec, spec: WorkbookSpec): Promise<void> {
  const extent = sheetExtent(sheet);
  if (extent) {
    const address = areaAddress(extent);
    await batch.room(cost(5, address, spec.font.name));
    const font = worksheet.getRange(address).format.font;
    font.name = spec.font.name;
    font.size = spec.font.size;
  }
  for (const layer of sheet.formats) {
    if (hasLook(layer.style)) {
      for (const group of addressGroups(layer.ranges)) await applyLook(batch, cellsOf(worksheet, group).format, group, layer.style);
    }
    const border = layer.style.border;
    if (border !== undefined) {
      for (const address of layer.ranges) await applyBorder(batch, worksheet.getRange(address), address, border);
    }
  }
}

/**
 * Merged ranges, after the cells and formats, as the .xlsx host merges them:
 * only the top-left cell holds a value, and every cell of a merged range
 * has its look already (the specs give a merged range one look throughout,
 * borders included, so Excel spreading the top-left cell's format over the
 * range changes nothing). One `merge` call per range, queued with the rest:
 * no round trip of their own.
 */
export async function writeMerges(batch: Batch, worksheet: Excel.Worksheet, merges: string[]): Promise<void> {
  for (const address of merges) {
    await batch.room(cost(2, address, false));
    worksheet.getRange(address).merge(false);
  }
}

/** Column widths (points, see ./excel-units.ts), hidden columns and row heights. */
export async function writeSizes(batch: Batch, worksheet: Excel.Worksheet, sheet: SheetSpec): Promise<void> {
  for (const { address, width } of columnWidthRuns(sheet)) {
    await batch.room(cost(3, address));
    worksheet.getRange(address).format.columnWidth = widthToPoints(width);
  }
  for (const address of hiddenColumnRuns(sheet)) {
    await batch.room(cost(2, address));
    worksheet.getRange(address).columnHidden = true;
  }
  for (const { address, height } of rowHeightRuns(sheet)) {
    await batch.room(cost(3, address));
    worksheet.getRange(address).format.rowHeight = height;
  }
}

/**
 * Conditional formats, one per rule and range, each formula moved from the
 * first range's top-left to its own range's. Excel puts a new format at the
 * top, so they are added last first and end up in the spec's order.
 */
export async function addConditionalFormats(batch: Batch, worksheet: Excel.Worksheet, formats: ConditionalFormat[]): Promise<void> {
  const entries: { address: string; formula: string; fill: string; color: string }[] = [];
  for (const format of formats) {
    const origin = parseRange(format.ranges[0]);
    for (const rule of format.rules) {
      for (const address of format.ranges) {
        const area = parseRange(address);
        const formula = shiftFormula(rule.formula, area.top - origin.top, area.left - origin.left);
        entries.push({ address, formula, fill: rule.fill, color: rule.color });
      }
    }
  }
  for (const entry of entries.reverse()) {
    await batch.room(cost(10, entry.address, entry.formula, entry.fill, entry.color));
    const custom = worksheet.getRange(entry.address).conditionalFormats.add("Custom").custom;
    custom.rule.formula = `=${entry.formula}`;
    custom.format.fill.color = hex(entry.fill);
    custom.format.font.color = hex(entry.color);
  }
}

/** Data validations, on each of their ranges, with the prompt and a Stop alert as in the .xlsx host. */
export async function writeValidations(batch: Batch, worksheet: Excel.Worksheet, validations: ValidationSpec[]): Promise<void> {
  for (const validation of validations) {
    const prompt: Excel.DataValidationPrompt = { showPrompt: true, title: validation.promptTitle, message: validation.prompt };
    // Custom rules and the Warning style are ExcelApi 1.8, inside the manifest's 1.9 (./features.ts).
    const errorAlert: Excel.DataValidationErrorAlert = {
      showAlert: true,
      style: validation.errorStyle === "warning" ? "Warning" : "Stop",
      title: validation.errorTitle,
      message: validation.error,
    };
    const apply = async (address: string, rule: Excel.DataValidationRule): Promise<void> => {
      await batch.room(cost(6, address, rule, prompt, errorAlert));
      const dataValidation = cellsOf(worksheet, address).dataValidation;
      dataValidation.rule = rule;
      dataValidation.ignoreBlanks = validation.allowBlank;
      dataValidation.prompt = prompt;
      dataValidation.errorAlert = errorAlert;
    };
    const { formula } = validation;
    if (formula !== undefined) {
      // A formula is read from the top-left cell of the range it is set on: each range gets its own, moved there.
      const origin = parseRange(validation.ranges[0]);
      for (const address of validation.ranges) {
        const area = parseRange(address);
        await apply(address, { custom: { formula: `=${slideFormula(formula, area.top - origin.top, area.left - origin.left)}` } });
      }
      continue;
    }
    const [formula1, formula2] = validation.formulae;
    const basic: Excel.BasicDataValidation = {
      formula1,
      operator: validation.operator === "between" ? "Between" : "GreaterThanOrEqualTo",
    };
    if (formula2 !== undefined) basic.formula2 = formula2;
    const rule: Excel.DataValidationRule = validation.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
    for (const group of addressGroups(validation.ranges)) await apply(group, rule);
  }
}

export async function writeFreeze(batch: Batch, worksheet: Excel.Worksheet, freeze: NonNullable<SheetSpec["freeze"]>): Promise<void> {
  await batch.room(cost(3));
  const panes = worksheet.freezePanes;
  if (freeze.columns === 0) panes.freezeRows(freeze.rows);
  else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
  else panes.freezeAt(areaAddress({ top: 1, left: 1, bottom: freeze.rows, right: freeze.columns }));
}

/** The three sections of a header and of a footer on one `Excel.HeaderFooter`. */
function setHeaderFooter(target: Excel.HeaderFooter, header: HeaderSections, footer: HeaderSections): void {
  target.leftHeader = header.left;
  target.centerHeader = header.center;
  target.rightHeader = header.right;
  target.leftFooter = footer.left;
  target.centerFooter = footer.center;
  target.rightFooter = footer.right;
}

/**
 * Print setup as the .xlsx host writes it. `firstPageNumber` is set when the
 * spec asks for one; otherwise a number the sheet already had (`current`,
 * read in the first round trip) goes back to automatic (""), so a rewritten
 * sheet continues the workbook's count as a new one does. A `firstHeader`
 * gives page 1 its own header, with the same footer as the other pages.
 */
export async function writePage(
  batch: Batch,
  worksheet: Excel.Worksheet,
  page: NonNullable<SheetSpec["page"]>,
  current: Excel.PageLayout["firstPageNumber"] | null,
): Promise<void> {
  const header = splitHeader(page.header);
  const footer = splitHeader(page.footer);
  const firstHeader = page.firstHeader !== undefined ? splitHeader(page.firstHeader) : null;
  const firstPageNumber = page.firstPageNumber ?? (current !== null && current !== "" ? "" : null);
  await batch.room(cost(24 + (firstHeader ? 8 : 0) + (firstPageNumber !== null ? 1 : 0), header, footer, firstHeader, page.printTitleRows));
  const layout = worksheet.pageLayout;
  layout.paperSize = page.paper;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall: as many as the rows need, as the .xlsx's fitToHeight="0".
  layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
  layout.centerHorizontally = false;
  layout.leftMargin = inchesToPoints(page.margins.left);
  layout.rightMargin = inchesToPoints(page.margins.right);
  layout.topMargin = inchesToPoints(page.margins.top);
  layout.bottomMargin = inchesToPoints(page.margins.bottom);
  layout.headerMargin = inchesToPoints(page.margins.header);
  layout.footerMargin = inchesToPoints(page.margins.footer);
  if (page.printTitleRows) {
    const [first, last = first] = page.printTitleRows.split(":");
    layout.setPrintTitleRows(`$${first}:$${last}`);
  }
  if (firstPageNumber !== null) layout.firstPageNumber = firstPageNumber;
  const headersFooters = layout.headersFooters;
  headersFooters.state = firstHeader ? "FirstAndDefault" : "Default";
  setHeaderFooter(headersFooters.defaultForAllPages, header, footer);
  if (firstHeader) setHeaderFooter(headersFooters.firstPage, firstHeader, footer);
}

/** `WorkbookHost.reapplyHighlights` inside one `Excel.run`: two round trips. */
export async function reapplySpecHighlights(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  options: { budget: number },
): Promise<WriteResult> {
  const batch = new Batch(context, options.budget, suspendScreen(context));
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected,items/protection/options");
  await batch.sync();
  const byName = new Map(sheets.items.map((worksheet) => [worksheet.name, worksheet]));
  for (const sheet of spec.sheets) {
    const worksheet = byName.get(sheet.name);
    if (!worksheet || sheet.conditionalFormats.length === 0) continue;
    // A protected sheet is unprotected for the change and protected again as the user had it.
    const options = worksheet.protection.protected ? worksheet.protection.options : null;
    await batch.room(cost(2 + sheet.conditionalFormats.length, options));
    if (options) worksheet.protection.unprotect();
    for (const format of sheet.conditionalFormats) {
      for (const address of format.ranges) worksheet.getRange(address).conditionalFormats.clearAll();
    }
    await addConditionalFormats(batch, worksheet, sheet.conditionalFormats);
    if (options) {
      await batch.room(cost(2, options));
      worksheet.protection.protect(options);
    }
  }
  await batch.flush();
  return { skipped: [], roundTrips: batch.roundTrips };
}
