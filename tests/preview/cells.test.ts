// How the preview shows numbers (Vietnamese Excel's formats), reads what is
// typed, checks data validation, and evaluates the conditional-format rules
// the tracking workbook uses.

import { editText, formatNumberAs, parseTypedNumber, passesValidation, typedValue } from "../../src/preview/cells";
import { matchingRule, prepareFormats, ruleHolds } from "../../src/preview/conditional";
import type { CellValue } from "../../src/domain/tracking";
import { bookFileName } from "../../src/preview/download";
import type { ConditionalFormat, ValidationSpec } from "../../src/workbook/spec";

describe("numbers as Vietnamese Excel shows them", () => {
  it.each([
    [1132, "#,##0", "1.132"],
    [1234567.4, "#,##0", "1.234.567"],
    [-1500, "#,##0", "-1.500"],
    [98.5, "0.0#", "98,5"],
    [98.456, "0.0#", "98,46"],
    [100, "0.0#", "100,0"],
    [-0.001, "0.0#", "0,0"],
    [0.05, "0%", "5%"],
    [0.125, "0.0%", "12,5%"],
    [56.99999999999999, "General", "57"],
    [0.1 + 0.2, "General", "0,3"],
    [12.27, undefined, "12,27"],
    [1250, "General", "1250"],
  ])("%p under %p is %p", (value, format, text) => {
    expect(formatNumberAs(value, format)).toBe(text);
  });

  it("puts the full number in the editor, and a percentage with its sign", () => {
    expect(editText(1132, "#,##0")).toBe("1132");
    expect(editText(98.5, "0.0#")).toBe("98,5");
    expect(editText(0.05, "0%")).toBe("5%");
    expect(editText({ formula: "N2", result: "Đạt" }, undefined)).toBe("Đạt");
    expect(editText(null, undefined)).toBe("");
  });
});

describe("what typing stores", () => {
  it.each([
    ["98,5", 98.5],
    ["1.132", 1132],
    ["1.132,5", 1132.5],
    ["12.345.678", 12345678],
    ["98.5", 98.5],
    [" -3 ", -3],
    [",5", 0.5],
    ["5%", 0.05],
    ["1 250", 1250],
  ])("%p is the number %p", (typed, value) => {
    expect(parseTypedNumber(typed)?.value).toBeCloseTo(value, 12);
  });

  it.each(["abc", "98,5,1", "1.2.3", "", "%", "=1+1", "12a"])("%p is not a number", (typed) => {
    expect(parseTypedNumber(typed)).toBeNull();
  });

  it("stores nothing, a number or text, with Excel's automatic percent entry in percent cells", () => {
    expect(typedValue("  ", undefined)).toBeNull();
    expect(typedValue("40", "#,##0")).toBe(40);
    expect(typedValue("10", "0%")).toBeCloseTo(0.1, 12);
    expect(typedValue("10%", "0%")).toBeCloseTo(0.1, 12);
    expect(typedValue("Số liệu tạm", undefined)).toBe("Số liệu tạm");
  });
});

describe("data validation", () => {
  const rule = (type: ValidationSpec["type"], formulae: number[], allowBlank = true): ValidationSpec => ({
    ranges: ["A1"],
    type,
    operator: formulae.length === 2 ? "between" : "greaterThanOrEqual",
    formulae,
    allowBlank,
    promptTitle: "",
    prompt: "",
    errorTitle: "",
    error: "",
  });

  it.each<[CellValue, ValidationSpec, boolean]>([
    [5, rule("whole", [0]), true],
    [0, rule("whole", [0]), true],
    [5.5, rule("whole", [0]), false],
    [-1, rule("whole", [0]), false],
    ["5", rule("whole", [0]), false],
    [{ error: "#N/A" }, rule("decimal", [0]), false],
    [null, rule("whole", [0]), true],
    [null, rule("whole", [0], false), false],
    [100, rule("decimal", [0, 100]), true],
    [100.01, rule("decimal", [0, 100]), false],
    [0.5, rule("decimal", [0, 1]), true],
  ])("%p against %j is %p", (value, spec, ok) => {
    expect(passesValidation(value, spec)).toBe(ok);
  });
});

describe("conditional-format rules", () => {
  // Columns: L = Giá trị (12), N = Trạng thái (14), as on the Thực hiện sheet.
  const cells = new Map<string, CellValue>([
    ["2:14", "Đạt"],
    ["3:14", "Thiếu số liệu"],
    ["4:14", "Thiếu số liệu"],
    ["4:12", 7],
    ["5:14", "chưa đạt"],
  ]);
  const read = (row: number, column: number): CellValue => cells.get(`${row}:${column}`) ?? null;
  const formats: ConditionalFormat[] = [
    { ranges: ["L2:L9"], rules: [{ formula: 'AND($N2="Thiếu số liệu",ISBLANK(L2))', fill: "FFF9DB", color: "000000" }] },
    {
      ranges: ["L2:L9", "N2:N9"],
      rules: [
        { formula: '$N2="Đạt"', fill: "C6EFCE", color: "006100" },
        { formula: '$N2="Chưa đạt"', fill: "FFC7CE", color: "9C0006" },
        { formula: '$N2="Thiếu số liệu"', fill: "E7E6E6", color: "3A3A3A" },
      ],
    },
  ];
  const prepared = prepareFormats(formats);

  it("follows relative and $-anchored references from the first range's corner", () => {
    expect(matchingRule(prepared, 2, 14, read)?.fill).toBe("C6EFCE");
    expect(matchingRule(prepared, 2, 12, read)?.fill).toBe("C6EFCE");
    // A blank Giá trị still to be typed keeps the entry colour (first rule wins)…
    expect(matchingRule(prepared, 3, 12, read)?.fill).toBe("FFF9DB");
    // …one that is filled in takes the status colour, as does the status cell.
    expect(matchingRule(prepared, 4, 12, read)?.fill).toBe("E7E6E6");
    expect(matchingRule(prepared, 3, 14, read)?.fill).toBe("E7E6E6");
    // Text compares without regard to case, as in Excel.
    expect(matchingRule(prepared, 5, 14, read)?.fill).toBe("FFC7CE");
    // Outside the ranges, and a blank status, nothing.
    expect(matchingRule(prepared, 2, 13, read)).toBeNull();
    expect(matchingRule(prepared, 9, 14, read)).toBeNull();
  });

  it("understands OR, NOT, numbers and comparisons, and never matches what it cannot read", () => {
    const at = { row: 2, column: 12 };
    const holds = (formula: string, row = 4): boolean => ruleHolds({ formula, fill: "", color: "" }, at, row, 12, read);
    expect(holds("$L2>=7")).toBe(true);
    expect(holds("$L2<7")).toBe(false);
    expect(holds('OR($N2="Đạt",L2<>7)')).toBe(false);
    expect(holds('NOT($N2="Đạt")')).toBe(true);
    expect(holds("TRUE")).toBe(true);
    expect(holds("L2=0", 9)).toBe(true);
    expect(holds("SUM(L2:L9)>0")).toBe(false);
    expect(holds('$N2="Đạt')).toBe(false);
  });
});

describe("download file name", () => {
  it("comes from the plan title, made safe, or falls back to chi-tieu.xlsx", () => {
    expect(bookFileName("Kế hoạch năm học 2024-2025")).toBe("Kế hoạch năm học 2024-2025.xlsx");
    expect(bookFileName("KH: chỉ tiêu/nhiệm vụ*  2024?")).toBe("KH chỉ tiêu nhiệm vụ 2024.xlsx");
    expect(bookFileName("  ...  ")).toBe("chi-tieu.xlsx");
    expect(bookFileName(null)).toBe("chi-tieu.xlsx");
    expect(bookFileName("x".repeat(300))).toBe(`${"x".repeat(120)}.xlsx`);
  });
});
