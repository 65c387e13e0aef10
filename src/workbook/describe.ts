// The one description of the tracking workbook (issue 3): which sheets,
// tables, cells, formulas, formats, rules and protections it has. Pure data
// built from the plan and units; src/hosts/xlsx/write.ts turns it into an
// .xlsx file, and an Office.js host can apply the same data inside Excel.

import {
  aggregateTarget,
  appliesTo,
  isDistrictUnit,
  entryFields,
  typedFields,
  computedRate,
  evaluateEntry,
  isChangeTarget,
  type MeasureKind,
  measureKind,
} from "../domain/evaluate";
import { type CommuneGroup, communeGroups } from "../domain/area";
import { indicatorText, isLowConfidence, type Op, type Plan, type Target } from "../domain/plan";
import {
  type CellValue,
  DEFAULT_TOLERANCE,
  type Entry,
  PROVISIONAL,
  STATUSES,
  type Status,
  type Tolerance,
  type Unit,
} from "../domain/tracking";
import { type MessageKey, t } from "../i18n/messages";
import { cellAddress, columnLetter, columnRuns, rangeAddress } from "./a1";
import { FormatLayer } from "./format-layer";
import { atRow, ROW, reasonText, summaryFormulas, type TrackingFormulas, trackingFormulas } from "./formulas";
import {
  COLORS,
  type ColumnDef,
  columnIndex,
  FONT,
  LEVEL_KEYS,
  MODEL_SHEET,
  SCHEMA_VERSION,
  SETTINGS,
  SHEET,
  SUBMISSION_COLUMNS,
  SUMMARY_COLUMNS,
  TABLE,
  TARGET_COLUMNS,
  TRACKING_COLUMNS,
  TRACKING_FROZEN_COLUMNS,
  UNIT_COLUMNS,
  vi,
} from "./layout";
import { RATE_RULE, rowRules, rowRulesKey, SHARE_RULE, ValidationLayer } from "./entry-rules";
import { type CollectionRecord, modelChunks, modelFor, modelHeader, type WorkbookModel } from "./model";
import {
  type CellStyle,
  type ConditionalFormat,
  isFormula,
  type PageSpec,
  plainSheet,
  type ProtectionSpec,
  type RangeFormat,
  type SheetSpec,
  type SpecCell,
  type SpecLiteral,
  type WorkbookSpec,
} from "./spec";
import { rowHeight, wrappedLines } from "./text";
import { STATUS_LOOK } from "./verdicts";

export interface DescribeOptions {
  tolerance?: Tolerance;
  /** Figures already entered, by `entryKey(unitCode, targetId)`. */
  entries?: Map<string, Entry>;
  /** "Ghi chú" already typed, by `entryKey(unitCode, targetId)`; written as text. */
  notes?: Map<string, string>;
  /** The whole-area row's name; by default the one the plan's issuer suggests (defaultAreaName). */
  area?: string;
  /** What `collect` took in so far (kept in the model; shown on Tình hình nộp). */
  collection?: CollectionRecord;
}

export const entryKey = (unitCode: string, targetId: string): string => `${unitCode}|${targetId}`;

export const EMPTY_ENTRY: Entry = { numerator: null, denominator: null, start: null, value: null };

export interface TrackingPair {
  unit: Unit;
  target: Target;
}

/**
 * The Thực hiện rows in sheet order: unit by unit, each unit's targets in
 * plan order. `units` are the units the workbook tracks, the district unit
 * included (`trackedUnits`, or the units of a workbook's model).
 */
export function trackingPairs(plan: Plan, units: Unit[]): TrackingPair[] {
  const pairs: TrackingPair[] = [];
  for (const unit of units) {
    for (const target of plan.targets) if (appliesTo(target, unit, units)) pairs.push({ unit, target });
  }
  return pairs;
}

/** Targets that get a Tổng hợp row: every target, not baselines. */
export function trackedTargets(plan: Plan): Target[] {
  return plan.targets.filter((target) => target.kind === "target");
}

const CONDITION_KEYS: Record<Op, MessageKey> = {
  gte: "wbCondGte",
  // A figure stated as the plan ("có 09 trường") is met by that many or more.
  eq: "wbCondGte",
  gt: "wbCondGt",
  lte: "wbCondLte",
  lt: "wbCondLt",
  between: "wbCondBetween",
  approx: "wbCondApprox",
  increase_by: "wbCondIncrease",
  decrease_by: "wbCondDecrease",
};

export function conditionLabel(target: Target): string {
  return vi(CONDITION_KEYS[target.op]);
}

// --- Shared sheet furniture ------------------------------------------------

export const PROTECTION: ProtectionSpec = {
  allowSort: true,
  allowAutoFilter: true,
  allowFormatColumns: true,
  allowFormatRows: true,
};

export function pageSpec(plan: Plan, printTitleRows: string | null): PageSpec {
  // "&" starts a code in headers; a literal one is written "&&".
  const left = [plan.meta.issuer, plan.meta.period].filter((part): part is string => !!part).join(" · ");
  const escaped = left.replace(/&/g, "&&");
  return {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    printTitleRows,
    header: `&L${escaped}&C&B${vi("wbHeaderSheet")}`,
    footer: `&C${vi("wbFooterPage")}`,
    // Top and bottom as Excel's "Normal" margins: with less room above the
    // header LibreOffice counted one page more than it filled and printed a
    // blank page after long sheets.
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
}

/**
 * Number formats: every figure of one kind shows with the same number of
 * decimals, so a column of rates or scores lines up (98,50 above 99,00,
 * never 98,5 above 99). Counts are whole things (their entry rule asks for
 * whole numbers) and show none; rates and measures two, enough that a rate
 * just short of its target (98,96 against ≥ 99) never reads as reaching it.
 */
export const NUM = {
  count: "#,##0",
  rate: "0.00",
  measure: "#,##0.00",
};

/** One expression rule per status on `ranges`, keyed on the status cell `statusCell` (relative row). */
export function statusHighlights(ranges: string[], statusCell: string, provisional = false): ConditionalFormat {
  const rules = STATUSES.map((status) => ({
    formula: `${statusCell}="${status}"`,
    fill: STATUS_LOOK[status].fill,
    color: STATUS_LOOK[status].color,
  }));
  // Tổng hợp only: a provisional figure wears "Gần đạt"'s amber, a caution, never a verdict's green or red.
  if (provisional) rules.push({ formula: `${statusCell}="${PROVISIONAL}"`, fill: COLORS.near.fill, color: COLORS.near.color });
  return { ranges, rules };
}

/**
 * A sheet holding one table from A1: header row, then `rows`. Sets widths,
 * header look, borders, wrapping, row heights, freeze, protection and print
 * setup; the caller adds number formats, entry cells and rules.
 */
export function tableSheet<K extends string>(
  plan: Plan,
  name: string,
  tableName: string,
  columns: readonly ColumnDef<K>[],
  rows: SpecCell[][],
): SheetSpec {
  const width = columns.length;
  // An Excel table needs a data row; an empty one stands in when there is none.
  const body = rows.length > 0 ? rows : [columns.map((): SpecCell => null)];
  const last = body.length + 1;
  const header = columns.map((column) => column.header);
  // Hidden columns never show, so they go without borders (and their empty
  // cells need no style at all, which matters at 30,000 rows).
  const shown = columns.flatMap((column, i) => (column.hidden ? [] : [i + 1]));
  const bodyRanges = columnRuns(shown).map(([left, right]) => rangeAddress(left, 2, right, last));
  const formats: RangeFormat[] = [
    { ranges: bodyRanges, style: { border: true, vAlign: "top" } },
    {
      ranges: [rangeAddress(1, 1, width, 1)],
      style: { bold: true, fill: COLORS.header, wrap: true, hAlign: "center", vAlign: "middle", border: true },
    },
  ];
  const wrapped = columns.flatMap((column, i) => (column.wrap ? [rangeAddress(i + 1, 2, i + 1, last)] : []));
  if (wrapped.length > 0) formats.push({ ranges: wrapped, style: { wrap: true } });
  const centered = columns.flatMap((column, i) => (column.center ? [rangeAddress(i + 1, 2, i + 1, last)] : []));
  if (centered.length > 0) formats.push({ ranges: centered, style: { hAlign: "center" } });

  const rowHeights: Record<number, number> = {};
  const headerLines = Math.max(...columns.map((column) => (column.hidden ? 1 : wrappedLines(column.header, column.width, true))));
  const headerHeight = rowHeight(headerLines);
  if (headerHeight !== null) rowHeights[1] = headerHeight;
  const wrapColumns = columns.flatMap((column, i) => (column.wrap && !column.hidden ? [i] : []));
  body.forEach((row, r) => {
    let lines = 1;
    for (const i of wrapColumns) {
      const cell = row[i];
      const text = isFormula(cell) ? cell.result : cell;
      if (typeof text === "string") lines = Math.max(lines, wrappedLines(text, columns[i].width));
    }
    const height = rowHeight(lines);
    if (height !== null) rowHeights[r + 2] = height;
  });

  return {
    name,
    visibility: "visible",
    cells: [header, ...body],
    columns: columns.map((column) => ({ width: column.width, hidden: column.hidden })),
    rowHeights,
    formats,
    table: {
      name: tableName,
      ref: rangeAddress(1, 1, width, last),
      columns: header,
      style: "TableStyleLight1",
      rowStripes: true,
    },
    freeze: { rows: 1, columns: 0 },
    conditionalFormats: [],
    validations: [],
    protection: PROTECTION,
    page: pageSpec(plan, "1:1"),
  };
}

// --- Chỉ tiêu ----------------------------------------------------------------

export function targetsSheet(plan: Plan): SheetSpec {
  const rows = plan.targets.map((target): SpecCell[] => [
    target.id,
    target.section,
    vi(LEVEL_KEYS[target.level]),
    target.indicator,
    target.scope,
    conditionLabel(target),
    target.value,
    target.value_max,
    target.denominator,
    target.unit,
    target.period,
    vi(target.kind === "target" ? "wbKindTarget" : "wbKindBaseline"),
    isLowConfidence(target) ? vi("flagLowConfidence") : null,
    target.quote,
  ]);
  return tableSheet(plan, SHEET.targets, TABLE.targets, TARGET_COLUMNS, rows);
}

// --- Đơn vị ------------------------------------------------------------------

export function levelsText(unit: Unit): string {
  const named = unit.levels.filter((level) => level !== "chung");
  return (named.length > 0 ? named : unit.levels).map((level) => vi(LEVEL_KEYS[level])).join(", ");
}

function unitsSheet(plan: Plan, units: Unit[]): SheetSpec {
  const rows = units.map((unit): SpecCell[] => [unit.code, unit.name, levelsText(unit), unit.commune, unit.zone]);
  return tableSheet(plan, SHEET.units, TABLE.units, UNIT_COLUMNS, rows);
}

// --- Thực hiện ---------------------------------------------------------------

const literal = (cell: CellValue): SpecLiteral => cell;

/** Number formats of a row kind: entry and computed columns. */
const KIND_FORMATS: Record<MeasureKind, { value: string; gap: string; start: string }> = {
  rate: { value: NUM.rate, gap: NUM.rate, start: NUM.rate },
  count: { value: NUM.count, gap: NUM.count, start: NUM.count },
  measure: { value: NUM.measure, gap: NUM.measure, start: NUM.measure },
};

/** A row's formats: a count's, except that "≈" measures its gap from threshold − tolerance, a share, so it has decimals. */
function formatsOf(run: Run): { value: string; gap: string; start: string } {
  const formats = KIND_FORMATS[run.kind];
  return run.kind === "count" && run.target.op === "approx" ? { ...formats, gap: NUM.measure } : formats;
}

interface Run {
  kind: MeasureKind;
  /** The first row's target: every row of the run has its kind and entry rules. */
  target: Target;
  top: number;
  bottom: number;
}

/** Consecutive sheet rows with the same kind of entry and entry rules, so formats and validations cover them as one range. */
function runsOf(targets: Target[], firstRow: number): Run[] {
  const runs: (Run & { key: string })[] = [];
  targets.forEach((target, i) => {
    const kind = measureKind(target);
    const key = `${kind}|${isChangeTarget(target)}|${target.op === "approx"}|${rowRulesKey(target)}`;
    const row = firstRow + i;
    const previous = runs[runs.length - 1];
    if (previous && previous.key === key && previous.bottom === row - 1) previous.bottom = row;
    else runs.push({ kind, target, key, top: row, bottom: row });
  });
  return runs;
}

/** One target's row formulas as templates, built once and shared by every unit's row. */
interface Templates {
  formulas: TrackingFormulas;
  needed: Set<keyof Entry>;
  indicator: string;
  condition: string;
}

export function trackingSheet(
  plan: Plan,
  pairs: TrackingPair[],
  tolerance: Tolerance,
  entries: Map<string, Entry>,
  notes: Map<string, string>,
): SheetSpec {
  const col = columnIndex(TRACKING_COLUMNS);
  const templates = new Map<string, Templates>();
  const templatesOf = (target: Target): Templates => {
    let found = templates.get(target.id);
    if (!found) {
      found = {
        formulas: trackingFormulas(target, ROW),
        needed: new Set(entryFields(target)),
        indicator: indicatorText(target),
        condition: conditionLabel(target),
      };
      templates.set(target.id, found);
    }
    return found;
  };
  const formula = (template: string, r: number, result: string | number): SpecCell => ({
    formula: atRow(template, r),
    result,
    shape: template,
  });
  const rows = pairs.map(({ unit, target }, i): SpecCell[] => {
    const r = i + 2;
    const key = entryKey(unit.code, target.id);
    const entry = entries.get(key) ?? EMPTY_ENTRY;
    const evaluation = evaluateEntry(target, entry, tolerance);
    const { formulas, needed, indicator, condition } = templatesOf(target);
    const cell = (field: keyof Entry): SpecCell => (needed.has(field) ? literal(entry[field]) : null);
    const valid = evaluation.reason === null;
    const row: SpecCell[] = new Array(TRACKING_COLUMNS.length).fill(null);
    row[col.unitCode - 1] = unit.code;
    row[col.unitName - 1] = unit.name;
    row[col.targetId - 1] = target.id;
    row[col.indicator - 1] = indicator;
    row[col.condition - 1] = condition;
    row[col.threshold - 1] = target.value;
    row[col.thresholdMax - 1] = target.value_max;
    row[col.measureUnit - 1] = target.unit;
    row[col.numerator - 1] = cell("numerator");
    row[col.denominator - 1] = cell("denominator");
    row[col.start - 1] = cell("start");
    // A rate typed over Giá trị's formula is kept as typed (`onlyRate`); otherwise the formula goes back.
    const typedRate = formulas.value !== null && entry.value !== null;
    row[col.value - 1] =
      formulas.value === null || typedRate
        ? literal(entry.value)
        : formula(formulas.value, r, computedRate(entry) ?? "");
    row[col.gap - 1] = formula(formulas.gap, r, evaluation.gap ?? "");
    row[col.status - 1] = formula(formulas.status, r, evaluation.status);
    row[col.reason - 1] = formula(formulas.reason, r, reasonText(evaluation.reason));
    if (formulas.weightedStart !== null) {
      const product = valid && typeof entry.denominator === "number" ? (entry.start as number) * entry.denominator : "";
      row[col.weightedStart - 1] = formula(formulas.weightedStart, r, product);
    }
    // A string literal is always written as text, so a note such as "=A1" or "12" stays what was typed.
    row[col.note - 1] = notes.get(key) ?? null;
    return row;
  });
  const sheet = tableSheet(plan, SHEET.tracking, TABLE.tracking, TRACKING_COLUMNS, rows);
  // Whose row and which target stay in view while the accountant scrolls right to the entry cells.
  sheet.freeze = { rows: 1, columns: TRACKING_FROZEN_COLUMNS };
  if (pairs.length === 0) return sheet;

  const last = pairs.length + 1;
  const numbers = new FormatLayer();
  const entryCells = new FormatLayer();
  const validations = new ValidationLayer();
  const unlocked: CellStyle = { locked: false, fill: COLORS.entry };
  const span = (from: number, to: number, run: Run): string => rangeAddress(from, run.top, to, run.bottom);
  numbers.add(rangeAddress(col.numerator, 2, col.denominator, last), { numFmt: NUM.count });
  for (const run of runsOf(pairs.map((pair) => pair.target), 2)) {
    const formats = formatsOf(run);
    numbers.add(span(col.value, col.value, run), { numFmt: formats.value });
    numbers.add(span(col.gap, col.gap, run), { numFmt: formats.gap });
    numbers.add(span(col.start, col.start, run), { numFmt: formats.start });
    // Giá trị (and Đầu kỳ for a change) is typed for every kind; a rate's Giá trị holds a formula the
    // accountant who knows only the rate types over (issue 12), and Tử số/Mẫu số come first when counted.
    // Each entry cell gets its rule (src/workbook/entry-rules.ts, the one owner of them).
    const rules = rowRules(run.target);
    for (const field of ["numerator", "denominator", "start", "value"] as const) {
      const rule = rules[field];
      if (rule === null) continue;
      entryCells.add(span(col[field], col[field], run), unlocked);
      validations.add(span(col[field], col[field], run), rule);
    }
  }
  sheet.formats = [
    ...sheet.formats,
    ...numbers.formats(),
    ...entryCells.formats(),
    { ranges: [rangeAddress(col.note, 2, col.note, last)], style: { locked: false } },
  ];
  sheet.validations = validations.validations();
  const valueCells = rangeAddress(col.value, 2, col.value, last);
  const missing: Status = "Thiếu số liệu";
  sheet.conditionalFormats = [
    // A Giá trị still to be typed keeps the entry color rather than the grey
    // of "Thiếu số liệu", so "fill the yellow cells" holds for every row.
    // Computed values (rates) are formulas, never blank, so this skips them.
    {
      ranges: [valueCells],
      rules: [
        {
          formula: `AND($${columnLetter(col.status)}2="${missing}",ISBLANK(${columnLetter(col.value)}2))`,
          fill: COLORS.entry,
          color: "000000",
        },
      ],
    },
    statusHighlights([valueCells, rangeAddress(col.status, 2, col.status, last)], `$${columnLetter(col.status)}2`),
  ];
  return sheet;
}

// --- Tổng hợp ----------------------------------------------------------------

/** What the units tracking a target entered, and their codes in the same order. */
interface UnitEntries {
  entries: Entry[];
  codes: string[];
}

/** Where a Tổng hợp row's formulas look: the units they cover (a xã's, or null for all) and Thực hiện's last table row. */
interface SummaryScope {
  unitCodes: readonly string[] | null;
  trackingLast: number;
}

/** One Tổng hợp row (sheet row `r`) over `entries`, its formulas limited to `scope`. */
function summaryRow(target: Target, r: number, given: UnitEntries, tolerance: Tolerance, scope: SummaryScope): SpecCell[] {
  const col = columnIndex(SUMMARY_COLUMNS);
  const aggregate = aggregateTarget(target, given.entries, tolerance, given.codes);
  const formulas = summaryFormulas(target, r, scope.unitCodes, scope.trackingLast);
  const row: SpecCell[] = new Array(SUMMARY_COLUMNS.length).fill(null);
  const cached = (value: number | null): string | number => value ?? "";
  row[col.targetId - 1] = target.id;
  row[col.indicator - 1] = indicatorText(target);
  row[col.level - 1] = vi(LEVEL_KEYS[target.level]);
  row[col.condition - 1] = conditionLabel(target);
  row[col.threshold - 1] = target.value;
  row[col.thresholdMax - 1] = target.value_max;
  row[col.measureUnit - 1] = target.unit;
  if (formulas.numerator !== null) row[col.numerator - 1] = { formula: formulas.numerator, result: cached(aggregate.numerator) };
  if (formulas.denominator !== null) {
    row[col.denominator - 1] = { formula: formulas.denominator, result: cached(aggregate.denominator) };
  }
  if (formulas.start !== null) row[col.start - 1] = { formula: formulas.start, result: cached(aggregate.start) };
  row[col.value - 1] = { formula: formulas.value, result: cached(aggregate.value) };
  row[col.gap - 1] = { formula: formulas.gap, result: cached(aggregate.gap) };
  row[col.status - 1] = { formula: formulas.status, result: aggregate.status };
  const total = STATUSES.reduce((sum, status) => sum + aggregate.counts[status], 0);
  row[col.unitCount - 1] = { formula: formulas.unitCount, result: total };
  const statusColumns = [col.met, col.near, col.missed, col.missing, col.invalid];
  STATUSES.forEach((status, s) => {
    row[statusColumns[s] - 1] = { formula: formulas.counts[status], result: aggregate.counts[status] };
  });
  if (formulas.lackingDenominator !== null) {
    row[col.lackingDenominator - 1] = { formula: formulas.lackingDenominator, result: aggregate.lackingDenominator.join(", "), array: true };
  }
  return row;
}

/** Number formats of Tổng hợp rows `top`… for `targets` in order. */
function summaryNumbers(numbers: FormatLayer, targets: Target[], top: number): void {
  const col = columnIndex(SUMMARY_COLUMNS);
  const bottom = top + targets.length - 1;
  numbers.add(rangeAddress(col.numerator, top, col.denominator, bottom), { numFmt: NUM.count });
  numbers.add(rangeAddress(col.unitCount, top, col.invalid, bottom), { numFmt: NUM.count });
  for (const run of runsOf(targets, top)) {
    const formats = formatsOf(run);
    numbers.add(rangeAddress(col.value, run.top, col.value, run.bottom), { numFmt: formats.value });
    numbers.add(rangeAddress(col.gap, run.top, col.gap, run.bottom), { numFmt: formats.gap });
    numbers.add(rangeAddress(col.start, run.top, col.start, run.bottom), { numFmt: formats.start });
  }
}

/**
 * Tổng hợp: the table, one row per target for the whole area (the row the
 * appendices and the check read); in a book grouped by xã/phường
 * (`communeGroups`), below it each xã's subtotals, computed from the same
 * numerators and denominators over that xã's units only. They sit outside
 * the table so sorting it, and the appendices' lookups by target ID, only
 * ever meet whole-area rows.
 */
function summarySheet(
  plan: Plan,
  pairs: TrackingPair[],
  tolerance: Tolerance,
  entries: Map<string, Entry>,
  groups: CommuneGroup[] | null,
): SheetSpec {
  const col = columnIndex(SUMMARY_COLUMNS);
  const targets = trackedTargets(plan);
  const entriesOf = (target: Target, codes: ReadonlySet<string> | null): UnitEntries => {
    const of = pairs.filter((pair) => pair.target.id === target.id && (codes === null || codes.has(pair.unit.code)));
    return {
      entries: of.map((pair) => entries.get(entryKey(pair.unit.code, target.id)) ?? EMPTY_ENTRY),
      codes: of.map((pair) => pair.unit.code),
    };
  };
  // The Thực hiện table's last row (an empty table still has one row).
  const trackingLast = Math.max(2, pairs.length + 1);
  const rows = targets.map((target, i): SpecCell[] =>
    summaryRow(target, i + 2, entriesOf(target, null), tolerance, { unitCodes: null, trackingLast }),
  );
  const sheet = tableSheet(plan, SHEET.summary, TABLE.summary, SUMMARY_COLUMNS, rows);
  if (targets.length === 0) return sheet;

  const last = targets.length + 1;
  const numbers = new FormatLayer();
  summaryNumbers(numbers, targets, 2);
  const highlighted = [rangeAddress(col.value, 2, col.value, last), rangeAddress(col.status, 2, col.status, last)];
  const width = SUMMARY_COLUMNS.length;
  const blockFormats: RangeFormat[] = [];
  if (groups !== null) {
    // A blank row, the header again, then per xã its title and its targets' rows.
    let r = last + 2;
    sheet.cells.push([], SUMMARY_COLUMNS.map((column) => column.header));
    blockFormats.push({
      ranges: [rangeAddress(1, r, width, r)],
      style: { bold: true, fill: COLORS.header, wrap: true, hAlign: "center", vAlign: "middle", border: true },
    });
    const headerHeight = sheet.rowHeights[1];
    if (headerHeight !== undefined) sheet.rowHeights[r] = headerHeight;
    r += 1;
    for (const group of groups) {
      const codes = group.units.map((unit) => unit.code);
      const codeSet = new Set(codes);
      sheet.cells.push([t("wbSummaryCommune", "vi", { commune: group.title })]);
      blockFormats.push({ ranges: [rangeAddress(1, r, width, r)], style: { bold: true, border: true } });
      r += 1;
      const top = r;
      for (const target of targets) {
        const row = summaryRow(target, r, entriesOf(target, codeSet), tolerance, { unitCodes: codes, trackingLast });
        sheet.cells.push(row);
        const lacking = row[col.lackingDenominator - 1];
        const lines = Math.max(
          wrappedLines(indicatorText(target), SUMMARY_COLUMNS[col.indicator - 1].width),
          isFormula(lacking) ? wrappedLines(String(lacking.result), SUMMARY_COLUMNS[col.lackingDenominator - 1].width) : 1,
        );
        const height = rowHeight(lines);
        if (height !== null) sheet.rowHeights[r] = height;
        r += 1;
      }
      const bottom = r - 1;
      summaryNumbers(numbers, targets, top);
      blockFormats.push({ ranges: [rangeAddress(1, top, width, bottom)], style: { border: true, vAlign: "top" } });
      const wrapped = [col.indicator, col.lackingDenominator].map((c) => rangeAddress(c, top, c, bottom));
      blockFormats.push({ ranges: wrapped, style: { wrap: true } });
      highlighted.push(rangeAddress(col.value, top, col.value, bottom), rangeAddress(col.status, top, col.status, bottom));
    }
  }
  sheet.formats = [...sheet.formats, ...blockFormats, ...numbers.formats()];
  sheet.conditionalFormats = [statusHighlights(highlighted, `$${columnLetter(col.status)}2`, true)];
  return sheet;
}

// --- Tình hình nộp --------------------------------------------------------------

const SUBMISSION_STYLE = {
  received: COLORS.met,
  toFix: COLORS.invalid,
  none: COLORS.missing,
} as const;

const SUBMISSION_KEYS = {
  received: "wbSubmissionReceived",
  toFix: "wbSubmissionToFix",
  none: "wbSubmissionNone",
} as const satisfies Record<keyof typeof SUBMISSION_STYLE, MessageKey>;

/** "2026-12-03T01:30:00.000Z" → "03/12/2026 08:30" in Vietnam's time (UTC+7, no daylight saving). */
export function vietnamTime(iso: string): string {
  const date = new Date(Date.parse(iso) + 7 * 3_600_000);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/** Anything typed in an entry cell: a number, text, an error value (spaces alone are blank). */
const typed = (cell: CellValue): boolean => cell !== null && !(typeof cell === "string" && cell.trim() === "");

export type SubmissionState = keyof typeof SUBMISSION_STYLE;

/** One unit's line of Tình hình nộp. */
export interface Submission {
  unit: Unit;
  state: SubmissionState;
  /** When its return was collected, ISO 8601; null before any. */
  collectedAt: string | null;
  file: string | null;
  filled: number;
  expected: number;
  /** Targets whose figures are invalid, to be fixed by the unit. */
  toFix: string[];
}

/** How each state reads and looks, for the pane's view of Tình hình nộp. */
export const SUBMISSION_STATES: Record<SubmissionState, { key: MessageKey; fill: string; color: string }> = {
  received: { key: SUBMISSION_KEYS.received, ...SUBMISSION_STYLE.received },
  toFix: { key: SUBMISSION_KEYS.toFix, ...SUBMISSION_STYLE.toFix },
  none: { key: SUBMISSION_KEYS.none, ...SUBMISSION_STYLE.none },
};

/**
 * Who has sent their figures: one line per unit (the area's own row is the
 * office's to fill, so it is left out), from the collection record and the
 * entries as they stand, so "rows filled" and "rows to fix" follow the book.
 */
export function submissions(pairs: TrackingPair[], tolerance: Tolerance, entries: Map<string, Entry>, collection: CollectionRecord): Submission[] {
  const byUnit = new Map<string, { unit: Unit; targets: Target[] }>();
  for (const { unit, target } of pairs) {
    if (isDistrictUnit(unit)) continue;
    const found = byUnit.get(unit.code);
    if (found) found.targets.push(target);
    else byUnit.set(unit.code, { unit, targets: [target] });
  }
  return [...byUnit.values()].map(({ unit, targets }): Submission => {
    const record = collection[unit.code];
    let filled = 0;
    const toFix: string[] = [];
    for (const target of targets) {
      const entry = entries.get(entryKey(unit.code, target.id)) ?? EMPTY_ENTRY;
      if (typedFields(target).some((field) => typed(entry[field]))) filled += 1;
      if (evaluateEntry(target, entry, tolerance).status === "Không hợp lệ") toFix.push(target.id);
    }
    const state = record === undefined ? "none" : toFix.length > 0 ? "toFix" : "received";
    return { unit, state, collectedAt: record?.collectedAt ?? null, file: record?.file ?? null, filled, expected: targets.length, toFix };
  });
}

function submissionsSheet(
  plan: Plan,
  pairs: TrackingPair[],
  tolerance: Tolerance,
  entries: Map<string, Entry>,
  collection: CollectionRecord,
): SheetSpec {
  const rows = submissions(pairs, tolerance, entries, collection).map((line): SpecCell[] => [
    line.unit.code,
    line.unit.name,
    vi(SUBMISSION_KEYS[line.state]),
    line.collectedAt === null ? null : vietnamTime(line.collectedAt),
    line.file,
    line.filled,
    line.expected,
    line.toFix.length > 0 ? line.toFix.join(", ") : null,
  ]);
  const sheet = tableSheet(plan, SHEET.submissions, TABLE.submissions, SUBMISSION_COLUMNS, rows);
  if (rows.length === 0) return sheet;
  const col = columnIndex(SUBMISSION_COLUMNS);
  const last = rows.length + 1;
  const stateCell = `$${columnLetter(col.state)}2`;
  sheet.formats = [...sheet.formats, { ranges: [rangeAddress(col.filled, 2, col.expected, last)], style: { numFmt: NUM.count } }];
  sheet.conditionalFormats = [
    {
      ranges: [rangeAddress(col.state, 2, col.state, last)],
      rules: (Object.keys(SUBMISSION_STYLE) as (keyof typeof SUBMISSION_STYLE)[]).map((state) => ({
        formula: `${stateCell}="${vi(SUBMISSION_KEYS[state])}"`,
        fill: SUBMISSION_STYLE[state].fill,
        color: SUBMISSION_STYLE[state].color,
      })),
    },
  ];
  return sheet;
}

// --- Cài đặt -----------------------------------------------------------------

/** Rows of the settings sheet; the two tolerance cells sit at SETTINGS (B2, B3). */
export function settingsSheet(plan: Plan, tolerance: Tolerance): SheetSpec {
  const cells: SpecCell[][] = [
    [vi("wbSettingHeader"), vi("wbSettingValueHeader"), vi("wbSettingNoteHeader")],
    [vi("wbSettingRateTolerance"), tolerance.ratePoints, vi("wbSettingRateToleranceNote")],
    [vi("wbSettingCountTolerance"), tolerance.countShare, vi("wbSettingCountToleranceNote")],
    [vi("wbSettingsEditNote")],
    [vi("wbEntryHint")],
    [],
    [vi("wbLegendTitle")],
    ...STATUSES.map((status): SpecCell[] => [status, null, vi(LEGEND_KEYS[status])]),
    [vi("wbColGap"), null, vi("wbLegendGap")],
    [],
    [vi("wbSummaryRuleTitle"), null, vi("wbSummaryRule")],
    [],
    [vi("wbPlanTitle")],
    [vi("metaIssuer"), null, plan.meta.issuer],
    [vi("metaNumber"), null, plan.meta.number],
    [vi("metaDate"), null, plan.meta.date],
    [vi("metaTitle"), null, plan.meta.title],
    [vi("metaPeriod"), null, plan.meta.period],
  ];
  const widths = [36, 10, 80];
  const legendTop = 8;
  const legendBottom = legendTop + STATUSES.length - 1;
  const titles = [7, legendBottom + 3, legendBottom + 5].map((r) => cellAddress(1, r));
  const rate = cellAddress(2, 2);
  const share = cellAddress(2, 3);
  if (rate !== SETTINGS.ratePoints || share !== SETTINGS.countShare) throw new Error("Settings layout out of step with SETTINGS");

  const rowHeights: Record<number, number> = {};
  cells.forEach((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      // Column A's notes (rows 4–5) run on into the empty cells beside them.
      const wraps = c === 2 || (c === 0 && (r < 3 || r > 5));
      if (typeof cell === "string" && wraps) lines = Math.max(lines, wrappedLines(cell, widths[c], r === 0));
    });
    const height = rowHeight(lines);
    if (height !== null) rowHeights[r + 1] = height;
  });

  return {
    name: SHEET.settings,
    visibility: "visible",
    cells,
    columns: widths.map((width) => ({ width })),
    rowHeights,
    formats: [
      { ranges: [`A1:C${cells.length}`], style: { vAlign: "top" } },
      { ranges: ["A1:C3"], style: { border: true, wrap: true } },
      { ranges: ["A1:C1"], style: { bold: true, fill: COLORS.header, hAlign: "center", vAlign: "middle", border: true } },
      { ranges: [rate], style: { numFmt: "0.0#", locked: false, fill: COLORS.entry, bold: true, hAlign: "center" } },
      { ranges: [share], style: { numFmt: "0%", locked: false, fill: COLORS.entry, bold: true, hAlign: "center" } },
      { ranges: ["A4:A5"], style: { italic: true } },
      { ranges: titles, style: { bold: true } },
      {
        ranges: [`A${legendTop}:A${legendBottom + 1}`, `C${legendTop}:C${cells.length}`],
        style: { vAlign: "top", wrap: true },
      },
      { ranges: [`A${legendTop}:A${legendBottom}`], style: { hAlign: "center", border: true } },
    ],
    table: null,
    freeze: null,
    conditionalFormats: [statusHighlights([`A${legendTop}:A${legendBottom}`], `$A${legendTop}`)],
    validations: [
      { ranges: [rate], ...RATE_RULE },
      { ranges: [share], ...SHARE_RULE },
    ],
    protection: PROTECTION,
    page: pageSpec(plan, null),
  };
}

const LEGEND_KEYS = {
  "Đạt": "wbLegendMet",
  "Gần đạt": "wbLegendNear",
  "Chưa đạt": "wbLegendMissed",
  "Thiếu số liệu": "wbLegendMissing",
  "Không hợp lệ": "wbLegendInvalid",
} as const satisfies Record<(typeof STATUSES)[number], MessageKey>;

// --- The hidden model --------------------------------------------------------

export function modelSheet(model: WorkbookModel): SheetSpec {
  const chunks = modelChunks(model);
  return {
    ...plainSheet(MODEL_SHEET, [modelHeader(SCHEMA_VERSION, chunks.length, 1, 0), ...chunks.map((chunk) => [chunk])]),
    visibility: "veryHidden",
    columns: [{ width: 20 }],
    protection: PROTECTION,
  };
}

// --- The workbook ------------------------------------------------------------

/**
 * Describes the tracking workbook for a plan. The whole area is always a
 * unit (code HUYEN, named after the area: "Toàn xã Tu Vũ"): with no units it
 * is the only one and there is no Đơn vị sheet; with units it comes last, on
 * Đơn vị too, and reports the whole-area targets ("có 09 trường đạt
 * chuẩn"), which the schools do not (`appliesTo`). `entries` fills entry cells (and the cached
 * results follow them), `notes` the Ghi chú cells.
 */
export function describeWorkbook(plan: Plan, units: Unit[], options: DescribeOptions = {}): WorkbookSpec {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const entries = options.entries ?? new Map<string, Entry>();
  const notes = options.notes ?? new Map<string, string>();
  const model = modelFor(plan, units, options.area, options.collection);
  const pairs = trackingPairs(plan, model.units);
  const sheets = [
    targetsSheet(plan),
    ...(model.districtOnly ? [] : [unitsSheet(plan, model.units)]),
    { ...trackingSheet(plan, pairs, tolerance, entries, notes), userEntries: true },
    summarySheet(plan, pairs, tolerance, entries, communeGroups(model.units, plan.meta.government)),
    ...(model.districtOnly ? [] : [submissionsSheet(plan, pairs, tolerance, entries, model.collection ?? {})]),
    { ...settingsSheet(plan, tolerance), userEntries: true },
    modelSheet(model),
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    font: FONT,
    sheets,
    activeSheet: sheets.findIndex((sheet) => sheet.name === SHEET.tracking),
    recalculateOnOpen: true,
  };
}
