// The two views of `chitieu check`: the gap report for people (worst first,
// by unit and by target, then the totals) and the --json contract.

import { areaInSentence } from "../domain/area";
import type { Aggregate, EvaluationReason } from "../domain/evaluate";
import type { Target } from "../domain/plan";
import { PROVISIONAL, type Status, STATUSES } from "../domain/tracking";
import { formatNumber, formatValue } from "../i18n/format";
import { type Lang, type MessageKey, t, tBoth } from "../i18n/messages";
import { type CheckReport, type CheckedRow, compareWorstFirst, countByStatus, everythingMet } from "../workbook/check-report";
import { summaryLine } from "./plan-view";
import type { TrackingBook } from "../hosts/xlsx/read";
import { conditionLabel } from "../workbook/describe";
import { REASON_WORDS } from "../workbook/verdicts";
import { type Align, renderTable, truncate } from "./table";

/** Cells show the workbook's own words (statuses, indicators), which are Vietnamese; headers show both languages. */
const CELL_LANG: Lang = "vi";
const UNIT_NAME_WIDTH = 28;

// --- JSON -------------------------------------------------------------------

export interface CheckRowJson {
  unit: string;
  unitName: string;
  target: string;
  indicator: string;
  value: number | null;
  gap: number | null;
  status: Status;
  reason: EvaluationReason;
}

/** One Tổng hợp row: the district aggregate of a target, named. */
export interface CheckSummaryJson extends Aggregate {
  target: string;
  indicator: string;
}

export interface CheckJson {
  rows: CheckRowJson[];
  summary: CheckSummaryJson[];
}

/** Fields listed one by one so the output stays a stable contract whatever the engine adds. */
export function checkToJson(report: CheckReport): CheckJson {
  return {
    rows: report.rows.map((row) => ({
      unit: row.unitCode,
      unitName: row.unitName,
      target: row.target.id,
      indicator: row.target.indicator,
      value: row.evaluation.value,
      gap: row.evaluation.gap,
      status: row.evaluation.status,
      reason: row.evaluation.reason,
    })),
    summary: report.summary.map(({ target, aggregate }) => ({
      target: target.id,
      indicator: target.indicator,
      numerator: aggregate.numerator,
      denominator: aggregate.denominator,
      start: aggregate.start,
      value: aggregate.value,
      gap: aggregate.gap,
      status: aggregate.status,
      counts: { ...aggregate.counts },
      rateOnly: aggregate.rateOnly,
      lackingDenominator: [...aggregate.lackingDenominator],
    })),
  };
}

// --- Text -------------------------------------------------------------------

interface Column {
  header: MessageKey;
  align: Align;
}

const GAP_COLUMNS: readonly Column[] = [
  { header: "cliColUnitCode", align: "left" },
  { header: "cliColUnitName", align: "left" },
  { header: "cliColTargetId", align: "left" },
  { header: "cliColIndicator", align: "left" },
  { header: "cliColCondition", align: "left" },
  { header: "cliColValue", align: "right" },
  { header: "cliColGap", align: "right" },
  { header: "cliColStatus", align: "left" },
  { header: "cliColNote", align: "left" },
];

/** Status counts, in the workbook's order of statuses. */
const COUNT_COLUMNS: readonly Column[] = [
  { header: "cliColMet", align: "right" },
  { header: "cliColNear", align: "right" },
  { header: "cliColMissed", align: "right" },
  { header: "cliColMissing", align: "right" },
  { header: "cliColInvalid", align: "right" },
];

const UNIT_COLUMNS: readonly Column[] = [
  { header: "cliColUnitCode", align: "left" },
  { header: "cliColUnitName", align: "left" },
  { header: "cliColRows", align: "right" },
  ...COUNT_COLUMNS,
];

const TARGET_COLUMNS: readonly Column[] = [
  { header: "cliColTargetId", align: "left" },
  { header: "cliColIndicator", align: "left" },
  { header: "cliColCondition", align: "left" },
  { header: "cliColValue", align: "right" },
  { header: "cliColGap", align: "right" },
  { header: "cliColStatus", align: "left" },
  ...COUNT_COLUMNS,
];

export function renderCheckReport(book: Pick<TrackingBook, "plan" | "area">, report: CheckReport, indicatorWidth: number): string {
  // The whole-area lines name the book's area ("toàn xã Tu Vũ"), whatever its level.
  const area = areaInSentence(book.area);
  const sections = [summaryLine(book.plan), gapSection(report, indicatorWidth), unitSection(report), targetSection(report, indicatorWidth, area)];
  return `${sections.join("\n\n")}\n\n${totalLines(report, area).join("\n")}\n`;
}

function table(columns: readonly Column[], rows: string[][]): string {
  const headers = (["vi", "en"] as const).map((lang) => columns.map((column) => t(column.header, lang)));
  return renderTable(headers, rows, columns.map((column) => column.align));
}

function title(key: MessageKey, params: Record<string, string> = {}): string {
  return `${t(key, "vi", params)} / ${t(key, "en", params)}`;
}

function gapSection(report: CheckReport, indicatorWidth: number): string {
  const notMet = report.rows
    .filter((row) => row.evaluation.status !== "Đạt")
    .sort((a, b) => compareWorstFirst(rowOrder(a), rowOrder(b)));
  if (notMet.length === 0) return `${title("cliCheckGapsTitle")}\n${title("cliCheckNoGaps")}`;
  const rows = notMet.map((row) => [
    row.unitCode,
    truncate(row.unitName, UNIT_NAME_WIDTH),
    row.target.id,
    truncate(row.target.indicator, indicatorWidth),
    condition(row.target),
    measured(row.evaluation.value, row.target),
    signed(row.evaluation.gap),
    row.evaluation.status,
    row.evaluation.reason === null ? "" : t(REASON_WORDS[row.evaluation.reason].inline, CELL_LANG),
  ]);
  return `${title("cliCheckGapsTitle")}\n${table(GAP_COLUMNS, rows)}`;
}

function rowOrder(row: CheckedRow): { target: Target; status: Status; gap: number | null } {
  return { target: row.target, status: row.evaluation.status, gap: row.evaluation.gap };
}

/** Units with the most targets not met first; ties keep the sheet's order. */
function unitSection(report: CheckReport): string {
  const units = new Map<string, { name: string; statuses: Status[] }>();
  for (const row of report.rows) {
    const unit = units.get(row.unitCode) ?? { name: row.unitName, statuses: [] };
    unit.statuses.push(row.evaluation.status);
    units.set(row.unitCode, unit);
  }
  const rows = [...units.entries()]
    .map(([code, unit]) => ({ code, name: unit.name, total: unit.statuses.length, counts: countByStatus(unit.statuses) }))
    .sort((a, b) => b.total - b.counts["Đạt"] - (a.total - a.counts["Đạt"]))
    .map((unit) => [unit.code, truncate(unit.name, UNIT_NAME_WIDTH), count(unit.total), ...countCells(unit.counts)]);
  return `${title("cliCheckUnitsTitle")}\n${table(UNIT_COLUMNS, rows)}`;
}

function targetSection(report: CheckReport, indicatorWidth: number, area: string): string {
  const rows = [...report.summary]
    .sort((a, b) =>
      compareWorstFirst(
        { target: a.target, status: a.aggregate.status, gap: a.aggregate.gap },
        { target: b.target, status: b.aggregate.status, gap: b.aggregate.gap },
      ),
    )
    .map(({ target, aggregate }) => [
      target.id,
      truncate(target.indicator, indicatorWidth),
      condition(target),
      measured(aggregate.value, target),
      signed(aggregate.gap),
      aggregate.status,
      ...countCells(aggregate.counts),
    ]);
  return `${title("cliCheckTargetsTitle", { area })}\n${table(TARGET_COLUMNS, rows)}`;
}

function countCells(counts: Record<Status, number>): string[] {
  return STATUSES.map((status) => count(counts[status]));
}

function totalLines(report: CheckReport, area: string): string[] {
  const rowCounts = countByStatus(report.rows.map((row) => row.evaluation.status));
  const targetCounts = countByStatus(report.summary.map((entry) => entry.aggregate.status));
  const rowsNotMet = report.rows.length - rowCounts["Đạt"];
  const targetsNotMet = report.summary.length - targetCounts["Đạt"];
  const lines = [
    withNumbers("cliCheckRowTotals", { rows: report.rows.length, ...statusParams(rowCounts) }),
    withNumbers("cliCheckTargetTotals", { targets: report.summary.length, ...statusParams(targetCounts) }, { area }),
  ];
  if (report.missingRows > 0) lines.push(withNumbers("cliCheckMissingRows", { count: report.missingRows }));
  // A provisional figure says which units it still waits on, so nobody reads it as the area's.
  for (const { target, aggregate } of report.summary) {
    if (aggregate.status !== PROVISIONAL) continue;
    lines.push(tBoth("cliCheckProvisional", { target: target.id, units: aggregate.lackingDenominator.join(", ") }));
  }
  // The last line says what the exit code says.
  if (everythingMet(report)) lines.push(title("cliCheckAllMet"));
  else if (rowsNotMet + targetsNotMet > 0) lines.push(withNumbers("cliCheckNotAllMet", { rows: rowsNotMet, targets: targetsNotMet }, { area }));
  return lines;
}

function statusParams(counts: Record<Status, number>): Record<string, number> {
  return {
    met: counts["Đạt"],
    near: counts["Gần đạt"],
    missed: counts["Chưa đạt"],
    missing: counts["Thiếu số liệu"],
    invalid: counts["Không hợp lệ"],
  };
}

/** Both languages on one line, each writing numbers its own way ("1.234" / "1,234"). */
function withNumbers(key: MessageKey, params: Record<string, number>, words: Record<string, string> = {}): string {
  const line = (lang: Lang): string =>
    t(key, lang, { ...Object.fromEntries(Object.entries(params).map(([name, value]) => [name, formatNumber(value, lang)])), ...words });
  return `${line("vi")} / ${line("en")}`;
}

// --- Numbers ----------------------------------------------------------------

/** Two decimals are plenty for a rate or a count on screen; the JSON keeps every digit. */
function rounded(value: number): number {
  const result = Math.round(value * 100) / 100;
  return result === 0 ? 0 : result; // no "-0"
}

function count(value: number): string {
  return formatNumber(value, CELL_LANG);
}

function measured(value: number | null, target: Target): string {
  if (value === null) return "";
  return formatNumber(rounded(value), CELL_LANG) + (target.unit === "%" ? "%" : "");
}

/** "+1,5" above the threshold, "-2" below it. */
function signed(gap: number | null): string {
  if (gap === null) return "";
  const value = rounded(gap);
  return (value > 0 ? "+" : "") + formatNumber(value, CELL_LANG);
}

/** "≥ 95%", "từ … đến 2–3 trường", "tăng ≥ 2%": the words of the workbook's Điều kiện column. */
function condition(target: Target): string {
  const unit = target.unit === "%" ? "%" : ` ${target.unit}`;
  return `${conditionLabel(target)} ${formatValue(target, CELL_LANG)}${unit}`;
}
