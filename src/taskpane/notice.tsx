// Messages the steps show in a MessageBar. Texts are kept as functions of the
// language, not as finished strings, so a message already on screen follows a
// switch to English. Errors from hosts and readers become plain sentences
// here; the raw error only ever goes to the console.
import { MessageBar, MessageBarBody, type MessageBarIntent } from "@fluentui/react-components";
import { isDocumentReadError } from "../readers/errors";
import { errorCode } from "../readers/error-message";
import { WorkbookReadError } from "../workbook/book";
import { WorkbookWriteError, writeErrorText } from "../workbook/write-error";
import { type Lang, type MessageKey, t } from "../i18n/messages";
import { useLang } from "./language";

export type Text = (lang: Lang) => string;

export interface Notice {
  intent: MessageBarIntent;
  text: Text;
  /** Shown as a list under the text (skipped features, problems). */
  details?: Text[];
}

export function say(key: MessageKey, params: Record<string, string | number> = {}): Text {
  return (lang) => t(key, lang, params);
}

export function notice(intent: MessageBarIntent, text: Text, details?: Text[]): Notice {
  return details === undefined ? { intent, text } : { intent, text, details };
}

/** Office.js reports this code while the user is typing in a cell; every API call fails until they leave it. */
const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** What to tell the user when a workbook operation failed; `fallback` when nothing more specific is known. */
export function hostErrorText(error: unknown, fallback: MessageKey | Text): Text {
  if (error instanceof WorkbookReadError) {
    return (lang) => t("paneBookUnreadable", lang, { reason: t(error.key, lang, error.params) });
  }
  if (error instanceof WorkbookWriteError) return (lang) => writeErrorText(error, lang);
  if (errorCode(error) === CELL_EDIT_MODE) return say("paneCellEditMode");
  return typeof fallback === "function" ? fallback : say(fallback);
}

/** What to tell the user when a plan document could not be read. */
export function documentErrorText(error: unknown, fallback: MessageKey): Text {
  if (isDocumentReadError(error)) return (lang) => t(error.key, lang, error.params);
  return say(fallback);
}

export function NoticeBar({ notice: shown }: { notice: Notice | null }) {
  const lang = useLang();
  if (shown === null) return null;
  return (
    <MessageBar intent={shown.intent} layout="multiline">
      <MessageBarBody>
        {shown.text(lang)}
        {shown.details && shown.details.length > 0 && (
          <ul>
            {shown.details.map((detail, index) => (
              <li key={index}>{detail(lang)}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Said by every step that needs a workbook when the pane runs outside Excel and the preview. */
export function NoHostNote({ show }: { show: boolean }) {
  const lang = useLang();
  if (!show) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t("paneNoHost", lang)}</MessageBarBody>
    </MessageBar>
  );
}
