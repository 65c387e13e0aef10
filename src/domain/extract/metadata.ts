// The plan's identity from its header block: who issued it, the body above
// the issuer, the level of government and the area the plan belongs to, its
// number and date, its title, the school year or period it covers, and its
// genre. Administrative documents (Nghị định 30/2020/NĐ-CP) put these in the
// first lines: the governing body above the issuing body on the left, the
// national motto on the right. News articles and excerpts name the issuer in
// running text instead ("UBND xã Tu Vũ vừa ban hành kế hoạch…").
//
// Since 1 July 2025 local government has two tiers: xã/phường/đặc khu under
// the tỉnh or the thành phố trực thuộc trung ương. Older plans come from the
// huyện tier (UBND huyện, Phòng GD&ĐT), which is still read.

import type { GovernmentLevel, PlanMeta } from "../plan";
import { readGenre, TITLE_GENRES } from "./genre";
import type { NormalizedDocument } from "./normalize";
import { findPeriod, findPlanPeriod, firstRange } from "./periods";

export type OrganKind = "government" | "agency" | "party" | "school";

export interface Organ {
  /** The name as running text writes it; header capitals match it too. */
  name: string;
  kind: OrganKind;
  /** The level the organ belongs to whatever area follows ("Sở" → tỉnh). */
  level?: GovernmentLevel;
  /** The area word a bare place name after the organ stands for ("Tỉnh ủy Phú Thọ" → tỉnh). */
  areaWord?: string;
}

/** Bodies that issue plans, reports and resolutions, the longer names first. */
export const ORGANS: readonly Organ[] = [
  { name: "Ủy ban nhân dân", kind: "government" },
  { name: "Uỷ ban nhân dân", kind: "government" },
  { name: "UBND", kind: "government" },
  { name: "Hội đồng nhân dân", kind: "government" },
  { name: "HĐND", kind: "government" },
  { name: "Sở Giáo dục và Đào tạo", kind: "agency", level: "tinh", areaWord: "tỉnh" },
  { name: "Sở Giáo dục", kind: "agency", level: "tinh", areaWord: "tỉnh" },
  { name: "Sở GD&ĐT", kind: "agency", level: "tinh", areaWord: "tỉnh" },
  { name: "Sở GDĐT", kind: "agency", level: "tinh", areaWord: "tỉnh" },
  { name: "Sở GD-ĐT", kind: "agency", level: "tinh", areaWord: "tỉnh" },
  { name: "Phòng Giáo dục và Đào tạo", kind: "agency", level: "huyen" },
  { name: "Phòng Giáo dục", kind: "agency", level: "huyen" },
  { name: "Phòng GD&ĐT", kind: "agency", level: "huyen" },
  { name: "Phòng GDĐT", kind: "agency", level: "huyen" },
  { name: "Phòng GD-ĐT", kind: "agency", level: "huyen" },
  // The xã's office for education since the two-tier reform.
  { name: "Phòng Văn hóa - Xã hội", kind: "agency", level: "xa" },
  { name: "Phòng Văn hoá - Xã hội", kind: "agency", level: "xa" },
  { name: "Ban Chấp hành Đảng bộ", kind: "party" },
  { name: "Đảng bộ", kind: "party" },
  { name: "Đảng ủy", kind: "party" },
  { name: "Đảng uỷ", kind: "party" },
  { name: "Tỉnh ủy", kind: "party", level: "tinh", areaWord: "tỉnh" },
  { name: "Tỉnh uỷ", kind: "party", level: "tinh", areaWord: "tỉnh" },
  { name: "Thành ủy", kind: "party", areaWord: "thành phố" },
  { name: "Thành uỷ", kind: "party", areaWord: "thành phố" },
  { name: "Huyện ủy", kind: "party", level: "huyen", areaWord: "huyện" },
  { name: "Huyện uỷ", kind: "party", level: "huyen", areaWord: "huyện" },
  { name: "Trường", kind: "school" },
];

export interface AreaWord {
  word: string;
  /** "city": tỉnh level for the cities under the centre, huyện level for the others. */
  level: GovernmentLevel | "city";
  /** How the area is written out when `word` is an abbreviation. */
  written?: string;
  /** Words that, following, make it no area ("xã hội"). */
  notBefore?: readonly string[];
}

/** Words that open an area name, the longer first ("thị xã" before "xã"). */
export const AREA_WORDS: readonly AreaWord[] = [
  { word: "thị xã", level: "huyen" },
  { word: "thị trấn", level: "xa" },
  { word: "đặc khu", level: "xa" },
  { word: "xã", level: "xa", notBefore: ["hội"] },
  { word: "phường", level: "xa" },
  { word: "huyện", level: "huyen" },
  { word: "quận", level: "huyen" },
  { word: "tỉnh", level: "tinh" },
  { word: "thành phố", level: "city" },
  { word: "TP.", level: "city", written: "thành phố" },
  { word: "TP", level: "city", written: "thành phố" },
];

/** Cities under the centre (thành phố trực thuộc trung ương), of tỉnh level. */
export const CENTRAL_CITIES: readonly string[] = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

/** The right-hand column of a header block: the national and the Party motto. */
export const HEADER_MOTTOS: readonly string[] = [
  "Cộng hòa xã hội chủ nghĩa Việt Nam",
  "Cộng hoà xã hội chủ nghĩa Việt Nam",
  "Đảng Cộng sản Việt Nam",
  "Độc lập - Tự do - Hạnh phúc",
];

/** Issuer codes ending a document number ("…/KH-UBND") that the place of issue completes. */
export const ORGAN_ABBREVIATIONS: readonly string[] = ["UBND", "HĐND", "SGDĐT", "SGD&ĐT", "PGDĐT", "PGD&ĐT"];

/** Verbs whose subject is the plan's issuer ("UBND xã Tu Vũ vừa ban hành…"). */
export const ISSUING_VERBS: readonly string[] = [
  "ban hành", "xây dựng", "tổ chức", "phê duyệt", "đề ra", "triển khai", "thông qua", "công nhận", "quyết định",
];

/** Phrases naming where reported figures come from ("Theo báo cáo của Phòng GD&ĐT…"). */
export const SOURCE_PHRASES: readonly string[] = [
  "theo báo cáo của", "theo thống kê của", "theo số liệu của", "theo đánh giá của",
];

/** Capitalised words that end a place name in an all-capitals line ("XÃ TU VŨ GIAI ĐOẠN…"). */
export const NAME_STOPS: readonly string[] = [
  "giai đoạn", "năm", "nhiệm kỳ", "nhiệm kì", "đến", "tầm nhìn", "định hướng", "và", "trong", "theo", "lần thứ",
  "khóa", "khoá", "về", "của", "trên", "tại",
];

const HEADER_LINES = 40;
/** Running-text issuers are looked for this far into the text. */
const LEAD_CHARS = 3000;
/** A period is looked for this far into the text when the title names none. */
const PERIOD_LEAD_CHARS = 2000;
/** Longer header cells are paragraphs, not the name of a body. */
const HEADER_CELL_CHARS = 120;
/** A header line is read this far: the left cell, the motto beside it and some slack. */
const HEADER_LINE_CHARS = 400;
/** A title names its area this far in. */
const TITLE_AREA_CHARS = 400;
/** The issuer as the header writes it is kept to this length. */
const ISSUER_CHARS = 80;
/** A place name has at most this many words ("Bà Rịa - Vũng Tàu"). */
const NAME_WORDS = 5;

const NUMBER = /(?:^|\s)Số\s?:?\s*(\d*\s?\/\s?[\p{Lu}Đ][\p{L}\d&\-–\s]{1,20}?)(?=\s{2,}|\s[\p{Lu}][\p{Ll}]|$|,|\s*\|)/u;
const DATE = /(?:ngày\s+(\d{1,2})\s+)?(?:ngày\s+)?tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const TITLE_WORDS = TITLE_GENRES.map(({ word }) => word).join("|");
const TITLE_HEAD = new RegExp(`^(?:\\*+)?\\s*(${TITLE_WORDS})\\s*(?:\\*+)?\\s*$`, "u");
const TITLE_LINE = new RegExp(`^(?:\\*+)?\\s*(?:${TITLE_WORDS})\\s+\\S`, "u");
// "Bắc Sơn, ngày 5 tháng 9 năm 2024": the place of issue after the number.
const PLACE_OF_ISSUE = /^\s*\|?\s*([\p{Lu}][\p{Ll}]*(?:\s[\p{Lu}][\p{Ll}]*){0,4})\s*,\s*ngày/u;
// Before a body's name: a citation ("… của UBND tỉnh") or a person's office.
const NOT_ISSUER_BEFORE = /(?:của|cho|với|tại|Chủ tịch|Giám đốc|Trưởng|Bí thư|[Ll]ãnh đạo)\s*$/u;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A phrase as a regex source: any run of spaces, any dash. */
const phraseSource = (s: string): string => escape(s).replace(/\s*-\s*/g, "\\s*[-–—]\\s*").replace(/\s+/g, "\\s+");
const alternation = (phrases: readonly string[]): string =>
  [...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join("|");

const NOT_WORD_AFTER = "(?![\\p{L}\\d])";
const ORGAN_SOURCE = `(?:${alternation(ORGANS.map((o) => o.name))})${NOT_WORD_AFTER}`;
const ORGAN_AT = new RegExp(ORGAN_SOURCE, "iuy");
const ORGAN_FIND = new RegExp(`(?<![\\p{L}\\d/\\-])${ORGAN_SOURCE}`, "giu");
const ORGAN_EXACT = ORGANS.map((organ) => ({ organ, re: new RegExp(`^${phraseSource(organ.name)}$`, "iu") }));
const areaSource = (a: AreaWord): string =>
  `${phraseSource(a.word)}${/\p{L}$/u.test(a.word) ? NOT_WORD_AFTER : ""}` +
  (a.notBefore ? `(?!\\s+(?:${a.notBefore.map(phraseSource).join("|")})${NOT_WORD_AFTER})` : "");
const AREA_SOURCE = `(?:${AREA_WORDS.map(areaSource).join("|")})`;
const AREA_AT = new RegExp(`\\s*(${AREA_SOURCE})`, "iuy");
const AREA_FIND = new RegExp(`(?<![\\p{L}\\d])${AREA_SOURCE}`, "giu");
const PAREN_AT = /\s*\([^()]{1,12}\)/uy;
const NAME_WORD_AT = /(?:\s+|\s*[-–]\s*)([\p{Lu}][\p{L}]*|\d{1,3}(?![\p{L}\d]))/uy;
const NAME_STOP = new RegExp(`^(?:${alternation(NAME_STOPS)})${NOT_WORD_AFTER}`, "iu");
const ISSUING_AT = new RegExp(
  // an optional ", tỉnh Phú Thọ" or "(Hà Nội)" between the name and the verb
  `(?:\\s*,\\s*(?:tỉnh|thành phố|TP\\.?)\\s+[^,;.()]{1,30}?)?(?:\\s*\\([^()]{1,40}\\))?` +
    `\\s+(?:(?:vừa|đã|mới|chính thức)\\s+)*(?:${alternation(ISSUING_VERBS)})${NOT_WORD_AFTER}`,
  "iuy",
);
const SOURCE_FIND = new RegExp(`(?:${alternation(SOURCE_PHRASES)})\\s+`, "giu");
const MOTTO = new RegExp(alternation(HEADER_MOTTOS), "giu");
const CITY_NAMES = new Set(CENTRAL_CITIES.map((c) => c.toLowerCase()));

interface Area {
  entry: AreaWord;
  /** As the text writes it ("TỈNH PHÚ THỌ"). */
  raw: string;
  /** In its normal written case ("tỉnh Phú Thọ"). */
  display: string;
  name: string;
}

interface Mention {
  organ: Organ;
  /** As the text writes it, an abbreviation in brackets left out. */
  text: string;
  area: Area | null;
  /** Whether a place follows the organ (an area or a bare name). */
  named: boolean;
  end: number;
}

interface Issuer {
  text: string;
  /** The level the issuer's own name says, if any. */
  level: GovernmentLevel | null;
  area: Area | null;
  /** A place the issuer names without an area word ("UBND Bắc Sơn"). */
  place: string | null;
}

function clean(s: string): string {
  return s.replace(/\*+/g, "").replace(/\s+/g, " ").trim();
}

const isUpperCase = (s: string): boolean => s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** "PHÚ THỌ" → "Phú Thọ"; words already in mixed case stay as written. */
function normalCase(name: string): string {
  return name
    .split(" ")
    .map((w) => (isUpperCase(w) ? w[0] + w.slice(1).toLowerCase() : w))
    .join(" ");
}

/** A place name of capitalised words (or a ward number) from `at`, or null. */
function readName(text: string, at: number): { name: string; end: number } | null {
  const words: string[] = [];
  let end = at;
  while (words.length < NAME_WORDS) {
    NAME_WORD_AT.lastIndex = end;
    const m = NAME_WORD_AT.exec(text);
    if (!m) break;
    const word = m[1];
    const separator = m[0].slice(0, m[0].length - word.length).trim();
    if (words.length === 0 && separator !== "") break;
    const start = m.index + m[0].length - word.length;
    if (words.length > 0 && isUpperCase(word) && NAME_STOP.test(text.slice(start, start + 16))) break;
    words.push(separator ? `${separator} ${word}` : word);
    end = m.index + m[0].length;
  }
  return words.length > 0 ? { name: words.join(" "), end } : null;
}

function makeArea(entry: AreaWord, wordAsWritten: string, name: string): Area {
  const word = entry.written ?? wordAsWritten.toLowerCase();
  return { entry, raw: `${wordAsWritten} ${name}`, display: `${word} ${normalCase(name)}`, name: normalCase(name) };
}

function areaEntry(word: string): AreaWord | undefined {
  const lower = word.toLowerCase().replace(/\s+/g, " ");
  return AREA_WORDS.find((a) => a.word.toLowerCase() === lower);
}

/** An area word and its name at `at` ("huyện Bắc Sơn", "TỈNH PHÚ THỌ"), or null. */
function readArea(text: string, at: number): { area: Area; end: number } | null {
  AREA_AT.lastIndex = at;
  const m = AREA_AT.exec(text);
  const entry = m && areaEntry(m[1]);
  if (!m || !entry) return null;
  const name = readName(text, at + m[0].length);
  return name ? { area: makeArea(entry, m[1], name.name), end: name.end } : null;
}

function levelOfArea(area: Area): GovernmentLevel {
  if (area.entry.level !== "city") return area.entry.level;
  return CITY_NAMES.has(area.name.toLowerCase()) ? "tinh" : "huyen";
}

/** The area a bare name after "Sở GD&ĐT" or "Tỉnh ủy" stands for ("Hà Nội" after a Sở is a thành phố). */
function impliedArea(areaWord: string, name: string): Area | null {
  const city = areaEntry(areaWord)?.level === "tinh" && CITY_NAMES.has(normalCase(name).toLowerCase());
  const entry = areaEntry(city ? "thành phố" : areaWord);
  return entry ? { ...makeArea(entry, entry.word, name), raw: name } : null;
}

/** The body named at `at` ("UBND xã Tu Vũ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Tỉnh ủy Phú Thọ"), or null. */
function readMention(text: string, at: number): Mention | null {
  ORGAN_AT.lastIndex = at;
  const m = ORGAN_AT.exec(text);
  const organ = m && ORGAN_EXACT.find(({ re }) => re.test(m[0]))?.organ;
  if (!m || !organ) return null;
  // "Ủy ban nhân dân (UBND) huyện Bắc Sơn": the abbreviation is left out.
  PAREN_AT.lastIndex = at + m[0].length;
  const from = at + m[0].length + (PAREN_AT.exec(text)?.[0].length ?? 0);
  const found = readArea(text, from);
  if (found) return { organ, text: clean(m[0] + text.slice(from, found.end)), area: found.area, named: true, end: found.end };
  // "Sở GD&ĐT Phú Thọ", "Phòng Giáo dục và Đào tạo Đầm Hà": a bare name.
  const bare = organ.areaWord || organ.kind === "agency" || organ.kind === "school" ? readName(text, from) : null;
  if (!bare) return { organ, text: clean(m[0]), area: null, named: false, end: from };
  const area = organ.areaWord ? impliedArea(organ.areaWord, bare.name) : null;
  return { organ, text: clean(m[0] + text.slice(from, bare.end)), area, named: true, end: bare.end };
}

/** The first cell of a header line with the motto, rules and table bars taken out. */
function headerCell(line: string): string {
  for (const cell of line.split("|")) {
    const text = cell.replace(MOTTO, " ").replace(/[*_]+|-{2,}|\.{3,}|…+/g, " ").replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return "";
}

interface HeaderBlock {
  issuer: Mention;
  governing: Mention | null;
}

/**
 * The issuing body of the header block and the one above it: consecutive
 * capitalised lines naming bodies, the last one the issuer ("UBND TỈNH PHÚ
 * THỌ" over "SỞ GIÁO DỤC VÀ ĐÀO TẠO"). A body's name broken over two lines
 * ("ỦY BAN NHÂN DÂN" over "XÃ TU VŨ") is joined.
 */
function readHeaderBlock(lines: readonly string[]): HeaderBlock | null {
  const block: Mention[] = [];
  for (const line of lines) {
    const cell = headerCell(line.slice(0, HEADER_LINE_CHARS));
    if (!cell) continue;
    const upper = cell.length <= HEADER_CELL_CHARS && isUpperCase(cell);
    const mention = upper ? readMention(cell, 0) : null;
    if (mention) {
      block.push({ ...mention, text: cell.slice(0, ISSUER_CHARS).trim() });
      continue;
    }
    const last = block[block.length - 1];
    if (last && upper && !last.named) {
      const found = readArea(cell, 0);
      if (found && found.end === cell.length) {
        block[block.length - 1] = { ...last, text: `${last.text} ${cell}`, area: found.area, named: true };
        continue;
      }
    }
    if (block.length > 0) break;
  }
  if (block.length === 0) return null;
  return { issuer: block[block.length - 1], governing: block.length > 1 ? block[block.length - 2] : null };
}

function issuerOf(m: Mention): Issuer {
  return { text: m.text, level: m.area ? levelOfArea(m.area) : (m.organ.level ?? null), area: m.area, place: null };
}

/** The body the running text has issuing, deciding or holding something ("UBND xã Tu Vũ vừa ban hành…"). */
function findIssuingSentence(text: string): Mention | null {
  ORGAN_FIND.lastIndex = 0;
  for (let m = ORGAN_FIND.exec(text); m; m = ORGAN_FIND.exec(text)) {
    if (!/\p{Lu}/u.test(text[m.index])) continue;
    const mention = readMention(text, m.index);
    if (!mention || mention.organ.kind === "school" || !mention.named) continue;
    ISSUING_AT.lastIndex = mention.end;
    if (ISSUING_AT.test(text)) return mention;
  }
  return null;
}

/** The body reported figures come from ("Theo báo cáo của Phòng GD&ĐT huyện Sông Mã"). */
function findSource(text: string): Mention | null {
  SOURCE_FIND.lastIndex = 0;
  for (let m = SOURCE_FIND.exec(text); m; m = SOURCE_FIND.exec(text)) {
    const mention = readMention(text, m.index + m[0].length);
    if (mention && isGovernmentBody(mention)) return mention;
  }
  return null;
}

const isGovernmentBody = (m: Mention): boolean => (m.organ.kind === "government" || m.organ.kind === "agency") && m.named;

/** The first government body or agency the text names, not as a citation or a person's office. */
function findMention(text: string): Mention | null {
  ORGAN_FIND.lastIndex = 0;
  for (let m = ORGAN_FIND.exec(text); m; m = ORGAN_FIND.exec(text)) {
    if (!/\p{Lu}/u.test(text[m.index]) || NOT_ISSUER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const mention = readMention(text, m.index);
    if (mention && isGovernmentBody(mention)) return mention;
  }
  return null;
}

/** The first area a title names for itself ("… trên địa bàn huyện Bắc Sơn"), not one it cites. */
function titleArea(title: string): Area | null {
  AREA_FIND.lastIndex = 0;
  for (let m = AREA_FIND.exec(title); m; m = AREA_FIND.exec(title)) {
    if (/(?:của|số)\s*$/u.test(title.slice(Math.max(0, m.index - 8), m.index))) continue;
    const found = readArea(title, m.index);
    if (found) return found.area;
  }
  return null;
}

interface HeaderFields {
  number: string | null;
  date: string | null;
  title: string | null;
  /** "UBND Bắc Sơn" from "Số: /KH-UBND" and "Bắc Sơn, ngày …". */
  numberIssuer: Issuer | null;
}

/** The issuer code of a number ("UBND" in "12/KH-UBND") with the place of issue after it. */
function issuerFromNumber(number: string, after: string): Issuer | null {
  const code = number.split(/\s*[/\-–]\s*/u).pop() ?? "";
  const place = PLACE_OF_ISSUE.exec(after);
  if (!place || !ORGAN_ABBREVIATIONS.includes(code)) return null;
  return { text: `${code} ${place[1]}`, level: null, area: null, place: place[1] };
}

function readTitle(header: readonly string[], i: number, head: string): string {
  // The title is the heading word and the lines after it, up to the
  // first paragraph ("Căn cứ…", "Thực hiện…").
  const parts = [head];
  for (let j = i + 1; j < Math.min(header.length, i + 5); j++) {
    const next = clean(header[j]);
    // Title lines are short and cite no other document ("số 52/KH-UBND").
    if (/^(?:Căn cứ|Theo|Nhằm|Để|I\.|1\.)/u.test(next) || /số\s?\d+\s?\//u.test(next) || next.length > 160) break;
    parts.push(next);
  }
  return clean(parts.join(" "));
}

function readHeaderFields(header: readonly string[]): HeaderFields {
  const fields: HeaderFields = { number: null, date: null, title: null, numberIssuer: null };
  for (let i = 0; i < header.length; i++) {
    const line = header[i];
    if (!fields.number) {
      const m = NUMBER.exec(line);
      if (m) {
        fields.number = clean(m[1]).replace(/\s*([/–-])\s*/g, "$1");
        const rest = line.slice(m.index + m[0].length);
        fields.numberIssuer = issuerFromNumber(fields.number, rest.trim() ? rest : (header[i + 1] ?? ""));
      }
    }
    if (!fields.date) {
      const m = DATE.exec(line);
      if (m) {
        const day = m[1] ? m[1].padStart(2, "0") : null;
        const month = m[2].padStart(2, "0");
        fields.date = day ? `${m[3]}-${month}-${day}` : `${m[3]}-${month}`;
      }
    }
    if (!fields.title) {
      const head = TITLE_HEAD.exec(line);
      if (head) fields.title = readTitle(header, i, head[1]);
      else if (i < 20 && (/^(?:\*+)?\s*(?:KẾ HOẠCH|Kế hoạch)\s+\S/u.test(line) || (TITLE_LINE.test(line) && isUpperCase(line)))) {
        fields.title = clean(line);
      }
    }
  }
  return fields;
}

interface Who {
  issuer: string | null;
  governingBody: string | null;
  government: GovernmentLevel | null;
  area: string | null;
}

/** Who issued the plan, the body above, the level of government and the area. */
function readIssuer(doc: NormalizedDocument, header: readonly string[], fields: HeaderFields): Who {
  const lead = doc.text.slice(0, LEAD_CHARS);
  const block = readHeaderBlock(header);
  const sentence = findIssuingSentence(lead);
  const source = sentence ? null : findSource(lead);
  const mention = sentence || source ? null : findMention(lead);

  let issuer: Issuer | null = null;
  const governing = block?.governing ?? null;
  // A Sở, a Phòng or a school is named by the body above it.
  if (block && (block.issuer.named || block.issuer.organ.kind === "agency" || block.issuer.organ.kind === "school")) {
    issuer = issuerOf(block.issuer);
    // "SỞ GIÁO DỤC VÀ ĐÀO TẠO" under "UBND TỈNH PHÚ THỌ" is the Sở of that tỉnh.
    if (block.issuer.organ.kind === "agency" && governing?.area) {
      issuer = { ...issuer, text: `${issuer.text} ${governing.area.raw}`, area: governing.area };
    }
  } else if (block) {
    // A bare "ỦY BAN NHÂN DÂN" (its area lost with the table): the text says whose.
    issuer =
      sentence && sentence.organ.kind === block.issuer.organ.kind
        ? issuerOf(sentence)
        : (fields.numberIssuer ?? issuerOf(block.issuer));
  } else {
    const found = sentence ?? source ?? mention;
    issuer = fields.numberIssuer ?? (found ? issuerOf(found) : null);
  }

  // The area: the issuer's own, the governing body's, or one the title or
  // the running text gives for the place the issuer names.
  const candidates = [
    issuer?.area,
    governing?.area,
    fields.title ? titleArea(fields.title.slice(0, TITLE_AREA_CHARS)) : null,
    sentence?.area,
    source?.area,
    mention?.area,
  ].filter((a): a is Area => !!a);
  const place = issuer?.place ?? null;
  const area = (place ? candidates.find((a) => a.name === place) : candidates[0]) ?? null;
  let government = issuer?.level ?? null;
  if (!government && governing) government = issuerOf(governing).level;
  if (!government && issuer && area) government = levelOfArea(area);
  return {
    issuer: issuer?.text ?? null,
    governingBody: governing?.text ?? null,
    government,
    area: area?.display ?? null,
  };
}

/** The plan's metadata: header fields, issuer and level of government, period and genre. */
export function readMetadata(doc: NormalizedDocument): PlanMeta {
  const header = doc.lines.slice(0, HEADER_LINES).map((l) => l.text);
  const fields = readHeaderFields(header);
  const who = readIssuer(doc, header, fields);
  const { number, date, title } = fields;
  const lead = doc.text.slice(0, PERIOD_LEAD_CHARS);
  const period = (title && findPlanPeriod(title)) || firstRange(lead) || findPeriod(lead);
  const meta: PlanMeta = {
    issuer: who.issuer,
    number,
    date,
    title,
    period,
    governingBody: who.governingBody,
    government: who.government,
    area: who.area,
  };
  return { ...meta, genre: readGenre(doc, meta).genre };
}
