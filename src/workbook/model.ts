// The plan and units as the workbook keeps them in its very hidden sheet, so
// the CLI and the add-in can read a filled book back without re-reading the
// plan document. JSON, split into cells below Excel's 32,767-character limit.

import { isDistrictUnit } from "../domain/evaluate";
import { LEVELS, type Plan } from "../domain/plan";
import type { Unit } from "../domain/tracking";
import { DISTRICT_UNIT_CODE, MODEL_CHUNK, vi } from "./layout";

export interface WorkbookModel {
  plan: Plan;
  units: Unit[];
  /** No unit list was given: the one unit is the district as a whole (no Đơn vị sheet). */
  districtOnly: boolean;
}

/** The district as one unit serving every level: code HUYEN, "Toàn huyện". */
export function districtUnit(): Unit {
  return {
    code: DISTRICT_UNIT_CODE,
    name: vi("wbDistrictUnitName"),
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
export function trackedUnits(units: readonly Unit[]): Unit[] {
  return units.some(isDistrictUnit) ? [...units] : [...units, districtUnit()];
}

export function modelFor(plan: Plan, units: Unit[]): WorkbookModel {
  return { plan, units: trackedUnits(units), districtOnly: units.length === 0 };
}

/** JSON split into cell-sized pieces (UTF-16 length, as Excel counts). */
export function modelChunks(model: WorkbookModel): string[] {
  const json = JSON.stringify(model);
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The model from joined chunks, or null when it is not one (damaged or edited). */
export function parseModel(json: string): WorkbookModel | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(data) || !isObject(data.plan) || !Array.isArray(data.units)) return null;
  const plan = data.plan;
  if (!isObject(plan.meta) || !Array.isArray(plan.targets)) return null;
  const targetsOk = plan.targets.every(
    (target) =>
      isObject(target) &&
      typeof target.id === "string" &&
      typeof target.op === "string" &&
      typeof target.value === "number" &&
      typeof target.unit === "string" &&
      typeof target.level === "string",
  );
  const unitsOk = data.units.every(
    (unit) => isObject(unit) && typeof unit.code === "string" && typeof unit.name === "string" && Array.isArray(unit.levels),
  );
  if (!targetsOk || !unitsOk) return null;
  return data as unknown as WorkbookModel;
}
