// Which education level a phrase talks about. Vietnamese plans name levels
// in full ("trung học cơ sở"), by abbreviation ("THCS", "GDNN-GDTX"), by the
// children in them ("nhà trẻ", "mẫu giáo", "trẻ 5 tuổi") or by grade
// ("lớp 6" is lower secondary).

import type { Level } from "../plan";

interface LevelWord {
  pattern: RegExp;
  level: Level;
}

// Word boundaries for Vietnamese: \b does not know letters like "ư" or "đ".
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

function word(source: string, level: Level, flags = "iu"): LevelWord {
  return { pattern: new RegExp(`${B}(?:${source})${E}`, flags), level };
}

// Order matters: longer and more specific phrases first.
const LEVEL_WORDS: LevelWord[] = [
  word("TH&THCS|TH ?& ?THCS|TH và THCS|Tiểu học và THCS|Tiểu học và Trung học cơ sở|THCS ?& ?THPT|liên cấp", "chung", "u"),
  // "Phổ cập giáo dục, xóa mù chữ" is the whole universalisation programme.
  word("phổ cập giáo dục,? (?:và )?xóa mù chữ|phổ cập giáo dục,? (?:và )?xoá mù chữ|PCGD ?[-–,&] ?XMC|PCGD,? (?:và )?XMC", "chung"),
  word("giáo dục thường xuyên|giáo dục nghề nghiệp|GDNN|GDTX|GDTT|TTGDNN|xóa mù chữ|xoá mù chữ|XMC|học viên", "gdtx"),
  word("trung học phổ thông", "thpt"),
  word("THPT", "thpt", "u"),
  word("trung học cơ sở", "thcs"),
  word("THCS", "thcs", "u"),
  word("tiểu học", "tieu_hoc"),
  word("TH", "tieu_hoc", "u"),
  word("mầm non|nhà trẻ|mẫu giáo", "mam_non"),
  word("MN", "mam_non", "u"),
  word("trẻ(?! em dưới)|suy dinh dưỡng|thể nhẹ cân|thể thấp còi|béo phì", "mam_non"),
  word("giáo dục phổ thông|phổ thông", "chung"),
  word("trung học", "thcs"),
];

const GRADE = new RegExp(`${B}lớp (\\d{1,2})${E}`, "iu");

/** The level a grade number belongs to (lớp 1–5, 6–9, 10–12). */
export function levelOfGrade(grade: number): Level | null {
  if (grade >= 1 && grade <= 5) return "tieu_hoc";
  if (grade >= 6 && grade <= 9) return "thcs";
  if (grade >= 10 && grade <= 12) return "thpt";
  return null;
}

export interface LevelMention {
  level: Level;
  index: number;
  length: number;
}

/** Every level mention in a phrase, in order, without overlaps. */
export function levelMentions(phrase: string, withGrades = true): LevelMention[] {
  const found: LevelMention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);
  for (const { pattern, level } of LEVEL_WORDS) {
    const global = new RegExp(pattern.source, pattern.flags + "g");
    for (const m of phrase.matchAll(global)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      found.push({ level, index: start, length: m[0].length });
    }
  }
  if (withGrades) {
    const grades = new RegExp(GRADE.source, "giu");
    for (const m of phrase.matchAll(grades)) {
      const level = levelOfGrade(Number(m[1]));
      const start = m.index ?? 0;
      // "từ lớp 3 trở lên" spans several levels: it names no single one.
      const rest = phrase.slice(start + m[0].length, start + m[0].length + 10);
      if (!level || /^\s*trở lên/u.test(rest) || overlaps(start, start + m[0].length)) continue;
      found.push({ level, index: start, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The distinct levels named in a phrase, in order of first mention. */
export function levelsIn(phrase: string, withGrades = true): Level[] {
  const levels: Level[] = [];
  for (const { level } of levelMentions(phrase, withGrades)) {
    if (!levels.includes(level)) levels.push(level);
  }
  return levels;
}

/** The level a phrase's last mention names, or null. */
export function lastLevelIn(phrase: string, withGrades = true): Level | null {
  const mentions = levelMentions(phrase, withGrades);
  return mentions.length ? mentions[mentions.length - 1].level : null;
}

/** The level a phrase's first mention names, or null. */
export function firstLevelIn(phrase: string, withGrades = true): Level | null {
  const mentions = levelMentions(phrase, withGrades);
  return mentions.length ? mentions[0].level : null;
}

/**
 * A level label that opens a block of text: "Cấp học Mầm non:",
 * "- Giáo dục Tiểu học:", "THCS:", "(2)- Đối với giáo dục mầm non:".
 * Group 1 is the level phrase.
 */
export const LEVEL_LABEL = new RegExp(
  String.raw`(?:^|[\s*(\-–+:.;])(?:\*+\s*)?(?:Đối với\s+)?(?:(?:Cấp học|Cấp|Bậc học|Bậc|Giáo dục|giáo dục|cấp học|cấp)\s+)?` +
    String.raw`(Mầm non|mầm non|MẦM NON|Tiểu học|tiểu học|TIỂU HỌC|Trung học cơ sở|trung học cơ sở|TRUNG HỌC CƠ SỞ|THCS|Trung học phổ thông|trung học phổ thông|THPT|Trung học|trung học|GDTX|GDNN-GDTX|Giáo dục thường xuyên|giáo dục thường xuyên)` +
    String.raw`\s*\**\s*:`,
  "gu",
);
