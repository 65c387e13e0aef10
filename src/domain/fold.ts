// Vietnamese text compared or written without its tone marks: "Mầm non",
// "MAM NON" and decomposed (NFD) text read alike, and file names stay ASCII.

/** Without tone marks, đ as d (Đ, and the look-alike Ð, as D), case kept: "Trường Kim Đồng" → "Truong Kim Dong". */
export function withoutMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐÐ]/g, (letter) => (letter === "đ" ? "d" : "D"));
}

/** Lower case without tone marks, for comparing words: "Tỷ Lệ" → "ty le". */
export function foldText(text: string): string {
  return withoutMarks(text).toLowerCase();
}
