// Entry the way accountants work, in the book itself: each entry cell's rule
// (src/workbook/entry-rules.ts), Excel's length limits on their texts, the
// frozen unit and target columns, columns wide enough for their statuses,
// and what both hosts write of it — the .xlsx file's XML and the calls the
// (fake) Office.js Excel receives.
import { strFromU8, unzipSync } from "fflate";
import type { Target } from "../../src/domain/plan";
import { DEFAULT_TOLERANCE, PROVISIONAL, STATUSES } from "../../src/domain/tracking";
import { OfficeWorkbookHost } from "../../src/hosts/officejs";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { t } from "../../src/i18n/messages";
import { parseRange, slideFormula } from "../../src/workbook/a1";
import { describeWorkbook } from "../../src/workbook/describe";
import {
  DECIMAL_RULE,
  DENOMINATOR_RULE,
  LEVEL_RULE,
  NUMERATOR_RULE,
  PLAUSIBLE_COUNT_MAX_RULE,
  PLAUSIBLE_COUNT_RULE,
  RATE_RULE,
  rowRules,
  WHOLE_RULE,
} from "../../src/workbook/entry-rules";
import { SHEET, SUMMARY_COLUMNS, TRACKING_COLUMNS, TRACKING_FROZEN_COLUMNS } from "../../src/workbook/layout";
import { describeReturn } from "../../src/workbook/returns";
import type { SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { wrappedLines } from "../../src/workbook/text";
import { REASON_WORDS } from "../../src/workbook/verdicts";
import { FakeWorkbookState } from "../helpers/fake-excel";
import { fillEntries, sampleUnits, seedPlan } from "../helpers/tracking-fixture";

const PLAN = seedPlan("bac-son-2024-2025");
const UNITS = sampleUnits(3);
const SPEC = describeWorkbook(PLAN, UNITS, { entries: fillEntries(PLAN, UNITS, DEFAULT_TOLERANCE, 5) });

const sheetOf = (spec: WorkbookSpec, name: string): SheetSpec => {
  const found = spec.sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

function target(overrides: Partial<Target>): Target {
  return {
    id: "T1",
    kind: "target",
    section: null,
    sectionTitle: null,
    level: "tieu_hoc",
    scope: null,
    indicator: "Chỉ tiêu",
    op: "gte",
    value: 5,
    value_max: null,
    denominator: null,
    unit: "phòng học",
    period: null,
    quote: "",
    offset: 0,
    confidence: 1,
    ...overrides,
  };
}

describe("the entry rules of a row", () => {
  it("a rate: Tử số ≤ Mẫu số on both cells, refused; Giá trị and Đầu kỳ 0–100", () => {
    expect(rowRules(target({ unit: "%", value: 99 }))).toEqual({ numerator: NUMERATOR_RULE, denominator: DENOMINATOR_RULE, start: null, value: RATE_RULE });
    expect(rowRules(target({ unit: "%", op: "increase_by", value: 2 })).start).toBe(RATE_RULE);
    expect(NUMERATOR_RULE).toMatchObject({ type: "custom", errorStyle: "stop", allowBlank: false });
    expect(NUMERATOR_RULE.formula).toContain("I\u0001<=J\u0001");
    expect(DENOMINATOR_RULE.formula).toContain("I\u0001<=J\u0001");
  });

  it("a count with a plan figure: whole and plausible, warning-style; a change or a plan figure of 0: whole only", () => {
    expect(rowRules(target({})).value).toBe(PLAUSIBLE_COUNT_RULE);
    expect(PLAUSIBLE_COUNT_RULE).toMatchObject({ type: "custom", errorStyle: "warning" });
    expect(PLAUSIBLE_COUNT_RULE.formula).toContain("L\u0001<=5*$F\u0001");
    expect(rowRules(target({ op: "between", value: 2, value_max: 4 })).value).toBe(PLAUSIBLE_COUNT_MAX_RULE);
    expect(PLAUSIBLE_COUNT_MAX_RULE.formula).toContain("5*$G\u0001");
    expect(rowRules(target({ op: "increase_by", value: 2 }))).toMatchObject({ start: WHOLE_RULE, value: WHOLE_RULE });
    expect(rowRules(target({ op: "lte", value: 0 })).value).toBe(WHOLE_RULE);
  });

  it("an attainment level: a whole number 1–3; other measures: a number ≥ 0", () => {
    expect(rowRules(target({ unit: "mức độ", value: 3 })).value).toBe(LEVEL_RULE);
    expect(LEVEL_RULE).toMatchObject({ type: "whole", operator: "between", formulae: [1, 3] });
    expect(LEVEL_RULE.errorTitle).toBe(t("entryDvLevelTitle", "vi", { min: 1, max: 3 }));
    expect(rowRules(target({ unit: "điểm", value: 6.5 })).value).toBe(DECIMAL_RULE);
  });
});

describe("the validations of the book and of a school's return file", () => {
  const books = [SPEC, describeReturn(PLAN, UNITS, UNITS[0].code, { madeAt: "2026-01-01T00:00:00.000Z" })];

  it("keep Excel's limits: titles ≤ 32 characters, messages ≤ 255", () => {
    for (const spec of books) {
      for (const sheet of spec.sheets) {
        for (const validation of sheet.validations) {
          for (const title of [validation.promptTitle, validation.errorTitle]) expect(title.length).toBeLessThanOrEqual(32);
          for (const text of [validation.prompt, validation.error]) expect(text.length).toBeLessThanOrEqual(255);
        }
      }
    }
  });

  it("give every entry cell exactly one rule, a custom formula written for its first range's top row", () => {
    const tracking = sheetOf(SPEC, SHEET.tracking);
    const seen = new Map<string, number>();
    for (const validation of tracking.validations) {
      for (const range of validation.ranges) {
        const area = parseRange(range);
        for (let row = area.top; row <= area.bottom; row++) {
          for (let column = area.left; column <= area.right; column++) seen.set(`${row}:${column}`, (seen.get(`${row}:${column}`) ?? 0) + 1);
        }
      }
      if (validation.type === "custom") {
        const top = parseRange(validation.ranges[0]).top;
        expect(validation.formula).toMatch(new RegExp(`^AND\\(ISNUMBER\\([IJL]${top}\\)`));
        expect(validation.formula).not.toContain("\u0001");
      }
    }
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    expect(tracking.validations.map((validation) => validation.type)).toEqual(expect.arrayContaining(["custom", "whole", "decimal"]));
  });
});

describe("the entry sheet's layout", () => {
  it("freezes the header row and the unit and target columns on Thực hiện, in the book and in a return file", () => {
    expect(TRACKING_COLUMNS.slice(0, TRACKING_FROZEN_COLUMNS).map((column) => column.key)).toEqual(["unitCode", "unitName", "targetId", "indicator"]);
    expect(sheetOf(SPEC, SHEET.tracking).freeze).toEqual({ rows: 1, columns: 4 });
    const file = describeReturn(PLAN, UNITS, UNITS[1].code, { madeAt: "2026-01-01T00:00:00.000Z" });
    expect(sheetOf(file, SHEET.tracking).freeze).toEqual({ rows: 1, columns: 4 });
  });

  it("has status and reason columns wide enough for each of their texts on one line", () => {
    const width = (columns: readonly { key: string; width: number }[], key: string): number => columns.find((column) => column.key === key)?.width ?? 0;
    for (const status of [...STATUSES, PROVISIONAL]) {
      // One character to spare: a centred status must not touch the borders.
      expect(wrappedLines(`${status}x`, width(TRACKING_COLUMNS, "status"))).toBe(1);
      expect(wrappedLines(`${status}x`, width(SUMMARY_COLUMNS, "status"))).toBe(1);
    }
    for (const words of Object.values(REASON_WORDS)) expect(wrappedLines(t(words.cell, "vi"), width(TRACKING_COLUMNS, "reason"))).toBe(1);
  });

  it("shows every figure of a kind with the same decimals: rates and measures two, counts none", () => {
    const tracking = sheetOf(SPEC, SHEET.tracking);
    const formats = new Set(tracking.formats.flatMap((format) => (format.style.numFmt ? [format.style.numFmt] : [])));
    expect([...formats].sort()).toEqual(["#,##0", "#,##0.00", "0.00"].filter((format) => formats.has(format)).sort());
    expect(formats.has("0.00")).toBe(true);
    expect(formats.has("#,##0")).toBe(true);
    expect([...formats].some((format) => format.includes("#", format.indexOf(".")) && format.includes("."))).toBe(false);
  });
});

describe("what the hosts write", () => {
  it("the .xlsx holds the frozen panes and each range's own custom formula, Stop or Warning", async () => {
    // Two schools with a rate and a count each: each rule's rows come in runs, so several ranges.
    const plan = { meta: PLAN.meta, targets: [target({ id: "T1", unit: "%", value: 99 }), target({ id: "T2" })] };
    const schools = ["TH01", "TH02"].map((code) => ({ code, name: `Trường ${code}`, levels: ["tieu_hoc" as const], commune: null, zone: null }));
    const spec = describeWorkbook(plan, schools);
    const files = unzipSync(await writeXlsx(spec));
    const index = spec.sheets.findIndex((sheet) => sheet.name === SHEET.tracking) + 1;
    const xml = strFromU8(files[`xl/worksheets/sheet${index}.xml`]);
    expect(xml).toMatch(/<pane xSplit="4" ySplit="1" topLeftCell="E2" activePane="bottomRight" state="frozen"\/>/);
    const tracking = sheetOf(spec, SHEET.tracking);
    const numerators = tracking.validations.find((validation) => validation.formula?.includes("OR(NOT(ISNUMBER(J"));
    if (!numerators) throw new Error("no Tử số rule");
    for (const range of numerators.ranges) {
      const top = parseRange(range).top;
      const element = new RegExp(
        `<dataValidation type="custom"[^>]*errorStyle="stop"[^>]*sqref="${range}"><formula1>AND\\(ISNUMBER\\(I${top}\\),I${top}=INT\\(I${top}\\),I${top}&gt;=0,OR\\(NOT\\(ISNUMBER\\(J${top}\\)\\),I${top}&lt;=J${top}\\)\\)</formula1>`,
      );
      expect(xml).toMatch(element);
    }
    // Every custom rule, on each of its ranges, moved to that range's top row.
    const custom = tracking.validations.filter((validation) => validation.formula !== undefined);
    expect(custom.some((validation) => validation.ranges.length > 1)).toBe(true);
    const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    for (const validation of custom) {
      const first = parseRange(validation.ranges[0]).top;
      for (const range of validation.ranges) {
        const moved = slideFormula(validation.formula ?? "", parseRange(range).top - first, 0);
        expect(xml).toContain(`sqref="${range}"><formula1>${escape(moved)}</formula1>`);
      }
    }
    expect(xml).toMatch(/<dataValidation type="custom"[^>]*errorStyle="warning"[^>]*><formula1>AND\(ISNUMBER\(L\d+\),[^<]*&lt;=5\*\$F\d+\)<\/formula1>/);
    // Custom rules never carry an operator; Excel would read one as part of the rule.
    expect(xml).not.toMatch(/type="custom"[^>]*operator=/);
  });

  it("the Office.js host freezes the panes and sets each range's custom rule and alert style", async () => {
    const book = new FakeWorkbookState();
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: book.isSetSupported });
    expect((await host.writeBook(SPEC)).skipped).toEqual([]);
    const sheet = book.sheet(SHEET.tracking);
    if (!sheet) throw new Error("no Thực hiện");
    expect(sheet.freeze).toEqual({ rows: 1, columns: 4 });
    const custom = sheet.validations.filter((validation) => validation.rule.custom !== undefined);
    expect(custom.length).toBeGreaterThan(0);
    for (const validation of custom) {
      const formula = validation.rule.custom?.formula ?? "";
      // Written for the range's own top-left cell.
      expect(formula).toMatch(new RegExp(`^=AND\\(ISNUMBER\\([IJL]${validation.area.top}\\)`));
      expect(validation.ignoreBlanks).toBe(false);
      expect(validation.errorAlert?.style).toBe(formula.includes("5*$F") || formula.includes("5*$G") ? "Warning" : "Stop");
    }
    expect(custom.some((validation) => validation.errorAlert?.style === "Warning")).toBe(true);
  });
});
