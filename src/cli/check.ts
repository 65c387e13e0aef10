// `chitieu check <book.xlsx> [--json]`: reads a filled workbook, evaluates
// it with the engine and prints the gap report. Exit codes are for scripts:
// 0 every target met, 1 some not met, 2 the workbook could not be read.

import { readTrackingWorkbook, type TrackingBook, WorkbookReadError } from "../hosts/xlsx/read";
import { tBoth } from "../i18n/messages";
import { baseName } from "../readers";
import type { CheckCommand } from "./args";
import { checkBook, everythingMet } from "../workbook/check-report";
import { checkToJson, renderCheckReport } from "./check-view";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./cli-error";
import type { CliConsole } from "./main";
import { readInputFile } from "./read-input";

/** Some target is not met: the check ran fine, the answer is "no". */
export const EXIT_NOT_MET = EXIT_FAILURE;
/** Shares 2 with usage errors: either way there was nothing to check. */
export const EXIT_UNREADABLE = EXIT_USAGE;

export async function runCheck(command: CheckCommand, io: CliConsole, indicatorWidth: number): Promise<number> {
  const file = baseName(command.book);
  const book = await readBook(command.book, file);
  for (const problem of book.problems) io.err(`${file}: ${tBoth(problem.key, problem.params)}\n`);

  const report = checkBook(book);
  if (report.rows.length === 0) throw new CliError("cliCheckNoRows", { file }, EXIT_NOT_MET);

  io.out(command.json ? `${JSON.stringify(checkToJson(report), null, 2)}\n` : renderCheckReport(book, report, indicatorWidth));
  return everythingMet(report) ? EXIT_OK : EXIT_NOT_MET;
}

/** The workbook, or one line saying why it cannot be read. */
async function readBook(path: string, file: string): Promise<TrackingBook> {
  const bytes = await readInputFile(path, EXIT_UNREADABLE);
  if (bytes.length === 0) throw new CliError("readErrorEmpty", { file }, EXIT_UNREADABLE);
  if (isOle2(bytes)) throw new CliError("cliCheckLegacyXls", { file }, EXIT_UNREADABLE);
  if (!isZip(bytes)) throw new CliError("cliCheckNotXlsx", { file }, EXIT_UNREADABLE);
  try {
    return await readTrackingWorkbook(bytes, file);
  } catch (error) {
    // The reader names what is wrong (damaged, not ours, newer version); anything else is still "unreadable".
    if (error instanceof WorkbookReadError) throw new CliError(error.key, error.params, EXIT_UNREADABLE, error);
    throw new CliError("cliCheckUnreadable", { file }, EXIT_UNREADABLE, error);
  }
}

/** An .xlsx is a zip archive: "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Excel 97–2003 (.xls) files are OLE2 compound documents. */
function isOle2(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
