// `chitieu split <book.xlsx> -o <folder> [--units <codes>] [--force]` writes
// one return workbook per unit; `chitieu collect <book.xlsx> <return.xlsx>…
// -o <new.xlsx> [--prefer returns|book] [--force]` takes them back (issue 12).
//
// Exit codes of collect: 0 every file received (or already collected);
// 1 some file refused — the others are still applied and the book written,
// each refusal named on its own line — or conflicts without --prefer (then
// nothing is written), or no file could be received at all (nothing
// written); 2 usage errors. Nothing is ever written in place without --force.

import { promises as fs } from "node:fs";
import * as path from "node:path";
import { readWorkbookSaved, WorkbookReadError } from "../hosts/xlsx/read";
import { XlsxBook } from "../hosts/xlsx/sheet-xml";
import { writeXlsx } from "../hosts/xlsx/write";
import { formatNumber } from "../i18n/format";
import { type MessageKey, t, tBoth } from "../i18n/messages";
import { baseName } from "../readers";
import type { CellValue, Entry } from "../domain/tracking";
import {
  APPENDIX_SHEETS,
  AppendixOptionError,
  appendixSheet,
  appendixTables,
  bookAsRebuilt,
  mergeAppendixOptions,
  readAppendixEdits,
  withAppendices,
} from "../workbook/appendix";
import type { TrackingBook } from "../workbook/book";
import { type CollectField, type CollectResult, collectReturns, type ReturnInput } from "../workbook/collect";
import { entryKey } from "../workbook/describe";
import { contentOf, specForBook, userUnits } from "../workbook/rebuild";
import { TABLE } from "../workbook/layout";
import { describeReturn, returnFileName, returnUnits } from "../workbook/returns";
import type { WorkbookSpec } from "../workbook/spec";
import { checkRewrite, listOption, readBook, sheetKey, withUserCells, xlsxSheetNames } from "./appendix";
import type { CollectCommand, SplitCommand } from "./args";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./cli-error";
import type { CliConsole } from "./main";
import { readInputFile } from "./read-input";
import { refuseOverwritingInput } from "./same-file";
import { checkOutputPath, writeOutputFile } from "./write-output";
import { errorCode } from "../readers/error-message";

const both = (key: MessageKey, params: Record<string, string | number> = {}): string => tBoth(key, params);

// --- split -----------------------------------------------------------------------

export async function runSplit(command: SplitCommand, io: CliConsole): Promise<number> {
  const name = baseName(command.book);
  const chosenCodes = listOption(command.units, "--units");
  const { book } = await readBook(command.book, name);
  for (const problem of book.problems) io.err(`${name}: ${problem}\n`);
  if (userUnits(book).length === 0) throw new CliError("cliSplitNoUnits", { file: name }, EXIT_FAILURE);

  let units = returnUnits(book.units);
  if (chosenCodes !== null) {
    const known = new Map(book.units.map((unit) => [unit.code, unit]));
    const unknown = chosenCodes.filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw new CliError("cliSplitUnknownUnits", { codes: unknown.join(", "), known: [...known.keys()].join(", ") }, EXIT_USAGE);
    }
    units = [...new Set(chosenCodes)].map((code) => known.get(code)).filter((unit) => unit !== undefined);
  }

  await ensureFolder(command.output);
  // Two codes may make the same safe name ("TH 01", "TH-01"): the later one gets a number.
  const taken = new Set<string>();
  const files = units.map((unit) => {
    const base = returnFileName(unit);
    let file = base;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = base.replace(/\.xlsx$/, `-${n}.xlsx`);
    taken.add(file.toLowerCase());
    return path.join(command.output, file);
  });
  // Every file is checked before any is written: a refusal leaves the folder as it was.
  const existing: string[] = [];
  for (const file of files) {
    refuseOverwritingInput(file, [command.book]);
    const found = await fs.stat(file).catch(() => null);
    if (found?.isDirectory()) throw new CliError("cliIsDirectory", { file }, EXIT_FAILURE);
    if (found !== null) existing.push(file);
  }
  if (existing.length > 0 && !command.force) {
    throw new CliError("cliSplitFilesExist", { count: existing.length, file: existing[0] }, EXIT_FAILURE);
  }

  // What the book already holds for a unit goes into its file, so the school sees and completes it.
  const entries = new Map<string, Entry>();
  const notes = new Map<string, string>();
  const rowsByUnit = new Set<string>();
  for (const row of bookAsRebuilt(book).rows) {
    rowsByUnit.add(row.unitCode);
    entries.set(entryKey(row.unitCode, row.targetId), row.entry);
    if (row.note !== null) notes.set(entryKey(row.unitCode, row.targetId), row.note);
  }
  const madeAt = new Date().toISOString();
  let written = 0;
  for (const [i, unit] of units.entries()) {
    const spec = describeReturn(book.plan, userUnits(book), unit.code, { tolerance: book.tolerance, entries, notes, madeAt, area: book.area });
    const rows = trackingRows(spec);
    // A unit no target applies to (a level the plan never mentions) would get a file with nothing to fill.
    if (!rowsByUnit.has(unit.code)) {
      io.err(`${both("cliSplitNoRows", { code: unit.code, name: unit.name })}\n`);
      continue;
    }
    await writeOutputFile(files[i], await writeXlsx(spec), command.force);
    written += 1;
    io.out(`${both("cliSplitFile", { file: path.basename(files[i]), code: unit.code, name: unit.name, rows })}\n`);
  }
  io.out(`${both("cliSplitDone", { count: written, dir: command.output })}\n`);
  return EXIT_OK;
}

/** The output folder, made when missing; a file of that name is an error. */
async function ensureFolder(dir: string): Promise<void> {
  const found = await fs.stat(dir).catch(() => null);
  if (found !== null && !found.isDirectory()) throw new CliError("cliSplitFolderNotDir", { dir }, EXIT_FAILURE);
  if (found !== null) return;
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    const key: MessageKey = errorCode(error) === "EACCES" || errorCode(error) === "EPERM" ? "cliOutputNoPermission" : "cliOutputDirMissing";
    throw new CliError(key, { file: dir, dir }, EXIT_FAILURE, error);
  }
}

/** Rows of a return's Thực hiện table, header excluded. */
function trackingRows(spec: WorkbookSpec): number {
  const ref = spec.sheets.find((sheet) => sheet.table?.name === TABLE.tracking)?.table?.ref ?? "";
  const last = /(\d+)$/.exec(ref);
  return last === null ? 0 : Math.max(0, Number(last[1]) - 1);
}

// --- collect ---------------------------------------------------------------------

/** A return file as collect takes it: never an exception, an unreadable file is a refusal saying why. */
async function readReturn(file: string): Promise<ReturnInput> {
  const name = baseName(file);
  const unreadable = (key: MessageKey, params: Record<string, string | number> = { file: name }): ReturnInput => ({
    file: name,
    book: null,
    unreadable: { key, params },
    savedAt: null,
  });
  try {
    const bytes = await readInputFile(file, EXIT_FAILURE);
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return unreadable("cliCheckNotXlsx");
    const { book, savedAt } = await readWorkbookSaved(bytes, name);
    return { file: name, book, savedAt };
  } catch (error) {
    if (error instanceof WorkbookReadError || error instanceof CliError) return unreadable(error.key, error.params);
    return unreadable("cliCheckUnreadable");
  }
}

const FIELD_KEYS: Record<CollectField, MessageKey> = {
  numerator: "wbColNumerator",
  denominator: "wbColDenominator",
  start: "wbColStart",
  value: "wbColValue",
  note: "wbColNote",
};

function shownCell(cell: CellValue, lang: "vi" | "en"): string {
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return t("collectBlank", lang);
  if (typeof cell === "number") return formatNumber(cell, lang);
  return typeof cell === "string" ? cell : cell.error;
}

function report(result: CollectResult, problems: Map<string, string[]>, io: CliConsole): void {
  for (const refusal of result.refused) {
    const line = (lang: "vi" | "en"): string => t("collectRefused", lang, { file: refusal.file, reason: t(refusal.key, lang, refusal.params) });
    io.err(`${line("vi")} / ${line("en")}\n`);
  }
  for (const { file, unitCode } of result.unchanged) io.out(`${both("collectAlreadyCollected", { file, unit: unitCode })}\n`);
  for (const applied of result.applied) {
    // What was odd in a received file (a row deleted, a threshold edited) is worth a look; its figures are in.
    for (const problem of problems.get(applied.file) ?? []) io.err(`${applied.file}: ${problem}\n`);
    io.out(`${both("collectApplied", { file: applied.file, unit: applied.unit.code, name: applied.unit.name, filled: applied.filled, expected: applied.expected })}\n`);
  }
}

function reportConflicts(result: CollectResult, io: CliConsole): void {
  io.err(`${both("collectConflictsHeader", { count: result.conflicts.length })}\n`);
  for (const conflict of result.conflicts) {
    const line = (lang: "vi" | "en"): string =>
      t("collectConflictLine", lang, {
        file: conflict.file,
        unit: conflict.unitCode,
        target: conflict.targetId,
        column: t(FIELD_KEYS[conflict.field], lang),
        book: shownCell(conflict.book, lang),
        incoming: shownCell(conflict.incoming, lang),
      });
    // One line per conflict in Vietnamese; the English follows on the next, indented alike.
    io.err(`${line("vi")}\n${line("en")}\n`);
  }
}

export async function runCollect(command: CollectCommand, io: CliConsole): Promise<number> {
  // Refuse before the slow steps; the book may be rewritten in place only with --force, never a return file.
  await checkOutputPath(command.output, command.force);
  refuseOverwritingInput(command.output, command.returns);
  const name = baseName(command.book);
  const { bytes, book } = await readBook(command.book, name);
  for (const problem of book.problems) io.err(`${name}: ${problem}\n`);

  const foreign = checkRewrite(book, bytes, command.book, command.output, "cliCollectDataAtRisk");

  const inputs: ReturnInput[] = [];
  for (const file of command.returns) inputs.push(await readReturn(file));
  const result = collectReturns(book, inputs, command.prefer, new Date().toISOString());
  report(result, new Map(inputs.map((input) => [input.file, input.book?.problems ?? []])), io);
  const status = result.refused.length > 0 ? EXIT_FAILURE : EXIT_OK;
  if (result.conflicts.length > 0) {
    reportConflicts(result, io);
    return EXIT_FAILURE;
  }
  if (result.applied.length === 0 && result.unchanged.length === 0) {
    io.err(`${both("collectNothingApplied")}\n`);
    return EXIT_FAILURE;
  }

  for (const sheet of foreign) io.err(`${name}: ${both("cliAppendixForeignSheet", { sheet })}\n`);
  const merged: TrackingBook = { ...book, rows: result.rows, collection: result.collection };
  let spec = specForBook({ ...contentOf(book), rows: result.rows, collection: result.collection });
  const xlsx = new XlsxBook(bytes, name);
  const hasAppendix = xlsxSheetNames(bytes).some((sheet) => sheetKey(sheet) === sheetKey(APPENDIX_SHEETS.I) || sheetKey(sheet) === sheetKey(APPENDIX_SHEETS.II));
  if (hasAppendix) {
    // The appendices follow the new figures, with the choices stored in them.
    const options = mergeAppendixOptions(readAppendixEdits({ sheet: (sheetName) => xlsx.sheetCells(sheetName) }), {});
    try {
      spec = withAppendices(spec, appendixTables(bookAsRebuilt(merged), options).map(appendixSheet));
    } catch (error) {
      if (error instanceof AppendixOptionError) throw new CliError(error.key, error.params, EXIT_FAILURE, error);
      throw error;
    }
  }
  await writeOutputFile(command.output, await writeXlsx(withUserCells(spec, book, xlsx)), command.force);
  io.out(
    `${both("collectDone", {
      file: command.output,
      applied: result.applied.length,
      refused: result.refused.length,
      kept: result.kept,
      replaced: result.replaced,
    })}\n`,
  );
  return status;
}
