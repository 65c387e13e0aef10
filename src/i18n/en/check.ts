// The message catalog, English: the same keys as ../vi/check.ts, checked by the type.
import type { English } from "../message";
import type { checkVi } from "../vi/check";

export const checkEn = {
  // The reader gives each wording that differs by language twice (see BookProblem): {field} and {fieldEn}, and so on.
  wbProblemTargetEdited: "{sheet} sheet, cell {cell}: the {fieldEn} of target {target} is {sheetValueEn}, not what the plan kept in the workbook says ({modelValueEn}). {effectEn}",
  wbBlankCell: "(blank)",
  wbFieldCondition: "condition",
  wbFieldThreshold: "threshold",
  wbFieldThresholdMax: "upper threshold",
  wbEffectRowUsesSheet: "This row's formulas use the number on the sheet, so the check uses it for this row too; the whole-area total ({area}) still follows the plan. To change the threshold for good, edit the plan and build the workbook again.",
  wbEffectNotUsed: "An edit on this sheet does not change the workbook's formulas; the check and the formulas still follow the plan. To change the threshold, edit the plan and build the workbook again.",
  wbProblemNeedsRecalc: {
      one: "{sheet} sheet: 1 entry cell holds a formula that was never calculated ({examples}), so it counts as having no data. The workbook needs recalculation: open it in Excel, press F9 and save.",
      other: "{sheet} sheet: {count} entry cells hold formulas that were never calculated (e.g. {examples}), so they count as having no data. The workbook needs recalculation: open it in Excel, press F9 and save.",
    },
} as const satisfies English<typeof checkVi>;
