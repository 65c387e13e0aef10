// The level and scope pass: which education level a figure is about (its own
// words, an inline label such as "Cấp học Mầm non:", a bulleted item that
// opens with a level, intake "vào lớp 1", the heading) and the sub-population
// it is limited to ("vùng khó khăn", "(ĐBKK)", "riêng trẻ 5 tuổi").

import type { Level } from "../plan";
import { LEVEL_LABEL, type LevelMention, levelMentions, levelOfGrade } from "./levels";
import type { Line } from "./normalize";
import { lastIndexAtOrBefore } from "./windows";

const LIST_ITEM = /(?<=^|[.;:]\s)(?:\(\d{1,2}\)\s?[-–]?|[-–+•]\s)/gu;

interface LabelEvent {
  offset: number;
  level: Level | null;
}

/** Inline level labels ("Cấp học Mầm non:") and the headings that end them. */
export function levelLabels(text: string, headingOffsets: number[], lines: Line[]): (at: number) => Level | null {
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
    let index = lastIndexAtOrBefore(offsets, at);
    if (index < 0) return null;
    const last = offsets[index];
    // Several events at one offset: a label wins over the heading reset.
    while (index > 0 && offsets[index - 1] === last && events[index].level === null) index--;
    return events[index].level;
  };
}

// Words that end the noun phrase right after a figure ("96% trường tiểu
// học có giáo viên…": the phrase is "trường tiểu học").
export const PHRASE_END = /\s(?:có|được|đạt|là|biết|tham gia|triển khai|thực hiện|ra|đến|vào|hoàn thành|tổ chức|sử dụng|ăn|và|trong|theo|so với|ở)(?![\p{L}])|[,;.:()]/u;
export const INTAKE = /(?:^|[^\p{L}])vào (?:học )?lớp (\d{1,2})(?!\d)/u;
const INTAKE_VERB = /huy động|tuyển sinh|tuyển mới|tuyển vào|đi học|ra lớp/u;
const FOR_GRADES = /^\s?(?:\*+\s?)?(?:đối với|với|ở|cho) ((?:lớp \d{1,2}(?:,\s?| và )?){2,})/u;

export interface LevelReading {
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

export function readLevels(subject: string, afterPhrase: string, tail: string, sentence: string): LevelReading | null {
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
  // "học sinh vào lớp 6 đạt 99%" is about entering grade 6; "học sinh lớp 9 vào lớp 10" names the grade they leave.
  const otherLevel = levelMentions(subject.replace(INTAKE, " ")).length > 0;
  if (intake && (INTAKE_VERB.test(sentence) || INTAKE.exec(tail) || !otherLevel)) {
    const level = levelOfGrade(Number(intake[1]));
    if (level) return { levels: [level], local: true };
  }
  const mentions = levelMentions(subject.replace(INTAKE, " "));
  if (mentions.length === 0) {
    // "100% học sinh lớp 5 hoàn thành …": the grade right after the figure names its level.
    const graded = levelMentions(afterPhrase, true);
    return graded.length ? { levels: [graded[0].level], local: true } : null;
  }
  const listed = listedLevels(mentions, subject.replace(INTAKE, " "));
  if (listed.length > 0 && mentions.length > 1) return { levels: listed, local: true };
  return { levels: [mentions[0].level], local: true };
}

const SCOPE_IN_BRACKET = /\(\s?([\p{Lu}Đ][\p{L}\d&\- ]{0,24}?)\s?$/u;
const SCOPE_ZONE = /(?:^|[^\p{L}])(?:ở|tại|đối với)?\s?((?:các )?vùng (?:có điều kiện kinh tế[ -]xã hội (?:đặc biệt )?khó khăn|đặc biệt khó khăn|thuận lợi|khó khăn|ĐBKK|dân tộc thiểu số))/u;
const SCOPE_ONLY = /(?:^|[^\p{L}])(?:riêng|trong đó)\s((?:trẻ\s)?\d tuổi|lớp [\d, ]+)\s?:?\s?(?:đạt|là)?\s?$/iu;

export function readScope(lead: string, sentence: string, after: string): string | null {
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

