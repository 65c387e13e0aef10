// Part of the one message catalog (../messages.ts): what `chitieu check` and
// every book reader report when the visible sheets disagree with the plan
// kept in the workbook, or when entry formulas have no saved result.
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const checkMessages = {
  wbProblemTargetEdited: {
    vi: "Trang {sheet}, ô {cell}: {field} của chỉ tiêu {target} là {sheetValue}, khác với kế hoạch lưu trong sổ ({modelValue}). {effect}",
    // The reader gives each wording that differs by language twice (see BookProblem): {field} and {fieldEn}, and so on.
    en: "{sheet} sheet, cell {cell}: the {fieldEn} of target {target} is {sheetValueEn}, not what the plan kept in the workbook says ({modelValueEn}). {effectEn}",
  },
  wbBlankCell: { vi: "(trống)", en: "(blank)" },
  wbFieldCondition: { vi: "điều kiện", en: "condition" },
  wbFieldThreshold: { vi: "ngưỡng", en: "threshold" },
  wbFieldThresholdMax: { vi: "ngưỡng trên", en: "upper threshold" },
  wbEffectRowUsesSheet: {
    vi: "Công thức của dòng này dùng số trên trang, nên kiểm tra cũng dùng số đó cho dòng này; số tổng hợp {area} vẫn theo kế hoạch. Để đổi hẳn ngưỡng, hãy sửa kế hoạch rồi tạo lại sổ.",
    en: "This row's formulas use the number on the sheet, so the check uses it for this row too; the whole-area total ({area}) still follows the plan. To change the threshold for good, edit the plan and build the workbook again.",
  },
  wbEffectNotUsed: {
    vi: "Sửa ở trang này không đổi công thức của sổ; kiểm tra và công thức vẫn theo kế hoạch. Để đổi ngưỡng, hãy sửa kế hoạch rồi tạo lại sổ.",
    en: "An edit on this sheet does not change the workbook's formulas; the check and the formulas still follow the plan. To change the threshold, edit the plan and build the workbook again.",
  },
  wbProblemNeedsRecalc: {
    vi: "Trang {sheet}: {count} ô số liệu chứa công thức chưa được tính (ví dụ {examples}), nên được xem là chưa có số liệu. Cần tính lại: mở sổ trong Excel, nhấn F9 rồi lưu.",
    en: {
      one: "{sheet} sheet: 1 entry cell holds a formula that was never calculated ({examples}), so it counts as having no data. The workbook needs recalculation: open it in Excel, press F9 and save.",
      other: "{sheet} sheet: {count} entry cells hold formulas that were never calculated (e.g. {examples}), so they count as having no data. The workbook needs recalculation: open it in Excel, press F9 and save.",
    },
  },
} satisfies Record<string, Message>;
