// The message catalog, English: the same keys as ../vi/cli-safety.ts, checked by the type.
import type { English } from "../message";
import type { cliSafetyVi } from "../vi/cli-safety";

export const cliSafetyEn = {
  cliOutputIsInput: "Output {file} is the input file {input} (the same file, perhaps through a link); writing it would lose the original. Choose another file name.",
  unitsTooManyFields: "Line {line}: it has {found} cells but the list has only {expected} {expected|column|columns} (perhaps a cell holds a comma, semicolon or tab without quotes); the line is skipped.",
  unitsDistrictCode: "Line {line}: code {code} is the whole area's code (whole commune, ward or province), so “{name}” becomes that row: it reports only whole-area targets, not school targets. If this is a school, give it another code.",
  paneUnitsNoticesTitle: "About the list ({count})",
  cliAppendixUserCellsUncarried: {
      one: "Nothing written: 1 cell added to the workbook's sheets cannot be carried into the new one (the new workbook writes there, or it sits beside a row that is gone): {cells}. Move it to an empty cell or a sheet of your own and run again; no file was changed.",
      other: "Nothing written: {count} cells added to the workbook's sheets cannot be carried into the new one (the new workbook writes there, or they sit beside a row that is gone): {cells}. Move them to empty cells or a sheet of your own and run again; no file was changed.",
    },
} as const satisfies English<typeof cliSafetyVi>;
