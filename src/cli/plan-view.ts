// The human-readable view of an extracted plan: one table row per figure and
// a one-line summary of the plan's metadata and counts.

import { type Lang, type MessageKey, t, tBoth } from "../i18n/messages";
import type { Op, Plan, PlanMeta, Target } from "../domain/plan";
import { formatValue, levelLabel, opLabel as sharedOpLabel } from "../i18n/format";
import { type Align, renderTable, truncate } from "./table";

const COLUMNS: ReadonlyArray<{ header: MessageKey; align: Align }> = [
  { header: "cliColKind", align: "left" },
  { header: "cliColSection", align: "left" },
  { header: "cliColLevel", align: "left" },
  { header: "cliColIndicator", align: "left" },
  { header: "cliColOp", align: "left" },
  { header: "cliColValue", align: "right" },
  { header: "cliColUnit", align: "left" },
];

/** The plan's content is Vietnamese, so the table's cells are too; headers show both languages. */
const CELL_LANG: Lang = "vi";

export function renderPlanTable(plan: Plan, indicatorWidth: number): string {
  const headers = (["vi", "en"] as const).map((lang) => COLUMNS.map((column) => t(column.header, lang)));
  const rows = plan.targets.map((target) => targetRow(target, indicatorWidth));
  const body = rows.length > 0 ? renderTable(headers, rows, COLUMNS.map((column) => column.align)) : tBoth("cliNoTargets");
  return `${body}\n\n${summaryLine(plan)}\n`;
}

function targetRow(target: Target, indicatorWidth: number): string[] {
  const indicator = target.scope ? `${target.indicator} [${target.scope}]` : target.indicator;
  return [
    t(target.kind === "baseline" ? "cliKindBaseline" : "cliKindTarget", CELL_LANG),
    target.section ?? "",
    levelLabel(target.level, CELL_LANG),
    truncate(indicator, indicatorWidth),
    opLabel(target.op),
    valueLabel(target),
    target.unit,
  ];
}

export function opLabel(op: Op): string {
  return sharedOpLabel(op, CELL_LANG, "short");
}

export function valueLabel(target: Target): string {
  return formatValue(target, CELL_LANG);
}

export function summaryLine(plan: Plan): string {
  const counts = tBoth("cliSummary", {
    count: plan.targets.length,
    targets: plan.targets.filter((target) => target.kind === "target").length,
    baselines: plan.targets.filter((target) => target.kind === "baseline").length,
  });
  const meta = metaParts(plan.meta);
  return meta.length > 0 ? `${meta.join(" · ")} — ${counts}` : counts;
}

const TITLE_WIDTH = 60;

function metaParts(meta: PlanMeta): string[] {
  const parts = [meta.issuer, meta.number, meta.date === null ? null : viDate(meta.date), meta.period];
  if (meta.title) parts.push(truncate(meta.title, TITLE_WIDTH));
  return parts.filter((part): part is string => part !== null && part.trim() !== "");
}

/** "2022-09-15" → "15/09/2022"; anything else is shown as given. */
function viDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
