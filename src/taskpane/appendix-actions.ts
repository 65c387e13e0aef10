// What the Phụ lục step does, through the host, with the appendix code: read
// the book and the appendix sheets already there (the choices they were made
// with, titles and notes typed into them), propose the write of Phụ lục I and
// II, and write it. No React here; the step loads this module on first use,
// so the appendix tables stay out of the pane's first download.

import type { WorkbookHost } from "../hosts/workbook-host";
// The features module alone: the rest of the Office.js host has no business in the preview's chunk.
import { skippedPartMessageKey } from "../hosts/officejs/features";
import type { MessageKey } from "../i18n/messages";
import {
  APPENDIX_MARKER,
  APPENDIX_SHEETS,
  AppendixOptionError,
  type AppendixOptions,
  type AppendixSelection,
  describeAppendices,
  mergeAppendixOptions,
  readAppendixEdits,
  resolveSelection,
  withAppendices,
} from "../workbook/appendix";
import type { BookCells, TrackingBook } from "../workbook/book";
import { FONT, SCHEMA_VERSION } from "../workbook/layout";
import type { WorkbookSpec } from "../workbook/spec";
import { type AppendixChoices, optionsToWrite } from "./appendix-state";

const APPENDIX_NAMES = [APPENDIX_SHEETS.I, APPENDIX_SHEETS.II];
/** Rows searched for an appendix sheet's state cell, as the reader does. */
const STATE_ROWS = 20;

/** What the step read from the workbook. */
export interface AppendixBook {
  book: TrackingBook;
  /** What the appendix sheets there keep (choices, typed titles, notes); {} without them. */
  stored: AppendixOptions;
  /** Phụ lục I or II is in the workbook already: the button refreshes. */
  exists: boolean;
}

/** The write of the two sheets, waiting for the planner's yes when it would replace sheets that are not ours. */
export interface AppendixProposal {
  read: AppendixBook;
  options: AppendixOptions;
  selection: AppendixSelection;
  spec: WorkbookSpec;
  /** Sheets named like the appendices that are not ours: writing would replace someone's own sheet. */
  takenSheets: string[];
}

export interface AppendixOutcome {
  /** The book as written, with the choices the sheets now keep. */
  written: AppendixBook;
  /** Phụ lục I or II was there before: a refresh, not a first write. */
  refreshed: boolean;
  counts: { first: number; second: number; units: number };
  skipped: MessageKey[];
}

function takenSheets(cells: BookCells): string[] {
  return APPENDIX_NAMES.filter((name) => {
    const sheet = cells.sheet(name);
    if (sheet === null) return false;
    for (let row = 1; row <= STATE_ROWS; row++) {
      for (const cell of sheet.get(row)?.values() ?? []) {
        if (typeof cell.value === "string" && cell.value.startsWith("{") && cell.value.includes(APPENDIX_MARKER)) return false;
      }
    }
    return true;
  });
}

async function readCells(host: WorkbookHost): Promise<{ read: AppendixBook; cells: BookCells } | null> {
  const book = await host.readBook();
  if (book === null) return null;
  const cells = await host.readSheets(APPENDIX_NAMES);
  const taken = takenSheets(cells);
  const exists = APPENDIX_NAMES.some((name) => cells.sheet(name) !== null && !taken.includes(name));
  return { read: { book, stored: readAppendixEdits(cells), exists }, cells };
}

/** The book and what its appendix sheets keep; null when the workbook has no book. */
export async function readAppendixBook(host: WorkbookHost): Promise<AppendixBook | null> {
  return (await readCells(host))?.read ?? null;
}

/** The two appendix sheets as a spec of their own, with the book's font and schema; Phụ lục I is shown. */
function appendixSpec(book: TrackingBook, options: AppendixOptions): WorkbookSpec {
  const base: WorkbookSpec = { schemaVersion: SCHEMA_VERSION, font: FONT, sheets: [], activeSheet: 0, recalculateOnOpen: true };
  return withAppendices(base, describeAppendices(book, options));
}

export type AppendixProposed =
  | AppendixProposal
  | { problem: "noBook" }
  | { problem: "options"; key: MessageKey; params: Record<string, string | number>; read: AppendixBook };

/**
 * The write for these choices, on the book as it is now: read again, since
 * figures, notes or titles may have been typed into the sheets since the step
 * read them, and what the sheets keep goes under the new choices.
 */
export async function proposeAppendixWrite(host: WorkbookHost, choices: AppendixChoices): Promise<AppendixProposed> {
  const found = await readCells(host);
  if (found === null) return { problem: "noBook" };
  const { read, cells } = found;
  const options = mergeAppendixOptions(read.stored, optionsToWrite(read.book, choices, read.stored.grouping));
  try {
    return {
      read,
      options,
      selection: resolveSelection(read.book, options),
      spec: appendixSpec(read.book, options),
      takenSheets: takenSheets(cells),
    };
  } catch (error) {
    if (!(error instanceof AppendixOptionError)) throw error;
    return { problem: "options", key: error.key, params: error.params, read };
  }
}

/** The planner is asked first only when someone's own sheet would be replaced. */
export function needsConfirmation(proposal: AppendixProposal): boolean {
  return proposal.takenSheets.length > 0;
}

export async function applyAppendixWrite(host: WorkbookHost, proposal: AppendixProposal): Promise<AppendixOutcome> {
  const result = await host.writeBook(proposal.spec);
  const { selection } = proposal;
  return {
    written: { book: proposal.read.book, stored: proposal.options, exists: true },
    refreshed: proposal.read.exists,
    counts: { first: selection.first.length, second: selection.second.length, units: selection.units.length },
    skipped: [...new Set(result.skipped)].map(skippedPartMessageKey),
  };
}
