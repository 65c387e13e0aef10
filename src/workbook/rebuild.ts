// Rewriting a tracking workbook without losing what people typed: the spec
// for a book's content carries every entry and note over by unit code and
// target id, and what a rewrite would drop (rows of targets or units no
// longer tracked, cells a changed target no longer has) or which sheets of
// the user's it would replace is found first, for the pane to show and
// confirm. Pure: the host reads and writes.

import { cellKind, isDistrictUnit, typedFields } from "../domain/evaluate";
import type { Plan } from "../domain/plan";
import type { Entry, Tolerance, Unit } from "../domain/tracking";
import type { TrackingBook, TrackingRow } from "./book";
import { describeWorkbook, entryKey, trackingPairs } from "./describe";
import { MODEL_SHEET, SHEET } from "./layout";
import { type CollectionRecord, districtUnit, trackedUnits } from "./model";
import type { WorkbookSpec } from "./spec";
import { sheetKey } from "./sheet-name";

/** What a workbook holds, as the pane edits it. */
export interface BookContent {
  plan: Plan;
  /** The units the user gave (`userUnits`), without the automatic whole-area unit. */
  units: Unit[];
  /** The whole-area row's name (the book's, or one the user typed). */
  area: string;
  tolerance: Tolerance;
  /** Thực hiện rows as read back; their entries and notes are carried over. */
  rows: TrackingRow[];
  /** What `collect` took in (the model keeps it across rewrites). */
  collection?: CollectionRecord;
}

/**
 * The units the user gave (the automatic whole-area unit, "Toàn xã …", added
 * by trackedUnits left out), so a rebuild does not add it twice or show a Đơn
 * vị sheet for a district-only book. trackedUnits appends that unit last,
 * unchanged, so only a last unit equal to it is left out; a HUYEN unit of the
 * user's own (another name, levels, commune) stays. A list whose only unit is
 * a HUYEN unit exactly like the automatic one reads back as district-only.
 */
export function userUnits(book: TrackingBook): Unit[] {
  const last = book.units[book.units.length - 1];
  return last !== undefined && isAutomaticDistrictUnit(last, book.area) ? book.units.slice(0, -1) : [...book.units];
}

function isAutomaticDistrictUnit(unit: Unit, area: string): boolean {
  const district = districtUnit(area);
  return (
    unit.code === district.code &&
    unit.name === district.name &&
    unit.commune === district.commune &&
    unit.zone === district.zone &&
    unit.levels.length === district.levels.length &&
    unit.levels.every((level, i) => level === district.levels[i])
  );
}

/**
 * The book with its whole-area row renamed (`--area` on a book, or the
 * pane): the row keeps its code, entries and levels, only its name changes.
 */
export function withArea(book: TrackingBook, area: string): TrackingBook {
  return { ...book, area, units: book.units.map((unit) => (isDistrictUnit(unit) ? { ...unit, name: area } : unit)) };
}

/** What a book holds, to rewrite as it is: its plan, the user's units, its area, tolerance, rows and collection record. */
export function contentOf(book: TrackingBook): BookContent {
  const content = { plan: book.plan, units: userUnits(book), area: book.area, tolerance: book.tolerance, rows: book.rows };
  return book.collection ? { ...content, collection: book.collection } : content;
}

/**
 * The spec for the content: entries and notes carried over from rows by unit
 * code + target id, tolerance kept. Where a pair has several rows (a row
 * copied in the sheet), the first that holds anything is carried; the others
 * are in `dataAtRisk`.
 */
export function specForBook(content: BookContent): WorkbookSpec {
  const entries = new Map<string, Entry>();
  const notes = new Map<string, string>();
  for (const [key, row] of carriedRows(content.rows)) {
    entries.set(key, row.entry);
    if (row.note !== null) notes.set(key, row.note);
  }
  const collection = content.collection;
  const options = { tolerance: content.tolerance, entries, notes, area: content.area, ...(collection ? { collection } : {}) };
  return { ...describeWorkbook(content.plan, content.units, options), entriesFromBook: true };
}

/**
 * Rows holding something a person typed (any entry cell or a note) that a
 * rewrite for `plan` and `units` (the user's units, as in BookContent) would
 * delete, to show and confirm first: rows whose unit + target pair is no
 * longer tracked, later copies of a pair whose first row is the one carried,
 * and rows whose target no longer has a cell they filled (a rate that became
 * a count loses its Tử số and Mẫu số). In sheet order.
 */
export function dataAtRisk(rows: TrackingRow[], plan: Plan, units: Unit[]): TrackingRow[] {
  const tracked = new Map(trackingPairs(plan, trackedUnits(units)).map(({ unit, target }) => [entryKey(unit.code, target.id), target]));
  const carried = new Set(carriedRows(rows).values());
  return inSheetOrder(rows).filter((row) => {
    if (!holdsData(row)) return false;
    const target = tracked.get(entryKey(row.unitCode, row.targetId));
    if (target === undefined || !carried.has(row)) return true;
    const kept = new Set<keyof Entry>(typedFields(target));
    return (Object.keys(row.entry) as (keyof Entry)[]).some((field) => !kept.has(field) && filled(row.entry[field]));
  });
}

/**
 * Sheet names the spec would write that already exist in the workbook but
 * are not ours: the pane must ask before replacing them. In a workbook that
 * is not ours (no model sheet) that is every name the spec writes. In one
 * that is ours, every sheet of a tracking workbook counts as ours unless
 * `ourSheets` says which the book has (`ourSheetNames`): then a sheet the
 * book never had, such as a "Đơn vị" sheet a user made beside a district-only
 * book, is the user's. Names compare as Excel does, ignoring case; they are
 * returned as the workbook spells them, in the spec's order.
 */
export function takenSheetNames(
  spec: WorkbookSpec,
  existingSheetNames: string[],
  bookIsOurs: boolean,
  ourSheets?: readonly string[],
): string[] {
  const existing = new Map(existingSheetNames.map((name) => [sheetKey(name), name]));
  const ours = new Set(bookIsOurs ? (ourSheets ?? ALL_OUR_SHEETS).map(sheetKey) : []);
  return spec.sheets.flatMap((sheet) => {
    const key = sheetKey(sheet.name);
    const found = existing.get(key);
    return found !== undefined && !ours.has(key) ? [found] : [];
  });
}

/** Every sheet a tracking workbook can have. */
const ALL_OUR_SHEETS: readonly string[] = [SHEET.targets, SHEET.units, SHEET.tracking, SHEET.summary, SHEET.submissions, SHEET.settings, MODEL_SHEET];

/** The sheets a tracking book was written with: every one, but Đơn vị and Tình hình nộp only when it has units of the user's. */
export function ourSheetNames(book: TrackingBook): string[] {
  const perUnit = new Set([SHEET.units, SHEET.submissions]);
  // Books before schema 2 had no Tình hình nộp: a sheet of that name there is the user's.
  const before2 = book.schemaVersion !== undefined && book.schemaVersion < 2;
  return ALL_OUR_SHEETS.filter(
    (name) => (!perUnit.has(name) || userUnits(book).length > 0) && !(name === SHEET.submissions && before2),
  );
}

/**
 * The row each unit + target pair carries, by `entryKey`: the first in sheet
 * order holding anything, else the first. The appendices computed before a
 * rewrite take the same rows (./appendix/rebuilt.ts).
 */
export function carriedRows(rows: readonly TrackingRow[]): Map<string, TrackingRow> {
  const carried = new Map<string, TrackingRow>();
  for (const row of inSheetOrder(rows)) {
    const key = entryKey(row.unitCode, row.targetId);
    const first = carried.get(key);
    if (first === undefined || (!holdsData(first) && holdsData(row))) carried.set(key, row);
  }
  return carried;
}

function inSheetOrder(rows: readonly TrackingRow[]): TrackingRow[] {
  return [...rows].sort((a, b) => a.sheetRow - b.sheetRow);
}

/** Anything typed: a number, text, an error value; a cell of spaces is as good as empty. */
function filled(cell: Entry[keyof Entry]): boolean {
  return cellKind(cell) !== "blank";
}

/** Anything typed in a row: a number, text, an error value, a note. */
function holdsData(row: TrackingRow): boolean {
  return (row.note !== null && row.note.trim() !== "") || (Object.values(row.entry) as Entry[keyof Entry][]).some(filled);
}
