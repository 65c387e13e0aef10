// What the task pane needs of a workbook, whichever workbook it is: the open
// workbook in Excel (./officejs) or the in-browser preview book (src/preview).
// The pane builds a WorkbookSpec with the domain code and hands it over; the
// host only applies specs, reads cells back and moves the selection.

import type { BookCells, TrackingBook } from "../workbook/book";
import type { WorkbookSpec } from "../workbook/spec";

/**
 * A part of a write that can be left out without losing anything: the cells,
 * formulas and model are written or the write fails; these are reported as
 * skipped when Excel refused them.
 */
export type SkippedPart =
  | "formats"
  | "sizes"
  | "merges"
  | "tables"
  | "conditionalFormats"
  | "dataValidation"
  | "freezePanes"
  | "pageLayout"
  | "protection"
  | "layout"
  | "calculation";

export interface WriteResult {
  /** Parts of the spec this host could not apply (the pane tells the user which and what to do). */
  skipped: SkippedPart[];
  /** Round trips to Excel (`context.sync` calls); 0 for the preview. */
  roundTrips: number;
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /**
   * Whether the pane can hand the user a file to save (a download). Excel on
   * Windows and on the web can; Excel for Mac's and iPad's webviews ignore downloads.
   */
  readonly canDownload: boolean;
  /**
   * Opens .xlsx bytes as a new workbook for the user to save (Excel's
   * `Excel.createWorkbook`), the way out where downloads are not allowed;
   * null where the host has no such thing (the preview downloads instead).
   */
  readonly openAsNewWorkbook: ((bytes: Uint8Array) => Promise<void>) | null;
  /** Names of the sheets the workbook has now, in tab order. */
  sheetNames(): Promise<string[]>;
  /**
   * The tracking book in the workbook, or null when it holds none (no model
   * sheet). Throws WorkbookReadError (src/workbook/book.ts) when the model
   * sheet is there but damaged or from a newer version.
   */
  readBook(): Promise<TrackingBook | null>;
  /**
   * The cells of just these sheets, as they stand now (formulas as their
   * computed results, marked as formulas), for readers of sheets other than
   * the book's own, such as `readAppendixEdits`. `sheet(name)` is null for a
   * sheet the workbook does not have, or that was not asked for; Excel's
   * sheet names ignore case.
   */
  readSheets(names: string[]): Promise<BookCells>;
  /**
   * Applies the spec: each of its sheets is created, or replaced when a sheet
   * of that name exists (the caller has already asked the user about any
   * sheet that is not ours). Sheets not in the spec are left alone.
   */
  writeBook(spec: WorkbookSpec): Promise<WriteResult>;
  /** Puts the spec's conditional formats back on its sheets (a user may have cleared them). */
  reapplyHighlights(spec: WorkbookSpec): Promise<WriteResult>;
  /** Activates the sheet, selects the cell (A1 address) and scrolls it into view. */
  select(sheet: string, address: string): Promise<void>;
  /** The selected range's cells as text (for a unit list selected in a sheet); [] when nothing useful is selected. */
  selectedText(): Promise<string[][]>;
}

/** The same workbook, calling `onWrite` after every write, finished or not (a write that stops part-way changed the book too). */
export function notifyingHost(host: WorkbookHost, onWrite: () => void): WorkbookHost {
  return {
    kind: host.kind,
    canDownload: host.canDownload,
    openAsNewWorkbook: host.openAsNewWorkbook,
    sheetNames: () => host.sheetNames(),
    readBook: () => host.readBook(),
    readSheets: (names) => host.readSheets(names),
    writeBook: (spec) => host.writeBook(spec).finally(onWrite),
    reapplyHighlights: (spec) => host.reapplyHighlights(spec),
    select: (sheet, address) => host.select(sheet, address),
    selectedText: () => host.selectedText(),
  };
}
