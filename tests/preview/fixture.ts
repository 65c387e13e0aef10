// A small tracking book for the preview tests: one primary school and the
// district, a rate target (Tử số / Mẫu số), a count target (Giá trị) and a
// district count, so every kind of entry cell and validation is on the sheet.

import type { Plan, Target } from "../../src/domain/plan";
import type { Unit } from "../../src/domain/tracking";
import { cellAddress } from "../../src/workbook/a1";
import { describeWorkbook, type DescribeOptions } from "../../src/workbook/describe";
import { columnIndex, SHEET, TRACKING_COLUMNS, type TrackingColumn } from "../../src/workbook/layout";
import type { WorkbookSpec } from "../../src/workbook/spec";

function target(overrides: Partial<Target> & Pick<Target, "id">): Target {
  return {
    kind: "target",
    section: "II.1",
    sectionTitle: null,
    level: "tieu_hoc",
    scope: null,
    indicator: "Tỷ lệ huy động trẻ 6 tuổi vào lớp 1",
    op: "gte",
    value: 99,
    value_max: null,
    denominator: null,
    unit: "%",
    period: "2024-2025",
    quote: "đạt từ 99% trở lên",
    offset: 0,
    confidence: 0.95,
    ...overrides,
  };
}

export const PLAN: Plan = {
  meta: {
    issuer: "UBND HUYỆN BẮC SƠN",
    number: "12/KH-UBND",
    date: "2024-09-05",
    title: "Kế hoạch năm học 2024-2025: chỉ tiêu giáo dục",
    period: "2024-2025",
  },
  targets: [
    target({ id: "T001" }),
    target({ id: "T002", indicator: "Phòng học được kiên cố hoá", unit: "phòng học", value: 5, quote: "5 phòng học" }),
    target({ id: "T003", level: "chung", indicator: "Trường đạt chuẩn quốc gia", unit: "trường", value: 9, quote: "09 trường" }),
  ],
};

export const UNITS: Unit[] = [{ code: "TH01", name: "Trường Tiểu học Bắc Sơn", levels: ["tieu_hoc"], commune: "Xã Bắc Sơn", zone: null }];

export function bookSpec(options: DescribeOptions = {}): WorkbookSpec {
  return describeWorkbook(PLAN, UNITS, options);
}

const col = columnIndex(TRACKING_COLUMNS);

/** The 1-based Thực hiện row of a unit's target in `spec`. */
export function trackingRow(spec: WorkbookSpec, unitCode: string, targetId: string): number {
  const sheet = spec.sheets.find((candidate) => candidate.name === SHEET.tracking);
  const index = sheet?.cells.findIndex((row) => row[col.unitCode - 1] === unitCode && row[col.targetId - 1] === targetId) ?? -1;
  if (index < 0) throw new Error(`no Thực hiện row for ${unitCode}/${targetId}`);
  return index + 1;
}

/** The A1 address of a Thực hiện column in a unit's target row. */
export function trackingCell(spec: WorkbookSpec, unitCode: string, targetId: string, column: TrackingColumn): string {
  return cellAddress(col[column], trackingRow(spec, unitCode, targetId));
}
