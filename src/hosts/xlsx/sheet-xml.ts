// Reads cells straight from an .xlsx file's XML, without ExcelJS.
//
// Why: `chitieu check` on 500 units × 60 targets (30,000 Thực hiện rows) spent
// ~5 s and most of its ~570 MB in ExcelJS's `xlsx.load`, which builds an
// object for every one of ~500,000 cells (styles, formulas, validations…) and
// keeps the whole book. The reader only needs cell values, so this unzips
// (./inflate.ts: Node's zlib, or fflate in a browser), finds sheets by name through xl/workbook.xml and its
// rels, and scans the sheet XML, handing each cell's value to a callback
// and skipping the cells the caller does not want unparsed.

import { DocumentReadError } from "../../readers/errors";
import { errorMessage } from "../../readers/error-message";
import { megabytes, READ_LIMITS } from "../../readers/limits";
import { checkPartSize, checkZipDirectory, entryData, type ZipEntry, zipEntries, type ZipLimits } from "../../readers/zip";
import type { CellValue } from "../../domain/tracking";
import { slideFormula } from "../../workbook/a1";
import type { BookCell, SheetCells } from "../../workbook/book";
import { inflatePart } from "./inflate";

/** A cell as a formula sees it, and whether it holds a formula (its value is then the cached result). */
export type RawCell = BookCell;

/** The file is not a zip, or not a workbook's XML; the caller reports it as unreadable. */
export class XlsxFormatError extends Error {}

/** Every part of an .xlsx is read whole; each must fit this, however it is packed. */
const XLSX_LIMITS: ZipLimits = { partBytes: () => READ_LIMITS.xlsxPartBytes, parsed: () => true };

/**
 * Zip entries by name, inflated on demand (stored and deflated entries; no
 * zip64, no encryption). The directory is checked first (part count,
 * declared sizes, bomb ratio); inflating then stops at the part limit
 * whatever size was declared. Limits throw DocumentReadError.
 */
function unzip(bytes: Uint8Array, file: string): Map<string, () => Uint8Array> {
  let found: ZipEntry[];
  try {
    found = zipEntries(bytes);
  } catch (error) {
    throw new XlsxFormatError(errorMessage(error));
  }
  checkZipDirectory(found, file, XLSX_LIMITS);
  const entries = new Map<string, () => Uint8Array>();
  for (const entry of found) {
    entries.set(entry.name, () => {
      let stored: Uint8Array;
      try {
        stored = entryData(bytes, entry);
      } catch (error) {
        throw new XlsxFormatError(errorMessage(error));
      }
      if (entry.method === 0) return stored;
      if (entry.method !== 8) throw new XlsxFormatError("unsupported zip method");
      const cap = XLSX_LIMITS.partBytes(entry.name);
      const inflated = inflatePart(stored, cap);
      if (inflated === null) throw new DocumentReadError("readErrorPartTooLarge", { file, part: entry.name, limit: megabytes(cap) });
      checkPartSize(entry, inflated.length, file, XLSX_LIMITS);
      return inflated;
    });
  }
  return entries;
}

const decoder = new TextDecoder("utf-8");
const utf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

/** Element name without its namespace prefix (`x:c` → `c`). */
const local = (name: string): string => name.slice(name.indexOf(":") + 1);

/** An attribute by local name, whatever its prefix (`r:id`). */
function attribute(tag: Tag, name: string): string | undefined {
  const attributes = tag.attributes;
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (local(key) === name) return attributes[key];
  return undefined;
}

/** The small parts (workbook, rels, shared strings), whole. */
function parseXml(xml: Uint8Array, handlers: { open(tag: Tag): void; close(name: string): void; text(text: string): void }): void {
  scanXml(utf8(xml), { ...handlers, wantsText: () => true });
}

/** An element's name (with any prefix) and attributes. */
interface Tag {
  name: string;
  attributes: Record<string, string>;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** Whether every quoted attribute value in a tag's text so far is closed. */
function quotesClosed(body: string): boolean {
  let quote = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
  }
  return quote === 0;
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * A small XML scanner. saxes (ExcelJS's parser) checks every character of the
 * big sheet's ~50 MB, formulas included: ~1.7 s. This jumps from "<" to "<"
 * with String.indexOf (Buffer.indexOf crosses into C++ on every call, which
 * cost more than it saved) and lets the caller skip whole cells it does not
 * need. It knows elements, attributes, text, CDATA, comments and processing
 * instructions, which is all a worksheet part holds; a file cut short or with
 * an unclosed tag is an error. No DTDs or custom entities (xlsx has none).
 */
function scanXml(
  xml: string,
  handlers: {
    /** Returning true skips the element's content and its closing tag. */
    open(tag: Tag): boolean | void;
    close(name: string): void;
    text(text: string): void;
    wantsText(): boolean;
  },
): void {
  const LT = "<";
  const GT = ">";
  let depth = 0;
  let pos = xml.indexOf(LT);
  if (pos < 0) throw new XlsxFormatError("not XML");
  while (pos >= 0 && pos < xml.length) {
    const next = xml.charCodeAt(pos + 1);
    if (next === 0x3f) {
      // <? … ?>
      const end = xml.indexOf("?>", pos + 2);
      if (end < 0) throw new XlsxFormatError("unclosed processing instruction");
      pos = end + 2;
    } else if (next === 0x21) {
      const opening = xml.slice(pos, pos + 9);
      if (opening.startsWith("<!--")) {
        const end = xml.indexOf("-->", pos + 4);
        if (end < 0) throw new XlsxFormatError("unclosed comment");
        pos = end + 3;
      } else if (opening === "<![CDATA[") {
        const end = xml.indexOf("]]>", pos + 9);
        if (end < 0) throw new XlsxFormatError("unclosed CDATA");
        if (handlers.wantsText()) handlers.text(xml.slice(pos + 9, end));
        pos = end + 3;
      } else {
        const end = xml.indexOf(GT, pos);
        if (end < 0) throw new XlsxFormatError("unclosed declaration");
        pos = end + 1;
      }
    } else if (next === 0x2f) {
      const end = xml.indexOf(GT, pos);
      if (end < 0) throw new XlsxFormatError("unclosed tag");
      if (--depth < 0) throw new XlsxFormatError("unbalanced tags");
      handlers.close(local(xml.slice(pos + 2, end).trim()));
      pos = end + 1;
    } else {
      // An opening tag: its ">" is the first one outside quoted attribute values.
      let end = xml.indexOf(GT, pos);
      let body = end < 0 ? "" : xml.slice(pos + 1, end);
      while (end >= 0 && !quotesClosed(body)) {
        end = xml.indexOf(GT, end + 1);
        body = end < 0 ? "" : xml.slice(pos + 1, end);
      }
      if (end < 0) throw new XlsxFormatError("unclosed tag");
      const selfClosing = body.endsWith("/");
      if (selfClosing) body = body.slice(0, -1);
      let space = 0;
      while (space < body.length && body.charCodeAt(space) > 0x20) space++;
      const name = body.slice(0, space);
      const attributes: Record<string, string> = {};
      if (space < body.length) {
        for (const match of body.slice(space).matchAll(ATTRIBUTE)) attributes[match[1]] = unescapeXml(match[2] ?? match[3] ?? "");
      }
      const skip = handlers.open({ name, attributes }) === true;
      pos = end + 1;
      if (skip && !selfClosing) {
        const close = xml.indexOf(`</${name}>`, pos);
        if (close < 0) throw new XlsxFormatError("unclosed element");
        pos = close + name.length + 3;
      } else if (selfClosing) handlers.close(local(name));
      else depth++;
    }
    // Text up to the next tag.
    const lt = xml.indexOf(LT, pos);
    const stop = lt < 0 ? xml.length : lt;
    if (stop > pos && handlers.wantsText()) handlers.text(unescapeXml(xml.slice(pos, stop)));
    pos = lt;
  }
  if (depth !== 0) throw new XlsxFormatError("unclosed element");
}

/** 1-based column and row of an A1 reference; 0 for a part that is missing. */
function parseRef(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break; // "$"
  }
  const row = Number.parseInt(ref.slice(i).replace("$", ""), 10);
  return { col, row: Number.isFinite(row) ? row : 0 };
}

/** Resolves a relationship target against the folder of the part that holds the rels. */
function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

function relsOf(entries: Map<string, () => Uint8Array>, part: string): Map<string, { type: string; target: string }> {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const rels = new Map<string, { type: string; target: string }>();
  const read = entries.get(relsPath);
  if (!read) return rels;
  parseXml(read(), {
    open(tag) {
      if (local(tag.name) !== "Relationship") return;
      const id = attribute(tag, "Id");
      const target = attribute(tag, "Target");
      if (id !== undefined && target !== undefined) rels.set(id, { type: attribute(tag, "Type") ?? "", target: resolve(part, target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** Text of `<si>` items or an inline `<is>`: its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
class TextCollector {
  private depthInT = 0;
  private inPhonetic = 0;
  text = "";

  open(name: string): void {
    if (name === "t" && this.inPhonetic === 0) this.depthInT++;
    else if (name === "rPh") this.inPhonetic++;
  }

  close(name: string): void {
    if (name === "t" && this.inPhonetic === 0 && this.depthInT > 0) this.depthInT--;
    else if (name === "rPh") this.inPhonetic--;
  }

  add(text: string): void {
    if (this.depthInT > 0) this.text += text;
  }
}

function readSharedStrings(xml: Uint8Array): string[] {
  const strings: string[] = [];
  let item: TextCollector | null = null;
  parseXml(xml, {
    open(tag) {
      const name = local(tag.name);
      if (name === "si") item = new TextCollector();
      else item?.open(name);
    },
    close(name) {
      if (name === "si" && item) {
        strings.push(item.text);
        item = null;
      } else item?.close(name);
    },
    text(text) {
      item?.add(text);
    },
  });
  return strings;
}

/** The value of a `<c>` as ExcelJS would give it to our reader: "" is blank, booleans are text. */
function cellValue(type: string, v: string | null, inline: string | null, strings: string[]): CellValue {
  switch (type) {
    case "s": {
      if (v === null) return null;
      const text = strings[Number.parseInt(v, 10)];
      return text === undefined || text === "" ? null : text;
    }
    case "inlineStr":
      return inline === null || inline === "" ? (v === null || v === "" ? null : v) : inline;
    case "str":
      return v === null || v === "" ? null : v;
    case "b":
      // Excel's ISNUMBER(TRUE) is FALSE: a logical value where a number belongs is text.
      return v === null || v === "" ? null : Number(v) !== 0 ? "TRUE" : "FALSE";
    case "e":
      return v === null || v === "" ? null : { error: v.trim() };
    default: {
      // "n", "d" (ISO dates are rare; read as text then) or no type.
      if (v === null || v.trim() === "") return null;
      if (type === "d") return v;
      const number = Number(v);
      if (Number.isNaN(number)) return v;
      return Number.isFinite(number) ? number : { error: "#NUM!" };
    }
  }
}

/** Excel's built-in number formats by id (ECMA-376 §18.8.30); the others are in styles.xml. */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The number format of each cell style (`<c s="…">` indexes cellXfs); null for General. */
function readCellFormats(xml: Uint8Array): (string | null)[] {
  const custom = new Map<number, string>();
  const formats: (string | null)[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(tag) {
      const name = local(tag.name);
      if (name === "numFmt") {
        const id = Number.parseInt(attribute(tag, "numFmtId") ?? "", 10);
        const code = attribute(tag, "formatCode");
        if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number.parseInt(attribute(tag, "numFmtId") ?? "0", 10);
        formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null);
      }
    },
    close(name) {
      if (local(name) === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return formats;
}

/** Calls `onCell` for every cell with a value or a formula, in file order (rows may come in any order); with `formats`, each cell's number format too. */
function readCells(
  xml: Uint8Array,
  strings: string[],
  onCell: (row: number, col: number, cell: RawCell) => void,
  keep: (row: number, col: number) => boolean,
  formats: (string | null)[] | null = null,
): void {
  let row = 0;
  let numFmt: string | null = null;
  let col = 0;
  let inCell = false;
  let type = "n";
  let formula = false;
  let v: string | null = null;
  let inV = false;
  let inline: TextCollector | null = null;
  // The formula's text, and for a shared formula its group: later cells of a group hold no text of their own.
  let f: { text: string; shared: string | null } | null = null;
  let inF = false;
  const sharedFormulas = new Map<string, { text: string; row: number; col: number }>();
  const formulaText = (): string | undefined => {
    if (f === null) return undefined;
    if (f.shared === null) return f.text === "" ? undefined : f.text;
    if (f.text !== "") {
      sharedFormulas.set(f.shared, { text: f.text, row, col });
      return f.text;
    }
    const first = sharedFormulas.get(f.shared);
    return first === undefined ? undefined : slideFormula(first.text, row - first.row, col - first.col);
  };
  scanXml(utf8(xml), {
    wantsText: () => inV || inF || inline !== null,
    open(tag) {
      const name = local(tag.name);
      if (inCell) {
        if (name === "v") {
          inV = true;
          v = "";
        } else if (name === "f") {
          formula = true;
          inF = true;
          f = { text: "", shared: attribute(tag, "t") === "shared" ? (attribute(tag, "si") ?? null) : null };
        } else if (name === "is") inline = new TextCollector();
        else inline?.open(name);
      } else if (name === "c") {
        const ref = attribute(tag, "r");
        const at = ref === undefined ? { col: 0, row: 0 } : parseRef(ref);
        if (at.row > 0) row = at.row;
        col = at.col > 0 ? at.col : col + 1;
        if (!keep(row, col)) return true;
        inCell = true;
        type = attribute(tag, "t") ?? "n";
        numFmt = formats === null ? null : (formats[Number.parseInt(attribute(tag, "s") ?? "0", 10)] ?? null);
        formula = false;
        f = null;
        v = null;
        inline = null;
      } else if (name === "row") {
        const r = Number.parseInt(attribute(tag, "r") ?? "", 10);
        row = Number.isFinite(r) && r > 0 ? r : row + 1;
        col = 0;
      }
    },
    close(name) {
      if (!inCell) return;
      if (name === "c") {
        inCell = false;
        const value = cellValue(type, v, inline === null ? null : (inline as TextCollector).text, strings);
        const format = numFmt === null ? {} : { numFmt };
        if (!formula) {
          if (value !== null) onCell(row, col, { value, formula, ...format });
          return;
        }
        const text = formulaText();
        onCell(row, col, text === undefined ? { value, formula, ...format } : { value, formula, formulaText: text, ...format });
      } else if (name === "v") inV = false;
      else if (name === "f") inF = false;
      else inline?.close(name);
    },
    text(text) {
      if (inV) v += text;
      else if (inF && f !== null) f.text += text;
      else inline?.add(text);
    },
  });
}

/** The sheets of a workbook by name, and their cells. */
export class XlsxBook {
  private readonly entries: Map<string, () => Uint8Array>;
  private readonly sheets = new Map<string, string>();
  private strings: string[] | null = null;
  private formats: (string | null)[] | null = null;
  private readonly sharedStringsPath: string | null;
  private readonly stylesPath: string | null;

  /** `file` names the workbook in the messages of a file refused as too large. */
  constructor(bytes: Uint8Array, file = "workbook.xlsx") {
    this.entries = unzip(bytes, file);
    const office = [...relsOf(this.entries, "").values()].find((rel) => rel.type.endsWith("/officeDocument"));
    const workbookPath = office?.target ?? "xl/workbook.xml";
    const read = this.entries.get(workbookPath);
    if (!read) throw new XlsxFormatError("no workbook part");
    const rels = relsOf(this.entries, workbookPath);
    parseXml(read(), {
      open: (tag) => {
        if (local(tag.name) !== "sheet") return;
        const name = attribute(tag, "name");
        const target = rels.get(attribute(tag, "id") ?? "")?.target;
        if (name !== undefined && target !== undefined && !this.sheets.has(name)) this.sheets.set(name, target);
      },
      close() {},
      text() {},
    });
    const shared = [...rels.values()].find((rel) => rel.type.endsWith("/sharedStrings"));
    this.sharedStringsPath = shared?.target ?? null;
    this.stylesPath = [...rels.values()].find((rel) => rel.type.endsWith("/styles"))?.target ?? null;
  }

  private cellFormats(): (string | null)[] {
    if (this.formats === null) {
      const read = this.stylesPath === null ? undefined : this.entries.get(this.stylesPath);
      this.formats = read ? readCellFormats(read()) : [];
    }
    return this.formats;
  }

  /**
   * When the file was last saved, from its core properties (dcterms:modified,
   * which Excel, LibreOffice and WPS set on saving), ISO 8601; null when absent.
   */
  savedAt(): string | null {
    const read = this.entries.get("docProps/core.xml");
    if (!read) return null;
    const match = /<dcterms:modified\b[^>]*>([^<]+)<\/dcterms:modified>/.exec(utf8(read()));
    const time = match === null ? NaN : Date.parse(match[1].trim());
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  }

  /** Every sheet's name in the workbook's order: a user's own sheets have names nobody can guess. */
  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  hasSheet(name: string): boolean {
    const path = this.sheets.get(name);
    return path !== undefined && this.entries.has(path);
  }

  private sharedStrings(): string[] {
    if (this.strings === null) {
      const read = this.sharedStringsPath === null ? undefined : this.entries.get(this.sharedStringsPath);
      this.strings = read ? readSharedStrings(read()) : [];
    }
    return this.strings;
  }

  /**
   * Every cell of a sheet with a value or a formula; false when there is no
   * such sheet. Cells `keep` turns down are skipped without being parsed.
   */
  eachCell(
    name: string,
    onCell: (row: number, col: number, cell: RawCell) => void,
    keep: (row: number, col: number) => boolean = () => true,
    withFormats = false,
  ): boolean {
    const path = this.sheets.get(name);
    const read = path === undefined ? undefined : this.entries.get(path);
    if (!read) return false;
    readCells(read(), this.sharedStrings(), onCell, keep, withFormats ? this.cellFormats() : null);
    return true;
  }

  /** A small sheet's cells by "row:col". */
  cells(name: string): Map<string, RawCell> | null {
    const cells = new Map<string, RawCell>();
    return this.eachCell(name, (row, col, cell) => cells.set(`${row}:${col}`, cell)) ? cells : null;
  }

  /**
   * A sheet's cells by row, then column, as src/workbook/read-book.ts takes
   * them; null when there is no such sheet. `withFormats` adds each cell's
   * number format (for carrying user cells into a rewrite; the reader has no use for it).
   */
  sheetCells(name: string, withFormats = false): SheetCells | null {
    const rows: SheetCells = new Map();
    const found = this.eachCell(
      name,
      (row, col, cell) => {
        let cells = rows.get(row);
        if (!cells) rows.set(row, (cells = new Map()));
        cells.set(col, cell);
      },
      undefined,
      withFormats,
    );
    return found ? rows : null;
  }
}
