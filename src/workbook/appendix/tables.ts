// Phụ lục I and II as tables: heading, header cells with their spans, and
// rows whose figures are formulas over Thực hiện / Tổng hợp (so changing an
// actual updates the appendix) carrying the engine's results as cached
// values. The sheet description (./sheets.ts) lays these out as SheetSpecs;
// the Word export (src/export/appendix-docx.ts) writes the same tables with
// the cached values. Pure.

import {
  type Aggregate,
  aggregateTarget,
  appliesTo,
  EVALUATED,
  evaluateEntry,
  isChangeTarget,
} from "../../domain/evaluate";
import { communeGroups } from "../../domain/area";
import { type GovernmentLevel, indicatorText, LEVELS, type Level, type Target } from "../../domain/plan";
import { type Entry, STATUSES, type Status, type Unit } from "../../domain/tracking";
import { LEVEL_KEYS } from "../../i18n/format";
import { type MessageKey, t } from "../../i18n/messages";
import { levelsInName } from "../../domain/unit-list";
import { columnLetter, formulaString, quoteSheet } from "../a1";
import type { TrackingBook, TrackingRow } from "../book";
import { checkBook } from "../check-report";
import { entryKey } from "../describe";
import { SHEET, SUMMARY, TRACKING } from "../layout";
import { carriedRows } from "../rebuild";
import type { SpecCell } from "../spec";
import { matchBaselines } from "./baseline";
import { type FigureFormat, gapFormat, percentOfPlan, planText, valueFormat } from "./figures";
import { type AppendixHeading, defaultHeading, headingWith, romanNumeral } from "./heading";
import {
  type AppendixChoice,
  type AppendixGrouping,
  type AppendixKind,
  type AppendixOptions,
  type AppendixSelection,
  choiceOf,
  resolveSelection,
} from "./options";
import { APPENDIX_SHEETS } from "./names";

const vi = (key: MessageKey, params: Record<string, string | number> = {}): string => t(key, "vi", params);

/** Sheet rows of the heading block and the table (1-based). Row 2 and 6 are spacers. */
export const APPENDIX_ROWS = { issuer: 1, label: 3, title: 4, attachedTo: 5, header: 7, subHeader: 8, firstBody: 9 } as const;

export { APPENDIX_SHEETS };

export interface AppendixCell {
  content: SpecCell;
  format: FigureFormat;
  align: "left" | "center" | "right";
  /** A Đánh giá cell: coloured by status like the tracking sheets. */
  status?: boolean;
}

export interface AppendixHeaderCell {
  text: string;
  /** 0: the first header row, 1: the second. */
  row: 0 | 1;
  /** 0-based column. */
  column: number;
  rowSpan: 1 | 2;
  colSpan: number;
}

export type AppendixRowKind = "group" | "item" | "total";

export interface AppendixRow {
  kind: AppendixRowKind;
  /** Target ID (Phụ lục I) or unit code (Phụ lục II) of an item row, written in the hidden key column. */
  key: string | null;
  cells: AppendixCell[];
}

export interface AppendixTable {
  kind: AppendixKind;
  sheetName: string;
  heading: AppendixHeading;
  /** The heading as generated, before a user's edits: stored so a refresh can tell edits from defaults. */
  defaults: AppendixHeading;
  /** Widths of the printed columns, in characters. */
  widths: number[];
  header: AppendixHeaderCell[];
  rows: AppendixRow[];
  orientation: "landscape" | "portrait";
  /** Roman-numeral groups. */
  groups: number;
  /** 0-based columns whose literal cells a user may type in (kept on refresh). */
  editable: number[];
  /** Kết quả năm trước as the plan gave it, by target ID (Phụ lục I). */
  baselineDefaults: Record<string, number | string>;
  /**
   * Notes and typed baselines of targets this Phụ lục I does not show (another
   * level was chosen): kept with the sheet so a later refresh can show them again.
   */
  carried: { notes: Record<string, string>; baselines: Record<string, number | string> };
  choice: AppendixChoice;
  selection: AppendixSelection;
}

/** Above this total width (characters) a table prints landscape; A4 portrait holds about 90 between the decree's margins. */
const PORTRAIT_WIDTH = 90;

const FIRST_COLUMNS = {
  no: 0,
  indicator: 1,
  measureUnit: 2,
  baseline: 3,
  plan: 4,
  actual: 5,
  gap: 6,
  percent: 7,
  assessment: 8,
  note: 9,
} as const;
const FIRST_WIDTHS = [5, 39, 9, 10, 10, 10, 10, 11, 13, 15];
const SECOND_WIDTHS = { no: 5, unit: 30, plan: 9, actual: 9, assessment: 13 };

// --- Formulas over the tracking sheets -----------------------------------------

type SummaryKey = keyof typeof SUMMARY;
type TrackingKey = keyof typeof TRACKING;

const summaryColumn = (key: SummaryKey): string => `${quoteSheet(SHEET.summary)}!$${SUMMARY[key]}:$${SUMMARY[key]}`;
const trackingColumn = (key: TrackingKey): string => `${quoteSheet(SHEET.tracking)}!$${TRACKING[key]}:$${TRACKING[key]}`;

/** A Tổng hợp cell of the target whose ID is `id` (a reference or a quoted literal): found by ID, so sorting Tổng hợp is fine. */
const summaryLookup = (key: SummaryKey, id: string): string =>
  `INDEX(${summaryColumn(key)},MATCH(${id},${summaryColumn("targetId")},0))`;

const numberOrBlank = (expr: string): string => `IF(ISNUMBER(${expr}),${expr},"")`;

/** A number as a formula literal: JavaScript's shortest form, never exponent notation. */
function formulaNumber(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, "") : text;
}

/** Result as a share of plan, over the Thực hiện cell `actual`, as `percentOfPlan` computes it. */
function percentFormula(target: Target, actual: string, id: string): string | null {
  if (target.value === 0) return null;
  const threshold = formulaNumber(target.value);
  if (isChangeTarget(target)) {
    const start = summaryLookup("start", id);
    const change = target.op === "increase_by" ? `${actual}-${start}` : `${start}-${actual}`;
    return `IF(AND(ISNUMBER(${actual}),ISNUMBER(${start})),ROUND((${change})/${threshold}*100,9),"")`;
  }
  return `IF(ISNUMBER(${actual}),ROUND(${actual}/${threshold}*100,9),"")`;
}

/**
 * A unit's status for a target, read off its Thực hiện row by unit code and
 * target ID (COUNTIFS, so sorted or moved rows are fine; no dynamic arrays).
 * "" when the unit has no row for the target.
 */
function unitStatusFormula(unitRef: string, id: string): string {
  const pair = `${trackingColumn("unitCode")},${unitRef},${trackingColumn("targetId")},${formulaString(id)}`;
  let formula = `""`;
  for (const status of [...STATUSES].reverse()) {
    const text = formulaString(status);
    formula = `IF(COUNTIFS(${pair},${trackingColumn("status")},${text})>0,${text},${formula})`;
  }
  return formula;
}

/** A unit's Giá trị for a target, shown only when its row was evaluated (Đạt, Gần đạt, Chưa đạt). */
function unitValueFormula(unitRef: string, id: string, statusRef: string): string {
  const pair = `${trackingColumn("unitCode")},${unitRef},${trackingColumn("targetId")},${formulaString(id)}`;
  const evaluated = EVALUATED.map((status) => `${statusRef}=${formulaString(status)}`).join(",");
  return `IF(OR(${evaluated}),SUMIFS(${trackingColumn("value")},${pair}),"")`;
}

// --- What the engine says ------------------------------------------------------

/** The entry of each unit + target pair as a rewrite carries it (src/workbook/rebuild.ts `carriedRows`), by `entryKey`. */
export function carriedEntries(rows: readonly TrackingRow[]): Map<string, Entry> {
  return new Map([...carriedRows(rows)].map(([key, row]) => [key, row.entry]));
}

/** The district result of each target over every row of the book, as Tổng hợp computes it. */
function districtResults(book: TrackingBook): (target: Target) => Aggregate {
  const found = new Map(checkBook(book).summary.map(({ target, aggregate }) => [target.id, aggregate]));
  return (target) => found.get(target.id) ?? aggregateTarget(target, [], book.tolerance);
}

const cached = (value: number | null): string | number => value ?? "";

// --- Groups ----------------------------------------------------------------------

function levelName(level: Level): string {
  return level === "chung" ? vi("appendixGroupGeneral") : vi(LEVEL_KEYS[level]);
}

function groupKey(target: Target, grouping: AppendixGrouping): string {
  const section = `${target.section ?? ""}\u0000${target.sectionTitle ?? ""}`;
  if (grouping === "level") return target.level;
  if (grouping === "section") return section;
  return `${section}\u0000${target.level}`;
}

function groupTitle(target: Target, grouping: AppendixGrouping): string {
  const section = target.sectionTitle?.trim() || target.section?.trim() || null;
  if (grouping === "level" || section === null) return levelName(target.level);
  if (grouping === "section") return section;
  // "Cấp học mầm non" already names its level; "chung" needs no suffix.
  if (target.level === "chung" || levelsInName(section).includes(target.level)) return section;
  return vi("appendixGroupSectionLevel", { section, level: levelName(target.level) });
}

export interface TargetGroup {
  title: string;
  targets: Target[];
}

/**
 * Phụ lục I's groups: by section and level (or as chosen), in the order
 * they first appear in the plan, each group's targets in plan order.
 */
export function groupTargets(targets: readonly Target[], grouping: AppendixGrouping): TargetGroup[] {
  const groups = new Map<string, TargetGroup>();
  for (const target of targets) {
    const key = groupKey(target, grouping);
    const group = groups.get(key);
    if (group) group.targets.push(target);
    else groups.set(key, { title: groupTitle(target, grouping), targets: [target] });
  }
  return [...groups.values()];
}

export interface UnitGroup {
  title: string;
  units: Unit[];
}

/**
 * Phụ lục II's groups. A province's book with units in more than one
 * xã/phường groups them by it (`communeGroups`), by level inside; any other
 * book (a xã's, a huyện's from before July 2025) groups them by level.
 */
export function groupUnits(units: readonly Unit[], government: GovernmentLevel | null = null): UnitGroup[] {
  const byCommune = communeGroups(units, government);
  if (byCommune === null) return groupUnitsByLevel(units);
  return byCommune.map((group) => ({ title: group.title, units: groupUnitsByLevel(group.units).flatMap((byLevel) => byLevel.units) }));
}

/** Units by the levels they serve, Mầm non first, multi-level schools after their first level. */
function groupUnitsByLevel(units: readonly Unit[]): UnitGroup[] {
  const groups = new Map<string, { levels: Level[]; units: Unit[] }>();
  for (const unit of units) {
    const named = unit.levels.filter((level) => level !== "chung");
    const levels = LEVELS.filter((level) => (named.length > 0 ? named : unit.levels).includes(level));
    const key = levels.join("+");
    const group = groups.get(key);
    if (group) group.units.push(unit);
    else groups.set(key, { levels, units: [unit] });
  }
  const rank = (levels: Level[]): number => (levels.length === 0 ? LEVELS.length : LEVELS.indexOf(levels[0]));
  return [...groups.values()]
    .sort((a, b) => rank(a.levels) - rank(b.levels) || a.levels.length - b.levels.length)
    .map(({ levels, units: members }) => ({
      title:
        levels.length === 0
          ? vi("appendixGroupGeneral")
          : levels.length === 1
            ? levelName(levels[0])
            : vi("appendixGroupMultiLevel", { levels: levels.map(levelName).join(vi("appendixAnd")) }),
      units: members,
    }));
}

// --- Cells -------------------------------------------------------------------------

const text = (content: string | null, align: AppendixCell["align"] = "left"): AppendixCell => ({ content, format: "text", align });
const number = (content: SpecCell, format: FigureFormat, align: AppendixCell["align"] = "right"): AppendixCell => ({
  content,
  format,
  align,
});
const empty = (): AppendixCell => text(null);

/** Kết quả năm trước from the plan: a stated figure as a number, anything else as its text ("> 90"). */
function baselineValue(baseline: Target): number | string {
  return baseline.op === "eq" && baseline.denominator === null ? baseline.value : planText(baseline);
}

// --- Phụ lục I ---------------------------------------------------------------------

type Results = (target: Target) => Aggregate;

function firstTable(book: TrackingBook, selection: AppendixSelection, options: AppendixOptions, result: Results): AppendixTable {
  const planBaselines = matchBaselines(book.plan);
  const keyLetter = columnLetter(FIRST_WIDTHS.length + 1);
  const letter = (column: number): string => columnLetter(column + 1);
  const baselineDefaults: Record<string, number | string> = {};
  const rows: AppendixRow[] = [];
  const groups = groupTargets(selection.first, selection.grouping);
  let r = APPENDIX_ROWS.firstBody;
  groups.forEach((group, g) => {
    const groupRow: AppendixCell[] = FIRST_WIDTHS.map(empty);
    groupRow[FIRST_COLUMNS.no] = text(romanNumeral(g + 1), "center");
    groupRow[FIRST_COLUMNS.indicator] = text(group.title);
    rows.push({ kind: "group", key: null, cells: groupRow });
    r += 1;
    group.targets.forEach((target, k) => {
      const aggregate = result(target);
      const id = `$${keyLetter}${r}`;
      const actualRef = `${letter(FIRST_COLUMNS.actual)}${r}`;
      const cells: AppendixCell[] = FIRST_WIDTHS.map(empty);
      cells[FIRST_COLUMNS.no] = number(k + 1, "general", "center");
      cells[FIRST_COLUMNS.indicator] = text(indicatorText(target));
      cells[FIRST_COLUMNS.measureUnit] = text(target.unit, "center");

      const planned = planBaselines.get(target.id);
      if (planned !== undefined) baselineDefaults[target.id] = baselineValue(planned);
      if (isChangeTarget(target)) {
        // The start of the period the units entered is last year's result.
        cells[FIRST_COLUMNS.baseline] = number(
          { formula: numberOrBlank(summaryLookup("start", id)), result: cached(aggregate.start) },
          valueFormat(target),
        );
      } else {
        const typed = options.baselines?.[target.id];
        const baseline = typed ?? baselineDefaults[target.id] ?? null;
        cells[FIRST_COLUMNS.baseline] =
          typeof baseline === "string" ? text(baseline, "center") : number(baseline, valueFormat(target));
      }
      cells[FIRST_COLUMNS.plan] = text(planText(target), "center");
      cells[FIRST_COLUMNS.actual] = number(
        { formula: numberOrBlank(summaryLookup("value", id)), result: cached(aggregate.value) },
        valueFormat(target),
      );
      cells[FIRST_COLUMNS.gap] = number(
        { formula: numberOrBlank(summaryLookup("gap", id)), result: cached(aggregate.gap) },
        gapFormat(target),
      );
      const percent = percentFormula(target, actualRef, id);
      cells[FIRST_COLUMNS.percent] = number(
        percent === null ? null : { formula: percent, result: cached(percentOfPlan(target, aggregate.value, aggregate.start)) },
        "rate",
      );
      cells[FIRST_COLUMNS.assessment] = {
        content: { formula: summaryLookup("status", id), result: aggregate.status },
        format: "text",
        align: "center",
        status: true,
      };
      cells[FIRST_COLUMNS.note] = text(options.notes?.[target.id] ?? null);
      rows.push({ kind: "item", key: target.id, cells });
      r += 1;
    });
  });

  const header: AppendixHeaderCell[] = [
    { text: vi("appendixColNo"), column: FIRST_COLUMNS.no },
    { text: vi("appendixColIndicator"), column: FIRST_COLUMNS.indicator },
    { text: vi("appendixColMeasureUnit"), column: FIRST_COLUMNS.measureUnit },
    { text: vi("appendixColBaseline"), column: FIRST_COLUMNS.baseline },
    { text: vi("appendixColPlan"), column: FIRST_COLUMNS.plan },
    { text: vi("appendixColActual"), column: FIRST_COLUMNS.actual },
    { text: vi("appendixColAssessment"), column: FIRST_COLUMNS.assessment },
    { text: vi("appendixColNote"), column: FIRST_COLUMNS.note },
  ].map((cell): AppendixHeaderCell => ({ ...cell, row: 0, rowSpan: 2, colSpan: 1 }));
  header.push(
    { text: vi("appendixColCompare"), column: FIRST_COLUMNS.gap, row: 0, rowSpan: 1, colSpan: 2 },
    { text: vi("appendixColGap"), column: FIRST_COLUMNS.gap, row: 1, rowSpan: 1, colSpan: 1 },
    { text: vi("appendixColPercent"), column: FIRST_COLUMNS.percent, row: 1, rowSpan: 1, colSpan: 1 },
  );
  header.sort((a, b) => a.row - b.row || a.column - b.column);

  const shown = new Set(selection.first.map((target) => target.id));
  const unshown = <T>(record: Readonly<Record<string, T>> | undefined): Record<string, T> =>
    Object.fromEntries(Object.entries(record ?? {}).filter(([id]) => !shown.has(id)));
  const defaults = defaultHeading("I", book.plan.meta, selection.period, null);
  return {
    kind: "I",
    sheetName: APPENDIX_SHEETS.I,
    heading: headingWith(defaults, options.headings?.I),
    defaults,
    widths: [...FIRST_WIDTHS],
    header,
    rows,
    orientation: orientationFor(FIRST_WIDTHS),
    groups: groups.length,
    editable: [FIRST_COLUMNS.baseline, FIRST_COLUMNS.note],
    baselineDefaults,
    carried: { notes: unshown(options.notes), baselines: unshown(options.baselines) },
    choice: choiceOf(options),
    selection,
  };
}

// --- Phụ lục II --------------------------------------------------------------------

function secondTable(book: TrackingBook, selection: AppendixSelection, options: AppendixOptions, result: Results): AppendixTable {
  const entries = carriedEntries(book.rows);
  const targets = selection.second;
  const widths = [
    SECOND_WIDTHS.no,
    SECOND_WIDTHS.unit,
    ...targets.flatMap(() => [SECOND_WIDTHS.plan, SECOND_WIDTHS.actual, SECOND_WIDTHS.assessment]),
  ];
  const keyLetter = columnLetter(widths.length + 1);
  const base = (j: number): number => 2 + 3 * j;
  const notApplicable = (): AppendixCell => text(vi("appendixNotApplicable"), "center");
  const plans = targets.map(planText);

  const rows: AppendixRow[] = [];
  const groups = groupUnits(selection.units, book.plan.meta.government ?? null);
  let r = APPENDIX_ROWS.firstBody;
  groups.forEach((group, g) => {
    const groupRow: AppendixCell[] = widths.map(empty);
    groupRow[0] = text(romanNumeral(g + 1), "center");
    groupRow[1] = text(group.title);
    rows.push({ kind: "group", key: null, cells: groupRow });
    r += 1;
    group.units.forEach((unit, k) => {
      const cells: AppendixCell[] = widths.map(empty);
      cells[0] = number(k + 1, "general", "center");
      cells[1] = text(unit.name);
      const unitRef = `$${keyLetter}${r}`;
      targets.forEach((target, j) => {
        const column = base(j);
        if (!appliesTo(target, unit, book.units)) {
          cells[column] = notApplicable();
          cells[column + 1] = notApplicable();
          cells[column + 2] = notApplicable();
          return;
        }
        const entry = entries.get(entryKey(unit.code, target.id));
        const evaluation = entry === undefined ? null : evaluateEntry(target, entry, book.tolerance);
        const status: Status | "" = evaluation?.status ?? "";
        const statusRef = `${columnLetter(column + 3)}${r}`;
        cells[column] = text(plans[j], "center");
        cells[column + 1] = number(
          { formula: unitValueFormula(unitRef, target.id, statusRef), result: cached(evaluation?.value ?? null) },
          valueFormat(target),
        );
        cells[column + 2] = {
          content: { formula: unitStatusFormula(unitRef, target.id), result: status },
          format: "text",
          align: "center",
          status: true,
        };
      });
      rows.push({ kind: "item", key: unit.code, cells });
      r += 1;
    });
  });

  const total: AppendixCell[] = widths.map(empty);
  total[1] = text(book.area);
  targets.forEach((target, j) => {
    const column = base(j);
    const aggregate = result(target);
    const id = formulaString(target.id);
    total[column] = text(plans[j], "center");
    total[column + 1] = number(
      { formula: numberOrBlank(summaryLookup("value", id)), result: cached(aggregate.value) },
      valueFormat(target),
    );
    total[column + 2] = {
      content: { formula: summaryLookup("status", id), result: aggregate.status },
      format: "text",
      align: "center",
      status: true,
    };
  });
  rows.push({ kind: "total", key: null, cells: total });

  const header: AppendixHeaderCell[] = [
    { text: vi("appendixColNo"), row: 0, column: 0, rowSpan: 2, colSpan: 1 },
    { text: vi("appendixColUnit"), row: 0, column: 1, rowSpan: 2, colSpan: 1 },
  ];
  targets.forEach((target, j) => {
    const column = base(j);
    header.push({
      text: vi("appendixTargetHeader", { indicator: indicatorText(target), unit: target.unit }),
      row: 0,
      column,
      rowSpan: 1,
      colSpan: 3,
    });
  });
  targets.forEach((_, j) => {
    const column = base(j);
    header.push(
      { text: vi("appendixColPlan"), row: 1, column, rowSpan: 1, colSpan: 1 },
      { text: vi("appendixColActual"), row: 1, column: column + 1, rowSpan: 1, colSpan: 1 },
      { text: vi("appendixColAssessment"), row: 1, column: column + 2, rowSpan: 1, colSpan: 1 },
    );
  });

  const defaults = defaultHeading("II", book.plan.meta, selection.period, selection.level);
  return {
    kind: "II",
    sheetName: APPENDIX_SHEETS.II,
    heading: headingWith(defaults, options.headings?.II),
    defaults,
    widths,
    header,
    rows,
    orientation: orientationFor(widths),
    groups: groups.length,
    editable: [],
    baselineDefaults: {},
    carried: { notes: {}, baselines: {} },
    choice: choiceOf(options),
    selection,
  };
}

function orientationFor(widths: readonly number[]): "landscape" | "portrait" {
  return widths.reduce((sum, width) => sum + width, 0) > PORTRAIT_WIDTH ? "landscape" : "portrait";
}

/**
 * Phụ lục I and II for a book and the user's choices. Throws
 * AppendixOptionError when the choices cannot be met (unknown target IDs or
 * unit codes, nothing left to show).
 */
export function appendixTables(book: TrackingBook, options: AppendixOptions = {}): [AppendixTable, AppendixTable] {
  const selection = resolveSelection(book, options);
  const result = districtResults(book);
  return [firstTable(book, selection, options, result), secondTable(book, selection, options, result)];
}
