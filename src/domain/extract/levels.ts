// Which education level a phrase talks about. Vietnamese plans name levels
// in full ("trung học cơ sở"), by abbreviation ("THCS", "GDNN-GDTX"), by the
// children in them ("nhà trẻ", "mẫu giáo", "trẻ 5 tuổi") or by grade
// ("lớp 6" is lower secondary).

import type { Level } from "../plan";

// Word boundaries for Vietnamese: \b does not know letters like "ư" or "đ".
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

// Level words, most specific first: at one position the first alternative
// that matches wins, so "trung học phổ thông" beats "trung học" and
// "TH&THCS" beats "TH".
const LEVEL_WORDS: Array<[source: string, level: Level]> = [
  ["TH ?& ?THCS|TH và THCS|Tiểu học và THCS|Tiểu học và Trung học cơ sở|THCS ?& ?THPT|liên cấp", "chung"],
  // "Phổ cập giáo dục, xóa mù chữ" is the whole universalisation programme.
  ["phổ cập giáo dục,? (?:và )?xóa mù chữ|phổ cập giáo dục,? (?:và )?xoá mù chữ|PCGD ?[-–,&] ?XMC|PCGD,? (?:và )?XMC", "chung"],
  // Literacy and vocational training belong with continuing education: "người biết chữ", "lao động qua đào tạo nghề".
  ["giáo dục thường xuyên|giáo dục nghề nghiệp|GDNN|GDTX|GDTT|TTGDNN|xóa mù chữ|xoá mù chữ|XMC|học viên|biết chữ|mù chữ|học nghề|đào tạo nghề|lao động qua đào tạo", "gdtx"],
  ["trung học phổ thông|THPT", "thpt"],
  ["trung học cơ sở|THCS", "thcs"],
  ["tiểu học|TH", "tieu_hoc"],
  ["mầm non|nhà trẻ|mẫu giáo|MN|trẻ(?! em dưới)|suy dinh dưỡng|thể nhẹ cân|thể thấp còi|béo phì", "mam_non"],
  ["giáo dục phổ thông|phổ thông", "chung"],
  ["trung học", "thcs"],
];

// One pass over a phrase: each alternative is a capturing group whose
// number says the level. Compiled once; phrases are scanned per figure.
const LEVEL_PATTERN = new RegExp(`${B}(?:${LEVEL_WORDS.map(([source]) => `(${source})`).join("|")})${E}`, "giu");

const GRADE = new RegExp(`${B}lớp (\\d{1,2})${E}`, "giu");

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

/**
 * Every level mention in a phrase, in order, without overlaps. Called for
 * every figure, so it walks the shared patterns with exec (matchAll copies a
 * pattern per call) and checks overlaps in one pass over the sorted mentions.
 */
export function levelMentions(phrase: string, withGrades = true): LevelMention[] {
  const words: LevelMention[] = [];
  LEVEL_PATTERN.lastIndex = 0;
  for (let m = LEVEL_PATTERN.exec(phrase); m; m = LEVEL_PATTERN.exec(phrase)) {
    let group = 1;
    while (m[group] === undefined) group++;
    words.push({ level: LEVEL_WORDS[group - 1][1], index: m.index, length: m[0].length });
  }
  if (!withGrades) return words;
  const grades: LevelMention[] = [];
  // Level words come in order and never overlap: the first one that ends
  // after a grade starts is the only one that can overlap it.
  let next = 0;
  GRADE.lastIndex = 0;
  for (let m = GRADE.exec(phrase); m; m = GRADE.exec(phrase)) {
    const level = levelOfGrade(Number(m[1]));
    const start = m.index;
    const end = start + m[0].length;
    while (next < words.length && words[next].index + words[next].length <= start) next++;
    const overlaps = next < words.length && words[next].index < end;
    // "từ lớp 3 trở lên" spans several levels: it names no single one.
    if (!level || /^\s*trở lên/u.test(phrase.slice(end, end + 10)) || overlaps) continue;
    grades.push({ level, index: start, length: m[0].length });
  }
  return grades.length ? words.concat(grades).sort((a, b) => a.index - b.index) : words;
}

/** The distinct levels named in a phrase, in order of first mention. */
export function levelsIn(phrase: string, withGrades = true): Level[] {
  const levels: Level[] = [];
  for (const { level } of levelMentions(phrase, withGrades)) {
    if (!levels.includes(level)) levels.push(level);
  }
  return levels;
}

/**
 * A level label that opens a block of text: "Cấp học Mầm non:",
 * "- Giáo dục Tiểu học:", "THCS:", "(2)- Đối với giáo dục mầm non:".
 * Group 1 is the level phrase. The bold markers before it are bounded
 * ("\*{1,4}", not "\*+"): an unbounded run would be re-read from every star
 * of a long row of stars, which is quadratic; a longer run still matches,
 * from a later star, with the same end and group.
 */
export const LEVEL_LABEL = new RegExp(
  String.raw`(?:^|[\s*(\-–+:.;])(?:\*{1,4}\s*)?(?:Đối với\s+)?(?:(?:Cấp học|Cấp|Bậc học|Bậc|Giáo dục|giáo dục|cấp học|cấp)\s+)?` +
    String.raw`(Mầm non|mầm non|MẦM NON|Tiểu học|tiểu học|TIỂU HỌC|Trung học cơ sở|trung học cơ sở|TRUNG HỌC CƠ SỞ|THCS|Trung học phổ thông|trung học phổ thông|THPT|Trung học|trung học|GDTX|GDNN-GDTX|Giáo dục thường xuyên|giáo dục thường xuyên)` +
    String.raw`\s*\**\s*:`,
  "gu",
);
