// Reads a tracking workbook back after people filled it in Excel or
// LibreOffice: the plan and units from the hidden model, the tolerance from
// Cài đặt, and every Thực hiện row's entry cells exactly as they stand (a
// number, text someone typed, blank, or an error value). Rows are matched by
// their codes, not positions, so sorted, filtered, added and deleted rows are
// all fine; anything odd becomes a problem message, not a crash. Only a file
// that is not one of our workbooks at all is an error.

import ExcelJS from "exceljs";
import type { Plan } from "../../domain/plan";
import { type CellValue, DEFAULT_TOLERANCE, type Entry, type Tolerance, type Unit } from "../../domain/tracking";
import { isRateTarget } from "../../domain/evaluate";
import { formatNumber } from "../../i18n/format";
import { type MessageKey, t, tBoth } from "../../i18n/messages";
import { entryKey, trackingPairs } from "../../workbook/describe";
import { MODEL_MARKER, MODEL_SHEET, SCHEMA_VERSION, SETTINGS, SHEET, vi } from "../../workbook/layout";
import { parseModel } from "../../workbook/model";

export interface TrackingRow {
  /** 1-based row on the Thực hiện sheet. */
  sheetRow: number;
  unitCode: string;
  unitName: string;
  targetId: string;
  entry: Entry;
}

export interface TrackingBook {
  plan: Plan;
  units: Unit[];
  tolerance: Tolerance;
  rows: TrackingRow[];
  /** What was odd about the book, in Vietnamese, for the person who filled it. */
  problems: string[];
}

/** The file is not a tracking workbook we can read; `key` names the catalog message. */
export class WorkbookReadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(tBoth(key, params));
    this.name = "WorkbookReadError";
  }
}

/** Excel's day 0 (1899-12-30) in JavaScript time; ExcelJS turns date-formatted numbers into Dates from it. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell's content as the workbook's formulas see it. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string") return value === "" ? null : value;
  // Excel's ISNUMBER(TRUE) is FALSE: a logical value where a number belongs is text.
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // A number someone formatted as a date is still that number to a formula.
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return toCellValue(value.richText.map((run) => run.text).join(""));
  if ("formula" in value || "sharedFormula" in value) return toCellValue((value.result ?? null) as ExcelJS.CellValue);
  if ("text" in value) return toCellValue(typeof value.text === "string" ? value.text : null);
  return null;
}

/**
 * A cell as a formula sees it. A formula cell counts as its cached result;
 * `cell.result` is used because ExcelJS's `cell.value` drops results of 0 and "".
 */
export function readCell(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) return toCellValue(cell.result as ExcelJS.CellValue);
  return toCellValue(cell.value);
}

function textOf(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return String(value).trim();
}

const cellText = (cell: ExcelJS.Cell): string => textOf(readCell(cell));

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError("wbErrorUnreadable");
  }
  return workbook;
}

function readModel(workbook: ExcelJS.Workbook): { plan: Plan; units: Unit[] } {
  const sheet = workbook.getWorksheet(MODEL_SHEET);
  if (!sheet || cellText(sheet.getCell("A1")) !== MODEL_MARKER) throw new WorkbookReadError("wbErrorNotOurs");
  const version = readCell(sheet.getCell("B1"));
  if (typeof version !== "number") throw new WorkbookReadError("wbErrorModelDamaged");
  if (version > SCHEMA_VERSION) throw new WorkbookReadError("wbErrorNewerSchema", { version });
  const parts = readCell(sheet.getCell("C1"));
  if (typeof parts !== "number" || !Number.isInteger(parts) || parts < 1) throw new WorkbookReadError("wbErrorModelDamaged");
  let json = "";
  for (let r = 2; r < 2 + parts; r++) {
    const chunk = readCell(sheet.getCell(r, 1));
    if (typeof chunk !== "string") throw new WorkbookReadError("wbErrorModelDamaged");
    json += chunk;
  }
  const model = parseModel(json);
  if (!model) throw new WorkbookReadError("wbErrorModelDamaged");
  return { plan: model.plan, units: model.units };
}

function readTolerance(workbook: ExcelJS.Workbook, problems: string[]): Tolerance {
  const sheet = workbook.getWorksheet(SHEET.settings);
  if (!sheet) {
    problems.push(t("wbProblemNoSheet", "vi", { sheet: SHEET.settings }));
    return { ...DEFAULT_TOLERANCE };
  }
  const read = (cell: string, fallback: number): number => {
    const value = readCell(sheet.getCell(cell));
    if (typeof value === "number" && value >= 0) return value;
    problems.push(t("wbProblemBadTolerance", "vi", { cell, value: formatNumber(fallback, "vi") }));
    return fallback;
  };
  return {
    ratePoints: read(SETTINGS.ratePoints, DEFAULT_TOLERANCE.ratePoints),
    countShare: read(SETTINGS.countShare, DEFAULT_TOLERANCE.countShare),
  };
}

const HEADER = {
  unitCode: vi("wbColUnitCode"),
  unitName: vi("wbColUnit"),
  targetId: vi("wbColTargetCode"),
  numerator: vi("wbColNumerator"),
  denominator: vi("wbColDenominator"),
  start: vi("wbColStart"),
  value: vi("wbColValue"),
};

/** The header row and where each column is: searched for, so inserted rows or moved columns do not matter. */
function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<string, number> } | null {
  const last = Math.min(sheet.rowCount, 20);
  for (let r = 1; r <= last; r++) {
    const columns = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, c) => {
      const text = cellText(cell);
      if (text && !columns.has(text)) columns.set(text, c);
    });
    if (columns.has(HEADER.unitCode) && columns.has(HEADER.targetId)) return { row: r, columns };
  }
  return null;
}

export async function readTrackingWorkbook(bytes: Uint8Array): Promise<TrackingBook> {
  const workbook = await load(bytes);
  const { plan, units } = readModel(workbook);
  const problems: string[] = [];
  const tolerance = readTolerance(workbook, problems);
  const book: TrackingBook = { plan, units, tolerance, rows: [], problems };

  const sheet = workbook.getWorksheet(SHEET.tracking);
  if (!sheet) {
    problems.push(t("wbProblemNoSheet", "vi", { sheet: SHEET.tracking }));
    return book;
  }
  const header = findHeader(sheet);
  if (!header) {
    problems.push(t("wbProblemMissingColumn", "vi", { sheet: SHEET.tracking, column: HEADER.unitCode }));
    return book;
  }
  const column = (name: string): number | null => {
    const found = header.columns.get(name);
    if (found !== undefined) return found;
    problems.push(t("wbProblemMissingColumn", "vi", { sheet: SHEET.tracking, column: name }));
    return null;
  };
  const unitCodeColumn = header.columns.get(HEADER.unitCode) as number;
  const targetIdColumn = header.columns.get(HEADER.targetId) as number;
  const unitNameColumn = header.columns.get(HEADER.unitName) ?? null;
  const entryColumns = {
    numerator: column(HEADER.numerator),
    denominator: column(HEADER.denominator),
    start: column(HEADER.start),
    value: column(HEADER.value),
  };

  const targets = new Map(plan.targets.map((target) => [target.id, target]));
  const unitsByCode = new Map(units.map((unit) => [unit.code, unit]));
  const firstRowOf = new Map<string, number>();
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const at = (c: number | null): CellValue => (c === null ? null : readCell(row.getCell(c)));
    const unitCode = textOf(at(unitCodeColumn));
    const targetId = textOf(at(targetIdColumn));
    if (!unitCode || !targetId) {
      const entered = Object.values(entryColumns).some((c) => at(c) !== null);
      if (unitCode || targetId || entered) problems.push(t("wbProblemMissingKey", "vi", { row: r }));
      continue;
    }
    const target = targets.get(targetId);
    if (!target) {
      problems.push(t("wbProblemUnknownTarget", "vi", { row: r, target: targetId }));
      continue;
    }
    const unit = unitsByCode.get(unitCode);
    if (!unit) problems.push(t("wbProblemUnknownUnit", "vi", { row: r, unit: unitCode }));
    const key = entryKey(unitCode, targetId);
    const first = firstRowOf.get(key);
    if (first !== undefined) problems.push(t("wbProblemDuplicateRow", "vi", { row: r, unit: unitCode, target: targetId, first }));
    else firstRowOf.set(key, r);

    const rate = isRateTarget(target);
    const valueCell = entryColumns.value === null ? null : row.getCell(entryColumns.value);
    const value = valueCell === null ? null : readCell(valueCell);
    if (rate && valueCell !== null && valueCell.type !== ExcelJS.ValueType.Formula && value !== null) {
      problems.push(t("wbProblemValueOverwritten", "vi", { row: r }));
    }
    book.rows.push({
      sheetRow: r,
      unitCode,
      unitName: unit?.name ?? textOf(at(unitNameColumn)),
      targetId,
      entry: {
        numerator: at(entryColumns.numerator),
        denominator: at(entryColumns.denominator),
        start: at(entryColumns.start),
        // A rate's Giá trị is a formula over Tử số and Mẫu số; the engine recomputes it.
        value: rate ? null : value,
      },
    });
  }

  const missing = trackingPairs(plan, units).filter(({ unit, target }) => !firstRowOf.has(entryKey(unit.code, target.id)));
  if (missing.length > 0) {
    const examples = missing
      .slice(0, 3)
      .map(({ unit, target }) => `${unit.code}/${target.id}`)
      .join(", ");
    problems.push(t("wbProblemMissingRows", "vi", { count: missing.length, examples }));
  }
  return book;
}
