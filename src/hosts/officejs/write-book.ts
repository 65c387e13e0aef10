// `WorkbookHost.writeBook` inside Excel, written so that a write which stops
// anywhere (a refused call, the user typing in a cell, a lost connection on
// the web) leaves a book that still reads, with every entry intact:
//
// 1. Check first, change nothing: the spec against Excel's limits
//    (src/workbook/spec-check.ts), our sheet names against the sheets there
//    (as Excel compares names), and protection with a password.
// 2. Essentials, in an order that is safe at every point:
//    - the journal: the cells users type into (Thực hiện, Cài đặt) as they
//      are now, beside a copy of the current model, then one switch of the
//      model sheet's row 1 makes the reader use them (src/workbook/model.ts);
//    - the cells: only those that change are sent (`null` leaves a cell as
//      it is), so an entry a co-author is typing is not written over, and
//      nothing is cleared that the new description keeps;
//    - the new model in the column not in use, then one switch of row 1,
//      which also drops the journal.
// 3. Cosmetics, one part at a time (formats, sizes, merges, tables,
//    highlights, validation, panes, page setup, protection, sheet order,
//    recalculation): a part Excel refuses is reported as skipped, not fatal.
//
// Every step is queued into as few requests as the 5 MB limit allows (./batch.ts).

import { errorCode } from "../../readers/error-message";
import type { SheetCells } from "../../workbook/book";
import { MODEL_MARKER, MODEL_SHEET } from "../../workbook/layout";
import {
  chunksAt,
  type Journal,
  journalColumn,
  jsonChunks,
  journalOf,
  modelHeader,
  MODEL_HEADER_WIDTH,
  type ModelSlot,
} from "../../workbook/model";
import { textOf } from "../../workbook/read-book";
import { assertWritable } from "../../workbook/spec-check";
import { type SheetSpec, sheetWidth, type WorkbookSpec } from "../../workbook/spec";
import { sheetKey } from "../../workbook/sheet-name";
import { type WriteState, WorkbookWriteError } from "../../workbook/write-error";
import type { SkippedPart, WriteResult } from "../workbook-host";
import { Batch, cost, jsonBytes } from "./batch";
import { type Area, areaAddress } from "./layout";
import { addCells } from "./read";
import {
  addConditionalFormats,
  protectionOptions,
  writeCells,
  writeFormats,
  writeFreeze,
  writeMerges,
  writePage,
  writeSizes,
  writeValidations,
} from "./write";

export interface WriteOptions {
  budget: number;
}

/** A sheet of the spec and the worksheet it goes to. */
interface Target {
  spec: SheetSpec;
  worksheet: Excel.Worksheet;
  /** Null for a sheet this write adds. */
  existing: ExistingSheet | null;
}

interface ExistingSheet {
  worksheet: Excel.Worksheet;
  protected: boolean;
  /** The user's protection options, to put back on a sheet the spec does not protect. */
  options: Excel.WorksheetProtectionOptions | null;
  firstPageNumber: Excel.PageLayout["firstPageNumber"] | null;
  /** Filled by `readBefore`. */
  before: Before | null;
}

/** What a sheet held before the write, from A1 to the bottom-right of its used range. */
interface Before {
  bottom: number;
  right: number;
  /** `formulas` row by row from A1 (a plain cell's value, or "=…"). */
  formulas: unknown[][];
  /** `valueTypes` row by row, for the sheets read with their values. */
  types: string[][] | null;
  /** The cells as the reader sees them; kept for the journal and the model sheet. */
  cells: SheetCells;
}

const isModel = (sheet: SheetSpec): boolean => sheet.name === MODEL_SHEET;

/** Calls that start a request: calculation is suspended only until the next sync, so every request; the screen once per write. */
function suspender(context: Excel.RequestContext): () => number {
  let screenSuspended = false;
  return () => {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (screenSuspended) return cost(2);
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    screenSuspended = true;
    return cost(4);
  };
}

// --- 1. Check ------------------------------------------------------------------

/** One round trip: the sheets there, their protection and page numbering, and the tables. */
async function inspect(context: Excel.RequestContext, batch: Batch): Promise<{ sheets: Excel.Worksheet[]; tables: Excel.Table[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected,items/protection/options,items/pageLayout/firstPageNumber");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await batch.sync();
  return { sheets: sheets.items, tables: tables.items };
}

/**
 * Pairs each spec sheet with the sheet of the same name, refusing (before
 * any change) a sheet whose name differs from ours only as Excel ignores
 * (case, composition): it is not ours, and Excel would refuse to add ours.
 */
function pairSheets(spec: WorkbookSpec, sheets: Excel.Worksheet[]): Map<string, ExistingSheet> {
  const byKey = new Map(sheets.map((worksheet) => [sheetKey(worksheet.name), worksheet]));
  const paired = new Map<string, ExistingSheet>();
  for (const sheet of spec.sheets) {
    const worksheet = byKey.get(sheetKey(sheet.name));
    if (!worksheet) continue;
    if (worksheet.name !== sheet.name) {
      throw new WorkbookWriteError("writeSheetNameClash", { existing: worksheet.name, sheet: sheet.name }, "unchanged");
    }
    const isProtected = worksheet.protection.protected;
    paired.set(sheet.name, {
      worksheet,
      protected: isProtected,
      options: isProtected ? worksheet.protection.options : null,
      firstPageNumber: worksheet.pageLayout.firstPageNumber,
      before: null,
    });
  }
  return paired;
}

/** First guesses at one cell's share of a response, `formulas` alone or with values; later blocks follow what came back. */
const FIRST_GUESS_PER_CELL = { formulas: 64, withValues: 192 };
/** Headroom over the largest row seen, since later rows may be longer. */
const ROW_SLACK = 1.5;

/**
 * What each of our existing sheets holds, from A1 to its used range's far
 * corner: `formulas` (to send only what changes) and, for the sheets users
 * type into and the model, values as the reader sees them (the journal).
 * One round trip finds the used ranges; then row blocks of every sheet share
 * requests while the responses stay under the budget.
 */
async function readBefore(batch: Batch, spec: WorkbookSpec, paired: Map<string, ExistingSheet>): Promise<void> {
  const wantsValues = new Set(spec.sheets.filter((sheet) => sheet.userEntries || isModel(sheet)).map((sheet) => sheet.name));
  const pending = [...paired].map(([name, existing]) => {
    const used = existing.worksheet.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name, existing, used };
  });
  if (pending.length === 0) return;
  await batch.sync();
  const queue = pending.map(({ name, existing, used }) => {
    const withValues = wantsValues.has(name);
    const before: Before = {
      bottom: used.rowIndex + used.rowCount,
      right: used.columnIndex + used.columnCount,
      formulas: [],
      types: withValues ? [] : null,
      cells: new Map(),
    };
    existing.before = before;
    const perCell = withValues ? FIRST_GUESS_PER_CELL.withValues : FIRST_GUESS_PER_CELL.formulas;
    return { existing, before, withValues, next: 1, rowBytes: perCell * before.right };
  });
  while (queue.some((sheet) => sheet.next <= sheet.before.bottom)) {
    let room = batch.budget;
    const loads: { sheet: (typeof queue)[number]; top: number; block: Excel.Range }[] = [];
    for (const sheet of queue) {
      const { before } = sheet;
      while (sheet.next <= before.bottom && (room >= sheet.rowBytes || loads.length === 0)) {
        const rows = Math.max(1, Math.min(before.bottom - sheet.next + 1, Math.floor(room / sheet.rowBytes)));
        const block = sheet.existing.worksheet.getRange(areaAddress({ top: sheet.next, left: 1, bottom: sheet.next + rows - 1, right: before.right }));
        if (sheet.withValues) block.load("formulas,values,valueTypes");
        else block.load("formulas");
        loads.push({ sheet, top: sheet.next, block });
        sheet.next += rows;
        room -= rows * sheet.rowBytes;
      }
    }
    await batch.sync();
    for (const { sheet, top, block } of loads) {
      let largest = 1;
      block.formulas.forEach((line, r) => {
        sheet.before.formulas.push(line);
        sheet.before.types?.push(block.valueTypes[r]);
        const size = jsonBytes(line) + (sheet.withValues ? jsonBytes(block.values[r]) + jsonBytes(block.valueTypes[r]) : 0);
        largest = Math.max(largest, size);
      });
      if (sheet.withValues) addCells(sheet.before.cells, top, 1, block.values, block.valueTypes, block.formulas);
      sheet.rowBytes = Math.max(sheet.rowBytes / ROW_SLACK, largest) * ROW_SLACK;
    }
  }
}

/** The model sheet's state before the write: which column is in use, and the current model and journal if they read. */
interface ModelBefore {
  slot: ModelSlot;
  version: number;
  /** The current model's chunks; null when the sheet does not hold a readable model. */
  chunks: string[] | null;
  /** A journal left by an earlier write that stopped. */
  journalChunks: string[] | null;
}

function modelBefore(before: Before | null): ModelBefore {
  const none: ModelBefore = { slot: 1, version: 0, chunks: null, journalChunks: null };
  if (!before) return none;
  const at = (row: number, column: number): unknown => before.cells.get(row)?.get(column)?.value ?? null;
  const slot: ModelSlot = at(1, 4) === 2 ? 2 : 1;
  if (textOf(at(1, 1) as never) !== MODEL_MARKER) return { ...none, slot };
  const version = at(1, 2);
  return {
    slot,
    version: typeof version === "number" ? version : 0,
    chunks: chunksAt(before.cells, slot, at(1, 3)),
    journalChunks: chunksAt(before.cells, journalColumn(slot), at(1, 5)),
  };
}

/**
 * Unprotects the protected sheets of ours, in one request. One protected
 * with a password cannot be: the sheets are then tried one by one to name
 * it, put back as they were, and the write is refused before any change.
 */
async function unprotect(batch: Batch, paired: Map<string, ExistingSheet>): Promise<ExistingSheet[]> {
  const locked = [...paired.values()].filter((existing) => existing.protected);
  if (locked.length === 0) return [];
  try {
    await batch.room(cost(2 * locked.length));
    for (const existing of locked) existing.worksheet.protection.unprotect();
    await batch.sync();
    return locked;
  } catch (error) {
    if (!isProtectionRefusal(error)) throw error;
  }
  // Which one? The request stopped at it: those before it came off (and go back on), the rest are tried alone.
  const states = locked.map((existing) => existing.worksheet.protection.load("protected"));
  await batch.sync();
  const done = locked.filter((_, i) => !states[i].protected);
  let refused: ExistingSheet | null = null;
  for (const existing of locked.filter((_, i) => states[i].protected)) {
    try {
      await batch.room(cost(2));
      existing.worksheet.protection.unprotect();
      await batch.sync();
      done.push(existing);
    } catch {
      refused = existing;
      break;
    }
  }
  await protectAgain(batch, done);
  throw new WorkbookWriteError("writeSheetPasswordProtected", { sheet: refused?.worksheet.name ?? locked[0].worksheet.name }, "unchanged");
}

/** Excel's answers to unprotecting a sheet that has a password. */
const PROTECTION_REFUSALS = new Set(["InvalidArgument", "AccessDenied", "InvalidOperation", "GeneralException"]);
const isProtectionRefusal = (error: unknown): boolean => PROTECTION_REFUSALS.has(errorCode(error));

/** Puts the user's protection back on sheets this write unprotected (best effort: the write already failed). */
async function protectAgain(batch: Batch, sheets: ExistingSheet[]): Promise<void> {
  if (sheets.length === 0) return;
  try {
    await batch.room(cost(3 * sheets.length));
    for (const existing of sheets) existing.worksheet.protection.protect(existing.options ?? undefined);
    await batch.sync();
  } catch {
    // The error the user sees is the first one.
  }
}

// --- 2. Essentials ---------------------------------------------------------------

/** Writes one column of text chunks from row 2, as text (a chunk may start with "=" or a digit). */
async function writeChunks(batch: Batch, worksheet: Excel.Worksheet, column: number, chunks: string[]): Promise<void> {
  let row = 2;
  let start = 0;
  while (start < chunks.length) {
    // As many chunks as fit a request, at least one (a chunk is 30,000 characters, far below the budget).
    let end = start + 1;
    let bytes = jsonBytes(chunks[start]);
    while (end < chunks.length && bytes + jsonBytes(chunks[end]) < batch.budget / 2) bytes += jsonBytes(chunks[end++]);
    const part = chunks.slice(start, end);
    const address = areaAddress({ top: row, bottom: row + part.length - 1, left: column, right: column });
    await batch.room(cost(6, address) + bytes * 1.1);
    const range = worksheet.getRange(address);
    // Text while written, then General again, as the .xlsx host leaves the model's cells.
    range.numberFormat = part.map(() => ["@"]);
    range.values = part.map((chunk) => [chunk]);
    range.numberFormat = part.map(() => ["General"]);
    row += part.length;
    start = end;
  }
}

/** Switches the model sheet's row 1: one call, so the book reads the old state or the new one, never a mix. */
async function writeHeader(batch: Batch, worksheet: Excel.Worksheet, header: (string | number)[]): Promise<void> {
  const address = areaAddress({ top: 1, bottom: 1, left: 1, right: MODEL_HEADER_WIDTH });
  await batch.room(cost(2, address, header));
  worksheet.getRange(address).values = [header];
}

/** Empties the cells below row 1 in `columns` down to `bottom` (left-over chunks no header points at). */
async function clearChunkColumns(batch: Batch, worksheet: Excel.Worksheet, columns: number[], bottom: number): Promise<void> {
  if (bottom < 2) return;
  for (const column of columns) {
    const address = areaAddress({ top: 2, bottom, left: column, right: column });
    await batch.room(cost(2, address));
    worksheet.getRange(address).clear("Contents");
  }
}

/** The journal: the cells users type into, as they are now, or the journal an unfinished write left. */
function journalChunksFor(spec: WorkbookSpec, paired: Map<string, ExistingSheet>, model: ModelBefore): string[] | null {
  if (model.journalChunks) return model.journalChunks;
  const sheets = new Map<string, SheetCells>();
  for (const sheet of spec.sheets) {
    const before = sheet.userEntries ? paired.get(sheet.name)?.before : undefined;
    if (before) sheets.set(sheet.name, before.cells);
  }
  if (sheets.size === 0) return null;
  const journal: Journal = journalOf(sheets);
  return jsonChunks(JSON.stringify(journal));
}

/** Rows below the new content that held ours before: down to the first empty row, so notes a user typed further down stay. */
function staleBottom(before: Before, newBottom: number, width: number): number {
  let bottom = newBottom;
  for (let r = newBottom; r < before.formulas.length; r++) {
    const line = before.formulas[r];
    let empty = true;
    for (let c = 0; c < Math.min(width, line.length); c++) {
      if (line[c] !== "" && line[c] !== null) {
        empty = false;
        break;
      }
    }
    if (empty) break;
    bottom = r + 1;
  }
  return bottom;
}

/** Our sheets made ready to take new cells without touching any value: tables become ranges, merges and formats go. */
async function prepareSheet(batch: Batch, target: Target, tables: Excel.Table[]): Promise<void> {
  const before = target.existing?.before;
  if (!before) return;
  const width = Math.max(1, target.spec.columns.length, sheetWidth(target.spec));
  const extent: Area = { top: 1, left: 1, bottom: Math.max(before.bottom, target.spec.cells.length, 1), right: width };
  const address = areaAddress(extent);
  await batch.room(cost(8 + 2 * tables.length, address));
  // Converting keeps every cell; deleting a table would not.
  for (const table of tables) table.convertToRange();
  target.worksheet.getRange().unmerge();
  const range = target.worksheet.getRange(address);
  range.clear("Formats");
  range.conditionalFormats.clearAll();
  range.dataValidation.clear();
}

/** The essential part of a write; `journaled` is set once the journal is in force. */
async function writeEssentials(
  context: Excel.RequestContext,
  batch: Batch,
  spec: WorkbookSpec,
  paired: Map<string, ExistingSheet>,
  existingTables: Excel.Table[],
): Promise<Target[]> {
  const modelSpec = spec.sheets.find(isModel);
  const modelExisting = modelSpec ? (paired.get(modelSpec.name) ?? null) : null;
  const model = modelBefore(modelExisting?.before ?? null);
  let active: ModelSlot = model.slot;
  /** The last row of the model sheet anything was written to. */
  let modelRows = modelExisting?.before?.bottom ?? 0;

  // The journal first, and the switch to it: from here on the book reads the entries as they were.
  if (modelExisting && model.chunks) {
    const journal = journalChunksFor(spec, paired, model);
    if (journal) {
      const slot: ModelSlot = model.slot === 1 ? 2 : 1;
      await writeChunks(batch, modelExisting.worksheet, slot, model.chunks);
      await writeChunks(batch, modelExisting.worksheet, journalColumn(slot), journal);
      await writeHeader(batch, modelExisting.worksheet, modelHeader(model.version, model.chunks.length, slot, journal.length));
      active = slot;
      modelRows = Math.max(modelRows, journal.length + 1, model.chunks.length + 1);
    }
  }

  // Sheets: existing ones made ready, new ones added (the model's last, so a book is not ours before it reads).
  const targets: Target[] = [];
  for (const sheet of spec.sheets) {
    const existing = paired.get(sheet.name) ?? null;
    if (!existing && isModel(sheet)) continue;
    if (existing) {
      const target = { spec: sheet, worksheet: existing.worksheet, existing };
      targets.push(target);
      if (!isModel(sheet)) {
        const tables = existingTables.filter((table) => table.worksheet.name === sheet.name);
        await prepareSheet(batch, target, tables);
      }
    } else {
      await batch.room(cost(2, sheet.name));
      targets.push({ spec: sheet, worksheet: context.workbook.worksheets.add(sheet.name), existing: null });
    }
  }

  // Cells, only where they change; then what is left below of the old content.
  for (const target of targets) {
    if (isModel(target.spec)) continue;
    const before = target.existing?.before ?? null;
    await writeCells(batch, target.worksheet, target.spec, before, spec.entriesFromBook === true);
    if (before) {
      const width = sheetWidth(target.spec);
      const bottom = staleBottom(before, target.spec.cells.length, width);
      if (bottom > target.spec.cells.length && width > 0) {
        const address = areaAddress({ top: target.spec.cells.length + 1, bottom, left: 1, right: width });
        await batch.room(cost(2, address));
        target.worksheet.getRange(address).clear("Contents");
      }
    }
  }

  // The new model in the column not in use, then the switch; the journal is dropped with it.
  if (modelSpec && !modelExisting) {
    await batch.room(cost(2, modelSpec.name));
    targets.splice(spec.sheets.indexOf(modelSpec), 0, { spec: modelSpec, worksheet: context.workbook.worksheets.add(modelSpec.name), existing: null });
  }
  const modelTarget = targets.find((target) => isModel(target.spec));
  if (modelSpec && modelTarget) {
    const version = modelSpec.cells[0]?.[1];
    const chunks = modelSpec.cells.slice(1).map((row) => row[0]);
    if (typeof version !== "number" || !chunks.every((chunk): chunk is string => typeof chunk === "string")) {
      throw new Error("The model sheet of a spec must hold the header and its chunks");
    }
    const slot: ModelSlot = modelTarget.existing ? (active === 1 ? 2 : 1) : 1;
    await writeChunks(batch, modelTarget.worksheet, slot, chunks);
    await writeHeader(batch, modelTarget.worksheet, modelHeader(version, chunks.length, slot, 0));
    await clearChunkColumns(batch, modelTarget.worksheet, [slot === 1 ? 2 : 1, 3, 4], Math.max(modelRows, chunks.length + 1));
    await batch.room(cost(2));
    modelTarget.worksheet.visibility = "VeryHidden";
  }
  await batch.flush();
  return targets;
}

// --- 3. Cosmetics ------------------------------------------------------------------

/** One cosmetic part over every sheet; `again` is set when it is retried alone after a failed request, and must then undo what a first try may have left. */
type Part = [SkippedPart, (again: boolean) => Promise<void>];

/** Excel's codes after which nothing more can be sent in this write. */
const STOP_CODES = new Set(["InvalidOperationInCellEditMode", "InactiveWorkbook"]);

/**
 * All parts queued together, as few requests as the budget allows. Should a
 * request fail, every part is sent again alone (each can be repeated), so the
 * one Excel refuses is named and the others still land.
 */
async function applyParts(batch: Batch, parts: Part[], targets: Target[]): Promise<SkippedPart[]> {
  try {
    for (const [, apply] of parts) await apply(false);
    await batch.flush();
    return [];
  } catch (error) {
    if (STOP_CODES.has(errorCode(error))) throw error;
  }
  const skipped: SkippedPart[] = [];
  // The first try may have protected some sheets already: they come off again for the retries (and go back on with the protection part).
  try {
    const states = targets.map((target) => target.worksheet.protection.load("protected"));
    await batch.sync();
    const locked = targets.filter((_, i) => states[i].protected);
    await batch.room(cost(2 * locked.length));
    for (const target of locked) target.worksheet.protection.unprotect();
    await batch.flush();
  } catch (error) {
    if (STOP_CODES.has(errorCode(error))) throw error;
  }
  for (const [part, apply] of parts) {
    try {
      await apply(true);
      await batch.flush();
    } catch (error) {
      if (STOP_CODES.has(errorCode(error))) throw error;
      skipped.push(part);
    }
  }
  return skipped;
}

/** Clears what a first try may have added on each range of `items` (highlights, validation) before a retry adds it again. */
async function clearRanges(batch: Batch, worksheet: Excel.Worksheet, items: { ranges: string[] }[], clear: (range: Excel.Range) => void): Promise<void> {
  await batch.room(cost(2 * items.length));
  for (const item of items) for (const address of item.ranges) clear(worksheet.getRange(address));
}

function cosmeticParts(
  batch: Batch,
  spec: WorkbookSpec,
  targets: Target[],
  existingSheets: Excel.Worksheet[],
  existingTables: Excel.Table[],
): Part[] {
  const visible = targets.filter((target) => !isModel(target.spec));
  const parts: Part[] = [
    [
      "formats",
      async () => {
        for (const target of targets) await writeFormats(batch, target.worksheet, target.spec, spec);
      },
    ],
  ];
  parts.push([
    "sizes",
    async () => {
      for (const target of targets) {
        if (target.existing) {
          await batch.room(cost(6));
          const all = target.worksheet.getRange();
          all.format.useStandardWidth = true;
          all.format.useStandardHeight = true;
          all.columnHidden = false;
        }
        await writeSizes(batch, target.worksheet, target.spec);
      }
    },
  ]);
  parts.push([
    "merges",
    async (again) => {
      for (const target of visible) {
        const merges = target.spec.merges;
        if (!merges) continue;
        if (again) {
          await batch.room(cost(2 * merges.length));
          for (const address of merges) target.worksheet.getRange(address).unmerge();
        }
        await writeMerges(batch, target.worksheet, merges);
      }
    },
  ]);
  parts.push([
    "tables",
    async (again) => {
      if (again) {
        // A table a first try added would clash: it goes back to cells first.
        const there = visible.map((target) => target.worksheet.tables.load("items/name"));
        await batch.sync();
        await batch.room(cost(2 * there.reduce((sum, tables) => sum + tables.items.length, 0)));
        for (const tables of there) for (const table of tables.items) table.convertToRange();
      }
      const specNames = new Set(spec.sheets.map((sheet) => sheet.name));
      // A table named like ours on a sheet outside the spec keeps its name; ours then keeps Excel's.
      const taken = new Set(
        existingTables.filter((table) => !specNames.has(table.worksheet.name)).map((table) => sheetKey(table.name)),
      );
      for (const target of visible) {
        const table = target.spec.table;
        if (!table) continue;
        await batch.room(cost(6, table.ref, table.name, table.style));
        const added = target.worksheet.tables.add(table.ref, true);
        if (!taken.has(sheetKey(table.name))) added.name = table.name;
        added.style = table.style;
        added.showBandedRows = table.rowStripes;
      }
    },
  ]);
  parts.push([
    "conditionalFormats",
    async (again) => {
      for (const target of visible) {
        const formats = target.spec.conditionalFormats;
        if (again) await clearRanges(batch, target.worksheet, formats, (range) => range.conditionalFormats.clearAll());
        await addConditionalFormats(batch, target.worksheet, formats);
      }
    },
  ]);
  parts.push([
    "dataValidation",
    async (again) => {
      for (const target of visible) {
        const validations = target.spec.validations;
        if (again) await clearRanges(batch, target.worksheet, validations, (range) => range.dataValidation.clear());
        await writeValidations(batch, target.worksheet, validations);
      }
    },
  ]);
  parts.push([
    "freezePanes",
    async () => {
      for (const target of visible) {
        if (target.existing) {
          await batch.room(cost(2));
          target.worksheet.freezePanes.unfreeze();
        }
        if (target.spec.freeze) await writeFreeze(batch, target.worksheet, target.spec.freeze);
      }
    },
  ]);
  parts.push([
    "pageLayout",
    async () => {
      for (const target of visible) {
        if (target.spec.page) await writePage(batch, target.worksheet, target.spec.page, target.existing?.firstPageNumber ?? null);
      }
    },
  ]);
  parts.push([
    "protection",
    async (again) => {
      // Every sheet of ours is unprotected now: protect the ones the spec protects, and give the user's back to the rest.
      const wanted = targets.flatMap((target) => {
        const options = target.spec.protection ? protectionOptions(target.spec.protection) : target.existing?.protected ? target.existing.options : null;
        return options ? [{ target, options }] : [];
      });
      let protectedNow: boolean[] = wanted.map(() => false);
      if (again) {
        // Protecting a protected sheet is refused: only those a first try did not reach.
        const states = wanted.map(({ target }) => target.worksheet.protection.load("protected"));
        await batch.sync();
        protectedNow = states.map((state) => state.protected);
      }
      for (const [i, { target, options }] of wanted.entries()) {
        if (protectedNow[i]) continue;
        await batch.room(cost(3, options));
        target.worksheet.protection.protect(options);
      }
    },
  ]);
  parts.push([
    "layout",
    async () => {
      // Our sheets together in the spec's order, where the first of them was; then the active sheet and visibility.
      const specNames = new Set(spec.sheets.map((sheet) => sheet.name));
      const names = existingSheets.map((worksheet) => worksheet.name);
      const firstOurs = names.findIndex((name) => specNames.has(name));
      const before = (firstOurs < 0 ? names : names.slice(0, firstOurs)).filter((name) => !specNames.has(name)).length;
      await batch.room(cost(4 * targets.length + 2));
      targets.forEach((target, i) => {
        target.worksheet.position = before + i;
      });
      const active = targets[spec.activeSheet];
      if (active) active.worksheet.activate();
      for (const target of visible) target.worksheet.visibility = target.spec.visibility === "veryHidden" ? "VeryHidden" : "Visible";
    },
  ]);
  parts.push([
    "calculation",
    async () => {
      // Calculation was suspended while writing. Only this workbook's sheets are recalculated, not every open workbook.
      await batch.room(cost(2 * visible.length));
      for (const target of visible) target.worksheet.calculate(spec.recalculateOnOpen);
    },
  ]);
  return parts;
}

// --- The whole write ----------------------------------------------------------------

/** Excel's codes the user can act on, each with its message. */
const ERROR_KEYS = {
  InvalidOperationInCellEditMode: "writeCellEditMode",
  AccessDenied: "writeAccessDenied",
  ItemAlreadyExists: "writeItemAlreadyExists",
  RequestPayloadSizeLimitExceeded: "writePayloadTooLarge",
  PayloadTooLarge: "writePayloadTooLarge",
  InactiveWorkbook: "writeInactiveWorkbook",
} as const;

/** Where Office.js says an error happened ("Range.values"), when it says. */
function errorLocation(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("debugInfo" in error)) return null;
  const info = (error as { debugInfo: unknown }).debugInfo;
  if (typeof info !== "object" || info === null || !("errorLocation" in info)) return null;
  const location = (info as { errorLocation: unknown }).errorLocation;
  return typeof location === "string" && location !== "" ? location : null;
}

/** Any failure as a WorkbookWriteError that says whether the book changed. */
export function asWriteError(error: unknown, state: WriteState): WorkbookWriteError {
  if (error instanceof WorkbookWriteError) return error;
  const code = errorCode(error);
  const key = code in ERROR_KEYS ? ERROR_KEYS[code as keyof typeof ERROR_KEYS] : "writeUnexpected";
  return new WorkbookWriteError(key, {}, state, code || null, errorLocation(error));
}

/** `WorkbookHost.writeBook` inside one `Excel.run`. */
export async function writeSpec(context: Excel.RequestContext, spec: WorkbookSpec, options: WriteOptions): Promise<WriteResult> {
  assertWritable(spec);
  const batch = new Batch(context, options.budget, suspender(context));
  let state: WriteState = "unchanged";
  let unprotected: ExistingSheet[] = [];
  let found: { sheets: Excel.Worksheet[]; tables: Excel.Table[] };
  let targets: Target[];
  try {
    found = await inspect(context, batch);
    const paired = pairSheets(spec, found.sheets);
    await readBefore(batch, spec, paired);
    unprotected = await unprotect(batch, paired);
    state = "partial";
    targets = await writeEssentials(context, batch, spec, paired, found.tables);
  } catch (error) {
    if (state === "partial") await protectAgain(batch, unprotected);
    throw asWriteError(error, state);
  }
  try {
    const skipped = await applyParts(batch, cosmeticParts(batch, spec, targets, found.sheets, found.tables), targets);
    return { skipped, roundTrips: batch.roundTrips };
  } catch (error) {
    throw asWriteError(error, "partial");
  }
}
