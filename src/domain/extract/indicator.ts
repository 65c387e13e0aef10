// The indicator pass: a short name of what a figure measures, from the words
// around it ("Tỷ lệ huy động trẻ 5 tuổi ra lớp", "Số trường (cấp Mầm non)"),
// without lead-ins, markup or the number itself.

import { LEAD_IN_WORDS } from "./lexicon";
import { levelMentions } from "./levels";
import { lastBefore } from "./windows";

const LIST_MARKER = /^(?:[\s*#_>]|[-–+•]\s|\(\d{1,2}\)\s?[-–]?\s?|\d{1,2}\)\s|[a-zđ]\)\s)+/u;
const TRAILING_WORDS = /(?:\s|^)(?:đạt|là|từ|trên|dưới|xuống|còn|khoảng|tối thiểu|tối đa|ít nhất|không quá|hơn|vượt|tăng|giảm|có|được|ở|với|của|và|thêm|đạt tỷ lệ|đạt tỉ lệ|tỷ lệ|tỉ lệ|trong đó|riêng|mỗi|lên|trung bình|bình quân|chiếm|gần|nâng lên)\s*$/iu;
// "Nâng tỷ lệ …", "Giảm tỷ lệ …": the comparator carries the direction; the name is the measure.
const CHANGE_VERB_LEAD = /^(?:nâng cao|nâng|tăng|giảm|hạ|phấn đấu nâng)\s(?=(?:tỷ lệ|tỉ lệ|số)\s)/iu;
const LEADING_WORDS = /^(?:trong đó|riêng|và|còn|đạt|với|là|tổng số có|toàn huyện có|có|hiện nay|hiện tại)[\s,]+/iu;

// "Theo đó, đến năm 2030,", "Phấn đấu", "Năm học 2025-2026,", "Tính đến ngày 31/5/2025,": words that open a sentence, not name a measure.
const LEAD_IN = new RegExp(
  String.raw`^(?:${[...LEAD_IN_WORDS].sort((a, b) => b.length - a.length).join("|")})(?![\p{L}])[\s,:]*`,
  "iu",
);
const TIME_LEAD_IN =
  /^(?:(?:tính )?(?:đến|tới|trong|vào) (?:hết |cuối |ngày |tháng )?(?:năm |nhiệm kỳ |giai đoạn |năm học )?[\d/]*\d{4}(?:\s?[-–]\s?\d{4})?|(?:năm học|nhiệm kỳ|giai đoạn|niên khóa) \d{4}\s?[-–]\s?\d{4}|năm \d{4})(?![\p{L}\d])[\s,:]*/iu;
// A figure or a share inside a name ("… đạt 80% và"): a neighbour's number, not part of what is measured.
const FIGURE_INSIDE = /\s?\(?[+-]?\d+(?:[.,]\d+)*\s?%\)?/gu;

export function cleanPhrase(phrase: string): string {
  let s = phrase
    .replace(/<sup>[^<]{0,10}<\/sup>|<\/?sup>|\*+|_{2,}|#+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  s = s.replace(LIST_MARKER, "").trim();
  s = s.replace(FIGURE_INSIDE, " ").replace(/\s+/g, " ").trim();
  for (let i = 0; i < 6; i++) {
    const before = s;
    s = s.replace(TRAILING_WORDS, "").replace(LEADING_WORDS, "").replace(LEAD_IN, "").replace(TIME_LEAD_IN, "").replace(CHANGE_VERB_LEAD, "").replace(/[\s,:;–(-]+$/u, "").replace(/^[\s,:;–)(.-]+/u, "").trim();
    if ((s.match(/\(/g) ?? []).length > (s.match(/\)/g) ?? []).length) s = s.replace(/\(([^()]*)$/u, "$1").trim();
    if ((s.match(/\)/g) ?? []).length > (s.match(/\(/g) ?? []).length) s = s.replace(/^([^()]*)\)/u, "$1").trim();
    s = s.replace(/[.;,]$/u, "").trim();
    if (s === before) break;
  }
  return s;
}

/** Removes markup and stray punctuation, keeping every word. */
export function cleanMarkup(phrase: string): string {
  return phrase
    .replace(/<sup>[^<]{0,10}<\/sup>|<\/?sup>|\*+|_{2,}|#+/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,:;–).-]+|[\s,:;.–(-]+$/gu, "")
    .replace(/\s?\($/u, "")
    .trim();
}

export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * Moves a clause start back over comma-separated fragments of one or two
 * words, so "(trong đó Khá, Tốt 93%)" keeps "Khá, Tốt" together.
 */
export function extendOverShortFragments(text: string, clauseStart: number, clauseBreaks: number[], figureStart: number): number {
  let start = clauseStart;
  const ownWords = text.slice(clauseStart, figureStart).trim().split(" ").filter(Boolean).length;
  for (let i = 0; i < 4; i++) {
    if (text[start - 1] !== ",") break;
    const previousStart = lastBefore(clauseBreaks, start - 2);
    const fragment = text.slice(previousStart, start - 1).trim();
    if (!fragment || fragment.split(" ").length > 4) {
      // "học lực Khá, Giỏi đạt 50%": a one-word item belongs to the phrase before it.
      if (fragment && ownWords <= 2) start = previousStart;
      break;
    }
    start = previousStart;
  }
  return start;
}

/** "Cấp Mầm non", "Giáo dục Tiểu học": a label that names only a level, not a measure. */
function isLevelLabel(phrase: string): boolean {
  let rest = phrase;
  for (const m of levelMentions(phrase, false).reverse()) rest = rest.slice(0, m.index) + rest.slice(m.index + m.length);
  return rest.replace(/(?:cấp học|cấp|bậc học|bậc|giáo dục|đối với|[\s,&*-])/giu, "").length === 0;
}

export interface IndicatorInput {
  /** Text from the start of the figure's subject to its comparator words. */
  lead: string;
  /** The label before a colon the figure's sentence follows, or "". */
  colonLabel: string;
  /** Text of the clause after the figure and its unit. */
  after: string;
  /** The counted noun when the text gives one ("trường" in "09 trường"). */
  countedNoun: string | null;
  priorIndicator: string | null;
  isLevel: boolean;
  /** A change per year ("giảm trung bình 0,3%/năm"): the name says so. */
  perYear: boolean;
  /** Used when the words around the figure name nothing: its sentence or section. */
  fallback: string;
}

const AFTER_NOISE = /^(?:trở lên|trở xuống|so với\b.*|\(?[+-]?\d.*)$/u;

/**
 * A short name of what a figure measures, from the words around it:
 * "Tỷ lệ huy động trẻ 5 tuổi ra lớp", "Số trường (cấp Mầm non)". A list item
 * that only names a sub-group ("trẻ mẫu giáo dưới 12%", "Khá 44,7%")
 * carries over the subject of the item before it.
 */
export function buildIndicator({ lead, colonLabel, after, countedNoun, priorIndicator, isLevel, perYear, fallback }: IndicatorInput): string {
  let subject = cleanPhrase(lead.length > 160 ? lead.slice(lead.indexOf(" ", lead.length - 160) + 1) : lead);
  if (isLevel) subject = subject.replace(/\s?mức độ$/u, "");
  // "Yêu cầu: tối thiểu 80% học sinh đạt chuẩn": the label was taken as the lead; the words after name it better.
  if (colonLabel && subject === colonLabel) subject = "";
  const words = subject ? subject.split(" ").length : 0;
  let afterPhrase = cleanMarkup(after.length > 100 ? after.slice(0, after.lastIndexOf(" ", 100)) : after);
  afterPhrase = afterPhrase.replace(/^(?:trở lên|trở xuống|\/\s?năm)\s?/u, "");
  if (AFTER_NOISE.test(afterPhrase)) afterPhrase = "";
  // "… và hơn 1,2 triệu …": words after "và" start the next item, not this one's name.
  afterPhrase = afterPhrase.replace(/^(?:và|hoặc|còn)(?![\p{L}]).*$/u, "").replace(TRAILING_WORDS, "").trim();
  if ((afterPhrase.match(/\)/g) ?? []).length > (afterPhrase.match(/\(/g) ?? []).length) afterPhrase = afterPhrase.replace(/\)[^()]*$/u, "").trim();
  let name: string;
  if (countedNoun) {
    // "134 nghìn hộ": the multiplier belongs to the number, not to what is counted.
    const noun = countedNoun.replace(/^(?:nghìn|ngàn|triệu|vạn)\s/u, "");
    const what = `Số ${noun}${afterPhrase ? ` ${afterPhrase}` : ""}`;
    // "Nâng số trường đạt chuẩn lên 20 trường": the subject already says what is counted.
    if (subject.toLowerCase().startsWith(`số ${noun.toLowerCase()}`)) name = subject;
    else name = subject ? `${what} (${subject})` : what;
  } else if (priorIndicator && words > 0 && words <= 3) {
    name = `${priorIndicator.replace(/\s\([^)]*\)$/u, "")} (${subject})`;
  } else if (colonLabel && words > 0 && words <= 3 && !isLevelLabel(colonLabel)) {
    name = `${colonLabel} (${subject})`;
  } else {
    name = [subject, afterPhrase].filter(Boolean).join(" ") || priorIndicator || cleanPhrase(fallback).slice(-120) || "";
  }
  if (perYear && !/(?:mỗi|hằng|hàng) năm|\/\s?năm/iu.test(name)) name = `${name} (bình quân mỗi năm)`;
  return capitalize(name.replace(/\s+/g, " ")).slice(0, 160);
}

