// A target's sentence in the document: found around its quote, never losing
// it, cut in a long run-on text, and the same from excerpts of a long
// document as from the whole text.
import fc from "fast-check";
import { normalizeDocument } from "../../src/domain/extract/normalize";
import { paragraphStarts } from "../../src/domain/extract/windows";
import { findSentence, locateQuote, SENTENCE_REACH, sentenceOf, sourceOfDocument, sourceText } from "../../src/domain/sentence";

const PLAN = `II. CHỈ TIÊU
1. Giáo dục mầm non
- Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%. Duy trì 09 trường đạt chuẩn.
2. Giáo dục tiểu học
- Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 98,5% trở lên; không có học sinh bỏ học.
`;

function sentence(raw: string, quote: string): string {
  const doc = normalizeDocument(raw);
  const span = findSentence(doc.text, doc.text.indexOf(quote), quote, paragraphStarts(doc.lines));
  return span === null ? "" : doc.text.slice(span.start, span.end);
}

test("a figure's sentence runs from the previous full stop or paragraph to its own full stop", () => {
  expect(sentence(PLAN, "đạt 100%")).toBe("- Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%.");
  expect(sentence(PLAN, "09 trường")).toBe("Duy trì 09 trường đạt chuẩn.");
  // A semicolon does not end the sentence; a heading line does.
  expect(sentence(PLAN, "98,5%")).toBe("- Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 98,5% trở lên; không có học sinh bỏ học.");
});

test("list numbers, decimals and abbreviations do not end a sentence", () => {
  expect(sentence("1. Tỷ lệ trẻ đạt 98.5% ở TP. Hà Nội, v.v. trong năm.", "98.5%")).toBe("1. Tỷ lệ trẻ đạt 98.5% ở TP. Hà Nội, v.v. trong năm.");
});

test("a run-on text is cut at a space, with the figure kept", () => {
  const words = Array.from({ length: 200 }, (_, index) => `từ${index}`).join(" ");
  const text = `${words} đạt 95% ${words}`;
  const span = findSentence(text, text.indexOf("đạt 95%"), "đạt 95%");
  expect(span).not.toBeNull();
  if (span === null) return;
  expect(span.cutBefore && span.cutAfter).toBe(true);
  expect(span.quoteStart - span.start).toBeLessThanOrEqual(SENTENCE_REACH);
  expect(text[span.start - 1]).toBe(" ");
  expect(text.slice(span.quoteStart, span.quoteEnd)).toBe("đạt 95%");
});

test("a quote away from its offset is found nearby; one the text lacks gives nothing", () => {
  expect(locateQuote("a 95% b 95% c", 9, "95%")).toBe(8);
  expect(locateQuote("abc", 0, "95%")).toBeNull();
  expect(findSentence("abc", 0, "")).toBeNull();
});

test("a long document keeps only excerpts, and each sentence reads the same from them", () => {
  const filler = Array.from({ length: 400 }, (_, index) => `Đoạn ${index} nói về việc khác của địa phương.`).join("\n");
  const raw = `${filler}\n${PLAN}\n${filler}`;
  const doc = normalizeDocument(raw);
  const targets = ["đạt 100%", "09 trường", "98,5%"].map((quote) => ({ quote, offset: doc.text.indexOf(quote) }));
  const whole = sourceOfDocument(raw, targets, Infinity);
  const excerpts = sourceOfDocument(raw, targets, 1000);
  expect(whole.pieces).toHaveLength(1);
  const kept = excerpts.pieces.reduce((sum, piece) => sum + piece.text.length, 0);
  expect(kept).toBeLessThan(doc.text.length / 10);
  for (const { quote, offset } of targets) {
    expect(sentenceOf(excerpts, offset, quote)).toEqual(sentenceOf(whole, offset, quote));
    expect(sentenceOf(whole, offset, quote)?.quote).toBe(quote);
  }
});

// Texts with the characters that matter: stops, list markers, spaces, closers.
const plannish = fc
  .array(fc.constantFrom("a", "b", "đ", "1", "2", " ", ".", "!", "?", ";", "”", "-", "%", "I", "TP", "v.v", "\n"), { maxLength: 900 })
  .map((parts) => parts.join(""));

test("property: the quote is always inside its sentence, and the sentence inside the text", () => {
  fc.assert(
    fc.property(plannish, fc.nat(), fc.integer({ min: 1, max: 12 }), (raw, at, length) => {
      const doc = normalizeDocument(raw);
      fc.pre(doc.text.length > 0);
      const start = at % doc.text.length;
      const quote = doc.text.slice(start, start + length);
      const span = findSentence(doc.text, start, quote, paragraphStarts(doc.lines));
      expect(span).not.toBeNull();
      if (span === null) return;
      expect(0 <= span.start && span.start <= span.quoteStart && span.quoteEnd <= span.end && span.end <= doc.text.length).toBe(true);
      expect(doc.text.slice(span.quoteStart, span.quoteEnd)).toBe(quote);
      expect(span.quoteStart).toBe(start);
    }),
    { numRuns: 300 },
  );
});

test("property: excerpts of a long text give the same sentences as the whole text", () => {
  fc.assert(
    fc.property(plannish, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 5 }), (raw, picks) => {
      const doc = normalizeDocument(raw);
      fc.pre(doc.text.length > 0);
      const targets = picks.map(([at, length]) => {
        const offset = at % doc.text.length;
        return { offset, quote: doc.text.slice(offset, offset + length) };
      });
      const breaks = paragraphStarts(doc.lines);
      const whole = sourceText(doc.text, breaks, targets, Infinity);
      const excerpts = sourceText(doc.text, breaks, targets, 0);
      for (const { offset, quote } of targets) expect(sentenceOf(excerpts, offset, quote)).toEqual(sentenceOf(whole, offset, quote));
    }),
    { numRuns: 300 },
  );
});
