// The `chitieu` command. `main` maps arguments to an exit code and writes
// through an injected console, so it never exits the process itself; `run`
// wires it to the real process and is the one place that catches everything,
// so users see one line in Vietnamese and English and never a stack trace.

import { withoutControlChars } from "../domain/control-chars";
import { extractPlan } from "../domain/extract";
import { t, tBoth } from "../i18n/messages";
import { DocumentReadError, readDocument } from "../readers";
import { errorCode } from "../readers/error-message";
import { runAppendix } from "./appendix";
import { type Command, parseCommand } from "./args";
import { runBuild } from "./build";
import { runCheck } from "./check";
import { runCollect, runSplit } from "./returns";
import { CliError, EXIT_FAILURE, EXIT_OK } from "./cli-error";
import { planToJson } from "./plan-json";
import { renderPlanTable } from "./plan-view";
import { readInputFile } from "./read-input";
import { packageVersion } from "./version";

export interface CliConsole {
  out(text: string): void;
  err(text: string): void;
  /** Terminal width, or null when output is not a terminal. */
  columns: number | null;
  /** CHITIEU_DEBUG=1: also print the error behind a failure, stack included. */
  debug: boolean;
}

/** Indicator column width when the output is piped and no terminal width is known. */
const DEFAULT_INDICATOR_WIDTH = 50;
/** Columns taken by everything but the indicator: kind, section, level, op, value, unit and gaps. */
const OTHER_COLUMNS_WIDTH = 62;
const MIN_INDICATOR_WIDTH = 20;

export async function main(argv: readonly string[], io: CliConsole): Promise<number> {
  try {
    return await execute(parseCommand(argv), io);
  } catch (error) {
    if (error instanceof CliError) return fail(io, error.message, error.exitCode, error.reason);
    if (error instanceof DocumentReadError) return fail(io, error.message, EXIT_FAILURE, error.reason);
    return fail(io, tBoth("cliUnexpected"), EXIT_FAILURE, error);
  }
}

async function execute(command: Command, io: CliConsole): Promise<number> {
  switch (command.kind) {
    case "help":
      io.out(`${t("cliHelp", "vi")}\n\n${t("cliHelp", "en")}\n`);
      return EXIT_OK;
    case "version":
      io.out(`${await packageVersion()}\n`);
      return EXIT_OK;
    case "extract": {
      const bytes = await readInputFile(command.file);
      const text = await readDocument(bytes, command.file);
      const plan = extractPlan(text);
      io.out(command.json ? `${JSON.stringify(planToJson(plan), null, 2)}\n` : renderPlanTable(plan, indicatorWidth(io.columns)));
      return EXIT_OK;
    }
    case "build":
      return runBuild(command, io);
    case "check":
      return runCheck(command, io, checkIndicatorWidth(io.columns));
    case "appendix":
      return runAppendix(command, io);
    case "split":
      return runSplit(command, io);
    case "collect":
      return runCollect(command, io);
  }
}

function fail(io: CliConsole, line: string, exitCode: number, reason: unknown): number {
  io.err(`${line}\n`);
  if (io.debug && reason !== undefined) io.err(`${debugDetail(reason)}\n`);
  return exitCode;
}

/** Name, message and stack: some libraries (pdf.js) build stacks that omit the message. */
function debugDetail(reason: unknown): string {
  if (!(reason instanceof Error)) return String(reason);
  const head = `${reason.name}: ${reason.message}`;
  const stack = reason.stack ?? "";
  return stack.startsWith(head) ? stack : `${head}\n${stack}`;
}

function indicatorWidth(columns: number | null): number {
  if (columns === null) return DEFAULT_INDICATOR_WIDTH;
  return Math.max(MIN_INDICATOR_WIDTH, columns - OTHER_COLUMNS_WIDTH);
}

/** The check report's widest table (unit, target, condition, value, gap, status, note) leaves less room. */
const CHECK_OTHER_COLUMNS_WIDTH = 110;
const CHECK_DEFAULT_INDICATOR_WIDTH = 40;

function checkIndicatorWidth(columns: number | null): number {
  if (columns === null) return CHECK_DEFAULT_INDICATOR_WIDTH;
  return Math.max(MIN_INDICATOR_WIDTH, columns - CHECK_OTHER_COLUMNS_WIDTH);
}

/** Runs the CLI in this process: real streams, real exit code. */
export async function run(): Promise<void> {
  // Names and codes come from users' files; no escape sequence in them may drive the terminal.
  const io: CliConsole = {
    out: (text) => void process.stdout.write(withoutControlChars(text)),
    err: (text) => void process.stderr.write(withoutControlChars(text)),
    columns: process.stdout.isTTY ? (process.stdout.columns ?? null) : null,
    debug: process.env.CHITIEU_DEBUG === "1",
  };
  // A reader that closes the pipe early (`chitieu … | head`) is not an error.
  process.stdout.on("error", (error) => {
    if (errorCode(error) === "EPIPE") process.exit(EXIT_OK);
  });
  // Library code failing outside our promise chain still gets the one-line treatment.
  const crash = (error: unknown): void => {
    fail(io, tBoth("cliUnexpected"), EXIT_FAILURE, error);
    process.exit(EXIT_FAILURE);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  process.exitCode = await main(process.argv.slice(2), io);
}
