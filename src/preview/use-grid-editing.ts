// The preview grid's selection and editing as hooks over the pure model in
// ./grid-model.ts: where Tab and Enter go, what a commit writes and what it
// says when Excel would refuse it. SheetGrid only wires these to the DOM.
import * as React from "react";
import { cellAddress } from "../workbook/a1";
import type { CellProblem, RejectedEntry } from "./CellDialog";
import { type CellRef, enterTarget, moveTo as moveSelection, type NavKey, type Selection, tabTarget } from "./grid-model";
import type { EditOutcome, PreviewHost } from "./preview-host";
import type { SheetView } from "./sheet-view";

export interface Editing {
  row: number;
  column: number;
  text: string;
  /** Each editing session's id: a late blur of an earlier editor must not commit again. */
  session: number;
}

type Saved = Extract<EditOutcome, { kind: "saved" | "recalcFailed" }>;

export const keyOf = (event: React.KeyboardEvent): NavKey => ({ key: event.key, shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey });

/** The selection as the person moves it; `wantsFocus` says the grid should take the focus (the person acted, not the pane). */
export function useGridSelection(host: PreviewHost, sheetName: string, view: SheetView, selection: Selection) {
  // Focus follows the selection only after the person acted in the grid, never when the pane selects.
  const wantsFocus = React.useRef(false);
  // The column a run of Tabs started from: Enter goes back to it on the next row, as in Excel.
  const tabOrigin = React.useRef<number | null>(null);

  const select = React.useCallback(
    (next: Selection) => {
      wantsFocus.current = true;
      host.setSelection(sheetName, next);
    },
    [host, sheetName],
  );

  const moveTo = (cell: CellRef, extend: boolean): void => {
    tabOrigin.current = null;
    select(moveSelection(view, selection, cell, extend));
  };

  return { select, moveTo, tabOrigin, wantsFocus };
}

interface EditingOptions {
  host: PreviewHost;
  sheetName: string;
  view: SheetView;
  select: (next: Selection) => void;
  tabOrigin: React.MutableRefObject<number | null>;
  wantsFocus: React.MutableRefObject<boolean>;
  /** Tells the page what happened to an entry, for its live region. */
  onSaved: (outcome: Saved) => void;
}

/** One cell being typed into at a time, committed as Excel commits (Enter, Tab, leaving the cell) and refused as Excel refuses. */
export function useCellEditing({ host, sheetName, view, select, tabOrigin, wantsFocus, onSaved }: EditingOptions) {
  const [editing, setEditing] = React.useState<Editing | null>(null);
  const editingRef = React.useRef<Editing | null>(null);
  editingRef.current = editing;
  const session = React.useRef(0);
  const [problem, setProblem] = React.useState<CellProblem | null>(null);

  const startEditing = (cell: CellRef, text: string): void => {
    if (!view.editable(cell.row, cell.column)) {
      setProblem({ kind: "locked", address: cellAddress(cell.column, cell.row), sheet: sheetName });
      return;
    }
    session.current += 1;
    setEditing({ row: cell.row, column: cell.column, text, session: session.current });
  };

  /** Commits the editor's text; then moves as Tab or Enter would (`move`), or leaves focus where it went (null: the person left the grid). */
  const commit = (current: Editing, move: NavKey | null): void => {
    setEditing(null);
    const address = cellAddress(current.column, current.row);
    const outcome = host.enter(sheetName, address, current.text);
    if (outcome.kind === "invalid") {
      const retryWith: RejectedEntry = { row: current.row, column: current.column, text: current.text };
      setProblem({ kind: "invalid", address, title: outcome.title, message: outcome.message, retry: retryWith });
      return;
    }
    if (outcome.kind === "locked") {
      setProblem({ kind: "locked", address, sheet: sheetName });
      return;
    }
    onSaved(outcome);
    if (move === null) return;
    const from = { row: current.row, column: current.column };
    if (move.key === "Tab") {
      const target = tabTarget(view, from, !move.shift);
      tabOrigin.current = target.row === from.row ? (tabOrigin.current ?? from.column) : null;
      select({ anchor: target, focus: target });
    } else {
      const target = enterTarget(view, from, tabOrigin.current, !move.shift);
      tabOrigin.current = null;
      select({ anchor: target, focus: target });
    }
  };

  /** What a clear or a paste did: refusals open Excel's kind of message, the rest go to the page. */
  const report = (outcome: EditOutcome): void => {
    if (outcome.kind === "invalid") setProblem({ kind: "invalid", address: outcome.address, title: outcome.title, message: outcome.message, retry: null });
    else if (outcome.kind === "locked") setProblem({ kind: "locked", address: outcome.address, sheet: outcome.sheet });
    else onSaved(outcome);
  };

  const changeText = React.useCallback((text: string) => setEditing((current) => (current ? { ...current, text } : current)), []);

  const onEditorKey = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    const current = editingRef.current;
    if (!current) return;
    if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      commit(current, keyOf(event));
    } else if (event.key === "Escape") {
      event.preventDefault();
      wantsFocus.current = true;
      setEditing(null);
    }
  };

  const onEditorBlur = (id: number): void => {
    const current = editingRef.current;
    // Leaving the cell (clicking the pane, another tab) commits it, as in Excel, without pulling the focus back.
    if (current && current.session === id) commit(current, null);
  };

  /** "Thử lại" in the refusal: the editor opens again on the text that was refused. */
  const retry = (entry: RejectedEntry): void => {
    setProblem(null);
    session.current += 1;
    setEditing({ ...entry, session: session.current });
  };

  const closeProblem = (): void => {
    setProblem(null);
    wantsFocus.current = true;
  };

  return { editing, editingRef, problem, startEditing, commit, report, changeText, onEditorKey, onEditorBlur, retry, closeProblem };
}
