// `chitieu appendix <book.xlsx> [--level …] [--targets …] [--unit-codes …]
// [--period …] -o <new.xlsx> [--docx <file.docx>] [--force]`: reads a
// filled tracking workbook and writes it again with Phụ lục I and II added
// (or replaced), and optionally both appendices as a Word file. The book is
// rewritten from what was read (every entry and note carried over, see
// src/workbook/rebuild.ts); rows a rewrite would drop stop the command
// instead, and sheets that are not ours are named, since the new book
// cannot have them. Titles, notes and baselines typed into earlier
// appendices are kept, and so are their choices when none are given.

import { LEVELS, type Level } from "../domain/plan";
import { parseLevels } from "../domain/unit-list";
import { appendixDocx } from "../export/appendix-docx";
import { readTrackingWorkbook, type TrackingBook, WorkbookReadError } from "../hosts/xlsx/read";
import { XlsxBook } from "../hosts/xlsx/sheet-xml";
import type { WorkbookSpec } from "../workbook/spec";
import { writeXlsx } from "../hosts/xlsx/write";
import { LEVEL_KEYS } from "../i18n/format";
import { t, tBoth } from "../i18n/messages";
import { baseName } from "../readers";
import {
  APPENDIX_SHEETS,
  type AppendixOptions,
  AppendixOptionError,
  type AppendixTable,
  appendixSheet,
  appendixTables,
  bookAsRebuilt,
  mergeAppendixOptions,
  readAppendixEdits,
  withAppendices,
} from "../workbook/appendix";
import { carryUserCells, type UncarriedCell } from "../workbook/carry";
import { contentOf, dataAtRisk, ourSheetNames, specForBook, userUnits, withArea } from "../workbook/rebuild";
import { areaOption } from "./build";
import type { AppendixCommand } from "./args";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./cli-error";
import type { CliConsole } from "./main";
import { readInputFile } from "./read-input";
import { isSameFile, refuseOverwritingInput } from "./same-file";
import { sheetKey } from "../workbook/sheet-name";
import { checkOutputPath, writeOutputFile } from "./write-output";

/** Words for "every level" after `--level`, which a refresh would otherwise keep. */
const EVERY_LEVEL = new Set(["all", "tat-ca", "tất cả", "tat ca"]);

/** `--level`: an ID (tieu_hoc), what a Cấp học cell may say (TH, Tiểu học), or "all" (null). */
export function parseLevelOption(text: string): Level | null {
  const trimmed = text.trim();
  if (EVERY_LEVEL.has(trimmed.normalize("NFC").toLocaleLowerCase("vi"))) return null;
  if ((LEVELS as readonly string[]).includes(trimmed)) return trimmed as Level;
  const levels = parseLevels(trimmed);
  if (levels.length === 1) return levels[0];
  throw new CliError("cliUsageBadLevel", { level: text }, EXIT_USAGE);
}

/** "T001,T005" or "T001 T005" → ["T001", "T005"]. */
export function listOption(text: string | null, option: string): string[] | null {
  if (text === null) return null;
  const items = text.split(/[\s,;]+/).filter((item) => item !== "");
  if (items.length === 0) throw new CliError("cliUsageEmptyList", { option }, EXIT_USAGE);
  return items;
}

export async function readBook(file: string, name: string): Promise<{ bytes: Uint8Array; book: TrackingBook }> {
  const bytes = await readInputFile(file, EXIT_FAILURE);
  if (bytes.length === 0) throw new CliError("readErrorEmpty", { file: name }, EXIT_FAILURE);
  // Excel 97–2003 files are OLE2 compound documents; an .xlsx is a zip ("PK").
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new CliError("cliCheckLegacyXls", { file: name }, EXIT_FAILURE);
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new CliError("cliCheckNotXlsx", { file: name }, EXIT_FAILURE);
  try {
    return { bytes, book: await readTrackingWorkbook(bytes, name) };
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(error.key, error.params, EXIT_FAILURE, error);
    throw new CliError("cliCheckUnreadable", { file: name }, EXIT_FAILURE, error);
  }
}

/**
 * Before a command writes a book anew from what it read: rows the rewrite
 * would drop stop it (`riskKey` says so in the command's words), and sheets
 * that are not ours, which the new book cannot hold, are returned to be named
 * — or refused outright when the output is the book itself.
 */
export function checkRewrite(
  book: TrackingBook,
  xlsx: XlsxBook,
  input: string,
  output: string,
  riskKey: "cliAppendixDataAtRisk" | "cliCollectDataAtRisk",
): string[] {
  const risky = dataAtRisk(book.rows, book.plan, userUnits(book));
  if (risky.length > 0) {
    const examples = risky
      .slice(0, 3)
      .map((row) => `${row.sheetRow} (${row.unitCode}/${row.targetId})`)
      .join(", ");
    throw new CliError(riskKey, { count: risky.length, examples }, EXIT_FAILURE);
  }
  const ours = new Set([...ourSheetNames(book), APPENDIX_SHEETS.I, APPENDIX_SHEETS.II].map(sheetKey));
  const foreign = xlsx.sheetNames().filter((sheet) => !ours.has(sheetKey(sheet)));
  if (foreign.length > 0 && isSameFile(input, output)) {
    throw new CliError("cliAppendixForeignSheetSameFile", { sheet: foreign[0] }, EXIT_FAILURE);
  }
  return foreign;
}

/** How many cells, and the first few by sheet: “Thực hiện” R5, R6; “Tổng hợp” B40. */
/**
 * The spec with what people added inside the old book's sheets carried over
 * (values, formulas, number formats); a cell that cannot be stops the command,
 * named, before anything is written. One owner for appendix and collect.
 */
export function withUserCells(spec: WorkbookSpec, book: TrackingBook, xlsx: XlsxBook): WorkbookSpec {
  const carried = carryUserCells(spec, book, (sheet) => xlsx.sheetCells(sheet, true));
  if (carried.uncarried.length > 0) throw new CliError("cliAppendixUserCellsUncarried", uncarriedParams(carried.uncarried), EXIT_FAILURE);
  return carried.spec;
}

export function uncarriedParams(cells: readonly UncarriedCell[]): Record<string, string | number> {
  const shown = new Map<string, string[]>();
  for (const { sheet, address } of cells.slice(0, 6)) shown.set(sheet, [...(shown.get(sheet) ?? []), address]);
  const list = [...shown].map(([sheet, addresses]) => `“${sheet}” ${addresses.join(", ")}`).join("; ");
  return { count: cells.length, cells: cells.length > 6 ? `${list}…` : list };
}

function doneLine(output: string, first: AppendixTable, second: AppendixTable): string {
  const line = (lang: "vi" | "en"): string => {
    const level = second.selection.level;
    return t("cliAppendixDone", lang, {
      file: output,
      targets: first.selection.first.length,
      groups: first.groups,
      columns: second.selection.second.length,
      level: level === null || level === "chung" ? "" : t("cliAppendixDoneLevel", lang, { level: t(LEVEL_KEYS[level], lang) }),
      units: second.selection.units.length,
    });
  };
  return `${line("vi")} / ${line("en")}`;
}

export async function runAppendix(command: AppendixCommand, io: CliConsole): Promise<number> {
  const given: AppendixOptions = {};
  if (command.level !== null) given.level = parseLevelOption(command.level);
  const targets = listOption(command.targets, "--targets");
  if (targets !== null) given.targets = targets;
  const units = listOption(command.unitCodes, "--unit-codes");
  if (units !== null) given.units = units;
  if (command.period !== null) given.period = command.period.trim();
  const area = command.area === null ? null : areaOption(command.area);
  // Refuse before the slow steps: nobody should wait for files that cannot be saved.
  await checkOutputPath(command.output, command.force);
  if (command.docx !== null) {
    await checkOutputPath(command.docx, command.force);
    refuseOverwritingInput(command.docx, [command.book]);
  }

  const name = baseName(command.book);
  const { bytes, book: read } = await readBook(command.book, name);
  // A corrected area renames the whole-area row in the book and its appendices alike.
  const book = area === null ? read : withArea(read, area);
  for (const problem of book.problems) io.err(`${name}: ${tBoth(problem.key, problem.params)}\n`);

  const xlsx = new XlsxBook(bytes, name);
  const foreign = checkRewrite(book, xlsx, command.book, command.output, "cliAppendixDataAtRisk");
  for (const sheet of foreign) io.err(`${name}: ${tBoth("cliAppendixForeignSheet", { sheet })}\n`);

  const stored = readAppendixEdits({ sheet: (sheetName) => xlsx.sheetCells(sheetName) });
  const options = mergeAppendixOptions(stored, given);
  // The figures are computed on the book as rewritten, so cached values match its Tổng hợp.
  const rewritten = bookAsRebuilt(book);
  let tables: [AppendixTable, AppendixTable];
  try {
    tables = appendixTables(rewritten, options);
  } catch (error) {
    if (error instanceof AppendixOptionError) {
      const chosen = Object.keys(given).length > 0;
      throw new CliError(error.key, error.params, chosen ? EXIT_USAGE : EXIT_FAILURE, error);
    }
    throw error;
  }

  const spec = specForBook(contentOf(book));
  // What people added inside our sheets goes into the new book too, or nothing is written.
  const workbook = withUserCells(withAppendices(spec, tables.map(appendixSheet)), book, xlsx);
  const docx = command.docx === null ? null : await appendixDocx(tables);
  await writeOutputFile(command.output, await writeXlsx(workbook), command.force);
  io.out(`${doneLine(command.output, tables[0], tables[1])}\n`);
  if (command.docx !== null && docx !== null) {
    await writeOutputFile(command.docx, docx, command.force);
    io.out(`${tBoth("cliAppendixDocxDone", { file: command.docx })}\n`);
  }
  return EXIT_OK;
}
