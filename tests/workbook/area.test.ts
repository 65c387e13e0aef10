// The whole-area row follows the plan's issuer (issue 12): its name, the
// user's own name for it, and books made before it could be named (schema
// version 1), which read as "Toàn huyện" and are rewritten as version 2
// without losing an entry. fixtures/book-v1-bac-son.xlsx is
// seeds/sample-bac-son.xlsx as commit 8e83797 made it, before this change.

import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { AREA_NAME_MAX, areaInSentence, communeGroups, defaultAreaName, LEGACY_AREA_NAME, readAreaName } from "../../src/domain/area";
import type { Plan } from "../../src/domain/plan";
import { readTrackingWorkbook, type TrackingBook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { describeWorkbook, entryKey } from "../../src/workbook/describe";
import { columnLetter } from "../../src/workbook/a1";
import { columnIndex, DISTRICT_UNIT_CODE, MODEL_SHEET, SCHEMA_VERSION, SHEET, SUMMARY_COLUMNS } from "../../src/workbook/layout";
import { modelFor, parseModel } from "../../src/workbook/model";
import { contentOf, specForBook, userUnits, withArea } from "../../src/workbook/rebuild";

const V1_BOOK = path.join(__dirname, "fixtures", "book-v1-bac-son.xlsx");

async function modelVersion(bytes: Uint8Array): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet(MODEL_SHEET)?.getCell("B1").value;
}

/** Every row's entry and note by unit + target: what a rewrite must keep. */
function typed(book: TrackingBook): Map<string, unknown> {
  return new Map(book.rows.map((row) => [entryKey(row.unitCode, row.targetId), { entry: row.entry, note: row.note }]));
}

const plan = (meta: Partial<Plan["meta"]>): Plan => ({
  meta: { issuer: null, number: null, date: null, title: null, period: null, ...meta },
  targets: [
    {
      id: "T001",
      kind: "target",
      section: null,
      sectionTitle: null,
      level: "thcs",
      scope: null,
      indicator: "Tỷ lệ học sinh THCS hoàn thành chương trình",
      op: "gte",
      value: 98,
      value_max: null,
      denominator: null,
      unit: "%",
      period: null,
      quote: "98%",
      offset: 0,
      confidence: 0.9,
    },
  ],
});

describe("the whole-area name the plan suggests", () => {
  test.each([
    [{ government: "xa", area: "xã Tu Vũ" }, "Toàn xã Tu Vũ"],
    [{ government: "xa", area: "phường Hà Đông" }, "Toàn phường Hà Đông"],
    [{ government: "xa", area: "đặc khu Côn Đảo" }, "Toàn đặc khu Côn Đảo"],
    [{ government: "tinh", area: "tỉnh Phú Thọ" }, "Toàn tỉnh Phú Thọ"],
    [{ government: "tinh", area: "thành phố Hà Nội" }, "Toàn thành phố Hà Nội"],
    [{ government: "huyen", area: "huyện Bắc Sơn" }, "Toàn huyện Bắc Sơn"],
    [{ government: "huyen", area: null }, "Toàn huyện"],
    [{ government: "xa", area: null }, "Toàn xã"],
    [{ government: "tinh", area: null }, "Toàn tỉnh"],
    [{ government: null, area: null }, "Toàn địa bàn"],
    [{}, "Toàn địa bàn"],
  ] as const)("%j → %s", (meta, name) => {
    expect(defaultAreaName(meta)).toBe(name);
  });

  test("a new book's whole-area row and model take it; the code stays HUYEN", () => {
    const model = modelFor(plan({ issuer: "UBND XÃ TU VŨ", government: "xa", area: "xã Tu Vũ" }), []);
    expect(model.area).toBe("Toàn xã Tu Vũ");
    expect(model.units).toEqual([expect.objectContaining({ code: DISTRICT_UNIT_CODE, name: "Toàn xã Tu Vũ" })]);
  });
});

describe("a name the user types", () => {
  test("is tidied, and refused with a reason when it cannot name a row", () => {
    expect(readAreaName("  Toàn xã   Tu Vũ ")).toEqual({ name: "Toàn xã Tu Vũ" });
    expect(readAreaName("   ")).toEqual({ key: "areaEmpty", params: {} });
    expect(readAreaName("Toàn xã\nTu Vũ")).toEqual({ key: "areaLineBreak", params: {} });
    expect(readAreaName("x".repeat(AREA_NAME_MAX + 1))).toEqual({ key: "areaTooLong", params: { length: AREA_NAME_MAX + 1, max: AREA_NAME_MAX } });
  });

  test("reads inside a sentence with a small first letter, abbreviations kept", () => {
    expect(areaInSentence("Toàn xã Tu Vũ")).toBe("toàn xã Tu Vũ");
    expect(areaInSentence("UBND xã Tu Vũ")).toBe("UBND xã Tu Vũ");
  });

  test("goes into the book, and a rename keeps every entry", async () => {
    const meta = { issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ THỌ", government: "tinh", area: "tỉnh Phú Thọ" } as const;
    const units = [{ code: "THCS01", name: "Trường THCS Tu Vũ", levels: ["thcs" as const], commune: "xã Tu Vũ", zone: null }];
    const entries = new Map([[entryKey("THCS01", "T001"), { numerator: 49, denominator: 50, start: null, value: null }]]);
    const book = await readTrackingWorkbook(await writeXlsx(describeWorkbook(plan(meta), units, { entries, area: "Toàn tỉnh Phú Thọ" })));
    expect(book.area).toBe("Toàn tỉnh Phú Thọ");
    expect(userUnits(book)).toEqual(units);

    const renamed = await readTrackingWorkbook(await writeXlsx(specForBook(contentOf(withArea(book, "Toàn xã Tu Vũ")))));
    expect(renamed.area).toBe("Toàn xã Tu Vũ");
    expect(renamed.units.map((unit) => [unit.code, unit.name])).toEqual([
      ["THCS01", "Trường THCS Tu Vũ"],
      [DISTRICT_UNIT_CODE, "Toàn xã Tu Vũ"],
    ]);
    expect(userUnits(renamed)).toEqual(units);
    expect(typed(renamed)).toEqual(typed(book));
  });
});

describe("books made before the area could be named (schema version 1)", () => {
  test("a version 1 model reads with the area it had, Toàn huyện; a version 2 model must name its area", () => {
    const old = { plan: plan({ issuer: "UBND XÃ TU VŨ", government: "xa", area: "xã Tu Vũ" }), units: [], districtOnly: true };
    expect(parseModel(JSON.stringify(old), 1)).toEqual({ ...old, area: LEGACY_AREA_NAME });
    expect(LEGACY_AREA_NAME).toBe("Toàn huyện");
    expect(parseModel(JSON.stringify(old), 2)).toBeNull();
    expect(parseModel(JSON.stringify({ ...old, area: "  " }), 2)).toBeNull();
    expect(parseModel(JSON.stringify({ ...old, area: "Toàn xã Tu Vũ" }), 2)).toEqual({ ...old, area: "Toàn xã Tu Vũ" });
  });

  test("a real version 1 book reads, and rewrites as version 2 with every entry and note kept", async () => {
    const bytes = new Uint8Array(readFileSync(V1_BOOK));
    expect(await modelVersion(bytes)).toBe(1);
    const book = await readTrackingWorkbook(bytes);
    expect(book.problems).toEqual([]);
    expect(book.area).toBe("Toàn huyện");
    const whole = book.units[book.units.length - 1];
    expect(whole).toEqual(expect.objectContaining({ code: DISTRICT_UNIT_CODE, name: "Toàn huyện" }));
    // The automatic row is told from the user's units as before.
    expect(userUnits(book)).toHaveLength(book.units.length - 1);
    expect(book.rows.some((row) => row.unitCode === DISTRICT_UNIT_CODE)).toBe(true);

    const rewritten = await writeXlsx(specForBook(contentOf(book)));
    expect(await modelVersion(rewritten)).toBe(SCHEMA_VERSION);
    const again = await readTrackingWorkbook(rewritten);
    expect(again.problems).toEqual([]);
    expect(again.area).toBe("Toàn huyện");
    expect(again.units).toEqual(book.units);
    expect(again.plan).toEqual(book.plan);
    expect(again.tolerance).toEqual(book.tolerance);
    expect(typed(again)).toEqual(typed(book));
  });

  test("a version 1 book can be given its area's real name", async () => {
    const book = await readTrackingWorkbook(new Uint8Array(readFileSync(V1_BOOK)));
    const renamed = await readTrackingWorkbook(await writeXlsx(specForBook(contentOf(withArea(book, "Toàn xã Bắc Sơn")))));
    expect(renamed.area).toBe("Toàn xã Bắc Sơn");
    expect(renamed.rows.filter((row) => row.unitCode === DISTRICT_UNIT_CODE).every((row) => row.unitName === "Toàn xã Bắc Sơn")).toBe(true);
    expect(typed(renamed)).toEqual(typed(book));
    expect(userUnits(renamed)).toEqual(userUnits(book));
  });

  test("the Đơn vị sheet's column is now Xã/phường", async () => {
    const units = [{ code: "TH01", name: "Trường TH Tu Vũ", levels: ["tieu_hoc" as const], commune: "xã Tu Vũ", zone: null }];
    const spec = describeWorkbook(plan({}), units);
    const sheet = spec.sheets.find((candidate) => candidate.name === SHEET.units);
    expect(sheet?.cells[0]).toContain("Xã/phường");
  });
});

describe("a province's book groups schools by xã/phường", () => {
  const school = (code: string, commune: string | null) => ({ code, name: `Trường ${code}`, levels: ["thcs" as const], commune, zone: null });
  const units = [school("A", "xã Tu Vũ"), school("B", "phường Nông Trang"), school("C", "Xã  Tu Vũ"), school("D", null)];

  test("groups follow the unit list, one spelling per xã, units without one last; a xã's or a huyện's book does not group", () => {
    expect(communeGroups(units, "tinh")?.map((group) => [group.title, group.units.map((unit) => unit.code)])).toEqual([
      ["Xã Tu Vũ", ["A", "C"]],
      ["Phường Nông Trang", ["B"]],
      ["Chưa ghi xã/phường", ["D"]],
    ]);
    expect(communeGroups([school("A", "xã Tu Vũ"), school("C", "xã Tu Vũ")], "xa")).toBeNull();
    expect(communeGroups(units, "huyen")).toBeNull();
  });

  test("Tổng hợp: the whole province's table, then each xã's subtotals computed over its units", () => {
    const meta = { issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ THỌ", government: "tinh", area: "tỉnh Phú Thọ" } as const;
    const entries = new Map([
      [entryKey("A", "T001"), { numerator: 49, denominator: 50, start: null, value: null }],
      [entryKey("C", "T001"), { numerator: 40, denominator: 50, start: null, value: null }],
      [entryKey("B", "T001"), { numerator: 30, denominator: 30, start: null, value: null }],
      [entryKey("D", "T001"), { numerator: 10, denominator: 10, start: null, value: null }],
    ]);
    const spec = describeWorkbook(plan(meta), units, { entries });
    const summary = spec.sheets.find((sheet) => sheet.name === SHEET.summary);
    const cells = summary?.cells ?? [];
    const col = columnIndex(SUMMARY_COLUMNS);
    const result = (row: number, key: keyof typeof col): unknown => {
      const cell = cells[row]?.[col[key] - 1];
      return typeof cell === "object" && cell !== null && "result" in cell ? cell.result : cell;
    };
    // The table: one whole-province row, 129/140.
    expect(summary?.table?.ref).toBe(`A1:${columnLetter(SUMMARY_COLUMNS.length)}2`);
    expect(result(1, "numerator")).toBe(129);
    expect(cells[3]).toEqual(SUMMARY_COLUMNS.map((column) => column.header));
    expect(cells[4]).toEqual(["Cộng Xã Tu Vũ"]);
    expect([result(5, "targetId"), result(5, "numerator"), result(5, "denominator"), result(5, "value"), result(5, "status")]).toEqual(["T001", 89, 100, 89, "Chưa đạt"]);
    expect(cells[6]).toEqual(["Cộng Phường Nông Trang"]);
    expect([result(7, "numerator"), result(7, "denominator"), result(7, "status")]).toEqual([30, 30, "Đạt"]);
    expect(cells[8]).toEqual(["Cộng Chưa ghi xã/phường"]);
    expect(result(9, "numerator")).toBe(10);
    // Its formulas add up only that xã's units.
    const value = cells[5]?.[col.numerator - 1];
    expect(typeof value === "object" && value !== null && "formula" in value ? value.formula : "").toContain('{"A";"C"}');

    const district = describeWorkbook(plan({ ...meta, government: "huyen", area: "huyện Bắc Sơn" }), units, { entries });
    expect(district.sheets.find((sheet) => sheet.name === SHEET.summary)?.cells).toHaveLength(2);
  });
});
