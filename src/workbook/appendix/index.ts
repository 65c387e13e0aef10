// Phụ lục I and II (issue 5): the plan's appendix tables, described as
// SheetSpecs whose figures are live formulas over Thực hiện / Tổng hợp,
// print-ready in the administrative layout of Nghị định 30/2020/NĐ-CP.
//
// For a host (the CLI, the task pane's "Phụ lục" step):
//   const stored = readAppendixEdits(cells);                 // what to keep
//   const options = mergeAppendixOptions(stored, choices);   // the user's new choices on top
//   const sheets = describeAppendices(book, options);        // SheetSpec[]: Phụ lục I, Phụ lục II
//   spec = withAppendices(spec, sheets)                      // or replace the two sheets in place
// `appendixTables` gives the same tables as data (the Word export uses it),
// `resolveSelection` what the choices pick, for the pane to show.

export {
  type AppendixChoice,
  type AppendixGrouping,
  type AppendixHeadingText,
  type AppendixKind,
  type AppendixOptions,
  type AppendixSelection,
  AppendixOptionError,
  defaultLevel,
  mergeAppendixOptions,
  periodYears,
  resolveSelection,
  sectionKey,
} from "./options";
export { type AppendixHeading, attachedToLine, defaultHeading, defaultTitle, issuerBlock, issuerInSentence, issuerLine, periodPhrase, romanNumeral } from "./heading";
export { type FigureFormat, formatFigure, NUMBER_FORMATS, percentOfPlan, planText } from "./figures";
export { matchBaselines } from "./baseline";
export {
  APPENDIX_ROWS,
  APPENDIX_SHEETS,
  type AppendixCell,
  type AppendixHeaderCell,
  type AppendixRow,
  type AppendixTable,
  appendixTables,
  carriedEntries,
  groupTargets,
  groupUnits,
} from "./tables";
export { APPENDIX_MARKER, type AppendixState, appendixSheet, describeAppendices, withAppendices } from "./sheets";
export { readAppendixEdits } from "./read";
export { bookAsRebuilt } from "./rebuilt";
export { carriedRows } from "../rebuild";
