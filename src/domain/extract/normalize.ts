// Turns raw document text into the one normalized string every offset refers
// to: Unicode NFC, invisible characters removed, every run of white space one
// space, trimmed (the same normalization ../shared/eval/score.py applies).
// Line structure is kept on the side because headings are recognised by
// where lines start, and whitespace collapsing would lose it.

export interface Line {
  /** The line's text, whitespace-collapsed and trimmed. */
  text: string;
  /** Where the line starts in the normalized text. */
  offset: number;
}

export interface NormalizedDocument {
  text: string;
  lines: Line[];
}

// Characters that carry no text but break words: zero-width space/joiners,
// word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// What Python's str.isspace() treats as white space, so offsets agree with
// the scorer: JS \s plus the C0 separators and NEL.
const WHITESPACE_RUN = /[\s\x1C-\x1F\x85]+/g;
const LINE_BREAK = /\r\n|[\n\r\v\f\x1C-\x1E\x85\u2028\u2029]/;

export function normalizeDocument(raw: string): NormalizedDocument {
  const cleaned = raw.normalize("NFC").replace(INVISIBLE, "");
  const lines: Line[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const rawLine of cleaned.split(LINE_BREAK)) {
    const text = rawLine.replace(WHITESPACE_RUN, " ").trim();
    if (!text) continue;
    const offset = length === 0 ? 0 : length + 1;
    lines.push({ text, offset });
    parts.push(text);
    length = offset + text.length;
  }
  return { text: parts.join(" "), lines };
}

/** The normalized text alone. */
export function normalizeText(raw: string): string {
  return normalizeDocument(raw).text;
}
