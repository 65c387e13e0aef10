// Lists of units (schools) from what an office already has: a CSV saved from
// Excel (comma or semicolon), or cells copied from a sheet (tab-separated),
// with or without a header row. Pure and total: any text gives units plus a
// list of problems, one per line that could not be used; nothing throws.

import type { MessageKey } from "../i18n/messages";
import { withoutControlChars } from "./control-chars";
import { foldText } from "./fold";
import { LEVELS, type Level } from "./plan";
import { DISTRICT_UNIT_CODE, type Unit } from "./tracking";

/** Catalog keys of the problems a unit list can have. */
export type UnitProblemKey = Extract<
  MessageKey,
  "unitsMissingName" | "unitsDuplicateCode" | "unitsUnknownLevel" | "unitsNoLevel" | "unitsNoNameColumn" | "unitsTooManyFields"
>;

/** Catalog keys of what is said about a line that is used, but not as a plain school. */
export type UnitNoticeKey = Extract<MessageKey, "unitsDistrictCode">;

/** One line that could not be used, with what is wrong as a catalog key and its parameters. */
export interface UnitProblem {
  /** 1-based line of the text where the row starts. */
  line: number;
  key: UnitProblemKey;
  params: Record<string, string | number>;
}

/** A line that was used, with something the planner should know about it. */
export interface UnitNotice {
  line: number;
  key: UnitNoticeKey;
  params: Record<string, string | number>;
}

export interface ParsedUnits {
  units: Unit[];
  problems: UnitProblem[];
  /** Present only when there is something to say. */
  notices?: UnitNotice[];
}

type Field = "code" | "name" | "level" | "commune" | "zone";

// Header names as they fold (lower case, no tone marks, "đ" → "d"); see foldText() (./fold.ts).
// Exact matches only, so a data cell such as "Trường MN Hoa Ban" is never a header.
const HEADER_ALIASES: Record<Field, readonly string[]> = {
  code: ["ma don vi", "ma dv", "ma truong", "ma", "ma so", "code", "unit code"],
  name: ["ten don vi", "ten truong", "don vi", "truong", "ten", "ten co so", "co so giao duc", "name", "unit", "school"],
  level: ["cap hoc", "cap", "bac hoc", "level", "levels"],
  // "Xã" is the header books and lists had before the two-tier government (July 2025); still read.
  commune: [
    "xa",
    "xa/thi tran",
    "xa, thi tran",
    "xa/phuong",
    "xa, phuong",
    "xa/phuong/dac khu",
    "xa, phuong, dac khu",
    "phuong/xa",
    "phuong",
    "dia ban",
    "commune",
    "commune/ward",
    "ward",
  ],
  zone: ["vung", "khu vuc", "vung kinh te", "zone", "area"],
};

/** Column order of a list without a header row. */
const HEADERLESS_ORDER: readonly Field[] = ["name", "level", "commune", "zone"];

const GENERATED_CODE_PREFIX = "DV";

/** Rows searched for the header, past any title rows above it. */
const HEADER_SEARCH_ROWS = 5;

/**
 * Reads a unit list. Rows with a problem are left out and reported; the
 * others become units, with codes DV001… generated where the list has none.
 */
export function parseUnitsText(text: string): ParsedUnits {
  const body = text.replace(/^\uFEFF/, "");
  const records = nonBlank(splitRecords(body, chooseDelimiter(body)));
  if (records.length === 0) return { units: [], problems: [] };

  // A sheet often starts with a title ("DANH SÁCH CÁC TRƯỜNG") above the header row.
  const headerIndex = records.slice(0, HEADER_SEARCH_ROWS).findIndex((record) => headerColumns(record.cells) !== null);
  const header = headerIndex < 0 ? null : headerColumns(records[headerIndex].cells);
  if (header !== null && header.name === undefined) {
    const line = records[headerIndex].line;
    return { units: [], problems: [{ line, key: "unitsNoNameColumn", params: { line } }] };
  }
  const rows = header === null ? records : records.slice(headerIndex + 1);
  const columns = header ?? headerlessColumns(rows);
  // Cells past the list's width have no column: the line was split where its author did not mean it to be. The
  // width is the header's, the columns read without one, or what most lines have (a column nobody titled).
  const known = header === null ? Math.max(...Object.values(columns)) + 1 : filledWidth(records[headerIndex].cells);
  const columnCount = Math.max(known, usualWidth(rows.map((record) => record.cells.length)));

  const problems: UnitProblem[] = [];
  const notices: UnitNotice[] = [];
  const drafts: Array<Omit<Unit, "code"> & { code: string | null; position: number }> = [];
  const codeLines = new Map<string, number>();
  rows.forEach((record, index) => {
    const cell = (field: Field): string => {
      const column = columns[field];
      return column === undefined ? "" : cleanCell(record.cells[column] ?? "");
    };
    // Rows numbered ahead ("STT" only) and otherwise empty are blank rows of the sheet, not mistakes.
    if ((Object.keys(columns) as Field[]).every((field) => cell(field) === "")) return;
    const line = record.line;
    const found = filledWidth(record.cells);
    if (found > columnCount) {
      problems.push({ line, key: "unitsTooManyFields", params: { line, found, expected: columnCount } });
      return;
    }
    const name = cell("name");
    if (name === "") {
      problems.push({ line, key: "unitsMissingName", params: { line } });
      return;
    }
    const code = cell("code");
    if (code !== "") {
      const first = codeLines.get(codeKey(code));
      if (first !== undefined) {
        problems.push({ line, key: "unitsDuplicateCode", params: { line, code, first } });
        return;
      }
    }
    const levelText = cell("level");
    // A unit coded HUYEN (any case) is the whole area's own row (see trackedUnits): it takes the place of the
    // automatic whole-area row ("Toàn xã …", "Toàn tỉnh …") and reports only whole-area targets. That is what a
    // planner who lists the office itself under HUYEN wants, and a school coded so would lose its school targets, so it is always said.
    const district = codeKey(code) === DISTRICT_UNIT_CODE;
    const levels = levelText === "" ? (district ? [...SCHOOL_LEVELS] : levelsInName(name)) : parseLevels(levelText);
    if (levels.length === 0) {
      problems.push(
        levelText === ""
          ? { line, key: "unitsNoLevel", params: { line, name } }
          : { line, key: "unitsUnknownLevel", params: { line, name, level: levelText } },
      );
      return;
    }
    // A code is taken only by a row that is kept, so fixing a rejected row later cannot clash.
    if (code !== "") codeLines.set(codeKey(code), line);
    if (district) notices.push({ line, key: "unitsDistrictCode", params: { line, code, name } });
    drafts.push({
      // Exactly HUYEN: the workbook's formulas and isDistrictUnit compare codes as written.
      code: code === "" ? null : district ? DISTRICT_UNIT_CODE : code,
      name,
      levels,
      commune: cell("commune") || null,
      zone: cell("zone") || null,
      position: index + 1,
    });
  });

  const taken = new Set(drafts.flatMap((draft) => (draft.code === null ? [] : [codeKey(draft.code)])));
  const width = Math.max(3, String(rows.length).length);
  const units = drafts.map(({ position, code, ...unit }): Unit => {
    if (code !== null) return { code, ...unit };
    // The row's position in the list, so a code does not move when an earlier rejected row is fixed.
    let number = position;
    while (taken.has(codeKey(generatedCode(number, width)))) number += 1;
    const generated = generatedCode(number, width);
    taken.add(codeKey(generated));
    return { code: generated, ...unit };
  });
  return notices.length > 0 ? { units, problems, notices } : { units, problems };
}

/** Levels a district row serves when its level cell is empty: every school level. */
const SCHOOL_LEVELS: readonly Level[] = LEVELS.filter((level) => level !== "chung");

function nonBlank(records: RawRecord[]): RawRecord[] {
  return records.filter((record) => !record.cells.every((cell) => cleanCell(cell) === ""));
}

/** Cells up to the last one holding anything: Excel pads rows with empty cells to the sheet's width. */
function filledWidth(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i -= 1) if (cleanCell(cells[i]) !== "") return i + 1;
  return 0;
}

function generatedCode(number: number, width: number): string {
  return GENERATED_CODE_PREFIX + String(number).padStart(width, "0");
}

/** Excel's MATCH and lookups ignore case, so codes that differ only in case would clash in the workbook. */
function codeKey(code: string): string {
  return code.toLocaleUpperCase("vi");
}

/**
 * NFC, one space between words, no surrounding space: what a person sees in
 * the cell. The one place unit text is cleaned, so control characters and
 * terminal escapes never get into a name or code.
 */
function cleanCell(cell: string): string {
  return withoutControlChars(cell.normalize("NFC").replace(/\s+/gu, " "))
    .replace(/ {2,}/g, " ")
    .trim();
}

// --- Levels ---------------------------------------------------------------

// Level words as they fold, most specific first (at one position the first
// alternative that matches wins). `null` marks words that name a kind of
// school, not a level: "PTDTBT TH" is a primary school.
const LEVEL_WORDS: ReadonlyArray<[source: string, levels: readonly Level[] | null]> = [
  ["pho thong dan toc (?:ban tru|noi tru)|ptdt ?bt|ptdt ?nt|dtbt|dtnt|truong|trung tam|cap|va", null],
  ["mam non|mau giao|nha tre|mn|mg", ["mam_non"]],
  ["tieu hoc|th", ["tieu_hoc"]],
  ["trung hoc co so|thcs", ["thcs"]],
  ["trung hoc pho thong|thpt", ["thpt"]],
  [
    "giao duc thuong xuyen|giao duc nghe nghiep|hoc tap cong dong|tt ?gdnn|tt ?gdtx|tthtcd|gdnn|gdtx|gdtt|xoa mu chu",
    ["gdtx"],
  ],
];

// Letters end a word; a digit does not, so "TH1 Vũ Lễ" is a primary school.
const LEVEL_PATTERN = new RegExp(
  `(?<![a-z0-9])(?:${LEVEL_WORDS.map(([source]) => `(${source})`).join("|")})(?![a-z])`,
  "g",
);

/** What may stand between level words in a level cell: "TH & THCS", "MN, TH", "GDNN-GDTX". */
const LEVEL_SEPARATORS = /^[\s,;/+&()\-–—.:|]*$/u;

/**
 * The levels a "Cấp học" cell names: "MN", "Tiểu học", "TH&THCS" (both),
 * "PTDTBT TH", "TTGDNN-GDTX"… Empty when any part of the cell is not a level
 * word, since a half-understood cell ("Liên cấp") would put a school under
 * the wrong targets.
 */
export function parseLevels(text: string): Level[] {
  const folded = foldText(text);
  const found = levelMatches(folded);
  const leftover = folded.replace(LEVEL_PATTERN, " ");
  if (!LEVEL_SEPARATORS.test(leftover)) return [];
  return inLevelOrder(found);
}

/** The levels a school's name shows ("Trường PTDTBT TH&THCS Pa Vệ Sử"), for rows with no "Cấp học". */
export function levelsInName(name: string): Level[] {
  return inLevelOrder(levelMatches(foldText(name)));
}

function levelMatches(folded: string): Level[] {
  const found: Level[] = [];
  for (const match of folded.matchAll(LEVEL_PATTERN)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    found.push(...(LEVEL_WORDS[group - 1][1] ?? []));
  }
  return found;
}

function inLevelOrder(levels: readonly Level[]): Level[] {
  return LEVELS.filter((level) => levels.includes(level));
}

// --- Columns --------------------------------------------------------------

type Columns = Partial<Record<Field, number>>;

/**
 * The columns of a header row, or null when the row is data. A header names
 * at least two different known columns, or is a lone known name ("Tên
 * trường" over a single column): one data cell that happens to read "Xã" or
 * "name" beside a school's name does not make a header, nor do two cells
 * reading "Trường" (a header never names one column twice).
 */
function headerColumns(cells: readonly string[]): Columns | null {
  const { columns, recognised } = headerNames(cells);
  const filled = cells.filter((cell) => cleanCell(cell) !== "").length;
  return recognised >= 2 || (recognised === 1 && filled === 1) ? columns : null;
}

/** The known column names in a row, and how many different kinds there are. */
function headerNames(cells: readonly string[]): { columns: Columns; recognised: number } {
  const columns: Columns = {};
  cells.forEach((cell, index) => {
    const name = foldText(cleanCell(cell)).replace(/\s*[:*]$/, "");
    for (const field of Object.keys(HEADER_ALIASES) as Field[]) {
      // The first column of a kind wins, as a person reading left to right would take it.
      if (HEADER_ALIASES[field].includes(name) && columns[field] === undefined) columns[field] = index;
    }
  });
  return { columns, recognised: Object.keys(columns).length };
}

/**
 * Name, level, commune, zone in that order, after a leading "STT" column of
 * row numbers when every row has one (cells copied with Excel's numbering).
 */
function headerlessColumns(rows: readonly RawRecord[]): Columns {
  const numbered = rows.every((row) => row.cells.length > 1 && /^\d{1,5}\.?$/.test(cleanCell(row.cells[0])));
  const shift = numbered ? 1 : 0;
  const columns: Columns = {};
  HEADERLESS_ORDER.forEach((field, index) => (columns[field] = index + shift));
  return columns;
}

// --- Splitting ------------------------------------------------------------

interface RawRecord {
  /** 1-based line where the record starts (a quoted cell may span lines). */
  line: number;
  cells: string[];
  /** Text after a closing quote, or a quote inside a cell: this split does not follow the quoting. */
  stray?: boolean;
}

type Delimiter = "\t" | ";" | ",";

/** In order of preference when two split a list equally well: cells copied from Excel, then Vietnamese Excel's CSV. */
const DELIMITERS: readonly Delimiter[] = ["\t", ";", ","];

/** Records looked at to choose the delimiter: enough for a header and a few rows. */
const DELIMITER_SAMPLE_RECORDS = 20;
/** Text looked at for them; a list's first rows are in it whatever its length. */
const DELIMITER_SAMPLE_CHARS = 64 * 1024;

/**
 * The delimiter that splits the list as its author meant, each candidate
 * split quote-aware. A header row it splits into known column names wins;
 * otherwise the one that gives most lines the same number of cells (Excel
 * writes the same number on every row), and a candidate that does not agree
 * on at least half the lines is no delimiter at all. So one tab or comma
 * inside a name cannot switch the file to tabs, and a one-column list of
 * names with commas is not split at them (null: no delimiter).
 */
function chooseDelimiter(text: string): Delimiter | null {
  const sample = text.slice(0, DELIMITER_SAMPLE_CHARS);
  let best: { delimiter: Delimiter; score: number[] } | null = null;
  for (const delimiter of DELIMITERS) {
    const records = nonBlank(splitRecords(sample, delimiter)).slice(0, DELIMITER_SAMPLE_RECORDS);
    // Nothing but delimiters and spaces: blank whichever way it is split.
    if (records.length === 0) return delimiter;
    const header = Math.max(0, ...records.slice(0, HEADER_SEARCH_ROWS).map((record) => headerNames(record.cells).recognised));
    const widths = records.map((record) => record.cells.length);
    const width = usualWidth(widths);
    const agreeing = widths.filter((count) => count === width).length;
    const headed = header >= 2;
    if (!headed && (width < 2 || agreeing * 2 < records.length)) continue;
    // A split that leaves text after a closing quote, or a quote inside a cell, is not how the list was quoted.
    const clean = records.filter((record) => !record.stray).length;
    const score = [headed ? header : 0, clean, agreeing, width];
    if (best === null || isGreater(score, best.score)) best = { delimiter, score };
  }
  return best?.delimiter ?? null;
}

/** Lexicographic comparison; equal is not greater, so earlier candidates keep ties. */
function isGreater(a: readonly number[], b: readonly number[]): boolean {
  const at = a.findIndex((value, i) => value !== b[i]);
  return at >= 0 && a[at] > b[at];
}

/** The most common number of cells above one (the widest on a tie), or 1 when every line is one cell. */
function usualWidth(widths: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const width of widths) if (width > 1) tally.set(width, (tally.get(width) ?? 0) + 1);
  let usual = 1;
  let most = 0;
  for (const [width, count] of tally) {
    if (count > most || (count === most && width > usual)) [usual, most] = [width, count];
  }
  return usual;
}

/**
 * RFC 4180 records: quotes around a cell allow the delimiter, line breaks and
 * doubled quotes inside it. An unterminated quote runs to the end of the text
 * rather than failing. A quote in the middle of a cell is taken literally.
 */
function splitRecords(text: string, delimiter: Delimiter | null): RawRecord[] {
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let cellStart = true;
  let closed = false;
  let stray = false;
  const endRecord = (): void => {
    cells.push(cell);
    records.push(stray ? { line: recordLine, cells, stray } : { line: recordLine, cells });
    stray = false;
    closed = false;
    cells = [];
    cell = "";
    cellStart = true;
    recordLine = line;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
        closed = true;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line += 1;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cellStart) {
      quoted = true;
      cellStart = false;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
      cellStart = true;
      closed = false;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      endRecord();
    } else {
      cell += char;
      if ((closed && char !== " ") || char === '"') stray = true;
      // Spaces before an opening quote (`a, "b"`) still let the quote open the cell.
      if (char !== " ") cellStart = false;
    }
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}
