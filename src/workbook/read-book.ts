// Turns the cells a host fetched into a TrackingBook: the plan and units from
// the very hidden model, the tolerance from Cài đặt, and every Thực hiện
// row's entry cells exactly as they stand (a number, text someone typed,
// blank, or an error value). Rows are matched by their codes, not positions,
// so sorted, filtered, added and deleted rows are all fine; anything odd
// becomes a problem (a catalog key and params, said in the reader's language
// where it is shown), not a crash. Only a workbook that
// is not one of ours at all is an error. The .xlsx reader, the Office.js host
// and the browser preview all come through here, so they read books alike.

import { areaInSentence } from "../domain/area";
import { isRateTarget } from "../domain/evaluate";
import type { Plan } from "../domain/plan";
import { type CellValue, DEFAULT_TOLERANCE, type Tolerance } from "../domain/tracking";
import { formatNumber } from "../i18n/format";
import { type Lang, t } from "../i18n/messages";
import { type BookCell, type BookCells, type BookProblem, type SheetCells, type TrackingBook, type TrackingRow, WorkbookReadError } from "./book";
import { conditionLabel, entryKey, trackingPairs } from "./describe";
import { MODEL_MARKER, MODEL_SHEET, SCHEMA_VERSION, SETTINGS, SHEET, TARGET_COLUMNS, vi } from "./layout";
import { chunksAt, type Journal, journalColumn, journalSheet, type ModelSlot, parseJournal, parseModel, type WorkbookModel } from "./model";
import { cellAddress, parseCell } from "./a1";
import type { Target } from "../domain/plan";

/** A cell's content as the reader compares it: trimmed text, an error's code, "" for blank. */
export function textOf(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return String(value).trim();
}

/** The value at 1-based row and column, null when blank. */
function valueAt(cells: SheetCells, row: number, column: number): CellValue {
  return cells.get(row)?.get(column)?.value ?? null;
}

/** The value at an A1 address ("B2"). */
function valueOf(cells: SheetCells, address: string): CellValue {
  const { row, column } = parseCell(address);
  return valueAt(cells, row, column);
}

function readModel(cells: BookCells): { model: WorkbookModel; journal: Journal | null; version: number } {
  const sheet = cells.sheet(MODEL_SHEET);
  if (!sheet || textOf(valueOf(sheet, "A1")) !== MODEL_MARKER) throw new WorkbookReadError("wbErrorNotOurs");
  const version = valueOf(sheet, "B1");
  if (typeof version !== "number") throw new WorkbookReadError("wbErrorModelDamaged");
  if (version > SCHEMA_VERSION) throw new WorkbookReadError("wbErrorNewerSchema", { version });
  const parts = valueOf(sheet, "C1");
  if (typeof parts !== "number" || !Number.isInteger(parts) || parts < 1) throw new WorkbookReadError("wbErrorModelDamaged");
  // D1 and E1 (see ./model.ts): which column holds the model, and a journal left by a write that did not finish.
  const slotCell = valueOf(sheet, "D1");
  if (slotCell !== null && slotCell !== 1 && slotCell !== 2) throw new WorkbookReadError("wbErrorModelDamaged");
  const slot: ModelSlot = slotCell === 2 ? 2 : 1;
  const json = chunksAt(sheet, slot, parts)?.join("") ?? null;
  const model = json === null ? null : parseModel(json, version);
  if (!model) throw new WorkbookReadError("wbErrorModelDamaged");
  const journalParts = valueOf(sheet, "E1");
  let journal: Journal | null = null;
  if (typeof journalParts === "number" && journalParts > 0) {
    const text = chunksAt(sheet, journalColumn(slot), journalParts)?.join("") ?? null;
    journal = text === null ? null : parseJournal(text);
    if (!journal) throw new WorkbookReadError("wbErrorModelDamaged");
  }
  return { model, journal, version };
}

function readTolerance(cells: BookCells, problems: BookProblem[]): Tolerance {
  const sheet = cells.sheet(SHEET.settings);
  if (!sheet) {
    problems.push({ key: "wbProblemNoSheet", params: { sheet: SHEET.settings } });
    return { ...DEFAULT_TOLERANCE };
  }
  const read = (cell: string, fallback: number): number => {
    const value = valueOf(sheet, cell);
    if (typeof value === "number" && value >= 0) return value;
    problems.push({ key: "wbProblemBadTolerance", params: { cell, ...inBoth("value", (lang) => formatNumber(fallback, lang)) } });
    return fallback;
  };
  return {
    ratePoints: read(SETTINGS.ratePoints, DEFAULT_TOLERANCE.ratePoints),
    countShare: read(SETTINGS.countShare, DEFAULT_TOLERANCE.countShare),
  };
}

/** Thực hiện headers the reader looks for (Vietnamese, as the sheet shows them). */
export const TRACKING_HEADER = {
  unitCode: vi("wbColUnitCode"),
  unitName: vi("wbColUnit"),
  targetId: vi("wbColTargetCode"),
  numerator: vi("wbColNumerator"),
  denominator: vi("wbColDenominator"),
  start: vi("wbColStart"),
  value: vi("wbColValue"),
  note: vi("wbColNote"),
  threshold: vi("wbColThreshold"),
  thresholdMax: vi("wbColThresholdMax"),
};

/** How far down the header row is searched for. */
export const HEADER_SEARCH_ROWS = 20;

export interface TrackingHeader {
  /** 1-based row of the header. */
  row: number;
  /** 1-based column of each header text (the first one when a text repeats). */
  columns: Map<string, number>;
}

/** The header row and where each column is: searched for, so inserted rows or moved columns do not matter. */
export function findTrackingHeader(rows: SheetCells): TrackingHeader | null {
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    const columns = new Map<string, number>();
    const cells = [...(rows.get(r) ?? new Map<number, BookCell>())].sort(([a], [b]) => a - b);
    for (const [c, cell] of cells) {
      const text = textOf(cell.value);
      if (text && !columns.has(text)) columns.set(text, c);
    }
    if (columns.has(TRACKING_HEADER.unitCode) && columns.has(TRACKING_HEADER.targetId)) return { row: r, columns };
  }
  return null;
}

/**
 * The Thực hiện columns the reader uses below the header, ascending; hosts
 * fetch only these for big sheets. `value` is Giá trị, the one column whose
 * formulas matter (a rate's value typed over its formula is the unit's rate).
 */
export function trackingReadColumns(header: TrackingHeader): { columns: number[]; value: number | null } {
  const found = Object.values(TRACKING_HEADER)
    .map((name) => header.columns.get(name))
    .filter((column): column is number => column !== undefined);
  return {
    columns: [...new Set(found)].sort((a, b) => a - b),
    value: header.columns.get(TRACKING_HEADER.value) ?? null,
  };
}

/** Rows in ascending order (hosts usually hand them over that way already). */
function inRowOrder(sheet: SheetCells): [number, Map<number, BookCell>][] {
  const rows = [...sheet];
  for (let i = 1; i < rows.length; i++) {
    if (rows[i][0] < rows[i - 1][0]) return rows.sort(([a], [b]) => a - b);
  }
  return rows;
}


/** How a threshold cell reads in a message: the number, the text, or "(trống)" for blank. */
function shown(value: CellValue, lang: Lang): string {
  if (typeof value === "number") return formatNumber(value, lang);
  return textOf(value) || t("wbBlankCell", lang);
}

/** A param said in each language: `name` for the Vietnamese text, `nameEn` for the English (see BookProblem). */
function inBoth(name: string, say: (lang: Lang) => string): Record<string, string> {
  return { [name]: say("vi"), [`${name}En`]: say("en") };
}

type TargetField = "condition" | "threshold" | "thresholdMax";

const FIELD_KEYS = {
  condition: "wbFieldCondition",
  threshold: "wbFieldThreshold",
  thresholdMax: "wbFieldThresholdMax",
} as const;

/** The model's value of a field, and whether `cell` says the same. */
function agrees(target: Target, field: TargetField, cell: CellValue): boolean {
  if (field === "condition") return textOf(cell) === conditionLabel(target);
  const model = field === "threshold" ? target.value : target.value_max;
  if (model === null) return textOf(cell) === "";
  return typeof cell === "number" && Math.abs(cell - model) <= 1e-9 * Math.max(1, Math.abs(model));
}

function modelShown(target: Target, field: TargetField, lang: Lang): string {
  if (field === "condition") return conditionLabel(target);
  const model = field === "threshold" ? target.value : target.value_max;
  return model === null ? t("wbBlankCell", lang) : formatNumber(model, lang);
}

function editedProblem(
  sheet: string,
  cell: string,
  target: Target,
  field: TargetField,
  value: CellValue,
  effect: "wbEffectRowUsesSheet" | "wbEffectNotUsed",
  area = "",
): BookProblem {
  return {
    key: "wbProblemTargetEdited",
    params: {
      sheet,
      cell,
      target: target.id,
      ...inBoth("field", (lang) => t(FIELD_KEYS[field], lang)),
      ...inBoth("sheetValue", (lang) => shown(value, lang)),
      ...inBoth("modelValue", (lang) => modelShown(target, field, lang)),
      ...inBoth("effect", (lang) => t(effect, lang, { area: areaInSentence(area) })),
    },
  };
}

/**
 * Chỉ tiêu as the planner sees it, against the model. The formulas of
 * Thực hiện and Tổng hợp do not read this sheet (each row carries its own
 * threshold and the comparator is written into the formula), so an edit here
 * changes nothing the workbook computes: it is reported, and the check keeps
 * the model's values, which are what the formulas use.
 */
function compareTargetsSheet(cells: BookCells, plan: Plan, problems: BookProblem[]): void {
  const sheet = cells.sheet(SHEET.targets);
  if (!sheet) return;
  const header = new Map<string, number>();
  for (const [c, cell] of sheet.get(1) ?? new Map<number, BookCell>()) {
    const text = textOf(cell.value);
    if (text && !header.has(text)) header.set(text, c);
  }
  const columnOf = (key: "code" | TargetField): number | undefined =>
    header.get(TARGET_COLUMNS.find((column) => column.key === key)?.header ?? "");
  const codeColumn = columnOf("code");
  if (codeColumn === undefined) return;
  const targets = new Map(plan.targets.map((target) => [target.id, target]));
  const fields: TargetField[] = ["condition", "threshold", "thresholdMax"];
  for (const [r, row] of inRowOrder(sheet)) {
    if (r <= 1) continue;
    const target = targets.get(textOf(row.get(codeColumn)?.value ?? null));
    if (!target) continue;
    for (const field of fields) {
      const c = columnOf(field);
      if (c === undefined) continue;
      const value = row.get(c)?.value ?? null;
      if (!agrees(target, field, value)) problems.push(editedProblem(SHEET.targets, cellAddress(c, r), target, field, value, "wbEffectNotUsed"));
    }
  }
}

/** How many uncalculated formulas are named by address before "…". */
const RECALC_EXAMPLES = 3;

/**
 * Reads a tracking book from its cells. Throws WorkbookReadError when there
 * is no model sheet ("wbErrorNotOurs") or it is damaged or newer; everything
 * else odd becomes a problem in `problems`.
 */
export function readBookFromCells(bookCells: BookCells): TrackingBook {
  const { model, journal, version } = readModel(bookCells);
  const { plan, units } = model;
  const problems: BookProblem[] = [];
  // A write stopped part-way: the sheets users type into are read as they were before it.
  const cells: BookCells = journal ? { sheet: (name) => journalSheet(journal, name) ?? bookCells.sheet(name) } : bookCells;
  if (journal) problems.push({ key: "wbProblemWriteUnfinished", params: {} });
  const tolerance = readTolerance(cells, problems);
  compareTargetsSheet(cells, plan, problems);
  const book: TrackingBook = {
    plan,
    units,
    area: model.area,
    tolerance,
    rows: [],
    problems,
    schemaVersion: version,
    ...(model.returnOf ? { returnOf: model.returnOf } : {}),
    ...(model.collection ? { collection: model.collection } : {}),
  };

  const sheet = cells.sheet(SHEET.tracking);
  if (!sheet) {
    problems.push({ key: "wbProblemNoSheet", params: { sheet: SHEET.tracking } });
    return book;
  }
  const header = findTrackingHeader(sheet);
  if (!header) {
    problems.push({ key: "wbProblemMissingColumn", params: { sheet: SHEET.tracking, column: TRACKING_HEADER.unitCode } });
    return book;
  }
  const column = (name: string): number | null => {
    const found = header.columns.get(name);
    if (found !== undefined) return found;
    problems.push({ key: "wbProblemMissingColumn", params: { sheet: SHEET.tracking, column: name } });
    return null;
  };
  const unitCodeColumn = header.columns.get(TRACKING_HEADER.unitCode) as number;
  const targetIdColumn = header.columns.get(TRACKING_HEADER.targetId) as number;
  const unitNameColumn = header.columns.get(TRACKING_HEADER.unitName) ?? null;
  const noteColumn = header.columns.get(TRACKING_HEADER.note) ?? null;
  const entryColumns = {
    numerator: column(TRACKING_HEADER.numerator),
    denominator: column(TRACKING_HEADER.denominator),
    start: column(TRACKING_HEADER.start),
    value: column(TRACKING_HEADER.value),
  };

  const thresholdColumn = header.columns.get(TRACKING_HEADER.threshold) ?? null;
  const thresholdMaxColumn = header.columns.get(TRACKING_HEADER.thresholdMax) ?? null;
  // One problem per target and field: a threshold edited down a whole column is one edit.
  const editReported = new Set<string>();
  const uncalculated: string[] = [];

  const targets = new Map(plan.targets.map((target) => [target.id, target]));
  const unitsByCode = new Map(units.map((unit) => [unit.code, unit]));
  const firstRowOf = new Map<string, number>();
  for (const [r, row] of inRowOrder(sheet)) {
    if (r <= header.row) continue;
    const at = (c: number | null): CellValue => (c === null ? null : (row.get(c)?.value ?? null));
    const unitCode = textOf(at(unitCodeColumn));
    const targetId = textOf(at(targetIdColumn));
    if (!unitCode || !targetId) {
      const entered = Object.values(entryColumns).some((c) => at(c) !== null);
      if (unitCode || targetId || entered) problems.push({ key: "wbProblemMissingKey", params: { row: r } });
      continue;
    }
    const target = targets.get(targetId);
    if (!target) {
      problems.push({ key: "wbProblemUnknownTarget", params: { row: r, target: targetId } });
      continue;
    }
    const unit = unitsByCode.get(unitCode);
    if (!unit) problems.push({ key: "wbProblemUnknownUnit", params: { row: r, unit: unitCode } });
    const key = entryKey(unitCode, targetId);
    const first = firstRowOf.get(key);
    if (first !== undefined) problems.push({ key: "wbProblemDuplicateRow", params: { row: r, unit: unitCode, target: targetId, first } });
    else firstRowOf.set(key, r);

    const rate = isRateTarget(target);
    const valueCell = entryColumns.value === null ? undefined : row.get(entryColumns.value);
    const value = valueCell?.value ?? null;
    // A formula whose result was never calculated (written by a program, not Excel) has no value yet:
    // that is not missing data, the book needs recalculating.
    for (const c of Object.values(entryColumns)) {
      if (c === null || (rate && c === entryColumns.value)) continue;
      const cell = row.get(c);
      if (cell?.formula && cell.value === null) uncalculated.push(cellAddress(c, r));
    }
    // The row's formulas compare against its own Ngưỡng cells, so the check follows them (the formulas' truth).
    let threshold: TrackingRow["threshold"];
    const sheetValue = at(thresholdColumn);
    const sheetMax = at(thresholdMaxColumn);
    const edited: [TargetField, number | null, CellValue][] = [
      ["threshold", thresholdColumn, sheetValue],
      ["thresholdMax", thresholdMaxColumn, sheetMax],
    ];
    let differs = false;
    for (const [field, c, value] of edited) {
      if (c === null || agrees(target, field, value)) continue;
      differs = true;
      const reportKey = `${target.id}\u0000${field}`;
      if (!editReported.has(reportKey)) {
        editReported.add(reportKey);
        problems.push(editedProblem(SHEET.tracking, cellAddress(c, r), target, field, value, "wbEffectRowUsesSheet", book.area));
      }
    }
    if (differs && typeof sheetValue === "number") {
      threshold = { value: sheetValue, valueMax: typeof sheetMax === "number" ? sheetMax : target.value_max };
    }
    book.rows.push({
      ...(threshold ? { threshold } : {}),
      sheetRow: r,
      unitCode,
      unitName: unit?.name ?? textOf(at(unitNameColumn)),
      targetId,
      entry: {
        numerator: at(entryColumns.numerator),
        denominator: at(entryColumns.denominator),
        start: at(entryColumns.start),
        // A rate's Giá trị is our formula over Tử số and Mẫu số, which the engine recomputes,
        // unless a rate was typed over it (issue 12: the engine then judges that rate).
        value: rate && valueCell?.formula === true ? null : value,
      },
      note: textOf(at(noteColumn)) || null,
    });
  }

  if (uncalculated.length > 0) {
    const examples = uncalculated.slice(0, RECALC_EXAMPLES).join(", ") + (uncalculated.length > RECALC_EXAMPLES ? ", …" : "");
    problems.push({ key: "wbProblemNeedsRecalc", params: { sheet: SHEET.tracking, count: uncalculated.length, examples } });
  }

  const missing = trackingPairs(plan, units).filter(({ unit, target }) => !firstRowOf.has(entryKey(unit.code, target.id)));
  if (missing.length > 0) {
    const examples = missing
      .slice(0, 3)
      .map(({ unit, target }) => `${unit.code}/${target.id}`)
      .join(", ");
    problems.push({ key: "wbProblemMissingRows", params: { count: missing.length, examples } });
  }
  return book;
}
