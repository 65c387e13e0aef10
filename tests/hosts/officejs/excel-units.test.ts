// The Office.js host's pure parts: unit conversions, header codes, which
// text Excel would convert, formula items, moved references, request sizes
// and the row blocks and runs a sheet is written in.

import { jsonBytes, utf8Length } from "../../../src/hosts/officejs/batch";
import { excelMayConvert, formulaItem, needsTextFormat, shiftFormula } from "../../../src/hosts/officejs/cells";
import { cellBlocks, columnWidthRuns, formatArray, hiddenColumnRuns, NumberFormats, rowHeightRuns, sheetExtent } from "../../../src/hosts/officejs/layout";
import { inchesToPoints, pointsToWidth, splitHeader, widthToPoints } from "../../../src/hosts/officejs/excel-units";
import { plainSheet, type SheetSpec } from "../../../src/workbook/spec";
import { parseTyped } from "../../helpers/fake-excel";

describe("column widths", () => {
  it("converts characters to points through whole pixels, as Excel sizes columns", () => {
    // Excel's default column shows 8.43 characters and is stored 9.140625 wide (padding included): 64 pixels, 48 points.
    expect(widthToPoints(9.140625)).toBe(48);
    expect(widthToPoints(9)).toBe(47.25);
    expect(widthToPoints(36)).toBe(189);
    expect(widthToPoints(0)).toBe(0);
  });

  it("converts back to the same characters, to the pixel", () => {
    for (const width of [7, 8, 9, 10, 12, 18, 19, 30, 36, 40, 80]) {
      expect(Math.abs(pointsToWidth(widthToPoints(width)) - width)).toBeLessThan(1 / 7);
    }
  });

  it("converts margins from inches to points", () => {
    expect(inchesToPoints(0.75)).toBe(54);
    expect(inchesToPoints(0.4)).toBeCloseTo(28.8, 10);
  });
});

describe("splitHeader", () => {
  it("splits Excel's header codes into the three sections", () => {
    expect(splitHeader("&LUBND Bắc Sơn · 2024-2025&C&B&A")).toEqual({ left: "UBND Bắc Sơn · 2024-2025", center: "&B&A", right: "" });
    expect(splitHeader("&CTrang &P/&N")).toEqual({ left: "", center: "Trang &P/&N", right: "" });
    expect(splitHeader("&Lleft&Rright")).toEqual({ left: "left", center: "", right: "right" });
  });

  it("keeps escaped ampersands and text before any section code (the centre)", () => {
    expect(splitHeader("&LPhòng GD&&ĐT&C&A")).toEqual({ left: "Phòng GD&&ĐT", center: "&A", right: "" });
    expect(splitHeader("Trang &P")).toEqual({ left: "", center: "Trang &P", right: "" });
    expect(splitHeader("&L&&L&C")).toEqual({ left: "&&L", center: "", right: "" });
  });
});

describe("excelMayConvert", () => {
  it("says yes to text Excel would read as a number, date, time, logical, error or formula", () => {
    const converted = ["01", "2.1", "2024", "1/2", "12%", "98,5", "2024-09-05", "2023-09-08", "1:30", "1:30 PM", "5 am", "Mar 5", "5-March", "1e5", "$5", "(5)", "TRUE", "false", "#N/A", "=x", "+1", "-", "@SUM(A1)", " 12 "];
    for (const text of converted) expect([text, excelMayConvert(text)]).toEqual([text, true]);
  });

  it("says no to text with a word that is not part of a number, or with no digit", () => {
    const kept = ["Trường Mầm non số 5", "01/KH-UBND", "/KH-UBND", "II.1", "1.2.a", "T001", "DV001", "Toàn huyện", "Đạt", "", " ", "5 tuổi", "1st", "Ea 5", "a 5"];
    for (const text of kept) expect([text, excelMayConvert(text)]).toEqual([text, false]);
  });

  it("covers everything the fake Excel converts (a fake that converts more would catch a gap)", () => {
    const samples = ["01", "2.1", "1/2", "5 pm", "12%", "98,5", "2024-09-05", "1:30", "1:30 PM", "5 am", "Mar 5", "1e5", "$5", "(5)", "TRUE", "#N/A", "=x", "+1", "-5", "-", "abc", "II.1", "T001", "01/KH-UBND", "5 tuổi"];
    for (const text of samples) {
      const parsed = parseTyped(text);
      const stays = parsed.formula === null && parsed.value === text;
      if (!stays) expect([text, excelMayConvert(text)]).toEqual([text, true]);
    }
  });
});

describe("formulaItem", () => {
  it("writes formulas with their '=', empties null cells and keeps errors and numbers", () => {
    expect(formulaItem({ formula: "SUM(A1:A3)", result: 6 })).toBe("=SUM(A1:A3)");
    expect(formulaItem(null)).toBe("");
    expect(formulaItem(undefined)).toBe("");
    expect(formulaItem({ error: "#N/A" })).toBe("#N/A");
    expect(formulaItem(12.5)).toBe(12.5);
    expect(formulaItem("Đạt")).toBe("Đạt");
  });

  it("doubles a leading apostrophe and writes empty text as a lone one", () => {
    expect(formulaItem("'quoted")).toBe("''quoted");
    expect(formulaItem("")).toBe("'");
    expect(parseTyped(formulaItem("'quoted") as string)).toEqual({ value: "'quoted", formula: null });
    expect(parseTyped(formulaItem("") as string)).toEqual({ value: "", formula: null });
  });

  it("asks for the Text format only for strings Excel would convert", () => {
    expect(needsTextFormat("01")).toBe(true);
    expect(needsTextFormat("Đạt")).toBe(false);
    expect(needsTextFormat("'01")).toBe(false);
    expect(needsTextFormat(1)).toBe(false);
    expect(needsTextFormat({ formula: "1", result: 1 })).toBe(false);
  });
});

describe("shiftFormula", () => {
  it("moves relative references and leaves absolute parts, strings and functions alone", () => {
    expect(shiftFormula('$N2="Đạt"', 0, 2)).toBe('$N2="Đạt"');
    expect(shiftFormula('$N2="Đạt"', 3, 0)).toBe('$N5="Đạt"');
    expect(shiftFormula('AND($N2="Thiếu số liệu",ISBLANK(L2))', 1, 1)).toBe('AND($N3="Thiếu số liệu",ISBLANK(M3))');
    expect(shiftFormula("A1+$B$2+C$3+'Cài đặt'!B2", 1, 1)).toBe("B2+$B$2+D$3+'Cài đặt'!C3");
    expect(shiftFormula('LOG10(A1)&"A1"', 1, 0)).toBe('LOG10(A2)&"A1"');
    expect(shiftFormula("A1", 0, 0)).toBe("A1");
  });
});

describe("request sizes", () => {
  it("counts UTF-8 bytes as they travel", () => {
    for (const text of ["abc", "Thực hiện", "Đạt ≥ 95%", "emoji 😀", ""]) expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
    const array = [["Trạng thái", 1.5, "=IF(A1=\"Đạt\",1,0)"], ["", null, 0]];
    expect(jsonBytes(array)).toBe(Buffer.byteLength(JSON.stringify(array), "utf8"));
  });
});

function sheet(partial: Partial<SheetSpec>): SheetSpec {
  return { ...plainSheet("S"), ...partial };
}

describe("sheet layout", () => {
  const spec = sheet({
    cells: [["Mã", "Tên", "Số"], ["01", "Trường A", 5], ["02", "Trường B", { formula: "C2+1", result: 6 }], ["x"]],
    columns: [{ width: 9 }, { width: 9 }, { width: 12, hidden: true }, { width: 12, hidden: true }],
    rowHeights: { 2: 31, 3: 31, 5: 20 },
    formats: [
      { ranges: ["C2:C3"], style: { numFmt: "#,##0" } },
      { ranges: ["C3"], style: { numFmt: "0.0#", bold: true } },
      { ranges: ["A1:E6"], style: { border: true } },
    ],
  });

  it("resolves each cell's number format with later layers winning", () => {
    const formats = new NumberFormats(spec);
    expect(formats.area).toEqual({ top: 2, left: 3, bottom: 3, right: 3 });
    expect(formats.at(2, 3)).toBe("#,##0");
    expect(formats.at(3, 3)).toBe("0.0#");
    expect(formats.at(1, 1)).toBe("General");
    expect(formatArray(formats, { top: 2, left: 2, bottom: 3, right: 3 }, (row) => row === 2)).toEqual([
      ["@", "@"],
      ["General", "0.0#"],
    ]);
  });

  it("covers the cells and the formatted ranges with its extent", () => {
    expect(sheetExtent(spec)).toEqual({ top: 1, left: 1, bottom: 6, right: 5 });
    expect(sheetExtent(sheet({}))).toBeNull();
  });

  it("writes rectangular blocks and finds the text that needs the Text format", () => {
    const blocks = cellBlocks(spec, new NumberFormats(spec), 1);
    expect(blocks.map((block) => [block.top, block.bottom])).toEqual([[1, 1], [2, 2], [3, 3], [4, 4]]);
    expect(blocks[1].items).toEqual([["01", "Trường A", 5]]);
    expect(blocks[2].items).toEqual([["02", "Trường B", "=C2+1"]]);
    expect(blocks[3].items).toEqual([["x", "", ""]]);
    expect(blocks[1].textRuns).toEqual([{ column: 1, top: 2, bottom: 2 }]);
    const one = cellBlocks(spec, new NumberFormats(spec), 1_000_000);
    expect(one).toHaveLength(1);
    expect(one[0].textRuns).toEqual([{ column: 1, top: 2, bottom: 3 }]);
  });

  it("groups equal widths, hidden columns and equal row heights into runs", () => {
    expect(columnWidthRuns(spec)).toEqual([
      { address: "A:B", width: 9 },
      { address: "C:D", width: 12 },
    ]);
    expect(hiddenColumnRuns(spec)).toEqual(["C:D"]);
    expect(rowHeightRuns(spec)).toEqual([
      { address: "2:3", height: 31 },
      { address: "5:5", height: 20 },
    ]);
  });
});
