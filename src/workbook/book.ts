// A tracking workbook as read back from any host (an .xlsx file, the open
// workbook in Excel, the browser preview): the plan and units from the very
// hidden model sheet, the tolerance from Cài đặt, and every Thực hiện row's
// entry cells exactly as they stand. Hosts only fetch cells; turning cells
// into a TrackingBook is host-independent (./read-book.ts).

import type { Plan } from "../domain/plan";
import type { CellValue, Entry, Tolerance, Unit } from "../domain/tracking";
import type { CollectionRecord, ReturnStamp } from "./model";
import { type MessageKey, tBoth } from "../i18n/messages";

/** A cell as a formula sees it, and whether it holds a formula (its value is then the cached result). */
export interface BookCell {
  value: CellValue;
  formula: boolean;
  /** The formula without its "=", where the host gives it (the .xlsx reader), so a rewrite can keep it. */
  formulaText?: string;
  /** The cell's number format when not General, where asked for (the .xlsx reader's `withFormats`), so a rewrite can keep it. */
  numFmt?: string;
}

/** One sheet's non-empty cells: 1-based row → 1-based column → cell. */
export type SheetCells = Map<number, Map<number, BookCell>>;

/** What a host hands the reader: the cells of a sheet by name, or null when the workbook has no such sheet. */
export interface BookCells {
  sheet(name: string): SheetCells | null;
}

export interface TrackingRow {
  /** 1-based row on the Thực hiện sheet. */
  sheetRow: number;
  unitCode: string;
  unitName: string;
  targetId: string;
  entry: Entry;
  /** "Ghi chú" as typed, or null. Kept when the sheets are rewritten. */
  note: string | null;
  /**
   * The row's Ngưỡng / Ngưỡng trên when they were edited to numbers that
   * differ from the model: the row's formulas compare against these, so the
   * check does too. Absent when the row agrees with the model.
   */
  threshold?: { value: number; valueMax: number | null };
}

export interface TrackingBook {
  plan: Plan;
  units: Unit[];
  /** The whole-area row's name ("Toàn xã Tu Vũ"; "Toàn huyện" in books made before it could be named). */
  area: string;
  tolerance: Tolerance;
  rows: TrackingRow[];
  /** The schema version the book was written with (its model's B1). */
  schemaVersion?: number;
  /** A return file's stamp (made by `split`); absent in a book. */
  returnOf?: ReturnStamp;
  /** What `collect` took in so far; absent when nothing was (and in books before schema 2). */
  collection?: CollectionRecord;
  /** What was odd about the book, for the person who filled it; put into words where it is shown. */
  problems: BookProblem[];
}

/**
 * One odd thing found while reading a book, as a catalog key and its params. A param whose
 * wording differs by language (a formatted number, a field's name) comes twice, `name` for the
 * Vietnamese text and `nameEn` for the English one, so it reads alike with `t(key, lang, params)` and `tBoth(key, params)`.
 */
export interface BookProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** The workbook is not a tracking workbook we can read; `key` names the catalog message. */
export class WorkbookReadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(tBoth(key, params));
    this.name = "WorkbookReadError";
  }
}
