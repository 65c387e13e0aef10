// A district as large as the benchmark's (scripts/bench-tracking.mjs): 60
// targets of every comparator and kind, and units serving every level, so
// each unit tracks each target (500 units → 30,000 Thực hiện rows), with
// figures entered on most rows.

import type { Plan, Target } from "../../../src/domain/plan";
import type { Entry, Unit } from "../../../src/domain/tracking";
import { entryFields } from "../../../src/domain/evaluate";
import { entryKey, trackingPairs } from "../../../src/workbook/describe";
import { trackedUnits } from "../../../src/workbook/model";

const SHAPES: Pick<Target, "unit" | "op" | "value" | "value_max">[] = [
  { unit: "%", op: "gte", value: 95, value_max: null },
  { unit: "%", op: "gt", value: 98.5, value_max: null },
  { unit: "%", op: "lte", value: 2, value_max: null },
  { unit: "%", op: "increase_by", value: 1.5, value_max: null },
  { unit: "phòng học", op: "eq", value: 9, value_max: null },
  { unit: "lớp", op: "gte", value: 12, value_max: null },
  { unit: "điểm", op: "gte", value: 2, value_max: null },
  { unit: "%", op: "approx", value: 90, value_max: null },
  { unit: "học sinh", op: "between", value: 30, value_max: 35 },
  { unit: "%", op: "decrease_by", value: 0.5, value_max: null },
];
const LEVELS = ["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx", "chung"] as const;

export function bigPlan(targetCount = 60): Plan {
  const targets = Array.from({ length: targetCount }, (_, i): Target => {
    const shape = SHAPES[i % SHAPES.length];
    const indicator = `Tỷ lệ học sinh hoàn thành chương trình và đạt chuẩn theo kế hoạch số ${i + 1}`;
    return {
      id: `T${String(i + 1).padStart(3, "0")}`,
      kind: "target",
      section: `II.${Math.floor(i / 10) + 1}`,
      sectionTitle: "Chỉ tiêu cụ thể",
      level: LEVELS[i % LEVELS.length],
      scope: null,
      indicator,
      ...shape,
      denominator: null,
      period: "2024-2025",
      quote: `${indicator} đạt ${shape.value}${shape.unit === "%" ? "%" : ` ${shape.unit}`} trở lên`,
      offset: i * 200,
      confidence: 0.9,
    };
  });
  return {
    meta: { issuer: "UBND HUYỆN MẪU", number: "01/KH-UBND", date: "2024-09-05", title: "Kế hoạch thử tải", period: "2024-2025" },
    targets,
  };
}

export function bigUnits(count = 500): Unit[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `DV${String(i + 1).padStart(3, "0")}`,
    name: `Trường liên cấp số ${i + 1} xã Thử Nghiệm`,
    levels: ["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx"],
    commune: `Xã ${(i % 18) + 1}`,
    zone: i % 3 === 0 ? "ĐBKK" : "thuận lợi",
  }));
}

/** Figures on nine rows in ten, the same for the same plan and units. */
export function bigEntries(plan: Plan, units: Unit[]): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  trackingPairs(plan, trackedUnits(units)).forEach(({ unit, target }, i) => {
    if (i % 10 === 9) return;
    const entry: Entry = { numerator: null, denominator: null, start: null, value: null };
    for (const field of entryFields(target)) {
      entry[field] = field === "denominator" ? 200 + (i % 50) : field === "numerator" ? 180 + (i % 40) : target.value + ((i % 7) - 3);
    }
    entries.set(entryKey(unit.code, target.id), entry);
  });
  return entries;
}
