// The sentence of the document a target was read from, so the planner can
// check a figure against its own words. Offsets are into the normalized text
// (./extract/normalize.ts), as `Target.offset` is. Scans are bounded around
// the figure, so one endless sentence (a PDF table without full stops) costs
// no more than a short one.

import { normalizeDocument } from "./extract/normalize";
import { lastIndexAtOrBefore, paragraphStarts } from "./extract/windows";

export interface SentenceSpan {
  /** The sentence, [start, end) in the text; it always holds the quote. */
  start: number;
  end: number;
  /** Where the quote is, inside [start, end). */
  quoteStart: number;
  quoteEnd: number;
  /** The sentence runs on past `start` / `end`, cut to stay readable in a pane. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** How far a sentence is shown either side of its figure before it is cut (at a space). */
export const SENTENCE_REACH = 250;
/** Characters around a cut or a sentence's ends that decide where it ends; excerpts keep them. */
const MARGIN = 16;
/** Closing quotes and brackets that may follow a full stop: “… đạt 100%.” */
const CLOSERS = /["”’)»\]]/u;
/**
 * A full stop after these words does not end a sentence: a list marker
 * ("1.", "II.", "a.") or a short abbreviation ("TP.", "v.v.").
 */
const NOT_AN_END = /^(?:\d{1,2}|[IVXLC]{1,5}|\p{L}|TP|Tp|TX|TT|ThS|TS|GS|PGS|v\.v)$/u;

/** Where `quote` is: at `offset` when it is there, else its nearest occurrence; null when the text lacks it. */
export function locateQuote(text: string, offset: number, quote: string): number | null {
  if (quote === "") return null;
  if (offset >= 0 && text.startsWith(quote, offset)) return offset;
  const at = Math.min(Math.max(offset, 0), text.length);
  const before = text.lastIndexOf(quote, at);
  const after = text.indexOf(quote, at);
  if (before < 0) return after < 0 ? null : after;
  if (after < 0) return before;
  return at - before <= after - at ? before : after;
}

/** Past the end of the sentence ended by the mark at `at` (with its closers), or -1 when `at` ends none. */
function sentenceEndAfter(text: string, at: number): number {
  if (!/[.!?]/.test(text[at])) return -1;
  let end = at + 1;
  while (end < text.length && end - at <= 3 && CLOSERS.test(text[end])) end += 1;
  if (end < text.length && !/\s/.test(text[end])) return -1;
  if (text[at] === ".") {
    // The word before the stop, looked for no further back than an abbreviation could reach.
    const from = Math.max(0, at - 8);
    const word = text.slice(from, at).split(/\s/).pop() ?? "";
    if (NOT_AN_END.test(word)) return -1;
  }
  return end;
}

/**
 * The sentence around `quote` (found at `offset`, or nearest to it): from the
 * previous sentence end or paragraph start (`breaks`, sorted) to the next,
 * cut at a space when it runs on more than SENTENCE_REACH characters either
 * side. Null when the text does not hold the quote.
 */
export function findSentence(text: string, offset: number, quote: string, breaks: readonly number[] = []): SentenceSpan | null {
  const quoteStart = locateQuote(text, offset, quote);
  if (quoteStart === null) return null;
  const quoteEnd = quoteStart + quote.length;

  // Backwards: no further than the paragraph's start or the reach.
  const paragraph = breaks[lastIndexAtOrBefore(breaks, quoteStart)] ?? 0;
  const limit = Math.max(paragraph, quoteStart - SENTENCE_REACH, 0);
  let start = -1;
  for (let at = quoteStart - 1; at >= limit && start < 0; at -= 1) {
    const end = sentenceEndAfter(text, at);
    if (end >= 0 && end <= quoteStart) start = end;
  }
  let cutBefore = false;
  if (start < 0) {
    cutBefore = limit > paragraph && limit > 0;
    start = cutBefore ? nextSpace(text, limit, quoteStart) : limit;
  }
  while (start < quoteStart && /\s/.test(text[start])) start += 1;

  // Forwards: to the sentence's end, the next paragraph, or the reach.
  const nextParagraph = breaks[lastIndexAtOrBefore(breaks, quoteEnd) + 1] ?? text.length;
  const stop = Math.min(nextParagraph, quoteEnd + SENTENCE_REACH, text.length);
  let end = -1;
  for (let at = quoteEnd; at < stop && end < 0; at += 1) end = sentenceEndAfter(text, at);
  let cutAfter = false;
  if (end < 0) {
    cutAfter = stop < nextParagraph && stop < text.length;
    end = cutAfter ? lastSpace(text, quoteEnd, stop) : stop;
  }
  while (end > quoteEnd && /\s/.test(text[end - 1])) end -= 1;
  return { start, end: Math.max(end, quoteEnd), quoteStart, quoteEnd, cutBefore, cutAfter };
}

/** Just past the first space in [from, before), or `from` when there is none. */
function nextSpace(text: string, from: number, before: number): number {
  for (let at = from; at < before; at += 1) if (/\s/.test(text[at])) return at + 1;
  return from;
}

/** The last space in (after, before], or `before` when there is none. */
function lastSpace(text: string, after: number, before: number): number {
  for (let at = before; at > after; at -= 1) if (/\s/.test(text[at])) return at;
  return before;
}

// --- The text kept with a draft ----------------------------------------------

/**
 * What of a document the pane keeps to show targets' sentences: the whole
 * normalized text of an ordinary plan, or, of a long one, only excerpts
 * around its targets, so a saved draft stays small. Either way a sentence
 * reads the same (`sentenceOf`).
 */
export interface SourceText {
  /** Pieces of the normalized text with where each starts; sorted, not overlapping. */
  pieces: { start: number; text: string }[];
  /** Paragraph starts in the normalized text (those within the pieces). */
  breaks: number[];
}

/** Up to this many characters the whole text is kept; a longer one keeps excerpts. */
export const WHOLE_TEXT_LIMIT = 60_000;

/** The source to keep for `targets` of a document whose normalized text and paragraph starts are given. */
export function sourceText(
  text: string,
  breaks: readonly number[],
  targets: readonly { offset: number; quote: string }[],
  limit = WHOLE_TEXT_LIMIT,
): SourceText {
  if (text.length <= limit) return { pieces: [{ start: 0, text }], breaks: [...breaks] };
  const spans: [number, number][] = [];
  for (const { offset, quote } of targets) {
    const sentence = findSentence(text, offset, quote, breaks);
    if (sentence === null) continue;
    // Enough around the sentence that it is found the same way in the excerpt;
    // a cut side keeps the whole reach, where its cut was decided.
    const from = sentence.cutBefore ? sentence.quoteStart - SENTENCE_REACH : sentence.start;
    const to = sentence.cutAfter ? sentence.quoteEnd + SENTENCE_REACH : sentence.end;
    spans.push([Math.max(0, from - MARGIN), Math.min(text.length, to + MARGIN)]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return {
    pieces: merged.map(([from, to]) => ({ start: from, text: text.slice(from, to) })),
    breaks: breaks.filter((at) => merged.some(([from, to]) => at >= from && at <= to)),
  };
}

/** The source of a raw document (as read from its file) for `targets`. */
export function sourceOfDocument(raw: string, targets: readonly { offset: number; quote: string }[], limit = WHOLE_TEXT_LIMIT): SourceText {
  const doc = normalizeDocument(raw);
  return sourceText(doc.text, paragraphStarts(doc.lines), targets, limit);
}

export interface SentenceText {
  before: string;
  quote: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/** The sentence holding a target's quote, split around it; null when the source does not hold it. */
export function sentenceOf(source: SourceText, offset: number, quote: string): SentenceText | null {
  if (quote === "") return null;
  const piece =
    source.pieces.find((candidate) => candidate.start <= offset && offset + quote.length <= candidate.start + candidate.text.length) ??
    // An offset that no longer matches (an old draft): the quote may still be found near it.
    source.pieces.find((candidate) => candidate.text.includes(quote));
  if (piece === undefined) return null;
  const end = piece.start + piece.text.length;
  const breaks = source.breaks.filter((at) => at >= piece.start && at <= end).map((at) => at - piece.start);
  const span = findSentence(piece.text, offset - piece.start, quote, breaks);
  if (span === null) return null;
  // A piece's own edge is no sentence end unless it is the text's.
  return {
    before: piece.text.slice(span.start, span.quoteStart),
    quote: piece.text.slice(span.quoteStart, span.quoteEnd),
    after: piece.text.slice(span.quoteEnd, span.end),
    cutBefore: span.cutBefore,
    cutAfter: span.cutAfter,
  };
}
