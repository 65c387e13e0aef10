// The pane's work in progress, kept so a reload or closing and reopening the
// pane loses nothing: the plan being reviewed (edited targets, typed values,
// the document's text or, of a long document, the excerpts its targets' sentences
// need, and what was last written), the unit list being pasted and the Phụ lục
// step's choices. Inside Excel it is kept with the document
// (its settings, saved with the workbook); in the preview and a plain browser
// in localStorage. A stored draft that does not read back is ignored.

import * as React from "react";
import { completeDraft, type PlanDraft } from "./plan-draft";

export interface SavedWork {
  version: 1;
  plan: PlanDraft | null;
  unitsText: string;
  /**
   * The Phụ lục step's choices as it last reported them. Unchecked here: the
   * step reads them (`restoreChoices`), any shape, so its code stays out of
   * the first download and a draft from an older pane still loads.
   */
  appendix?: unknown;
}

export interface DraftStore {
  load(): SavedWork | null;
  save(work: SavedWork): void;
}

/** Office's document settings, as much of them as the store uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

const KEY = "chitieu.draft";
/** Settings travel inside the workbook file; a draft bigger than this is not worth the file's weight. */
const MAX_CHARS = 1_000_000;

function parse(text: unknown): SavedWork | null {
  if (typeof text !== "string") return null;
  try {
    const work = JSON.parse(text) as Partial<SavedWork> | null;
    if (work === null || typeof work !== "object" || work.version !== 1 || typeof work.unitsText !== "string") return null;
    const plan = work.plan ?? null;
    if (plan !== null && (typeof plan !== "object" || !Array.isArray(plan.rows) || typeof plan.meta !== "object")) return null;
    // Drafts saved before the review kept the document's text and what was written lack those fields;
    // drafts from before the Phụ lục step kept its choices have none.
    const appendix = work.appendix === undefined ? {} : { appendix: work.appendix };
    return { version: 1, plan: plan === null ? null : completeDraft(plan), unitsText: work.unitsText, ...appendix };
  } catch {
    return null;
  }
}

function serialized(work: SavedWork): string | null {
  const text = JSON.stringify(work);
  return text.length > MAX_CHARS ? null : text;
}

export function localDraftStore(key = KEY): DraftStore {
  return {
    load: () => {
      try {
        return parse(window.localStorage.getItem(key));
      } catch {
        // Storage blocked: nothing kept.
        return null;
      }
    },
    save: (work) => {
      const text = serialized(work);
      try {
        if (text === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, text);
      } catch {
        // Storage blocked or full: the draft lives as long as the pane.
      }
    },
  };
}

export function documentDraftStore(settings: DocumentSettings): DraftStore {
  return {
    load: () => parse(settings.get(KEY)),
    save: (work) => {
      const text = serialized(work);
      settings.set(KEY, text ?? "");
      // Saved into the document now, so closing the pane (or Excel, once the workbook is saved) keeps it.
      settings.saveAsync();
    },
  };
}

/** Saves `work` a moment after the last change, so typing does not write on every key. */
export function useDraftSaving(store: DraftStore | undefined, work: SavedWork, delay = 400): void {
  const latest = React.useRef(work);
  latest.current = work;
  React.useEffect(() => {
    if (store === undefined) return;
    const timer = setTimeout(() => store.save(latest.current), delay);
    return () => clearTimeout(timer);
  }, [store, work, delay]);
}
