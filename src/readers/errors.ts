// One error type for every way a document can fail to turn into text. It
// carries a catalog key and parameters instead of a finished sentence, so the
// CLI and the task pane can each render it in their own language(s), and the
// underlying library error never reaches the user.

import { type MessageKey, tBoth } from "../i18n/messages";

/** Catalog keys that describe a reading failure. */
export type ReadErrorKey = Extract<MessageKey, `readError${string}`>;

export interface ReadErrorParams {
  /** Base name of the file, as the user knows it. */
  file: string;
  [name: string]: string | number;
}

export class DocumentReadError extends Error {
  readonly key: ReadErrorKey;
  readonly params: ReadErrorParams;
  /** The library error behind this one, for debugging only; never shown. */
  readonly reason: unknown;

  constructor(key: ReadErrorKey, params: ReadErrorParams, reason?: unknown) {
    super(tBoth(key, params));
    this.name = "DocumentReadError";
    this.key = key;
    this.params = params;
    this.reason = reason;
  }
}

export function isDocumentReadError(value: unknown): value is DocumentReadError {
  return value instanceof DocumentReadError;
}
