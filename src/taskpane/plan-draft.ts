// The plan as the planner is correcting it in the table. Numbers are kept as
// the text being typed until they parse, so "98," mid-typing is not thrown
// away and a bad value is shown with its message next to the cell. Pure: no
// React, so the rules are tested and shared by the steps that need a plan.

import type { Level, Op, Plan, PlanMeta, Target, TargetKind } from "../domain/plan";
import type { SourceText } from "../domain/sentence";
import { freshTargetIds } from "../domain/target-id";
import { type Lang, type MessageKey, t } from "../i18n/messages";
import { formatNumber } from "./format";
import { largest } from "../domain/largest";

export interface TargetDraft {
  /** The target with its last valid values. */
  target: Target;
  /** Text typed in the value cell, or null when the cell shows `target.value`. */
  valueInput: string | null;
  /** Same for the upper value of a "between" target. */
  valueMaxInput: string | null;
  /** Added by hand in the pane (no quote in the document). */
  added: boolean;
}

/** What the book held after the pane's last write: fingerprints of the document's information and of each target by id. */
export interface WrittenState {
  meta: string;
  targets: Record<string, string>;
}

export interface PlanDraft {
  meta: PlanMeta;
  rows: TargetDraft[];
  /** The document's text (or, of a long one, excerpts) for each target's sentence; null when not kept (older drafts). */
  source: SourceText | null;
  /** Null until this draft (or the plan it came from) is written. */
  written: WrittenState | null;
  /** Text typed in the issue date field, or null when it shows `meta.date`. */
  dateInput: string | null;
}

export type DraftField = "indicator" | "value" | "valueMax" | "unit" | "date";

export interface DraftProblem {
  /** Null for a problem of the document's information, not of a target. */
  targetId: string | null;
  field: DraftField;
  key: MessageKey;
  params: Record<string, string | number>;
}

export function draftFromPlan(plan: Plan, source: SourceText | null = null): PlanDraft {
  return {
    meta: plan.meta,
    rows: plan.targets.map((target) => ({ target, valueInput: null, valueMaxInput: null, added: false })),
    source,
    written: null,
    dateInput: null,
  };
}

/** A draft saved by an older pane, with the fields it lacked at their "unknown" values. */
export function completeDraft(draft: Partial<PlanDraft> & Pick<PlanDraft, "meta" | "rows">): PlanDraft {
  return { ...draft, source: draft.source ?? null, written: draft.written ?? null, dateInput: draft.dateInput ?? null };
}

/**
 * A number as a person types it in either language: "98,1", "98.1", "1.200"
 * (Vietnamese thousands), "1,200" (English thousands), "1 200", "1.234,5", "95%".
 * A lone separator followed by exactly three digits is a thousands separator
 * only in the language that groups with it; otherwise it is the decimal mark.
 * Null when the text is not a number.
 */
export function parseNumberInput(text: string, lang: Lang): number | null {
  const trimmed = text.trim().replace(/%$/, "").trimEnd().replace(/^[−–]/, "-");
  // A space may group thousands ("1 200"); anywhere else ("9 8") it is a typo, not a number.
  if (/\s/.test(trimmed) && !/^-?\d{1,3}([\s\u00a0]\d{3})+([.,]\d+)?$/.test(trimmed)) return null;
  let plain = trimmed.replace(/[\s\u00a0]/g, "");
  if (!/^-?[\d.,]+$/.test(plain) || !/\d/.test(plain)) return null;
  const lastDot = plain.lastIndexOf(".");
  const lastComma = plain.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the later one is the decimal mark, the other groups.
    const [group, decimal] = lastDot > lastComma ? [",", "."] : [".", ","];
    if (plain.indexOf(decimal) !== plain.lastIndexOf(decimal)) return null;
    if (!groupedCorrectly(plain.slice(0, plain.indexOf(decimal)), group)) return null;
    plain = plain.split(group).join("").replace(decimal, ".");
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    const groupsInLang = (lang === "vi" ? "." : ",") === mark;
    const count = plain.split(mark).length - 1;
    if (count > 1 || (groupsInLang && groupedCorrectly(plain, mark))) {
      if (!groupedCorrectly(plain, mark)) return null;
      plain = plain.split(mark).join("");
    } else {
      plain = plain.replace(mark, ".");
    }
  }
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** "1.234.567" with `group` "."; a leading minus is allowed. */
function groupedCorrectly(text: string, group: string): boolean {
  const escaped = group === "." ? "\\." : group;
  return new RegExp(`^-?\\d{1,3}(${escaped}\\d{3})+$`).test(text);
}

/** What a value cell shows: the text being typed, or the value in the pane's language. */
export function valueText(row: TargetDraft, lang: Lang): string {
  return row.valueInput ?? formatNumber(row.target.value, lang);
}

export function valueMaxText(row: TargetDraft, lang: Lang): string {
  if (row.valueMaxInput !== null) return row.valueMaxInput;
  return row.target.value_max === null ? "" : formatNumber(row.target.value_max, lang);
}

/** The label of a cell, which is also how messages say where a problem is. */
export function fieldLabel(field: DraftField, id: string | null, lang: Lang): string {
  const keys: Record<DraftField, MessageKey> = {
    indicator: "paneFieldIndicator",
    value: "paneFieldValue",
    valueMax: "paneFieldValueMax",
    unit: "paneFieldUnit",
    date: "metaDate",
  };
  return t(keys[field], lang, { id: id ?? "" });
}

/** Parses a typed number and says what is wrong with it, if anything. */
function numberProblem(input: string, field: DraftField, id: string, lang: Lang): DraftProblem | null {
  if (input.trim() === "") return { targetId: id, field, key: "paneErrValueMissing", params: {} };
  if (parseNumberInput(input, lang) === null) {
    return { targetId: id, field, key: "paneErrNotNumber", params: { text: input.trim() } };
  }
  return null;
}

/** Every problem of one row, in the table's column order. */
export function rowProblems(row: TargetDraft, lang: Lang): DraftProblem[] {
  const { target } = row;
  const id = target.id;
  const problems: DraftProblem[] = [];
  if (target.indicator.trim() === "") problems.push({ targetId: id, field: "indicator", key: "paneErrIndicatorEmpty", params: {} });
  const valueBad = row.valueInput === null ? null : numberProblem(row.valueInput, "value", id, lang);
  if (valueBad) problems.push(valueBad);
  else if (target.value < 0) problems.push({ targetId: id, field: "value", key: "paneErrNegative", params: {} });
  if (target.op === "between") {
    const maxInput = row.valueMaxInput ?? (target.value_max === null ? "" : null);
    const maxBad = maxInput === null ? null : numberProblem(maxInput, "valueMax", id, lang);
    if (maxBad) problems.push(maxBad);
    else if (!valueBad && target.value_max !== null && target.value_max <= target.value) {
      problems.push({
        targetId: id,
        field: "valueMax",
        key: "paneErrMaxNotAbove",
        params: { min: formatNumber(target.value, lang) },
      });
    }
  }
  if (target.unit.trim() === "") problems.push({ targetId: id, field: "unit", key: "paneErrUnitEmpty", params: {} });
  return problems;
}

/** The document's information: only a typed date can be wrong. */
export function metaProblems(draft: PlanDraft): DraftProblem[] {
  if (draft.dateInput === null || parseDateInput(draft.dateInput) !== undefined) return [];
  return [{ targetId: null, field: "date", key: "reviewErrDate", params: { text: draft.dateInput.trim() } }];
}

export function draftProblems(draft: PlanDraft, lang: Lang): DraftProblem[] {
  return [...metaProblems(draft), ...draft.rows.flatMap((row) => rowProblems(row, lang))];
}

/** A problem as a sentence that names the cell. */
export function problemText(problem: DraftProblem, lang: Lang): string {
  return t(problem.key, lang, { ...problem.params, field: fieldLabel(problem.field, problem.targetId, lang) });
}

/** The plan to write, or the problems that stop it. */
export function planFromDraft(draft: PlanDraft, lang: Lang): { plan: Plan } | { problems: DraftProblem[] } {
  const problems = draftProblems(draft, lang);
  if (problems.length > 0) return { problems };
  return { plan: { meta: writtenMeta(draft.meta), targets: draft.rows.map(({ target }) => writtenTarget(target)) } };
}

/** A target as it is written: its texts trimmed. */
export function writtenTarget(target: Target): Target {
  return { ...target, indicator: target.indicator.trim(), unit: target.unit.trim() };
}

/** The document's information as it is written: texts trimmed, an emptied field unknown. */
export function writtenMeta(meta: PlanMeta): PlanMeta {
  const text = (value: string | null | undefined) => (value === null || value === undefined || value.trim() === "" ? null : value.trim());
  return { ...meta, issuer: text(meta.issuer), number: text(meta.number), title: text(meta.title), period: text(meta.period) };
}

// --- The document's information ---------------------------------------------------

/** The fields of the document's information the planner edits. */
export type MetaField = "issuer" | "number" | "date" | "title" | "period";

/**
 * An issue date as typed: "05/09/2024", "5-9-2024", "2024-09-05", or a month
 * "09/2024". The ISO date, null for an empty field, undefined when it is not a date.
 */
export function parseDateInput(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const two = (n: number) => String(n).padStart(2, "0");
  const day = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const parts = day ? [day[3], day[2], day[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (parts) {
    const [year, month, date] = parts.map(Number);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || date < 1 || date > days) return undefined;
    return `${year}-${two(month)}-${two(date)}`;
  }
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${month[2]}-${two(Number(month[1]))}`;
  return undefined;
}

/** What the date field shows: the text being typed, or the date as dd/mm/yyyy (mm/yyyy for a month). */
export function dateText(draft: PlanDraft): string {
  if (draft.dateInput !== null) return draft.dateInput;
  const date = draft.meta.date;
  if (date === null) return "";
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  return match[3] === undefined ? `${match[2]}/${match[1]}` : `${match[3]}/${match[2]}/${match[1]}`;
}

/** What a metadata field shows for editing. */
export function metaInputText(draft: PlanDraft, field: MetaField): string {
  return field === "date" ? dateText(draft) : (draft.meta[field] ?? "");
}

/** Typing in a field of the document's information; a date keeps the last valid one until the text parses. */
export function editMeta(draft: PlanDraft, field: MetaField, text: string): PlanDraft {
  if (field !== "date") return { ...draft, meta: { ...draft.meta, [field]: text === "" ? null : text } };
  const date = parseDateInput(text);
  return { ...draft, dateInput: text, meta: date === undefined ? draft.meta : { ...draft.meta, date } };
}

/** On leaving the date field: a valid date is shown in the usual form again, a bad one stays as typed. */
export function settleMeta(draft: PlanDraft): PlanDraft {
  if (draft.dateInput === null || parseDateInput(draft.dateInput) === undefined) return draft;
  return { ...draft, dateInput: null };
}

// --- Edits -------------------------------------------------------------------

export type TargetEdit =
  | { field: "indicator" | "unit"; text: string }
  | { field: "level"; level: Level }
  | { field: "op"; op: Op }
  | { field: "kind"; kind: TargetKind }
  | { field: "value" | "valueMax"; text: string; lang: Lang };

export function editRow(row: TargetDraft, edit: TargetEdit): TargetDraft {
  const target = row.target;
  switch (edit.field) {
    case "indicator":
      return { ...row, target: { ...target, indicator: edit.text } };
    case "unit":
      return { ...row, target: { ...target, unit: edit.text } };
    case "level":
      return { ...row, target: { ...target, level: edit.level } };
    case "kind":
      return { ...row, target: { ...target, kind: edit.kind } };
    case "op":
      // Only a range has an upper value; leaving "between" drops it.
      return edit.op === "between"
        ? { ...row, target: { ...target, op: edit.op } }
        : { ...row, target: { ...target, op: edit.op, value_max: null }, valueMaxInput: null };
    case "value": {
      const value = parseNumberInput(edit.text, edit.lang);
      return { ...row, valueInput: edit.text, target: value === null ? target : { ...target, value } };
    }
    case "valueMax": {
      const value = parseNumberInput(edit.text, edit.lang);
      return { ...row, valueMaxInput: edit.text, target: value === null ? target : { ...target, value_max: value } };
    }
  }
}

/** On leaving a number cell: a valid number is shown formatted again, a bad one stays as typed. */
export function settleRow(row: TargetDraft, lang: Lang): TargetDraft {
  const valueOk = row.valueInput !== null && parseNumberInput(row.valueInput, lang) !== null;
  const maxOk = row.valueMaxInput !== null && parseNumberInput(row.valueMaxInput, lang) !== null;
  if (!valueOk && !maxOk) return row;
  return { ...row, valueInput: valueOk ? null : row.valueInput, valueMaxInput: maxOk ? null : row.valueMaxInput };
}

/** The next free id in the extractor's style (T001…), past every id in use. */
export function nextTargetId(draft: PlanDraft): string {
  return freshTargetIds(new Set(draft.rows.map(({ target }) => target.id)))();
}

/**
 * A blank target at the end of the table. Its offset lies past every other,
 * so matching against a workbook's plan sees it where it stands: last.
 */
export function addTarget(draft: PlanDraft): { draft: PlanDraft; id: string } {
  const id = nextTargetId(draft);
  const last = draft.rows[draft.rows.length - 1]?.target;
  const offset = largest(draft.rows.map(({ target }) => target.offset + target.quote.length), 0) + 1;
  const target: Target = {
    id,
    kind: "target",
    section: null,
    sectionTitle: null,
    level: "chung",
    scope: null,
    indicator: "",
    op: "gte",
    value: 0,
    value_max: null,
    denominator: null,
    unit: "",
    period: last?.period ?? draft.meta.period,
    quote: "",
    offset,
    // Typed by the planner: nothing to doubt.
    confidence: 1,
  };
  return { draft: { ...draft, rows: [...draft.rows, { target, valueInput: "", valueMaxInput: null, added: true }] }, id };
}

export function removeTarget(draft: PlanDraft, id: string): PlanDraft {
  return { ...draft, rows: draft.rows.filter((row) => row.target.id !== id) };
}

/** A removed row put back where it was (`index`, or last when the table has since become shorter); nothing when its id is back already. */
export function restoreTarget(draft: PlanDraft, row: TargetDraft, index: number): PlanDraft {
  if (draft.rows.some((existing) => existing.target.id === row.target.id)) return draft;
  const rows = [...draft.rows];
  rows.splice(Math.min(index, rows.length), 0, row);
  return { ...draft, rows };
}

export function updateTarget(draft: PlanDraft, id: string, update: (row: TargetDraft) => TargetDraft): PlanDraft {
  return { ...draft, rows: draft.rows.map((row) => (row.target.id === id ? update(row) : row)) };
}

/**
 * Rows in runs of the same section and level, in document order. Runs, not
 * a regrouping: a row whose level is corrected stays where it is (and keeps
 * keyboard focus) instead of jumping to another group.
 */
export function groupRows(rows: readonly TargetDraft[]): { section: string | null; level: Level; rows: TargetDraft[] }[] {
  const groups: { section: string | null; level: Level; rows: TargetDraft[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.section === row.target.section && last.level === row.target.level) last.rows.push(row);
    else groups.push({ section: row.target.section, level: row.target.level, rows: [row] });
  }
  return groups;
}
