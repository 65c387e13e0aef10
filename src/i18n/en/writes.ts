// The message catalog, English: the same keys as ../vi/writes.ts, checked by the type.
import type { English } from "../message";
import type { writeVi } from "../vi/writes";

export const writeEn = {
  // --- Refused before anything changed -------------------------------------
  writeRowTooTall: "Sheet “{sheet}”, row {row} would be {height} pt tall, above Excel's limit of 409 pt. Nothing in the workbook was changed.",
  writeSheetNameEmpty: "Excel does not accept a sheet with an empty name. Nothing in the workbook was changed.",
  writeSheetNameTooLong: "Excel does not accept the sheet name “{sheet}”: it is longer than 31 characters. Nothing in the workbook was changed.",
  writeSheetNameForbiddenCharacter: "Excel does not accept the sheet name “{sheet}”: it contains one of \\ / ? * : [ ]. Nothing in the workbook was changed.",
  writeSheetNameApostropheEdge: "Excel does not accept the sheet name “{sheet}”: it starts or ends with an apostrophe. Nothing in the workbook was changed.",
  writeDuplicateSheet: "Two sheets to write share the name “{sheet}” (Excel ignores case). Nothing in the workbook was changed.",
  writeSheetNameClash: "The workbook already has a sheet “{existing}”, the same name as the sheet “{sheet}” ChiTieu writes (Excel ignores case). Nothing in the workbook was changed. Rename “{existing}”, then write again.",
  writeCellTooLong: "Cell {cell} on sheet “{sheet}” is {length} characters long, above Excel's limit of 32,767 per cell. Nothing in the workbook was changed.",
  writeSheetPasswordProtected: "Sheet “{sheet}” is protected with a password, so ChiTieu cannot write to it. Nothing in the workbook was changed. Unprotect it (Review › Unprotect Sheet, with the password), then write again.",

  // --- Stopped by Excel -----------------------------------------------------
  writeCellEditMode: "Excel is editing a cell, so nothing could be written. Press Enter or Esc to leave the cell, then write again.",
  writeAccessDenied: "Excel does not allow changes to this workbook: it may be open read-only, have its structure protected, or be shared with you view-only.",
  writeItemAlreadyExists: "Excel reports that a sheet or table with the name ChiTieu needs already exists.",
  writePayloadTooLarge: "One request to Excel was too large (Excel on the web takes at most 5 MB per request).",
  writeInactiveWorkbook: "This workbook is no longer the active one in Excel (another workbook was chosen, or it was closed). Go back to it and try again.",
  writeUnexpected: "Excel refused a write.",
  writeNothingChanged: "Nothing in the workbook was changed.",
  writePartlyWritten: "The workbook may be partly written, but it still reads and every figure entered is intact. Write again to finish.",
  writeErrorDetails: "Details for support: error code {code}, at {location}.",

  // --- A cosmetic part left out ----------------------------------------------
  writeSkippedFormats: "Fonts, fills and borders were not applied; figures and formulas are all written. Write again to retry.",
  writeSkippedSizes: "Column widths and row heights were not set; figures and formulas are all written. Write again to retry.",
  writeSkippedMerges: "Heading cells were not merged; figures and formulas are all written. Write again to retry.",
  writeSkippedTables: "The tables (filter, sort) were not created; figures and formulas are all written. Write again to retry.",
  writeSkippedLayout: "The sheets' order and visibility were not set; figures and formulas are all written. Write again to retry.",
  writeSkippedConditionalFormats: "The result colours (Value and Status cells) were not applied; figures, formulas and statuses are all written. Write again, or Check › Reapply highlighting, to retry.",
  writeSkippedDataValidation: "Entry validation was not set, so entry cells do not yet refuse text or negative numbers; the “Invalid” status still flags wrong cells. Write again to retry.",
  writeSkippedFreezePanes: "The header row was not frozen, so it scrolls away with the table. Write again to retry.",
  writeSkippedPageLayout: "Page setup (A4, repeated title rows, header, footer, page numbers) was not applied; figures and formulas are all written. Write again to retry.",
  writeSkippedProtection: "The sheets were not protected, so formulas could be overwritten by mistake; figures and formulas are all written. Write again to retry.",
  writeSkippedCalculation: "Excel has not recalculated the formulas; press F9 (or Formulas › Calculate Now) to update the statuses.",

  // --- Reading a book whose last write did not finish ----------------------------
  wbProblemWriteUnfinished: "The last write to the workbook did not finish; the figures entered are read from the copy ChiTieu keeps in the workbook. Write the workbook again to finish.",
} as const satisfies English<typeof writeVi>;
