// What the Returns step does, through the host, with the domain code: make
// the per-school return files (zipped for a download, or one by one for
// Excel to open where downloads are not allowed), read the files schools
// send back, check them against the book, and write the collected figures.
// No React here; the step loads this module on first use, and the .xlsx
// writer (ExcelJS) only when files are made.

import { zipSync } from "fflate";
import type { Unit } from "../domain/tracking";
import type { SkippedPart, WorkbookHost } from "../hosts/workbook-host";
import { skippedPartMessageKey } from "../hosts/officejs/features";
import { readReturnFile } from "../hosts/xlsx/read";
import type { MessageKey } from "../i18n/messages";
import { APPENDIX_SHEETS } from "../workbook/appendix";
import type { TrackingBook } from "../workbook/book";
import { bookSubmissions, type CollectResult, collectReturns, type Prefer, type ReturnInput, specAfterCollect } from "../workbook/collect";
import type { Submission } from "../workbook/describe";
import { dataAtRisk, userUnits } from "../workbook/rebuild";
import { fileSafe, planReturns, returnUnits } from "../workbook/returns";
import { sheetKey } from "../workbook/sheet-name";

/** What the step shows of the book: who gets a file, and who has sent theirs. */
export interface ReturnsOverview {
  units: Unit[];
  submissions: Submission[];
}

/** The book's units and submissions; a reason when there is nothing to send files for. */
export async function readOverview(host: WorkbookHost): Promise<ReturnsOverview | { problem: MessageKey }> {
  const book = await host.readBook();
  if (book === null) return { problem: "paneReturnsNoBook" };
  if (userUnits(book).length === 0) return { problem: "paneReturnsNoUnits" };
  return { units: returnUnits(book.units), submissions: bookSubmissions(book) };
}

export interface MadeFile {
  fileName: string;
  unit: Unit;
  bytes: Uint8Array;
}

export interface MadeReturns {
  files: MadeFile[];
  /** Units no target applies to: no file. */
  noRows: Unit[];
  /** "Tep-nop-2025-2026.zip": the period says which plan the files are for. */
  zipName: string;
}

/**
 * The return files of the chosen units (null: every unit), made one after
 * another with `progress` after each, so a hundred schools show how far it got.
 */
export async function makeReturns(
  host: WorkbookHost,
  codes: string[] | null,
  progress: (done: number, total: number) => void,
): Promise<MadeReturns | { problem: MessageKey }> {
  const book = await host.readBook();
  if (book === null) return { problem: "paneReturnsNoBook" };
  const planned = planReturns(book, codes, new Date().toISOString());
  const { writeXlsxInBrowser } = await import(/* webpackChunkName: "xlsx-writer" */ "../hosts/xlsx/write-browser");
  const files: MadeFile[] = [];
  for (const file of planned.files) {
    progress(files.length, planned.files.length);
    files.push({ fileName: file.fileName, unit: file.unit, bytes: await writeXlsxInBrowser(file.spec()) });
  }
  const period = fileSafe(book.plan.meta.period ?? "");
  return { files, noRows: planned.noRows, zipName: period === "" ? "Tep-nop.zip" : `Tep-nop-${period}.zip` };
}

/** The files in one .zip. Stored, not deflated again: an .xlsx is already a zip of deflated parts. */
export function zipReturns(made: MadeReturns): Uint8Array {
  return zipSync(Object.fromEntries(made.files.map((file) => [file.fileName, [file.bytes, { level: 0 }]])));
}

/** The chosen files as collect takes them; one that cannot be read is a refusal saying why, never an error. */
export async function readReturns(
  files: readonly { name: string; bytes: () => Promise<Uint8Array> }[],
  progress: (done: number, total: number) => void,
): Promise<ReturnInput[]> {
  const inputs: ReturnInput[] = [];
  for (const file of files) {
    progress(inputs.length, files.length);
    let bytes: Uint8Array;
    try {
      bytes = await file.bytes();
    } catch {
      inputs.push({ file: file.name, book: null, unreadable: { key: "collectReasonUnreadable", params: {} }, savedAt: null });
      continue;
    }
    inputs.push(await readReturnFile(bytes, file.name));
    // Let the pane paint the progress between files.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return inputs;
}

/** The check of the chosen files against the book as it is now: what would be refused, taken in, or conflicts. */
export async function reviewCollect(host: WorkbookHost, inputs: readonly ReturnInput[], prefer: Prefer): Promise<CollectResult | { problem: MessageKey }> {
  const book = await host.readBook();
  if (book === null) return { problem: "paneReturnsNoBook" };
  return collectReturns(book, inputs, prefer, new Date().toISOString());
}

export type CollectOutcome =
  | { kind: "written"; result: CollectResult; skipped: MessageKey[]; submissions: Submission[] }
  /** Cells differ that the review did not show, or no side was chosen: nothing written. */
  | { kind: "conflicts"; result: CollectResult }
  | { kind: "nothing"; result: CollectResult }
  | { kind: "problem"; key: MessageKey; params: Record<string, string | number> };

function skippedMessages(skipped: SkippedPart[]): MessageKey[] {
  return [...new Set(skipped)].map(skippedPartMessageKey);
}

/**
 * Collects into the book: read it again (someone may have typed since the
 * review), check again, and write only when no cell differs that the planner
 * has not settled (`prefer`), and when rewriting loses no row of figures.
 * The appendices, when the book has them, follow the new figures.
 */
export async function applyCollect(
  host: WorkbookHost,
  inputs: readonly ReturnInput[],
  prefer: Prefer,
  conflictsSeen: number,
): Promise<CollectOutcome> {
  const book = await host.readBook();
  if (book === null) return { kind: "problem", key: "paneReturnsNoBook", params: {} };
  const result = collectReturns(book, inputs, prefer, new Date().toISOString());
  if (result.applied.length === 0) return { kind: "nothing", result };
  const check = collectReturns(book, inputs, null, new Date().toISOString());
  if (prefer === null ? check.conflicts.length > 0 : check.conflicts.length > conflictsSeen) return { kind: "conflicts", result: check };
  const atRisk = dataAtRisk(book.rows, book.plan, userUnits(book));
  if (atRisk.length > 0) {
    const examples = atRisk.slice(0, 3).map((row) => `${row.unitCode}/${row.targetId}`).join(", ");
    return { kind: "problem", key: "paneReturnsAtRisk", params: { count: atRisk.length, examples } };
  }
  const spec = specAfterCollect(book, result, await appendixCells(host));
  const written = await host.writeBook(spec);
  const after: TrackingBook = { ...book, rows: result.rows, collection: result.collection };
  return { kind: "written", result, skipped: skippedMessages(written.skipped), submissions: bookSubmissions(after) };
}

/** The appendix sheets' cells when the book has them (their stored choices), else null. */
async function appendixCells(host: WorkbookHost) {
  const wanted = new Set([sheetKey(APPENDIX_SHEETS.I), sheetKey(APPENDIX_SHEETS.II)]);
  const present = (await host.sheetNames()).filter((name) => wanted.has(sheetKey(name)));
  return present.length === 0 ? null : host.readSheets(present);
}
