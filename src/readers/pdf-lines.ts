// Rebuilds text lines from the positioned fragments of a PDF text layer.
// Fragments come in content-stream order, which for Word and LibreOffice
// exports is reading order; a line ends where pdf.js marks an end of line or
// where the baseline moves, and a visible horizontal gap becomes a space.

export interface PositionedText {
  str: string;
  /** Baseline origin in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** pdf.js's own end-of-line mark after this fragment. */
  hasEOL: boolean;
}

/** A baseline shift larger than this share of the font size starts a new line (superscripts stay). */
const NEW_LINE_SHIFT = 0.5;
/** A horizontal gap wider than this share of the font size separates words. */
const WORD_GAP = 0.15;
/** Footnote markers are set smaller than this share of the text beside them... */
const MARKER_MAX_SIZE = 0.85;
/** ...and raised by more than this share of its size (but stay within the line). */
const MARKER_MIN_RISE = 0.15;

export function rebuildLines(fragments: readonly PositionedText[]): string[] {
  const lines: string[] = [];
  let current = "";
  // The line's last character, kept aside: reading it off `current` (a rope
  // of fragments) flattens it each time, quadratic on a 100,000-fragment line.
  let last = "";
  let previous: PositionedText | null = null;

  const endLine = (): void => {
    const line = current.trim();
    if (line !== "") lines.push(line);
    current = "";
    last = "";
    previous = null;
  };

  for (const [index, fragment] of fragments.entries()) {
    if (isFootnoteMarker(fragments, index)) continue;
    if (previous !== null) {
      if (startsNewLine(previous, fragment)) endLine();
      else if (needsSpace(previous, fragment, last)) {
        current += " ";
        last = " ";
      }
    }
    current += fragment.str;
    if (fragment.str !== "") last = fragment.str.slice(-1);
    if (fragment.hasEOL) endLine();
    else if (fragment.str !== "") previous = fragment;
  }
  endLine();
  return lines;
}

function startsNewLine(previous: PositionedText, next: PositionedText): boolean {
  const size = Math.max(previous.fontSize, next.fontSize, 1);
  return Math.abs(next.y - previous.y) > NEW_LINE_SHIFT * size;
}

function needsSpace(previous: PositionedText, next: PositionedText, lastChar: string): boolean {
  if (/\s/u.test(lastChar) || /^\s/u.test(next.str) || next.str === "") return false;
  const gap = next.x - (previous.x + previous.width);
  return gap > WORD_GAP * Math.max(previous.fontSize, next.fontSize, 1);
}

/**
 * A small raised number next to normal text is a footnote reference. Word and
 * LibreOffice draw it right after the figure it annotates ("99,8%¹"); kept, it
 * would read as "99,8%1". The docx reader drops the same markers.
 */
function isFootnoteMarker(fragments: readonly PositionedText[], index: number): boolean {
  const marker = fragments[index];
  if (!/^\s*[0-9*]+\s*$/.test(marker.str)) return false;
  return [fragments[index - 1], fragments[index + 1]].some(
    (beside) => beside !== undefined && beside.str.trim() !== "" && isRaisedSmallerThan(marker, beside),
  );
}

function isRaisedSmallerThan(marker: PositionedText, text: PositionedText): boolean {
  const rise = marker.y - text.y;
  return (
    marker.fontSize < MARKER_MAX_SIZE * text.fontSize &&
    rise > MARKER_MIN_RISE * text.fontSize &&
    rise < NEW_LINE_SHIFT * text.fontSize
  );
}
