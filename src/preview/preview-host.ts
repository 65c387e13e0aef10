// The browser preview's workbook: a WorkbookHost whose state is the sheets
// themselves, in tab order — the tracking book's sheets as the last spec
// wrote them, plus any sheet of the user's (a new workbook's blank
// "Trang tính1", where a unit list can be pasted). Entering a figure
// recomputes the book the way Excel's formulas would: the book is read back
// from the cells with the reader every host uses, its spec rebuilt with the
// entries and notes carried over, and the sheets replaced, so statuses,
// gaps, the summary and the colours all follow. No React here: the grid
// (./WorkbookView.tsx) subscribes to the state and calls the edit methods.

import type { WorkbookHost, WriteResult } from "../hosts/workbook-host";
import type { CellValue } from "../domain/tracking";
import { t } from "../i18n/messages";
import { cellAddress, parseCell, parseRange } from "../workbook/a1";
import type { BookCell, BookCells, SheetCells, TrackingBook } from "../workbook/book";
import { MODEL_SHEET } from "../workbook/layout";
import { readBookFromCells } from "../workbook/read-book";
import { contentOf, specForBook } from "../workbook/rebuild";
import { APPENDIX_SHEETS, AppendixOptionError, describeAppendices, readAppendixEdits } from "../workbook/appendix";
import { isFormula, plainSheet, type SheetSpec, type SpecCell, type WorkbookSpec } from "../workbook/spec";
import { displayText } from "./cells";
import { bounds, type CellRef, type EntryWarning, planEntries, type Refusal, type Selection } from "./grid-model";
import { isPlain, viewOf } from "./sheet-view";
import { assertWritable } from "../workbook/spec-check";
import { sameSheetName, sheetKey } from "../workbook/sheet-name";

export type { CellRef, Selection } from "./grid-model";
export { bounds };

export interface PreviewState {
  /** Every sheet in tab order, the very hidden model sheet included. */
  readonly sheets: readonly SheetSpec[];
  readonly activeSheet: string;
  /** Each sheet's selection, by sheet name; A1 until someone selects. */
  readonly selections: ReadonlyMap<string, Selection>;
  /** Counts the host's select() calls, so the grid knows to scroll the selection into view. */
  readonly reveal: number;
}

/** What became of a typed or pasted entry. */
export type EditOutcome =
  /**
   * Written. A paste names the cells it left as they were (`refused`); any
   * entry names the cells written although their rule warns (`warnings`).
   */
  | { kind: "saved"; address: string; recalculated: boolean; written?: number; refused?: Refusal[]; warnings?: EntryWarning[] }
  | { kind: "locked"; sheet: string; address: string }
  | { kind: "invalid"; address: string; title: string; message: string }
  | { kind: "recalcFailed"; address: string; reason: string };

const A1: Selection = { anchor: { row: 1, column: 1 }, focus: { row: 1, column: 1 } };

/** A formula shows its computed result; one that looks empty reads as blank, as in the other hosts' readers. */
function bookCell(cell: SpecCell): BookCell | null {
  if (cell === null) return null;
  if (isFormula(cell)) return { value: cell.result === "" ? null : cell.result, formula: true };
  if (cell === "") return null;
  return { value: cell, formula: false };
}

function sheetCells(sheet: SheetSpec): SheetCells {
  const cells: SheetCells = new Map();
  sheet.cells.forEach((row, r) => {
    const line = new Map<number, BookCell>();
    row.forEach((cell, c) => {
      const value = bookCell(cell);
      if (value !== null) line.set(c + 1, value);
    });
    if (line.size > 0) cells.set(r + 1, line);
  });
  return cells;
}

/** The cells every host hands the book reader. */
function bookCells(sheets: readonly SheetSpec[]): BookCells {
  return {
    sheet: (name) => {
      const found = sheets.find((sheet) => sameSheetName(sheet.name, name));
      return found ? sheetCells(found) : null;
    },
  };
}

/**
 * The Phụ lục sheets described again from the recomputed book, with the
 * choices and typed titles/notes they hold, so their figures move with the
 * entries as Excel's formulas would. None when the book has no appendices,
 * or when their stored choices no longer fit the book (they then keep their
 * last figures until the pane's "Cập nhật phụ lục" says why).
 */
function refreshedAppendices(sheets: readonly SheetSpec[], book: TrackingBook): SheetSpec[] {
  const cells = bookCells(sheets);
  if (cells.sheet(APPENDIX_SHEETS.I) === null && cells.sheet(APPENDIX_SHEETS.II) === null) return [];
  try {
    return describeAppendices(book, readAppendixEdits(cells));
  } catch (error) {
    if (error instanceof AppendixOptionError) return [];
    throw error;
  }
}

const hasBook = (sheets: readonly SheetSpec[]): boolean => sheets.some((sheet) => sameSheetName(sheet.name, MODEL_SHEET));

/** The sheets with each of `spec`'s created, or replaced where one of that name exists; others untouched. */
function applySpec(sheets: readonly SheetSpec[], spec: WorkbookSpec): SheetSpec[] {
  const next = [...sheets];
  for (const sheet of spec.sheets) {
    const at = next.findIndex((existing) => sameSheetName(existing.name, sheet.name));
    if (at >= 0) next[at] = sheet;
    else next.push(sheet);
  }
  return next;
}

/**
 * What a download saves after writing `spec`: a spec may hold only some
 * sheets (the pane writes Phụ lục I and II on their own), so the sheets
 * written before stay, as they stay in the workbook.
 */
function mergeSpecs(previous: WorkbookSpec | null, spec: WorkbookSpec): WorkbookSpec {
  if (previous === null) return spec;
  const sheets = applySpec(previous.sheets, spec);
  const active = spec.sheets[spec.activeSheet]?.name;
  return { ...spec, sheets, activeSheet: Math.max(0, sheets.findIndex((sheet) => sheet.name === active)) };
}

/** `cells` with `values` written from (row, column) on (undefined: left as it is); rows are copied only where they change. */
function writeCells(cells: SpecCell[][], top: number, left: number, values: (CellValue | undefined)[][]): SpecCell[][] {
  const next = [...cells];
  values.forEach((line, i) => {
    const r = top - 1 + i;
    if (line.every((value) => value === undefined)) return;
    while (next.length <= r) next.push([]);
    const row = [...next[r]];
    line.forEach((value, j) => {
      if (value === undefined) return;
      const c = left - 1 + j;
      while (row.length < c) row.push(null);
      row[c] = value;
    });
    next[r] = row;
  });
  return next;
}

export class PreviewHost implements WorkbookHost {
  readonly kind = "preview";
  // A browser tab: the return files download.
  readonly canDownload = true;
  readonly openAsNewWorkbook = null;
  private state: PreviewState;
  /** The spec last written or recomputed: what "Tải về .xlsx" saves. */
  private spec: WorkbookSpec | null = null;
  private readonly listeners = new Set<() => void>();

  /** The sheets as last downloaded or opened from a file: anything else is work the user has not saved. */
  private saved: readonly SheetSpec[] | null = null;

  /** A new workbook: one blank sheet, unless other sheets are given (a stored or opened workbook, with its spec). */
  constructor(sheets: SheetSpec[] = [plainSheet(t("previewDefaultSheet", "vi"))], spec: WorkbookSpec | null = null) {
    const first = sheets.find((sheet) => sheet.visibility === "visible");
    this.state = { sheets, activeSheet: first?.name ?? "", selections: new Map(), reveal: 0 };
    this.spec = spec;
  }

  /** What the browser keeps of the workbook across reloads (./book-store.ts). */
  snapshot(): { sheets: SheetSpec[]; spec: WorkbookSpec | null; activeSheet: string; saved: boolean } {
    return { sheets: [...this.state.sheets], spec: this.spec, activeSheet: this.state.activeSheet, saved: this.state.sheets === this.saved };
  }

  /** Replaces the whole workbook with one opened from a file: that is now what is saved. */
  replaceWorkbook(sheets: SheetSpec[], spec: WorkbookSpec | null): void {
    this.spec = spec;
    const first = sheets.find((sheet) => sheet.visibility === "visible");
    this.saved = sheets;
    this.update({ sheets, activeSheet: first?.name ?? "", selections: new Map() });
  }

  /** The workbook as it stands has been downloaded. */
  markSaved(): void {
    this.saved = this.state.sheets;
    // Listeners (the store) learn that what is kept is now saved.
    this.update({});
  }

  /** A book that changed since it was last downloaded or opened (the page warns before leaving). */
  hasUnsavedWork(): boolean {
    return hasBook(this.state.sheets) && this.state.sheets !== this.saved;
  }

  // --- For the view (useSyncExternalStore) ------------------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): PreviewState => this.state;

  private update(change: Partial<PreviewState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  sheet(name: string): SheetSpec | null {
    return this.state.sheets.find((sheet) => sameSheetName(sheet.name, name)) ?? null;
  }

  selection(sheet: string): Selection {
    return this.state.selections.get(this.sheet(sheet)?.name ?? sheet) ?? A1;
  }

  /** Shows a sheet (its tab was chosen). Very hidden sheets cannot be shown, as in Excel. */
  activate(name: string): void {
    const sheet = this.sheet(name);
    if (!sheet || sheet.visibility !== "visible") throw new Error(`No visible sheet named ${name}`);
    this.update({ activeSheet: sheet.name });
  }

  setSelection(name: string, selection: Selection): void {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    const selections = new Map(this.state.selections);
    selections.set(sheet.name, selection);
    this.update({ selections });
  }

  /** The spec of the book as it stands now, or null when the workbook holds no book. */
  currentSpec(): WorkbookSpec | null {
    const spec = this.spec;
    if (spec === null || !hasBook(this.state.sheets)) return null;
    return { ...spec, sheets: spec.sheets.map((sheet) => this.sheet(sheet.name) ?? sheet) };
  }

  /** Types `typed` into one cell and commits it, as pressing Enter in Excel does. */
  enter(sheet: string, address: string, typed: string): EditOutcome {
    return this.enterBlock(sheet, parseCell(address), [[typed]]);
  }

  /** Clears the cells of a range (Delete). */
  clear(sheet: string, selection: Selection): EditOutcome {
    const { top, left, bottom, right } = bounds(selection);
    const blanks = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: right - left + 1 }, () => ""));
    return this.enterBlock(sheet, { row: top, column: left }, blanks);
  }

  /**
   * Commits a block of typed text (one cell, a cleared range) from `at`. All
   * or nothing: a locked cell or a value its validation refuses rejects the
   * whole block, with Excel's message, and nothing changes. A value its rule
   * only warns about is written, and named in the outcome.
   */
  enterBlock(name: string, at: CellRef, typed: string[][]): EditOutcome {
    return this.commitBlock(name, at, typed, false);
  }

  /**
   * Pastes a block of text from `at`, keeping the good cells: each locked or
   * refused cell keeps what it held and is named in the outcome (`refused`),
   * the others are written.
   */
  paste(name: string, at: CellRef, typed: string[][]): EditOutcome {
    return this.commitBlock(name, at, typed, true);
  }

  private commitBlock(name: string, at: CellRef, typed: string[][], keepGood: boolean): EditOutcome {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    const plan = planEntries(viewOf(sheet), at, typed);
    const first = plan.refused[0];
    if (!keepGood && first !== undefined) {
      if (first.kind === "locked") return { kind: "locked", sheet: sheet.name, address: first.address };
      return { kind: "invalid", address: first.address, title: first.title || t("previewInvalidTitle", "vi"), message: first.message };
    }
    const notes = {
      ...(plan.refused.length > 0 ? { refused: plan.refused, written: plan.written } : {}),
      ...(plan.warnings.length > 0 ? { warnings: plan.warnings } : {}),
    };
    const values = plan.values;
    if (plan.written === 0) return { kind: "saved", address: cellAddress(at.column, at.row), recalculated: false, ...notes };
    const saved = this.write(sheet, at, values);
    return saved.kind === "saved" ? { ...saved, ...notes } : saved;
  }

  /** Writes checked values into a sheet and recomputes the book, as Excel's formulas would. */
  private write(sheet: SheetSpec, at: CellRef, values: (CellValue | undefined)[][]): EditOutcome {
    const address = cellAddress(at.column, at.row);
    const edited: SheetSpec = { ...sheet, cells: writeCells(sheet.cells, at.row, at.column, values) };
    const sheets = this.state.sheets.map((existing) => (existing === sheet ? edited : existing));
    // The user's own sheets hold no formulas of ours: nothing to recompute.
    if (isPlain(sheet) || !hasBook(sheets)) {
      this.update({ sheets });
      return { kind: "saved", address, recalculated: false };
    }
    try {
      const book = readBookFromCells(bookCells(sheets));
      const tracking = specForBook(contentOf(book));
      const spec = { ...tracking, sheets: [...tracking.sheets, ...refreshedAppendices(sheets, book)] };
      this.spec = mergeSpecs(this.spec, spec);
      this.update({ sheets: applySpec(sheets, spec) });
      return { kind: "saved", address, recalculated: true };
    } catch (error) {
      // Keep what was typed, as Excel would, and say the figures are stale.
      this.update({ sheets });
      return { kind: "recalcFailed", address, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  // --- WorkbookHost -------------------------------------------------------------------

  async sheetNames(): Promise<string[]> {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  async readBook(): Promise<TrackingBook | null> {
    if (!hasBook(this.state.sheets)) return null;
    return readBookFromCells(bookCells(this.state.sheets));
  }

  async readSheets(names: string[]): Promise<BookCells> {
    // Taken now: later edits do not change what was read.
    const read = new Map<string, SheetCells>();
    for (const name of names) {
      const sheet = this.sheet(name);
      if (sheet) read.set(sheetKey(name), sheetCells(sheet));
    }
    return { sheet: (name) => read.get(sheetKey(name)) ?? null };
  }

  async writeBook(spec: WorkbookSpec): Promise<WriteResult> {
    assertWritable(spec);
    const sheets = applySpec(this.state.sheets, spec);
    this.spec = mergeSpecs(this.spec, spec);
    const active = spec.sheets[spec.activeSheet];
    // Selections outside a replaced sheet's new extent go back to A1.
    const selections = new Map(this.state.selections);
    for (const sheet of spec.sheets) {
      const selection = selections.get(sheet.name);
      const view = viewOf(sheet);
      if (selection && bounds(selection).bottom > view.rows) selections.set(sheet.name, A1);
    }
    this.update({
      sheets,
      activeSheet: active && active.visibility === "visible" ? active.name : this.state.activeSheet,
      selections,
    });
    return { skipped: [], roundTrips: 0 };
  }

  async reapplyHighlights(spec: WorkbookSpec): Promise<WriteResult> {
    const sheets = this.state.sheets.map((existing) => {
      const source = spec.sheets.find((sheet) => sameSheetName(sheet.name, existing.name));
      return source ? { ...existing, conditionalFormats: source.conditionalFormats } : existing;
    });
    this.update({ sheets });
    return { skipped: [], roundTrips: 0 };
  }

  async select(name: string, address: string): Promise<void> {
    const sheet = this.sheet(name);
    if (!sheet || sheet.visibility !== "visible") throw new Error(`No visible sheet named ${name}`);
    const range = parseRange(address);
    const selections = new Map(this.state.selections);
    selections.set(sheet.name, { anchor: { row: range.top, column: range.left }, focus: { row: range.bottom, column: range.right } });
    this.update({ activeSheet: sheet.name, selections, reveal: this.state.reveal + 1 });
  }

  async selectedText(): Promise<string[][]> {
    const sheet = this.sheet(this.state.activeSheet);
    if (!sheet) return [];
    const view = viewOf(sheet);
    const { top, left, bottom, right } = bounds(this.selection(sheet.name));
    const rows: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: string[] = [];
      for (let c = left; c <= right; c++) line.push(displayText(view.cell(r, c), view.style(r, c).numFmt));
      rows.push(line);
    }
    return rows.some((line) => line.some((text) => text.trim() !== "")) ? rows : [];
  }
}
