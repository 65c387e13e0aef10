// Where things are in the tracking workbook: sheet names, table columns in
// order, widths, and the settings cells. The formulas, the description and
// the reader all take positions from here, so a column moved here moves
// everywhere at once. Names come from the catalog (Vietnamese) because they
// are what users see; they are also the contract books are read back by.

import { type MessageKey, t } from "../i18n/messages";
import { columnLetter } from "./a1";

/**
 * Bumped whenever the layout or the hidden model changes incompatibly.
 * 2 (issue 12): the model names the whole area (`area`), may hold a return
 * file's stamp (`returnOf`) and a book's collection record (`collection`); the
 * Tình hình nộp sheet. A version 1 reader would drop these when it rewrote
 * the book, so it refuses version 2 books; version 1 books read as they are,
 * named "Toàn huyện", with nothing collected yet.
 */
export const SCHEMA_VERSION = 2;

/** The very hidden sheet with the plan and units as JSON. */
export const MODEL_SHEET = "_ChiTieu";
/** A1 of the model sheet: marks a workbook as ours. */
export const MODEL_MARKER = "chitieu.tracking";
/** Excel holds at most 32,767 characters in a cell; JSON is split below that. */
export const MODEL_CHUNK = 30_000;

export const FONT = { name: "Times New Roman", size: 11 };

/** Code of the unit that stands for the whole area (src/domain/tracking.ts). */
export { DISTRICT_UNIT_CODE } from "../domain/tracking";

export const vi = (key: MessageKey): string => t(key, "vi");

export const SHEET = {
  targets: vi("wbSheetTargets"),
  units: vi("wbSheetUnits"),
  tracking: vi("wbSheetTracking"),
  summary: vi("wbSheetSummary"),
  settings: vi("wbSheetSettings"),
  submissions: vi("wbSheetSubmissions"),
  instructions: vi("wbSheetInstructions"),
};

export const TABLE = { targets: "ChiTieu", units: "DonVi", tracking: "ThucHien", summary: "TongHop", submissions: "TinhHinhNop" };

/** Settings cells on `Cài đặt` that every status formula reads. */
export const SETTINGS = { ratePoints: "B2", countShare: "B3" };

export interface ColumnDef<K extends string> {
  key: K;
  header: string;
  width: number;
  wrap?: boolean;
  hidden?: boolean;
  center?: boolean;
}

function def<K extends string>(key: K, header: MessageKey, width: number, extra: Partial<ColumnDef<K>> = {}): ColumnDef<K> {
  return { key, header: vi(header), width, ...extra };
}

export const TARGET_COLUMNS = [
  def("code", "wbColCode", 7, { center: true }),
  def("section", "wbColSection", 7, { center: true }),
  def("level", "wbColLevel", 10, { wrap: true }),
  def("indicator", "wbColIndicator", 36, { wrap: true }),
  def("scope", "wbColScope", 12, { wrap: true }),
  def("condition", "wbColCondition", 9, { center: true }),
  def("threshold", "wbColThreshold", 9),
  def("thresholdMax", "wbColThresholdMax", 9),
  def("outOf", "wbColOutOf", 8),
  def("measureUnit", "wbColMeasureUnit", 11, { wrap: true }),
  def("period", "wbColPeriod", 10, { wrap: true }),
  def("kind", "wbColKind", 10),
  def("check", "wbColCheck", 9, { wrap: true }),
  def("quote", "wbColQuote", 40, { wrap: true }),
] as const;

export const UNIT_COLUMNS = [
  def("code", "wbColUnitCode", 12),
  def("name", "wbColUnitName", 36, { wrap: true }),
  def("levels", "wbColLevel", 26, { wrap: true }),
  def("commune", "wbColCommune", 20, { wrap: true }),
  def("zone", "wbColZone", 16, { wrap: true }),
] as const;

export const TRACKING_COLUMNS = [
  def("unitCode", "wbColUnitCode", 9),
  def("unitName", "wbColUnit", 18, { wrap: true }),
  def("targetId", "wbColTargetCode", 8, { center: true }),
  def("indicator", "wbColIndicator", 30, { wrap: true }),
  def("condition", "wbColCondition", 8, { center: true }),
  def("threshold", "wbColThreshold", 8),
  def("thresholdMax", "wbColThresholdMax", 8),
  def("measureUnit", "wbColMeasureUnit", 9, { wrap: true }),
  def("numerator", "wbColNumerator", 9),
  def("denominator", "wbColDenominator", 9),
  def("start", "wbColStart", 9),
  def("value", "wbColValue", 9),
  def("gap", "wbColGap", 9),
  // Every status ("Thiếu số liệu", the longest) on one line with room to spare (tests/workbook/entry-rules.test.ts).
  def("status", "wbColStatus", 13, { center: true }),
  // Wide enough for every reason on one line, so row heights never depend on it ("Giá trị khác Tử số/Mẫu số"
  // needs 22; at 22–23 LibreOffice's fit-to-width printing counted a blank last page of Thực hiện: tests/workbook/print.test.ts).
  def("reason", "wbColReason", 24, { wrap: true }),
  def("note", "wbColNote", 14, { wrap: true }),
  // Σ(start × denominator) for the district start rate needs a per-row product
  // that is empty unless the row is valid; SUMPRODUCT over raw cells would
  // fail on any text left in the column. Kept inside the table so sorting
  // moves it with its row, hidden because it is plumbing.
  def("weightedStart", "wbColWeightedStart", 10, { hidden: true }),
] as const;

export const SUMMARY_COLUMNS = [
  def("targetId", "wbColTargetCode", 8, { center: true }),
  def("indicator", "wbColIndicator", 32, { wrap: true }),
  def("level", "wbColLevel", 10, { wrap: true }),
  def("condition", "wbColCondition", 8, { center: true }),
  def("threshold", "wbColThreshold", 8),
  def("thresholdMax", "wbColThresholdMax", 8),
  def("measureUnit", "wbColMeasureUnit", 9, { wrap: true }),
  def("numerator", "wbColNumerator", 10),
  def("denominator", "wbColDenominator", 10),
  def("start", "wbColStart", 9),
  def("value", "wbColValue", 9),
  def("gap", "wbColGap", 9),
  def("status", "wbColStatus", 13, { center: true }),
  def("unitCount", "wbColUnitCount", 7),
  def("met", "wbStatusMet", 7),
  def("near", "wbStatusNear", 7),
  def("missed", "wbStatusMissed", 7),
  def("missing", "wbStatusMissing", 8),
  def("invalid", "wbStatusInvalid", 8),
  // Last, so the letters above (which the appendices and books already handed out use) stay where they are;
  // a book made before it gets it when next rewritten. Wide and wrapped: a province may list dozens of codes.
  def("lackingDenominator", "wbColLackingDenominator", 20, { wrap: true }),
] as const;

export const SUBMISSION_COLUMNS = [
  def("unitCode", "wbColUnitCode", 10),
  def("unitName", "wbColUnitName", 30, { wrap: true }),
  def("state", "wbColSubmissionState", 12, { center: true }),
  // "03/12/2026 14:22" in the book's serif font, with room to spare.
  def("receivedAt", "wbColReceivedAt", 19, { center: true }),
  def("file", "wbColReturnFile", 30, { wrap: true }),
  def("filled", "wbColRowsFilled", 10),
  def("expected", "wbColRowsExpected", 10),
  def("toFix", "wbColRowsToFix", 40, { wrap: true }),
] as const;

/** Thực hiện's columns kept in view beside the entry cells: the unit (code, name) and the target (code, indicator). */
export const TRACKING_FROZEN_COLUMNS = TRACKING_COLUMNS.findIndex((column) => column.key === "indicator") + 1;

export type TargetColumn = (typeof TARGET_COLUMNS)[number]["key"];
export type UnitColumn = (typeof UNIT_COLUMNS)[number]["key"];
export type TrackingColumn = (typeof TRACKING_COLUMNS)[number]["key"];
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number]["key"];

/** 1-based column number of each key. */
export function columnIndex<K extends string>(columns: readonly ColumnDef<K>[]): Record<K, number> {
  return Object.fromEntries(columns.map((column, i) => [column.key, i + 1])) as Record<K, number>;
}

/** Column letter of each key. */
export function columnLetters<K extends string>(columns: readonly ColumnDef<K>[]): Record<K, string> {
  return Object.fromEntries(columns.map((column, i) => [column.key, columnLetter(i + 1)])) as Record<K, string>;
}

export const TRACKING = columnLetters(TRACKING_COLUMNS);
export const SUMMARY = columnLetters(SUMMARY_COLUMNS);

/** How the Đơn vị sheet names levels: the catalog's names, which the unit-list reader also accepts. */
export { LEVEL_KEYS } from "../i18n/format";

/** Fills and font colors: Excel's own good / neutral / bad palette, plus grey and orange. */
export const COLORS = {
  header: "DDEBF7",
  entry: "FFF9DB",
  met: { fill: "C6EFCE", color: "006100" },
  near: { fill: "FFEB9C", color: "7F6000" },
  missed: { fill: "FFC7CE", color: "9C0006" },
  missing: { fill: "E7E6E6", color: "3A3A3A" },
  invalid: { fill: "F8CBAD", color: "843C0C" },
};
