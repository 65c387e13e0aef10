// A recording fake of the part of the Excel JavaScript API the Office.js host
// (src/hosts/officejs) uses, holding a workbook's state in memory so tests can
// look at every cell afterwards. It behaves like Office.js where it matters:
//
// - Calls are queued and applied at `context.sync()`, in order; a failing
//   call fails the sync, as in Excel.
// - Loaded properties are readable only after the sync that loads them
//   (PropertyNotLoaded otherwise); reading anything not loaded throws.
// - Every sync is recorded with the size of its request (the calls and
//   their arguments as JSON) and of its response (what was loaded).
// - Each fake class declares the Office.js members it implements through
//   `Checked<Excel.X, "member" | …>`, so a member name that is not in
//   @types/office-js, or a parameter type that disagrees with it, does not
//   compile; every instance is wrapped in a Proxy that throws on any other
//   member, so a host calling something the fake lacks fails the test
//   rather than passing silently.
// - Every member carries its ExcelApi set, read from the JSDoc of
//   @types/office-js (./excel-api-sets.ts); reading, setting or loading one
//   newer than the test's `FakeWorkbookState.apiVersion` throws ApiNotFound.
// - `getItemOrNullObject` gives a sheet whose null-ness is known at sync; a
//   null sheet and its used range load nothing.
// - Page setup values Excel refuses are refused: a zoom out of range or with
//   both a scale and pages, margins that leave no page, a header or footer
//   over 255 characters.
// - Strings written through `formulas` or `values` are parsed as Excel
//   parses typed input (numbers, dates, percentages, TRUE, #N/A, "=…"),
//   unless the cell's number format is Text ("@").
// - A protected sheet refuses changes, as Excel does; one protected with a
//   password cannot be unprotected without it, and protecting a protected
//   sheet or unprotecting an unprotected one is refused (as recent Excel does).
// - Failures can be injected (`FakeWorkbookState.failAt`): a chosen sync
//   applies only its first actions and then fails, as a refused call does in
//   Excel (earlier calls of the request stay applied; none after it run).
// - Merging keeps only the top-left value, as Excel does; clearing does not
//   unmerge (`unmerge` does), and merging over a merged area, a table, or
//   cells formatted unlike the top-left one is refused rather than guessed.
//
// It does not calculate: a formula the host wrote reads as empty; one loaded
// from a file (tests/hosts/officejs/from-xlsx.ts) reads as its cached result.

import { type ApiMinor, apiMinor, excelApiSets, type MemberSets, newestApiMinor, NOT_IN_EXCEL_API } from "./excel-api-sets";

/* ---------------------------------------------------------------------------
 * Typing against @types/office-js
 * ------------------------------------------------------------------------- */

/**
 * The members K of Office.js class T as a fake must have them: scalar
 * properties with Office.js's type, methods with its parameters (returning
 * anything: the fake returns its own objects), navigation properties as any
 * fake object.
 */
export type Checked<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[P] extends OfficeExtension.ClientObject | OfficeExtension.ClientObject[]
      ? unknown
      : T[P];
};

/* ---------------------------------------------------------------------------
 * Addresses
 * ------------------------------------------------------------------------- */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const ENTIRE_SHEET: Area = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

export function letters(column: number): string {
  let n = column;
  let text = "";
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function cellName(row: number, column: number): string {
  return `${letters(column)}${row}`;
}

/** "A1", "A1:C5", "A:C", "2:5", with or without "$". */
export function parseAddress(address: string): Area {
  const parts = address.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  const ends = parts.map((part) => {
    const match = /^([A-Za-z]{0,3})(\d*)$/.exec(part);
    if (!match || (match[1] === "" && match[2] === "")) throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
    return { column: match[1] ? columnOf(match[1]) : 0, row: match[2] ? Number(match[2]) : 0 };
  });
  const [a, b = a] = ends;
  if ((a.column === 0) !== (b.column === 0) || (a.row === 0) !== (b.row === 0)) {
    throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  }
  const area = {
    top: a.row === 0 ? 1 : Math.min(a.row, b.row),
    bottom: a.row === 0 ? MAX_ROWS : Math.max(a.row, b.row),
    left: a.column === 0 ? 1 : Math.min(a.column, b.column),
    right: a.column === 0 ? MAX_COLUMNS : Math.max(a.column, b.column),
  };
  if (area.bottom > MAX_ROWS || area.right > MAX_COLUMNS || area.top < 1 || area.left < 1) {
    throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  }
  return area;
}

export function areaName(area: Area): string {
  const start = cellName(area.top, area.left);
  const end = cellName(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

const cellCount = (area: Area): number => (area.bottom - area.top + 1) * (area.right - area.left + 1);
const inside = (inner: Area, outer: Area): boolean =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
const overlaps = (a: Area, b: Area): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const sameArea = (a: Area, b: Area): boolean => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
/** Cells of a range the fake can walk one by one (whole rows or columns it cannot). */
const WALKABLE = 20_000_000;

/* ---------------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------------- */

/** An error as Office.js raises it, with a `code`. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "FakeExcelError";
  }
}

/* ---------------------------------------------------------------------------
 * Cells and styles
 * ------------------------------------------------------------------------- */

export type FakeValue = number | string | boolean | { error: string };

export interface FakeBorder {
  style: string;
  weight: string;
  color: string;
}

export type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

/** One cell's formatting; unset properties are Excel's defaults. Interned: cells share them. */
export interface FakeStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  locked?: boolean;
  EdgeTop?: FakeBorder;
  EdgeBottom?: FakeBorder;
  EdgeLeft?: FakeBorder;
  EdgeRight?: FakeBorder;
}

export interface FakeCell {
  value: FakeValue | null;
  /** The formula with its "=", or null. */
  formula: string | null;
  numberFormat: string;
  style: number;
}

class StyleTable {
  readonly styles: FakeStyle[] = [{}];
  private readonly memo = new Map<string, number>();

  with(id: number, change: Partial<FakeStyle>): number {
    const key = `${id}|${JSON.stringify(change)}`;
    let found = this.memo.get(key);
    if (found === undefined) {
      found = this.styles.length;
      this.styles.push({ ...this.styles[id], ...change });
      this.memo.set(key, found);
    }
    return found;
  }
}

const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"];
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

function serial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
}

/**
 * A typed string as Excel stores it, unless the cell is Text: formulas,
 * logicals, errors, numbers with thousands separators, currency, percent and
 * exponent, dates (ISO, d/m/y, with English month names) and times. Eager on
 * purpose: a host that forgets to protect text should see it mangled.
 */
export function parseTyped(text: string): { value: FakeValue | null; formula: string | null } {
  if (text === "") return { value: null, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  const t = text.trim();
  if (t.startsWith("=")) return { value: null, formula: t };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true", formula: null };
  if (ERROR_VALUES.includes(t.toUpperCase())) return { value: { error: t.toUpperCase() }, formula: null };
  const number = /^([+-]?)\(?\$?((?:\d+,)*\d*(?:\.\d+)?)(e[+-]?\d+)?\)?(%?)$/i.exec(t);
  if (number && /\d/.test(number[2])) {
    let value = Number(number[2].replace(/,/g, "") + (number[3] ?? ""));
    if (number[1] === "-" || t.startsWith("(")) value = -value;
    if (number[4] === "%") value /= 100;
    if (Number.isFinite(value)) return { value, formula: null };
  }
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (iso) return { value: serial(Number(iso[1]), Number(iso[2]), Number(iso[3])), formula: null };
  const dmy = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2,4}))?$/.exec(t);
  if (dmy) return { value: serial(Number(dmy[3] ?? 2024), Number(dmy[1]), Number(dmy[2])), formula: null };
  if (new RegExp(`^\\d{1,2}[- ]${MONTH}([- ]\\d{2,4})?$`, "i").test(t) || new RegExp(`^${MONTH}[- ]\\d{1,4}$`, "i").test(t)) {
    return { value: 45_000, formula: null };
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(\s?[ap]m?)?$/i.exec(t);
  if (time) return { value: (Number(time[1]) * 60 + Number(time[2])) / 1440, formula: null };
  const hour = /^(\d{1,2})\s?([ap])m?$/i.exec(t);
  if (hour) return { value: (Number(hour[1]) + (hour[2].toLowerCase() === "p" ? 12 : 0)) / 24, formula: null };
  // "+x" and "-x" are read as formulas, which then fail.
  if (/^[+-]/.test(t)) return { value: { error: "#NAME?" }, formula: `=${t}` };
  return { value: text, formula: null };
}

/* ---------------------------------------------------------------------------
 * Workbook state
 * ------------------------------------------------------------------------- */

export interface FakeTable {
  id: number;
  name: string;
  sheet: FakeSheet;
  area: Area;
  headers: string[];
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
}

export interface FakeConditionalFormat {
  area: Area;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeValidation {
  area: Area;
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  prompt: Excel.DataValidationPrompt | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
}

/** The six sections of one header/footer (`Excel.HeaderFooter`). */
export type FakeHeaderSections = Record<"leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter", string>;

const emptySections = (): FakeHeaderSections => ({ leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" });

export interface FakePageLayout {
  paperSize: Excel.PageLayout["paperSize"];
  orientation: Excel.PageLayout["orientation"];
  zoom: Excel.PageLayoutZoomOptions;
  centerHorizontally: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: { top: number; bottom: number } | null;
  /** "" is Excel's automatic numbering (the count goes on from the sheets before). */
  firstPageNumber: Excel.PageLayout["firstPageNumber"];
  headerState: Excel.HeaderFooterGroup["state"];
  /** `headersFooters.defaultForAllPages`. */
  headers: FakeHeaderSections;
  /** `headersFooters.firstPage`: printed on page 1 only while `headerState` is "FirstAndDefault" (or "FirstOddAndEven"). */
  firstPageHeaders: FakeHeaderSections;
}

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  /** Points, by 1-based column; unset is Excel's standard width. */
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  conditionalFormats: FakeConditionalFormat[] = [];
  validations: FakeValidation[] = [];
  /** Merged areas, in the order they were merged. */
  merges: Area[] = [];
  protection: { protected: boolean; options: Excel.WorksheetProtectionOptions; password?: string } = { protected: false, options: {} };
  freeze: { rows: number; columns: number } | null = null;
  visibility: Excel.Worksheet["visibility"] = "Visible";
  readonly page: FakePageLayout = {
    paperSize: "Letter",
    orientation: "Portrait",
    zoom: { scale: 100 },
    centerHorizontally: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    firstPageNumber: "",
    headerState: "Default",
    headers: emptySections(),
    firstPageHeaders: emptySections(),
  };

  constructor(
    readonly book: FakeWorkbookState,
    public name: string,
  ) {}

  static key(row: number, column: number): number {
    return (row - 1) * MAX_COLUMNS + (column - 1);
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, column));
  }

  /** The cell, created empty when it is not there yet. */
  touch(row: number, column: number): FakeCell {
    const key = FakeSheet.key(row, column);
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: null, formula: null, numberFormat: "General", style: 0 }));
    return cell;
  }

  /** Every cell of an area, created when missing (for writes). */
  forEach(area: Area, visit: (cell: FakeCell, row: number, column: number) => void): void {
    if (cellCount(area) > WALKABLE) throw new Error(`fake Excel: ${areaName(area)} is too big to change cell by cell`);
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) visit(this.touch(row, column), row, column);
    }
  }

  /** Cells that exist inside an area, without creating any. */
  existing(area: Area): [number, FakeCell][] {
    const found: [number, FakeCell][] = [];
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLUMNS) + 1;
      const column = (key % MAX_COLUMNS) + 1;
      if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right) found.push([key, cell]);
    }
    return found;
  }

  tables(): FakeTable[] {
    return this.book.tables.filter((table) => table.sheet === this);
  }

  /** Refuses a change while the sheet is protected, as Excel does. */
  assertEditable(what: string): void {
    if (this.protection.protected) {
      throw new FakeExcelError("AccessDenied", `${what} on protected sheet ${this.name}`);
    }
  }

  /** The used range: cells with a value or formula, or with any formatting unless `valuesOnly`. */
  usedArea(valuesOnly: boolean): Area {
    let area: Area | null = null;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.value !== null || cell.formula !== null;
      if (!hasValue && (valuesOnly || (cell.style === 0 && cell.numberFormat === "General"))) continue;
      const row = Math.floor(key / MAX_COLUMNS) + 1;
      const column = (key % MAX_COLUMNS) + 1;
      area = area
        ? {
            top: Math.min(area.top, row),
            bottom: Math.max(area.bottom, row),
            left: Math.min(area.left, column),
            right: Math.max(area.right, column),
          }
        : { top: row, bottom: row, left: column, right: column };
    }
    return area ?? { top: 1, left: 1, bottom: 1, right: 1 };
  }
}

export interface SyncRecord {
  /** JSON bytes of the calls sent (arguments included), with a fixed overhead per call and object path. */
  requestBytes: number;
  /** JSON bytes of the properties loaded. */
  responseBytes: number;
  /** Calls and property sets in the request. */
  actions: number;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
}

/** Overhead of one call or object path in Office.js's request JSON, besides its arguments. */
export const FAKE_ACTION_BYTES = 100;

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly styles = new StyleTable();
  readonly syncs: SyncRecord[] = [];
  /** Calculation types requested, in order ("Full", or "sheet:<name>:Full" for one sheet). */
  readonly calculations: string[] = [];
  /**
   * A failure to inject: the sync with this index (into `syncs`) applies its
   * first `after` actions, then fails with `code`. Cleared once it fires.
   */
  failAt: { sync: number; after: number; code: string } | null = null;
  /**
   * The ExcelApi version this Excel has (the minor number: 9 for 1.9). A member
   * from a newer set throws ApiNotFound; newest in @types/office-js unless a test
   * says otherwise.
   */
  apiVersion: ApiMinor = newestApiMinor();
  active: FakeSheet;
  /** What is selected: a range on the active sheet, or something that is not cells (a chart). */
  selection: Area | "notCells" = { top: 1, left: 1, bottom: 1, right: 1 };
  private tableIds = 0;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(this, name));
    this.active = this.sheets[0];
  }

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }

  /** `Office.context.requirements.isSetSupported("ExcelApi", version)` for this Excel. */
  readonly isSetSupported = (version: string): boolean => apiMinor(version) <= this.apiVersion;

  nextTableId(): number {
    return ++this.tableIds;
  }

  /** An `Excel.run` for this workbook: each call gets a fresh request context. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new FakeContext(this) as unknown as Excel.RequestContext);

  /** Syncs recorded since `from` (an index into `syncs`). */
  syncsSince(from: number): SyncRecord[] {
    return this.syncs.slice(from);
  }
}

/* ---------------------------------------------------------------------------
 * Request context and proxies
 * ------------------------------------------------------------------------- */

interface QueuedAction {
  run: () => void;
}

/** Keys that test tooling probes on any object (jest's matchers, promises); they read as absent. */
const TOOLING_KEYS = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "@@__IMMUTABLE_ITERABLE__@@"]);

/** The Excel classes each fake stands for (its proxy and its target), for the requirement-set check. */
const EXCEL_CLASSES = new WeakMap<object, readonly string[]>();

/** The ExcelApi set member `key` of `object` needs for `use`, the newest among the classes it stands for; undefined when no class has it. */
function memberSet(object: object, key: string, use: keyof MemberSets): ApiMinor | undefined {
  let needed: ApiMinor | undefined;
  for (const name of EXCEL_CLASSES.get(object) ?? []) {
    const sets = excelApiSets().get(name)?.get(key);
    if (sets) needed = Math.max(needed ?? 0, sets[use]);
  }
  return needed;
}

/** Throws, as an Excel without the set would, when `key` needs a newer ExcelApi than the test's Excel has. */
function requireSet(object: object, state: FakeWorkbookState, key: string, use: keyof MemberSets): void {
  const needed = memberSet(object, key, use);
  if (needed === undefined || needed <= state.apiVersion) return;
  const names = (EXCEL_CLASSES.get(object) ?? []).join("/");
  const set = needed === NOT_IN_EXCEL_API ? "a set outside ExcelApi" : `ExcelApi 1.${needed}`;
  throw new FakeExcelError("ApiNotFound", `${use === "set" ? "setting " : ""}${names}.${key} needs ${set}; this Excel has ExcelApi 1.${state.apiVersion}`);
}

/**
 * Wraps a fake so any member it does not implement throws instead of reading
 * as undefined, and any member newer than the test's ExcelApi version
 * (`FakeWorkbookState.apiVersion`) throws as it would in that Excel.
 * `excelClasses` are the Office.js classes the fake stands for.
 */
function strict<T extends object>(target: T, state: FakeWorkbookState, ...excelClasses: string[]): T {
  const proxy = new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === "symbol") return Reflect.get(object, key, receiver);
      if (key in object) {
        requireSet(object, state, key, "get");
        return Reflect.get(object, key, receiver);
      }
      if (TOOLING_KEYS.has(key)) return undefined;
      throw new Error(`fake Excel: ${object.constructor.name}.${key} is not implemented`);
    },
    set(object, key, value, receiver) {
      if (typeof key === "symbol") return Reflect.set(object, key, value, receiver);
      if (key in object) {
        requireSet(object, state, key, "set");
        return Reflect.set(object, key, value, receiver);
      }
      throw new Error(`fake Excel: ${object.constructor.name}.${String(key)} cannot be set`);
    },
  });
  EXCEL_CLASSES.set(target, excelClasses);
  EXCEL_CLASSES.set(proxy, excelClasses);
  return proxy;
}

const jsonLength = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

export class FakeContext implements Checked<Excel.RequestContext, "workbook" | "sync"> {
  private queue: QueuedAction[] = [];
  private requestBytes = 0;
  private responseBytes = 0;
  private actions = 0;
  private calcSuspended = false;
  private screenSuspended = false;
  /** Objects whose null-ness is known after the next sync. */
  readonly pendingNullChecks: { settleNull(): void }[] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly book: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(this);
    return strict(this, book, "RequestContext");
  }

  /** Queues a call or property set. */
  enqueue(args: unknown[], run: () => void): void {
    this.requestBytes += FAKE_ACTION_BYTES + jsonLength(args);
    this.actions += 1;
    this.queue.push({ run });
  }

  /** Counts an object path (getRange, format, font…) the request has to describe. */
  path(args: unknown[] = []): void {
    this.requestBytes += FAKE_ACTION_BYTES + jsonLength(args);
  }

  respond(value: unknown): void {
    this.responseBytes += jsonLength(value);
  }

  suspendCalculation(): void {
    this.calcSuspended = true;
  }

  suspendScreen(): void {
    this.screenSuspended = true;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const record: SyncRecord = {
      requestBytes: this.requestBytes,
      responseBytes: 0,
      actions: this.actions,
      suspendedCalculation: this.calcSuspended,
      suspendedScreenUpdating: this.screenSuspended,
    };
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.actions = 0;
    this.calcSuspended = false;
    this.screenSuspended = false;
    this.book.syncs.push(record);
    const failure = this.book.failAt;
    const failing = failure !== null && failure.sync === this.book.syncs.length - 1;
    if (failing) this.book.failAt = null;
    try {
      for (const [index, action] of queue.entries()) {
        if (failing && index === failure.after) throw new FakeExcelError(failure.code, `injected failure at action ${index} of sync ${failure.sync}`);
        action.run();
      }
      if (failing) throw new FakeExcelError(failure.code, `injected failure after the last action of sync ${failure.sync}`);
      for (const range of this.pendingNullChecks.splice(0)) range.settleNull();
    } finally {
      record.responseBytes = this.responseBytes;
      this.responseBytes = 0;
    }
  }
}

/** Base of the fake proxies: queued sets and calls, and loads that become readable at sync. */
abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();

  protected constructor(readonly ctx: FakeContext) {}

  /** Scalar properties this object can load, read from the state at sync. */
  protected abstract scalars(): Record<string, () => unknown>;

  /** Navigation properties that loads may go through ("protection/protected"). */
  protected children(): Record<string, () => FakeObject> {
    return {};
  }

  /** A loaded property; throws like Office.js when it was not loaded and synced. */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeExcelError("PropertyNotLoaded", `${this.constructor.name}.${name} was not loaded, or read before sync`);
    }
    return this.loaded.get(name) as T;
  }

  protected store(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  load(propertyNames?: string | string[] | OfficeExtension.LoadOption): this {
    if (propertyNames === undefined || (typeof propertyNames === "object" && !Array.isArray(propertyNames))) {
      throw new Error("fake Excel: load() needs property names (the host should never load everything)");
    }
    const paths = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(","))
      .map((name) => name.trim())
      .filter((name) => name !== "");
    if (paths.length === 0) throw new Error("fake Excel: load() with no property names");
    this.ctx.enqueue([paths], () => this.snapshot(paths));
    return this;
  }

  /** Takes the loaded values now (during a sync). */
  snapshot(paths: string[]): void {
    const scalars = this.scalars();
    const children = this.children();
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      requireSet(this, this.ctx.book, head, "get");
      if (rest.length > 0) {
        if (!(head in children)) throw new Error(`fake Excel: cannot load ${path} on ${this.constructor.name}`);
        nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      } else {
        if (!(head in scalars)) throw new Error(`fake Excel: cannot load ${head} on ${this.constructor.name}`);
        const value = scalars[head]();
        this.ctx.respond(value);
        this.store(head, value);
      }
    }
    for (const [head, rest] of nested) children[head]().snapshot(rest);
  }
}

/** A collection's load: "items/…" paths, applied to each item made at sync. */
abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  protected abstract makeItems(): T[];

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  get items(): T[] {
    return this.read<T[]>("items");
  }

  override snapshot(paths: string[]): void {
    const itemPaths = paths.map((path) => {
      if (!path.startsWith("items/")) throw new Error(`fake Excel: cannot load ${path} on ${this.constructor.name}`);
      return path.slice("items/".length);
    });
    const items = this.makeItems();
    for (const item of items) item.snapshot(itemPaths);
    this.store("items", items);
  }
}

/* ---------------------------------------------------------------------------
 * Workbook, application, worksheets
 * ------------------------------------------------------------------------- */

export class FakeWorkbook extends FakeObject implements Checked<Excel.Workbook, "worksheets" | "tables" | "application" | "getSelectedRange"> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.application = new FakeApplication(ctx);
    return strict(this, this.ctx.book, "Workbook");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  getSelectedRange(): FakeRange {
    this.ctx.path();
    const book = this.ctx.book;
    return new FakeRange(this.ctx, () => book.active, () => {
      if (book.selection === "notCells") throw new FakeExcelError("InvalidSelection", "The current selection is not a range");
      return book.selection;
    });
  }
}

export class FakeApplication
  extends FakeObject
  implements Checked<Excel.Application, "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync" | "calculate">
{
  constructor(ctx: FakeContext) {
    super(ctx);
    return strict(this, this.ctx.book, "Application");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue([], () => undefined);
    this.ctx.suspendCalculation();
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue([], () => undefined);
    this.ctx.suspendScreen();
  }

  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void {
    this.ctx.enqueue([calculationType], () => this.ctx.book.calculations.push(calculationType));
  }
}

const INVALID_NAME = /[[\]:*?/\\]/;

export class FakeWorksheetCollection
  extends FakeCollection<FakeWorksheet>
  implements Checked<Excel.WorksheetCollection, "items" | "add" | "getItem" | "getItemOrNullObject" | "load">
{
  constructor(ctx: FakeContext) {
    super(ctx);
    return strict(this, this.ctx.book, "WorksheetCollection");
  }

  protected makeItems(): FakeWorksheet[] {
    return this.ctx.book.sheets.map((sheet) => new FakeWorksheet(this.ctx, () => sheet));
  }

  add(name?: string): FakeWorksheet {
    this.ctx.path([name]);
    let created: FakeSheet | null = null;
    this.ctx.enqueue([name], () => {
      const book = this.ctx.book;
      if (name === undefined || name === "" || name.length > 31 || INVALID_NAME.test(name)) {
        throw new FakeExcelError("InvalidArgument", `Bad sheet name ${name}`);
      }
      if (book.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `Sheet ${name} exists`);
      created = new FakeSheet(book, name);
      book.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new Error("fake Excel: a new sheet was used before its add() ran");
      return created;
    });
  }

  getItem(key: string): FakeWorksheet {
    this.ctx.path([key]);
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.book.sheet(key);
      if (!sheet) throw new FakeExcelError("ItemNotFound", `No sheet ${key}`);
      return sheet;
    });
  }

  /** A sheet that may be missing: a null object then, known at the next sync; it loads nothing and using it fails. */
  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.path([key]);
    const find = (): FakeSheet | null => this.ctx.book.sheet(key) ?? null;
    return new FakeWorksheet(
      this.ctx,
      () => {
        const sheet = find();
        if (!sheet) throw new FakeExcelError("InvalidObjectPath", `The sheet ${key} is a null object`);
        return sheet;
      },
      find,
    );
  }
}

/** Resolves a proxy to its state once, at the first sync that needs it (Office.js binds proxies the same way). */
function once<T>(resolve: () => T): () => T {
  let found: { value: T } | null = null;
  return () => {
    if (!found) found = { value: resolve() };
    return found.value;
  };
}

export class FakeWorksheet
  extends FakeObject
  implements
    Checked<
      Excel.Worksheet,
      | "name"
      | "visibility"
      | "position"
      | "protection"
      | "freezePanes"
      | "pageLayout"
      | "tables"
      | "getRange"
      | "getRanges"
      | "getUsedRange"
      | "activate"
      | "calculate"
      | "load"
      | "isNullObject"
    >
{
  readonly sheet: () => FakeSheet;
  private protectionObject: FakeWorksheetProtection | null = null;
  private freezeObject: FakeWorksheetFreezePanes | null = null;
  private pageObject: FakePageLayoutObject | null = null;
  private tablesObject: FakeTableCollection | null = null;
  /** For `getItemOrNullObject`: finds the sheet, or null; undefined for a sheet that must exist. */
  private readonly find: (() => FakeSheet | null) | undefined;
  private nullState: boolean | undefined;

  constructor(ctx: FakeContext, sheet: () => FakeSheet, orNull?: () => FakeSheet | null) {
    super(ctx);
    this.sheet = once(sheet);
    this.find = orNull ? once(orNull) : undefined;
    this.nullState = orNull ? undefined : false;
    const self = strict(this, this.ctx.book, "Worksheet");
    if (orNull) ctx.pendingNullChecks.push(self);
    return self;
  }

  settleNull(): void {
    this.nullState = this.find?.() === null;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeExcelError("PropertyNotLoaded", "isNullObject is known only after sync");
    return this.nullState;
  }

  /** A null object loads nothing, as in Office.js; reading its properties then fails. */
  override snapshot(paths: string[]): void {
    if (this.find?.() !== null) super.snapshot(paths);
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      name: () => this.sheet().name,
      visibility: () => this.sheet().visibility,
      position: () => this.ctx.book.sheets.indexOf(this.sheet()),
    };
  }

  protected override children(): Record<string, () => FakeObject> {
    return { protection: () => this.protection, tables: () => this.tables, pageLayout: () => this.pageLayout };
  }

  get name(): string {
    return this.read<string>("name");
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return this.read<Excel.Worksheet["visibility"]>("visibility");
  }

  set visibility(visibility: Excel.Worksheet["visibility"]) {
    this.ctx.enqueue([visibility], () => {
      const sheet = this.sheet();
      const book = this.ctx.book;
      if (visibility !== "Visible") {
        if (book.active === sheet) throw new FakeExcelError("InvalidOperation", `Cannot hide the active sheet ${sheet.name}`);
        if (!book.sheets.some((other) => other !== sheet && other.visibility === "Visible")) {
          throw new FakeExcelError("InvalidOperation", "Cannot hide the last visible sheet");
        }
      }
      sheet.visibility = visibility;
    });
  }

  get position(): number {
    return this.read<number>("position");
  }

  set position(position: number) {
    this.ctx.enqueue([position], () => {
      const sheets = this.ctx.book.sheets;
      const sheet = this.sheet();
      if (position < 0 || position >= sheets.length) throw new FakeExcelError("InvalidArgument", `Bad position ${position}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  get protection(): FakeWorksheetProtection {
    if (!this.protectionObject) {
      this.ctx.path();
      this.protectionObject = new FakeWorksheetProtection(this.ctx, this.sheet);
    }
    return this.protectionObject;
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    if (!this.freezeObject) {
      this.ctx.path();
      this.freezeObject = new FakeWorksheetFreezePanes(this.ctx, this.sheet);
    }
    return this.freezeObject;
  }

  get pageLayout(): FakePageLayoutObject {
    if (!this.pageObject) {
      this.ctx.path();
      this.pageObject = new FakePageLayoutObject(this.ctx, this.sheet);
    }
    return this.pageObject;
  }

  get tables(): FakeTableCollection {
    if (!this.tablesObject) {
      this.ctx.path();
      this.tablesObject = new FakeTableCollection(this.ctx, this.sheet);
    }
    return this.tablesObject;
  }

  getRange(address?: string): FakeRange {
    this.ctx.path([address]);
    return new FakeRange(this.ctx, this.sheet, () => (address === undefined ? ENTIRE_SHEET : parseAddress(address)));
  }

  getRanges(address?: string): FakeRangeAreas {
    if (address === undefined) throw new Error("fake Excel: getRanges() without an address is not modelled");
    this.ctx.path([address]);
    return new FakeRangeAreas(this.ctx, this.sheet, address);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    this.ctx.path([valuesOnly]);
    // The used range of a null sheet is a null object too.
    if (this.find) return new FakeRange(this.ctx, this.sheet, () => this.find?.()?.usedArea(valuesOnly === true) ?? null, true);
    return new FakeRange(this.ctx, this.sheet, () => this.sheet().usedArea(valuesOnly === true));
  }

  calculate(markAllDirty: boolean): void {
    this.ctx.enqueue([markAllDirty], () => this.ctx.book.calculations.push(`sheet:${this.sheet().name}:${markAllDirty ? "Full" : "Recalculate"}`));
  }

  activate(): void {
    this.ctx.enqueue([], () => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", `Cannot activate hidden sheet ${sheet.name}`);
      this.ctx.book.active = sheet;
    });
  }
}

export class FakeWorksheetProtection
  extends FakeObject
  implements Checked<Excel.WorksheetProtection, "protected" | "options" | "protect" | "unprotect" | "load">
{
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "WorksheetProtection");
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      protected: () => this.sheet().protection.protected,
      options: () => ({ ...this.sheet().protection.options }),
    };
  }

  get protected(): boolean {
    return this.read<boolean>("protected");
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this.read<Excel.WorksheetProtectionOptions>("options");
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.ctx.enqueue([options, password], () => {
      const sheet = this.sheet();
      if (sheet.protection.protected) throw new FakeExcelError("AccessDenied", `${sheet.name} is already protected`);
      sheet.protection = { protected: true, options: { ...(options ?? {}) }, ...(password ? { password } : {}) };
    });
  }

  unprotect(password?: string): void {
    this.ctx.enqueue([password], () => {
      const sheet = this.sheet();
      if (!sheet.protection.protected) throw new FakeExcelError("AccessDenied", `${sheet.name} is not protected`);
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
        throw new FakeExcelError("InvalidArgument", `${sheet.name} needs its password to be unprotected`);
      }
      sheet.protection = { protected: false, options: sheet.protection.options };
    });
  }
}

export class FakeWorksheetFreezePanes
  extends FakeObject
  implements Checked<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze">
{
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "WorksheetFreezePanes");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  freezeRows(count?: number): void {
    this.ctx.enqueue([count], () => {
      this.sheet().freeze = { rows: count ?? 1, columns: 0 };
    });
  }

  freezeColumns(count?: number): void {
    this.ctx.enqueue([count], () => {
      this.sheet().freeze = { rows: 0, columns: count ?? 1 };
    });
  }

  freezeAt(frozenRange: Excel.Range | string): void {
    if (typeof frozenRange !== "string") throw new Error("fake Excel: freezeAt takes an address here");
    this.ctx.enqueue([frozenRange], () => {
      const area = parseAddress(frozenRange);
      if (area.top !== 1 || area.left !== 1) throw new FakeExcelError("InvalidArgument", "freezeAt needs a range from A1");
      this.sheet().freeze = { rows: area.bottom, columns: area.right };
    });
  }

  unfreeze(): void {
    this.ctx.enqueue([], () => {
      this.sheet().freeze = null;
    });
  }
}

/** Portrait width and height in points of the paper sizes the fake models. */
const PAPER_POINTS: Record<string, [number, number]> = { Letter: [612, 792], A3: [842, 1191], A4: [595, 842], A5: [420, 595], Legal: [612, 1008] };

/** The printable page in points (width, height) for a sheet's paper and orientation. */
function pagePoints(page: FakePageLayout): [number, number] {
  const [width, height] = PAPER_POINTS[page.paperSize];
  return page.orientation === "Landscape" ? [height, width] : [width, height];
}

const MARGIN_PAIRS: Record<string, [keyof FakePageLayout, 0 | 1]> = {
  leftMargin: ["rightMargin", 0],
  rightMargin: ["leftMargin", 0],
  topMargin: ["bottomMargin", 1],
  bottomMargin: ["topMargin", 1],
};

export class FakePageLayoutObject
  extends FakeObject
  implements
    Checked<
      Excel.PageLayout,
      | "paperSize"
      | "orientation"
      | "zoom"
      | "centerHorizontally"
      | "leftMargin"
      | "rightMargin"
      | "topMargin"
      | "bottomMargin"
      | "headerMargin"
      | "footerMargin"
      | "firstPageNumber"
      | "setPrintTitleRows"
      | "headersFooters"
      | "load"
    >
{
  private headerObject: FakeHeaderFooterGroup | null = null;

  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "PageLayout");
  }

  protected scalars(): Record<string, () => unknown> {
    return { firstPageNumber: () => this.sheet().page.firstPageNumber };
  }

  private setPage<K extends keyof FakePageLayout>(key: K, value: FakePageLayout[K]): void {
    this.ctx.enqueue([value], () => {
      const sheet = this.sheet();
      sheet.assertEditable("page layout");
      sheet.page[key] = value;
    });
  }

  set paperSize(size: Excel.PageLayout["paperSize"]) {
    if (!(size in PAPER_POINTS)) throw new Error(`fake Excel: paper size ${size} is not modelled`);
    this.setPage("paperSize", size);
  }

  set orientation(orientation: Excel.PageLayout["orientation"]) {
    if (orientation !== "Landscape" && orientation !== "Portrait") throw new FakeExcelError("InvalidArgument", `orientation ${orientation}`);
    this.setPage("orientation", orientation);
  }

  /** Excel's ranges: a scale of 10–400 %, or whole numbers of pages (0: as many as needed) up to 32,767; not both. */
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    const keys = Object.keys(zoom);
    const pages = (count: number | undefined): boolean => count === undefined || (Number.isInteger(count) && count >= 0 && count <= 32_767);
    const scaleOk = zoom.scale === undefined || (Number.isInteger(zoom.scale) && zoom.scale >= 10 && zoom.scale <= 400);
    const fits = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
    if (
      keys.some((key) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(key)) ||
      !scaleOk ||
      !pages(zoom.horizontalFitToPages) ||
      !pages(zoom.verticalFitToPages) ||
      (fits && zoom.scale !== undefined)
    ) {
      throw new FakeExcelError("InvalidArgument", `zoom ${JSON.stringify(zoom)}`);
    }
    this.setPage("zoom", { ...zoom });
  }

  /** A margin in points: not negative, and with its opposite margin leaving some of the page (Excel: "Margins do not fit page size"). */
  private setMargin(key: "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin", points: number): void {
    if (!Number.isFinite(points) || points < 0) throw new FakeExcelError("InvalidArgument", `${key} ${points}`);
    this.ctx.enqueue([points], () => {
      const sheet = this.sheet();
      sheet.assertEditable("page layout");
      const pair = MARGIN_PAIRS[key];
      const size = pagePoints(sheet.page)[pair ? pair[1] : 1];
      const opposite = pair ? (sheet.page[pair[0]] as number) : 0;
      if (points + opposite >= size) throw new FakeExcelError("InvalidArgument", `${key} ${points} does not fit the page (${size} pt)`);
      sheet.page[key] = points;
    });
  }

  set centerHorizontally(value: boolean) {
    this.setPage("centerHorizontally", value);
  }

  set leftMargin(points: number) {
    this.setMargin("leftMargin", points);
  }

  set rightMargin(points: number) {
    this.setMargin("rightMargin", points);
  }

  set topMargin(points: number) {
    this.setMargin("topMargin", points);
  }

  set bottomMargin(points: number) {
    this.setMargin("bottomMargin", points);
  }

  set headerMargin(points: number) {
    this.setMargin("headerMargin", points);
  }

  set footerMargin(points: number) {
    this.setMargin("footerMargin", points);
  }

  get firstPageNumber(): Excel.PageLayout["firstPageNumber"] {
    return this.read<Excel.PageLayout["firstPageNumber"]>("firstPageNumber");
  }

  /** A page number, or "" for automatic numbering. */
  set firstPageNumber(first: Excel.PageLayout["firstPageNumber"]) {
    if (first !== "" && !(Number.isInteger(first) && Math.abs(first) <= 32_767)) {
      throw new FakeExcelError("InvalidArgument", `firstPageNumber ${JSON.stringify(first)}`);
    }
    this.setPage("firstPageNumber", first);
  }

  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    if (typeof printTitleRows !== "string") throw new Error("fake Excel: setPrintTitleRows takes an address here");
    this.ctx.enqueue([printTitleRows], () => {
      const area = parseAddress(printTitleRows);
      if (area.left !== 1 || area.right !== MAX_COLUMNS) throw new FakeExcelError("InvalidArgument", "Print title rows must be whole rows");
      this.sheet().page.printTitleRows = { top: area.top, bottom: area.bottom };
    });
  }

  get headersFooters(): FakeHeaderFooterGroup {
    if (!this.headerObject) {
      this.ctx.path();
      this.headerObject = new FakeHeaderFooterGroup(this.ctx, this.sheet);
    }
    return this.headerObject;
  }
}

const HEADER_STATES = new Set(["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"]);

export class FakeHeaderFooterGroup extends FakeObject implements Checked<Excel.HeaderFooterGroup, "state" | "defaultForAllPages" | "firstPage"> {
  private allPages: FakeHeaderFooter | null = null;
  private first: FakeHeaderFooter | null = null;

  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "HeaderFooterGroup");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  set state(state: Excel.HeaderFooterGroup["state"]) {
    if (!HEADER_STATES.has(state)) throw new FakeExcelError("InvalidArgument", `headersFooters.state ${state}`);
    this.ctx.enqueue([state], () => {
      const sheet = this.sheet();
      sheet.assertEditable("headersFooters.state");
      sheet.page.headerState = state;
    });
  }

  get defaultForAllPages(): FakeHeaderFooter {
    if (!this.allPages) {
      this.ctx.path();
      this.allPages = new FakeHeaderFooter(this.ctx, this.sheet, "headers");
    }
    return this.allPages;
  }

  get firstPage(): FakeHeaderFooter {
    if (!this.first) {
      this.ctx.path();
      this.first = new FakeHeaderFooter(this.ctx, this.sheet, "firstPageHeaders");
    }
    return this.first;
  }
}

export class FakeHeaderFooter
  extends FakeObject
  implements Checked<Excel.HeaderFooter, "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter">
{
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    /** Which header/footer of the group this is: every page's, or the first page's. */
    readonly group: "headers" | "firstPageHeaders",
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "HeaderFooter");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** Excel caps a whole header (or footer) at 255 characters: its three sections with their &L, &C, &R codes. */
  private section(key: keyof FakeHeaderSections, text: string): void {
    if (text.length > 255) throw new FakeExcelError("InvalidArgument", `${key} is over 255 characters`);
    this.ctx.enqueue([text], () => {
      const sheet = this.sheet();
      sheet.assertEditable("header/footer");
      const sections = { ...sheet.page[this.group], [key]: text };
      const side = key.endsWith("Header") ? "Header" : "Footer";
      const whole = (["left", "center", "right"] as const).reduce((sum, at) => {
        const part = sections[`${at}${side}`];
        return sum + (part === "" ? 0 : part.length + 2);
      }, 0);
      if (whole > 255) throw new FakeExcelError("InvalidArgument", `the ${side.toLowerCase()} is over 255 characters`);
      sheet.page[this.group] = sections;
    });
  }

  set leftHeader(text: string) {
    this.section("leftHeader", text);
  }

  set centerHeader(text: string) {
    this.section("centerHeader", text);
  }

  set rightHeader(text: string) {
    this.section("rightHeader", text);
  }

  set leftFooter(text: string) {
    this.section("leftFooter", text);
  }

  set centerFooter(text: string) {
    this.section("centerFooter", text);
  }

  set rightFooter(text: string) {
    this.section("rightFooter", text);
  }
}

/* ---------------------------------------------------------------------------
 * Tables
 * ------------------------------------------------------------------------- */

export class FakeTableCollection extends FakeCollection<FakeTableObject> implements Checked<Excel.TableCollection, "items" | "add" | "load"> {
  constructor(
    ctx: FakeContext,
    /** The sheet for `worksheet.tables`; null for `workbook.tables`. */
    readonly sheet: (() => FakeSheet) | null,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "TableCollection");
  }

  protected makeItems(): FakeTableObject[] {
    const sheet = this.sheet?.();
    return this.ctx.book.tables
      .filter((table) => !sheet || table.sheet === sheet)
      .map((table) => new FakeTableObject(this.ctx, () => table));
  }

  add(address: Excel.Range | string, hasHeaders: boolean): FakeTableObject {
    if (typeof address !== "string" || !this.sheet) throw new Error("fake Excel: tables are added by address on a worksheet here");
    const sheetOf = this.sheet;
    this.ctx.path([address, hasHeaders]);
    let created: FakeTable | null = null;
    this.ctx.enqueue([address, hasHeaders], () => {
      const sheet = sheetOf();
      sheet.assertEditable("tables.add");
      const book = this.ctx.book;
      const area = parseAddress(address);
      if (!hasHeaders) throw new Error("fake Excel: tables without a header row are not modelled");
      if (area.bottom <= area.top) throw new FakeExcelError("InvalidArgument", "A table needs a data row");
      if (sheet.tables().some((table) => overlaps(table.area, area))) throw new FakeExcelError("InvalidOperation", "Tables overlap");
      const headers: string[] = [];
      for (let column = area.left; column <= area.right; column++) {
        const value = sheet.cell(area.top, column)?.value;
        if (typeof value !== "string" || value === "" || headers.includes(value)) {
          throw new Error(`fake Excel: header ${cellName(area.top, column)} is not a distinct text (Excel would rename it)`);
        }
        headers.push(value);
      }
      const id = book.nextTableId();
      created = {
        id,
        name: `Table${id}`,
        sheet,
        area,
        headers,
        style: "TableStyleMedium2",
        showBandedRows: true,
        showFilterButton: true,
      };
      book.tables.push(created);
    });
    return new FakeTableObject(this.ctx, () => {
      if (!created) throw new Error("fake Excel: a new table was used before its add() ran");
      return created;
    });
  }
}

export class FakeTableObject
  extends FakeObject
  implements Checked<Excel.Table, "name" | "style" | "showBandedRows" | "worksheet" | "delete" | "convertToRange">
{
  readonly table: () => FakeTable;

  constructor(ctx: FakeContext, table: () => FakeTable) {
    super(ctx);
    this.table = once(table);
    return strict(this, this.ctx.book, "Table");
  }

  protected scalars(): Record<string, () => unknown> {
    return { name: () => this.table().name, style: () => this.table().style, showBandedRows: () => this.table().showBandedRows };
  }

  protected override children(): Record<string, () => FakeObject> {
    return { worksheet: () => this.worksheet };
  }

  get name(): string {
    return this.read<string>("name");
  }

  set name(name: string) {
    this.ctx.enqueue([name], () => {
      const table = this.table();
      const clash = this.ctx.book.tables.find((other) => other !== table && other.name.toLowerCase() === name.toLowerCase());
      if (clash) throw new FakeExcelError("InvalidArgument", `A table named ${name} exists`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeExcelError("InvalidArgument", `Bad table name ${name}`);
      table.name = name;
    });
  }

  get style(): string {
    return this.read<string>("style");
  }

  set style(style: string) {
    this.ctx.enqueue([style], () => {
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(style)) throw new FakeExcelError("InvalidArgument", `Bad table style ${style}`);
      this.table().style = style;
    });
  }

  get showBandedRows(): boolean {
    return this.read<boolean>("showBandedRows");
  }

  set showBandedRows(value: boolean) {
    this.ctx.enqueue([value], () => {
      this.table().showBandedRows = value;
    });
  }

  private worksheetObject: FakeWorksheet | null = null;

  get worksheet(): FakeWorksheet {
    if (!this.worksheetObject) this.worksheetObject = new FakeWorksheet(this.ctx, () => this.table().sheet);
    return this.worksheetObject;
  }

  delete(): void {
    this.ctx.enqueue([], () => this.remove("table.delete"));
  }

  /** The cells stay as they are; only the table goes (the fake keeps no table styling to turn into cell formats). */
  convertToRange(): FakeRange {
    this.ctx.enqueue([], () => this.remove("table.convertToRange"));
    return new FakeRange(this.ctx, () => this.table().sheet, () => this.table().area);
  }

  private remove(what: string): void {
    const table = this.table();
    const tables = this.ctx.book.tables;
    if (!tables.includes(table)) throw new FakeExcelError("ItemNotFound", `${what}: the table ${table.name} no longer exists`);
    table.sheet.assertEditable(what);
    tables.splice(tables.indexOf(table), 1);
  }
}

/* ---------------------------------------------------------------------------
 * Ranges
 * ------------------------------------------------------------------------- */

/** A value as `Range.values` gives it: "" for empty; a formula's result only when known (the fake does not calculate). */
function shownValue(cell: FakeCell | undefined): string | number | boolean {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "object") return cell.value.error;
  return cell.value;
}

function valueType(cell: FakeCell | undefined): Excel.RangeValueType {
  if (!cell || cell.value === null) return "Empty" as Excel.RangeValueType;
  if (typeof cell.value === "object") return "Error" as Excel.RangeValueType;
  if (typeof cell.value === "number") return "Double" as Excel.RangeValueType;
  if (typeof cell.value === "boolean") return "Boolean" as Excel.RangeValueType;
  return "String" as Excel.RangeValueType;
}

function shownText(cell: FakeCell | undefined): string {
  const value = shownValue(cell);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

function checkColor(color: string): string {
  if (!COLOR.test(color)) throw new Error(`fake Excel: colour ${color} is not #RRGGBB`);
  return color.toUpperCase();
}

/** What formats and validations act on: one range, or several (RangeAreas). */
interface CellTarget {
  sheet(): FakeSheet;
  /** The single area; throws for several. */
  cells(): Area;
  areas(): Area[];
  restyle(what: string, change: (style: FakeStyle) => Partial<FakeStyle>): void;
}

export class FakeRange
  extends FakeObject
  implements
    Checked<
      Excel.Range,
      | "values"
      | "valueTypes"
      | "formulas"
      | "numberFormat"
      | "text"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "format"
      | "columnHidden"
      | "rowHidden"
      | "conditionalFormats"
      | "dataValidation"
      | "worksheet"
      | "clear"
      | "merge"
      | "unmerge"
      | "select"
      | "getIntersectionOrNullObject"
      | "load"
      | "isNullObject"
    >
{
  readonly sheet: () => FakeSheet;
  /** The cells, or null for a null object. */
  readonly area: () => Area | null;
  private nullState: boolean | undefined;
  private formatObject: FakeRangeFormat | null = null;
  private cfObject: FakeConditionalFormatCollection | null = null;
  private dvObject: FakeDataValidation | null = null;

  constructor(ctx: FakeContext, sheet: () => FakeSheet, area: () => Area | null, orNull = false) {
    super(ctx);
    this.sheet = once(sheet);
    this.area = once(area);
    this.nullState = orNull ? undefined : false;
    const self = strict(this, this.ctx.book, "Range");
    if (orNull) ctx.pendingNullChecks.push(self);
    return self;
  }

  /** The area, for a range that must not be a null object. */
  cells(): Area {
    const area = this.area();
    if (!area) throw new FakeExcelError("InvalidObjectPath", "The range is a null object");
    return area;
  }

  areas(): Area[] {
    return [this.cells()];
  }

  /** A null object loads nothing, as in Office.js; reading its properties then fails. */
  override snapshot(paths: string[]): void {
    if (this.area() !== null) super.snapshot(paths);
  }

  settleNull(): void {
    this.nullState = this.area() === null;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeExcelError("PropertyNotLoaded", "isNullObject is known only after sync");
    return this.nullState;
  }

  private grid<T>(cell: (cell: FakeCell | undefined) => T): T[][] {
    const area = this.cells();
    if (cellCount(area) > 5_000_000) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `${areaName(area)} is too big to read`);
    const sheet = this.sheet();
    const rows: T[][] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      const line: T[] = [];
      for (let column = area.left; column <= area.right; column++) line.push(cell(sheet.cell(row, column)));
      rows.push(line);
    }
    return rows;
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      values: () => this.grid(shownValue),
      valueTypes: () => this.grid(valueType),
      formulas: () => this.grid((cell) => cell?.formula ?? shownValue(cell)),
      numberFormat: () => this.grid((cell) => cell?.numberFormat ?? "General"),
      text: () => this.grid(shownText),
      rowIndex: () => this.cells().top - 1,
      columnIndex: () => this.cells().left - 1,
      rowCount: () => this.cells().bottom - this.cells().top + 1,
      columnCount: () => this.cells().right - this.cells().left + 1,
      address: () => `${this.sheet().name}!${areaName(this.cells())}`,
    };
  }

  /** Checks a 2D array against the range's size, as Excel does. */
  private checkShape(values: unknown[][]): void {
    const area = this.cells();
    const rows = area.bottom - area.top + 1;
    const columns = area.right - area.left + 1;
    if (!Array.isArray(values) || values.length !== rows || values.some((line) => !Array.isArray(line) || line.length !== columns)) {
      throw new FakeExcelError("InvalidArgument", `Array does not match ${areaName(area)} (${rows}×${columns})`);
    }
  }

  private writeTyped(values: unknown[][]): void {
    this.ctx.enqueue([values], () => {
      const sheet = this.sheet();
      sheet.assertEditable("values");
      this.checkShape(values);
      const area = this.cells();
      values.forEach((line, r) => {
        line.forEach((item, c) => {
          if (item === null || item === undefined) return;
          const cell = sheet.touch(area.top + r, area.left + c);
          if (typeof item === "number" || typeof item === "boolean") {
            cell.value = item;
            cell.formula = null;
          } else if (typeof item === "string") {
            const parsed = cell.numberFormat === "@" && !item.startsWith("'") ? { value: item === "" ? null : item, formula: null } : parseTyped(item);
            cell.value = parsed.value;
            cell.formula = parsed.formula;
          } else throw new FakeExcelError("InvalidArgument", `Cannot write ${JSON.stringify(item)}`);
        });
      });
    });
  }

  get values(): unknown[][] {
    return this.read<unknown[][]>("values");
  }

  set values(values: unknown[][]) {
    this.writeTyped(values);
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.read<Excel.RangeValueType[][]>("valueTypes");
  }

  get formulas(): unknown[][] {
    return this.read<unknown[][]>("formulas");
  }

  set formulas(formulas: unknown[][]) {
    this.writeTyped(formulas);
  }

  get numberFormat(): unknown[][] {
    return this.read<unknown[][]>("numberFormat");
  }

  set numberFormat(formats: unknown[][]) {
    this.ctx.enqueue([formats], () => {
      const sheet = this.sheet();
      sheet.assertEditable("numberFormat");
      this.checkShape(formats);
      const area = this.cells();
      formats.forEach((line, r) => {
        line.forEach((format, c) => {
          if (typeof format !== "string" || format === "") throw new FakeExcelError("InvalidArgument", `Bad number format ${String(format)}`);
          sheet.touch(area.top + r, area.left + c).numberFormat = format;
        });
      });
    });
  }

  get text(): string[][] {
    return this.read<string[][]>("text");
  }

  get rowIndex(): number {
    return this.read<number>("rowIndex");
  }

  get columnIndex(): number {
    return this.read<number>("columnIndex");
  }

  get rowCount(): number {
    return this.read<number>("rowCount");
  }

  get columnCount(): number {
    return this.read<number>("columnCount");
  }

  get format(): FakeRangeFormat {
    if (!this.formatObject) {
      this.ctx.path();
      this.formatObject = new FakeRangeFormat(this.ctx, this);
    }
    return this.formatObject;
  }

  set columnHidden(hidden: boolean) {
    this.ctx.enqueue([hidden], () => {
      const sheet = this.sheet();
      sheet.assertEditable("columnHidden");
      const area = this.cells();
      if (!hidden && area.left === 1 && area.right === MAX_COLUMNS) sheet.hiddenColumns.clear();
      for (let column = area.left; column <= area.right; column++) {
        if (hidden) sheet.hiddenColumns.add(column);
        else sheet.hiddenColumns.delete(column);
      }
    });
  }

  set rowHidden(hidden: boolean) {
    this.ctx.enqueue([hidden], () => {
      const sheet = this.sheet();
      sheet.assertEditable("rowHidden");
      const area = this.cells();
      if (!hidden && area.top === 1 && area.bottom === MAX_ROWS) {
        sheet.hiddenRows.clear();
        return;
      }
      for (let row = area.top; row <= area.bottom; row++) {
        if (hidden) sheet.hiddenRows.add(row);
        else sheet.hiddenRows.delete(row);
      }
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    if (!this.cfObject) {
      this.ctx.path();
      this.cfObject = new FakeConditionalFormatCollection(this.ctx, this);
    }
    return this.cfObject;
  }

  get dataValidation(): FakeDataValidation {
    if (!this.dvObject) {
      this.ctx.path();
      this.dvObject = new FakeDataValidation(this.ctx, this);
    }
    return this.dvObject;
  }

  private worksheetObject: FakeWorksheet | null = null;

  get worksheet(): FakeWorksheet {
    if (!this.worksheetObject) {
      this.ctx.path();
      this.worksheetObject = new FakeWorksheet(this.ctx, this.sheet);
    }
    return this.worksheetObject;
  }

  clear(applyTo?: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    this.ctx.enqueue([applyTo], () => {
      const sheet = this.sheet();
      sheet.assertEditable("clear");
      const area = this.cells();
      if (sheet.tables().some((table) => overlaps(table.area, area))) {
        throw new Error("fake Excel: clearing a table's cells is not modelled; delete the table first");
      }
      const what = applyTo ?? "All";
      if (what !== "All" && what !== "Contents" && what !== "Formats") throw new Error(`fake Excel: clear(${what}) is not modelled`);
      for (const [key, cell] of sheet.existing(area)) {
        if (what === "All") sheet.cells.delete(key);
        else if (what === "Contents") {
          cell.value = null;
          cell.formula = null;
        } else {
          cell.style = 0;
          cell.numberFormat = "General";
        }
      }
    });
  }

  /**
   * Merges the range into one cell, as Excel does: only the top-left value
   * is kept. Excel also gives every cell the top-left cell's format; the
   * fake refuses to merge cells whose formats differ rather than guess, so a
   * host relying on that fails here. Merging across a table or an existing
   * merged area is refused as well.
   */
  merge(across?: boolean): void {
    this.ctx.enqueue([across], () => {
      const sheet = this.sheet();
      sheet.assertEditable("merge");
      const area = this.cells();
      if (across === true) throw new Error("fake Excel: merge(true) is not modelled");
      if (cellCount(area) > 100_000) throw new Error(`fake Excel: merging ${areaName(area)} is not modelled`);
      if (cellCount(area) === 1) return;
      if (sheet.tables().some((table) => overlaps(table.area, area))) {
        throw new FakeExcelError("InvalidOperation", `Cannot merge ${areaName(area)}: it overlaps a table`);
      }
      const clash = sheet.merges.find((merged) => overlaps(merged, area));
      if (clash) throw new Error(`fake Excel: merging ${areaName(area)} over the merged ${areaName(clash)} is not modelled; unmerge first`);
      const first = sheet.cell(area.top, area.left);
      const styles = sheet.book.styles.styles;
      const look = (cell: FakeCell | undefined): string => {
        const style = styles[cell?.style ?? 0];
        const sorted = Object.keys(style)
          .sort()
          .map((key) => [key, style[key as keyof FakeStyle]]);
        return JSON.stringify([sorted, cell?.numberFormat ?? "General"]);
      };
      for (let row = area.top; row <= area.bottom; row++) {
        for (let column = area.left; column <= area.right; column++) {
          if (row === area.top && column === area.left) continue;
          const cell = sheet.cell(row, column);
          if (look(cell) !== look(first)) {
            throw new Error(`fake Excel: merging ${areaName(area)} whose ${cellName(row, column)} is formatted unlike its top-left cell is not modelled`);
          }
          if (cell) {
            cell.value = null;
            cell.formula = null;
          }
        }
      }
      sheet.merges.push({ ...area });
    });
  }

  /** Unmerges every merged area the range touches, whole (Excel never splits one). */
  unmerge(): void {
    this.ctx.enqueue([], () => {
      const sheet = this.sheet();
      sheet.assertEditable("unmerge");
      const area = this.cells();
      sheet.merges = sheet.merges.filter((merged) => !overlaps(merged, area));
    });
  }

  select(): void {
    this.ctx.enqueue([], () => {
      const sheet = this.sheet();
      if (this.ctx.book.active !== sheet) throw new FakeExcelError("InvalidOperation", `${sheet.name} is not the active sheet`);
      this.ctx.book.selection = this.cells();
    });
  }

  getIntersectionOrNullObject(anotherRange: Excel.Range | string): FakeRange {
    this.ctx.path([typeof anotherRange === "string" ? anotherRange : "range"]);
    const other = typeof anotherRange === "string" ? null : (anotherRange as unknown as FakeRange);
    return new FakeRange(
      this.ctx,
      this.sheet,
      () => {
        const a = this.cells();
        const b = other ? other.cells() : parseAddress(anotherRange as string);
        if (other && other.sheet() !== this.sheet()) throw new FakeExcelError("InvalidArgument", "Ranges on different sheets");
        if (!overlaps(a, b)) return null;
        return {
          top: Math.max(a.top, b.top),
          left: Math.max(a.left, b.left),
          bottom: Math.min(a.bottom, b.bottom),
          right: Math.min(a.right, b.right),
        };
      },
      true,
    );
  }

  restyle(what: string, change: (style: FakeStyle) => Partial<FakeStyle>): void {
    restyleAreas(this.sheet(), [this.cells()], what, change);
  }
}

/** Applies a style change to every cell of some areas, once per distinct style. */
function restyleAreas(sheet: FakeSheet, areas: Area[], what: string, change: (style: FakeStyle) => Partial<FakeStyle>): void {
  sheet.assertEditable(what);
  const styles = sheet.book.styles;
  const memo = new Map<number, number>();
  for (const area of areas) {
    sheet.forEach(area, (cell) => {
      let next = memo.get(cell.style);
      if (next === undefined) {
        next = styles.with(cell.style, change(styles.styles[cell.style]));
        memo.set(cell.style, next);
      }
      cell.style = next;
    });
  }
}

export class FakeRangeAreas extends FakeObject implements Checked<Excel.RangeAreas, "format" | "dataValidation"> {
  readonly sheet: () => FakeSheet;
  readonly areas: () => Area[];
  private formatObject: FakeRangeFormat | null = null;
  private dvObject: FakeDataValidation | null = null;

  constructor(ctx: FakeContext, sheet: () => FakeSheet, address: string) {
    super(ctx);
    this.sheet = once(sheet);
    this.areas = once(() => {
      const areas = address.split(/[,;]/).map((part) => parseAddress(part));
      areas.forEach((area, i) => {
        if (areas.some((other, j) => j < i && overlaps(area, other))) throw new Error(`fake Excel: overlapping areas in ${address}`);
      });
      return areas;
    });
    return strict(this, this.ctx.book, "RangeAreas");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  cells(): Area {
    throw new Error("fake Excel: this needs a single range, not RangeAreas");
  }

  restyle(what: string, change: (style: FakeStyle) => Partial<FakeStyle>): void {
    restyleAreas(this.sheet(), this.areas(), what, change);
  }

  get format(): FakeRangeFormat {
    if (!this.formatObject) {
      this.ctx.path();
      this.formatObject = new FakeRangeFormat(this.ctx, this);
    }
    return this.formatObject;
  }

  get dataValidation(): FakeDataValidation {
    if (!this.dvObject) {
      this.ctx.path();
      this.dvObject = new FakeDataValidation(this.ctx, this);
    }
    return this.dvObject;
  }
}

export class FakeRangeFormat
  extends FakeObject
  implements
    Checked<
      Excel.RangeFormat,
      | "font"
      | "fill"
      | "borders"
      | "protection"
      | "wrapText"
      | "horizontalAlignment"
      | "verticalAlignment"
      | "columnWidth"
      | "rowHeight"
      | "useStandardWidth"
      | "useStandardHeight"
    >
{
  private fontObject: FakeRangeFont | null = null;
  private fillObject: FakeRangeFill | null = null;
  private bordersObject: FakeRangeBorderCollection | null = null;
  private protectionObject: FakeFormatProtection | null = null;

  constructor(
    ctx: FakeContext,
    readonly range: CellTarget,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "RangeFormat");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  get font(): FakeRangeFont {
    if (!this.fontObject) {
      this.ctx.path();
      this.fontObject = new FakeRangeFont(this.ctx, this.range);
    }
    return this.fontObject;
  }

  get fill(): FakeRangeFill {
    if (!this.fillObject) {
      this.ctx.path();
      this.fillObject = new FakeRangeFill(this.ctx, this.range);
    }
    return this.fillObject;
  }

  get borders(): FakeRangeBorderCollection {
    if (!this.bordersObject) {
      this.ctx.path();
      this.bordersObject = new FakeRangeBorderCollection(this.ctx, this.range);
    }
    return this.bordersObject;
  }

  get protection(): FakeFormatProtection {
    if (!this.protectionObject) {
      this.ctx.path();
      this.protectionObject = new FakeFormatProtection(this.ctx, this.range);
    }
    return this.protectionObject;
  }

  set wrapText(wrap: boolean) {
    this.ctx.enqueue([wrap], () => this.range.restyle("wrapText", () => ({ wrap })));
  }

  set horizontalAlignment(alignment: Excel.RangeFormat["horizontalAlignment"]) {
    this.ctx.enqueue([alignment], () => this.range.restyle("horizontalAlignment", () => ({ hAlign: alignment })));
  }

  set verticalAlignment(alignment: Excel.RangeFormat["verticalAlignment"]) {
    this.ctx.enqueue([alignment], () => this.range.restyle("verticalAlignment", () => ({ vAlign: alignment })));
  }

  set columnWidth(points: number) {
    this.ctx.enqueue([points], () => {
      const sheet = this.range.sheet();
      sheet.assertEditable("columnWidth");
      if (!(points >= 0 && points <= 1800)) throw new FakeExcelError("InvalidArgument", `Column width ${points}`);
      const area = this.range.cells();
      for (let column = area.left; column <= area.right; column++) sheet.columnWidths.set(column, points);
    });
  }

  set rowHeight(points: number) {
    this.ctx.enqueue([points], () => {
      const sheet = this.range.sheet();
      sheet.assertEditable("rowHeight");
      if (!(points >= 0 && points <= 409)) throw new FakeExcelError("InvalidArgument", `Row height ${points}`);
      const area = this.range.cells();
      if (area.bottom - area.top > 100_000) throw new Error("fake Excel: row heights of a whole sheet are not modelled");
      for (let row = area.top; row <= area.bottom; row++) sheet.rowHeights.set(row, points);
    });
  }

  set useStandardWidth(standard: boolean) {
    this.ctx.enqueue([standard], () => {
      const sheet = this.range.sheet();
      sheet.assertEditable("useStandardWidth");
      if (!standard) return;
      const area = this.range.cells();
      for (const column of [...sheet.columnWidths.keys()]) if (column >= area.left && column <= area.right) sheet.columnWidths.delete(column);
    });
  }

  set useStandardHeight(standard: boolean) {
    this.ctx.enqueue([standard], () => {
      const sheet = this.range.sheet();
      sheet.assertEditable("useStandardHeight");
      if (!standard) return;
      const area = this.range.cells();
      for (const row of [...sheet.rowHeights.keys()]) if (row >= area.top && row <= area.bottom) sheet.rowHeights.delete(row);
    });
  }
}

export class FakeRangeFont extends FakeObject implements Checked<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "color"> {
  constructor(
    ctx: FakeContext,
    readonly range: CellTarget,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "RangeFont");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  set name(name: string) {
    this.ctx.enqueue([name], () => this.range.restyle("font.name", () => ({ fontName: name })));
  }

  set size(size: number) {
    this.ctx.enqueue([size], () => this.range.restyle("font.size", () => ({ fontSize: size })));
  }

  set bold(bold: boolean) {
    this.ctx.enqueue([bold], () => this.range.restyle("font.bold", () => ({ bold })));
  }

  set italic(italic: boolean) {
    this.ctx.enqueue([italic], () => this.range.restyle("font.italic", () => ({ italic })));
  }

  set color(color: string) {
    this.ctx.enqueue([color], () => this.range.restyle("font.color", () => ({ fontColor: checkColor(color) })));
  }
}

export class FakeRangeFill extends FakeObject implements Checked<Excel.RangeFill, "color"> {
  constructor(
    ctx: FakeContext,
    readonly range: CellTarget,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "RangeFill");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  set color(color: string) {
    this.ctx.enqueue([color], () => this.range.restyle("fill.color", () => ({ fill: checkColor(color) })));
  }
}

export class FakeFormatProtection extends FakeObject implements Checked<Excel.FormatProtection, "locked"> {
  constructor(
    ctx: FakeContext,
    readonly range: CellTarget,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "FormatProtection");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  set locked(locked: boolean) {
    this.ctx.enqueue([locked], () => this.range.restyle("protection.locked", () => ({ locked })));
  }
}

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal" | "DiagonalDown" | "DiagonalUp";

export class FakeRangeBorderCollection extends FakeObject implements Checked<Excel.RangeBorderCollection, "getItem"> {
  constructor(
    ctx: FakeContext,
    readonly range: CellTarget,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "RangeBorderCollection");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  getItem(index: BorderIndex): FakeRangeBorder {
    this.ctx.path([index]);
    return new FakeRangeBorder(this.ctx, this.range, index);
  }
}

const NO_BORDER: FakeBorder = { style: "None", weight: "Thin", color: "#000000" };

export class FakeRangeBorder extends FakeObject implements Checked<Excel.RangeBorder, "style" | "weight" | "color"> {
  constructor(
    ctx: FakeContext,
    readonly range: CellTarget,
    readonly index: BorderIndex,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "RangeBorder");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** Sets one property of this border on the cells it belongs to: an outer edge, or both sides of each inner line. */
  private change(property: keyof FakeBorder, value: string): void {
    this.ctx.enqueue([value], () => {
      const range = this.range;
      const area = range.cells();
      const sheet = range.sheet();
      sheet.assertEditable("border");
      const styles = this.ctx.book.styles;
      const edit = (part: Area, edge: Edge): void => {
        const memo = new Map<number, number>();
        sheet.forEach(part, (cell) => {
          let next = memo.get(cell.style);
          if (next === undefined) {
            const current = styles.styles[cell.style][edge] ?? NO_BORDER;
            next = styles.with(cell.style, { [edge]: { ...current, [property]: value } });
            memo.set(cell.style, next);
          }
          cell.style = next;
        });
      };
      const row = (r: number): Area => ({ ...area, top: r, bottom: r });
      const column = (c: number): Area => ({ ...area, left: c, right: c });
      switch (this.index) {
        case "EdgeTop":
          return edit(row(area.top), "EdgeTop");
        case "EdgeBottom":
          return edit(row(area.bottom), "EdgeBottom");
        case "EdgeLeft":
          return edit(column(area.left), "EdgeLeft");
        case "EdgeRight":
          return edit(column(area.right), "EdgeRight");
        case "InsideHorizontal":
          if (area.bottom === area.top) throw new FakeExcelError("InvalidArgument", "A one-row range has no inside horizontal border");
          edit({ ...area, bottom: area.bottom - 1 }, "EdgeBottom");
          return edit({ ...area, top: area.top + 1 }, "EdgeTop");
        case "InsideVertical":
          if (area.right === area.left) throw new FakeExcelError("InvalidArgument", "A one-column range has no inside vertical border");
          edit({ ...area, right: area.right - 1 }, "EdgeRight");
          return edit({ ...area, left: area.left + 1 }, "EdgeLeft");
        default:
          throw new Error(`fake Excel: border ${this.index} is not modelled`);
      }
    });
  }

  set style(style: Excel.RangeBorder["style"]) {
    this.change("style", style);
  }

  set weight(weight: Excel.RangeBorder["weight"]) {
    this.change("weight", weight);
  }

  set color(color: string) {
    this.change("color", checkColor(color));
  }
}

/* ---------------------------------------------------------------------------
 * Conditional formats
 * ------------------------------------------------------------------------- */

export class FakeConditionalFormatCollection extends FakeObject implements Checked<Excel.ConditionalFormatCollection, "add" | "clearAll"> {
  constructor(
    ctx: FakeContext,
    readonly range: FakeRange,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "ConditionalFormatCollection");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  add(type: "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue"): FakeConditionalFormatObject {
    this.ctx.path([type]);
    let created: FakeConditionalFormat | null = null;
    this.ctx.enqueue([type], () => {
      const sheet = this.range.sheet();
      sheet.assertEditable("conditionalFormats.add");
      if (type !== "Custom") throw new Error(`fake Excel: ${type} conditional formats are not modelled`);
      created = { area: this.range.cells(), type, formula: null, fill: null, fontColor: null };
      // Office.js adds a conditional format at the top priority.
      sheet.conditionalFormats.unshift(created);
    });
    return new FakeConditionalFormatObject(this.ctx, this.range.sheet, () => {
      if (!created) throw new Error("fake Excel: a conditional format was used before its add() ran");
      return created;
    });
  }

  clearAll(): void {
    this.ctx.enqueue([], () => {
      const sheet = this.range.sheet();
      sheet.assertEditable("conditionalFormats.clearAll");
      const area = this.range.cells();
      for (const format of sheet.conditionalFormats) {
        if (overlaps(format.area, area) && !inside(format.area, area)) {
          throw new Error(`fake Excel: clearing part of the conditional format on ${areaName(format.area)} is not modelled`);
        }
      }
      sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !inside(format.area, area));
    });
  }
}

export class FakeConditionalFormatObject extends FakeObject implements Checked<Excel.ConditionalFormat, "custom"> {
  readonly format: () => FakeConditionalFormat;

  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    format: () => FakeConditionalFormat,
  ) {
    super(ctx);
    this.format = once(format);
    return strict(this, this.ctx.book, "ConditionalFormat");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  get custom(): FakeCustomConditionalFormat {
    this.ctx.path();
    return new FakeCustomConditionalFormat(this.ctx, this);
  }
}

export class FakeCustomConditionalFormat extends FakeObject implements Checked<Excel.CustomConditionalFormat, "rule" | "format"> {
  constructor(
    ctx: FakeContext,
    readonly owner: FakeConditionalFormatObject,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "CustomConditionalFormat");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  get rule(): FakeConditionalFormatRule {
    this.ctx.path();
    return new FakeConditionalFormatRule(this.ctx, this.owner);
  }

  get format(): FakeConditionalRangeFormat {
    this.ctx.path();
    return new FakeConditionalRangeFormat(this.ctx, this.owner);
  }
}

/** Runs a change on a custom conditional format's state. */
function onCustom(owner: FakeConditionalFormatObject, change: (format: FakeConditionalFormat) => void): () => void {
  return () => {
    owner.sheet().assertEditable("conditional format");
    const format = owner.format();
    if (format.type !== "Custom") throw new FakeExcelError("InvalidOperation", "Not a custom conditional format");
    change(format);
  };
}

export class FakeConditionalFormatRule extends FakeObject implements Checked<Excel.ConditionalFormatRule, "formula"> {
  constructor(
    ctx: FakeContext,
    readonly owner: FakeConditionalFormatObject,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "ConditionalFormatRule");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  set formula(formula: string) {
    this.ctx.enqueue(
      [formula],
      onCustom(this.owner, (format) => {
        if (!formula.startsWith("=")) throw new FakeExcelError("InvalidArgument", `Conditional format formula without "=": ${formula}`);
        format.formula = formula;
      }),
    );
  }
}

export class FakeConditionalRangeFormat extends FakeObject implements Checked<Excel.ConditionalRangeFormat, "fill" | "font"> {
  constructor(
    ctx: FakeContext,
    readonly owner: FakeConditionalFormatObject,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "ConditionalRangeFormat");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  get fill(): FakeConditionalColor {
    this.ctx.path();
    return new FakeConditionalColor(this.ctx, this.owner, "fill");
  }

  get font(): FakeConditionalColor {
    this.ctx.path();
    return new FakeConditionalColor(this.ctx, this.owner, "fontColor");
  }
}

/** `ConditionalRangeFill` and `ConditionalRangeFont`: only their colour is used. */
export class FakeConditionalColor
  extends FakeObject
  implements Checked<Excel.ConditionalRangeFill, "color">, Checked<Excel.ConditionalRangeFont, "color">
{
  constructor(
    ctx: FakeContext,
    readonly owner: FakeConditionalFormatObject,
    readonly target: "fill" | "fontColor",
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "ConditionalRangeFill", "ConditionalRangeFont");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  set color(color: string) {
    this.ctx.enqueue(
      [color],
      onCustom(this.owner, (format) => {
        format[this.target] = checkColor(color);
      }),
    );
  }
}

/* ---------------------------------------------------------------------------
 * Data validation
 * ------------------------------------------------------------------------- */

const OPERATORS = new Set(["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"]);

function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.keys(rule);
  if (kinds.length !== 1) throw new FakeExcelError("InvalidArgument", `A rule has one kind, not ${kinds.join(", ")}`);
  if (rule.custom) {
    // Excel takes the formula as typed in the dialog: with its "=", relative to the range's top-left cell.
    if (typeof rule.custom.formula !== "string" || !rule.custom.formula.startsWith("=")) {
      throw new FakeExcelError("InvalidArgument", `Custom validation formula ${String(rule.custom.formula)}`);
    }
    return;
  }
  const basic = rule.wholeNumber ?? rule.decimal;
  if (!basic) throw new Error(`fake Excel: ${kinds[0]} validation is not modelled`);
  if (!OPERATORS.has(basic.operator)) throw new FakeExcelError("InvalidArgument", `Operator ${basic.operator}`);
  if (basic.formula1 === undefined) throw new FakeExcelError("InvalidArgument", "formula1 is missing");
  const two = basic.operator === "Between" || basic.operator === "NotBetween";
  if (two !== (basic.formula2 !== undefined)) throw new FakeExcelError("InvalidArgument", `formula2 with ${basic.operator}`);
}

export class FakeDataValidation
  extends FakeObject
  implements Checked<Excel.DataValidation, "rule" | "ignoreBlanks" | "prompt" | "errorAlert" | "clear">
{
  constructor(
    ctx: FakeContext,
    readonly range: CellTarget,
  ) {
    super(ctx);
    return strict(this, this.ctx.book, "DataValidation");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** The validations on exactly this range's areas (made by `rule`); changing part of another one is refused. */
  private entries(create: boolean): FakeValidation[] {
    const sheet = this.range.sheet();
    sheet.assertEditable("dataValidation");
    return this.range.areas().map((area) => {
      const found = sheet.validations.find((validation) => sameArea(validation.area, area));
      if (found) return found;
      if (sheet.validations.some((validation) => overlaps(validation.area, area))) {
        throw new FakeExcelError("InvalidOperation", `${areaName(area)} overlaps another validation; clear it first`);
      }
      if (!create) throw new Error(`fake Excel: set the rule on ${areaName(area)} before its other properties`);
      const validation: FakeValidation = { area, rule: {}, ignoreBlanks: true, prompt: null, errorAlert: null };
      sheet.validations.push(validation);
      return validation;
    });
  }

  set rule(rule: Excel.DataValidationRule) {
    this.ctx.enqueue([rule], () => {
      checkRule(rule);
      for (const entry of this.entries(true)) entry.rule = JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule;
    });
  }

  set ignoreBlanks(ignore: boolean) {
    this.ctx.enqueue([ignore], () => {
      for (const entry of this.entries(false)) entry.ignoreBlanks = ignore;
    });
  }

  set prompt(prompt: Excel.DataValidationPrompt) {
    this.ctx.enqueue([prompt], () => {
      if (prompt.title.length > 32 || prompt.message.length > 255) throw new FakeExcelError("InvalidArgument", "Prompt too long");
      for (const entry of this.entries(false)) entry.prompt = { ...prompt };
    });
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.ctx.enqueue([alert], () => {
      if (alert.title.length > 32 || alert.message.length > 255) throw new FakeExcelError("InvalidArgument", "Error alert too long");
      for (const entry of this.entries(false)) entry.errorAlert = { ...alert };
    });
  }

  clear(): void {
    this.ctx.enqueue([], () => {
      const sheet = this.range.sheet();
      sheet.assertEditable("dataValidation.clear");
      const area = this.range.cells();
      for (const validation of sheet.validations) {
        if (overlaps(validation.area, area) && !inside(validation.area, area)) {
          throw new Error(`fake Excel: clearing part of the validation on ${areaName(validation.area)} is not modelled`);
        }
      }
      sheet.validations = sheet.validations.filter((validation) => !inside(validation.area, area));
    });
  }
}
