// Reads back what a refresh must keep from a book's appendix sheets: the
// choices they were made with, heading lines a user typed over the defaults,
// Phụ lục I's Ghi chú and typed Kết quả năm trước. Host-independent: any
// host that hands over cells (BookCells) can use it. Sheets that are missing
// or not ours read as nothing to keep.

import { LEVELS, type Level } from "../../domain/plan";
import type { CellValue } from "../../domain/tracking";
import { t } from "../../i18n/messages";
import type { BookCells, SheetCells } from "../book";
import type { AppendixGrouping, AppendixHeadingText, AppendixKind, AppendixOptions } from "./options";
import { APPENDIX_MARKER, type AppendixState } from "./sheets";
import { APPENDIX_SHEETS } from "./tables";

/** Rows searched for the hidden state cell, in case rows were inserted above the heading. */
const STATE_SEARCH_ROWS = 20;

function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return "";
  return String(value).trim();
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : null;
const GROUPINGS: readonly AppendixGrouping[] = ["section-level", "section", "level"];

function parseState(text: string): AppendixState | null {
  if (!text.startsWith("{") || !text.includes(APPENDIX_MARKER)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(data) || data.marker !== APPENDIX_MARKER || !isObject(data.choice) || !isObject(data.defaults) || !isObject(data.rows)) return null;
  return data as unknown as AppendixState;
}

/** The state cell and where it is. */
function findState(sheet: SheetCells): { state: AppendixState; row: number; column: number } | null {
  for (let r = 1; r <= STATE_SEARCH_ROWS; r++) {
    for (const [c, cell] of sheet.get(r) ?? new Map()) {
      const state = typeof cell.value === "string" ? parseState(cell.value) : null;
      if (state !== null) return { state, row: r, column: c };
    }
  }
  return null;
}

interface SheetEdits {
  choice: AppendixState["choice"];
  heading: AppendixHeadingText;
  notes: Record<string, string>;
  baselines: Record<string, number | string>;
}

function readSheet(sheet: SheetCells, kind: AppendixKind): SheetEdits | null {
  const found = findState(sheet);
  if (found === null || found.state.kind !== kind) return null;
  const { state, column: keyColumn } = found;
  // Rows inserted above the heading move everything down alike.
  const offset = found.row - state.rows.issuer;
  const at = (row: number, column: number): CellValue | undefined => sheet.get(row + offset)?.get(column)?.value;

  const heading: AppendixHeadingText = {};
  for (const line of ["issuer", "title", "attachedTo"] as const) {
    const typed = textOf(at(state.rows[line], 1));
    if (typed !== "" && typed !== state.defaults[line]) heading[line] = typed;
  }

  // Targets not shown last time first; what the sheet shows wins.
  const notes: Record<string, string> = stringRecord(state.carried?.notes);
  const baselines: Record<string, number | string> = valueRecord(state.carried?.baselines);
  if (kind === "I") {
    const headerRow = state.rows.header + offset;
    const columnOf = (name: string): number | null => {
      for (const [c, cell] of sheet.get(headerRow) ?? new Map()) if (textOf(cell.value) === name) return c;
      return null;
    };
    const noteColumn = columnOf(t("appendixColNote", "vi"));
    const baselineColumn = columnOf(t("appendixColBaseline", "vi"));
    for (const [r, row] of sheet) {
      if (r <= headerRow + 1) continue;
      const id = textOf(row.get(keyColumn)?.value);
      if (id === "") continue;
      const note = noteColumn === null ? "" : textOf(row.get(noteColumn)?.value);
      if (note !== "") notes[id] = note;
      const cell = baselineColumn === null ? undefined : row.get(baselineColumn);
      if (cell === undefined || cell.formula) continue;
      const value = cell.value;
      const typed = typeof value === "number" ? value : textOf(value);
      if (typed !== "" && typed !== state.baselines?.[id]) baselines[id] = typed;
    }
  }
  return { choice: state.choice, heading, notes, baselines };
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

function valueRecord(value: unknown): Record<string, number | string> {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, number | string] => typeof entry[1] === "string" || typeof entry[1] === "number"),
  );
}

function validLevel(value: unknown): Level | null {
  return typeof value === "string" && (LEVELS as readonly string[]).includes(value) ? (value as Level) : null;
}

/**
 * What to keep from the book's Phụ lục I and II, as options for
 * `describeAppendices` (merge new choices over them with
 * `mergeAppendixOptions`). Empty when the book has no appendix sheets.
 */
export function readAppendixEdits(cells: BookCells): AppendixOptions {
  const first = (() => {
    const sheet = cells.sheet(APPENDIX_SHEETS.I);
    return sheet === null ? null : readSheet(sheet, "I");
  })();
  const second = (() => {
    const sheet = cells.sheet(APPENDIX_SHEETS.II);
    return sheet === null ? null : readSheet(sheet, "II");
  })();
  const source = first ?? second;
  if (source === null) return {};
  const choice = source.choice;
  const headings: Partial<Record<AppendixKind, AppendixHeadingText>> = {};
  if (first !== null && Object.keys(first.heading).length > 0) headings.I = first.heading;
  if (second !== null && Object.keys(second.heading).length > 0) headings.II = second.heading;
  // Sheets from before Phụ lục I had levels of its own store none: unset, so Phụ lục I follows `level` as it did.
  const stored = choice as Partial<AppendixState["choice"]>;
  const firstLevels = strings(stored.firstLevels)?.map(validLevel).filter((level): level is Level => level !== null) ?? null;
  return {
    level: validLevel(choice.level),
    ...("firstLevels" in stored ? { firstLevels } : {}),
    firstSections: strings(stored.firstSections),
    targets: strings(choice.targets),
    units: strings(choice.units),
    period: typeof choice.period === "string" ? choice.period : null,
    grouping: GROUPINGS.includes(choice.grouping) ? choice.grouping : "section-level",
    headings,
    notes: first?.notes ?? {},
    baselines: first?.baselines ?? {},
  };
}
