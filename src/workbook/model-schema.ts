// A small, strict validator for the model a workbook keeps in its very hidden
// sheet (./model.ts). Anything the engine relies on is checked here — the
// comparator is one it knows, numbers are finite, levels are real levels —
// so a model someone edited or a file that was damaged reads as
// "wbErrorModelDamaged" instead of failing later in the engine.

import { type Level, LEVELS, type Op, OPS, type Plan, type Target } from "../domain/plan";
import type { Unit } from "../domain/tracking";
import type { CollectionRecord, ReturnStamp } from "./model";

type Value = unknown;
type Check = (value: Value) => boolean;

const isObject = (value: Value): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isString: Check = (value) => typeof value === "string";
const isFiniteNumber: Check = (value) => typeof value === "number" && Number.isFinite(value);
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
/** Fields that books written before them do not have. */
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const oneOf =
  <T>(allowed: readonly T[]): Check =>
  (value) =>
    allowed.includes(value as T);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);

function shape(fields: Record<string, Check>): Check {
  return (value) => isObject(value) && Object.entries(fields).every(([key, check]) => check(value[key]));
}

const isLevel: (value: Value) => value is Level = (value): value is Level => oneOf<Level>(LEVELS)(value);
export const isOp = (value: Value): value is Op => oneOf<Op>(OPS)(value);

const TARGET_FIELDS: Record<keyof Target, Check> = {
  id: (value) => typeof value === "string" && value.trim() !== "",
  kind: oneOf(["target", "baseline"]),
  section: nullable(isString),
  // Not used to judge anything; tolerated missing in case an early book lacks them.
  sectionTitle: optional(nullable(isString)),
  level: isLevel,
  scope: nullable(isString),
  indicator: isString,
  op: isOp,
  value: isFiniteNumber,
  value_max: nullable(isFiniteNumber),
  denominator: nullable(isFiniteNumber),
  unit: isString,
  period: nullable(isString),
  quote: isString,
  offset: optional(isFiniteNumber),
  confidence: optional(isFiniteNumber),
  doubts: optional(listOf(isString)),
};

const UNIT_FIELDS: Record<keyof Unit, Check> = {
  code: (value) => typeof value === "string" && value.trim() !== "",
  name: isString,
  levels: listOf(isLevel),
  commune: nullable(isString),
  zone: nullable(isString),
};

// Only what readers and writers use; the other meta fields are free text kept as they are.
const isMeta = shape({
  issuer: optional(nullable(isString)),
  number: optional(nullable(isString)),
  date: optional(nullable(isString)),
  title: optional(nullable(isString)),
  period: optional(nullable(isString)),
});

export const isTarget = (value: Value): value is Target => shape(TARGET_FIELDS)(value);
export const isUnit = (value: Value): value is Unit => shape(UNIT_FIELDS)(value);

export function isPlan(value: Value): value is Plan {
  if (!isObject(value) || !isMeta(value.meta) || !Array.isArray(value.targets)) return false;
  const targets: unknown[] = value.targets;
  if (!targets.every(isTarget)) return false;
  // "between" needs both ends; every id names one target.
  if (targets.some((target) => target.op === "between" && target.value_max === null)) return false;
  return new Set(targets.map((target) => target.id)).size === targets.length;
}

const isReturnStamp = shape({
  planFingerprint: isString,
  unitCode: isString,
  period: nullable(isString),
  madeAt: isString,
});

const isStringRecord: Check = (value) => isObject(value) && Object.values(value).every(isString);

const isCollectedReturn = shape({
  file: isString,
  contentHash: isString,
  history: listOf(isString),
  savedAt: nullable(isString),
  collectedAt: isString,
  rows: isStringRecord,
});

const isCollection: Check = (value) => isObject(value) && Object.values(value).every(isCollectedReturn);

/**
 * The model's plan and units, all checked; districtOnly is optional in books
 * written before it; area, returnOf and collection in books before schema 2
 * (./model.ts parseModel decides).
 */
export function isWorkbookModelData(
  value: Value,
): value is { plan: Plan; units: Unit[]; districtOnly?: boolean; area?: string; returnOf?: ReturnStamp; collection?: CollectionRecord } {
  if (!isObject(value) || !isPlan(value.plan) || !Array.isArray(value.units)) return false;
  const units: unknown[] = value.units;
  if (!units.every(isUnit)) return false;
  if (new Set(units.map((unit) => unit.code)).size !== units.length) return false;
  if (!optional(isReturnStamp)(value.returnOf) || !optional(isCollection)(value.collection)) return false;
  if (value.area !== undefined && !(typeof value.area === "string" && value.area.trim() !== "")) return false;
  return value.districtOnly === undefined || typeof value.districtOnly === "boolean";
}
