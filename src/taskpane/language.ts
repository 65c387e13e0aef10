// The pane's language: the planner's last choice, kept in this browser, and
// fetched before it is shown (English is a chunk of its own; see ../i18n/messages.ts),
// and handed to every component through a context rather than a prop on each.
import * as React from "react";
import { type Lang, loadLanguage, loadLaterMessages } from "../i18n/messages";

const LANG_STORAGE_KEY = "chitieu.lang";

/** The language chosen last time; Vietnamese unless the planner switched. */
export function savedLanguage(): Lang {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    // Some webviews block storage; the default is fine.
    return "vi";
  }
}

export function saveLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembering the choice is harmless.
  }
}

/**
 * Entry points call this before the first render, so a planner who chose English
 * never sees the pane flash in Vietnamese. Offline, the pane starts in Vietnamese.
 */
export async function preloadSavedLanguage(): Promise<void> {
  // The later steps' texts start downloading now, beside the first render, not before it.
  loadLaterMessages().catch((error: unknown) => console.error(error));
  await loadLanguage(savedLanguage()).catch((error: unknown) => console.error(error));
}

/**
 * The language the components below speak. App provides its choice; the
 * preview page provides the page's. Vietnamese when nothing provides one,
 * as the pane starts.
 */
export const LanguageContext = React.createContext<Lang>("vi");

export function useLang(): Lang {
  return React.useContext(LanguageContext);
}
