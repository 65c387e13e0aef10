// Unit lists as offices have them: CSV from Excel (";" or ","), cells pasted
// from a sheet (tabs), with or without a header, BOM, CRLF, quoted cells.
import fc from "fast-check";
import { LEVELS, type Level } from "../../src/domain/plan";
import type { Unit } from "../../src/domain/tracking";
import { levelsInName, parseLevels, parseUnitsText, type UnitNotice, type UnitProblem } from "../../src/domain/unit-list";
import { t } from "../../src/i18n/messages";

const UNIT_LEVELS: readonly Level[] = LEVELS.filter((level) => level !== "chung");

describe("parseLevels", () => {
  test.each<[string, Level[]]>([
    ["MN", ["mam_non"]],
    ["Mầm non", ["mam_non"]],
    ["Mẫu giáo", ["mam_non"]],
    ["Nhà trẻ", ["mam_non"]],
    ["TH", ["tieu_hoc"]],
    ["Tiểu học", ["tieu_hoc"]],
    ["THCS", ["thcs"]],
    ["Trung học cơ sở", ["thcs"]],
    ["TH&THCS", ["tieu_hoc", "thcs"]],
    ["TH & THCS", ["tieu_hoc", "thcs"]],
    ["TH và THCS", ["tieu_hoc", "thcs"]],
    ["Tiểu học và THCS", ["tieu_hoc", "thcs"]],
    ["THCS&THPT", ["thcs", "thpt"]],
    ["THPT", ["thpt"]],
    ["Trung học phổ thông", ["thpt"]],
    ["GDTX", ["gdtx"]],
    ["GDNN-GDTX", ["gdtx"]],
    ["TTGDNN-GDTX", ["gdtx"]],
    ["PTDTBT TH", ["tieu_hoc"]],
    ["PTDTBT THCS", ["thcs"]],
    ["PTDTBT TH&THCS", ["tieu_hoc", "thcs"]],
    ["PTDTNT THCS&THPT", ["thcs", "thpt"]],
    ["mam non", ["mam_non"]],
    ["tiểu học", ["tieu_hoc"]],
    ["TH, THCS", ["tieu_hoc", "thcs"]],
    ["THCS, TH", ["tieu_hoc", "thcs"]],
    ["Cấp THCS", ["thcs"]],
    ["Tiểu học".normalize("NFD"), ["tieu_hoc"]],
  ])("%s", (text, levels) => {
    expect(parseLevels(text)).toEqual(levels);
  });

  test.each(["", "Liên cấp", "PTDTBT", "Trung học", "TH1", "abc", "THCS x", "Đại học"])(
    "%p names no level for sure",
    (text) => {
      expect(parseLevels(text)).toEqual([]);
    },
  );
});

describe("levelsInName", () => {
  test.each<[string, Level[]]>([
    ["Trường Mầm non Hoa Ban", ["mam_non"]],
    ["Trường Mẫu giáo Hoa Hồng", ["mam_non"]],
    ["Trường PTDTBT TH&THCS Pa Vệ Sử", ["tieu_hoc", "thcs"]],
    ["Trường PTDTBT Tiểu học 1 xã Nhất Tiến", ["tieu_hoc"]],
    ["Trường TH1 Vũ Lễ", ["tieu_hoc"]],
    ["Trường THCS thị trấn Bắc Sơn", ["thcs"]],
    ["Trung tâm GDNN-GDTX huyện Bắc Sơn", ["gdtx"]],
    ["Trường PTDTNT THCS&THPT huyện Bắc Sơn", ["thcs", "thpt"]],
    ["Trường THPT Vũ Lễ", ["thpt"]],
    ["Thị trấn Bắc Sơn", []],
    ["Trường Tân Thành", []],
  ])("%s", (name, levels) => {
    expect(levelsInName(name)).toEqual(levels);
  });
});

const unit = (code: string, name: string, levels: Level[], commune: string | null = null, zone: string | null = null): Unit => ({
  code,
  name,
  levels,
  commune,
  zone,
});

describe("parseUnitsText: layouts", () => {
  test("semicolon CSV from Excel with a BOM, CRLF and a Vietnamese header", () => {
    const text = "\uFEFFMã đơn vị;Tên đơn vị;Cấp học;Xã;Vùng\r\nMN01;Trường MN Hoa Ban;MN;Vũ Lễ;ĐBKK\r\nTH01;Trường TH Vũ Lễ;TH;Vũ Lễ;thuận lợi\r\n";
    expect(parseUnitsText(text)).toEqual({
      units: [unit("MN01", "Trường MN Hoa Ban", ["mam_non"], "Vũ Lễ", "ĐBKK"), unit("TH01", "Trường TH Vũ Lễ", ["tieu_hoc"], "Vũ Lễ", "thuận lợi")],
      problems: [],
    });
  });

  test("comma CSV with other header names, columns in another order and an STT column", () => {
    const text = "STT,Xã,Tên trường,Cấp học\n1,Long Đông,Trường THCS Long Đông,THCS\n2,Nhất Tiến,Trường PTDTBT TH&THCS Nhất Tiến,PTDTBT TH&THCS\n";
    expect(parseUnitsText(text).units).toEqual([
      unit("DV001", "Trường THCS Long Đông", ["thcs"], "Long Đông"),
      unit("DV002", "Trường PTDTBT TH&THCS Nhất Tiến", ["tieu_hoc", "thcs"], "Nhất Tiến"),
    ]);
  });

  test("header 'Đơn vị' alone is the name column", () => {
    expect(parseUnitsText("Đơn vị\nTrường MN Đông Ý\n").units).toEqual([unit("DV001", "Trường MN Đông Ý", ["mam_non"])]);
  });

  test("cells pasted from Excel: tabs, no header, a quoted cell with a line break and quotes", () => {
    const text = 'Trường MN Hoa Ban\tMN\tVũ Lễ\tĐBKK\n"Trường TH ""Kim Đồng""\nBắc Sơn"\tTH\t\t\nTrường THCS Vũ Lăng\tTHCS\tVũ Lăng\tĐBKK';
    expect(parseUnitsText(text)).toEqual({
      units: [
        unit("DV001", "Trường MN Hoa Ban", ["mam_non"], "Vũ Lễ", "ĐBKK"),
        unit("DV002", 'Trường TH "Kim Đồng" Bắc Sơn', ["tieu_hoc"]),
        unit("DV003", "Trường THCS Vũ Lăng", ["thcs"], "Vũ Lăng", "ĐBKK"),
      ],
      problems: [],
    });
  });

  test("without a header, a leading column of row numbers is skipped", () => {
    const text = "1;Trường MN Trần Yên;MN;Trần Yên\n2;Trường TH Trần Yên;TH;Trần Yên\n";
    expect(parseUnitsText(text).units.map((u) => [u.name, u.levels, u.commune])).toEqual([
      ["Trường MN Trần Yên", ["mam_non"], "Trần Yên"],
      ["Trường TH Trần Yên", ["tieu_hoc"], "Trần Yên"],
    ]);
  });

  test("a title and a blank line above the header, blank and numbered-only rows below", () => {
    const text = "DANH SÁCH CÁC TRƯỜNG NĂM HỌC 2024-2025;;;\n;;;\nTT;Tên đơn vị;Cấp học;Xã\n1;Trường MN Vũ Lễ;MN;Vũ Lễ\n2;;;\n;;;\n";
    expect(parseUnitsText(text)).toEqual({ units: [unit("DV001", "Trường MN Vũ Lễ", ["mam_non"], "Vũ Lễ")], problems: [] });
  });

  test("a ';' file whose names hold commas, and a ',' file whose names hold semicolons, unquoted", () => {
    const semicolons = "Tên đơn vị;Cấp học\nTrường TH Vũ Lễ, điểm chính;TH\nTrường MN Hoa Ban, điểm lẻ, bản Mới;MN\n";
    expect(parseUnitsText(semicolons).units.map((u) => u.name)).toEqual([
      "Trường TH Vũ Lễ, điểm chính",
      "Trường MN Hoa Ban, điểm lẻ, bản Mới",
    ]);
    const commas = "Tên đơn vị,Cấp học,Xã\nTrường TH A; B; C,TH,Vũ Lễ\nTrường MN D,MN,Vũ Lễ\nTrường THCS E,THCS,Vũ Lễ\n";
    expect(parseUnitsText(commas).units.map((u) => u.name)).toEqual(["Trường TH A; B; C", "Trường MN D", "Trường THCS E"]);
  });

  test("the level is read from the name when the level cell is empty", () => {
    const text = "Tên trường;Cấp học\nTrường Mầm non Hoa Ban;\nTrường PTDTBT TH&THCS Pa Vệ Sử;\n";
    expect(parseUnitsText(text).units.map((u) => u.levels)).toEqual([["mam_non"], ["tieu_hoc", "thcs"]]);
  });

  test("decomposed (NFD) text and runs of spaces read like what a person sees", () => {
    const text = "Tên đơn vị;Cấp học;Xã\n  Trường   MN  Nhất Hòa ;MN; Nhất   Hòa\n".normalize("NFD");
    expect(parseUnitsText(text).units).toEqual([unit("DV001", "Trường MN Nhất Hòa", ["mam_non"], "Nhất Hòa")]);
  });

  test("empty and blank texts give nothing", () => {
    for (const text of ["", "\uFEFF", "\n\n", " ; ; \n", "Mã đơn vị;Tên đơn vị\n"]) {
      expect(parseUnitsText(text)).toEqual({ units: [], problems: [] });
    }
  });
});

describe("parseUnitsText: codes", () => {
  test("generated codes are DV + the row's position, ASCII, and skip codes the list uses", () => {
    const text = "Mã đơn vị;Tên đơn vị;Cấp học\nDV002;Trường MN A;MN\n;Trường TH B;TH\n;Trường THCS C;THCS\n";
    expect(parseUnitsText(text).units.map((u) => u.code)).toEqual(["DV002", "DV003", "DV004"]);
  });

  test("a code does not move when another row is fixed", () => {
    const broken = "Tên đơn vị;Cấp học\nTrường A;Liên cấp\nTrường TH B;TH\n";
    const fixed = "Tên đơn vị;Cấp học\nTrường A;TH&THCS\nTrường TH B;TH\n";
    const codeOfB = (text: string) => parseUnitsText(text).units.find((u) => u.name === "Trường TH B")?.code;
    expect(codeOfB(broken)).toBe("DV002");
    expect(codeOfB(fixed)).toBe("DV002");
  });

  test("more than 999 rows widen every code alike", () => {
    const text = Array.from({ length: 1200 }, (_, i) => `Trường TH số ${i + 1};TH`).join("\n");
    const codes = parseUnitsText(text).units.map((u) => u.code);
    expect(codes[0]).toBe("DV0001");
    expect(codes[1199]).toBe("DV1200");
    expect(new Set(codes).size).toBe(1200);
  });
});

describe("parseUnitsText: problems name the line, in both languages", () => {
  const text = [
    "Mã đơn vị;Tên đơn vị;Cấp học;Xã", // 1
    "A1;Trường MN Hoa Ban;MN;Vũ Lễ", // 2
    'A2;"Trường TH', // 3
    'Vũ Lễ";TH;Vũ Lễ', // 4
    "a1;Trường TH Khác;TH;Vũ Lễ", // 5: duplicate of A1 (codes ignore case, as Excel lookups do)
    "A3;;THCS;Vũ Lễ", // 6: no name
    "A4;Trường Bắc Sơn;Liên cấp;", // 7: unknown level
    "A5;Trường Tân Thành;;", // 8: no level, none in the name
    "A6;Trường THPT Bắc Sơn;THPT;", // 9
  ].join("\n");
  const result = parseUnitsText(text);

  test("usable rows are kept", () => {
    expect(result.units.map((u) => [u.code, u.name])).toEqual([
      ["A1", "Trường MN Hoa Ban"],
      ["A2", "Trường TH Vũ Lễ"],
      ["A6", "Trường THPT Bắc Sơn"],
    ]);
  });

  test("each other row has one problem with its line", () => {
    expect(result.problems).toEqual<UnitProblem[]>([
      { line: 5, key: "unitsDuplicateCode", params: { line: 5, code: "a1", first: 2 } },
      { line: 6, key: "unitsMissingName", params: { line: 6 } },
      { line: 7, key: "unitsUnknownLevel", params: { line: 7, name: "Trường Bắc Sơn", level: "Liên cấp" } },
      { line: 8, key: "unitsNoLevel", params: { line: 8, name: "Trường Tân Thành" } },
    ]);
  });

  test("messages fill every placeholder in both languages", () => {
    for (const problem of result.problems) {
      for (const lang of ["vi", "en"] as const) {
        const message = t(problem.key, lang, problem.params);
        expect(message).not.toMatch(/\{\w+\}/);
        expect(message).toContain(String(problem.line));
      }
    }
    expect(t("unitsUnknownLevel", "vi", result.problems[2].params)).toContain("Liên cấp");
  });

  test("a rejected row's code stays free for a later row", () => {
    const text = "Mã đơn vị;Tên đơn vị;Cấp học\nX1;Trường A;Liên cấp\nX1;Trường TH B;TH\n";
    const parsed = parseUnitsText(text);
    expect(parsed.units.map((u) => u.code)).toEqual(["X1"]);
    expect(parsed.problems.map((p) => p.key)).toEqual(["unitsUnknownLevel"]);
  });

  test("a header without a name column is reported once and gives no unit", () => {
    expect(parseUnitsText("Mã đơn vị;Cấp học\nA1;MN\n")).toEqual({
      units: [],
      problems: [{ line: 1, key: "unitsNoNameColumn", params: { line: 1 } }],
    });
  });
});

// --- Properties -------------------------------------------------------------

const CSV_BITS = [
  ";", ",", "\t", '"', '""', "\n", "\r\n", "\r", " ", "\uFEFF", "Mã đơn vị", "Tên đơn vị", "Cấp học", "Xã", "Vùng",
  "Trường MN ", "TH&THCS", "PTDTBT ", "THCS", "Liên cấp", "DV001", "1", "ĐBKK",
];
const csvLike = fc.array(fc.oneof(fc.constantFrom(...CSV_BITS), fc.string({ maxLength: 5 })), { maxLength: 200 }).map((parts) => parts.join(""));

function checkInvariants(text: string): void {
  const { units, problems } = parseUnitsText(text);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  expect(new Set(units.map((u) => u.code.toLocaleUpperCase("vi"))).size).toBe(units.length);
  for (const u of units) {
    expect(u.name).not.toBe("");
    expect(u.name).toBe(u.name.trim());
    expect(u.levels.length).toBeGreaterThan(0);
    expect(u.levels.every((level) => UNIT_LEVELS.includes(level))).toBe(true);
  }
  for (const problem of problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lineCount);
  }
}

describe("parseUnitsText: properties", () => {
  test("never throws on arbitrary text, and what it returns is consistent", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 500 }), checkInvariants), { numRuns: 400 });
  });

  test("never throws on CSV-shaped noise", () => {
    fc.assert(fc.property(csvLike, checkInvariants), { numRuns: 600 });
  });

  // A generated list written as CSV (or pasted cells) and read back is the same list.
  const clean = (text: string) => text.normalize("NFC").replace(/\s+/gu, " ").trim();
  const freeText = fc.string({ unit: "grapheme", maxLength: 20 }).map(clean);
  const LEVEL_ABBREVIATIONS: Record<Level, string> = { mam_non: "MN", tieu_hoc: "TH", thcs: "THCS", thpt: "THPT", gdtx: "GDTX", chung: "" };
  const generatedUnit = fc.record({
    name: fc
      .tuple(fc.constantFrom("Trường", "Trường PTDTBT", "Trung tâm", "Điểm"), freeText.filter((s) => s !== ""))
      .map(([prefix, rest]) => `${prefix} ${rest}`),
    levels: fc.subarray([...UNIT_LEVELS], { minLength: 1 }),
    commune: freeText.map((s) => (s === "" ? null : s)),
    zone: fc.option(fc.constantFrom("ĐBKK", "thuận lợi", "Vùng II"), { nil: null }),
  });
  const generatedList = fc.record({
    rows: fc.array(generatedUnit, { minLength: 1, maxLength: 15 }),
    delimiter: fc.constantFrom(";", ",", "\t"),
    header: fc.boolean(),
    newline: fc.constantFrom("\n", "\r\n"),
    bom: fc.boolean(),
  });

  /** Quotes every cell holding a delimiter of any kind, a quote or a line break. */
  const csvCell = (cell: string) => (/[;,\t"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

  test("round trip of a generated list, with or without header, in every delimiter", () => {
    fc.assert(
      fc.property(generatedList, ({ rows, delimiter, header, newline, bom }) => {
        const expected = rows.map((row, index): Unit => ({ code: `DV${String(index + 1).padStart(3, "0")}`, ...row }));
        const line = (cells: string[]) => cells.map(csvCell).join(delimiter);
        const levelCell = (levels: Level[]) => levels.map((level) => LEVEL_ABBREVIATIONS[level]).join("&");
        const lines = header
          ? [line(["Mã đơn vị", "Tên đơn vị", "Cấp học", "Xã", "Vùng"]), ...expected.map((u) => line([u.code, u.name, levelCell(u.levels), u.commune ?? "", u.zone ?? ""]))]
          : expected.map((u) => line([u.name, levelCell(u.levels), u.commune ?? "", u.zone ?? ""]));
        const text = (bom ? "\uFEFF" : "") + lines.join(newline) + newline;
        expect(parseUnitsText(text)).toEqual({ units: expected, problems: [] });
      }),
      { numRuns: 300 },
    );
  });
});

// --- Issue 11: nothing a user made is lost -----------------------------------

describe("parseUnitsText: delimiters that do not fit", () => {
  test("one tab inside a comma CSV does not make it tab-separated: the four schools are read", () => {
    const text = [
      "Mã đơn vị,Tên đơn vị,Cấp học,Xã",
      "MN01,Trường MN Hoa Ban,MN,Vũ Lễ",
      "TH01,Trường TH\tVũ Lễ,TH,Vũ Lễ",
      "THCS01,Trường THCS Vũ Lăng,THCS,Vũ Lăng",
      "THPT01,Trường THPT Bắc Sơn,THPT,Bắc Sơn",
    ].join("\n");
    expect(parseUnitsText(text)).toEqual({
      units: [
        unit("MN01", "Trường MN Hoa Ban", ["mam_non"], "Vũ Lễ"),
        unit("TH01", "Trường TH Vũ Lễ", ["tieu_hoc"], "Vũ Lễ"),
        unit("THCS01", "Trường THCS Vũ Lăng", ["thcs"], "Vũ Lăng"),
        unit("THPT01", "Trường THPT Bắc Sơn", ["thpt"], "Bắc Sơn"),
      ],
      problems: [],
    });
  });

  test("a line with more cells than the list has columns is named by its line and left out", () => {
    const text = "Mã đơn vị,Tên đơn vị,Cấp học\nA1,Trường MN Hoa Ban,MN\nA2,Trường TH Vũ Lễ, điểm lẻ,TH\nA3,Trường THCS Vũ Lăng,THCS\n";
    const parsed = parseUnitsText(text);
    expect(parsed.units.map((u) => u.code)).toEqual(["A1", "A3"]);
    expect(parsed.problems).toEqual<UnitProblem[]>([{ line: 3, key: "unitsTooManyFields", params: { line: 3, found: 4, expected: 3 } }]);
    for (const lang of ["vi", "en"] as const) expect(t("unitsTooManyFields", lang, parsed.problems[0].params)).not.toMatch(/\{\w+\}/);
  });

  test("a first line whose cells repeat one header word is data, not a header (found by the round-trip property)", () => {
    const parsed = parseUnitsText('"Trường","TH","Trường"\n');
    expect(parsed.units.map((u) => [u.name, u.commune])).toEqual([["Trường", "Trường"]]);
    expect(parsed.problems).toEqual([]);
  });

  test("a one-column list whose names hold commas is not split at them", () => {
    const text = "Trường MN Hoa Ban\nTrường TH Vũ Lễ, điểm lẻ\nTrường THCS Vũ Lăng\n";
    expect(parseUnitsText(text).units.map((u) => u.name)).toEqual(["Trường MN Hoa Ban", "Trường TH Vũ Lễ, điểm lẻ", "Trường THCS Vũ Lăng"]);
  });

  // Any content, quoted, comes back as a person sees it: a delimiter, quote or line break inside it is quoting's business,
  // and control characters (terminal escapes among them) are dropped.
  const FIELD_BITS = [",", ";", "\t", '"', "\n", "\r\n", " ", "Trường", "MN", "ĐBKK", "ạ", "1"];
  const CONTROL_BITS = ["\u001b[31m", "\u001b[0m", "\u0007", "\u009b", "\u0000"];
  const field = fc.array(fc.oneof(fc.constantFrom(...FIELD_BITS, ...CONTROL_BITS), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 12 });
  const seen = (parts: string[]) =>
    parts
      .filter((part) => !CONTROL_BITS.includes(part))
      .join("")
      .normalize("NFC")
      .replace(/\s+/gu, " ")
      .trim();
  test("any field content, quoted, round-trips whatever the delimiter", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(field, field), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(",", ";", "\t"),
        fc.boolean(),
        (rows, delimiter, header) => {
          // A bare number first in a list without a header reads as its "STT" column, as it should.
          fc.pre(rows.every(([name]) => seen(name) !== "" && (header || !/^\d{1,5}\.?$/.test(seen(name)))));
          const quote = (parts: string[]) => `"${parts.join("").replace(/"/g, '""')}"`;
          const lines = rows.map(([name, commune], i) => (header ? [`"C${i}"`] : []).concat([quote(name), "TH", quote(commune)]).join(delimiter));
          const text = (header ? [["Mã đơn vị", "Tên đơn vị", "Cấp học", "Xã"].join(delimiter)] : []).concat(lines).join("\n");
          const parsed = parseUnitsText(text);
          expect(parsed.problems).toEqual([]);
          expect(parsed.units.map((u) => [u.name, u.commune])).toEqual(rows.map(([name, commune]) => [seen(name), seen(commune) === "" ? null : seen(commune)]));
          if (header) expect(parsed.units.map((u) => u.code)).toEqual(rows.map((_, i) => `C${i}`));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("parseUnitsText: control characters and the district code", () => {
  test("terminal escapes and other control characters never reach a name or a code", () => {
    const text = 'Mã đơn vị;Tên đơn vị;Cấp học\nA\u00071;\u001b[31mTrường MN Hoa Ban\u001b[0m\u009b;MN\nA2;"Trường TH\u0000 Vũ\u001b]0;tiêu đề\u0007 Lễ";TH\n';
    expect(parseUnitsText(text)).toEqual({
      units: [unit("A1", "Trường MN Hoa Ban", ["mam_non"]), unit("A2", "Trường TH Vũ Lễ", ["tieu_hoc"])],
      problems: [],
    });
  });

  test("a unit coded like the whole-district unit becomes the district's row, and the list says so", () => {
    const text = "Mã đơn vị;Tên đơn vị;Cấp học\nMN01;Trường MN Hoa Ban;MN\nhuyen;Phòng GD&ĐT Bắc Sơn;\n";
    const parsed = parseUnitsText(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.units.map((u) => u.code)).toEqual(["MN01", "HUYEN"]);
    expect(parsed.notices).toEqual<UnitNotice[]>([{ line: 3, key: "unitsDistrictCode", params: { line: 3, code: "huyen", name: "Phòng GD&ĐT Bắc Sơn" } }]);
  });
});

describe("the Xã/phường column (two-tier government, July 2025)", () => {
  test.each(["Xã/phường", "Xã, phường", "Xã/phường/đặc khu", "Phường", "Xã"])("header %s reads as the unit's xã/phường", (header) => {
    const { units, problems } = parseUnitsText(`Mã đơn vị;Tên đơn vị;Cấp học;${header}\nTH01;Trường TH Tu Vũ;TH;xã Tu Vũ\n`);
    expect(problems).toEqual([]);
    expect(units).toEqual([{ code: "TH01", name: "Trường TH Tu Vũ", levels: ["tieu_hoc"], commune: "xã Tu Vũ", zone: null }]);
  });
});
