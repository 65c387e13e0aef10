// A failure the CLI reports as one line in both languages, with its exit code.

import { type MessageKey, tBoth } from "../i18n/messages";

export const EXIT_OK = 0;
/** The input could not be read or processed. */
export const EXIT_FAILURE = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

export class CliError extends Error {
  readonly exitCode: number;
  /** The error behind this one, printed only with CHITIEU_DEBUG=1. */
  readonly reason: unknown;

  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number>,
    exitCode: number,
    reason?: unknown,
  ) {
    super(tBoth(key, params));
    this.name = "CliError";
    this.exitCode = exitCode;
    this.reason = reason;
  }
}
