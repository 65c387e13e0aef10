// Everything Excel would refuse in a spec, found before a host changes
// anything: a write that fails half-way because of a row too tall or a
// clashing name leaves a book the user did not ask for. Both hosts call it
// first; Office.js also checks the names against the sheets already there.

import { columnLetter } from "./a1";
import { MAX_ROW_HEIGHT, isFormula, type WorkbookSpec } from "./spec";
import { sheetKey, sheetNameFault } from "./sheet-name";
import { WorkbookWriteError } from "./write-error";

/** Excel's limits on one cell: characters of text, and of a formula. */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA = 8_192;

const NAME_FAULT_KEYS = {
  empty: "writeSheetNameEmpty",
  tooLong: "writeSheetNameTooLong",
  forbiddenCharacter: "writeSheetNameForbiddenCharacter",
  apostropheEdge: "writeSheetNameApostropheEdge",
} as const;

/** Throws the first thing in `spec` Excel would refuse, as a WorkbookWriteError with state "unchanged". */
export function assertWritable(spec: WorkbookSpec): void {
  const refuse = (key: ConstructorParameters<typeof WorkbookWriteError>[0], params: Record<string, string | number>): never => {
    throw new WorkbookWriteError(key, params, "unchanged");
  };
  const seen = new Set<string>();
  for (const sheet of spec.sheets) {
    const fault = sheetNameFault(sheet.name);
    if (fault) refuse(NAME_FAULT_KEYS[fault], { sheet: sheet.name });
    const key = sheetKey(sheet.name);
    if (seen.has(key)) refuse("writeDuplicateSheet", { sheet: sheet.name });
    seen.add(key);
    for (const [row, height] of Object.entries(sheet.rowHeights)) {
      if (!(height > 0 && height <= MAX_ROW_HEIGHT)) refuse("writeRowTooTall", { sheet: sheet.name, row, height });
    }
    sheet.cells.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const length = typeof cell === "string" ? cell.length : isFormula(cell) ? cell.formula.length + 1 : 0;
        const limit = isFormula(cell) ? MAX_FORMULA : MAX_CELL_TEXT;
        if (length > limit) refuse("writeCellTooLong", { sheet: sheet.name, cell: `${columnLetter(c + 1)}${r + 1}`, length });
      });
    });
  }
}
