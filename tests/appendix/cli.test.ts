// `chitieu appendix` as a user meets it: refusals before any work, one-line
// errors in both languages, a refresh that replaces the appendix sheets and
// reuses their choices, and a rewrite that never silently loses data.

import { existsSync, linkSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { XlsxBook } from "../../src/hosts/xlsx/sheet-xml";
import { type MessageKey, t, tBoth } from "../../src/i18n/messages";
import { readAppendixEdits } from "../../src/workbook/appendix";
import { describeWorkbook } from "../../src/workbook/describe";
import { ensureCliBuilt } from "../helpers/build-cli";
import { chitieu, type Run } from "./compare";
import { filled } from "./fixture";

/** Sheet names as the CLI reads them. */
const xlsxSheetNames = (bytes: Uint8Array): string[] => new XlsxBook(bytes).sheetNames();

let dir: string;
let book: string;

function expectOneLineError(run: Run, status: number, key: MessageKey, params: Record<string, string | number> = {}): void {
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe(`${tBoth(key, params)}\n`);
  expect(run.status).toBe(status);
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "chitieu-appendix-"));
  const seed = filled("bac-son-2024-2025", 31);
  book = path.join(dir, "so.xlsx");
  writeFileSync(book, await writeXlsx(describeWorkbook(seed.plan, seed.units, { entries: seed.entries })));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function edited(edit: (workbook: ExcelJS.Workbook) => void, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(book) as unknown as ExcelJS.Buffer);
  edit(workbook);
  const file = path.join(dir, name);
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

describe("refusals", () => {
  test("an existing output is not overwritten without --force, the Word file neither", () => {
    const existing = path.join(dir, "co-san.xlsx");
    writeFileSync(existing, "giữ nguyên");
    expectOneLineError(chitieu(["appendix", book, "-o", existing]), 1, "cliOutputExists", { file: existing });
    const docx = path.join(dir, "co-san.docx");
    writeFileSync(docx, "giữ nguyên");
    expectOneLineError(chitieu(["appendix", book, "-o", path.join(dir, "moi.xlsx"), "--docx", docx]), 1, "cliOutputExists", { file: docx });
    expect(readFileSync(existing, "utf8")).toBe("giữ nguyên");
    expect(readFileSync(docx, "utf8")).toBe("giữ nguyên");
    expect(existsSync(path.join(dir, "moi.xlsx"))).toBe(false);
  });

  test("usage mistakes", () => {
    const out = path.join(dir, "x.xlsx");
    expectOneLineError(chitieu(["appendix", book]), 2, "cliUsageMissingOutput");
    expectOneLineError(chitieu(["appendix", "-o", out]), 2, "cliUsageMissingAppendixBook");
    expectOneLineError(chitieu(["appendix", book, "-o", out, "--docx", "x.pdf"]), 2, "cliUsageOutputNotDocx", { file: "x.pdf" });
    expectOneLineError(chitieu(["appendix", book, "-o", out, "--level", "đại học"]), 2, "cliUsageBadLevel", { level: "đại học" });
    expectOneLineError(chitieu(["appendix", book, "-o", out, "--targets", ","]), 2, "cliUsageEmptyList", { option: "--targets" });
    expectOneLineError(chitieu(["appendix", book, "-o", out, "--targets", "T129,T999"]), 2, "appendixErrorUnknownTargets", { ids: "T999" });
    expectOneLineError(chitieu(["appendix", book, "-o", out, "--unit-codes", "MN01,XX"]), 2, "appendixErrorUnknownUnits", { codes: "XX" });
    expectOneLineError(chitieu(["build", book, "-o", out, "--level", "TH"]), 2, "cliUsageOptionNotForCommand", { option: "--level", command: "build" });
    expect(existsSync(out)).toBe(false);
  });

  test("a file that is not a tracking workbook", () => {
    const other = path.join(dir, "khac.xlsx");
    writeFileSync(other, "not a zip");
    expectOneLineError(chitieu(["appendix", other, "-o", path.join(dir, "y.xlsx")]), 1, "cliCheckNotXlsx", { file: "khac.xlsx" });
  });

  test("rows a rewrite would drop stop the command: a copied row holding figures", async () => {
    const copied = await edited((workbook) => {
      const sheet = workbook.getWorksheet("Thực hiện");
      if (!sheet) throw new Error("no Thực hiện");
      const last = sheet.rowCount + 1;
      sheet.getRow(last).values = ["MN01", "Trường Mầm non Thị trấn Bắc Sơn", "T129", "", "", "", "", "", 40, 80];
    }, "trung.xlsx");
    const run = chitieu(["appendix", copied, "-o", path.join(dir, "z.xlsx")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(t("cliAppendixDataAtRisk", "vi", { count: 1, examples: "" }).split(" (")[0]);
    expect(existsSync(path.join(dir, "z.xlsx"))).toBe(false);
  });
});

describe("the rewritten book", () => {
  test("--area corrects the whole-area row's name in the book and Phụ lục II; a blank one is refused", async () => {
    const output = path.join(dir, "dat-ten.xlsx");
    const run = chitieu(["appendix", book, "--area", "Toàn xã Bắc Sơn", "-o", output]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const renamed = await readTrackingWorkbook(readFileSync(output));
    expect(renamed.area).toBe("Toàn xã Bắc Sơn");
    expect(renamed.units.at(-1)).toMatchObject({ code: "HUYEN", name: "Toàn xã Bắc Sơn" });
    const before = await readTrackingWorkbook(readFileSync(book));
    expect(renamed.rows.map((row) => [row.unitCode, row.targetId, row.entry])).toEqual(before.rows.map((row) => [row.unitCode, row.targetId, row.entry]));
    const second = new XlsxBook(new Uint8Array(readFileSync(output)), "dat-ten.xlsx").sheetCells(t("appendixSheetSecond", "vi"));
    const names = [...(second?.values() ?? [])].flatMap((line) => [...line.values()].map((cell) => cell.value));
    expect(names).toContain("Toàn xã Bắc Sơn");
    expect(names).not.toContain("Toàn huyện Bắc Sơn");
    expectOneLineError(chitieu(["appendix", book, "--area", " ", "-o", path.join(dir, "trong.xlsx")]), 2, "areaEmpty");
  });

  test("a sheet of the user's is named and left out of the new book; overwriting the very book is refused", async () => {
    const own = await edited((workbook) => {
      workbook.addWorksheet("Ghi chép").getCell("A1").value = "việc cần làm";
    }, "rieng.xlsx");
    expect(xlsxSheetNames(readFileSync(own))).toContain("Ghi chép");
    const out = path.join(dir, "rieng-phu-luc.xlsx");
    const run = chitieu(["appendix", own, "-o", out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`rieng.xlsx: ${tBoth("cliAppendixForeignSheet", { sheet: "Ghi chép" })}\n`);
    expect(xlsxSheetNames(readFileSync(out))).not.toContain("Ghi chép");

    const before = readFileSync(own);
    expectOneLineError(chitieu(["appendix", own, "-o", own, "--force"]), 1, "cliAppendixForeignSheetSameFile", { sheet: "Ghi chép" });
    expect(readFileSync(own).equals(before)).toBe(true);
  });

  test("the very book reached through a symlink or a hard link is the same file: its own sheet is not lost", async () => {
    const own = await edited((workbook) => {
      workbook.addWorksheet("Ghi chép").getCell("A1").value = "việc cần làm";
    }, "lien-ket.xlsx");
    const before = readFileSync(own);
    const symlink = path.join(dir, "lien-ket-mem.xlsx");
    symlinkSync(own, symlink);
    const hardLink = path.join(dir, "lien-ket-cung.xlsx");
    linkSync(own, hardLink);
    // Read through the link, write the book itself (and the other way round).
    expectOneLineError(chitieu(["appendix", symlink, "-o", own, "--force"]), 1, "cliAppendixForeignSheetSameFile", { sheet: "Ghi chép" });
    expectOneLineError(chitieu(["appendix", own, "-o", symlink, "--force"]), 1, "cliAppendixForeignSheetSameFile", { sheet: "Ghi chép" });
    expectOneLineError(chitieu(["appendix", hardLink, "-o", own, "--force"]), 1, "cliAppendixForeignSheetSameFile", { sheet: "Ghi chép" });
    expect(readFileSync(own).equals(before)).toBe(true);
    expect(xlsxSheetNames(readFileSync(own))).toContain("Ghi chép");
    // The Word file may not land on the book either.
    const docxLink = path.join(dir, "lien-ket.docx");
    symlinkSync(own, docxLink);
    expectOneLineError(chitieu(["appendix", own, "-o", path.join(dir, "khac-ten.xlsx"), "--docx", docxLink, "--force"]), 1, "cliOutputIsInput", {
      file: docxLink,
      input: own,
    });
    expect(readFileSync(own).equals(before)).toBe(true);
  });

  test("--force through a symlink replaces the file it points to and keeps the link", () => {
    const target = path.join(dir, "dich.xlsx");
    writeFileSync(target, "cũ");
    const link = path.join(dir, "dich-lien-ket.xlsx");
    symlinkSync(target, link);
    const run = chitieu(["appendix", book, "-o", link, "--force"]);
    expect(run.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(xlsxSheetNames(readFileSync(target))).toContain("Phụ lục I");
  });

  test("a refresh replaces Phụ lục I and II instead of adding them again, and keeps their choices", () => {
    const first = path.join(dir, "lan-1.xlsx");
    const run = chitieu(["appendix", book, "--level", "TH", "-o", first]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Phụ lục II có 4 chỉ tiêu cấp Tiểu học của 10 đơn vị");
    const names = xlsxSheetNames(readFileSync(first));
    expect(names.filter((name) => name.startsWith("Phụ lục"))).toEqual(["Phụ lục I", "Phụ lục II"]);

    // Again on its own output, with no choice given: the same sheets, the same level.
    const second = path.join(dir, "lan-2.xlsx");
    const again = chitieu(["appendix", first, "-o", second]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Phụ lục II có 4 chỉ tiêu cấp Tiểu học của 10 đơn vị");
    expect(xlsxSheetNames(readFileSync(second))).toEqual(names);
    const xlsx = new XlsxBook(readFileSync(second));
    expect(readAppendixEdits({ sheet: (name) => xlsx.sheetCells(name) }).level).toBe("tieu_hoc");

    // In place, with --force; "all" lifts the stored level: the whole plan, the first level's schools.
    const inPlace = chitieu(["appendix", second, "--level", "all", "-o", second, "--force"]);
    expect(inPlace.status).toBe(0);
    expect(inPlace.stdout).toContain("Phụ lục I có 22 chỉ tiêu trong 6 nhóm; Phụ lục II có 4 chỉ tiêu cấp Mầm non của 9 đơn vị");
    expect(xlsxSheetNames(readFileSync(second))).toEqual(names);
  });

  /** A Thực hiện row of the book by unit and target, and the sheet's columns by header. */
  function trackingSheet(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; column: (name: string) => number; rowOf: (unit: string, target: string) => number } {
    const sheet = workbook.getWorksheet("Thực hiện");
    if (!sheet) throw new Error("no Thực hiện");
    const header = sheet.getRow(1).values as unknown[];
    const column = (name: string): number => header.indexOf(name);
    const rowOf = (unit: string, target: string): number => {
      for (let r = 2; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        if (row.getCell(column("Mã đơn vị")).value === unit && row.getCell(column("Mã chỉ tiêu")).value === target) return r;
      }
      throw new Error(`no row ${unit}/${target}`);
    };
    return { sheet, column, rowOf };
  }

  test("an in-place appendix keeps a user's column beside Thực hiện, notes under Tổng hợp and formulas typed in entry cells", async () => {
    let userColumn = 0;
    let noteRow = 0;
    const own = await edited((workbook) => {
      const { sheet, column, rowOf } = trackingSheet(workbook);
      userColumn = sheet.columnCount + 2;
      sheet.getCell(1, userColumn).value = "Người nhập";
      sheet.getCell(2, userColumn).value = "cô Lan";
      sheet.getCell(3, userColumn).value = { formula: `LEN(B3)`, result: 5 } as ExcelJS.CellFormulaValue;
      // A date and a share the user formatted: the values and their formats both stay.
      sheet.getCell(4, userColumn).value = 46000;
      sheet.getCell(4, userColumn).numFmt = "dd/mm/yyyy";
      sheet.getCell(5, userColumn).value = 0.125;
      sheet.getCell(5, userColumn).numFmt = "0.0%";
      // A rate's Tử số typed as a formula: T129 at MN01 (Bắc Sơn's Mầm non schools report it).
      sheet.getCell(rowOf("MN01", "T129"), column("Tử số")).value = { formula: "40+2", result: 42 } as ExcelJS.CellFormulaValue;
      const summary = workbook.getWorksheet("Tổng hợp");
      if (!summary) throw new Error("no Tổng hợp");
      noteRow = summary.rowCount + 3;
      summary.getCell(noteRow, 1).value = "Ghi chú: số liệu tạm tính đến 30/11";
    }, "giu-o.xlsx");
    const run = chitieu(["appendix", own, "-o", own, "--force"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const xlsx = new XlsxBook(readFileSync(own));
    const tracking = xlsx.sheetCells("Thực hiện");
    expect(tracking?.get(1)?.get(userColumn)?.value).toBe("Người nhập");
    expect(tracking?.get(2)?.get(userColumn)?.value).toBe("cô Lan");
    expect(tracking?.get(3)?.get(userColumn)).toMatchObject({ formula: true, formulaText: "LEN(B3)" });
    const formatted = xlsx.sheetCells("Thực hiện", true);
    expect(formatted?.get(4)?.get(userColumn)).toMatchObject({ value: 46000, numFmt: "dd/mm/yyyy" });
    expect(formatted?.get(5)?.get(userColumn)).toMatchObject({ value: 0.125, numFmt: "0.0%" });
    const numerator = [...(tracking ?? new Map())].flatMap(([, cells]) => [...cells.values()]).find((cell) => cell.formulaText === "40+2");
    expect(numerator).toMatchObject({ value: 42, formula: true });
    expect(xlsx.sheetCells("Tổng hợp")?.get(noteRow)?.get(1)?.value).toBe("Ghi chú: số liệu tạm tính đến 30/11");
  });

  test("a user's cell the new book cannot hold stops the command, names the cell and leaves the file as it was", async () => {
    let copyRow = 0;
    let userColumn = 0;
    const own = await edited((workbook) => {
      const { sheet, column, rowOf } = trackingSheet(workbook);
      userColumn = sheet.columnCount + 1;
      const original = rowOf("MN01", "T129");
      copyRow = sheet.rowCount + 1;
      // A copy of a row (codes only) goes away in the rewrite; the note beside it has nowhere to go.
      sheet.getCell(copyRow, column("Mã đơn vị")).value = "MN01";
      sheet.getCell(copyRow, column("Mã chỉ tiêu")).value = "T129";
      sheet.getCell(original, userColumn).value = "bản gốc";
      sheet.getCell(copyRow, userColumn).value = "bản sao";
    }, "khong-giu-duoc.xlsx");
    const before = readFileSync(own);
    const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));
    const run = chitieu(["appendix", own, "-o", own, "--force"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    // After the reader's note that the row repeats another, the refusal naming the cell.
    expect(run.stderr.trimEnd().split("\n").pop()).toBe(
      tBoth("cliAppendixUserCellsUncarried", { count: 1, cells: `“Thực hiện” ${letters(userColumn)}${copyRow}` }),
    );
    expect(readFileSync(own).equals(before)).toBe(true);
  });

  test("the help names the command in both languages", () => {
    const run = chitieu(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("chitieu appendix <sổ.xlsx>");
    expect(run.stdout).toContain("chitieu appendix <book.xlsx>");
    expect(run.stdout).toContain("--docx <tệp>");
  });
});
