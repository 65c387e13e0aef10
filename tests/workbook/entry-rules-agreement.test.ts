// The entry rules' custom formulas (Tử số ≤ Mẫu số, plausible counts) are
// checked by two engines: Excel or LibreOffice when a school types into the
// book, and the preview grid's own evaluator (src/preview/conditional.ts).
// Here each formula is written into a cell beside rows of awkward figures,
// LibreOffice recalculates them, and its TRUE/FALSE must equal the preview's
// answer on every row. (LibreOffice does not re-validate stored values, so a
// formula in a cell is how its verdict is read.)
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import type { CellValue } from "../../src/domain/tracking";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { cellValue } from "../../src/preview/cells";
import { formulaHolds } from "../../src/preview/conditional";
import { DENOMINATOR_RULE, NUMERATOR_RULE, PLAUSIBLE_COUNT_MAX_RULE, PLAUSIBLE_COUNT_RULE } from "../../src/workbook/entry-rules";
import { atRow } from "../../src/workbook/formulas";
import { TRACKING } from "../../src/workbook/layout";
import { plainSheet, type SpecCell, type WorkbookSpec } from "../../src/workbook/spec";
import { recalculate } from "../helpers/recalc";

const OUT = path.resolve(__dirname, "..", "..", "test-output", "workbook");
const RULES = [NUMERATOR_RULE, DENOMINATOR_RULE, PLAUSIBLE_COUNT_RULE, PLAUSIBLE_COUNT_MAX_RULE];
// Verdict columns past every Thực hiện column the formulas read.
const VERDICT_COLUMNS = ["U", "V", "W", "X"];
const column = (letter: string): number => letter.charCodeAt(0) - 64;

// What a school might leave in a cell: blanks, zero, whole and fractional figures, negatives, text.
const figure = fc.oneof(
  fc.constant(null),
  fc.constantFrom(0, 1, 9, 10, 45, 50, 51, 250, -1, 9.5, "abc", "12"),
  fc.integer({ min: 0, max: 400 }),
);
const row = fc.record({ numerator: figure, denominator: figure, value: figure, threshold: figure, thresholdMax: figure });

test("LibreOffice and the preview give every entry rule the same verdict on every row", () => {
  const cases = fc.sample(row, { numRuns: 150, seed: 20261203 });
  const width = column("X");
  const cells: SpecCell[][] = [Array.from({ length: width }, (_, index) => `C${index + 1}`)];
  for (const [index, figures] of cases.entries()) {
    const sheetRow = index + 2;
    const line: SpecCell[] = Array.from({ length: width }, () => null);
    for (const [key, value] of Object.entries(figures) as [keyof typeof figures, SpecCell][]) line[column(TRACKING[key]) - 1] = value;
    RULES.forEach((rule, ruleIndex) => {
      line[column(VERDICT_COLUMNS[ruleIndex]) - 1] = { formula: atRow(rule.formula as string, sheetRow), result: "" };
    });
    cells.push(line);
  }
  const spec: WorkbookSpec = {
    schemaVersion: 1,
    font: { name: "Times New Roman", size: 12 },
    sheets: [plainSheet("Rules", cells)],
    activeSheet: 0,
    recalculateOnOpen: true,
  };
  const read = (sheetRow: number, sheetColumn: number): CellValue => cellValue(cells[sheetRow - 1]?.[sheetColumn - 1] ?? null);

  return writeXlsx(spec).then((bytes) => {
    mkdirSync(OUT, { recursive: true });
    const recalculated = recalculate(bytes, OUT, "entry-rules-agreement").sheets.get("Rules") as string[][];
    const disagreements: string[] = [];
    let holds = 0;
    for (let index = 0; index < cases.length; index++) {
      const sheetRow = index + 2;
      RULES.forEach((rule, ruleIndex) => {
        const at = { row: sheetRow, column: column(VERDICT_COLUMNS[ruleIndex]) };
        const preview = formulaHolds(atRow(rule.formula as string, sheetRow), at, at.row, at.column, read);
        const office = recalculated[sheetRow - 1][at.column - 1].toUpperCase();
        // A rule whose formula fails (INT of text: AND does not stop early) refuses the entry in
        // Excel's data validation, as FALSE does; the preview reads it the same way.
        const verdict = office.startsWith("#") ? "FALSE" : office;
        if (preview) holds++;
        if (verdict !== (preview ? "TRUE" : "FALSE")) disagreements.push(`row ${sheetRow} ${JSON.stringify(cases[index])} rule ${ruleIndex}: LibreOffice ${office}, preview ${preview}`);
      });
    }
    expect(disagreements).toEqual([]);
    // Both verdicts occur, so agreeing is not agreeing on one answer.
    expect(holds).toBeGreaterThan(cases.length / 4);
    expect(holds).toBeLessThan(cases.length * RULES.length - cases.length / 4);
  });
});
