// Phụ lục I and II as SheetSpecs every host applies: the decree's heading
// block, a bordered table with a bold wrapped header (merged where grouped),
// Times New Roman throughout, status colours as on the tracking sheets, and
// a print setup for A4 (landscape when wide), the decree's margins, one page
// wide, header rows repeated, each appendix numbered from page 1. A hidden
// column holds each row's key and, in row 1, what the sheet was made with,
// so a refresh keeps what users typed (./read.ts).

import { STATUSES } from "../../domain/tracking";
import { t } from "../../i18n/messages";
import { cellAddress, columnLetter, rangeAddress } from "../a1";
import { FormatLayer } from "../format-layer";
import type { TrackingBook } from "../book";
import type { CellStyle, ConditionalFormat, PageSpec, ProtectionSpec, SheetSpec, SpecCell, WorkbookSpec } from "../spec";
import { isFormula } from "../spec";
import { sheetKey } from "../sheet-name";
import { MAX_ROW_HEIGHT } from "../spec";
import { wrappedLines } from "../text";
import { STATUS_LOOK } from "../verdicts";
import { NUMBER_FORMATS } from "./figures";
import type { AppendixOptions } from "./options";
import { APPENDIX_ROWS, APPENDIX_SHEETS, type AppendixTable, appendixTables } from "./tables";

/** Marks the JSON in the hidden column's first cell as ours. */
export const APPENDIX_MARKER = "chitieu.appendix";
export const APPENDIX_STATE_VERSION = 1;

/** What the sheet was made with, kept in the hidden column's first cell. */
export interface AppendixState {
  marker: typeof APPENDIX_MARKER;
  version: number;
  kind: AppendixTable["kind"];
  choice: AppendixTable["choice"];
  /** The generated heading lines: a line that differs from these was typed by a user. */
  defaults: { issuer: string; title: string; attachedTo: string };
  /** Kết quả năm trước from the plan, by target ID. */
  baselines: Record<string, number | string>;
  /** Notes and typed baselines of targets not shown this time, by target ID. */
  carried?: AppendixTable["carried"];
  rows: { issuer: number; title: number; attachedTo: number; header: number };
}

/** Point sizes: headings 13–14, table 12 (the decree asks 13–14 and 11–13). */
const SIZE = { issuer: 13, heading: 14, table: 12 };

const PROTECTION: ProtectionSpec = { allowSort: false, allowAutoFilter: false, allowFormatColumns: true, allowFormatRows: true };

const MM = 1 / 25.4;

/**
 * A4, margins as Nghị định 30/2020 asks (top and bottom 20 mm, left 30 mm,
 * right 15 mm), page number centred at the top from page 2, numbered from 1
 * within each appendix.
 */
function pageSpec(table: AppendixTable): PageSpec {
  return {
    paper: "A4",
    orientation: table.orientation,
    fitToWidth: 1,
    printTitleRows: `${APPENDIX_ROWS.header}:${APPENDIX_ROWS.subHeader}`,
    header: `&C&"Times New Roman,Regular"&${SIZE.heading}&P`,
    firstHeader: "",
    footer: "",
    margins: { left: 30 * MM, right: 15 * MM, top: 20 * MM, bottom: 20 * MM, header: 10 * MM, footer: 10 * MM },
    firstPageNumber: 1,
  };
}

/** Lines `text` wraps to in `width` characters of Times New Roman at `size` points. */
function linesAt(text: string, width: number, size: number, bold = false): number {
  // ../text.ts measures at 11 points; a bigger font fits fewer characters. The
  // extra slack is for LibreOffice's stand-in for Times New Roman (DejaVu Serif),
  // much wider on capitals ("TH&THCS"): a row a little too tall beats cut text.
  return wrappedLines(text, 1 + ((width - 1) * 11 * (bold ? 0.75 : 0.8)) / size, bold);
}

/** Points for `lines` lines at `size`, never above Excel's limit (the text then wraps within the tallest row). */
function heightAt(lines: number, size: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * 1.32 + 3));
}

function stateOf(table: AppendixTable): AppendixState {
  return {
    marker: APPENDIX_MARKER,
    version: APPENDIX_STATE_VERSION,
    kind: table.kind,
    choice: table.choice,
    defaults: { issuer: table.defaults.issuer, title: table.defaults.title, attachedTo: table.defaults.attachedTo },
    baselines: table.baselineDefaults,
    carried: table.carried,
    rows: { issuer: APPENDIX_ROWS.issuer, title: APPENDIX_ROWS.title, attachedTo: APPENDIX_ROWS.attachedTo, header: APPENDIX_ROWS.header },
  };
}

/** The sheet for one appendix table. */
export function appendixSheet(table: AppendixTable): SheetSpec {
  const visible = table.widths.length;
  const keyColumn = visible + 1;
  const totalWidth = table.widths.reduce((sum, width) => sum + width, 0);
  const last = columnLetter(visible);
  const lastBodyRow = APPENDIX_ROWS.firstBody + table.rows.length - 1;
  const styles = new FormatLayer();
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};

  const cells: SpecCell[][] = [];
  const put = (row: number, column: number, value: SpecCell): void => {
    while (cells.length < row) cells.push([]);
    const line = cells[row - 1];
    while (line.length < column) line.push(null);
    line[column - 1] = value;
  };

  // Heading block: issuer over the first columns (top left), the rest across the table.
  const issuerSpan = table.kind === "I" ? 3 : 2;
  const issuerWidth = table.widths.slice(0, issuerSpan).reduce((sum, width) => sum + width, 0);
  put(APPENDIX_ROWS.issuer, 1, table.heading.issuer);
  merges.push(rangeAddress(1, APPENDIX_ROWS.issuer, issuerSpan, APPENDIX_ROWS.issuer));
  styles.add(rangeAddress(1, APPENDIX_ROWS.issuer, issuerSpan, APPENDIX_ROWS.issuer), {
    bold: true,
    size: SIZE.issuer,
    hAlign: "center",
    vAlign: "top",
    wrap: true,
    locked: false,
  });
  rowHeights[APPENDIX_ROWS.issuer] = heightAt(linesAt(table.heading.issuer, issuerWidth, SIZE.issuer, true), SIZE.issuer);
  const across = (row: number, value: string, style: CellStyle, bold: boolean): void => {
    put(row, 1, value);
    merges.push(`A${row}:${last}${row}`);
    styles.add(`A${row}:${last}${row}`, { size: SIZE.heading, hAlign: "center", vAlign: "middle", wrap: true, ...style });
    rowHeights[row] = heightAt(linesAt(value, totalWidth, SIZE.heading, bold), SIZE.heading);
  };
  across(APPENDIX_ROWS.label, table.heading.label, { bold: true }, true);
  across(APPENDIX_ROWS.title, table.heading.title, { bold: true, locked: false }, true);
  across(APPENDIX_ROWS.attachedTo, table.heading.attachedTo, { italic: true, locked: false }, false);
  rowHeights[APPENDIX_ROWS.label - 1] = 8;
  rowHeights[APPENDIX_ROWS.header - 1] = 10;

  // Header: two rows, merged where a cell spans.
  const headerRows = [APPENDIX_ROWS.header, APPENDIX_ROWS.subHeader];
  const spanWidth = (column: number, span: number): number => table.widths.slice(column, column + span).reduce((sum, width) => sum + width, 0);
  const lines = [1, 1];
  for (const cell of table.header) {
    put(headerRows[cell.row], cell.column + 1, cell.text);
    if (cell.rowSpan > 1 || cell.colSpan > 1) {
      merges.push(rangeAddress(cell.column + 1, headerRows[cell.row], cell.column + cell.colSpan, headerRows[cell.row] + cell.rowSpan - 1));
    }
    if (cell.rowSpan === 1) {
      lines[cell.row] = Math.max(lines[cell.row], linesAt(cell.text, spanWidth(cell.column, cell.colSpan), SIZE.table, true));
    }
  }
  for (const cell of table.header) {
    // A cell over both rows needs them together to hold its lines.
    const needed = linesAt(cell.text, spanWidth(cell.column, cell.colSpan), SIZE.table, true);
    if (cell.rowSpan === 2 && needed > lines[0] + lines[1]) lines[0] = needed - lines[1];
  }
  rowHeights[APPENDIX_ROWS.header] = heightAt(lines[0], SIZE.table);
  rowHeights[APPENDIX_ROWS.subHeader] = heightAt(lines[1], SIZE.table);
  styles.add(rangeAddress(1, APPENDIX_ROWS.header, visible, APPENDIX_ROWS.subHeader), {
    bold: true,
    size: SIZE.table,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: true,
  });
  put(APPENDIX_ROWS.header, keyColumn, t("appendixColKey", "vi"));

  // Body.
  if (table.rows.length > 0) {
    styles.add(rangeAddress(1, APPENDIX_ROWS.firstBody, visible, lastBodyRow), {
      size: SIZE.table,
      vAlign: "middle",
      wrap: true,
      border: true,
    });
  }
  const conditional: ConditionalFormat[] = [];
  const statusColumns = new Set<number>();
  table.rows.forEach((row, i) => {
    const r = APPENDIX_ROWS.firstBody + i;
    let height = 1;
    row.cells.forEach((cell, c) => {
      put(r, c + 1, cell.content);
      const address = cellAddress(c + 1, r);
      const style: CellStyle = { hAlign: cell.align };
      if (cell.format !== "text") style.numFmt = NUMBER_FORMATS[cell.format];
      if (row.kind !== "item") style.bold = true;
      if (row.kind === "item" && table.editable.includes(c) && !isFormula(cell.content)) style.locked = false;
      styles.add(address, style);
      if (cell.status) statusColumns.add(c + 1);
      const shown = isFormula(cell.content) ? cell.content.result : cell.content;
      if (typeof shown === "string") height = Math.max(height, linesAt(shown, table.widths[c], SIZE.table, row.kind !== "item"));
    });
    if (row.key !== null) put(r, keyColumn, row.key);
    rowHeights[r] = heightAt(height, SIZE.table);
  });
  // One rule set per Đánh giá column, each relative to its own first cell.
  for (const column of [...statusColumns].sort((a, b) => a - b)) {
    const first = cellAddress(column, APPENDIX_ROWS.firstBody);
    conditional.push({
      ranges: [rangeAddress(column, APPENDIX_ROWS.firstBody, column, lastBodyRow)],
      rules: STATUSES.map((status) => ({
        formula: `${first}="${status}"`,
        fill: STATUS_LOOK[status].fill,
        color: STATUS_LOOK[status].color,
      })),
    });
  }
  put(APPENDIX_ROWS.issuer, keyColumn, JSON.stringify(stateOf(table)));

  return {
    name: table.sheetName,
    visibility: "visible",
    cells,
    columns: [...table.widths.map((width) => ({ width })), { width: 12, hidden: true }],
    rowHeights,
    formats: styles.formats(),
    table: null,
    freeze: { rows: APPENDIX_ROWS.subHeader, columns: 0 },
    conditionalFormats: conditional,
    validations: [],
    protection: PROTECTION,
    page: pageSpec(table),
    merges,
  };
}

/**
 * Phụ lục I and II as sheets, for a host to add to (or replace in) the
 * workbook: a pure function of the book and the choices, so the task pane
 * and the CLI describe the same sheets. Pass what `readAppendixEdits` read
 * from the book's current appendix sheets (merged with new choices by
 * `mergeAppendixOptions`) to keep a user's titles, notes and baselines.
 */
export function describeAppendices(book: TrackingBook, options: AppendixOptions = {}): SheetSpec[] {
  return appendixTables(book, options).map(appendixSheet);
}

/**
 * The workbook spec with the appendix sheets in place: any sheets of the
 * same names (Excel ignores case) are replaced, never duplicated; new ones
 * go after the visible sheets. The first appendix becomes the active sheet.
 */
export function withAppendices(spec: WorkbookSpec, sheets: SheetSpec[]): WorkbookSpec {
  const names = new Set(sheets.map((sheet) => sheetKey(sheet.name)));
  const kept = spec.sheets.filter((sheet) => !names.has(sheetKey(sheet.name)));
  const lastVisible = kept.reduce((at, sheet, i) => (sheet.visibility === "visible" ? i : at), -1);
  const all = [...kept.slice(0, lastVisible + 1), ...sheets, ...kept.slice(lastVisible + 1)];
  const active = all.findIndex((sheet) => sheet.name === APPENDIX_SHEETS.I);
  const previous = all.findIndex((sheet) => sheet.name === spec.sheets[spec.activeSheet]?.name);
  return { ...spec, sheets: all, activeSheet: active >= 0 ? active : Math.max(0, previous) };
}
