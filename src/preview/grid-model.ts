// The preview grid's rows and selection as plain data, without React: where
// a key moves the selection (arrows, Tab, Enter, Home/End, pages), what a
// clipboard's text is as cells, and what a typed or pasted block does to
// the sheet — which cells take their values, which are refused and why,
// which are kept with a warning. SheetGrid.tsx and preview-host.ts only
// wire these to events and state, so the behaviour is unit-tested here.

import type { CellValue } from "../domain/tracking";
import { type Lang, t } from "../i18n/messages";
import { cellAddress } from "../workbook/a1";
import type { CellStyle, ValidationSpec } from "../workbook/spec";
import { checkEntry, typedValue } from "./cells";
import type { CellReader } from "./conditional";

export interface CellRef {
  /** 1-based. */
  row: number;
  /** 1-based. */
  column: number;
}

/** A selected range: where it started (the active cell) and where it was extended to. */
export interface Selection {
  anchor: CellRef;
  focus: CellRef;
}

/** A merged range's corners. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What navigation needs to know of a sheet (SheetView has it all). */
export interface GridShape {
  readonly rows: number;
  readonly columns: number;
  isHidden(column: number): boolean;
  merge(row: number, column: number): Area | null;
  /** Whether the cell takes input (an unlocked cell of a protected sheet, any cell of an unprotected one). */
  editable(row: number, column: number): boolean;
  /** Whether the sheet is protected: Tab then goes from entry cell to entry cell, as in Excel. */
  readonly protected: boolean;
}

/** What checking entries needs besides the shape: cell values, styles and validation. */
export interface EntrySheet extends GridShape {
  value(row: number, column: number): CellValue;
  style(row: number, column: number): CellStyle;
  validationAt(row: number, column: number): { rule: ValidationSpec; anchor: CellRef } | null;
}

/** The grid's navigation state: the selection, and the column a run of Tabs started from (Enter goes back to it, as in Excel). */
export interface NavState {
  selection: Selection;
  tabOrigin: number | null;
}

/** A key press, as much of it as navigation reads. */
export interface NavKey {
  key: string;
  shift: boolean;
  ctrl: boolean;
}

export const PAGE_ROWS = 20;

/** A selection's corners, top-left first. */
export function bounds(selection: Selection): Area {
  return {
    top: Math.min(selection.anchor.row, selection.focus.row),
    bottom: Math.max(selection.anchor.row, selection.focus.row),
    left: Math.min(selection.anchor.column, selection.focus.column),
    right: Math.max(selection.anchor.column, selection.focus.column),
  };
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** Visible columns in order (hidden ones are skipped by every move, as in Excel). */
export function visibleColumns(shape: GridShape): number[] {
  const columns: number[] = [];
  for (let c = 1; c <= shape.columns; c++) if (!shape.isHidden(c)) columns.push(c);
  return columns;
}

/** The cell itself, clamped to the sheet; in a merged range, its top-left. */
export function landOn(shape: GridShape, cell: CellRef): CellRef {
  const row = clamp(cell.row, 1, shape.rows);
  const column = clamp(cell.column, 1, shape.columns);
  const merge = shape.merge(row, column);
  return merge ? { row: merge.top, column: merge.left } : { row, column };
}

/** The selection after moving to `cell`: the active cell there, or the range extended to it. */
export function moveTo(shape: GridShape, selection: Selection, cell: CellRef, extend: boolean): Selection {
  const target = landOn(shape, cell);
  return extend ? { anchor: selection.anchor, focus: target } : { anchor: target, focus: target };
}

/** The next visible column left or right of `column`, or `column` itself at the edge. */
export function stepColumn(shape: GridShape, column: number, delta: number): number {
  let next = column + delta;
  while (next >= 1 && next <= shape.columns && shape.isHidden(next)) next += delta;
  return next < 1 || next > shape.columns ? column : next;
}

/** The cell one step from `cell`, stepping out of a merged range from its far edge. */
export function step(shape: GridShape, cell: CellRef, rows: number, columns: number): CellRef {
  const merge = shape.merge(cell.row, cell.column);
  const row = rows > 0 ? (merge?.bottom ?? cell.row) : rows < 0 ? (merge?.top ?? cell.row) : cell.row;
  const column = columns > 0 ? (merge?.right ?? cell.column) : columns < 0 ? (merge?.left ?? cell.column) : cell.column;
  return { row: row + rows, column: columns === 0 ? column : stepColumn(shape, column, columns) };
}

/**
 * Tab (forward) or Shift+Tab: on a protected sheet the next entry cell in
 * reading order, across rows (Excel's Tab there goes from unlocked cell to
 * unlocked cell); elsewhere the next visible column in the row. Stays put
 * when there is none.
 */
export function tabTarget(shape: GridShape, from: CellRef, forward: boolean): CellRef {
  if (!shape.protected) return landOn(shape, step(shape, from, 0, forward ? 1 : -1));
  const columns = visibleColumns(shape);
  const delta = forward ? 1 : -1;
  let index = columns.indexOf(from.column);
  let row = from.row;
  // At most one full pass over the sheet.
  for (let visited = 0; visited < shape.rows * columns.length; visited++) {
    index += delta;
    if (index >= columns.length) {
      index = 0;
      row += 1;
    } else if (index < 0) {
      index = columns.length - 1;
      row -= 1;
    }
    if (row < 1 || row > shape.rows) return from;
    const column = columns[index];
    const merge = shape.merge(row, column);
    // A merged range is one stop, at its top-left.
    if (merge && (merge.top !== row || merge.left !== column)) continue;
    if (shape.editable(row, column)) return { row, column };
  }
  return from;
}

/**
 * Enter (down) or Shift+Enter (up): the next row, in the column a run of
 * Tabs started from (or the current one). On a protected sheet, a row whose
 * cell there is locked (a count row under a Tử số) lands on that row's
 * nearest entry cell instead, so typing goes on in the row below — never
 * skipping a row.
 */
export function enterTarget(shape: GridShape, from: CellRef, tabOrigin: number | null, down: boolean): CellRef {
  const next = step(shape, from, down ? 1 : -1, 0);
  if (next.row < 1 || next.row > shape.rows) return from;
  const column = tabOrigin ?? from.column;
  const landed = landOn(shape, { row: next.row, column });
  if (!shape.protected || shape.editable(landed.row, landed.column)) return landed;
  const columns = visibleColumns(shape);
  const at = columns.indexOf(column);
  const right = columns.slice(at + 1).find((c) => shape.editable(landed.row, c));
  const left = [...columns.slice(0, Math.max(0, at))].reverse().find((c) => shape.editable(landed.row, c));
  const chosen = right ?? left;
  return chosen === undefined ? landed : { row: landed.row, column: chosen };
}

/**
 * Where a navigation key takes the grid, or null when the key does not
 * navigate (it edits, clears, or types). Tab and Enter never extend a
 * selection: they move the active cell, as in Excel; a run of Tabs
 * remembers its first column for the Enter that ends it.
 */
export function navigate(shape: GridShape, state: NavState, key: NavKey): NavState | null {
  const { selection } = state;
  const extend = key.shift;
  const from = extend ? selection.focus : selection.anchor;
  const columns = visibleColumns(shape);
  const first = columns[0] ?? 1;
  const last = columns[columns.length - 1] ?? 1;
  const to = (cell: CellRef, keepExtend = extend): NavState => ({ selection: moveTo(shape, selection, cell, keepExtend), tabOrigin: null });
  switch (key.key) {
    case "ArrowUp":
      return to(key.ctrl ? { row: 1, column: from.column } : step(shape, from, -1, 0));
    case "ArrowDown":
      return to(key.ctrl ? { row: shape.rows, column: from.column } : step(shape, from, 1, 0));
    case "ArrowLeft":
      return to(key.ctrl ? { row: from.row, column: first } : step(shape, from, 0, -1));
    case "ArrowRight":
      return to(key.ctrl ? { row: from.row, column: last } : step(shape, from, 0, 1));
    case "Home":
      return to({ row: key.ctrl ? 1 : from.row, column: first });
    case "End":
      return to({ row: key.ctrl ? shape.rows : from.row, column: last });
    case "PageUp":
      return to({ row: from.row - PAGE_ROWS, column: from.column });
    case "PageDown":
      return to({ row: from.row + PAGE_ROWS, column: from.column });
    case "Tab": {
      const active = selection.anchor;
      const target = tabTarget(shape, active, !key.shift);
      // A Tab that wraps to another row starts a new run there.
      const origin = target.row === active.row ? (state.tabOrigin ?? active.column) : null;
      return { selection: moveTo(shape, selection, target, false), tabOrigin: origin };
    }
    case "Enter": {
      const target = enterTarget(shape, selection.anchor, state.tabOrigin, !key.shift);
      return { selection: moveTo(shape, selection, target, false), tabOrigin: null };
    }
    default:
      return null;
  }
}

// --- The clipboard ------------------------------------------------------------------------

/**
 * Text copied from a spreadsheet as rows of cells: tabs between cells,
 * line breaks between rows (CRLF, LF or CR), one trailing line break
 * ignored. A cell Excel had to quote (it holds a tab, a line break or starts
 * with a quote) is unquoted, doubled quotes inside made single.
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      const close = quotedEnd(text, i);
      if (close !== null) {
        cell = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
      i += 1;
    } else if (ch === "\n" || ch === "\r") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  // The last line, unless the text ended with its line break.
  if (!atCellStart || row.length > 0 || rows.length === 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Where a quoted cell starting at `start` ends (its closing quote), if it is one: the quote must be followed by a tab, a line break or the end. */
function quotedEnd(text: string, start: number): number | null {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      const after = text[i + 1];
      return after === undefined || after === "\t" || after === "\n" || after === "\r" ? i : null;
    }
    i += 1;
  }
  return null;
}

/**
 * Cells as clipboard text, the way Excel copies them: a cell that needs it
 * quoted, every row ended by a line break (so a last row of one empty cell
 * is still a row). Pasting it back gives the same cells.
 */
export function toClipboard(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string): string => (/[\t\r\n]/.test(cell) || cell.startsWith('"') ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => `${row.map(quote).join("\t")}\r\n`).join("");
}

// --- Entries ----------------------------------------------------------------------------

/** A cell of a block that was not written, and why. */
export type Refusal =
  | { kind: "locked"; address: string; text: string }
  /** Text where the cell's rule asks for a number. */
  | { kind: "notNumber"; address: string; text: string; title: string; message: string }
  | { kind: "rule"; address: string; text: string; title: string; message: string };

/** A cell written although its rule warns about it (Excel's Warning style). */
export interface EntryWarning {
  address: string;
  text: string;
  title: string;
  /** What the rule expects (its prompt). */
  message: string;
}

export interface EntryPlan {
  /** What each typed cell stores; undefined where the cell keeps what it holds (refused). */
  values: (CellValue | undefined)[][];
  refused: Refusal[];
  warnings: EntryWarning[];
  /** How many cells take their value. */
  written: number;
}

/**
 * What typing the block `typed` from `at` does: each cell's text read as
 * Excel would (typedValue), then checked in reading order against its
 * validation, which sees the block's earlier accepted values (a Tử số and
 * its Mẫu số pasted together are checked against each other). A locked
 * cell, or a value its rule refuses, keeps what it held and is named.
 */
export function planEntries(sheet: EntrySheet, at: CellRef, typed: readonly (readonly string[])[]): EntryPlan {
  const pending = new Map<string, CellValue>();
  const key = (row: number, column: number): string => `${row}:${column}`;
  const read: CellReader = (row, column) => {
    const found = pending.get(key(row, column));
    return found !== undefined ? found : sheet.value(row, column);
  };
  const refused: Refusal[] = [];
  const warnings: EntryWarning[] = [];
  let written = 0;
  const values = typed.map((line, i) =>
    line.map((text, j): CellValue | undefined => {
      const row = at.row + i;
      const column = at.column + j;
      const address = cellAddress(column, row);
      if (!sheet.editable(row, column)) {
        refused.push({ kind: "locked", address, text });
        return undefined;
      }
      const value = typedValue(text, sheet.style(row, column).numFmt);
      const validation = sheet.validationAt(row, column);
      if (validation !== null) {
        // The rule reads the cell as it would hold the value.
        const previous = pending.get(key(row, column));
        pending.set(key(row, column), value);
        const check = checkEntry(value, validation.rule, validation.anchor, { row, column }, read);
        const { errorTitle: title, error: message } = validation.rule;
        if (check === "refused") {
          if (previous === undefined) pending.delete(key(row, column));
          else pending.set(key(row, column), previous);
          refused.push({ kind: typeof value === "string" ? "notNumber" : "rule", address, text, title, message });
          return undefined;
        }
        // The preview keeps the value whatever: the rule's prompt says what it expects, without Excel's Yes/No.
        if (check === "warned") warnings.push({ address, text, title, message: validation.rule.prompt });
      }
      pending.set(key(row, column), value);
      written += 1;
      return value;
    }),
  );
  return { values, refused, warnings, written };
}

/** One line per refused cell, in the person's language: "Ô F12: “abc” không phải số". */
export function refusalLines(refused: readonly Refusal[], lang: Lang): string[] {
  return refused.map((refusal) => {
    if (refusal.kind === "locked") return t("entryPasteLocked", lang, { cell: refusal.address });
    if (refusal.kind === "notNumber") return t("entryPasteNotNumber", lang, { cell: refusal.address, value: refusal.text });
    return t("entryPasteRule", lang, { cell: refusal.address, value: refusal.text, rule: refusal.title });
  });
}

/** One line per warned cell: the cell, what was typed, and the rule's own message (the book's Vietnamese, as Excel shows it). */
export function warningLines(warnings: readonly EntryWarning[], lang: Lang): string[] {
  return warnings.map((warning) => t("entryWarningLine", lang, { cell: warning.address, value: warning.text, message: `${warning.title}: ${warning.message}` }));
}
