// What the pane does to a workbook, through the host, with the domain code:
// propose a write (read the book, reconcile, find what would be lost), apply
// it, check the entered figures, put the highlighting back. No React here;
// the steps load this module on first use, so the workbook description and
// the evaluation engine stay out of the pane's first download.

import type { SkippedPart, WorkbookHost } from "../hosts/workbook-host";
// The features module alone: the rest of the Office.js host has no business in the preview's chunk.
import { skippedPartMessageKey } from "../hosts/officejs/features";
import type { EntryField, EvaluationReason } from "../domain/evaluate";
import { cellKind, entryFields, isChangeTarget, onlyRate } from "../domain/evaluate";
import { defaultAreaName } from "../domain/area";
import type { Plan, Target } from "../domain/plan";
import { type PlanReconciliation, reconcilePlan } from "../domain/reconcile";
import { alignUnitCodes, codeKey } from "../domain/unit-codes";

export { alignUnitCodes } from "../domain/unit-codes";
import { DEFAULT_TOLERANCE, type Entry, PROVISIONAL, type Status, type Unit } from "../domain/tracking";
import type { MessageKey } from "../i18n/messages";
import type { BookProblem, TrackingBook, TrackingRow } from "../workbook/book";
import { checkBook, compareWorstFirst, countByStatus } from "../workbook/check-report";
import { SHEET, TRACKING } from "../workbook/layout";
import { trackedUnits } from "../workbook/model";
import { type BookContent, contentOf, dataAtRisk, ourSheetNames, specForBook, takenSheetNames, userUnits } from "../workbook/rebuild";
import type { WorkbookSpec } from "../workbook/spec";

export interface UnitChanges {
  added: Unit[];
  removed: Unit[];
  kept: number;
}

/** Everything the planner should see before a write, and the spec to write once they agree. */
export interface WriteProposal {
  content: BookContent;
  spec: WorkbookSpec;
  bookExists: boolean;
  /** Re-importing a plan into a book: what changed. */
  reconciliation: PlanReconciliation | null;
  /** Replacing a book's unit list: which units come and go. */
  unitChanges: UnitChanges | null;
  /** Rows with figures or notes that the write would delete. */
  atRisk: TrackingRow[];
  /** Rows with figures or notes that survive the write. */
  keptRows: number;
  /** Sheets of these names exist and are not ours: the write would replace them. */
  takenSheets: string[];
}

/** A write needs the planner's yes when it changes a plan they have, deletes figures, or replaces sheets. */
export function needsConfirmation(proposal: WriteProposal): boolean {
  return proposal.reconciliation !== null || proposal.atRisk.length > 0 || proposal.takenSheets.length > 0;
}

/** A row someone has typed into: any entry cell or a note. */
function hasData(row: TrackingRow): boolean {
  const entered = (Object.values(row.entry) as Entry[keyof Entry][]).some((cell) => cellKind(cell) !== "blank");
  return entered || (row.note !== null && row.note.trim() !== "");
}

async function propose(
  host: WorkbookHost,
  book: TrackingBook | null,
  content: BookContent,
  changes: Pick<WriteProposal, "reconciliation" | "unitChanges">,
): Promise<WriteProposal> {
  const spec = specForBook(content);
  const atRisk = book === null ? [] : dataAtRisk(book.rows, content.plan, content.units);
  const lost = new Set(atRisk.map((row) => row.sheetRow));
  const keptRows = book === null ? 0 : book.rows.filter((row) => hasData(row) && !lost.has(row.sheetRow)).length;
  // A sheet the book never had (a user's "Đơn vị" beside a district-only book) is the user's.
  const takenSheets = takenSheetNames(spec, await host.sheetNames(), book !== null, book === null ? undefined : ourSheetNames(book));
  return { content, spec, bookExists: book !== null, ...changes, atRisk, keptRows, takenSheets };
}

/**
 * Step 1: the edited plan into the workbook. Into an existing book the plan
 * is reconciled with the book's, so matched targets keep their ids and every
 * figure entered against them stays; units, tolerance, figures and notes
 * are carried over.
 */
export async function proposePlanWrite(host: WorkbookHost, plan: Plan): Promise<WriteProposal> {
  const book = await host.readBook();
  if (book === null) {
    const content = { plan, units: [], area: defaultAreaName(plan.meta), tolerance: DEFAULT_TOLERANCE, rows: [] };
    return propose(host, null, content, { reconciliation: null, unitChanges: null });
  }
  const reconciliation = reconcilePlan(book.plan, plan);
  // The book's area stays: it may be a name the user chose (step 3 changes it).
  const content = { ...contentOf(book), plan: reconciliation.plan };
  return propose(host, book, content, { reconciliation, unitChanges: null });
}

/**
 * Step 3: a new unit list into the book (or, with no book yet, a new book
 * from the pane's plan). Null when there is no plan to write units for.
 * `area` is the whole-area row's name the user typed; null keeps the book's
 * (or, for a new book, takes the one the plan's issuer suggests).
 */
export async function proposeUnitsWrite(
  host: WorkbookHost,
  units: Unit[],
  panePlan: Plan | null,
  area: string | null = null,
): Promise<WriteProposal | null> {
  const book = await host.readBook();
  if (book === null) {
    if (panePlan === null) return null;
    const content = { plan: panePlan, units, area: area ?? defaultAreaName(panePlan.meta), tolerance: DEFAULT_TOLERANCE, rows: [] };
    return propose(host, null, content, { reconciliation: null, unitChanges: null });
  }
  const existing = userUnits(book);
  const aligned = alignUnitCodes(units, existing);
  const content = { ...contentOf(book), units: aligned, area: area ?? book.area };
  return propose(host, book, content, { reconciliation: null, unitChanges: unitChanges(existing, aligned) });
}

function unitChanges(before: readonly Unit[], after: readonly Unit[]): UnitChanges {
  const beforeCodes = new Set(before.map((unit) => codeKey(unit.code)));
  const afterCodes = new Set(after.map((unit) => codeKey(unit.code)));
  return {
    added: after.filter((unit) => !beforeCodes.has(codeKey(unit.code))),
    removed: before.filter((unit) => !afterCodes.has(codeKey(unit.code))),
    kept: after.filter((unit) => beforeCodes.has(codeKey(unit.code))).length,
  };
}

export interface WriteOutcome {
  /** The plan as written (reconciled ids). */
  plan: Plan;
  targets: number;
  units: number;
  rows: number;
  keptRows: number;
  /** Catalog messages for the features this Excel could not apply. */
  skipped: MessageKey[];
}

function skippedMessages(skipped: SkippedPart[]): MessageKey[] {
  return [...new Set(skipped)].map(skippedPartMessageKey);
}

export async function applyWrite(host: WorkbookHost, proposal: WriteProposal): Promise<WriteOutcome> {
  const result = await host.writeBook(proposal.spec);
  const tracking = proposal.spec.sheets.find((sheet) => sheet.name === SHEET.tracking);
  return {
    plan: proposal.content.plan,
    targets: proposal.content.plan.targets.length,
    units: trackedUnits(proposal.content.units, proposal.content.area).length,
    // The header row is not an entry row.
    rows: tracking === undefined ? 0 : Math.max(0, tracking.cells.length - 1),
    keptRows: proposal.keptRows,
    skipped: skippedMessages(result.skipped),
  };
}

// --- Step 4: check -------------------------------------------------------------

export interface CheckItem {
  sheetRow: number;
  unitCode: string;
  unitName: string;
  target: Target;
  status: Status;
  gap: number | null;
  reason: EvaluationReason;
  /** The cell to go to: the status cell, or the offending entry cell of an invalid row. */
  cell: string;
}

export interface CheckOutcome {
  /** The book's whole-area row name, for the whole-area column ("Chỉ tiêu toàn xã Tu Vũ"). */
  area: string;
  rowCounts: Record<Status, number>;
  districtCounts: Record<Status, number>;
  /** "Chưa đạt" and "Gần đạt" rows, worst first. */
  gaps: CheckItem[];
  /** "Không hợp lệ" rows, in sheet order. */
  invalid: CheckItem[];
  /** The first row with no figures yet, in sheet order, its cell the first blank entry cell; null when every row has figures. */
  firstMissing: CheckItem | null;
  /** Whole-area rates that are "Tạm tính": the units that gave only a rate, no Mẫu số. */
  provisional: { target: Target; units: string[] }[];
  /** The book's problems, as catalog keys: the pane says them in its language. */
  problems: BookProblem[];
  missingRows: number;
  rowTotal: number;
}

/** The entry cell that makes a row invalid, by the same checks as `invalidReason`. */
export function offendingField(target: Target, entry: Entry, reason: EvaluationReason): EntryField {
  // A row given only a rate is checked on Giá trị (and the start rate), as `invalidReason` does.
  const fields: EntryField[] = onlyRate(target, entry) ? ["value", ...(isChangeTarget(target) ? (["start"] as const) : [])] : entryFields(target);
  const first = (test: (field: EntryField) => boolean): EntryField => fields.find(test) ?? fields[0];
  switch (reason) {
    case "error_value":
      return first((field) => cellKind(entry[field]) === "error");
    case "not_a_number":
      return first((field) => cellKind(entry[field]) === "text");
    case "negative":
      return first((field) => typeof entry[field] === "number" && (entry[field] as number) < 0);
    case "denominator_zero":
      return "denominator";
    case "rate_above_100":
      return "start";
    case "numerator_above_denominator":
      return "numerator";
    case "value_above_100":
    case "value_mismatch":
      return "value";
    default:
      return first((field) => cellKind(entry[field]) === "blank");
  }
}

/** Null when the workbook holds no tracking book. */
export async function checkWorkbook(host: WorkbookHost): Promise<CheckOutcome | null> {
  const book = await host.readBook();
  if (book === null) return null;
  const report = checkBook(book);
  const entries = new Map(book.rows.map((row) => [row.sheetRow, row.entry]));
  const items = report.rows.map((row): CheckItem => {
    const { status, gap, reason } = row.evaluation;
    const entry = entries.get(row.sheetRow);
    // An invalid or empty row goes to the entry cell to fix or fill; the others to their status.
    const toEntry = (status === "Không hợp lệ" || status === "Thiếu số liệu") && entry !== undefined;
    const column = toEntry ? TRACKING[offendingField(row.target, entry, reason)] : TRACKING.status;
    return {
      sheetRow: row.sheetRow,
      unitCode: row.unitCode,
      unitName: row.unitName,
      target: row.target,
      status,
      gap,
      reason,
      cell: `${column}${row.sheetRow}`,
    };
  });
  return {
    area: book.area,
    rowCounts: countByStatus(items.map((item) => item.status)),
    districtCounts: countByStatus(report.summary.map((entry) => entry.aggregate.status)),
    gaps: items.filter((item) => item.status === "Chưa đạt" || item.status === "Gần đạt").sort(compareWorstFirst),
    invalid: items.filter((item) => item.status === "Không hợp lệ"),
    firstMissing: [...items].sort((a, b) => a.sheetRow - b.sheetRow).find((item) => item.status === "Thiếu số liệu") ?? null,
    provisional: report.summary
      .filter(({ aggregate }) => aggregate.status === PROVISIONAL)
      .map(({ target, aggregate }) => ({ target, units: aggregate.lackingDenominator })),
    problems: book.problems,
    missingRows: report.missingRows,
    rowTotal: items.length,
  };
}

/** Puts the book's conditional formats back; null when there is no book. */
export async function reapplyHighlights(host: WorkbookHost): Promise<MessageKey[] | null> {
  const book = await host.readBook();
  if (book === null) return null;
  const spec = specForBook(contentOf(book));
  const result = await host.reapplyHighlights(spec);
  return skippedMessages(result.skipped);
}
