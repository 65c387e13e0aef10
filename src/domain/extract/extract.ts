// The extraction pipeline: document text → normalized text → outline →
// figures → targets with comparator, level, kind, indicator and quote.

import type { Level, Plan, Target, TargetKind } from "../plan";
import { readComparator } from "./comparators";
import { type Figure, findFigures } from "./figures";
import { LEVEL_LABEL, type LevelMention, levelMentions, levelOfGrade } from "./levels";
import { readMetadata } from "./metadata";
import { type Line, normalizeDocument } from "./normalize";
import { findPeriod } from "./periods";
import { buildOutline, type OutlineContext } from "./structure";

// Where a clause ends for comparator and subject purposes. "xã, thị trấn"
// is one noun, so its comma does not end anything.
const CLAUSE_BREAK = /[;:.!?()[\]“”"]|,(?! thị trấn| phường)|\s[-–+]\s/gu;
const SENTENCE_BREAK = /[;.!?]\s|[;!?]$|:\s/gu;

interface Boundaries {
  clause: number[];
  sentence: number[];
}

function collectBoundaries(text: string, headingEnds: number[]): Boundaries {
  // A heading is a sentence of its own even without a full stop.
  const clause: number[] = [...headingEnds];
  const sentence: number[] = [...headingEnds];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    // A dot or comma between digits is part of a number.
    if ((m[0] === "." || m[0] === ",") && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "")) continue;
    // "lớp 3, 4, 5" lists numbers inside one phrase.
    if (m[0] === "," && /(?:lớp|khối|Lớp|Khối) \d{1,2}(?:, ?\d{1,2})*$/u.test(text.slice(Math.max(0, at - 24), at))) continue;
    clause.push(at + m[0].length);
  }
  for (const m of text.matchAll(SENTENCE_BREAK)) sentence.push((m.index ?? 0) + 1);
  const byOffset = (a: number, b: number) => a - b;
  return { clause: clause.sort(byOffset), sentence: sentence.sort(byOffset) };
}

/** The last boundary at or before `at`, or 0. */
function lastBefore(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= at) {
      found = sorted[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The first boundary after `at`, or the text's end. */
function firstAfter(sorted: number[], at: number, end: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = end;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > at) {
      found = sorted[mid];
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return found;
}

const LIST_ITEM = /(?<=^|[.;:]\s)(?:\(\d{1,2}\)\s?[-–]?|[-–+•]\s)/gu;

interface LabelEvent {
  offset: number;
  level: Level | null;
}

/** Inline level labels ("Cấp học Mầm non:") and the headings that end them. */
function levelLabels(text: string, headingOffsets: number[], lines: Line[]): (at: number) => Level | null {
  const events: LabelEvent[] = headingOffsets.map((offset) => ({ offset, level: null }));
  // A bulleted item that opens with one level is about that level:
  // "- Học sinh THCS … đạt 50% trở lên; tỷ lệ bỏ học dưới 0,3%."
  for (const line of lines) {
    if (!/^(?:[-–+•]\s|\(\d{1,2}\)\s?[-–]?\s)/u.test(line.text)) continue;
    const opening = levelMentions(line.text.slice(0, 40), false);
    if (opening.length === 1) events.push({ offset: line.offset + 1, level: opening[0].level });
  }
  // A new list item ("(5)-", "- ", "+ ") ends the previous item's label.
  for (const m of text.matchAll(LIST_ITEM)) events.push({ offset: m.index ?? 0, level: null });
  for (const m of text.matchAll(LEVEL_LABEL)) {
    const mentions = levelMentions(m[1], false);
    if (mentions.length === 1) events.push({ offset: (m.index ?? 0) + m[0].length, level: mentions[0].level });
  }
  events.sort((a, b) => a.offset - b.offset);
  const offsets = events.map((e) => e.offset);
  return (at) => {
    const last = lastBefore(offsets, at);
    if (last === 0 && (offsets.length === 0 || offsets[0] > at)) return null;
    let index = offsets.lastIndexOf(last);
    // Several events at one offset: a label wins over the heading reset.
    while (index > 0 && offsets[index - 1] === last && events[index].level === null) index--;
    return events[index].level;
  };
}

const BASELINE_CUES = /(?:^|[^\p{L}])(?:hiện nay|hiện tại|tính đến|đã đạt|đã có|đã hoàn thành|đã thực hiện|năm học trước|năm học vừa qua|so với năm học trước|đạt được)(?![\p{L}])/iu;
const TARGET_CUES = /(?:^|[^\p{L}])(?:phấn đấu|mục tiêu|chỉ tiêu|đến năm|đến hết năm|đến cuối năm|kế hoạch|dự kiến)(?![\p{L}])/iu;

const SCHOOL_YEAR_IN = /năm học\s(20\d\d)\s?[-–]\s?20\d\d/iu;

/**
 * A sentence's kind: its part of the plan's, unless its own words say
 * otherwise ("Hiện nay…", "phấn đấu…") or it reports a school year that ended
 * before the plan's ("Năm học 2023-2024 đạt 98%" in a 2024-2025 plan).
 */
function kindOf(outlineKind: TargetKind, sentence: string, planPeriod: string | null): TargetKind {
  if (outlineKind === "target" && BASELINE_CUES.test(sentence) && !TARGET_CUES.test(sentence)) return "baseline";
  if (outlineKind === "target" && planPeriod && /^20\d\d-20\d\d$/.test(planPeriod) && !TARGET_CUES.test(sentence)) {
    const year = SCHOOL_YEAR_IN.exec(sentence);
    if (year && Number(year[1]) < Number(planPeriod.slice(0, 4))) return "baseline";
  }
  if (outlineKind === "baseline" && TARGET_CUES.test(sentence) && !BASELINE_CUES.test(sentence)) return "target";
  return outlineKind;
}

// Words that end the noun phrase right after a figure ("96% trường tiểu
// học có giáo viên…": the phrase is "trường tiểu học").
const PHRASE_END = /\s(?:có|được|đạt|là|biết|tham gia|triển khai|thực hiện|ra|đến|vào|hoàn thành|tổ chức|sử dụng|ăn|và|trong|theo|so với|ở)(?![\p{L}])|[,;.:()]/u;
const INTAKE = /(?:^|[^\p{L}])vào (?:học )?lớp (\d{1,2})(?!\d)/u;
const INTAKE_VERB = /huy động|tuyển sinh|tuyển mới|tuyển vào|đi học|ra lớp/u;
const FOR_GRADES = /^\s?(?:\*+\s?)?(?:đối với|với|ở|cho) ((?:lớp \d{1,2}(?:,\s?| và )?){2,})/u;

interface LevelReading {
  levels: Level[];
  /** True when the figure's own words named the level. */
  local: boolean;
}

/** Distinct levels of mentions that stand close together as one list. */
function listedLevels(mentions: LevelMention[], subject: string): Level[] {
  const levels: Level[] = [];
  for (let i = 0; i < mentions.length; i++) {
    if (i > 0) {
      const gap = subject.slice(mentions[i - 1].index + mentions[i - 1].length, mentions[i].index);
      if (gap.length > 32 || !/,|\svà\s|&|-/.test(gap)) return [];
    }
    if (!levels.includes(mentions[i].level)) levels.push(mentions[i].level);
  }
  // "trường mầm non, phổ thông" lists every level: it is about the whole system.
  return levels.includes("chung") ? ["chung"] : levels;
}

// "10 xã đạt chuẩn phổ cập giáo dục THCS": communes counted for a level's standard.
const STANDARD_OF = /^[\s,]*(?:thị trấn\s)?(?:đạt|giữ vững|duy trì)?\s?chuẩn\s(?:quốc gia\s)?(?:về\s)?((?:phổ cập|PCGD)[^;.,()]{0,40})/iu;
// "01 trường (PTDTBT THCS Ma Li Pho)": the school named in brackets.
const NAMED_IN_BRACKETS = /^\s?\(([^()]{2,80})\)/u;

function readLevels(subject: string, afterPhrase: string, tail: string, sentence: string): LevelReading | null {
  const own = levelMentions(afterPhrase, false);
  if (own.length > 0) return { levels: [own[0].level], local: true };
  const standard = STANDARD_OF.exec(tail);
  if (standard) {
    const levels = levelMentions(standard[1], false);
    if (levels.length) return { levels: [levels[0].level], local: true };
  }
  const named = NAMED_IN_BRACKETS.exec(tail);
  if (named && !/[,;]/.test(named[1])) {
    const levels = levelMentions(named[1], false);
    if (levels.length === 1) return { levels: [levels[0].level], local: true };
  }
  const grades = FOR_GRADES.exec(tail);
  if (grades) {
    const levels = levelMentions(grades[1]).map((m) => m.level);
    const distinct = levels.filter((l, i) => levels.indexOf(l) === i);
    if (distinct.length) return { levels: distinct, local: true };
  }
  const intake = INTAKE.exec(subject) ?? INTAKE.exec(tail);
  if (intake && (INTAKE_VERB.test(sentence) || INTAKE.exec(tail))) {
    const level = levelOfGrade(Number(intake[1]));
    if (level) return { levels: [level], local: true };
  }
  const mentions = levelMentions(subject.replace(INTAKE, " "));
  if (mentions.length === 0) return null;
  const listed = listedLevels(mentions, subject.replace(INTAKE, " "));
  if (listed.length > 0 && mentions.length > 1) return { levels: listed, local: true };
  return { levels: [mentions[0].level], local: true };
}

const LIST_MARKER = /^(?:[\s*#_>]|[-–+•]\s|\(\d{1,2}\)\s?[-–]?\s?|\d{1,2}\)\s|[a-zđ]\)\s)+/u;
const TRAILING_WORDS = /(?:\s|^)(?:đạt|là|từ|trên|dưới|xuống|còn|khoảng|tối thiểu|tối đa|ít nhất|không quá|hơn|vượt|tăng|giảm|có|được|ở|với|của|và|thêm|đạt tỷ lệ|đạt tỉ lệ|tỷ lệ|tỉ lệ|trong đó|riêng|mỗi)\s*$/iu;
const LEADING_WORDS = /^(?:trong đó|riêng|và|còn|đạt|với|là|tổng số có|toàn huyện có|có|hiện nay|hiện tại)[\s,]+/iu;

function cleanPhrase(phrase: string): string {
  let s = phrase
    .replace(/<sup>[^<]{0,10}<\/sup>|<\/?sup>|\*+|_{2,}|#+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  s = s.replace(LIST_MARKER, "").trim();
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(TRAILING_WORDS, "").replace(LEADING_WORDS, "").replace(/[\s,:;–(-]+$/u, "").replace(/^[\s,:;–)(.-]+/u, "").trim();
    if ((s.match(/\(/g) ?? []).length > (s.match(/\)/g) ?? []).length) s = s.replace(/\(([^()]*)$/u, "$1").trim();
    if ((s.match(/\)/g) ?? []).length > (s.match(/\(/g) ?? []).length) s = s.replace(/^([^()]*)\)/u, "$1").trim();
    s = s.replace(/[.;,]$/u, "").trim();
    if (s === before) break;
  }
  return s;
}

/** Removes markup and stray punctuation, keeping every word. */
function cleanMarkup(phrase: string): string {
  return phrase
    .replace(/<sup>[^<]{0,10}<\/sup>|<\/?sup>|\*+|_{2,}|#+/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,:;–).-]+|[\s,:;.–(-]+$/gu, "")
    .replace(/\s?\($/u, "")
    .trim();
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

const SCOPE_IN_BRACKET = /\(\s?([\p{Lu}Đ][\p{L}\d&\- ]{0,24}?)\s?$/u;
const SCOPE_ZONE = /(?:^|[^\p{L}])(?:ở|tại|đối với)?\s?((?:các )?vùng (?:có điều kiện kinh tế[ -]xã hội (?:đặc biệt )?khó khăn|đặc biệt khó khăn|thuận lợi|khó khăn|ĐBKK|dân tộc thiểu số))/u;
const SCOPE_ONLY = /(?:^|[^\p{L}])(?:riêng|trong đó)\s((?:trẻ\s)?\d tuổi|lớp [\d, ]+)\s?:?\s?(?:đạt|là)?\s?$/iu;

function readScope(lead: string, sentence: string, after: string): string | null {
  // "90% đối với vùng khó khăn": the zone named right after the figure is its own.
  const own = after.includes("vùng") ? SCOPE_ZONE.exec(after.slice(0, 60)) : null;
  if (own) return own[1].replace(/^các /u, "").trim();
  const bracket = lead.includes("(") ? SCOPE_IN_BRACKET.exec(lead) : null;
  if (bracket && !/^(?:Tăng|Giảm|Duy trì)$/iu.test(bracket[1].trim())) return bracket[1].trim();
  const only = SCOPE_ONLY.exec(lead);
  if (only) return only[1].trim();
  const zone = sentence.includes("vùng") ? SCOPE_ZONE.exec(sentence) : null;
  return zone ? zone[1].replace(/^các /u, "").trim() : null;
}

/**
 * Moves a clause start back over comma-separated fragments of one or two
 * words, so "(trong đó Khá, Tốt 93%)" keeps "Khá, Tốt" together.
 */
function extendOverShortFragments(text: string, clauseStart: number, clauseBreaks: number[], figureStart: number): number {
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

interface IndicatorInput {
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
function buildIndicator({ lead, colonLabel, after, countedNoun, priorIndicator, isLevel, fallback }: IndicatorInput): string {
  let subject = cleanPhrase(lead.length > 160 ? lead.slice(lead.indexOf(" ", lead.length - 160) + 1) : lead);
  if (isLevel) subject = subject.replace(/\s?mức độ$/u, "");
  const words = subject ? subject.split(" ").length : 0;
  let afterPhrase = cleanMarkup(after.length > 100 ? after.slice(0, after.lastIndexOf(" ", 100)) : after);
  afterPhrase = afterPhrase.replace(/^(?:trở lên|trở xuống)\s?/u, "");
  if (AFTER_NOISE.test(afterPhrase)) afterPhrase = "";
  let name: string;
  if (countedNoun) {
    const what = `Số ${countedNoun}${afterPhrase ? ` ${afterPhrase}` : ""}`;
    name = subject ? `${what} (${subject})` : what;
  } else if (priorIndicator && words > 0 && words <= 3) {
    name = `${priorIndicator.replace(/\s\([^)]*\)$/u, "")} (${subject})`;
  } else if (colonLabel && words > 0 && words <= 3 && !isLevelLabel(colonLabel)) {
    name = `${colonLabel} (${subject})`;
  } else {
    name = [subject, afterPhrase].filter(Boolean).join(" ") || priorIndicator || cleanPhrase(fallback).slice(-120) || "";
  }
  return capitalize(name.replace(/\s+/g, " ")).slice(0, 160);
}

interface Draft {
  figure: Figure;
  /** Where the noun phrase after the figure ends. */
  phraseEnd: number;
  target: Omit<Target, "id">;
  levelWasLocal: boolean;
  sentenceStart: number;
  clauseGroupStart: number;
}

/** Extracts a plan and its targets from document text. Never throws on text input. */
export function extractPlan(raw: string): Plan {
  const doc = normalizeDocument(raw);
  const { text } = doc;
  const meta = readMetadata(doc);
  const outline = buildOutline(doc.lines, meta.title && /^BÁO CÁO/iu.test(meta.title) ? "baseline" : "target");
  const bounds = collectBoundaries(text, outline.headings.map((h) => h.end));
  const labelAt = levelLabels(text, outline.headings.map((h) => h.start), doc.lines);
  const contexts = new Map<number, OutlineContext>();
  const contextAt = (offset: number): OutlineContext => {
    let c = contexts.get(offset);
    if (!c) {
      c = outline.at(offset);
      contexts.set(offset, c);
    }
    return c;
  };

  const figures = findFigures(text, (offset) => contextAt(offset).skip, new Set(doc.lines.map((l) => l.offset)));
  const drafts: Draft[] = [];
  // Figures of one sentence share its kind; cached per sentence.
  const kinds = new Map<string, TargetKind>();
  let previous: Figure | null = null;

  for (const [index, figure] of figures.entries()) {
    const nextFigureStart = index + 1 < figures.length ? figures[index + 1].start : text.length;
    const ctx = contextAt(figure.start);
    const clauseStart = Math.max(lastBefore(bounds.clause, figure.start), figure.start - 200);
    const sentenceStart = Math.max(lastBefore(bounds.sentence, figure.start), figure.start - 400);
    const clauseEnd = Math.min(firstAfter(bounds.clause, figure.unitEnd, text.length), figure.unitEnd + 200);
    const sentence = text.slice(sentenceStart, figure.start);
    const kindKey = `${sentenceStart}:${ctx.kind}`;
    let kind = kinds.get(kindKey);
    if (!kind) {
      kind = kindOf(ctx.kind, text.slice(sentenceStart, Math.min(firstAfter(bounds.sentence, figure.start, text.length), figure.start + 400)), meta.period);
      kinds.set(kindKey, kind);
    }

    // Text before the number in its clause, cut at the previous figure.
    const leadStart = previous && previous.unitEnd > clauseStart ? previous.unitEnd : clauseStart;
    const lead = text.slice(leadStart, figure.start);
    const tail = text.slice(figure.unitEnd, Math.min(text.length, figure.unitEnd + 80));

    if (figure.shape === "level") {
      // "phổ cập … mức độ 3" is a target only on its own: "10 xã đạt chuẩn
      // mức độ 3" counts communes, and reports state levels as names.
      const clauseText = text.slice(clauseStart, clauseEnd);
      const hasOther = figures.some(
        (f) => f !== figure && f.start >= clauseStart && f.start < clauseEnd && f.shape !== "level",
      );
      if (kind !== "target" || hasOther || !/phổ cập|PCGD|xóa mù chữ|xoá mù chữ|XMC|PCXMC/iu.test(clauseText + sentence.slice(-80))) {
        continue;
      }
    }

    const comparator = readComparator({
      lead,
      tail,
      kind,
      isPercent: figure.unit === "%",
      isRange: figure.shape === "range",
      // "duy trì 8 xã", "17/17 xã … giữ vững chuẩn": keeping verbs on either side.
      clause: text.slice(previous && previous.unitEnd > sentenceStart ? previous.unitEnd : sentenceStart, clauseEnd),
    });
    if (figure.shape === "level" && !comparator.explicit) comparator.op = "gte";

    // Unit: the text's own, else the one of the list the figure belongs to.
    let unit = figure.unit;
    let inherited = false;
    if (!unit) {
      const prior = drafts.length ? drafts[drafts.length - 1] : null;
      // Items of one list share a unit: "4.769 trẻ (nhà trẻ 1.197; mẫu giáo 3.538)".
      const sameList = prior && figure.start - prior.figure.unitEnd < 200 && !/[.!?]\s/.test(text.slice(prior.figure.unitEnd, figure.start));
      if (prior && sameList && (figure.shape !== "fraction" || prior.figure.shape === "fraction")) {
        unit = prior.target.unit;
      } else {
        const named = /(điểm|giáo viên\/lớp|học sinh\/lớp|trẻ\/lớp)/u.exec(sentence);
        // A fraction counts people: children in preschool, pupils elsewhere.
        const level = labelAt(figure.start) ?? ctx.level;
        unit = figure.shape === "fraction" ? (level === "mam_non" ? "trẻ" : "học sinh") : named ? named[1] : "điểm";
      }
      inherited = true;
    }

    // Subject of the figure: its clause before the number; when empty, the
    // noun phrase after it ("96% trường tiểu học có …").
    const afterText = text.slice(figure.unitEnd, clauseEnd);
    const phraseEnd = PHRASE_END.exec(afterText);
    const afterPhrase = afterText.slice(0, phraseEnd ? phraseEnd.index : Math.min(afterText.length, 40));
    const unitWords = figure.unit && figure.unit !== "%" ? figure.unit : "";
    // An attainment level shares its subject with the figure-less items
    // listed before it: "PCGD TH, PCGD THCS mức độ 3" is about both levels.
    // Otherwise a figure's subject runs from the end of the previous figure's
    // own noun phrase: "THCS 94,3%, THPT, GDNN-GDTX đạt 100%".
    const prior = drafts.length ? drafts[drafts.length - 1] : null;
    const subjectStart =
      figure.shape === "level"
        ? previous && previous.unitEnd > sentenceStart ? previous.unitEnd : sentenceStart
        : prior && prior.phraseEnd > sentenceStart ? prior.phraseEnd : sentenceStart;
    let levelSubject = text.slice(Math.min(Math.max(subjectStart, sentenceStart), figure.start), figure.start);
    if (!levelSubject.trim() && text[sentenceStart - 1] === ":") {
      // "Tỷ lệ huy động trẻ mẫu giáo: 98%": the words before the colon name it.
      levelSubject = text.slice(Math.max(lastBefore(bounds.clause, sentenceStart - 2), sentenceStart - 120), sentenceStart - 1);
    }
    // Every window is bounded so one endless sentence cannot make the work quadratic.
    const sentenceEnd = Math.min(firstAfter(bounds.sentence, figure.unitEnd, text.length), figure.unitEnd + 400);
    const sentenceTail = text.slice(figure.unitEnd, Math.min(sentenceEnd, figure.unitEnd + 120));
    let levelReading = readLevels(levelSubject, `${unitWords} ${afterPhrase}`, sentenceTail, text.slice(sentenceStart, sentenceEnd));
    let levelWasLocal = levelReading !== null;
    // A bare list item ("18 trường, 194 lớp") takes its level from the item before.
    const bareItem = cleanPhrase(lead.slice(0, lead.length - comparator.leadLength)) === "";
    if (!levelReading && bareItem && prior && prior.levelWasLocal && prior.clauseGroupStart === lastBefore(bounds.sentence, figure.start)) {
      levelReading = { levels: [prior.target.level], local: true };
      levelWasLocal = true;
    }
    if (!levelReading && text[sentenceStart - 1] === ".") {
      // A short follow-up sentence continues the one before it:
      // "Thi học sinh giỏi lớp 9 cấp huyện. Kết quả 01 giải Nhì, …".
      const previousSentenceStart = lastBefore(bounds.sentence, sentenceStart - 2);
      if (figure.start - sentenceStart <= 40 && sentenceStart - previousSentenceStart <= 150) {
        const mentions = levelMentions(text.slice(previousSentenceStart, sentenceStart));
        if (mentions.length === 1) {
          levelReading = { levels: [mentions[0].level], local: true };
          levelWasLocal = true;
        }
      }
    }
    const contextLevel = labelAt(figure.start) ?? ctx.level;
    const levels: Level[] = levelReading ? levelReading.levels : [contextLevel ?? "chung"];
    if (!levelReading && contextLevel === null) levelWasLocal = false;

    const startsWithPercent = text[figure.end] === "%" || text.slice(figure.end, figure.end + 2) === " %";
    const indicatorStart = Math.min(
      Math.max(extendOverShortFragments(text, clauseStart, bounds.clause, figure.start), subjectStart, sentenceStart),
      figure.start,
    );
    let indicatorLead = text.slice(indicatorStart, figure.start - comparator.leadLength);
    if (!indicatorLead.trim() && /:\s?$/u.test(text.slice(sentenceStart - 2, sentenceStart))) {
      // "Riêng trẻ 5 tuổi: 1.282/1.282": the label before the colon names it.
      indicatorLead = text.slice(Math.max(lastBefore(bounds.clause, sentenceStart - 2), sentenceStart - 80), sentenceStart - 1);
    }
    // "Duy trì sĩ số: Cấp Tiểu học 100%; Cấp THCS trên 99%": the words before
    // the colon name what every item after it measures.
    const colonAt = text.lastIndexOf(":", figure.start);
    const colonLabel =
      colonAt > sentenceStart - 2 - 1 && colonAt >= figure.start - 200 && !/[.;]/.test(text.slice(colonAt, figure.start)) && colonAt === sentenceStart - 1
        ? cleanPhrase(text.slice(Math.max(lastBefore(bounds.clause, colonAt - 1), colonAt - 80), colonAt))
        : "";
    const indicator = buildIndicator({
      colonLabel,
      lead: indicatorLead,
      after: text.slice(figure.unitEnd, Math.min(clauseEnd, nextFigureStart)),
      countedNoun: figure.unit && figure.unit !== "%" && figure.shape !== "level" && !startsWithPercent ? text.slice(figure.end, figure.unitEnd).replace(/[*_]/g, "").trim() : null,
      priorIndicator: prior && prior.sentenceStart === sentenceStart ? prior.target.indicator : null,
      isLevel: figure.shape === "level",
      fallback: `${text.slice(Math.max(sentenceStart - 120, lastBefore(bounds.sentence, sentenceStart - 2)), figure.start - comparator.leadLength)}` || (ctx.sectionTitle ?? ""),
    });

    const levelWords = figure.shape === "level" ? /mức độ\s?(?:\*+\s?)?$/u.exec(text.slice(figure.start - 12, figure.start)) : null;
    const quoteStart = figure.start - (levelWords ? levelWords[0].length : comparator.leadLength);
    const quoteEnd = figure.unitEnd + comparator.tailLength;
    const quote = text.slice(quoteStart, quoteEnd).trim();
    const quoteOffset = quoteStart + (text.slice(quoteStart, quoteEnd).length - text.slice(quoteStart, quoteEnd).trimStart().length);

    let confidence = 0.9;
    if (figure.shape === "bare") confidence -= 0.25;
    if (inherited) confidence -= 0.1;
    if (!comparator.explicit && kind === "target" && figure.unit !== "%") confidence -= 0.1;
    if (!levelWasLocal) confidence -= 0.05;
    if (figure.shape === "level") confidence -= 0.05;

    const period = findPeriod(sentence) ?? ctx.period ?? meta.period;
    const scope = readScope(lead, sentence, text.slice(figure.unitEnd, clauseEnd));

    for (const level of levels) {
      drafts.push({
        figure,
        phraseEnd: figure.unitEnd + afterPhrase.length,
        levelWasLocal,
        sentenceStart,
        clauseGroupStart: lastBefore(bounds.sentence, figure.start),
        target: {
          kind,
          section: ctx.section,
          sectionTitle: ctx.sectionTitle,
          level,
          scope,
          indicator,
          op: comparator.op,
          value: figure.value,
          value_max: figure.valueMax,
          denominator: figure.denominator,
          unit: unit ?? "",
          period,
          quote,
          offset: quoteOffset,
          confidence: Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100,
        },
      });
    }
    previous = figure;
  }

  const targets: Target[] = drafts.map((d, i) => ({ id: `T${String(i + 1).padStart(3, "0")}`, ...d.target }));
  return { meta, targets };
}
