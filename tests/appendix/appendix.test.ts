// Phụ lục I and II as data: grouping and numbering, defaults from the
// plan's metadata, what the choices select, the figures' text, the sheet's
// layout and print setup, and keeping a user's edits across a refresh.

import ExcelJS from "exceljs";
import type { Level, Plan, PlanMeta, Target } from "../../src/domain/plan";
import { DEFAULT_TOLERANCE, type Unit } from "../../src/domain/tracking";
import { XlsxBook } from "../../src/hosts/xlsx/sheet-xml";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import {
  APPENDIX_ROWS,
  APPENDIX_SHEETS,
  AppendixOptionError,
  appendixTables,
  attachedToLine,
  bookAsRebuilt,
  defaultTitle,
  describeAppendices,
  formatFigure,
  groupTargets,
  groupUnits,
  issuerBlock,
  issuerInSentence,
  issuerLine,
  matchBaselines,
  mergeAppendixOptions,
  percentOfPlan,
  planText,
  readAppendixEdits,
  resolveSelection,
  romanNumeral,
  sectionKey,
  withAppendices,
} from "../../src/workbook/appendix";
import { choiceOf } from "../../src/workbook/appendix/options";
import type { TrackingBook } from "../../src/workbook/book";
import { describeWorkbook, entryKey, trackingPairs } from "../../src/workbook/describe";
import { trackedUnits, UNKNOWN_AREA_NAME } from "../../src/workbook/model";
import { isFormula, type SheetSpec } from "../../src/workbook/spec";
import { seedPlan } from "../helpers/tracking-fixture";
import { filled } from "./fixture";

function target(id: string, section: string | null, sectionTitle: string | null, level: Level, extra: Partial<Target> = {}): Target {
  return {
    id,
    kind: "target",
    section,
    sectionTitle,
    level,
    scope: null,
    indicator: `Chỉ tiêu ${id}`,
    op: "gte",
    value: 90,
    value_max: null,
    denominator: null,
    unit: "%",
    period: "2022-2023",
    quote: "90%",
    offset: 0,
    confidence: 0.9,
    ...extra,
  };
}

const META: PlanMeta = { issuer: "UBND huyện Mường Tè", number: null, date: null, title: "KẾ HOẠCH", period: "2022-2023" };

const unit = (code: string, levels: Level[]): Unit => ({ code, name: `Trường ${code}`, levels, commune: null, zone: null });

/** A book with every tracked row empty. */
function emptyBook(plan: Plan, units: Unit[]): TrackingBook {
  const tracked = trackedUnits(units);
  return {
    plan,
    units: tracked,
    area: UNKNOWN_AREA_NAME,
    tolerance: DEFAULT_TOLERANCE,
    rows: trackingPairs(plan, tracked).map(({ unit: u, target: t }, i) => ({
      sheetRow: i + 2,
      unitCode: u.code,
      unitName: u.name,
      targetId: t.id,
      entry: { numerator: null, denominator: null, start: null, value: null },
      note: null,
    })),
    problems: [],
  };
}

/** A filled seed book, as the reader hands it over. */
function seedBook(seed: string, fillSeed = 7): TrackingBook {
  const book = filled(seed, fillSeed);
  const tracked = trackedUnits(book.units);
  return {
    plan: book.plan,
    units: tracked,
    area: UNKNOWN_AREA_NAME,
    tolerance: book.tolerance,
    rows: trackingPairs(book.plan, tracked).map(({ unit: u, target: t }, i) => ({
      sheetRow: i + 2,
      unitCode: u.code,
      unitName: u.name,
      targetId: t.id,
      entry: book.entries.get(entryKey(u.code, t.id)) ?? { numerator: null, denominator: null, start: null, value: null },
      note: null,
    })),
    problems: [],
  };
}

const shown = (cell: SheetSpec["cells"][number][number] | undefined): unknown => (cell !== undefined && isFormula(cell) ? cell.result : cell);

describe("Roman numerals", () => {
  test.each([
    [1, "I"],
    [2, "II"],
    [3, "III"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [90, "XC"],
    [1999, "MCMXCIX"],
  ])("%i → %s", (n, roman) => expect(romanNumeral(n)).toBe(roman));
});

describe("grouping and numbering of Phụ lục I", () => {
  const targets = [
    target("T1", "II.1", "Đội ngũ", "chung"),
    target("T2", "II.1", "Đội ngũ", "tieu_hoc"),
    target("T3", "II.1", "Đội ngũ", "chung"),
    target("T4", "II.2", "Chất lượng", "mam_non"),
    target("T5", "II.2", "Chất lượng", "thcs"),
    target("T6", "II.2", "Chất lượng", "mam_non"),
    target("T7", "2.1", "Cấp học mầm non", "mam_non"),
    target("T8", "2.3", "Cấp Trung học cơ sở", "thcs"),
    target("T9", null, null, "thpt"),
  ];

  test("by section and level, in the order groups first appear, targets in plan order, levels named unless the section does", () => {
    const groups = groupTargets(targets, "section-level");
    expect(groups.map((group) => [group.title, group.targets.map((t) => t.id)])).toEqual([
      ["Đội ngũ", ["T1", "T3"]],
      ["Đội ngũ – Tiểu học", ["T2"]],
      ["Chất lượng – Mầm non", ["T4", "T6"]],
      ["Chất lượng – THCS", ["T5"]],
      ["Cấp học mầm non", ["T7"]],
      ["Cấp Trung học cơ sở", ["T8"]],
      ["THPT", ["T9"]],
    ]);
  });

  test("by section only, and by level only", () => {
    expect(groupTargets(targets, "section").map((group) => group.title)).toEqual([
      "Đội ngũ",
      "Chất lượng",
      "Cấp học mầm non",
      "Cấp Trung học cơ sở",
      "THPT",
    ]);
    expect(groupTargets(targets, "level").map((group) => [group.title, group.targets.length])).toEqual([
      ["Chỉ tiêu chung", 2],
      ["Tiểu học", 1],
      ["Mầm non", 3],
      ["THCS", 2],
      ["THPT", 1],
    ]);
  });

  test("the sheet numbers groups I, II, III… and rows 1, 2, 3… within each group, with the target in the hidden column", () => {
    const plan: Plan = { meta: META, targets };
    const [first] = appendixTables(emptyBook(plan, [unit("MN1", ["mam_non"])]));
    const rows = first.rows.map((row) => [row.kind, shown(row.cells[0].content), row.key]);
    expect(rows).toEqual([
      ["group", "I", null],
      ["item", 1, "T1"],
      ["item", 2, "T3"],
      ["group", "II", null],
      ["item", 1, "T2"],
      ["group", "III", null],
      ["item", 1, "T4"],
      ["item", 2, "T6"],
      ["group", "IV", null],
      ["item", 1, "T5"],
      ["group", "V", null],
      ["item", 1, "T7"],
      ["group", "VI", null],
      ["item", 1, "T8"],
      ["group", "VII", null],
      ["item", 1, "T9"],
    ]);
    const sheet = describeAppendices(emptyBook(plan, [unit("MN1", ["mam_non"])]))[0];
    const keyColumn = first.widths.length;
    expect(sheet.cells[APPENDIX_ROWS.firstBody][keyColumn]).toBe("T1");
    expect(sheet.columns[keyColumn].hidden).toBe(true);
  });

  test("units group by the levels they serve, Mầm non first, multi-level schools after their first level", () => {
    const groups = groupUnits([unit("THCS1", ["thcs"]), unit("LC1", ["tieu_hoc", "thcs"]), unit("TH1", ["tieu_hoc"]), unit("MN1", ["mam_non"]), unit("TH2", ["tieu_hoc"])]);
    expect(groups.map((group) => [group.title, group.units.map((u) => u.code)])).toEqual([
      ["Mầm non", ["MN1"]],
      ["Tiểu học", ["TH1", "TH2"]],
      ["Liên cấp Tiểu học và THCS", ["LC1"]],
      ["THCS", ["THCS1"]],
    ]);
  });
});

describe("a province's book: Phụ lục II by xã/phường", () => {
  const at = (code: string, levels: Level[], commune: string | null): Unit => ({ ...unit(code, levels), commune });

  test("units of several xã/phường group by it, in list order, by level inside, units without one last", () => {
    const units = [
      at("THCS1", ["thcs"], "xã Tu Vũ"),
      at("MN2", ["mam_non"], "phường Nông Trang"),
      at("TH9", ["tieu_hoc"], null),
      at("MN1", ["mam_non"], "Xã  Tu Vũ"),
      at("TH2", ["tieu_hoc"], "phường Nông Trang"),
    ];
    expect(groupUnits(units, "tinh").map((group) => [group.title, group.units.map((u) => u.code)])).toEqual([
      ["Xã Tu Vũ", ["MN1", "THCS1"]],
      ["Phường Nông Trang", ["MN2", "TH2"]],
      ["Chưa ghi xã/phường", ["TH9"]],
    ]);
  });

  test("units of one xã, and a huyện's older book, keep the groups by level", () => {
    const groups = groupUnits([at("TH1", ["tieu_hoc"], "xã Tu Vũ"), at("MN1", ["mam_non"], "xã Tu Vũ")]);
    expect(groups.map((group) => group.title)).toEqual(["Mầm non", "Tiểu học"]);
    const district = groupUnits([at("TH1", ["tieu_hoc"], "xã Vũ Lễ"), at("MN1", ["mam_non"], "xã Tu Vũ")], "huyen");
    expect(district.map((group) => group.title)).toEqual(["Mầm non", "Tiểu học"]);
  });

  test("the table has a group row per xã/phường, then the whole province", () => {
    const meta = { ...META, governingBody: "UBND TỈNH PHÚ THỌ", government: "tinh" as const, area: "tỉnh Phú Thọ" };
    const plan: Plan = { meta, targets: [target("T1", null, null, "mam_non", { value: 95, unit: "%" })] };
    const book = { ...emptyBook(plan, [at("MN1", ["mam_non"], "xã Tu Vũ"), at("MN2", ["mam_non"], "phường Nông Trang")]), area: "Toàn tỉnh Phú Thọ" };
    const [, second] = appendixTables(book);
    expect(second.rows.map((row) => [row.kind, row.cells[1].content])).toEqual([
      ["group", "Xã Tu Vũ"],
      ["item", "Trường MN1"],
      ["group", "Phường Nông Trang"],
      ["item", "Trường MN2"],
      ["total", "Toàn tỉnh Phú Thọ"],
    ]);
  });
});

describe("defaults from the plan", () => {
  test("titles name the school year, the year or the period", () => {
    expect(defaultTitle("I", "2022-2023", null)).toBe("CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NĂM HỌC 2022-2023");
    expect(defaultTitle("I", "2022 - 2023", null)).toBe("CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NĂM HỌC 2022-2023");
    expect(defaultTitle("I", "2024", null)).toBe("CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NĂM 2024");
    expect(defaultTitle("I", "2021-2025", null)).toBe("CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025");
    expect(defaultTitle("I", null, null)).toBe("CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN");
    expect(defaultTitle("II", "2022-2023", "tieu_hoc")).toBe("CHỈ TIÊU VÀ KẾT QUẢ THỰC HIỆN CẤP TIỂU HỌC THEO ĐƠN VỊ NĂM HỌC 2022-2023");
    expect(defaultTitle("II", "2022-2023", null)).toBe("CHỈ TIÊU VÀ KẾT QUẢ THỰC HIỆN THEO ĐƠN VỊ NĂM HỌC 2022-2023");
  });

  test("the “Kèm theo” line leaves dots where the plan does not say", () => {
    expect(attachedToLine(seedPlan("muong-te-2022-2023").meta)).toBe("(Kèm theo Kế hoạch số …… ngày … tháng … năm … của UBND huyện Mường Tè)");
    expect(attachedToLine(seedPlan("bac-son-2024-2025").meta)).toBe("(Kèm theo Kế hoạch số ……/KH-UBND ngày … tháng 02 năm 2024 của UBND Bắc Sơn)");
    expect(attachedToLine({ issuer: null, number: null, date: null, title: null, period: null })).toBe(
      "(Kèm theo Kế hoạch số …… ngày … tháng … năm … của ……)",
    );
  });

  test("a known number, date and issuer fill the line the way the decree writes dates", () => {
    expect(attachedToLine(seedPlan("phong-tho-2023-2024").meta)).toBe(
      "(Kèm theo Quyết định số 2331/QĐ-UBND ngày 08 tháng 9 năm 2023 của Ủy ban nhân dân huyện Phong Thổ)",
    );
    expect(attachedToLine({ ...META, number: "15/KH-UBND", date: "2023-01-25" })).toBe(
      "(Kèm theo Kế hoạch số 15/KH-UBND ngày 25 tháng 01 năm 2023 của UBND huyện Mường Tè)",
    );
    expect(issuerInSentence("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐẦM HÀ")).toBe("Phòng giáo dục và đào tạo huyện Đầm Hà");
    expect(issuerInSentence("UBND HUYỆN MƯỜNG TÈ")).toBe("UBND huyện Mường Tè");
  });

  test("the issuer block follows the plan's government, as Nghị định 30 lays it out", () => {
    const meta = (extra: Partial<PlanMeta>): PlanMeta => ({ issuer: null, number: null, date: null, title: null, period: null, ...extra });
    // A Sở's plan: the UBND tỉnh above, the Sở without the place its governing body already names.
    const so = meta({ issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ THỌ", governingBody: "UBND TỈNH PHÚ THỌ", government: "tinh", area: "tỉnh Phú Thọ" });
    expect(issuerLine(so)).toBe("UBND TỈNH PHÚ THỌ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO");
    expect(issuerBlock(issuerLine(so))).toEqual({ governing: ["UBND TỈNH PHÚ THỌ"], issuing: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" });
    // A xã's own plan: the UBND xã alone.
    expect(issuerLine(meta({ issuer: "Ủy ban nhân dân xã Tu Vũ", governingBody: null, government: "xa", area: "xã Tu Vũ" }))).toBe("ỦY BAN NHÂN DÂN XÃ TU VŨ");
    // A xã office or school under the UBND xã.
    expect(issuerLine(meta({ issuer: "TRƯỜNG THCS TU VŨ", governingBody: "UBND XÃ TU VŨ", government: "xa", area: "xã Tu Vũ" }))).toBe(
      "UBND XÃ TU VŨ\nTRƯỜNG THCS TU VŨ",
    );
    // An older district plan, as before.
    const phong = meta({ issuer: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MƯỜNG TÈ", governingBody: "UBND HUYỆN MƯỜNG TÈ", government: "huyen", area: "huyện Mường Tè" });
    expect(issuerLine(phong)).toBe("UBND HUYỆN MƯỜNG TÈ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    // The sentence still names the issuer in full.
    expect(attachedToLine(so)).toContain("của Sở giáo dục và đào tạo tỉnh Phú Thọ");
    // No issuer read: dots for the officer to fill in; a book made before governingBody was read: the issuer alone.
    expect(issuerLine(meta({}))).toBe("……");
    expect(issuerLine(META)).toBe("UBND HUYỆN MƯỜNG TÈ");
    // A block a user typed over: the last line is the issuing body.
    expect(issuerBlock("  UBND XÃ TU VŨ \n\n PHÒNG VĂN HÓA - XÃ HỘI ")).toEqual({ governing: ["UBND XÃ TU VŨ"], issuing: "PHÒNG VĂN HÓA - XÃ HỘI" });
  });

  test("Phụ lục II's total row is the book's whole-area row", () => {
    const book = { ...seedBook("muong-te-2022-2023"), area: "Toàn xã Tu Vũ" };
    const [, second] = appendixTables(book);
    expect(second.rows[second.rows.length - 1].cells[1].content).toBe("Toàn xã Tu Vũ");
  });

  test("the heading of each appendix: issuer in capitals, label, title, attached line", () => {
    const [first, second] = appendixTables(seedBook("muong-te-2022-2023"));
    expect(first.heading).toEqual({
      issuer: "UBND HUYỆN MƯỜNG TÈ",
      label: "Phụ lục I",
      title: "CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NĂM HỌC 2022-2023",
      attachedTo: "(Kèm theo Kế hoạch số …… ngày … tháng … năm … của UBND huyện Mường Tè)",
    });
    expect(second.heading.label).toBe("Phụ lục II");
    expect(second.heading.title).toBe("CHỈ TIÊU VÀ KẾT QUẢ THỰC HIỆN CẤP MẦM NON THEO ĐƠN VỊ NĂM HỌC 2022-2023");
  });
});

describe("figures", () => {
  test("the plan's figure with its comparator, Vietnamese style", () => {
    const t = (extra: Partial<Target>): Target => target("T", null, null, "chung", extra);
    expect(planText(t({ op: "gte", value: 98.1 }))).toBe("≥ 98,1");
    expect(planText(t({ op: "gt", value: 99.7 }))).toBe("> 99,7");
    expect(planText(t({ op: "lt", value: 0.7 }))).toBe("< 0,7");
    expect(planText(t({ op: "lte", value: 10 }))).toBe("≤ 10");
    expect(planText(t({ op: "eq", value: 9, unit: "trường" }))).toBe("9");
    expect(planText(t({ op: "eq", value: 17, denominator: 17, unit: "xã" }))).toBe("17/17");
    expect(planText(t({ op: "between", value: 2, value_max: 3 }))).toBe("2 – 3");
    expect(planText(t({ op: "approx", value: 65 }))).toBe("≈ 65");
    expect(planText(t({ op: "increase_by", value: 2.5 }))).toBe("tăng 2,5");
    expect(planText(t({ op: "decrease_by", value: 1132 }))).toBe("giảm 1.132");
  });

  test("the result as a percentage of plan", () => {
    const t = (extra: Partial<Target>): Target => target("T", null, null, "chung", extra);
    expect(percentOfPlan(t({ value: 98 }), 49, null)).toBe(50);
    expect(percentOfPlan(t({ value: 3 }), 1, null)).toBeCloseTo(33.333333333, 9);
    expect(percentOfPlan(t({ op: "increase_by", value: 2 }), 53, 50)).toBe(150);
    expect(percentOfPlan(t({ op: "decrease_by", value: 4 }), 48, 50)).toBe(50);
    expect(percentOfPlan(t({ op: "increase_by", value: 2 }), 53, null)).toBeNull();
    expect(percentOfPlan(t({ value: 0 }), 5, null)).toBeNull();
    expect(percentOfPlan(t({ value: 90 }), null, null)).toBeNull();
  });

  test("numbers as the sheet formats show them: comma decimals, one or two decimals for rates", () => {
    expect(formatFigure(98.5, "rate")).toBe("98,5");
    expect(formatFigure(98, "rate")).toBe("98,0");
    expect(formatFigure(98.456, "rate")).toBe("98,46");
    expect(formatFigure(2.675, "rate")).toBe("2,68");
    expect(formatFigure(-0.7, "rate")).toBe("-0,7");
    expect(formatFigure(1132, "count")).toBe("1.132");
    expect(formatFigure(15314.4, "count")).toBe("15.314");
    expect(formatFigure(0.95, "general")).toBe("0,95");
    expect(formatFigure(1132.5, "general")).toBe("1132,5");
  });

  test("baselines stand beside a target only on a plain match", () => {
    const matches = matchBaselines(seedPlan("bac-son-2024-2025"));
    const pairs = Object.fromEntries([...matches].map(([id, baseline]) => [id, baseline.value]));
    // "Giảm tỷ lệ suy dinh dưỡng" ← "Tỷ lệ suy dinh dưỡng thể thấp còi 2,6%"; "Tỷ lệ tốt nghiệp THPT" ← 99,35%.
    expect(pairs).toMatchObject({ T132: 2.6, T139: 100, T145: 99.35 });
    // "Tỷ lệ huy động nhà trẻ" has no baseline rate with those words.
    expect(matches.has("T129")).toBe(false);
    // A unit of measure that differs never matches ("Số trường" 30 vs 55 trường is the same unit but other words).
    for (const [id, baseline] of matches) {
      const t = seedPlan("bac-son-2024-2025").targets.find((x) => x.id === id) as Target;
      expect([baseline.level, baseline.unit]).toEqual([t.level, t.unit]);
    }
  });
});

describe("what the choices select", () => {
  const plan: Plan = {
    meta: META,
    targets: [
      target("T1", "1", "A", "mam_non"),
      target("T2", "1", "A", "tieu_hoc"),
      target("T3", "1", "A", "tieu_hoc", { unit: "trường", op: "eq", value: 9 }),
      target("T4", "2", "B", "thcs", { period: "2025" }),
      target("B1", "0", "Hiện trạng", "tieu_hoc", { kind: "baseline" }),
    ],
  };
  const units = [unit("MN1", ["mam_non"]), unit("TH1", ["tieu_hoc"]), unit("LC1", ["tieu_hoc", "thcs"])];
  const book = emptyBook(plan, units);

  test("by default: every target in Phụ lục I; Phụ lục II the first level with school targets and its schools", () => {
    const selection = resolveSelection(book);
    expect(selection.first.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4"]);
    expect(selection.level).toBe("mam_non");
    expect(selection.second.map((t) => t.id)).toEqual(["T1"]);
    expect(selection.units.map((u) => u.code)).toEqual(["MN1"]);
    expect(selection.period).toBe("2022-2023");
  });

  test("by default Phụ lục II is the first level schools have entered figures for; a note alone is no figure", () => {
    const filled = (code: string, id: string, entry: Partial<TrackingBook["rows"][number]["entry"]>, note: string | null = null): TrackingBook => ({
      ...book,
      rows: book.rows.map((row) => (row.unitCode === code && row.targetId === id ? { ...row, entry: { ...row.entry, ...entry }, note } : row)),
    });
    // Only the primary schools have reported: Phụ lục II is Tiểu học's, not the empty Mầm non one.
    const primary = filled("TH1", "T2", { value: 3 });
    expect(resolveSelection(primary).level).toBe("tieu_hoc");
    expect(resolveSelection(primary).second.map((t) => t.id)).toEqual(["T2"]);
    // A note without a figure does not count; nor does a district-wide figure.
    expect(resolveSelection(filled("MN1", "T1", {}, "chưa có số")).level).toBe("mam_non");
    expect(resolveSelection(filled("HUYEN", "T3", { value: 2 })).level).toBe("mam_non");
    // A level chosen by name still wins.
    expect(resolveSelection(primary, { level: "mam_non" }).level).toBe("mam_non");
  });

  test("a level filters both appendices; district-wide counts stay out of Phụ lục II", () => {
    const selection = resolveSelection(book, { level: "tieu_hoc" });
    expect(selection.first.map((t) => t.id)).toEqual(["T2", "T3"]);
    expect(selection.second.map((t) => t.id)).toEqual(["T2"]);
    expect(selection.units.map((u) => u.code)).toEqual(["TH1", "LC1"]);
  });

  test("Phụ lục I's levels and sections are its own: Phụ lục II's level does not narrow it", () => {
    // Every level for Phụ lục I, Tiểu học for Phụ lục II.
    const apart = resolveSelection(book, { level: "tieu_hoc", firstLevels: null });
    expect(apart.first.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4"]);
    expect(apart.second.map((t) => t.id)).toEqual(["T2"]);
    // Two levels for Phụ lục I, Phụ lục II left to its default.
    const twoLevels = resolveSelection(book, { firstLevels: ["mam_non", "thcs"] });
    expect(twoLevels.first.map((t) => t.id)).toEqual(["T1", "T4"]);
    expect(twoLevels.level).toBe("mam_non");
    // Sections by number (else title), with levels on top.
    expect(resolveSelection(book, { firstSections: ["2"] }).first.map((t) => t.id)).toEqual(["T4"]);
    expect(resolveSelection(book, { firstSections: ["1"], firstLevels: ["tieu_hoc"] }).first.map((t) => t.id)).toEqual(["T2", "T3"]);
    expect(sectionKey(target("X", null, " Mục không số ", "thcs"))).toBe("Mục không số");
    expect(sectionKey(target("X", null, null, "thcs"))).toBe("");
    // Nothing left in Phụ lục I is said as before.
    expect(() => resolveSelection(book, { firstLevels: [] })).toThrow(AppendixOptionError);
  });

  test("choices without Phụ lục I's own levels keep the old meaning, and are stored explicitly", () => {
    expect(choiceOf({ level: "thcs" })).toMatchObject({ level: "thcs", firstLevels: ["thcs"], firstSections: null });
    expect(choiceOf({ level: "thcs", firstLevels: null })).toMatchObject({ level: "thcs", firstLevels: null });
    // A new level alone (the CLI's --level) replaces a stored Phụ lục I scope, which then follows it.
    const stored = { level: "mam_non" as const, firstLevels: null, firstSections: ["1"] };
    const merged = mergeAppendixOptions(stored, { level: "thcs" });
    expect(merged.firstLevels).toBeUndefined();
    expect(merged.firstSections).toBeNull();
    expect(resolveSelection(book, merged).first.map((t) => t.id)).toEqual(["T4"]);
    // No new choice: the stored scope stays.
    expect(mergeAppendixOptions(stored, {})).toMatchObject({ level: "mam_non", firstLevels: null, firstSections: ["1"] });
  });

  test("listed targets are Phụ lục II's columns, in plan order; listed units its rows, in book order", () => {
    const selection = resolveSelection(book, { targets: ["T4", "T2"], units: ["LC1", "HUYEN"] });
    // Phụ lục I stays the whole plan.
    expect(selection.first.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4"]);
    expect(selection.second.map((t) => t.id)).toEqual(["T2", "T4"]);
    expect(selection.level).toBeNull();
    // The district is the total row, not a unit row.
    expect(selection.units.map((u) => u.code)).toEqual(["LC1"]);
  });

  test("a period keeps targets whose period overlaps it", () => {
    expect(resolveSelection(book, { period: "2022-2023" }).first.map((t) => t.id)).toEqual(["T1", "T2", "T3"]);
    expect(resolveSelection(book, { period: "2024-2025", level: "thcs" }).first.map((t) => t.id)).toEqual(["T4"]);
  });

  test("choices that cannot be met say why", () => {
    const thrown = (options: Parameters<typeof resolveSelection>[1]): AppendixOptionError => {
      try {
        resolveSelection(book, options);
      } catch (error) {
        if (error instanceof AppendixOptionError) return error;
      }
      throw new Error("no AppendixOptionError");
    };
    expect(thrown({ targets: ["T2", "T99"] })).toMatchObject({ key: "appendixErrorUnknownTargets", params: { ids: "T99" } });
    expect(thrown({ targets: ["B1"] })).toMatchObject({ key: "appendixErrorBaselineTargets" });
    expect(thrown({ units: ["XX"] })).toMatchObject({ key: "appendixErrorUnknownUnits", params: { codes: "XX" } });
    expect(thrown({ level: "thpt" })).toMatchObject({ key: "appendixErrorNoTargets" });
  });

  test("Phụ lục II marks targets a unit does not report on, and has a district total row", () => {
    const [, second] = appendixTables(book, { targets: ["T1", "T2"], units: ["MN1", "TH1"] });
    const mn = second.rows.find((row) => row.key === "MN1");
    expect(mn?.cells.slice(5, 8).map((cell) => cell.content)).toEqual(["–", "–", "–"]);
    const total = second.rows[second.rows.length - 1];
    expect(total.kind).toBe("total");
    expect(total.cells[1].content).toBe(UNKNOWN_AREA_NAME);
    expect(second.header.filter((cell) => cell.row === 0 && cell.colSpan === 3).map((cell) => cell.text)).toEqual([
      "Chỉ tiêu T1 (%)",
      "Chỉ tiêu T2 (%)",
    ]);
  });
});

describe("the sheets", () => {
  const book = seedBook("bac-son-2024-2025");
  const [first, second] = describeAppendices(book);

  test("named Phụ lục I and II, A4 with the decree's margins, one page wide, header rows repeated, numbered from 1", () => {
    expect([first.name, second.name]).toEqual(["Phụ lục I", "Phụ lục II"]);
    for (const sheet of [first, second]) {
      const page = sheet.page;
      expect(page).toMatchObject({ paper: "A4", fitToWidth: 1, printTitleRows: "7:8", firstPageNumber: 1, firstHeader: "" });
      const mm = (inches: number): number => Math.round(inches * 25.4);
      expect([mm(page?.margins.top ?? 0), mm(page?.margins.bottom ?? 0), mm(page?.margins.left ?? 0), mm(page?.margins.right ?? 0)]).toEqual([20, 20, 30, 15]);
      expect(page?.header).toContain("&P");
    }
    expect(first.page?.orientation).toBe("landscape");
  });

  test("heading block: issuer top left, label, title and attached line merged across the table", () => {
    expect(first.cells[0][0]).toBe("UBND BẮC SƠN");
    expect(first.cells[2][0]).toBe("Phụ lục I");
    expect(first.cells[3][0]).toBe("CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NĂM HỌC 2024-2025");
    expect(first.merges).toEqual(expect.arrayContaining(["A1:C1", "A3:J3", "A4:J4", "A5:J5", "G7:H7", "A7:A8", "J7:J8"]));
    const style = (address: string): Record<string, unknown> =>
      Object.assign({}, ...first.formats.filter((format) => format.ranges.some((range) => range.split(":")[0] === address)).map((format) => format.style));
    expect(style("A3")).toMatchObject({ bold: true, size: 14, hAlign: "center" });
    expect(style("A5")).toMatchObject({ italic: true, size: 14, hAlign: "center" });
    expect(style("A7")).toMatchObject({ bold: true, wrap: true, border: true, hAlign: "center" });
  });

  test("status cells are coloured like the tracking sheets, one rule set per Đánh giá column", () => {
    expect(first.conditionalFormats).toHaveLength(1);
    expect(first.conditionalFormats[0].ranges[0]).toMatch(/^I9:I\d+$/);
    expect(first.conditionalFormats[0].rules.map((rule) => rule.formula)).toEqual([
      'I9="Đạt"',
      'I9="Gần đạt"',
      'I9="Chưa đạt"',
      'I9="Thiếu số liệu"',
      'I9="Không hợp lệ"',
    ]);
    expect(second.conditionalFormats.length).toBe(resolveSelection(book).second.length);
  });

  test("figures are formulas over Tổng hợp and Thực hiện, with no dynamic arrays or newer functions", () => {
    const formulas = [first, second].flatMap((sheet) => sheet.cells.flat().filter(isFormula).map((cell) => cell.formula));
    expect(formulas.length).toBeGreaterThan(50);
    for (const formula of formulas) {
      expect(formula).toMatch(/'Tổng hợp'!|'Thực hiện'!|^IF\(ISNUMBER\([A-Z]+\d+\)/);
      expect(formula).not.toMatch(/\b(XLOOKUP|FILTER|LET|UNIQUE|SORT|SEQUENCE|LAMBDA|IFS|SWITCH|TEXTJOIN|CONCAT)\(/);
    }
  });

  test("withAppendices replaces the appendix sheets instead of adding them twice", () => {
    const spec = describeWorkbook(book.plan, book.units.slice(0, -1));
    const once = withAppendices(spec, [first, second]);
    const twice = withAppendices(once, describeAppendices(book));
    expect(twice.sheets.map((sheet) => sheet.name)).toEqual(once.sheets.map((sheet) => sheet.name));
    expect(twice.sheets.filter((sheet) => sheet.name.startsWith("Phụ lục"))).toHaveLength(2);
    expect(twice.sheets[twice.activeSheet].name).toBe("Phụ lục I");
    // The very hidden model stays last, after the visible sheets.
    expect(twice.sheets[twice.sheets.length - 1].visibility).toBe("veryHidden");
  });
});

describe("a refresh keeps what users typed", () => {
  test("titles, notes and baselines typed into the sheets come back; untouched lines follow new choices", async () => {
    const seed = filled("muong-te-2022-2023", 11);
    const spec = describeWorkbook(seed.plan, seed.units, { entries: seed.entries });
    const book = await readTrackingWorkbook(await writeXlsx(spec));
    const bytes = await writeXlsx(withAppendices(spec, describeAppendices(bookAsRebuilt(book))));

    // A person edits the title of Phụ lục I, a note and a baseline, in Excel.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(APPENDIX_SHEETS.I);
    if (!sheet) throw new Error("no Phụ lục I");
    sheet.getCell("A4").value = "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2022-2023 (SỬA)";
    const rowOf = (id: string): number => {
      let found = 0;
      sheet.eachRow((row, r) => {
        if (row.getCell(11).value === id) found = r;
      });
      return found;
    };
    sheet.getCell(`J${rowOf("T005")}`).value = "Số liệu đến 31/5";
    sheet.getCell(`D${rowOf("T006")}`).value = 97.4;
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());

    const xlsx = new XlsxBook(edited);
    const stored = readAppendixEdits({ sheet: (name) => xlsx.sheetCells(name) });
    expect(stored.headings?.I).toEqual({ title: "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2022-2023 (SỬA)" });
    expect(stored.headings?.II).toBeUndefined();
    expect(stored.notes).toEqual({ T005: "Số liệu đến 31/5" });
    expect(stored.baselines).toEqual({ T006: 97.4 });

    // A new level: Phụ lục II's untouched title follows it; what was typed stays.
    const options = mergeAppendixOptions(stored, { level: "thcs" });
    const [first, second] = appendixTables(bookAsRebuilt(book), options);
    expect(first.heading.title).toBe("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2022-2023 (SỬA)");
    expect(second.heading.title).toBe("CHỈ TIÊU VÀ KẾT QUẢ THỰC HIỆN CẤP THCS THEO ĐƠN VỊ NĂM HỌC 2022-2023");
    // Phụ lục I is filtered to THCS now, so T005 and T006 (Mầm non) are not shown; their note and
    // baseline travel with the sheet, and a later choice of every level shows them again.
    expect(first.rows.some((r) => r.key === "T005")).toBe(false);
    const thcs = new XlsxBook(await writeXlsx(withAppendices(spec, describeAppendices(bookAsRebuilt(book), options))));
    const kept = readAppendixEdits({ sheet: (name) => thcs.sheetCells(name) });
    expect(kept).toMatchObject({ level: "thcs", notes: { T005: "Số liệu đến 31/5" }, baselines: { T006: 97.4 } });
    const all = appendixTables(bookAsRebuilt(book), mergeAppendixOptions(kept, { level: null }))[0];
    const row = all.rows.find((r) => r.key === "T005");
    expect(row?.cells[9].content).toBe("Số liệu đến 31/5");
    expect(all.rows.find((r) => r.key === "T006")?.cells[3].content).toBe(97.4);
  });

  test("the stored choices come back when no new ones are given", async () => {
    const seed = filled("phong-tho-2023-2024", 3);
    const spec = describeWorkbook(seed.plan, seed.units, { entries: seed.entries });
    const book = await readTrackingWorkbook(await writeXlsx(spec));
    const sheets = describeAppendices(book, { level: "thcs", targets: null, units: null });
    const xlsx = new XlsxBook(await writeXlsx(withAppendices(spec, sheets)));
    const stored = readAppendixEdits({ sheet: (name) => xlsx.sheetCells(name) });
    expect(stored).toMatchObject({ level: "thcs", targets: null, units: null, period: null, grouping: "section-level" });
    // Phụ lục I's scope is stored explicitly: the level it followed.
    expect(stored).toMatchObject({ firstLevels: ["thcs"], firstSections: null });
    expect(mergeAppendixOptions(stored, {}).level).toBe("thcs");
    expect(mergeAppendixOptions(stored, { targets: ["T001"] })).toMatchObject({ level: null, targets: ["T001"] });
  });

  test("Phụ lục I's own scope comes back from the sheets; sheets from before it follow their level", async () => {
    const seed = filled("phong-tho-2023-2024", 3);
    const spec = describeWorkbook(seed.plan, seed.units, { entries: seed.entries });
    const book = await readTrackingWorkbook(await writeXlsx(spec));
    const sheets = describeAppendices(book, { level: "thcs", firstLevels: ["mam_non", "tieu_hoc"], firstSections: null });
    const xlsx = new XlsxBook(await writeXlsx(withAppendices(spec, sheets)));
    const cells = { sheet: (name: string) => xlsx.sheetCells(name) };
    expect(readAppendixEdits(cells)).toMatchObject({ level: "thcs", firstLevels: ["mam_non", "tieu_hoc"], firstSections: null });

    // The state cell as sheets made before the split wrote it: no firstLevels.
    const old = new XlsxBook(await writeXlsx(withAppendices(spec, sheets)));
    const sheetCells = (name: string) => {
      const sheet = old.sheetCells(name);
      for (const line of sheet?.values() ?? []) {
        for (const [column, cell] of line) {
          if (typeof cell.value !== "string" || !cell.value.includes("chitieu.appendix")) continue;
          const state = JSON.parse(cell.value) as { choice: Record<string, unknown> };
          delete state.choice.firstLevels;
          delete state.choice.firstSections;
          line.set(column, { ...cell, value: JSON.stringify(state) });
        }
      }
      return sheet;
    };
    const legacy = readAppendixEdits({ sheet: sheetCells });
    expect(legacy.level).toBe("thcs");
    expect("firstLevels" in legacy).toBe(false);
    expect(resolveSelection(book, legacy).first.every((t) => t.level === "thcs")).toBe(true);
  });
});
