// Reads a tracking workbook back after people filled it in Excel or
// LibreOffice: the plan and units from the hidden model, the tolerance from
// Cài đặt, and every Thực hiện row's entry cells exactly as they stand (a
// number, text someone typed, blank, or an error value). Rows are matched by
// their codes, not positions, so sorted, filtered, added and deleted rows are
// all fine; anything odd becomes a problem message, not a crash. Only a file
// that is not one of our workbooks at all is an error.

import type { Plan } from "../../domain/plan";
import { type CellValue, DEFAULT_TOLERANCE, type Tolerance, type Unit } from "../../domain/tracking";
import { isRateTarget } from "../../domain/evaluate";
import { formatNumber } from "../../i18n/format";
import { t } from "../../i18n/messages";
import { type TrackingBook, WorkbookReadError } from "../../workbook/book";
import { entryKey, trackingPairs } from "../../workbook/describe";
import { MODEL_MARKER, MODEL_SHEET, SCHEMA_VERSION, SETTINGS, SHEET, vi } from "../../workbook/layout";
import { parseModel } from "../../workbook/model";
import { type RawCell, XlsxBook } from "./sheet-xml";

export { type TrackingBook, type TrackingRow, WorkbookReadError } from "../../workbook/book";

function textOf(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return String(value).trim();
}

/**
 * Opens the file. Cells are read from the XML directly (./sheet-xml.ts), not
 * through ExcelJS's `xlsx.load`: for 30,000 Thực hiện rows that took ~5 s and
 * most of ~570 MB making an object for each of ~500,000 cells.
 */
function load(bytes: Uint8Array): XlsxBook {
  try {
    return new XlsxBook(bytes);
  } catch {
    throw new WorkbookReadError("wbErrorUnreadable");
  }
}

/** Any failure to parse a sheet's XML means a damaged file. */
function parsing<T>(read: () => T): T {
  try {
    return read();
  } catch {
    throw new WorkbookReadError("wbErrorUnreadable");
  }
}

/** A small sheet's cell by a single-letter A1 reference ("B2") or [row, column]. */
const cellAt = (cells: Map<string, RawCell>, ref: string | [number, number]): CellValue => {
  const { row, col } = typeof ref === "string" ? { row: Number(ref.slice(1)), col: ref.charCodeAt(0) - 64 } : { row: ref[0], col: ref[1] };
  return cells.get(`${row}:${col}`)?.value ?? null;
};

function readModel(workbook: XlsxBook): { plan: Plan; units: Unit[] } {
  const sheet = workbook.hasSheet(MODEL_SHEET) ? parsing(() => workbook.cells(MODEL_SHEET)) : null;
  if (!sheet || textOf(cellAt(sheet, "A1")) !== MODEL_MARKER) throw new WorkbookReadError("wbErrorNotOurs");
  const version = cellAt(sheet, "B1");
  if (typeof version !== "number") throw new WorkbookReadError("wbErrorModelDamaged");
  if (version > SCHEMA_VERSION) throw new WorkbookReadError("wbErrorNewerSchema", { version });
  const parts = cellAt(sheet, "C1");
  if (typeof parts !== "number" || !Number.isInteger(parts) || parts < 1) throw new WorkbookReadError("wbErrorModelDamaged");
  let json = "";
  for (let r = 2; r < 2 + parts; r++) {
    const chunk = cellAt(sheet, [r, 1]);
    if (typeof chunk !== "string") throw new WorkbookReadError("wbErrorModelDamaged");
    json += chunk;
  }
  const model = parseModel(json);
  if (!model) throw new WorkbookReadError("wbErrorModelDamaged");
  return { plan: model.plan, units: model.units };
}

function readTolerance(workbook: XlsxBook, problems: string[]): Tolerance {
  const sheet = parsing(() => workbook.cells(SHEET.settings));
  if (!sheet) {
    problems.push(t("wbProblemNoSheet", "vi", { sheet: SHEET.settings }));
    return { ...DEFAULT_TOLERANCE };
  }
  const read = (cell: string, fallback: number): number => {
    const value = cellAt(sheet, cell);
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
  note: vi("wbColNote"),
};

/** How far down the header row is searched for. */
const HEADER_ROWS = 20;

/**
 * The Thực hiện sheet's rows, in row order, each with its non-empty cells by
 * column. Once the rows that may hold the header have been read, only the
 * columns the reader uses are kept and the others (the formulas, most of the
 * XML) are skipped unparsed. Rows out of order, which no known program writes
 * but the format allows, make it read the sheet again keeping everything.
 */
function readTrackingRows(workbook: XlsxBook): Map<number, Map<number, RawCell>> | null {
  const read = (filter: boolean): { rows: Map<number, Map<number, RawCell>>; ordered: boolean } | null => {
    const rows = new Map<number, Map<number, RawCell>>();
    let last = 0;
    let ordered = true;
    let wanted: Set<number> | null = null;
    const keep = (r: number, c: number): boolean => {
      if (r < last) ordered = false;
      last = r;
      if (!filter || r <= HEADER_ROWS || !ordered) return true;
      if (wanted === null) {
        const header = findHeader(rows);
        const columns = header ? Object.values(HEADER).map((name) => header.columns.get(name)) : [];
        // Without a header nothing is read past it anyway; keep everything rather than guess.
        wanted = new Set(columns.filter((column): column is number => column !== undefined));
        if (!header) filter = false;
      }
      return !filter || wanted.has(c);
    };
    const found = parsing(() =>
      workbook.eachCell(
        SHEET.tracking,
        (r, c, cell) => {
          let row = rows.get(r);
          if (!row) rows.set(r, (row = new Map()));
          row.set(c, cell);
        },
        keep,
      ),
    );
    return found ? { rows, ordered } : null;
  };
  let sheet = read(true);
  if (sheet && !sheet.ordered) sheet = read(false);
  if (!sheet) return null;
  return new Map([...sheet.rows].sort(([a], [b]) => a - b));
}

/** The header row and where each column is: searched for, so inserted rows or moved columns do not matter. */
function findHeader(rows: Map<number, Map<number, RawCell>>): { row: number; columns: Map<string, number> } | null {
  for (let r = 1; r <= HEADER_ROWS; r++) {
    const columns = new Map<string, number>();
    const cells = [...(rows.get(r) ?? new Map<number, RawCell>())].sort(([a], [b]) => a - b);
    for (const [c, cell] of cells) {
      const text = textOf(cell.value);
      if (text && !columns.has(text)) columns.set(text, c);
    }
    if (columns.has(HEADER.unitCode) && columns.has(HEADER.targetId)) return { row: r, columns };
  }
  return null;
}

export async function readTrackingWorkbook(bytes: Uint8Array): Promise<TrackingBook> {
  const workbook = load(bytes);
  const { plan, units } = readModel(workbook);
  const problems: string[] = [];
  const tolerance = readTolerance(workbook, problems);
  const book: TrackingBook = { plan, units, tolerance, rows: [], problems };

  const sheet = readTrackingRows(workbook);
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
  const noteColumn = header.columns.get(HEADER.note) ?? null;
  const entryColumns = {
    numerator: column(HEADER.numerator),
    denominator: column(HEADER.denominator),
    start: column(HEADER.start),
    value: column(HEADER.value),
  };

  const targets = new Map(plan.targets.map((target) => [target.id, target]));
  const unitsByCode = new Map(units.map((unit) => [unit.code, unit]));
  const firstRowOf = new Map<string, number>();
  for (const [r, row] of sheet) {
    if (r <= header.row) continue;
    const at = (c: number | null): CellValue => (c === null ? null : (row.get(c)?.value ?? null));
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
    const valueCell = entryColumns.value === null ? undefined : row.get(entryColumns.value);
    const value = valueCell?.value ?? null;
    if (rate && valueCell !== undefined && !valueCell.formula && value !== null) {
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
      note: textOf(at(noteColumn)) || null,
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
