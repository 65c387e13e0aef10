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
import { readReturnFile } from "../hosts/xlsx/read";
import { XlsxBook } from "../hosts/xlsx/sheet-xml";
import { writeXlsx } from "../hosts/xlsx/write";
import { type MessageKey, t, tBoth } from "../i18n/messages";
import { baseName } from "../readers";
import { APPENDIX_SHEETS, AppendixOptionError } from "../workbook/appendix";
import { COLLECT_FIELD_KEYS, collectedCellText, type CollectResult, collectReturns, type ReturnInput, specAfterCollect } from "../workbook/collect";
import { userUnits } from "../workbook/rebuild";
import type { BookProblem } from "../workbook/book";
import type { WorkbookSpec } from "../workbook/spec";
import { planReturns } from "../workbook/returns";
import { sameSheetName } from "../workbook/sheet-name";
import { checkRewrite, listOption, readBook, withUserCells } from "./appendix";
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
  for (const problem of book.problems) io.err(`${name}: ${both(problem.key, problem.params)}\n`);
  if (userUnits(book).length === 0) throw new CliError("cliSplitNoUnits", { file: name }, EXIT_FAILURE);

  const planned = planReturns(book, chosenCodes, new Date().toISOString());
  if (planned.unknown.length > 0) {
    const known = book.units.map((unit) => unit.code);
    throw new CliError("cliSplitUnknownUnits", { codes: planned.unknown.join(", "), known: known.join(", ") }, EXIT_USAGE);
  }

  await ensureFolder(command.output);
  const files = planned.files.map((file) => path.join(command.output, file.fileName));
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

  for (const unit of planned.noRows) io.err(`${both("cliSplitNoRows", { code: unit.code, name: unit.name })}\n`);
  for (const [i, file] of planned.files.entries()) {
    await writeOutputFile(files[i], await writeXlsx(file.spec()), command.force);
    io.out(`${both("cliSplitFile", { file: file.fileName, code: file.unit.code, name: file.unit.name, rows: file.rows })}\n`);
  }
  io.out(`${both("cliSplitDone", { count: planned.files.length, dir: command.output })}\n`);
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

// --- collect ---------------------------------------------------------------------

/** A return file as collect takes it: a file that cannot be opened is a refusal saying why, like one that cannot be read. */
async function readReturn(file: string): Promise<ReturnInput> {
  const name = baseName(file);
  try {
    return await readReturnFile(await readInputFile(file, EXIT_FAILURE), name);
  } catch (error) {
    if (error instanceof CliError) return { file: name, book: null, unreadable: { key: error.key, params: error.params }, savedAt: null };
    throw error;
  }
}

function report(result: CollectResult, problems: Map<string, BookProblem[]>, io: CliConsole): void {
  for (const refusal of result.refused) {
    const line = (lang: "vi" | "en"): string => t("collectRefused", lang, { file: refusal.file, reason: t(refusal.key, lang, refusal.params) });
    io.err(`${line("vi")} / ${line("en")}\n`);
  }
  for (const { file, unitCode } of result.unchanged) io.out(`${both("collectAlreadyCollected", { file, unit: unitCode })}\n`);
  for (const applied of result.applied) {
    // What was odd in a received file (a row deleted, a threshold edited) is worth a look; its figures are in.
    for (const problem of problems.get(applied.file) ?? []) io.err(`${applied.file}: ${both(problem.key, problem.params)}\n`);
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
        column: t(COLLECT_FIELD_KEYS[conflict.field], lang),
        book: collectedCellText(conflict.book, lang),
        incoming: collectedCellText(conflict.incoming, lang),
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
  for (const problem of book.problems) io.err(`${name}: ${both(problem.key, problem.params)}\n`);

  const xlsx = new XlsxBook(bytes, name);
  const foreign = checkRewrite(book, xlsx, command.book, command.output, "cliCollectDataAtRisk");

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
  const hasAppendix = xlsx.sheetNames().some((sheet) => sameSheetName(sheet, APPENDIX_SHEETS.I) || sameSheetName(sheet, APPENDIX_SHEETS.II));
  let spec: WorkbookSpec;
  try {
    // The appendices follow the new figures, with the choices stored in them.
    spec = specAfterCollect(book, result, hasAppendix ? { sheet: (sheetName) => xlsx.sheetCells(sheetName) } : null);
  } catch (error) {
    if (error instanceof AppendixOptionError) throw new CliError(error.key, error.params, EXIT_FAILURE, error);
    throw error;
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
