// Whether two paths name the same file on disk. Paths are not enough: a
// symlink, a hard link or another spelling of the name on a case-insensitive
// file system all reach the same bytes, and writing one then destroys what
// the other held. Every command that reads a file and writes another asks here.

import { realpathSync, type Stats, statSync } from "node:fs";
import * as path from "node:path";
import { CliError, EXIT_FAILURE } from "./cli-error";

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** The path with symlinks resolved where it exists; the resolved path otherwise. */
function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

// macOS and Windows file systems ignore case by default; a name that differs only in case is the same file there.
const CASE_INSENSITIVE = process.platform === "darwin" || process.platform === "win32";

export function isSameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const first = statOrNull(a);
  const second = statOrNull(b);
  // A file that does not exist yet cannot be another one.
  if (first === null || second === null) return false;
  // Device + inode is the file itself (links of any kind); some Windows file systems report inode 0.
  if (first.ino !== 0 && second.ino !== 0) return first.dev === second.dev && first.ino === second.ino;
  const realA = realPath(a);
  const realB = realPath(b);
  return CASE_INSENSITIVE ? realA.toLocaleLowerCase() === realB.toLocaleLowerCase() : realA === realB;
}

/** Refuses to write `output` over any of the files the command reads (`inputs`, nulls ignored). */
export function refuseOverwritingInput(output: string, inputs: ReadonlyArray<string | null>): void {
  for (const input of inputs) {
    if (input !== null && isSameFile(input, output)) throw new CliError("cliOutputIsInput", { file: output, input }, EXIT_FAILURE);
  }
}
