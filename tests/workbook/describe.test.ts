// The workbook description and the .xlsx the ExcelJS host writes from it:
// sheets, tables and columns by the names, entry cells, validations,
// protection, printing, the hidden model, text that stays text, formulas that
// only use functions every target Excel has, and cached results equal to the
// engine's.

import ExcelJS from "exceljs";
import {
  aggregateTarget,
  computedRate,
  entryFields,
  evaluateEntry,
  isChangeTarget,
  isDistrictTarget,
  isRateTarget,
} from "../../src/domain/evaluate";
import type { Plan, Target } from "../../src/domain/plan";
import { DEFAULT_TOLERANCE, type Entry, STATUSES } from "../../src/domain/tracking";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { parseRange } from "../../src/workbook/a1";
import { EMPTY_ENTRY, describeWorkbook, entryKey, trackedTargets, trackingPairs } from "../../src/workbook/describe";
import { reasonText } from "../../src/workbook/formulas";
import {
  MODEL_MARKER,
  SCHEMA_VERSION,
  MODEL_SHEET,
  SHEET,
  SUMMARY_COLUMNS,
  TRACKING_COLUMNS,
  columnIndex,
} from "../../src/workbook/layout";
import { modelChunks, modelFor, parseModel, trackedUnits } from "../../src/workbook/model";
import { isFormula, type SheetSpec, type SpecCell } from "../../src/workbook/spec";
import { agreementPlan, edgeUnits, fillEntries, sampleUnits, seedPlan } from "../helpers/tracking-fixture";

const sheetOf = (sheets: SheetSpec[], name: string): SheetSpec => {
  const sheet = sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("the workbook's sheets and tables", () => {
  const plan = seedPlan("bac-son-2024-2025");
  const units = sampleUnits(9);
  const spec = describeWorkbook(plan, units);

  it("has the issue's sheets in order, the model sheet very hidden", () => {
    expect(spec.sheets.map((sheet) => sheet.name)).toEqual(["Chỉ tiêu", "Đơn vị", "Thực hiện", "Tổng hợp", "Tình hình nộp", "Cài đặt", MODEL_SHEET]);
    expect(spec.sheets.map((sheet) => sheet.visibility)).toEqual(["visible", "visible", "visible", "visible", "visible", "visible", "veryHidden"]);
    expect(spec.sheets[spec.activeSheet].name).toBe("Thực hiện");
  });

  it("names tables and columns as the issue does", () => {
    const table = (name: string) => sheetOf(spec.sheets, name).table;
    expect(table("Chỉ tiêu")?.name).toBe("ChiTieu");
    expect(table("Chỉ tiêu")?.columns).toEqual(
      expect.arrayContaining(["Mã", "Mục", "Cấp học", "Chỉ tiêu", "Phạm vi", "Điều kiện", "Ngưỡng", "Ngưỡng trên", "Đơn vị tính", "Kỳ", "Loại", "Trích dẫn"]),
    );
    expect(table("Đơn vị")?.name).toBe("DonVi");
    expect(table("Đơn vị")?.columns).toEqual(["Mã đơn vị", "Tên đơn vị", "Cấp học", "Xã/phường", "Vùng"]);
    expect(table("Thực hiện")?.name).toBe("ThucHien");
    expect(table("Thực hiện")?.columns).toEqual(
      expect.arrayContaining([
        "Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Điều kiện", "Ngưỡng", "Tử số", "Mẫu số",
        "Giá trị đầu kỳ", "Giá trị", "Chênh lệch", "Trạng thái", "Ghi chú",
      ]),
    );
    expect(table("Tổng hợp")?.columns).toEqual(expect.arrayContaining(["Chênh lệch", "Trạng thái", ...STATUSES]));
  });

  it("shows every figure on Chỉ tiêu but tracks only targets, one row per unit × target that applies", () => {
    const targetsSheet = sheetOf(spec.sheets, "Chỉ tiêu");
    expect(targetsSheet.cells.length - 1).toBe(plan.targets.length);
    const kinds = new Set(targetsSheet.cells.slice(1).map((row) => row[11]));
    expect(kinds).toEqual(new Set(["Mục tiêu", "Hiện trạng"]));
    const tracking = sheetOf(spec.sheets, "Thực hiện");
    const pairs = trackingPairs(plan, trackedUnits(units));
    expect(tracking.cells.length - 1).toBe(pairs.length);
    expect(pairs.every(({ target }) => target.kind === "target")).toBe(true);
    const col = columnIndex(TRACKING_COLUMNS);
    const rowsOf = (code: string) => tracking.cells.slice(1).filter((row) => row[col.unitCode - 1] === code);
    const tracked = plan.targets.filter((target) => target.kind === "target");
    // A school: the targets of its levels that are not district-level.
    const expected = tracked.filter((target) => ["mam_non", "chung"].includes(target.level) && !isDistrictTarget(target));
    expect(rowsOf(units[0].code).map((row) => row[col.targetId - 1])).toEqual(expected.map((target) => target.id));
    // The district: exactly the district-level targets ("có 09 trường", "mức độ 3"), last.
    const district = tracked.filter(isDistrictTarget);
    expect(district.length).toBeGreaterThan(0);
    expect(rowsOf("HUYEN").map((row) => row[col.targetId - 1])).toEqual(district.map((target) => target.id));
    expect(tracking.cells.slice(-district.length).map((row) => row[col.unitCode - 1])).toEqual(district.map(() => "HUYEN"));
    // The whole-area row is named after the plan's issuer (a huyện plan from before July 2025).
    expect(rowsOf("HUYEN")[0][col.unitName - 1]).toBe("Toàn huyện Bắc Sơn");
    for (const unit of units) {
      expect(rowsOf(unit.code).some((row) => district.some((target) => target.id === row[col.targetId - 1]))).toBe(false);
    }
    expect(sheetOf(spec.sheets, "Tổng hợp").cells.length - 1).toBe(trackedTargets(plan).length);
  });

  it("lists the district as the last unit on Đơn vị and in the hidden model, once", () => {
    const rows = sheetOf(spec.sheets, "Đơn vị").cells.slice(1);
    expect(rows.map((row) => row[0])).toEqual([...units.map((unit) => unit.code), "HUYEN"]);
    expect(rows[rows.length - 1].slice(0, 3)).toEqual(["HUYEN", "Toàn huyện Bắc Sơn", "Mầm non, Tiểu học, THCS, THPT, GDTX"]);
    const model = sheetOf(spec.sheets, MODEL_SHEET);
    const parsed = parseModel(model.cells.slice(1).map((row) => row[0] as string).join(""));
    expect(parsed?.units.map((unit) => unit.code)).toEqual([...units.map((unit) => unit.code), "HUYEN"]);
    expect(parsed?.districtOnly).toBe(false);
    // A list that already has a HUYEN row keeps it as the district's row.
    const own = [...units, { code: "HUYEN", name: "Phòng GD&ĐT", levels: units[0].levels, commune: null, zone: null }];
    expect(trackedUnits(own)).toEqual(own);
  });

  it("tracks the district as one unit when no units are given", () => {
    const district = describeWorkbook(plan, []);
    expect(district.sheets.map((sheet) => sheet.name)).not.toContain("Đơn vị");
    const tracking = sheetOf(district.sheets, "Thực hiện");
    expect(tracking.cells.length - 1).toBe(trackedTargets(plan).length);
    // Every target, district-level or not, goes to the one unit.
    expect(tracking.cells.slice(1).map((row) => row.slice(0, 3))).toEqual(
      trackedTargets(plan).map((target) => ["HUYEN", "Toàn huyện Bắc Sơn", target.id]),
    );
  });

  it("unlocks exactly the entry cells each row needs, plus Ghi chú", () => {
    const tracking = sheetOf(spec.sheets, "Thực hiện");
    const unlocked = new Set<string>();
    for (const format of tracking.formats) {
      if (format.style.locked !== false) continue;
      for (const range of format.ranges) {
        const { left, top, right, bottom } = parseRange(range);
        for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) unlocked.add(`${r}:${c}`);
      }
    }
    const col = columnIndex(TRACKING_COLUMNS);
    const fieldColumn = { numerator: col.numerator, denominator: col.denominator, start: col.start, value: col.value };
    trackingPairs(plan, trackedUnits(units)).forEach(({ target }, i) => {
      // A rate's Giá trị too: an accountant who knows only the rate types it over the formula (issue 12).
      const fields = isRateTarget(target) ? [...entryFields(target), "value" as const] : entryFields(target);
      const expected = [...fields.map((field) => fieldColumn[field]), col.note].sort((a, b) => a - b);
      const actual = TRACKING_COLUMNS.map((_, c) => c + 1).filter((c) => unlocked.has(`${i + 2}:${c}`));
      expect(actual).toEqual(expected);
    });
  });

  it("validates entry cells only, within the table rows, never whole columns", () => {
    const tracking = sheetOf(describeWorkbook(agreementPlan("bac-son-2024-2025"), units).sheets, "Thực hiện");
    const last = tracking.cells.length;
    const col = columnIndex(TRACKING_COLUMNS);
    for (const validation of tracking.validations) {
      expect(validation.promptTitle.length).toBeLessThanOrEqual(32);
      expect(validation.prompt.length).toBeLessThanOrEqual(255);
      for (const range of validation.ranges) {
        expect(range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        const { left, top, right, bottom } = parseRange(range);
        expect(top).toBeGreaterThanOrEqual(2);
        expect(bottom).toBeLessThanOrEqual(last);
        expect(left).toBeGreaterThanOrEqual(col.numerator);
        expect(right).toBeLessThanOrEqual(col.value);
      }
    }
    const rules = tracking.validations.map((v) => `${v.type} ${v.operator} ${v.formulae.join("–")}`);
    expect(rules).toEqual(expect.arrayContaining(["whole greaterThanOrEqual 0", "decimal between 0–100", "decimal greaterThanOrEqual 0"]));
  });

  it("uses only functions every supported Excel and LibreOffice 7 have, with plain A1 references", () => {
    const allowed = new Set(["IF", "AND", "OR", "NOT", "ISERROR", "ISNUMBER", "ISBLANK", "TRIM", "N", "COUNT", "ROUND", "ABS", "MIN", "SUM", "SUMIFS", "COUNTIFS"]);
    const used = new Set<string>();
    const usedInArrays = new Set<string>();
    for (const sheet of spec.sheets) {
      const cells = sheet.cells.flat().filter(isFormula);
      const formulas = [
        ...cells.filter((cell) => !cell.array).map((cell) => cell.formula),
        ...sheet.conditionalFormats.flatMap((format) => format.rules.map((rule) => rule.formula)),
      ];
      const names = (formula: string, into: Set<string>): void => {
        expect(formula).not.toMatch(/^=|\[|ThucHien|TongHop|@/);
        for (const match of formula.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) into.add(match[1]);
      };
      for (const formula of formulas) names(formula, used);
      for (const cell of cells.filter((candidate) => candidate.array)) {
        names(cell.formula, usedInArrays);
        // TEXTJOIN (Excel 2019+) only where IFERROR gives Excel 2016 something else to show.
        expect(cell.formula).toMatch(/^IF\(.*,IFERROR\(TEXTJOIN\(/);
      }
    }
    expect([...used].filter((name) => !allowed.has(name))).toEqual([]);
    expect(used).toContain("SUMIFS");
    // Tổng hợp's units without a Mẫu số, the one list the sheet writes out.
    expect([...usedInArrays].filter((name) => !allowed.has(name)).sort()).toEqual(["IFERROR", "MATCH", "TEXT", "TEXTJOIN"]);
  });

  it("prints every visible sheet on A4 landscape, one page wide, header row repeated", () => {
    for (const sheet of spec.sheets.filter((s) => s.visibility === "visible")) {
      expect(sheet.page).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: 1 });
      if (sheet.table) {
        expect(sheet.page?.printTitleRows).toBe("1:1");
        // Thực hiện also keeps the unit and the target in view beside the entry cells.
        expect(sheet.freeze).toEqual({ rows: 1, columns: sheet.name === SHEET.tracking ? 4 : 0 });
      }
      expect(sheet.protection).toMatchObject({ allowSort: true, allowAutoFilter: true });
    }
  });
});

describe("text from documents", () => {
  const formulaLike = ["=SUM(A1:A9)", "+84 trường", "-5% so với", "@ghi chú", "=1+1"];
  const plan: Plan = {
    meta: { issuer: "=HYPERLINK(\"x\")", number: null, date: null, title: "+ KẾ HOẠCH", period: null },
    targets: formulaLike.map(
      (text, i): Target => ({
        id: `T${i + 1}`,
        kind: "target",
        section: "-1",
        sectionTitle: null,
        level: "chung",
        scope: "@all",
        indicator: text,
        op: "gte",
        value: 1,
        value_max: null,
        denominator: null,
        unit: "=trường",
        period: null,
        quote: text,
        offset: 0,
        confidence: 0.9,
      }),
    ),
  };

  it("is written as text, never as a formula", async () => {
    const workbook = await load(await writeXlsx(describeWorkbook(plan, sampleUnits(2))));
    const targets = workbook.getWorksheet("Chỉ tiêu");
    expect(targets).toBeDefined();
    formulaLike.forEach((text, i) => {
      const indicator = targets?.getCell(i + 2, 4);
      const quote = targets?.getCell(i + 2, 14);
      expect(indicator?.value).toBe(text);
      expect(indicator?.type).toBe(ExcelJS.ValueType.String);
      expect(quote?.value).toBe(text);
      expect(targets?.getCell(i + 2, 10).value).toBe("=trường");
    });
    const tracking = workbook.getWorksheet("Thực hiện");
    expect(tracking?.getCell(2, 4).value).toBe("=SUM(A1:A9) (@all)");
    expect(tracking?.getCell(2, 4).type).toBe(ExcelJS.ValueType.String);
  });
});

describe("the hidden model", () => {
  it("splits long JSON across cells under Excel's limit and joins back to the same plan", () => {
    const plan = seedPlan("muong-te-2022-2023");
    const long: Plan = { ...plan, targets: plan.targets.map((target) => ({ ...target, quote: target.quote + "ắ".repeat(2000) })) };
    const units = sampleUnits(3);
    const chunks = modelChunks(modelFor(long, units));
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(32767);
    const area = "Toàn huyện Mường Tè";
    expect(parseModel(chunks.join(""))).toEqual({ plan: long, units: trackedUnits(units, area), districtOnly: false, area });
    const sheet = sheetOf(describeWorkbook(long, units).sheets, MODEL_SHEET);
    // Row 1: marker, schema version, chunks, the column holding them, no journal (src/workbook/model.ts).
    expect(sheet.cells[0]).toEqual([MODEL_MARKER, SCHEMA_VERSION, chunks.length, 1, 0]);
    expect(sheet.cells.slice(1).map((row) => row[0])).toEqual(chunks);
  });

  it("rejects JSON that is not a model", () => {
    expect(parseModel("{")).toBeNull();
    expect(parseModel('{"plan":{"meta":{},"targets":[{"id":1}]},"units":[]}')).toBeNull();
    expect(parseModel('{"plan":{"meta":{},"targets":[]},"units":[{"code":"A"}]}')).toBeNull();
  });
});

describe("the written .xlsx", () => {
  const plan = agreementPlan("phong-tho-2023-2024");
  const units = [...sampleUnits(10), ...edgeUnits(12)];
  const tolerance = DEFAULT_TOLERANCE;
  const entries = fillEntries(plan, units, tolerance, 7);
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await load(await writeXlsx(describeWorkbook(plan, units, { tolerance, entries })));
  });

  it("carries cached results equal to the engine's in every formula cell", () => {
    const tracking = workbook.getWorksheet("Thực hiện");
    const summary = workbook.getWorksheet("Tổng hợp");
    if (!tracking || !summary) throw new Error("sheets missing");
    const t = columnIndex(TRACKING_COLUMNS);
    const result = (sheet: ExcelJS.Worksheet, r: number, c: number): unknown => {
      const cell = sheet.getCell(r, c);
      if (cell.type !== ExcelJS.ValueType.Formula) throw new Error(`no formula at ${r},${c}`);
      // `cell.result`: ExcelJS's `cell.value` drops results of 0; an empty cached string reads as undefined.
      return cell.result ?? "";
    };
    const byTarget = new Map<string, Entry[]>();
    let checked = 0;
    trackingPairs(plan, trackedUnits(units)).forEach(({ unit, target }, i) => {
      const entry = entries.get(entryKey(unit.code, target.id)) ?? EMPTY_ENTRY;
      byTarget.set(target.id, [...(byTarget.get(target.id) ?? []), entry]);
      const evaluation = evaluateEntry(target, entry, tolerance);
      const r = i + 2;
      expect(result(tracking, r, t.status)).toBe(evaluation.status);
      expect(result(tracking, r, t.reason)).toBe(reasonText(evaluation.reason));
      expect(result(tracking, r, t.gap)).toBe(evaluation.gap ?? "");
      if (isRateTarget(target)) expect(result(tracking, r, t.value)).toBe(computedRate(entry) ?? "");
      checked += 1;
    });
    const s = columnIndex(SUMMARY_COLUMNS);
    trackedTargets(plan).forEach((target, j) => {
      const aggregate = aggregateTarget(target, byTarget.get(target.id) ?? [], tolerance);
      const r = j + 2;
      expect(result(summary, r, s.status)).toBe(aggregate.status);
      expect(result(summary, r, s.value)).toBe(aggregate.value ?? "");
      expect(result(summary, r, s.gap)).toBe(aggregate.gap ?? "");
      expect(result(summary, r, s.met)).toBe(aggregate.counts["Đạt"]);
      expect(result(summary, r, s.invalid)).toBe(aggregate.counts["Không hợp lệ"]);
    });
    expect(checked).toBeGreaterThan(500);
  });

  it("keeps tables, validations, highlights, protection, print setup and the very hidden state", () => {
    const tracking = workbook.getWorksheet("Thực hiện") as ExcelJS.Worksheet & {
      tables: Record<string, unknown>;
      conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[];
      sheetProtection: Record<string, unknown> | null;
      dataValidations: { model: Record<string, { type: string }> };
    };
    expect(Object.keys(tracking.tables)).toEqual(["ThucHien"]);
    const statusRules = tracking.conditionalFormattings.flatMap((format) => format.rules.map((rule) => rule.formulae[0]));
    expect(statusRules).toEqual(expect.arrayContaining(STATUSES.map((status) => `$N2="${status}"`)));
    expect(tracking.sheetProtection).toMatchObject({ sheet: true, sort: true, autoFilter: true });
    expect(tracking.sheetProtection?.hashValue).toBeUndefined();
    expect(Object.keys(tracking.dataValidations.model).length).toBeGreaterThan(0);
    expect(tracking.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(tracking.getCell("A2").font?.name).toBe("Times New Roman");
    expect(tracking.getCell("I2").protection?.locked).toBe(false);
    expect(tracking.getCell("A2").protection?.locked).not.toBe(false);
    expect(workbook.getWorksheet(MODEL_SHEET)?.state).toBe("veryHidden");
    expect(workbook.getWorksheet(SHEET.settings)?.getCell("B2").value).toBe(1);
  });
});

describe("Tổng hợp's units without a Mẫu số", () => {
  it("lists the units that typed only a rate, in sheet order, as an array formula the .xlsx keeps; nothing for counts", async () => {
    const plan = seedPlan("bac-son-2024-2025");
    const units = sampleUnits(9);
    const targets = trackedTargets(plan);
    const pairs = trackingPairs(plan, trackedUnits(units));
    const rowsOf = (target: Target) => pairs.filter((pair) => pair.target.id === target.id);
    // The rate most units track.
    const rate = targets
      .filter((target) => isRateTarget(target) && !isChangeTarget(target))
      .reduce<Target | null>((best, target) => (best === null || rowsOf(target).length > rowsOf(best).length ? target : best), null);
    const count = targets.find((target) => !isRateTarget(target));
    if (!rate || !count) throw new Error("the plan needs a rate and a count");
    const rows = rowsOf(rate);
    expect(rows.length).toBeGreaterThan(3);
    const entries = new Map<string, Entry>();
    rows.forEach(({ unit }, i) => {
      const entry: Entry = i % 2 === 0 ? { ...EMPTY_ENTRY, value: 97 } : { ...EMPTY_ENTRY, numerator: 90, denominator: 100 };
      entries.set(entryKey(unit.code, rate.id), entry);
    });
    const lacking = rows.filter((_, i) => i % 2 === 0).map(({ unit }) => unit.code).join(", ");
    const spec = describeWorkbook(plan, units, { entries });
    const summary = sheetOf(spec.sheets, SHEET.summary);
    const s = columnIndex(SUMMARY_COLUMNS);
    const rowOf = (target: Target): number => targets.indexOf(target) + 2;
    expect(summary.cells[0][s.lackingDenominator - 1]).toBe("Đơn vị thiếu mẫu số");
    expect(summary.cells[rowOf(rate) - 1][s.lackingDenominator - 1]).toMatchObject({ result: lacking, array: true });
    expect(summary.cells[rowOf(count) - 1][s.lackingDenominator - 1]).toBeNull();
    expect(summary.columns[s.lackingDenominator - 1].width).toBeGreaterThanOrEqual(20);

    const workbook = await load(await writeXlsx(spec));
    const sheet = workbook.getWorksheet(SHEET.summary);
    const cell = sheet?.getCell(rowOf(rate), s.lackingDenominator);
    // {=…} in Excel: Excel 2019 computes IF over ranges only in an array formula; TEXTJOIN is saved as a newer function.
    expect(cell?.value).toMatchObject({ shareType: "array", ref: cell?.address, result: lacking });
    expect(cell?.formula).toMatch(/^IF\(.*,IFERROR\(_xlfn\.TEXTJOIN\(/);
    expect(cell?.alignment?.wrapText).toBe(true);
  });
});

describe("cells of the description", () => {
  it("are plain data", () => {
    const spec = describeWorkbook(seedPlan("muong-la-2021-2025"), sampleUnits(3));
    const roundTrip = JSON.parse(JSON.stringify(spec)) as typeof spec;
    expect(roundTrip).toEqual(spec);
    const cells: SpecCell[] = spec.sheets.flatMap((sheet) => sheet.cells.flat());
    expect(cells.every((cell) => cell === null || ["string", "number", "object"].includes(typeof cell))).toBe(true);
  });
});
