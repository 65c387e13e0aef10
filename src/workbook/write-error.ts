// A write into a workbook that was refused or stopped. `state` says what the
// user most needs to know: whether anything in the book changed. Hosts throw
// it; the pane and the CLI turn it into a sentence with `writeErrorText`.

import { type Lang, type MessageKey, t, tBoth } from "../i18n/messages";

export type WriteState = "unchanged" | "partial";

export class WorkbookWriteError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number>,
    readonly state: WriteState,
    /** Excel's error code and where it happened, for the details line. */
    readonly code: string | null = null,
    readonly location: string | null = null,
  ) {
    super(tBoth(key, params));
    this.name = "WorkbookWriteError";
  }
}

/** Refusals that already say nothing changed; every other message gets a sentence saying what state the book is in. */
const SAYS_UNCHANGED = new Set<MessageKey>([
  "writeRowTooTall",
  "writeSheetNameEmpty",
  "writeSheetNameTooLong",
  "writeSheetNameForbiddenCharacter",
  "writeSheetNameApostropheEdge",
  "writeDuplicateSheet",
  "writeSheetNameClash",
  "writeCellTooLong",
  "writeSheetPasswordProtected",
  "officeTooOld",
]);

/** The whole message for a failed write: what happened, what state the book is in, and Excel's code and where, when known. */
export function writeErrorText(error: WorkbookWriteError, lang: Lang): string {
  const parts = [t(error.key, lang, error.params)];
  if (!SAYS_UNCHANGED.has(error.key)) parts.push(t(error.state === "unchanged" ? "writeNothingChanged" : "writePartlyWritten", lang));
  if (error.code) parts.push(t("writeErrorDetails", lang, { code: error.code, location: error.location ?? "—" }));
  return parts.join(" ");
}
