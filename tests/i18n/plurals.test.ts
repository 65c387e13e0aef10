// English nouns follow their count ("1 target", "2 targets"); Vietnamese has one form.
// The catalog-wide check fails when a new English text puts a plural noun after a count without a `one` form.

import type { Message } from "../../src/i18n/message";
import { catalogEntries, type MessageKey, t, tBoth } from "../../src/i18n/messages";

describe("plural English messages", () => {
  it("choose the form by `count`", () => {
    expect(t("cliSplitDone", "en", { count: 1, dir: "tra-ve" })).toBe("Wrote 1 return file to tra-ve.");
    expect(t("cliSplitDone", "en", { count: 2, dir: "tra-ve" })).toBe("Wrote 2 return files to tra-ve.");
    expect(t("cliSplitDone", "vi", { count: 1, dir: "tra-ve" })).toBe("Đã ghi 1 tệp gửi đơn vị vào tra-ve.");
    expect(t("paneLowConfidenceNote", "en", { count: 1 })).toMatch(/^1 target is marked “Check”: .* about it,/);
    expect(t("paneLowConfidenceNote", "en", { count: 2 })).toMatch(/^2 targets are marked “Check”: .* about them,/);
    expect(t("paneWriteKept", "en", { count: 0 })).toBe("0 rows with figures or notes were kept.");
  });

  it("choose the form by the param a message names", () => {
    const totals = { met: 1, near: 0, missed: 0, missing: 0, invalid: 0 };
    expect(t("cliCheckRowTotals", "en", { rows: 1, ...totals })).toMatch(/^1 entry row: met 1 ·/);
    expect(t("cliCheckRowTotals", "en", { rows: 2, ...totals })).toMatch(/^2 entry rows: met 1 ·/);
    expect(t("cliSplitFile", "en", { file: "a.xlsx", code: "A", name: "Trường A", rows: 1 })).toBe("a.xlsx: A – Trường A, 1 row");
    expect(t("cliSplitFile", "en", { file: "a.xlsx", code: "A", name: "Trường A", rows: 2 })).toBe("a.xlsx: A – Trường A, 2 rows");
  });

  it("choose each noun of a message with several counts", () => {
    expect(t("cliBuildDone", "en", { file: "so.xlsx", targets: 1, units: 2, rows: 1 })).toBe("Made so.xlsx: 1 target, 2 units, 1 entry row.");
    expect(t("cliBuildDone", "en", { file: "so.xlsx", targets: 2, units: 1, rows: 2 })).toBe("Made so.xlsx: 2 targets, 1 unit, 2 entry rows.");
    expect(t("collectDone", "en", { file: "so.xlsx", applied: 1, refused: 0, kept: 1, replaced: 2 })).toBe(
      "Wrote so.xlsx: 1 file received, 0 refused, 1 cell kept from the book, 2 taken from returns.",
    );
    expect(t("cliBuildDone", "vi", { file: "so.xlsx", targets: 1, units: 1, rows: 1 })).toBe("Đã tạo so.xlsx: 1 chỉ tiêu, 1 đơn vị, 1 dòng nhập số liệu.");
  });

  it("read a count passed already formatted, and keep both languages on one line", () => {
    expect(t("paneWriteKept", "en", { count: "1" })).toBe("1 row with figures or notes was kept.");
    expect(t("paneWriteKept", "en", { count: "1.234" })).toBe("1.234 rows with figures or notes were kept.");
    expect(tBoth("cliSplitDone", { count: 1, dir: "d" })).toBe("Đã ghi 1 tệp gửi đơn vị vào d. / Wrote 1 return file to d.");
  });

  it("leave a placeholder whose param is missing as it was", () => {
    // @ts-expect-error -- the params leave out targets, units and rows on purpose
    expect(t("cliBuildDone", "en", { file: "so.xlsx" })).toBe("Made so.xlsx: {targets} {targets|target|targets}, {units} {units|unit|units}, {rows} entry {rows|row|rows}.");
  });
});

// Nouns that follow a count in the catalog's English. An adjective may stand between ("entry rows", "return files").
const PLURAL_NOUN = "(?:targets|rows|units|cells|files|figures|baselines|groups|columns|pages|parts|characters|seconds|tags|pieces|lines|sheets|schools|codes|items|values)";
const COUNT_THEN_PLURAL = new RegExp(`\\{(\\w+)\\}\\s+(?:(?!(?:is|are|was|were)\\b)[\\p{L}-]+\\s+)?(?:${PLURAL_NOUN}\\b|[\\p{L}-]+\\(s\\))`, "gu");

// Numbers past a limit, never 1: these texts need no singular.
const NEVER_ONE: Partial<Record<MessageKey, string[]>> = {
  paneTooLongToReview: ["chars", "pages"],
  startTimeout: ["seconds"],
  readErrorTooManyParts: ["count"],
  readErrorPdfTooManyPages: ["count"],
  readErrorPartTooComplex: ["limit"],
  readErrorTextTooLarge: ["limit"],
  readErrorPdfPageTooComplex: ["limit"],
  writeCellTooLong: ["length"],
  areaTooLong: ["length"],
  unitsTooManyFields: ["found"],
};
// Params that hold a name, not a number.
const NOT_A_COUNT: Partial<Record<MessageKey, string[]>> = {
  appendixTitleSecondLevel: ["level"],
};

/** Each English text with the param its plural form is chosen by (null for a plain text and for `one`). */
function englishTexts(message: Message): { text: string; pluralBy: string | null }[] {
  if (typeof message.en === "string") return [{ text: message.en, pluralBy: null }];
  return [
    { text: message.en.one, pluralBy: null },
    { text: message.en.other, pluralBy: message.en.by ?? "count" },
  ];
}

describe("the catalog's English", () => {
  it("is checked by a pattern that finds a count before a plural noun", () => {
    const found = (text: string): string[] => [...text.matchAll(COUNT_THEN_PLURAL)].map((match) => match[0]);
    expect(found("Wrote {count} return files, {kept} cell(s) kept; {rows} targets")).toEqual(["{count} return files", "{kept} cell(s)", "{rows} targets"]);
    expect(found("Made {file}: {targets} {targets|target|targets}; {ids} are baselines; {file} is not")).toEqual([]);
  });

  it("has a singular for every count followed by a plural noun", () => {
    const unguarded: string[] = [];
    for (const [key, message] of catalogEntries()) {
      for (const { text, pluralBy } of englishTexts(message)) {
        for (const match of text.matchAll(COUNT_THEN_PLURAL)) {
          const param = match[1];
          if (param === pluralBy || NEVER_ONE[key]?.includes(param) || NOT_A_COUNT[key]?.includes(param)) continue;
          unguarded.push(`${key}: ${match[0]}`);
        }
      }
    }
    expect(unguarded).toEqual([]);
  });

  it("chooses plural forms by a param the message is given", () => {
    for (const [key, message] of catalogEntries()) {
      if (typeof message.en === "string") continue;
      const by = message.en.by ?? "count";
      expect([key, message.vi.includes(`{${by}}`), message.en.other.includes(`{${by}}`), message.en.one.includes(`{${by}}`)]).toEqual([key, true, true, false]);
    }
  });
});
