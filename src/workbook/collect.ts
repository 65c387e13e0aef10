// Taking per-school returns back into the book (issue 12). Each file is
// checked against the book first — made by `split` for this plan (same
// fingerprint and period), a unit the book has, only that unit's rows, not an
// older copy of what was already collected — and a file that fails any check
// contributes nothing. Entries then come back exactly as typed; where the
// book already holds another figure for a cell, the book's is never replaced
// silently: it is a conflict unless the caller chose a side. Pure: the CLI and
// the pane read the files and write the result.

import { entryFields, isRateTarget, typedFields } from "../domain/evaluate";
import { sha256Hex } from "../domain/hash";
import type { Target } from "../domain/plan";
import type { CellValue, Entry, Unit } from "../domain/tracking";
import { formatNumber } from "../i18n/format";
import { type Lang, type MessageKey, t } from "../i18n/messages";
import { appendixSheet, appendixTables, mergeAppendixOptions, readAppendixEdits, withAppendices } from "./appendix";
import { bookAsRebuilt } from "./appendix/rebuilt";
import type { BookCells, TrackingBook, TrackingRow } from "./book";
import { SHEET, TRACKING } from "./layout";
import { contentOf, specForBook } from "./rebuild";
import type { WorkbookSpec } from "./spec";
import { entryKey, type Submission, submissions, trackingPairs } from "./describe";
import type { CollectedReturn, CollectionRecord } from "./model";
import { planFingerprint } from "./returns";

/** One file handed to `collectReturns`: its name, and the book read from it or why it could not be. */
export interface ReturnInput {
  file: string;
  book: TrackingBook | null;
  /** Why the file could not be read (a catalog message); set when `book` is null. */
  unreadable?: { key: MessageKey; params: Record<string, string | number> };
  /** When the file was last saved (its document properties), ISO 8601; null when it does not say. */
  savedAt: string | null;
}

export type Prefer = "returns" | "book" | null;

export interface Refusal {
  file: string;
  key: MessageKey;
  params: Record<string, string | number>;
}

export type CollectField = keyof Entry | "note";

/** The column each collected cell is in, as the sheet heads it. */
export const COLLECT_FIELD_KEYS: Record<CollectField, MessageKey> = {
  numerator: "wbColNumerator",
  denominator: "wbColDenominator",
  start: "wbColStart",
  value: "wbColValue",
  note: "wbColNote",
};

/** A cell of a conflict as people read it: "(trống)" for a blank, numbers with a decimal comma in Vietnamese. */
export function collectedCellText(cell: CellValue, lang: Lang): string {
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return t("collectBlank", lang);
  if (typeof cell === "number") return formatNumber(cell, lang);
  return typeof cell === "string" ? cell : cell.error;
}

export interface Conflict {
  file: string;
  unitCode: string;
  targetId: string;
  field: CollectField;
  book: CellValue;
  incoming: CellValue;
}

export interface Applied {
  file: string;
  unit: Unit;
  filled: number;
  expected: number;
}

export interface CollectResult {
  refused: Refusal[];
  /** Files already collected as they are: nothing changes. */
  unchanged: { file: string; unitCode: string }[];
  applied: Applied[];
  /** Cells where book and return disagree; when `prefer` is null they block the write. */
  conflicts: Conflict[];
  /** The book's rows after collecting: one per unit + target pair. */
  rows: TrackingRow[];
  collection: CollectionRecord;
  /** Conflicting cells resolved by `prefer`: kept from the book, taken from a return. */
  kept: number;
  replaced: number;
}

/** Earlier copies remembered per unit: enough to catch any resend, bounded so the model stays small. */
const HISTORY = 50;

const isBlank = (cell: CellValue): boolean => cell === null || (typeof cell === "string" && cell.trim() === "");

/** The same cell content: blanks alike, numbers and text exactly, errors by code. */
export function sameCell(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === "object" && a !== null) return typeof b === "object" && b !== null && a.error === b.error;
  return a === b;
}

/**
 * A rate's Giá trị comes last, after Ghi chú: collection records and content
 * hashes made before rates could be typed list the other cells in this
 * order, and a blank Giá trị is left out of them (`hashedFields`), so they
 * still match.
 */
function fieldsOf(target: Target): CollectField[] {
  return isRateTarget(target) ? [...entryFields(target), "note", "value"] : [...entryFields(target), "note"];
}

/** `fieldsOf` without a rate's blank Giá trị, for hashes. */
function hashedFields(target: Target, row: TrackingRow | undefined): CollectField[] {
  const fields = fieldsOf(target);
  return isRateTarget(target) && isBlank(cellOf(row, "value")) ? fields.slice(0, -1) : fields;
}

function cellOf(row: TrackingRow | undefined, field: CollectField): CellValue {
  if (row === undefined) return null;
  return field === "note" ? row.note : row.entry[field];
}

/** Cells as hashed: blanks as null, so a cell of spaces and an empty one hash alike. */
const hashable = (cell: CellValue): CellValue => (isBlank(cell) ? null : cell);

/**
 * Short hashes of a row's collected cells, one per cell in `fieldsOf` order,
 * joined by "." — what the collection record keeps of each row a unit sent.
 */
export function rowHash(target: Target, row: TrackingRow | undefined): string {
  return hashedFields(target, row)
    .map((field) => sha256Hex(JSON.stringify(hashable(cellOf(row, field)))).slice(0, 8))
    .join(".");
}

/** What a return holds, whatever program last saved it: the same figures hash alike. */
export function returnContentHash(fingerprint: string, unitCode: string, rows: readonly [Target, TrackingRow][]): string {
  const content = [...rows]
    .sort(([a], [b]) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(([target, row]) => [target.id, hashedFields(target, row).map((field) => hashable(cellOf(row, field)))]);
  return sha256Hex(JSON.stringify([fingerprint, unitCode, content]));
}

interface Candidate {
  input: ReturnInput;
  order: number;
  unit: Unit;
  rows: [Target, TrackingRow][];
  hash: string;
}

/** Checks one file against the book; a refusal, or what it brings. */
function check(
  input: ReturnInput,
  order: number,
  book: TrackingBook,
  fingerprint: string,
  pairs: Map<string, Target>,
): Refusal | Candidate {
  const refuse = (key: MessageKey, params: Record<string, string | number> = {}): Refusal => ({ file: input.file, key, params });
  if (input.book === null) return input.unreadable ? refuse(input.unreadable.key, input.unreadable.params) : refuse("collectReasonUnreadable");
  const stamp = input.book.returnOf;
  if (stamp === undefined) return refuse("collectReasonNotReturn");
  if (stamp.planFingerprint !== fingerprint) return refuse("collectReasonOtherPlan");
  const period = book.plan.meta.period ?? null;
  if (stamp.period !== period) return refuse("collectReasonOtherPeriod", { period: stamp.period ?? "", bookPeriod: period ?? "" });
  const unit = book.units.find((candidate) => candidate.code === stamp.unitCode);
  if (unit === undefined) return refuse("collectReasonUnknownUnit", { unit: stamp.unitCode });
  const rows: [Target, TrackingRow][] = [];
  const seen = new Map<string, number>();
  for (const row of [...input.book.rows].sort((a, b) => a.sheetRow - b.sheetRow)) {
    if (row.unitCode !== unit.code) return refuse("collectReasonOtherUnitRows", { unit: unit.code, other: row.unitCode, row: row.sheetRow });
    const target = pairs.get(entryKey(unit.code, row.targetId));
    if (target === undefined) return refuse("collectReasonUnknownRow", { row: row.sheetRow, target: row.targetId, unit: unit.code });
    const first = seen.get(row.targetId);
    if (first !== undefined) return refuse("collectReasonDuplicateRow", { target: row.targetId, first, row: row.sheetRow });
    seen.set(row.targetId, row.sheetRow);
    rows.push([target, row]);
  }
  return { input, order, unit, rows, hash: returnContentHash(fingerprint, unit.code, rows) };
}

/** Later save first; files that do not say when they were saved count as oldest, then by their order given. */
function newerFirst(a: Candidate, b: Candidate): number {
  const at = (candidate: Candidate): string => candidate.input.savedAt ?? "";
  if (at(a) !== at(b)) return at(a) < at(b) ? 1 : -1;
  return b.order - a.order;
}

/**
 * Collects `inputs` into `book`. Refused files change nothing. Conflicts are
 * listed; with `prefer` null the caller must not write the result when there
 * are any. `collectedAt` (ISO 8601) is recorded for each unit received.
 */
export function collectReturns(book: TrackingBook, inputs: readonly ReturnInput[], prefer: Prefer, collectedAt: string): CollectResult {
  const fingerprint = planFingerprint(book.plan);
  const pairs = new Map(trackingPairs(book.plan, book.units).map(({ unit, target }) => [entryKey(unit.code, target.id), target]));
  const result: CollectResult = {
    refused: [],
    unchanged: [],
    applied: [],
    conflicts: [],
    rows: bookAsRebuilt(book).rows,
    collection: { ...(book.collection ?? {}) },
    kept: 0,
    replaced: 0,
  };

  const byUnit = new Map<string, Candidate[]>();
  inputs.forEach((input, order) => {
    const checked = check(input, order, book, fingerprint, pairs);
    if ("key" in checked) result.refused.push(checked);
    else byUnit.set(checked.unit.code, [...(byUnit.get(checked.unit.code) ?? []), checked]);
  });

  const rowsByKey = new Map(result.rows.map((row) => [entryKey(row.unitCode, row.targetId), row]));
  for (const [unitCode, candidates] of byUnit) {
    // Several copies of one unit's file: the newest counts; the same content again is just a copy.
    const [newest, ...older] = [...candidates].sort(newerFirst);
    for (const copy of older) {
      if (copy.hash === newest.hash) result.unchanged.push({ file: copy.input.file, unitCode });
      else result.refused.push({ file: copy.input.file, key: "collectReasonOlderThanSibling", params: { newer: newest.input.file, unit: unitCode } });
    }
    const record = book.collection?.[unitCode];
    if (record !== undefined && record.contentHash === newest.hash) {
      result.unchanged.push({ file: newest.input.file, unitCode });
      continue;
    }
    const savedBefore = record !== undefined && record.savedAt !== null && newest.input.savedAt !== null && newest.input.savedAt < record.savedAt;
    if (record !== undefined && (record.history.includes(newest.hash) || savedBefore)) {
      result.refused.push({ file: newest.input.file, key: "collectReasonOlderCopy", params: { unit: unitCode, collected: record.file } });
      continue;
    }
    apply(newest, record, rowsByKey, prefer, result);
    const rowHashes: Record<string, string> = {};
    for (const [target, row] of newest.rows) rowHashes[target.id] = rowHash(target, row);
    const entry: CollectedReturn = {
      file: newest.input.file,
      contentHash: newest.hash,
      history: record === undefined ? [] : [...record.history, record.contentHash].slice(-HISTORY),
      savedAt: newest.input.savedAt,
      collectedAt,
      rows: rowHashes,
    };
    result.collection[unitCode] = entry;
    const own = result.rows.filter((row) => row.unitCode === unitCode);
    const filled = own.filter((row) => {
      const target = pairs.get(entryKey(row.unitCode, row.targetId));
      return target !== undefined && typedFields(target).some((field) => !isBlank(row.entry[field]));
    }).length;
    result.applied.push({ file: newest.input.file, unit: newest.unit, filled, expected: own.length });
  }
  return result;
}

/**
 * Writes a return's cells into the rows. A cell the book left blank, or still
 * holding what this unit sent last time (its row hash unchanged), takes the
 * return's content; any other difference is the office's own figure and a
 * conflict, settled by `prefer` or left for the caller.
 */
function apply(
  candidate: Candidate,
  record: CollectedReturn | undefined,
  rowsByKey: Map<string, TrackingRow>,
  prefer: Prefer,
  result: CollectResult,
): void {
  for (const [target, incoming] of candidate.rows) {
    const row = rowsByKey.get(entryKey(candidate.unit.code, target.id));
    if (row === undefined) continue;
    // Cell by cell: a cell still holding what this unit sent last time is the unit's to change.
    const sent = record?.rows[target.id]?.split(".") ?? [];
    const now = rowHash(target, row).split(".");
    fieldsOf(target).forEach((field, i) => {
      const mine = cellOf(row, field);
      const theirs = cellOf(incoming, field);
      if (sameCell(mine, theirs)) return;
      const fromUnit = sent[i] !== undefined && sent[i] === now[i];
      if (!isBlank(mine) && !fromUnit) {
        if (prefer === null) {
          result.conflicts.push({ file: candidate.input.file, unitCode: candidate.unit.code, targetId: target.id, field, book: mine, incoming: theirs });
          return;
        }
        if (prefer === "book") {
          result.kept += 1;
          return;
        }
        result.replaced += 1;
      }
      if (field === "note") row.note = isBlank(theirs) ? null : typeof theirs === "object" && theirs !== null ? theirs.error : String(theirs);
      else row.entry = { ...row.entry, [field]: theirs };
    });
  }
}

/** The Thực hiện cells a collect changed, against the book as it would be rewritten: the cells a host must write. */
export function collectedCells(book: TrackingBook, rows: readonly TrackingRow[]): string[] {
  const before = new Map(bookAsRebuilt(book).rows.map((row) => [entryKey(row.unitCode, row.targetId), row]));
  const targets = new Map(book.plan.targets.map((target) => [target.id, target]));
  const cells: string[] = [];
  for (const row of rows) {
    const target = targets.get(row.targetId);
    const old = before.get(entryKey(row.unitCode, row.targetId));
    if (target === undefined) continue;
    for (const field of fieldsOf(target)) {
      if (!sameCell(cellOf(old, field), cellOf(row, field))) cells.push(`${TRACKING[field]}${row.sheetRow}`);
    }
  }
  return cells;
}

/**
 * The book to write after a collect: rewritten with the collected rows and
 * record, its appendices (when it has them: `appendix` holds their cells, for
 * the choices stored in them) recomputed from the new figures, and the
 * changed entry cells marked as new for hosts that rewrite in place. Throws
 * AppendixOptionError when the stored appendix choices no longer fit.
 */
export function specAfterCollect(book: TrackingBook, result: CollectResult, appendix: BookCells | null): WorkbookSpec {
  const merged: TrackingBook = { ...book, rows: result.rows, collection: result.collection };
  let spec = specForBook(contentOf(merged));
  if (appendix !== null) {
    const options = mergeAppendixOptions(readAppendixEdits(appendix), {});
    spec = withAppendices(spec, appendixTables(bookAsRebuilt(merged), options).map(appendixSheet));
  }
  const newEntries = collectedCells(book, result.rows);
  return { ...spec, sheets: spec.sheets.map((sheet) => (sheet.name === SHEET.tracking ? { ...sheet, newEntries } : sheet)) };
}

/** Tình hình nộp as the book stands: what the sheet shows, for the pane. */
export function bookSubmissions(book: TrackingBook): Submission[] {
  const rebuilt = bookAsRebuilt(book);
  const entries = new Map(rebuilt.rows.map((row) => [entryKey(row.unitCode, row.targetId), row.entry]));
  return submissions(trackingPairs(book.plan, rebuilt.units), book.tolerance, entries, book.collection ?? {});
}
