// The plan and units as the workbook keeps them in its very hidden sheet, so
// the CLI and the add-in can read a filled book back without re-reading the
// plan document. JSON, split into cells below Excel's 32,767-character limit.

import { defaultAreaName, LEGACY_AREA_NAME } from "../domain/area";
import { isDistrictUnit } from "../domain/evaluate";
import { LEVELS, type Plan } from "../domain/plan";
import type { CellValue, Unit } from "../domain/tracking";
import type { SheetCells } from "./book";
import { isWorkbookModelData } from "./model-schema";
import { DISTRICT_UNIT_CODE, MODEL_CHUNK, MODEL_MARKER, SCHEMA_VERSION } from "./layout";

export interface WorkbookModel {
  plan: Plan;
  units: Unit[];
  /** No unit list was given: the one unit is the whole area (no Đơn vị sheet). */
  districtOnly: boolean;
  /**
   * The whole-area row's name ("Toàn xã Tu Vũ"), as the user left it (schema
   * version 2; version 1 books are upgraded to "Toàn huyện", their only name).
   */
  area: string;
  /** Set in a return file made by `split` (schema 2): what ties it to its book. */
  returnOf?: ReturnStamp;
  /** In a book (schema 2): what `collect` took in, per unit code. Absent: nothing collected yet. */
  collection?: CollectionRecord;
}

/** The hidden fingerprint of a return file: the plan's targets, the unit, the period. */
export interface ReturnStamp {
  /** `planFingerprint` of the book's plan (src/workbook/returns.ts). */
  planFingerprint: string;
  unitCode: string;
  period: string | null;
  /** When the file was made (ISO 8601). */
  madeAt: string;
}

/** The return last collected from one unit. */
export interface CollectedReturn {
  /** File name as collected, for Tình hình nộp. */
  file: string;
  /** Hash of what the file held (`returnContentHash`): the same file again changes nothing. */
  contentHash: string;
  /** Content hashes of copies collected before this one: sending one of them again is an older copy. */
  history: string[];
  /** When the file was last saved (its properties), ISO 8601; null when it did not say. */
  savedAt: string | null;
  /** When it was collected, ISO 8601. */
  collectedAt: string;
  /**
   * Short hashes of each row's cells as the return held them, by target id
   * (`rowHash`): a book cell still equal to it holds what the school sent, so
   * a newer copy may replace it without asking; a cell changed in the book
   * since is the office's, and a different figure for it conflicts.
   */
  rows: Record<string, string>;
}

export type CollectionRecord = Record<string, CollectedReturn>;

/** The name a book gets when nobody chose one and the plan says nothing: no level guessed. */
export const UNKNOWN_AREA_NAME = defaultAreaName({});

/**
 * The whole area as one unit serving every level: code HUYEN whatever the
 * level (formulas and old books key on it), named after the area.
 */
export function districtUnit(area: string = UNKNOWN_AREA_NAME): Unit {
  return {
    code: DISTRICT_UNIT_CODE,
    name: area,
    levels: [...LEVELS],
    commune: null,
    zone: null,
  };
}

/**
 * The units a workbook tracks: the given units, then the district unit
 * (which reports the district-level targets, see `appliesTo`); the district
 * unit alone when none are given. A unit list that already has a unit coded
 * HUYEN gets no second one: that unit is the district's row.
 */
export function trackedUnits(units: readonly Unit[], area: string = UNKNOWN_AREA_NAME): Unit[] {
  return units.some(isDistrictUnit) ? [...units] : [...units, districtUnit(area)];
}

/** The model of a new or rewritten book; `area` defaults to the name the plan's issuer suggests. */
export function modelFor(plan: Plan, units: Unit[], area: string = defaultAreaName(plan.meta), collection?: CollectionRecord): WorkbookModel {
  return { plan, units: trackedUnits(units, area), districtOnly: units.length === 0, area, ...(collection ? { collection } : {}) };
}

/** JSON split into cell-sized pieces (UTF-16 length, as Excel counts). */
export function modelChunks(model: WorkbookModel): string[] {
  return jsonChunks(JSON.stringify(model));
}

/** Any JSON text split into cell-sized pieces; never an empty list. */
export function jsonChunks(json: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(start + MODEL_CHUNK, json.length);
    // Never split a surrogate pair: each cell must hold valid text.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks.length > 0 ? chunks : ["{}"];
}

// --- Where the model sheet keeps things ------------------------------------------
//
// Row 1 is the header: A1 the marker, B1 the schema version, C1 how many
// chunks the model has, D1 which column holds them (1 or 2; blank is 1, as
// the .xlsx host writes it) and E1 how many chunks a journal has (blank or
// 0: none), in the column two to the right of the model's. Chunks start on
// row 2. Inside Excel a write puts the new model in the column not in use
// and then changes row 1 in one step, so a write that stops half-way leaves
// the previous model readable; while the sheets themselves are rewritten,
// the journal keeps the cells users type into as they were (see `Journal`).

export type ModelSlot = 1 | 2;

export const MODEL_HEADER_WIDTH = 5;

/** The model sheet's row 1 for a model of `parts` chunks in `slot`, with `journalParts` journal chunks. */
export function modelHeader(version: number, parts: number, slot: ModelSlot, journalParts: number): (string | number)[] {
  return [MODEL_MARKER, version, parts, slot, journalParts];
}

/**
 * The chunks in `column` of the model sheet, rows 2 to `count` + 1; null
 * when `count` is not a whole number of at least 1 or a chunk is missing.
 */
export function chunksAt(sheet: SheetCells, column: number, count: unknown): string[] | null {
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return null;
  const chunks: string[] = [];
  for (let row = 2; row < 2 + count; row++) {
    const chunk = sheet.get(row)?.get(column)?.value ?? null;
    if (typeof chunk !== "string") return null;
    chunks.push(chunk);
  }
  return chunks;
}

/** The column of a slot's journal chunks. */
export const journalColumn = (slot: ModelSlot): number => slot + 2;

/**
 * The cells of the sheets users type into (Thực hiện, Cài đặt), as they were
 * before a write started: while those sheets are being rewritten the reader
 * takes them from here, so a write that stops part-way loses no entry.
 * Sparse: [row, column, value, holds a formula] per non-empty cell.
 */
export interface Journal {
  sheets: Record<string, JournalCell[]>;
}

export type JournalCell = [number, number, CellValue, boolean];

export function journalOf(sheets: ReadonlyMap<string, SheetCells>): Journal {
  const journal: Journal = { sheets: {} };
  for (const [name, cells] of sheets) {
    const list: JournalCell[] = [];
    for (const [row, line] of cells) for (const [column, cell] of line) list.push([row, column, cell.value, cell.formula]);
    journal.sheets[name] = list;
  }
  return journal;
}

const isCellValue = (value: unknown): value is CellValue =>
  value === null ||
  typeof value === "number" ||
  typeof value === "string" ||
  (isObject(value) && typeof value.error === "string");

/** The journal from joined chunks, or null when it is not one. */
export function parseJournal(json: string): Journal | null {
  const data = parseJson(json);
  if (!isObject(data) || !isObject(data.sheets)) return null;
  for (const list of Object.values(data.sheets)) {
    if (!Array.isArray(list)) return null;
    const ok = list.every(
      (cell) =>
        Array.isArray(cell) &&
        cell.length === 4 &&
        Number.isInteger(cell[0]) &&
        Number.isInteger(cell[1]) &&
        isCellValue(cell[2]) &&
        typeof cell[3] === "boolean",
    );
    if (!ok) return null;
  }
  return data as unknown as Journal;
}

/** One journaled sheet's cells, or null when the journal does not hold it. */
export function journalSheet(journal: Journal, name: string): SheetCells | null {
  const list = journal.sheets[name];
  if (!list) return null;
  const cells: SheetCells = new Map();
  for (const [row, column, value, formula] of list) {
    let line = cells.get(row);
    if (!line) cells.set(row, (line = new Map()));
    line.set(column, { value, formula });
  }
  return cells;
}

/** JSON text as data; undefined when it is not JSON. */
function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The model from joined chunks, or null when it is not one (damaged or
 * edited). `version` is the model sheet's B1: version 1 books (before the
 * area could be named) are upgraded, their whole-area row was "Toàn huyện";
 * a version 2 model without its area is damaged.
 */
export function parseModel(json: string, version: number = SCHEMA_VERSION): WorkbookModel | null {
  const data = parseJson(json);
  // Every field the engine relies on is checked (./model-schema.ts): a bad comparator or a missing
  // threshold is a damaged model, said so, rather than an unexpected error later on.
  if (!isWorkbookModelData(data)) return null;
  const area = version < 2 ? LEGACY_AREA_NAME : data.area;
  if (area === undefined) return null;
  return {
    plan: data.plan,
    units: data.units,
    districtOnly: data.districtOnly ?? false,
    area,
    ...(data.returnOf ? { returnOf: data.returnOf } : {}),
    ...(data.collection ? { collection: data.collection } : {}),
  };
}
