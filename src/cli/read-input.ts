// Reads the input file for the CLI, turning file-system failures into one
// clear line each (missing, directory, device, permission, size).

import { promises as fs, type Stats } from "node:fs";
import { CliError, EXIT_FAILURE } from "./cli-error";
import { errorCode } from "../readers/error-message";

/** Plans are a few MB at most; anything far larger is the wrong file and would only exhaust memory. */
export const MAX_INPUT_MB = 200;

export async function readInputFile(path: string): Promise<Uint8Array> {
  let stats: Stats;
  try {
    stats = await fs.stat(path);
  } catch (error) {
    throw fileSystemError(error, path);
  }
  if (stats.isDirectory()) throw new CliError("cliIsDirectory", { file: path }, EXIT_FAILURE);
  if (!stats.isFile()) throw new CliError("cliNotAFile", { file: path }, EXIT_FAILURE);
  const sizeMb = stats.size / (1024 * 1024);
  if (sizeMb > MAX_INPUT_MB) {
    throw new CliError("cliFileTooLarge", { file: path, size: Math.ceil(sizeMb), max: MAX_INPUT_MB }, EXIT_FAILURE);
  }
  try {
    return await fs.readFile(path);
  } catch (error) {
    throw fileSystemError(error, path);
  }
}

function fileSystemError(error: unknown, path: string): CliError {
  switch (errorCode(error)) {
    case "ENOENT":
    case "ENOTDIR":
      return new CliError("cliFileNotFound", { file: path }, EXIT_FAILURE, error);
    case "EISDIR":
      return new CliError("cliIsDirectory", { file: path }, EXIT_FAILURE, error);
    case "EACCES":
    case "EPERM":
      return new CliError("cliFileNoPermission", { file: path }, EXIT_FAILURE, error);
    default:
      return new CliError("cliFileReadFailed", { file: path }, EXIT_FAILURE, error);
  }
}
