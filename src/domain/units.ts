// Lists of units (schools) from what an office already has: a CSV saved from
// Excel (comma or semicolon), or cells copied from a sheet (tab-separated),
// with or without a header row. Pure and total: any text gives units plus a
// list of problems, one per line that could not be used; nothing throws.

import type { MessageKey } from "../i18n/messages";
import { LEVELS, type Level } from "./plan";
import type { Unit } from "./tracking";
import { largest } from "./largest";

/** Catalog keys of the problems a unit list can have. */
export type UnitProblemKey = Extract<
  MessageKey,
  "unitsMissingName" | "unitsDuplicateCode" | "unitsUnknownLevel" | "unitsNoLevel" | "unitsNoNameColumn"
>;

/** One line that could not be used, with what is wrong as a catalog key and its parameters. */
export interface UnitProblem {
  /** 1-based line of the text where the row starts. */
  line: number;
  key: UnitProblemKey;
  params: Record<string, string | number>;
}

export interface ParsedUnits {
  units: Unit[];
  problems: UnitProblem[];
}

type Field = "code" | "name" | "level" | "commune" | "zone";

// Header names as they fold (lower case, no tone marks, "đ" → "d"); see fold().
// Exact matches only, so a data cell such as "Trường MN Hoa Ban" is never a header.
const HEADER_ALIASES: Record<Field, readonly string[]> = {
  code: ["ma don vi", "ma dv", "ma truong", "ma", "ma so", "code", "unit code"],
  name: ["ten don vi", "ten truong", "don vi", "truong", "ten", "ten co so", "co so giao duc", "name", "unit", "school"],
  level: ["cap hoc", "cap", "bac hoc", "level", "levels"],
  commune: ["xa", "xa/thi tran", "xa, thi tran", "xa/phuong", "xa, phuong", "dia ban", "commune"],
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
  const records = splitRecords(text.replace(/^\uFEFF/, ""), detectDelimiter(text)).filter(
    (record) => !record.cells.every((cell) => cleanCell(cell) === ""),
  );
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

  const problems: UnitProblem[] = [];
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
    const levels = levelText === "" ? levelsInName(name) : parseLevels(levelText);
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
    drafts.push({
      code: code === "" ? null : code,
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
  return { units, problems };
}

function generatedCode(number: number, width: number): string {
  return GENERATED_CODE_PREFIX + String(number).padStart(width, "0");
}

/** Excel's MATCH and lookups ignore case, so codes that differ only in case would clash in the workbook. */
function codeKey(code: string): string {
  return code.toLocaleUpperCase("vi");
}

/** NFC, one space between words, no surrounding space: what a person sees in the cell. */
function cleanCell(cell: string): string {
  return cell.normalize("NFC").replace(/\s+/gu, " ").trim();
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
  const folded = fold(text);
  const found = levelMatches(folded);
  const leftover = folded.replace(LEVEL_PATTERN, " ");
  if (!LEVEL_SEPARATORS.test(leftover)) return [];
  return inLevelOrder(found);
}

/** The levels a school's name shows ("Trường PTDTBT TH&THCS Pa Vệ Sử"), for rows with no "Cấp học". */
export function levelsInName(name: string): Level[] {
  return inLevelOrder(levelMatches(fold(name)));
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

/** Lower case without tone marks, so "Mam non", "MẦM NON" and decomposed text all read alike. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐÐ]/g, "d")
    .toLowerCase();
}

// --- Columns --------------------------------------------------------------

type Columns = Partial<Record<Field, number>>;

/**
 * The columns of a header row, or null when the row is data. A header names
 * at least two known columns, or is a lone known name ("Tên trường" over a
 * single column): one data cell that happens to read "Xã" or "name" beside
 * a school's name does not make a header.
 */
function headerColumns(cells: readonly string[]): Columns | null {
  const columns: Columns = {};
  let recognised = 0;
  cells.forEach((cell, index) => {
    const name = fold(cleanCell(cell)).replace(/\s*[:*]$/, "");
    for (const field of Object.keys(HEADER_ALIASES) as Field[]) {
      if (!HEADER_ALIASES[field].includes(name)) continue;
      recognised += 1;
      // The first column of a kind wins, as a person reading left to right would take it.
      if (columns[field] === undefined) columns[field] = index;
    }
  });
  const filled = cells.filter((cell) => cleanCell(cell) !== "").length;
  return recognised >= 2 || (recognised === 1 && filled === 1) ? columns : null;
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
}

type Delimiter = "\t" | ";" | ",";

/** Lines looked at to choose the delimiter: enough for a header and a few rows. */
const DELIMITER_SAMPLE_LINES = 20;

/**
 * Tab when any is present (cells copied from Excel), otherwise ";" or ",":
 * Excel with Vietnamese regional settings saves CSV with ";" since "," is its
 * decimal mark. Excel writes the same number of delimiters on every row and
 * quotes only cells holding its own delimiter, so the candidate whose count
 * agrees across most lines wins, and a name such as "Trường A, B" in a ";"
 * file cannot tip the choice.
 */
function detectDelimiter(text: string): Delimiter {
  const counts: Record<";" | ",", number[]> = { ";": [0], ",": [0] };
  let quoted = false;
  for (let i = 0; i < text.length && counts[","].length <= DELIMITER_SAMPLE_LINES; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === "\t") return "\t";
    else if (char === ";" || char === ",") counts[char][counts[char].length - 1] += 1;
    else if (char === "\n") {
      counts[";"].push(0);
      counts[","].push(0);
    }
  }
  const semicolon = agreement(counts[";"]);
  const comma = agreement(counts[","]);
  if (semicolon.lines !== comma.lines) return semicolon.lines > comma.lines ? ";" : ",";
  return semicolon.total > comma.total ? ";" : ",";
}

/** How many lines share the most common non-zero count, and the total count. */
function agreement(perLine: readonly number[]): { lines: number; total: number } {
  const tally = new Map<number, number>();
  for (const count of perLine) if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
  return { lines: largest(tally.values(), 0), total: perLine.reduce((sum, count) => sum + count, 0) };
}

/**
 * RFC 4180 records: quotes around a cell allow the delimiter, line breaks and
 * doubled quotes inside it. An unterminated quote runs to the end of the text
 * rather than failing. A quote in the middle of a cell is taken literally.
 */
function splitRecords(text: string, delimiter: Delimiter): RawRecord[] {
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let cellStart = true;
  const endRecord = (): void => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
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
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      endRecord();
    } else {
      cell += char;
      // Spaces before an opening quote (`a, "b"`) still let the quote open the cell.
      if (char !== " ") cellStart = false;
    }
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}
