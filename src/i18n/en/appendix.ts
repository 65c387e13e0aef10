// The message catalog, English: the same keys as ../vi/appendix.ts, checked by the type.
import type { English } from "../message";
import type { appendixVi } from "../vi/appendix";

export const appendixEn = {
  // --- Sheet names and the heading block (Nghị định 30/2020/NĐ-CP) ---------
  appendixSheetFirst: "Appendix I",
  appendixSheetSecond: "Appendix II",
  appendixTitleFirst: "Plan targets and results{period}",
  appendixTitleSecond: "Targets and results by unit{period}",
  appendixTitleSecondLevel: "{level} targets and results by unit{period}",
  appendixPeriodSchoolYear: ", school year {period}",
  appendixPeriodYear: ", {period}",
  appendixPeriodRange: ", {period}",
  appendixAttachedTo: "(Attached to {document} No. {number} of {day}/{month}/{year} by {issuer})",
  appendixDocumentPlan: "Plan",
  appendixDocumentDecision: "Decision",
  appendixDocumentOther: "Document",
  // Left as dots where the plan does not say, for the officer to fill in by hand.
  appendixDots: "……",
  appendixDateDots: "…",

  // --- Table headers ----------------------------------------------------------
  appendixColNo: "No.",
  appendixColIndicator: "Indicator",
  appendixColMeasureUnit: "Unit of measure",
  appendixColBaseline: "Previous result",
  appendixColPlan: "Plan",
  appendixColActual: "Actual",
  appendixColCompare: "Comparison",
  appendixColGap: "Gap",
  appendixColPercent: "Share of plan (%)",
  appendixColAssessment: "Assessment",
  appendixColNote: "Note",
  appendixColUnit: "Unit",
  appendixColKey: "Code (hidden column, keep)",
  appendixTargetHeader: "{indicator} ({unit})",

  // --- The plan's figure with its comparator ("≥ 98,1") ------------------------
  appendixPlanGte: "≥ {value}",
  appendixPlanGt: "> {value}",
  appendixPlanLte: "≤ {value}",
  appendixPlanLt: "< {value}",
  appendixPlanEq: "{value}",
  appendixPlanBetween: "{min} – {max}",
  appendixPlanApprox: "≈ {value}",
  appendixPlanIncrease: "up {value}",
  appendixPlanDecrease: "down {value}",

  // --- Groups and rows -----------------------------------------------------------
  appendixGroupGeneral: "General targets",
  appendixGroupSectionLevel: "{section} – {level}",
  appendixGroupMultiLevel: "Multi-level ({levels})",
  appendixAnd: " and ",
  // Phụ lục II of a province's book groups units by xã/phường; these have none written on Đơn vị.
  appendixGroupNoCommune: "No commune/ward given",
  // A unit that does not report on a target (another level).
  appendixNotApplicable: "–",

  // --- Choices that cannot be made ------------------------------------------------
  appendixErrorUnknownTargets: "The workbook's plan has no target {ids}.",
  appendixErrorBaselineTargets: "{ids} are baselines, not targets to reach; they cannot go in an appendix.",
  appendixErrorUnknownUnits: "The workbook has no unit {codes}.",
  appendixErrorNoTargets: "No target fits Appendix I with these choices (level, target list, school year).",
  appendixErrorNoLevelTargets: "No school target fits Appendix II with these choices; choose another level or list the target IDs.",

  // --- chitieu appendix (src/cli/appendix.ts) ---------------------------------------
  cliUsageBadLevel: "Level “{level}” is not understood; write mam_non, tieu_hoc, thcs, thpt, gdtx, chung or MN, TH, THCS, THPT, GDTX, or all for every level.",
  cliUsageOutputNotDocx: "The Word file must end in .docx: {file}.",
  cliUsageEmptyList: "{option} needs a list of codes separated by commas.",
  cliUsageMissingAppendixBook: "Missing workbook: chitieu appendix <book.xlsx> -o <new-book.xlsx> [--docx <appendices.docx>]",
  cliAppendixDataAtRisk: {
      one: "The workbook has 1 row of figures that belongs to no target or unit of the book, or repeats a row ({examples}); rewriting the book would lose it, so no appendix was made. Fix or delete that row on the Thực hiện sheet.",
      other: "The workbook has {count} rows of figures that belong to no target or unit of the book, or repeat a row (e.g. {examples}); rewriting the book would lose them, so no appendix was made. Fix or delete those rows on the Thực hiện sheet.",
    },
  cliAppendixForeignSheet: "Sheet “{sheet}” was not made by Plan targets, so the new workbook does not have it; the original keeps it.",
  cliAppendixForeignSheetSameFile: "The workbook has sheet “{sheet}”, not made by Plan targets; overwriting this very workbook would lose it. Write to another file.",
  cliAppendixDone: "Wrote {file}: Appendix I has {targets} {targets|target|targets} in {groups} {groups|group|groups}; Appendix II has {columns} {columns|target|targets}{level} for {units} {units|unit|units}.",
  cliAppendixDoneLevel: " ({level})",
  cliAppendixDocxDone: "Wrote both appendices to the Word file {file}.",
} as const satisfies English<typeof appendixVi>;
