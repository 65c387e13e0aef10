// Per-school return files (issue 12): one small workbook per unit with that
// unit's Thực hiện rows, made from the same description as the book
// (./describe.ts) so its columns, formulas, highlights and validation are the
// book's, plus an instructions sheet and a read-only Chỉ tiêu of its targets.
// A stamp in its hidden model ties it to the plan (a content hash of the
// targets), the unit and the period, so `collect` can tell a file of this
// book from any other. Pure: the CLI and the pane write the bytes.

import { defaultAreaName } from "../domain/area";
import { isDistrictUnit } from "../domain/evaluate";
import { withoutMarks } from "../domain/fold";
import { sha256Hex } from "../domain/hash";
import type { Plan, Target } from "../domain/plan";
import { DEFAULT_TOLERANCE, type Entry, type Tolerance, type Unit } from "../domain/tracking";
import { type MessageKey, t } from "../i18n/messages";
import {
  entryKey,
  modelSheet,
  pageSpec,
  PROTECTION,
  settingsSheet,
  targetsSheet,
  trackingPairs,
  trackingSheet,
} from "./describe";
import { bookAsRebuilt } from "./appendix/rebuilt";
import type { TrackingBook } from "./book";
import { FONT, SCHEMA_VERSION, SHEET } from "./layout";
import { trackedUnits, type ReturnStamp, type WorkbookModel } from "./model";
import type { SheetSpec, SpecCell, WorkbookSpec } from "./spec";
import { userUnits } from "./rebuild";
import { rowHeight, wrappedLines } from "./text";

/**
 * What ties a return to its plan: the targets' ids and what each asks
 * (kind, level, comparator, thresholds, denominator, unit), in plan order.
 * Wording, quotes and confidence are left out: fixing a typo in an indicator
 * must not orphan the files already sent.
 */
export function planFingerprint(plan: Plan): string {
  const targets = plan.targets.map((target: Target) => [
    target.id,
    target.kind,
    target.level,
    target.op,
    target.value,
    target.value_max,
    target.denominator,
    target.unit,
  ]);
  return sha256Hex(JSON.stringify(["chitieu.plan.v1", targets]));
}

/** Latin letters and digits only, joined by "-": "Trường TH Kim Đồng" → "Truong-TH-Kim-Dong". */
export function fileSafe(text: string): string {
  return withoutMarks(text)
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A return's file name: unit code and name, e.g. "TH01-Truong-TH-Kim-Dong.xlsx". */
export function returnFileName(unit: Unit): string {
  const parts = [fileSafe(unit.code) || "DV", fileSafe(unit.name)].filter((part) => part !== "");
  // Well under every file system's 255-byte limit, with room for a folder.
  return `${parts.join("-").slice(0, 100)}.xlsx`;
}

/** The units that get a return by default: every unit but the area's own row, which the office fills. */
export function returnUnits(units: readonly Unit[]): Unit[] {
  return units.filter((unit) => !isDistrictUnit(unit));
}

export interface ReturnOptions {
  tolerance?: Tolerance;
  /** Figures the book already holds for the unit, by `entryKey`: the school sees and corrects them. */
  entries?: Map<string, Entry>;
  notes?: Map<string, string>;
  /** When the file is made, ISO 8601 (the caller's clock, so tests are repeatable). */
  madeAt: string;
  /** The book's name for the whole area ("Toàn xã Tu Vũ"); by default the one the plan's issuer suggests. */
  area?: string;
}

// Fits A4 upright at 100%: about 80 characters of the default font.
const INSTRUCTION_WIDTH = 80;

/** The instructions sheet: who, what to type, where, how to send it back. */
function instructionsSheet(plan: Plan, unit: Unit, rows: number): SheetSpec {
  const vi = (key: MessageKey, params: Record<string, string | number> = {}): string => t(key, "vi", params);
  const planName = [plan.meta.number, plan.meta.title, plan.meta.issuer].filter((part): part is string => !!part).join(" – ");
  const lines: string[] = [
    vi("wbReturnTitle"),
    "",
    vi("wbReturnUnit", { code: unit.code, name: unit.name }),
    ...(planName ? [vi("wbReturnPlan", { plan: planName })] : []),
    ...(plan.meta.period ? [vi("wbReturnPeriod", { period: plan.meta.period })] : []),
    vi("wbReturnRows", { count: rows }),
    "",
    vi("wbReturnStepsTitle"),
    vi("wbReturnStep1"),
    vi("wbReturnStep2"),
    vi("wbReturnStep3"),
    vi("wbReturnStep4"),
    vi("wbReturnStep5"),
    vi("wbReturnStep6"),
    "",
    vi("wbReturnWorksAnywhere"),
  ];
  const cells: SpecCell[][] = lines.map((line) => [line === "" ? null : line]);
  const rowHeights: Record<number, number> = {};
  lines.forEach((line, i) => {
    const height = rowHeight(wrappedLines(line, INSTRUCTION_WIDTH, i === 0));
    if (height !== null) rowHeights[i + 1] = height;
  });
  const stepsTitle = lines.indexOf(vi("wbReturnStepsTitle")) + 1;
  return {
    name: SHEET.instructions,
    visibility: "visible",
    cells,
    columns: [{ width: INSTRUCTION_WIDTH }],
    rowHeights,
    formats: [
      { ranges: [`A1:A${lines.length}`], style: { wrap: true, vAlign: "top" } },
      { ranges: ["A1", `A${stepsTitle}`], style: { bold: true } },
      { ranges: ["A1"], style: { size: 14 } },
    ],
    table: null,
    freeze: null,
    conditionalFormats: [],
    validations: [],
    protection: PROTECTION,
    // Printed on one page width, upright: it is a letter, not a table.
    page: { ...pageSpec(plan, null), orientation: "portrait" },
  };
}

/** Cài đặt as the school gets it: the office's tolerance, shown but locked, since statuses must match the book's. */
function lockedSettings(plan: Plan, tolerance: Tolerance): SheetSpec {
  const sheet = settingsSheet(plan, tolerance);
  return {
    ...sheet,
    formats: sheet.formats.map((format) =>
      format.style.locked === false ? { ...format, style: { ...format.style, locked: true, fill: "FFFFFF" } } : format,
    ),
    validations: [],
  };
}

/**
 * The return workbook of one unit of a book (`units`: the book's units as its
 * model keeps them). Its model holds just that unit and its targets, and the
 * stamp `collect` checks.
 */
export function describeReturn(plan: Plan, units: Unit[], unitCode: string, options: ReturnOptions): WorkbookSpec {
  const tracked = trackedUnits(units, options.area ?? defaultAreaName(plan.meta));
  const unit = tracked.find((candidate) => candidate.code === unitCode);
  if (unit === undefined) throw new Error(`No unit ${unitCode} in the book`);
  // Pairs come from the whole list: which targets the area's row reports depends on the other units.
  const pairs = trackingPairs(plan, tracked).filter((pair) => pair.unit.code === unitCode);
  const ids = new Set(pairs.map((pair) => pair.target.id));
  const own: Plan = { meta: plan.meta, targets: plan.targets.filter((target) => ids.has(target.id)) };
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const stamp: ReturnStamp = { planFingerprint: planFingerprint(plan), unitCode, period: plan.meta.period ?? null, madeAt: options.madeAt };
  // The return keeps the book's name for the whole area, which its messages may show.
  const area = tracked.find(isDistrictUnit)?.name ?? defaultAreaName(plan.meta);
  const model: WorkbookModel = { plan: own, units: [unit], districtOnly: false, area, returnOf: stamp };
  const entries = new Map<string, Entry>();
  const notes = new Map<string, string>();
  for (const { target } of pairs) {
    const key = entryKey(unitCode, target.id);
    const entry = options.entries?.get(key);
    if (entry) entries.set(key, entry);
    const note = options.notes?.get(key);
    if (note !== undefined) notes.set(key, note);
  }
  const sheets: SheetSpec[] = [
    instructionsSheet(plan, unit, pairs.length),
    targetsSheet(own),
    { ...trackingSheet(plan, pairs, tolerance, entries, notes), userEntries: true },
    lockedSettings(plan, tolerance),
    modelSheet(model),
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    font: FONT,
    sheets,
    activeSheet: 0,
    recalculateOnOpen: true,
  };
}

/** One return to make: its file name, its unit, how many rows it holds, and its description (made on demand: a hundred at once is a lot of memory). */
export interface PlannedReturn {
  fileName: string;
  unit: Unit;
  rows: number;
  spec: () => WorkbookSpec;
}

export interface ReturnsPlan {
  files: PlannedReturn[];
  /** Units no target applies to (a level the plan never mentions): no file, since it would have nothing to fill. */
  noRows: Unit[];
  /** Chosen codes the book does not have. */
  unknown: string[];
}

/**
 * The returns of a book, for every unit or the chosen codes: file names made
 * unique ("TH 01" and "TH-01" both make "TH-01…": the later gets "-2"), and
 * the figures and notes the book already holds for each unit filled in, so
 * the school sees and completes them. The CLI's `split` and the pane both use it.
 */
export function planReturns(book: TrackingBook, codes: readonly string[] | null, madeAt: string): ReturnsPlan {
  const units = userUnits(book);
  const known = new Map(book.units.map((unit) => [unit.code, unit]));
  const unknown = codes === null ? [] : codes.filter((code) => !known.has(code));
  const chosen =
    codes === null ? returnUnits(book.units) : [...new Set(codes)].map((code) => known.get(code)).filter((unit): unit is Unit => unit !== undefined);

  const entries = new Map<string, Entry>();
  const notes = new Map<string, string>();
  const rowCount = new Map<string, number>();
  for (const row of bookAsRebuilt(book).rows) {
    rowCount.set(row.unitCode, (rowCount.get(row.unitCode) ?? 0) + 1);
    entries.set(entryKey(row.unitCode, row.targetId), row.entry);
    if (row.note !== null) notes.set(entryKey(row.unitCode, row.targetId), row.note);
  }
  const taken = new Set<string>();
  const files: PlannedReturn[] = [];
  const noRows: Unit[] = [];
  for (const unit of chosen) {
    const rows = rowCount.get(unit.code) ?? 0;
    if (rows === 0) {
      noRows.push(unit);
      continue;
    }
    const base = returnFileName(unit);
    let fileName = base;
    for (let n = 2; taken.has(fileName.toLowerCase()); n++) fileName = base.replace(/\.xlsx$/, `-${n}.xlsx`);
    taken.add(fileName.toLowerCase());
    const options = { tolerance: book.tolerance, entries, notes, madeAt, area: book.area };
    files.push({ fileName, unit, rows, spec: () => describeReturn(book.plan, units, unit.code, options) });
  }
  return { files, noRows, unknown };
}
