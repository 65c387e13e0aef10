// The Phụ lục step's choices, apart from React and the workbook: Phụ lục I's
// scope (levels and plan sections of the targets), Phụ lục II's (level,
// targets, units), the school year and title edits; how they follow a book,
// come back from a saved draft, and turn into the options the sheets are made
// with. Pure functions: the step keeps the value in state, the draft store
// keeps it across reloads.

import { isDistrictUnit } from "../domain/evaluate";
import { LEVELS, type Level, type Target } from "../domain/plan";
import type { Unit } from "../domain/tracking";
import type { MessageKey } from "../i18n/messages";
// The choice and heading modules alone: the tables and sheets load with appendix-actions.
import { defaultTitle } from "../workbook/appendix/heading";
import {
  type AppendixKind,
  AppendixOptionError,
  type AppendixOptions,
  type AppendixSelection,
  resolveSelection,
  sectionKey,
} from "../workbook/appendix/options";
import type { TrackingBook } from "../workbook/book";

export const APPENDIX_KINDS: readonly AppendixKind[] = ["I", "II"];

/** Phụ lục I: the part of the plan it holds. Null: every level, every section. */
export interface FirstScope {
  levels: Level[] | null;
  sections: string[] | null;
}

/** Phụ lục II. Null level: the first level with figures; null targets: the level's school targets; null units: every school with one. */
export interface SecondScope {
  level: Level | null;
  targets: string[] | null;
  units: string[] | null;
}

/** A title field's state: untouched (unset), set back to the default (null), or what the planner typed. */
export type TitleEdits = Partial<Record<AppendixKind, string | null>>;

export interface AppendixChoices {
  first: FirstScope;
  second: SecondScope;
  /** As typed; blank: the plan's period. */
  period: string;
  titles: TitleEdits;
}

export const DEFAULT_CHOICES: AppendixChoices = {
  first: { levels: null, sections: null },
  second: { level: null, targets: null, units: null },
  period: "",
  titles: {},
};

// --- What the book offers ------------------------------------------------------------

/** Targets the appendices can show: the plan's targets (not baselines), of the level when one is given. */
export function candidateTargets(book: TrackingBook, level: Level | null): Target[] {
  return book.plan.targets.filter((target) => target.kind === "target" && (level === null || target.level === level));
}

export function schoolsOf(book: TrackingBook): Unit[] {
  return book.units.filter((unit) => !isDistrictUnit(unit));
}

/** The levels the plan has targets of, in the usual order. */
export function planLevels(book: TrackingBook): Level[] {
  const targets = candidateTargets(book, null);
  return LEVELS.filter((level) => targets.some((target) => target.level === level));
}

export interface PlanSection {
  /** `sectionKey`: "" for targets under no heading. */
  key: string;
  number: string | null;
  title: string | null;
}

/** The plan's sections in plan order, each once. */
export function planSections(book: TrackingBook): PlanSection[] {
  const sections = new Map<string, PlanSection>();
  for (const target of candidateTargets(book, null)) {
    const key = sectionKey(target);
    if (!sections.has(key)) sections.set(key, { key, number: target.section?.trim() || null, title: target.sectionTitle?.trim() || null });
  }
  return [...sections.values()];
}

// --- Fitting choices to a book --------------------------------------------------------

const isLevel = (value: unknown): value is Level => typeof value === "string" && (LEVELS as readonly string[]).includes(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
/** A list of strings, or null for anything else (a draft or sheet from elsewhere). */
const stringList = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((item) => typeof item === "string") ? [...(value as string[])] : null;

/** `chosen` kept in `order`, without what the book does not have; null stays null. */
function kept(chosen: readonly string[] | null, order: readonly string[]): string[] | null {
  if (chosen === null) return null;
  const wanted = new Set(chosen);
  return order.filter((item) => wanted.has(item));
}

/** A list that names everything is "every": it then takes in what the plan gains later. */
function everyAsNull(chosen: string[] | null, all: readonly string[]): string[] | null {
  return chosen !== null && all.length > 0 && all.every((item) => chosen.includes(item)) ? null : chosen;
}

/**
 * The choices with what the book no longer has dropped (a target removed, a
 * unit renamed). An emptied Phụ lục II list falls back to its default, as a
 * list made only of the book's old targets would otherwise choose nothing.
 */
export function fitChoices(book: TrackingBook, choices: AppendixChoices): AppendixChoices {
  const levels = planLevels(book);
  const sections = planSections(book).map((section) => section.key);
  const targets = kept(choices.second.targets, candidateTargets(book, null).map((target) => target.id));
  const units = kept(choices.second.units, schoolsOf(book).map((unit) => unit.code));
  const firstLevels = kept(choices.first.levels, levels) as Level[] | null;
  const firstSections = kept(choices.first.sections, sections);
  return {
    ...choices,
    first: {
      levels: firstLevels !== null && firstLevels.length === 0 && (choices.first.levels ?? []).length > 0 ? null : firstLevels,
      sections: firstSections !== null && firstSections.length === 0 && (choices.first.sections ?? []).length > 0 ? null : firstSections,
    },
    second: {
      level: choices.second.level !== null && levels.includes(choices.second.level) ? choices.second.level : null,
      targets: targets !== null && targets.length > 0 ? targets : null,
      units: units !== null && units.length > 0 ? units : null,
    },
  };
}

/**
 * The choices the book's appendix sheets were made with (`readAppendixEdits`),
 * fitted to the book. Sheets from before Phụ lục I had its own scope have a
 * level only, which chose for both appendices: Phụ lục I keeps that level.
 */
export function choicesFromSheets(book: TrackingBook, stored: AppendixOptions): AppendixChoices {
  const level = stored.level ?? null;
  const firstLevels = stored.firstLevels === undefined ? (level === null ? null : [level]) : stored.firstLevels && [...stored.firstLevels];
  return fitChoices(book, {
    first: { levels: firstLevels, sections: stored.firstSections ? [...stored.firstSections] : null },
    second: { level, targets: stored.targets ? [...stored.targets] : null, units: stored.units ? [...stored.units] : null },
    period: stored.period ?? "",
    titles: {},
  });
}

function titlesFrom(value: unknown): TitleEdits {
  if (!isObject(value)) return {};
  const titles: TitleEdits = {};
  for (const kind of APPENDIX_KINDS) {
    const edit = value[kind];
    if (edit === null || typeof edit === "string") titles[kind] = edit;
  }
  return titles;
}

/**
 * Choices saved in a draft, or null when there are none worth keeping. Any
 * shape reads without throwing: a draft from before the scopes were split
 * (one level, targets, units for both appendices) becomes the same choice
 * made twice, anything unreadable the defaults.
 */
export function restoreChoices(saved: unknown): AppendixChoices | null {
  if (!isObject(saved)) return null;
  const period = typeof saved.period === "string" ? saved.period : "";
  const titles = titlesFrom(saved.titles);
  if (!isObject(saved.first) || !isObject(saved.second)) {
    // The shared shape: { level, targets, units, period }.
    const level = isLevel(saved.level) ? saved.level : null;
    return {
      first: { levels: level === null ? null : [level], sections: null },
      second: { level, targets: stringList(saved.targets), units: stringList(saved.units) },
      period,
      titles,
    };
  }
  const first = saved.first;
  const second = saved.second;
  return {
    first: { levels: stringList(first.levels)?.filter(isLevel) ?? null, sections: stringList(first.sections) },
    second: { level: isLevel(second.level) ? second.level : null, targets: stringList(second.targets), units: stringList(second.units) },
    period,
    titles,
  };
}

// --- Changing the choices --------------------------------------------------------------

function toggled(chosen: readonly string[], key: string, on: boolean, order: readonly string[]): string[] {
  const next = new Set(chosen);
  if (on) next.add(key);
  else next.delete(key);
  return order.filter((item) => next.has(item));
}

export function toggleFirstLevel(book: TrackingBook, choices: AppendixChoices, level: Level, on: boolean): AppendixChoices {
  const all = planLevels(book);
  const levels = everyAsNull(toggled(choices.first.levels ?? all, level, on, all), all) as Level[] | null;
  return { ...choices, first: { ...choices.first, levels } };
}

export function toggleFirstSection(book: TrackingBook, choices: AppendixChoices, key: string, on: boolean): AppendixChoices {
  const all = planSections(book).map((section) => section.key);
  const sections = everyAsNull(toggled(choices.first.sections ?? all, key, on, all), all);
  return { ...choices, first: { ...choices.first, sections } };
}

/** Phụ lục I back to the whole plan. */
export function wholePlan(choices: AppendixChoices): AppendixChoices {
  return { ...choices, first: { levels: null, sections: null } };
}

/** A new level for Phụ lục II picks its own targets, as the CLI's --level does; Phụ lục I is left as it is. */
export function setSecondLevel(choices: AppendixChoices, level: Level | null): AppendixChoices {
  return { ...choices, second: { ...choices.second, level, targets: null } };
}

/** Phụ lục II's targets (null: the level's default). */
export function setSecondTargets(choices: AppendixChoices, targets: string[] | null): AppendixChoices {
  return { ...choices, second: { ...choices.second, targets } };
}

/** One target on or off, starting from what is shown ticked; kept in plan order. */
export function toggleSecondTarget(book: TrackingBook, choices: AppendixChoices, shown: ReadonlySet<string>, id: string, on: boolean): AppendixChoices {
  const order = candidateTargets(book, null).map((target) => target.id);
  return setSecondTargets(choices, toggled([...shown], id, on, order));
}

/** Phụ lục II's units (null: every school with a chosen target). */
export function setUnits(choices: AppendixChoices, units: string[] | null): AppendixChoices {
  return { ...choices, second: { ...choices.second, units } };
}

export function toggleUnit(book: TrackingBook, choices: AppendixChoices, code: string, on: boolean): AppendixChoices {
  return setUnits(choices, toggled(choices.second.units ?? [], code, on, schoolsOf(book).map((unit) => unit.code)));
}

export function setPeriod(choices: AppendixChoices, period: string): AppendixChoices {
  return { ...choices, period };
}

/** A title typed (a string) or set back to the default (null). */
export function editTitle(choices: AppendixChoices, kind: AppendixKind, title: string | null): AppendixChoices {
  return { ...choices, titles: { ...choices.titles, [kind]: title } };
}

/** After a write the sheets hold the titles: the fields show them again. */
export function clearTitleEdits(choices: AppendixChoices): AppendixChoices {
  return { ...choices, titles: {} };
}

// --- What the choices make ----------------------------------------------------------------

/** Why nothing can be written with these choices (a list emptied by hand), or null. */
export function choiceProblem(choices: AppendixChoices): MessageKey | null {
  if (choices.first.levels !== null && choices.first.levels.length === 0) return "paneAppendixNoFirstLevels";
  if (choices.first.sections !== null && choices.first.sections.length === 0) return "paneAppendixNoFirstSections";
  if (choices.second.targets !== null && choices.second.targets.length === 0) return "paneAppendixNoTargetsChosen";
  if (choices.second.units !== null && choices.second.units.length === 0) return "paneAppendixNoUnitsChosen";
  return null;
}

const periodOf = (choices: AppendixChoices): string | null => (choices.period.trim() === "" ? null : choices.period.trim());

/**
 * The choices as options for `mergeAppendixOptions`: every choice given, so
 * they replace the stored ones whole (Phụ lục I's levels explicitly, so
 * Phụ lục II's level does not narrow it); no headings.
 */
export function chosenOptions(choices: AppendixChoices, grouping: AppendixOptions["grouping"]): AppendixOptions {
  return {
    level: choices.second.level,
    firstLevels: choices.first.levels,
    firstSections: choices.first.sections,
    targets: choices.second.targets,
    units: choices.second.units,
    period: periodOf(choices),
    grouping: grouping ?? "section-level",
  };
}

/** What the options pick, or the error they cause (AppendixOptionError); any other error is a bug and is thrown. */
export function trySelection(book: TrackingBook, options: AppendixOptions): AppendixSelection | AppendixOptionError {
  try {
    return resolveSelection(book, options);
  } catch (error) {
    if (error instanceof AppendixOptionError) return error;
    throw error;
  }
}

/** The generated titles (the decree's capitals, from the period and Phụ lục II's level). */
export function defaultTitles(book: TrackingBook, options: AppendixOptions, selection: AppendixSelection | null): Record<AppendixKind, string> {
  const period = selection?.period ?? options.period ?? book.plan.meta.period;
  return {
    I: defaultTitle("I", period, null),
    II: defaultTitle("II", period, selection?.level ?? options.level ?? null),
  };
}

/** The options to write with: the choices, and titles only where edited (an empty field or the generated text is no edit). */
export function optionsToWrite(book: TrackingBook, choices: AppendixChoices, grouping: AppendixOptions["grouping"]): AppendixOptions {
  const given = chosenOptions(choices, grouping);
  const found = trySelection(book, given);
  const generated = defaultTitles(book, given, found instanceof AppendixOptionError ? null : found);
  const headings: NonNullable<AppendixOptions["headings"]> = {};
  for (const kind of APPENDIX_KINDS) {
    const edit = choices.titles[kind];
    if (edit === undefined) continue;
    const typed = edit === null ? "" : edit.trim();
    headings[kind] = { title: typed === "" || typed === generated[kind] ? undefined : typed };
  }
  return { ...given, headings };
}

/** What the step shows for a book, its stored sheets and the choices. */
export interface AppendixView {
  /** What the choices pick; null while a list is emptied or the choices cannot be met. */
  selection: AppendixSelection | null;
  /** Phụ lục II's level when none is chosen (the first level with figures). */
  defaultLevel: Level | null;
  levels: Level[];
  sections: PlanSection[];
  firstLevels: ReadonlySet<Level>;
  firstSections: ReadonlySet<string>;
  /** Targets listed for Phụ lục II, and those ticked. */
  candidates: Target[];
  chosenTargets: ReadonlySet<string>;
  schools: Unit[];
  unitCount: number;
  defaults: Record<AppendixKind, string>;
  titles: Record<AppendixKind, string>;
}

export function appendixView(book: TrackingBook, stored: AppendixOptions, choices: AppendixChoices): AppendixView {
  const levels = planLevels(book);
  const sections = planSections(book);
  const period = periodOf(choices);
  // Phụ lục II's defaults do not depend on Phụ lục I's scope: resolved without it, so an emptied Phụ lục I list still shows them.
  const fallback = trySelection(book, { level: choices.second.level, firstLevels: null, period });
  const defaultSelection = fallback instanceof AppendixOptionError ? null : fallback;
  const found = choiceProblem(choices) === null ? trySelection(book, chosenOptions(choices, stored.grouping)) : null;
  const selection = found instanceof AppendixOptionError ? null : found;
  const options = chosenOptions(choices, stored.grouping);
  const defaults = defaultTitles(book, options, selection);
  const titleShown = (kind: AppendixKind): string => {
    const edit = choices.titles[kind];
    if (edit === null) return defaults[kind];
    return edit ?? stored.headings?.[kind]?.title ?? defaults[kind];
  };
  const { units } = choices.second;
  return {
    selection,
    defaultLevel: choices.second.level === null ? (defaultSelection?.level ?? null) : choices.second.level,
    levels,
    sections,
    firstLevels: new Set(choices.first.levels ?? levels),
    firstSections: new Set(choices.first.sections ?? sections.map((section) => section.key)),
    candidates: candidateTargets(book, choices.second.level),
    chosenTargets: new Set(choices.second.targets ?? defaultSelection?.second.map((target) => target.id) ?? []),
    schools: schoolsOf(book),
    unitCount: units === null ? (selection?.units.length ?? 0) : units.length,
    defaults,
    titles: { I: titleShown("I"), II: titleShown("II") },
  };
}
