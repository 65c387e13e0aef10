// Writes the file a command produces. An existing file is never replaced
// without --force, and with --force it is replaced only once the new one is
// complete (written beside it, then renamed), so a failure mid-way never
// leaves a leader with half a workbook.

import { promises as fs } from "node:fs";
import * as path from "node:path";
import { CliError, EXIT_FAILURE } from "./cli-error";
import { errorCode } from "../readers/error-message";

/**
 * Fails early, before any slow work, when the output cannot be written:
 * it exists (without --force), is a folder, or its folder is missing.
 */
export async function checkOutputPath(file: string, force: boolean): Promise<void> {
  try {
    const stats = await fs.stat(file);
    if (stats.isDirectory()) throw new CliError("cliIsDirectory", { file }, EXIT_FAILURE);
    if (!force) throw new CliError("cliOutputExists", { file }, EXIT_FAILURE);
    return;
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (errorCode(error) !== "ENOENT") throw writeError(error, file);
  }
  const dir = path.dirname(file);
  const dirStats = await fs.stat(dir).catch(() => null);
  if (dirStats === null || !dirStats.isDirectory()) throw new CliError("cliOutputDirMissing", { dir, file }, EXIT_FAILURE);
}

export async function writeOutputFile(file: string, bytes: Uint8Array, force: boolean): Promise<void> {
  if (!force) {
    // "wx" fails if the file appeared since checkOutputPath, rather than overwriting it.
    try {
      await fs.writeFile(file, bytes, { flag: "wx" });
    } catch (error) {
      throw writeError(error, file);
    }
    return;
  }
  // Through a symlink the file it points to is replaced and the user's link stays a link.
  const target = await fs.realpath(file).catch(() => file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw writeError(error, file);
  }
}

function writeError(error: unknown, file: string): CliError {
  switch (errorCode(error)) {
    case "EEXIST":
      return new CliError("cliOutputExists", { file }, EXIT_FAILURE, error);
    case "ENOENT":
    case "ENOTDIR":
      return new CliError("cliOutputDirMissing", { dir: path.dirname(file), file }, EXIT_FAILURE, error);
    case "EISDIR":
      return new CliError("cliIsDirectory", { file }, EXIT_FAILURE, error);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new CliError("cliOutputNoPermission", { file }, EXIT_FAILURE, error);
    default:
      return new CliError("cliOutputWriteFailed", { file }, EXIT_FAILURE, error);
  }
}
