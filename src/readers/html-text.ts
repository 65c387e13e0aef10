// Turns the small, regular HTML that mammoth writes into plain lines:
// one line per paragraph, list item, heading and table cell, in document
// order. A tag-stripping pass is enough because mammoth's output is
// machine-written (no scripts, comments or unescaped '<'), and it keeps the
// readers free of any DOM so they also run in Node.

/** Tags whose start and end separate lines. */
const BLOCK_TAGS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "table", "thead", "tbody", "tr", "td", "th", "div", "blockquote", "pre", "br",
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0",
};

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;

/**
 * Footnote/endnote reference markers ("[1]") and the "↑" back-links are
 * mammoth decorations, not document text; left in, "95%[1]" would glue a
 * marker to a figure.
 */
function isNoteDecoration(attributes: string): boolean {
  return /\b(?:id|href)="#?(?:footnote|endnote)-ref-/.test(attributes);
}

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let current = "";
  let skipDepth = 0; // > 0 while inside a skipped <a>; mammoth never nests anchors in anchors
  const breakLine = (): void => {
    const line = current.replace(/[ \t\u00a0]+$/u, "");
    if (line.trim() !== "") lines.push(line);
    current = "";
  };

  for (const match of html.matchAll(TOKEN)) {
    const [whole, closing, rawName, attributes, text] = match;
    if (text !== undefined) {
      if (skipDepth === 0) current += decodeEntities(text);
      continue;
    }
    if (rawName === undefined) {
      // A lone "<" that starts no tag: keep it as text.
      if (skipDepth === 0) current += whole;
      continue;
    }
    const name = rawName.toLowerCase();
    if (name === "a") {
      if (closing === "" && (skipDepth > 0 || isNoteDecoration(attributes ?? ""))) skipDepth += 1;
      else if (closing === "/" && skipDepth > 0) skipDepth -= 1;
      continue;
    }
    if (BLOCK_TAGS.has(name)) breakLine();
  }
  breakLine();
  return lines.join("\n");
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}
