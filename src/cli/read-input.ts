// Reads the input file for the CLI, turning file-system failures into one
// clear line each (missing, directory, device, permission, size).

import { promises as fs, type Stats } from "node:fs";
import { CliError, EXIT_FAILURE } from "./cli-error";
import { errorCode } from "../readers/error-message";
import { READ_LIMITS } from "../readers/limits";

/** Plans are a few MB at most; anything far larger is the wrong file and would only exhaust memory. */
export const MAX_INPUT_MB = READ_LIMITS.inputBytes / (1024 * 1024);

/** `exitCode` is what a failure exits with: `check` reports unreadable input as 2, the other commands as 1. */
export async function readInputFile(path: string, exitCode: number = EXIT_FAILURE): Promise<Uint8Array> {
  let stats: Stats;
  try {
    stats = await fs.stat(path);
  } catch (error) {
    throw fileSystemError(error, path, exitCode);
  }
  if (stats.isDirectory()) throw new CliError("cliIsDirectory", { file: path }, exitCode);
  if (!stats.isFile()) throw new CliError("cliNotAFile", { file: path }, exitCode);
  const sizeMb = stats.size / (1024 * 1024);
  if (sizeMb > MAX_INPUT_MB) {
    throw new CliError("cliFileTooLarge", { file: path, size: Math.ceil(sizeMb), max: MAX_INPUT_MB }, exitCode);
  }
  try {
    return await fs.readFile(path);
  } catch (error) {
    throw fileSystemError(error, path, exitCode);
  }
}

function fileSystemError(error: unknown, path: string, exitCode: number): CliError {
  switch (errorCode(error)) {
    case "ENOENT":
    case "ENOTDIR":
      return new CliError("cliFileNotFound", { file: path }, exitCode, error);
    case "EISDIR":
      return new CliError("cliIsDirectory", { file: path }, exitCode, error);
    case "EACCES":
    case "EPERM":
      return new CliError("cliFileNoPermission", { file: path }, exitCode, error);
    default:
      return new CliError("cliFileReadFailed", { file: path }, exitCode, error);
  }
}
