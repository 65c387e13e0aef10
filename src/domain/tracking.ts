// The tracking model: the units (schools) a plan's targets go to, what each
// unit's accountant enters, and what the evaluation says about it. Shared by
// the evaluation engine, the workbook description, its hosts and the CLI.

import type { Level } from "./plan";

/** A school or other unit that reports actuals. */
export interface Unit {
  /** "Mã đơn vị", unique in the workbook. */
  code: string;
  /** "Tên đơn vị". */
  name: string;
  /** Levels the unit serves: a TH&THCS school serves tieu_hoc and thcs. */
  levels: Level[];
  /** "Xã/phường" (the xã, phường or đặc khu the unit is in), or null. */
  commune: string | null;
  /** "Vùng", e.g. "ĐBKK" or "thuận lợi", or null. */
  zone: string | null;
}

/**
 * Code of the unit that stands for the whole area ("Toàn xã Tu Vũ", "Toàn
 * tỉnh Phú Thọ", "Toàn huyện" in older books). Every workbook tracks it:
 * alone when no unit list is given, otherwise as the last unit, reporting
 * the whole-area targets (see `appliesTo`). HUYEN whatever the level: the
 * code is in formulas and stored models of every book made so far, and
 * users see the row's name, which follows the area (./area.ts).
 */
export const DISTRICT_UNIT_CODE = "HUYEN";

/** A cell as the workbook holds it: a number, text typed by a person, empty, or an error value (#DIV/0!). */
export type CellValue = number | string | null | { error: string };

/** What a unit entered for one target (the entry cells of a `Thực hiện` row). */
export interface Entry {
  /** "Tử số" (rates). */
  numerator: CellValue;
  /** "Mẫu số" (rates). */
  denominator: CellValue;
  /** "Giá trị đầu kỳ" (change targets). */
  start: CellValue;
  /**
   * "Giá trị" typed directly (counts, levels, scores), or a rate typed over
   * the Giá trị formula of a rate target; null when the cell holds our formula.
   */
  value: CellValue;
}

export const STATUSES = ["Đạt", "Gần đạt", "Chưa đạt", "Thiếu số liệu", "Không hợp lệ"] as const;
export type Status = (typeof STATUSES)[number];

/**
 * A whole-area (or xã) rate whose units all have valid figures but some gave
 * only a rate, no Mẫu số: Σ Tử số / Σ Mẫu số leaves them out, so the figure
 * is not the area's and must not read as Đạt or Chưa đạt.
 */
export const PROVISIONAL = "Tạm tính";
/** A Tổng hợp row's status: a unit's statuses, or provisional. */
export type AggregateStatus = Status | typeof PROVISIONAL;

/** How far below a threshold still counts as "Gần đạt"; a visible setting in the workbook. */
export interface Tolerance {
  /** Percentage points for rates (default 1). */
  ratePoints: number;
  /** Share of the threshold for counts (default 0.05 = 5%). */
  countShare: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { ratePoints: 1, countShare: 0.05 };
