// Filled tracking books for the appendix tests: each seed plan with units
// (Bắc Sơn's own list for Bắc Sơn, synthetic schools of every level for the
// others) and deterministic random figures — mostly near the thresholds, so
// some met, some not, some missing, a few invalid — plus what the engine
// says about them, computed here without the appendix code.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { aggregateTarget, type Aggregate, evaluateEntry, type Evaluation } from "../../src/domain/evaluate";
import type { Plan, Target } from "../../src/domain/plan";
import { DEFAULT_TOLERANCE, type Entry, type Tolerance, type Unit } from "../../src/domain/tracking";
import { parseUnitsText } from "../../src/domain/unit-list";
import { EMPTY_ENTRY, entryKey, trackingPairs } from "../../src/workbook/describe";
import { trackedUnits } from "../../src/workbook/model";
import { fillEntries, sampleUnits, SEEDS, seedPlan } from "../helpers/tracking-fixture";

export const SEED_NAMES = [
  "bac-son-2024-2025",
  "dam-ha-2024",
  "muong-la-2021-2025",
  "muong-te-2022-2023",
  "phong-tho-2023-2024",
] as const;

export function unitsFor(seed: string): Unit[] {
  if (seed === "bac-son-2024-2025") return parseUnitsText(readFileSync(path.join(SEEDS, "units-bac-son.csv"), "utf8")).units;
  // Five schools of each kind (Mầm non, Tiểu học, THCS, TH&THCS, PTDTBT, THPT, GDTX).
  return sampleUnits(35);
}

export interface Filled {
  plan: Plan;
  units: Unit[];
  entries: Map<string, Entry>;
  tolerance: Tolerance;
}

export function filled(seed: string, fillSeed: number): Filled {
  const plan = seedPlan(seed);
  const units = unitsFor(seed);
  return { plan, units, entries: fillEntries(plan, units, DEFAULT_TOLERANCE, fillSeed), tolerance: DEFAULT_TOLERANCE };
}

/** The district result of every target, as Tổng hợp computes it over the book's rows. */
export function districtExpected(book: Filled): Map<string, Aggregate> {
  const byTarget = new Map<string, Entry[]>();
  for (const { unit, target } of trackingPairs(book.plan, trackedUnits(book.units))) {
    const entry = book.entries.get(entryKey(unit.code, target.id)) ?? EMPTY_ENTRY;
    byTarget.set(target.id, [...(byTarget.get(target.id) ?? []), entry]);
  }
  const found = new Map<string, Aggregate>();
  for (const target of book.plan.targets) {
    if (target.kind === "target") found.set(target.id, aggregateTarget(target, byTarget.get(target.id) ?? [], book.tolerance));
  }
  return found;
}

/** One unit's evaluation of one target, or null when the unit has no row for it. */
export function unitExpected(book: Filled, unit: Unit, target: Target): Evaluation | null {
  const tracked = trackingPairs(book.plan, trackedUnits(book.units)).some((pair) => pair.unit.code === unit.code && pair.target.id === target.id);
  if (!tracked) return null;
  return evaluateEntry(target, book.entries.get(entryKey(unit.code, target.id)) ?? EMPTY_ENTRY, book.tolerance);
}

/** The result as a percentage of plan, written out again here: actual / plan, or change achieved / change planned. */
export function percentExpected(target: Target, aggregate: Aggregate): number | null {
  if (aggregate.value === null || target.value === 0) return null;
  const round9 = (x: number): number => Math.round(x * 1e9) / 1e9;
  if (target.op === "increase_by") return aggregate.start === null ? null : round9(((aggregate.value - aggregate.start) / target.value) * 100);
  if (target.op === "decrease_by") return aggregate.start === null ? null : round9(((aggregate.start - aggregate.value) / target.value) * 100);
  return round9((aggregate.value / target.value) * 100);
}

/**
 * A number as LibreOffice's CSV holds it: raw digits, with a decimal comma
 * for cells whose format is Vietnamese ([$-42A]).
 */
export function csvNumber(text: string): number | null {
  if (text.trim() === "") return null;
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** Same figure, allowing for the 15 significant digits the CSV keeps. */
export function sameNumber(text: string, expected: number | null): boolean {
  if (expected === null) return text === "";
  const value = csvNumber(text);
  return value !== null && Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}
