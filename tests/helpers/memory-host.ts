// A WorkbookHost over cells in memory, for the pane's jsdom tests: specs are
// applied sheet by sheet (formulas keep their computed result, as Excel
// would show them before recalculating) and the book is read back with the
// same host-independent reader every host uses, so the pane is tested
// against real specs and real reading, only without Excel.

import type { SkippedPart, WorkbookHost, WriteResult } from "../../src/hosts/workbook-host";
import type { CellValue, Entry } from "../../src/domain/tracking";
import type { BookCell, BookCells, SheetCells, TrackingBook } from "../../src/workbook/book";
import { columnIndex, MODEL_SHEET, SHEET, TRACKING_COLUMNS } from "../../src/workbook/layout";
import { readBookFromCells } from "../../src/workbook/read-book";
import { isFormula, type SpecCell, type WorkbookSpec } from "../../src/workbook/spec";
import { sheetKey } from "../../src/workbook/sheet-name";

type Operation = "sheetNames" | "readBook" | "readSheets" | "writeBook" | "reapplyHighlights" | "select" | "selectedText";

function bookCell(cell: SpecCell): BookCell | null {
  if (cell === null) return null;
  if (isFormula(cell)) return { value: cell.result === "" ? null : cell.result, formula: true };
  return { value: cell, formula: false };
}

function sheetCells(rows: SpecCell[][]): SheetCells {
  const cells: SheetCells = new Map();
  rows.forEach((row, r) => {
    const line = new Map<number, BookCell>();
    row.forEach((cell, c) => {
      const value = bookCell(cell);
      if (value !== null) line.set(c + 1, value);
    });
    if (line.size > 0) cells.set(r + 1, line);
  });
  return cells;
}

export class MemoryHost implements WorkbookHost {
  readonly kind = "preview";
  /** False stands for Excel for Mac, whose webview ignores downloads; then `opened` collects what openAsNewWorkbook got. */
  canDownload = true;
  readonly opened: Uint8Array[] = [];
  openAsNewWorkbook: ((bytes: Uint8Array) => Promise<void>) | null = null;
  /** Sheets in tab order. */
  readonly sheets = new Map<string, SheetCells>();
  readonly written: WorkbookSpec[] = [];
  readonly highlighted: WorkbookSpec[] = [];
  readonly selections: { sheet: string; address: string }[] = [];
  readonly calls: Operation[] = [];
  /** What selectedText() returns. */
  selection: string[][] = [];
  /** Parts Excel "refused": reported as skipped on every write. */
  skips: SkippedPart[] = [];
  /** Operations that throw this error instead of running. */
  readonly failures = new Map<Operation, unknown>();
  private gate: Promise<void> | null = null;

  /** Holds every operation until the returned function is called, to look at the pane while it waits. */
  hold(): () => void {
    let release = (): void => undefined;
    this.gate = new Promise<void>((resolve) => {
      release = () => {
        this.gate = null;
        resolve();
      };
    });
    return release;
  }

  private async enter(operation: Operation): Promise<void> {
    this.calls.push(operation);
    if (this.gate) await this.gate;
    if (this.failures.has(operation)) throw this.failures.get(operation);
  }

  /** A sheet of the user's (not ours), e.g. to see that the pane asks before replacing it. */
  addSheet(name: string, rows: CellValue[][] = [["x"]]): void {
    this.sheets.set(name, sheetCells(rows as SpecCell[][]));
  }

  async sheetNames(): Promise<string[]> {
    await this.enter("sheetNames");
    return [...this.sheets.keys()];
  }

  async readBook(): Promise<TrackingBook | null> {
    await this.enter("readBook");
    return this.read();
  }

  /** The book as it stands, without counting as a call (for assertions). */
  read(): TrackingBook | null {
    if (!this.sheets.has(MODEL_SHEET)) return null;
    return readBookFromCells({ sheet: (name) => this.sheets.get(name) ?? null });
  }

  async readSheets(names: string[]): Promise<BookCells> {
    await this.enter("readSheets");
    // A copy taken now, as a host's read is: later edits do not show through.
    const read = new Map<string, SheetCells>();
    for (const name of names) {
      const found = [...this.sheets.keys()].find((sheet) => sheetKey(sheet) === sheetKey(name));
      const cells = found === undefined ? undefined : this.sheets.get(found);
      if (cells) read.set(sheetKey(name), new Map([...cells].map(([row, line]) => [row, new Map(line)])));
    }
    return { sheet: (name) => read.get(sheetKey(name)) ?? null };
  }

  async writeBook(spec: WorkbookSpec): Promise<WriteResult> {
    await this.enter("writeBook");
    this.written.push(spec);
    for (const sheet of spec.sheets) this.sheets.set(sheet.name, sheetCells(sheet.cells));
    return { skipped: [...this.skips], roundTrips: 0 };
  }

  async reapplyHighlights(spec: WorkbookSpec): Promise<WriteResult> {
    await this.enter("reapplyHighlights");
    this.highlighted.push(spec);
    return { skipped: [...this.skips], roundTrips: 0 };
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.enter("select");
    this.selections.push({ sheet, address });
  }

  async selectedText(): Promise<string[][]> {
    await this.enter("selectedText");
    return this.selection.map((row) => [...row]);
  }

  /** Types a figure into the Thực hiện row of a unit and target, as an accountant would. */
  typeEntry(unitCode: string, targetId: string, field: keyof Entry | "note", value: CellValue): void {
    const sheet = this.sheets.get(SHEET.tracking);
    if (!sheet) throw new Error("no Thực hiện sheet");
    const column = columnIndex(TRACKING_COLUMNS);
    for (const [r, row] of sheet) {
      if (r === 1) continue;
      if (row.get(column.unitCode)?.value === unitCode && row.get(column.targetId)?.value === targetId) {
        row.set(column[field], { value, formula: false });
        return;
      }
    }
    throw new Error(`no row for ${unitCode}/${targetId}`);
  }
}
