// The kind pass: is a figure something promised (target) or something
// already reached (baseline)? Decided, in order, by
//   1. the nearest cue before the figure in its sentence: a commitment word
//      ("phấn đấu", "mục tiêu", "đến năm 2030"), an achievement word ("đã",
//      "hiện có", "tính đến", "vừa qua"), or a time that has passed
//      ("năm học 2023-2024" before the plan's year, "nhiệm kỳ 2020-2025" in
//      a 2025-2030 resolution);
//   2. the last cue of the sentences before it, within its paragraph, then
//      earlier paragraphs up to the previous heading ("Cụ thể, …" continues
//      what the sentence before it said);
//   3. the heading it sits under ("MỤC TIÊU", "KẾT QUẢ");
//   4. the document's genre: a plan promises, a report or a news article
//      reports.
// Each decision carries its evidence, so the confidence pass can say why.

import type { DocumentGenre, TargetKind } from "../plan";
import { COMMITMENT_CUES, cuePattern, WEAK_CUES } from "./lexicon";
import type { Line } from "./normalize";
import type { OutlineContext } from "./structure";
import { firstAfter, lastBefore, paragraphStarts } from "./windows";

export type KindEvidence =
  /** A cue in the figure's own sentence. */
  | "sentence-cue"
  /** A cue in an earlier sentence of the same paragraph. */
  | "paragraph-cue"
  /** A cue in an earlier paragraph under the same heading. */
  | "earlier-cue"
  | "heading"
  | "genre";

export interface KindDecision {
  kind: TargetKind;
  evidence: KindEvidence;
  /** The words that decided, when words did. */
  cue: string | null;
}

/** When the document was written, for telling past periods from future ones. */
export interface ReferenceTime {
  /** The school year or term the document itself is about ("2024-2025" → 2024, 2025). */
  periodStart: number | null;
  periodEnd: number | null;
  /** Year and month it was issued or published. */
  year: number | null;
  month: number | null;
}

/** How far back (characters) a figure's sentence and paragraph are searched for cues. */
const SENTENCE_WINDOW = 400;
const PARAGRAPH_WINDOW = 800;

const CUE = cuePattern();
const SPAN = /(năm học|nhiệm kỳ|giai đoạn|niên khóa|niên khoá)\s(?:từ\s)?(?:năm\s)?(20\d\d)\s?[-–—]\s?(?:năm\s)?(20\d\d)/iu;
const BY_YEAR = /(?:(đến|tới|vào|trong)\s(?:hết\s|cuối\s)?năm|(tính đến|đến)\s(?:ngày\s)?(?:\d{1,2}\s?[/-]\s?)?(?:\d{1,2}\s?[/-]\s?|tháng\s\d{1,2}\s(?:năm\s)?)?)\s?(20\d\d)/iu;
const PLAIN_YEAR = /(?:^|[^\p{L}])năm\s(20\d\d)(?!\s?[-–—]\s?20)/iu;

/** Sentence openings that continue the sentence before ("Cụ thể, …", "Trong đó, …"). */
const CONTINUATION = /^\s?(?:\*+\s?)?(?:cụ thể|trong đó|theo đó|đặc biệt|riêng|ngoài ra|bên cạnh đó|đồng thời)(?![\p{L}])/iu;

const COUNTED_BEFORE = /(?:các|những|mọi|\d+)\s$/iu;

type CueClass = "commitment" | "achievement";

interface Cue {
  at: number;
  cls: CueClass;
  words: string;
  weak: boolean;
}

/** Whether a span of school years or a term that ends in `end` is over by the document's time. */
function isOver(start: number, end: number, ref: ReferenceTime, schoolYear: boolean): boolean {
  if (ref.periodStart !== null && ref.periodEnd !== null && ref.periodEnd - ref.periodStart >= 1) {
    // "năm học 2023-2024" in a 2024-2025 plan; "nhiệm kỳ 2020-2025" in a 2025-2030 resolution.
    if (end <= ref.periodStart && !(start === ref.periodStart && end === ref.periodEnd)) return true;
    if (start >= ref.periodStart) return false;
  }
  if (ref.year === null) return false;
  // A school year ends in May; a term or plan period with its last year.
  if (end < ref.year) return true;
  return end === ref.year && (ref.month === null ? !schoolYear : ref.month >= 6);
}

/** Cues in `text` (starting at `base` in the document), in order. */
function cuesIn(text: string, base: number, ref: ReferenceTime): Cue[] {
  const cues: Cue[] = [];
  for (const m of text.matchAll(CUE)) {
    const words = m[0];
    const at = m.index ?? 0;
    // "tất cả các chỉ tiêu", "17 chỉ tiêu": the noun, not a promise.
    if (/^chỉ tiêu$/iu.test(words) && COUNTED_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (inBrackets(text, at)) continue;
    const lower = words.toLowerCase();
    cues.push({ at: base + at, cls: COMMITMENT_CUES.has(lower) ? "commitment" : "achievement", words, weak: WEAK_CUES.has(lower) });
  }
  // Time words, by the document's own time.
  for (const m of text.matchAll(new RegExp(SPAN.source, "giu"))) {
    const start = Number(m[2]);
    const end = Number(m[3]);
    const schoolYear = /năm học|niên/iu.test(m[1]);
    if (isOver(start, end, ref, schoolYear)) cues.push({ at: base + (m.index ?? 0), cls: "achievement", words: m[0], weak: false });
    else if (!schoolYear && ref.year !== null && start >= ref.year && end > ref.year) {
      cues.push({ at: base + (m.index ?? 0), cls: "commitment", words: m[0], weak: false });
    }
  }
  for (const m of text.matchAll(new RegExp(BY_YEAR.source, "giu"))) {
    const year = Number(m[3]);
    const reference = ref.year ?? ref.periodStart;
    if (m[2]) {
      // "tính đến ngày 31/5/2025", "đến tháng 6 năm 2024": a count taken on a date.
      if (reference === null || year <= reference) cues.push({ at: base + (m.index ?? 0), cls: "achievement", words: m[0], weak: false });
    } else if (reference === null || year > reference) {
      cues.push({ at: base + (m.index ?? 0), cls: "commitment", words: m[0], weak: false });
    }
  }
  for (const m of text.matchAll(new RegExp(PLAIN_YEAR.source, "giu"))) {
    const reference = ref.periodStart ?? ref.year;
    if (reference !== null && Number(m[1]) < reference) cues.push({ at: base + (m.index ?? 0), cls: "achievement", words: m[0].trim(), weak: false });
  }
  return cues.sort((a, b) => a.at - b.at);
}

/** Whether `at` sits inside an open bracket: asides do not set a sentence's kind. */
function inBrackets(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

const toKind = (cls: CueClass): TargetKind => (cls === "commitment" ? "target" : "baseline");

/**
 * What a genre states when nothing else tells: a report or a news article
 * reports; a plan, and a resolution (whose review of the past term says so in
 * its own words: "nhiệm kỳ 2020-2025 … đạt được"), promise.
 */
export function genreKind(genre: DocumentGenre): TargetKind {
  return genre === "report" || genre === "news" ? "baseline" : "target";
}

/**
 * Reads kinds for figures taken in document order. Work per figure is
 * bounded by the windows above, so the pass stays linear.
 */
export class KindReader {
  private readonly paragraphStarts: number[];
  /** The cues of the paragraph read last (figures come in order, so one entry is enough and memory stays flat). */
  private cached: { start: number; cues: Cue[] } | null = null;
  /** The last decisive cue of earlier paragraphs under the current heading. */
  private carried: { cue: Cue; headingStart: number } | null = null;
  private carriedParagraph = -1;

  constructor(
    private readonly text: string,
    lines: Line[],
    private readonly genre: DocumentGenre,
    private readonly ref: ReferenceTime,
  ) {
    this.paragraphStarts = paragraphStarts(lines);
    this.defaultKind = genre === "unknown" ? leanOf(text, ref) : genreKind(genre);
  }

  /** What a figure is when nothing near it tells: the genre's kind, or for untitled text the way it mostly speaks. */
  private readonly defaultKind: TargetKind;

  /** The cues of the paragraph that starts at `start`, computed once. */
  private paragraphCues(start: number, end: number): Cue[] {
    if (this.cached?.start !== start) this.cached = { start, cues: cuesIn(this.text.slice(start, end), start, this.ref) };
    return this.cached.cues;
  }

  decide(figureStart: number, sentenceStart: number, outline: OutlineContext, headingStart: number): KindDecision {
    const paragraph = Math.max(lastBefore(this.paragraphStarts, figureStart), headingStart, figureStart - PARAGRAPH_WINDOW);
    // Cues are read up to the paragraph's own end: reading a fixed window per short line would multiply the work.
    const paragraphEnd = Math.min(firstAfter(this.paragraphStarts, paragraph, this.text.length), paragraph + PARAGRAPH_WINDOW * 2);
    if (paragraph !== this.carriedParagraph) this.advanceCarry(paragraph, headingStart);
    const cues = figureStart < paragraphEnd ? this.paragraphCues(paragraph, paragraphEnd) : cuesIn(this.text.slice(Math.max(paragraph, figureStart - SENTENCE_WINDOW), figureStart), Math.max(paragraph, figureStart - SENTENCE_WINDOW), this.ref);
    // Where the heading or the genre says "plan", a weak word does not overrule it.
    const planContext = outline.kindFromHeading ? outline.kind === "target" : this.defaultKind === "target";
    let last: Cue | null = null;
    for (const cue of cues) {
      if (cue.at >= figureStart) break;
      if (cue.weak && planContext) continue;
      last = cue;
    }
    const from = Math.max(sentenceStart, figureStart - SENTENCE_WINDOW);
    if (last && last.at >= from) return { kind: toKind(last.cls), evidence: "sentence-cue", cue: last.words };
    if (last) {
      // An earlier sentence's words carry over when they agree with the
      // heading or genre, or when they introduced what follows ("… đề ra
      // các mục tiêu cụ thể: …", "Cụ thể, …"); a plan's "Duy trì 20 trường
      // hiện có." does not make its next sentence a report.
      const contextKind = outline.kindFromHeading ? outline.kind : this.defaultKind;
      const introduced = /:\s/.test(this.text.slice(last.at, from + 1)) || CONTINUATION.test(this.text.slice(from, from + 24));
      if (toKind(last.cls) === contextKind || introduced) return { kind: toKind(last.cls), evidence: "paragraph-cue", cue: last.words };
    }
    // A heading ("KẾT QUẢ …", "MỤC TIÊU …") outranks words of other paragraphs.
    if (outline.kindFromHeading) return { kind: outline.kind, evidence: "heading", cue: null };
    if (this.carried && this.carried.headingStart === headingStart) {
      return { kind: toKind(this.carried.cue.cls), evidence: "earlier-cue", cue: this.carried.cue.words };
    }
    return { kind: this.defaultKind, evidence: "genre", cue: null };
  }

  /** Moves to a new paragraph: the previous paragraphs' last cue carries over. */
  private advanceCarry(paragraph: number, headingStart: number): void {
    if (this.carried && this.carried.headingStart !== headingStart) this.carried = null;
    // Paragraphs between the last one read and this one may hold cues without figures.
    const from = Math.max(this.carriedParagraph < 0 ? headingStart : this.carriedParagraph, headingStart, paragraph - PARAGRAPH_WINDOW * 2);
    if (from < paragraph) {
      const cues = cuesIn(this.text.slice(from, paragraph), from, this.ref);
      const strong = cues.filter((cue) => !cue.weak);
      if (strong.length) this.carried = { cue: strong[strong.length - 1], headingStart };
    }
    this.carriedParagraph = paragraph;
  }
}

/**
 * Untitled text (a pasted passage, a news article without a dateline) speaks
 * mostly in promises or mostly in results; count its cues once to tell.
 */
function leanOf(text: string, ref: ReferenceTime): TargetKind {
  let commitments = 0;
  let achievements = 0;
  for (const cue of cuesIn(text, 0, ref)) {
    if (cue.cls === "commitment") commitments++;
    else achievements++;
  }
  return achievements > commitments ? "baseline" : "target";
}

