// What goes in the appendices: the choices a user makes (targets, units,
// level, period, grouping, and text typed into the sheets) and how they
// resolve against a book into the targets of Phụ lục I, the targets and
// units of Phụ lục II. Pure; choices that cannot be met throw
// AppendixOptionError with a catalog key, for the CLI and pane to show.

import { appliesTo, cellKind, isDistrictTarget, isDistrictUnit, typedFields } from "../../domain/evaluate";
import { LEVELS, type Level, type Target } from "../../domain/plan";
import type { Unit } from "../../domain/tracking";
import { type MessageKey, tBoth } from "../../i18n/messages";
import type { TrackingBook } from "../book";
import { largest, smallest } from "../../domain/largest";

export type AppendixKind = "I" | "II";

/**
 * How Phụ lục I's rows are grouped under Roman numerals: by the plan's
 * section and education level (the default), by section only, or by level only.
 */
export type AppendixGrouping = "section-level" | "section" | "level";

/** Heading lines a user typed over the defaults; unset lines take the defaults. */
export interface AppendixHeadingText {
  issuer?: string;
  title?: string;
  attachedTo?: string;
}

export interface AppendixOptions {
  /** Level of Phụ lục II (and a filter on Phụ lục I unless `firstLevels` is given); null or unset: the first level with school targets. */
  level?: Level | null;
  /**
   * Phụ lục I's levels, apart from Phụ lục II's: null for every level. Unset
   * (the CLI, sheets made before the scopes were separate): `level` alone, as it always did.
   */
  firstLevels?: readonly Level[] | null;
  /** Phụ lục I's plan sections, by `sectionKey`; null or unset: every section. */
  firstSections?: readonly string[] | null;
  /** Target IDs for Phụ lục II's columns, in any order (plan order is kept); unset: the level's school targets. */
  targets?: readonly string[] | null;
  /** Unit codes of Phụ lục II; unset: every school tracking one of its targets. */
  units?: readonly string[] | null;
  /** School year or period: named in the titles, and only targets of an overlapping period go in. Unset: the plan's period, no filter. */
  period?: string | null;
  grouping?: AppendixGrouping;
  headings?: Partial<Record<AppendixKind, AppendixHeadingText>>;
  /** Phụ lục I's Ghi chú by target ID. */
  notes?: Readonly<Record<string, string>>;
  /** Phụ lục I's Kết quả năm trước typed by a user, by target ID; they win over the plan's baselines. */
  baselines?: Readonly<Record<string, number | string>>;
}

/** The choices that pick rows and columns (what `--level`, `--targets`… set), as stored with the sheets. */
export interface AppendixChoice {
  level: Level | null;
  firstLevels: Level[] | null;
  firstSections: string[] | null;
  targets: string[] | null;
  units: string[] | null;
  period: string | null;
  grouping: AppendixGrouping;
}

export interface AppendixSelection {
  /** Phụ lục I's targets, plan order. */
  first: Target[];
  /** Phụ lục II's targets, plan order. */
  second: Target[];
  /** Phụ lục II's units, book order, without the district unit (the total row stands for it). */
  units: Unit[];
  /** Phụ lục II's level, or null when its targets span levels. */
  level: Level | null;
  /** The period the titles name, or null when neither the user nor the plan gives one. */
  period: string | null;
  grouping: AppendixGrouping;
}

/** A choice that cannot be met: `key` names the catalog message. */
export class AppendixOptionError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(tBoth(key, params));
    this.name = "AppendixOptionError";
  }
}

export function choiceOf(options: AppendixOptions): AppendixChoice {
  const level = options.level ?? null;
  // Stored explicitly, so a sheet says what its Phụ lục I holds whoever made it.
  const firstLevels = options.firstLevels === undefined ? (level === null ? null : [level]) : options.firstLevels && [...options.firstLevels];
  return {
    level,
    firstLevels,
    firstSections: options.firstSections ? [...options.firstSections] : null,
    targets: options.targets ? [...options.targets] : null,
    units: options.units ? [...options.units] : null,
    period: options.period ?? null,
    grouping: options.grouping ?? "section-level",
  };
}

/**
 * Stored choices (read back from a book's appendix sheets) under new ones:
 * when the new options choose anything (a level, targets, units, period or
 * grouping key is present, null included) their choice replaces the stored
 * one whole, so a new level does not keep an old target list; text typed into the sheets (headings, notes,
 * baselines) is kept line by line unless the new options set the same line.
 */
export function mergeAppendixOptions(stored: AppendixOptions, given: AppendixOptions): AppendixOptions {
  // A key that is present chooses, even as null ("every level").
  const chooses = (options: AppendixOptions): boolean =>
    options.level !== undefined ||
    options.firstLevels !== undefined ||
    options.firstSections !== undefined ||
    options.targets !== undefined ||
    options.units !== undefined ||
    options.period !== undefined ||
    options.grouping !== undefined;
  const choice = chooses(given) ? given : stored;
  const headings: Partial<Record<AppendixKind, AppendixHeadingText>> = {};
  for (const kind of ["I", "II"] as const) {
    const merged = { ...stored.headings?.[kind], ...given.headings?.[kind] };
    if (Object.keys(merged).length > 0) headings[kind] = merged;
  }
  return {
    level: choice.level ?? null,
    // Left unset when not chosen: Phụ lục I then follows `level`, as choices from before the split do.
    ...(choice.firstLevels === undefined ? {} : { firstLevels: choice.firstLevels }),
    firstSections: choice.firstSections ?? null,
    targets: choice.targets ?? null,
    units: choice.units ?? null,
    period: choice.period ?? null,
    grouping: choice.grouping ?? "section-level",
    headings,
    notes: { ...stored.notes, ...given.notes },
    baselines: { ...stored.baselines, ...given.baselines },
  };
}

/** The first and last year a period names ("2022-2023", "2025", "năm học 2022 - 2023"), or null. */
export function periodYears(period: string | null): [number, number] | null {
  if (period === null) return null;
  const years = [...period.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)].map((match) => Number(match[0]));
  if (years.length === 0) return null;
  return [smallest(years), largest(years)];
}

/** Whether a target of period `target` belongs to the chosen period: unknown periods always do. */
function inPeriod(target: Target, chosen: [number, number] | null): boolean {
  if (chosen === null) return true;
  const years = periodYears(target.period);
  return years === null || (years[0] <= chosen[1] && years[1] >= chosen[0]);
}

/** The plan section a target is under, as Phụ lục I's section choice names it: its number, else its title. */
export function sectionKey(target: Target): string {
  return target.section?.trim() || target.sectionTitle?.trim() || "";
}

const schools = (book: TrackingBook): Unit[] => book.units.filter((unit) => !isDistrictUnit(unit));

/**
 * The first level, in the usual order (Mầm non, Tiểu học, THCS…), with a
 * target schools report on and figures some school has entered for it; without
 * figures yet, the first with a target schools report on; "chung" only when no
 * level has one. An appendix of a level nobody has reported on is empty.
 */
export function defaultLevel(book: TrackingBook, targets: readonly Target[]): Level | null {
  const reported = targets.filter((target) => !isDistrictTarget(target));
  const tracked = (level: Level): boolean =>
    reported.some((target) => target.level === level && schools(book).some((unit) => appliesTo(target, unit, book.units)));
  const named = (level: Level): boolean => reported.some((target) => target.level === level);
  const byId = new Map(reported.map((target) => [target.id, target]));
  const schoolCodes = new Set(schools(book).map((unit) => unit.code));
  const withFigures = new Set<Level>();
  for (const row of book.rows) {
    const target = byId.get(row.targetId);
    if (target === undefined || !schoolCodes.has(row.unitCode)) continue;
    if (typedFields(target).some((field) => cellKind(row.entry[field]) !== "blank")) withFigures.add(target.level);
  }
  const order = [...LEVELS.filter((level) => level !== "chung"), "chung" as const];
  return order.find((level) => tracked(level) && withFigures.has(level)) ?? order.find(tracked) ?? order.find(named) ?? null;
}

function byIds(tracked: readonly Target[], all: readonly Target[], ids: readonly string[]): Target[] {
  const wanted = new Set(ids.map((id) => id.trim()).filter((id) => id !== ""));
  const known = new Set(all.map((target) => target.id));
  const unknown = [...wanted].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new AppendixOptionError("appendixErrorUnknownTargets", { ids: unknown.join(", ") });
  const trackedIds = new Set(tracked.map((target) => target.id));
  const baselines = [...wanted].filter((id) => !trackedIds.has(id) && all.some((target) => target.id === id && target.kind === "baseline"));
  if (baselines.length > 0) throw new AppendixOptionError("appendixErrorBaselineTargets", { ids: baselines.join(", ") });
  return tracked.filter((target) => wanted.has(target.id));
}

/**
 * Resolves choices against a book. Phụ lục I has every target of the plan
 * (of the level, when one is chosen). Phụ lục II has the listed targets, or
 * else the school-reported targets of the chosen or default level
 * (district-wide counts such as "09 trường đạt chuẩn" have no per-school
 * figure, so they are left out unless listed). A period filters targets only
 * when the user gives one; the plan's own period just names it.
 */
export function resolveSelection(book: TrackingBook, options: AppendixOptions = {}): AppendixSelection {
  const choice = choiceOf(options);
  const chosenYears = periodYears(choice.period);
  const tracked = book.plan.targets.filter((target) => target.kind === "target" && inPeriod(target, chosenYears));

  // Phụ lục I is the whole plan, or the part of it in the chosen levels and sections.
  const firstLevels = choice.firstLevels === null ? null : new Set(choice.firstLevels);
  const firstSections = choice.firstSections === null ? null : new Set(choice.firstSections);
  const first = tracked.filter(
    (target) => (firstLevels === null || firstLevels.has(target.level)) && (firstSections === null || firstSections.has(sectionKey(target))),
  );
  let second: Target[];
  let level: Level | null;
  if (choice.targets !== null && choice.targets.length > 0) {
    second = byIds(tracked, book.plan.targets, choice.targets);
    const levels = new Set(second.map((target) => target.level));
    level = levels.size === 1 ? [...levels][0] : null;
  } else {
    level = choice.level ?? defaultLevel(book, tracked);
    second = tracked.filter((target) => target.level === level && !isDistrictTarget(target));
    // A plan with district-wide targets only still gets a Phụ lục II: its total row.
    if (second.length === 0 && choice.level === null) second = tracked.filter((target) => target.level === level);
  }
  if (first.length === 0) throw new AppendixOptionError("appendixErrorNoTargets");
  if (second.length === 0) throw new AppendixOptionError("appendixErrorNoLevelTargets");

  let units: Unit[];
  if (choice.units !== null && choice.units.length > 0) {
    const wanted = new Set(choice.units.map((code) => code.trim()).filter((code) => code !== ""));
    const known = new Set(book.units.map((unit) => unit.code));
    const unknown = [...wanted].filter((code) => !known.has(code));
    if (unknown.length > 0) throw new AppendixOptionError("appendixErrorUnknownUnits", { codes: unknown.join(", ") });
    // The district unit is the total row already.
    units = schools(book).filter((unit) => wanted.has(unit.code));
  } else {
    units = schools(book).filter((unit) => second.some((target) => appliesTo(target, unit, book.units)));
  }
  return {
    first,
    second,
    units,
    level,
    period: choice.period ?? book.plan.meta.period,
    grouping: choice.grouping,
  };
}
