// What kind of document the text is: a plan (targets to reach), a report
// (results of its issuer), a resolution (a Party congress or council setting
// targets for its term), or a news article reporting results. Administrative
// documents name their kind in the title word (Nghị định 30/2020/NĐ-CP); an
// untitled text is judged by the signs each kind leaves in its wording.

import type { DocumentGenre, PlanMeta } from "../plan";
import type { NormalizedDocument } from "./normalize";

export type { DocumentGenre } from "../plan";

export interface GenreReading {
  genre: DocumentGenre;
  /** A short code for what decided it, e.g. "title:KẾ HOẠCH" or "news-header". */
  reason: string;
}

/** Title words of administrative documents and the genre each names. */
export const TITLE_GENRES: readonly { word: string; genre: DocumentGenre }[] = [
  { word: "KẾ HOẠCH", genre: "plan" },
  { word: "CHƯƠNG TRÌNH", genre: "plan" },
  { word: "ĐỀ ÁN", genre: "plan" },
  { word: "QUYẾT ĐỊNH", genre: "plan" },
  { word: "BÁO CÁO", genre: "report" },
  { word: "NGHỊ QUYẾT", genre: "resolution" },
];

/** Kind codes in a document number ("12/KH-UBND", "05-NQ/ĐU") and their genre. */
export const NUMBER_GENRES: readonly { code: string; genre: DocumentGenre }[] = [
  { code: "KH", genre: "plan" },
  { code: "CTr", genre: "plan" },
  { code: "CTHĐ", genre: "plan" },
  { code: "ĐA", genre: "plan" },
  { code: "QĐ", genre: "plan" },
  { code: "BC", genre: "report" },
  { code: "NQ", genre: "resolution" },
];

/** Labels of the date line a news page starts with ("date 2025-09-17", "Ngày đăng: 08:20"). */
export const NEWS_HEADER_LABELS: readonly string[] = [
  "date", "post", "posted", "published", "ngày đăng", "đăng ngày", "đăng lúc", "cập nhật", "ngày cập nhật",
];

/** Photo captions and credits. */
export const PHOTO_CREDITS: readonly string[] = ["ảnh:", "(ảnh", "ảnh minh họa", "ảnh minh hoạ"];

/** Author lines and agency credits. */
export const BYLINE_MARKS: readonly string[] = [
  "tác giả:", "(t/h)", "(tổng hợp)", "theo ttxvn", "- ttxvn", "(ttxvn)", "phóng viên",
];

/** A journalist reporting what others did or said, in the past tense. */
export const NEWS_REPORTING_PHRASES: readonly string[] = [
  "vừa tổ chức", "vừa ban hành", "vừa diễn ra", "vừa công bố", "vừa phê duyệt", "vừa có", "vừa qua",
  "năm học vừa qua", "cho biết", "thông tin:", "thông tin thêm", "theo thống kê", "theo báo cáo",
  "theo đánh giá", "theo số liệu", "cho thấy", "nhận định", "ghi nhận", "chia sẻ", "nhấn mạnh",
  "chúng tôi", "đã có",
];

/** Third-person accounts of a conference, congress or ceremony. */
export const CONFERENCE_REPORT_PHRASES: readonly string[] = [
  "hội nghị diễn ra", "đại hội diễn ra", "tổ chức đại hội", "tổ chức hội nghị", "tổ chức lễ", "dự đại hội",
  "dự hội nghị", "tham dự", "quang cảnh", "chủ trì", "lễ khai giảng", "lễ tổng kết",
];

/** Wording of a congress resolution setting the term's targets. */
export const RESOLUTION_PHRASES: readonly string[] = [
  "nghị quyết đại hội", "đại hội đề ra", "đại hội đã đề ra", "đại hội xác định", "đại hội thông qua",
];

/** Words that resolutions use, but not only they. */
export const RESOLUTION_HINTS: readonly string[] = ["nhiệm kỳ", "nhiệm kì", "ban chấp hành", "đảng bộ"];

/** Wording of targets set for the future. */
export const PLAN_PHRASES: readonly string[] = [
  "mục tiêu", "phấn đấu", "tầm nhìn đến năm", "định hướng đến năm", "nhiệm vụ, giải pháp", "tổ chức thực hiện",
];

/** How many lines at the top may hold a news page's date line, dateline or lead, and how far into each. */
const NEWS_TOP_LINES = 5;
const NEWS_TOP_CHARS = 300;
/** Below this score no kind of text is told apart. */
const MIN_SCORE = 2;
/** A mixed-case title ("Kế hoạch …" as a first line) gives way to this much news. */
const HEADLINE_NEWS_SCORE = 4;
/** How much of a text's start and end its wording is judged by: a news page's length and its byline. */
const WORDING_HEAD = 20_000;
const WORDING_TAIL = 2_000;
/** A headline is one short line with no closing punctuation. */
const HEADLINE_CHARS = { min: 15, max: 160 };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const NEWS_HEADER = new RegExp(
  `(?:^|[\\s\\-–])(?:${NEWS_HEADER_LABELS.map(escape).join("|")})\\s*:?\\s*\\d`,
  "iu",
);
// "(HNM) - …", "(VTC News) – …": the agency before the first sentence.
const DATELINE = /\([^()]{2,30}\)\s*[-–—](?:\s|$)/u;
// "(Báo Phú Thọ)", "(Tạp chí Giáo dục)": a paper credited ("(báo cáo …" is not one).
const PAPER_CREDIT = /\((?:Báo|Tạp chí)\s+\p{Lu}/u;
// "Ngày 27-9, …", "Sáng 5/9, …": a news lead opens on the day it reports.
const NEWS_LEAD = /^(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?\d{1,2}\s*[-/]\s*\d{1,2}(?:\s*[-/]\s*\d{2,4})?\s*,/iu;
const NUMBERED = /^(?:[-+•*]|\d|[IVXLC]+\.|[a-zđ]\))/u;

/** Where `phrase` stands as whole words in lower-case `text`, or -1. */
function phraseAt(text: string, phrase: string): number {
  const letter = /[\p{L}\d]/u;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const before = i > 0 ? text[i - 1] : " ";
    const after = text[i + phrase.length] ?? " ";
    const openOk = !letter.test(phrase[0]) || !letter.test(before);
    const closeOk = !letter.test(phrase[phrase.length - 1]) || !letter.test(after);
    if (openOk && closeOk) return i;
  }
  return -1;
}

/** The phrases of a list found in the text, in list order. */
function phrasesIn(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => phraseAt(text, phrase) >= 0);
}

interface Score {
  points: number;
  /** The cues found, the weightiest first. */
  cues: string[];
}

function score(strong: string[], weak: string[]): Score {
  return { points: 2 * strong.length + weak.length, cues: [...strong, ...weak] };
}

function isHeadline(doc: NormalizedDocument, meta: PlanMeta): boolean {
  if (doc.lines.length < 2 || meta.number || meta.title) return false;
  const first = doc.lines[0].text;
  return (
    first.length >= HEADLINE_CHARS.min &&
    first.length <= HEADLINE_CHARS.max &&
    !/[.;:!?…]$/u.test(first) &&
    /\p{Ll}/u.test(first) &&
    !NUMBERED.test(first) &&
    doc.lines[1].text.length > first.length
  );
}

function newsScore(doc: NormalizedDocument, meta: PlanMeta, excerpt: string): Score {
  const lower = excerpt.toLowerCase();
  const top = doc.lines.slice(0, NEWS_TOP_LINES).map((line) => line.text.slice(0, NEWS_TOP_CHARS));
  const strong: string[] = [];
  if (top.some((line) => NEWS_HEADER.test(line))) strong.push("news-header");
  if (top.some((line) => DATELINE.test(line))) strong.push("news-dateline");
  if (phrasesIn(lower, PHOTO_CREDITS).length > 0) strong.push("photo-credit");
  if (phrasesIn(lower, BYLINE_MARKS).length > 0) strong.push("byline");
  if (PAPER_CREDIT.test(excerpt)) strong.push("paper-credit");
  const weak: string[] = [];
  if (top.some((line) => NEWS_LEAD.test(line))) weak.push("news-lead");
  if (isHeadline(doc, meta)) weak.push("headline");
  weak.push(...phrasesIn(lower, NEWS_REPORTING_PHRASES).map((p) => `reporting:${p}`));
  weak.push(...phrasesIn(lower, CONFERENCE_REPORT_PHRASES).map((p) => `conference:${p}`));
  return score(strong, weak);
}

function titleGenre(title: string | null): { genre: DocumentGenre; word: string; formal: boolean } | null {
  if (!title) return null;
  const upper = title.toUpperCase();
  const entry = TITLE_GENRES.find(({ word }) => upper.startsWith(word) && !/\p{L}/u.test(upper[word.length] ?? ""));
  return entry ? { genre: entry.genre, word: entry.word, formal: title.startsWith(entry.word) } : null;
}

function numberGenre(num: string | null): { genre: DocumentGenre; code: string } | null {
  if (!num) return null;
  const codes = num.split(/\s*[/\-–]\s*/u);
  for (const entry of NUMBER_GENRES) if (codes.includes(entry.code)) return { genre: entry.genre, code: entry.code };
  return null;
}

/** The part of the text whose wording is weighed: its start and its end (a byline). */
function wording(text: string): string {
  if (text.length <= WORDING_HEAD + WORDING_TAIL) return text;
  return `${text.slice(0, WORDING_HEAD)}\n${text.slice(-WORDING_TAIL)}`;
}

/** The document's genre and the sign that decided it. */
export function readGenre(doc: NormalizedDocument, meta: PlanMeta): GenreReading {
  const titled = titleGenre(meta.title);
  if (titled?.formal) return { genre: titled.genre, reason: `title:${titled.word}` };
  const excerpt = wording(doc.text);
  const lower = excerpt.toLowerCase();
  const news = newsScore(doc, meta, excerpt);
  if (titled && news.points < HEADLINE_NEWS_SCORE) return { genre: titled.genre, reason: `title:${titled.word}` };
  const numbered = numberGenre(meta.number);
  if (numbered) return { genre: numbered.genre, reason: `number:${numbered.code}` };

  // News cues name themselves ("news-header", "reporting:cho biết"); the others get their genre's label.
  const candidates: Array<{ genre: DocumentGenre; score: Score; label: string }> = [
    // Ties go to the earlier: a resolution's wording is the most particular.
    { genre: "resolution", label: "resolution", score: score(phrasesIn(lower, RESOLUTION_PHRASES), phrasesIn(lower, RESOLUTION_HINTS)) },
    { genre: "plan", label: "plan-text", score: score([], phrasesIn(lower, PLAN_PHRASES)) },
    { genre: "news", label: "news", score: news },
  ];
  const best = candidates.reduce((a, b) => (b.score.points > a.score.points ? b : a));
  if (best.score.points < MIN_SCORE) return { genre: "unknown", reason: "no-signs" };
  const cue = best.score.cues[0];
  return { genre: best.genre, reason: best.genre === "news" ? cue : `${best.label}:${cue}` };
}
