// The message catalog, Vietnamese (the source text; ../en/check.ts says each in English).
// what `chitieu check` and
// every book reader report when the visible sheets disagree with the plan
// kept in the workbook, or when entry formulas have no saved result.
//
// `{name}` placeholders are filled by `t` (../messages.ts).

export const checkVi = {
  wbProblemTargetEdited: "Trang {sheet}, ô {cell}: {field} của chỉ tiêu {target} là {sheetValue}, khác với kế hoạch lưu trong sổ ({modelValue}). {effect}",
  wbBlankCell: "(trống)",
  wbFieldCondition: "điều kiện",
  wbFieldThreshold: "ngưỡng",
  wbFieldThresholdMax: "ngưỡng trên",
  wbEffectRowUsesSheet: "Công thức của dòng này dùng số trên trang, nên kiểm tra cũng dùng số đó cho dòng này; số tổng hợp {area} vẫn theo kế hoạch. Để đổi hẳn ngưỡng, hãy sửa kế hoạch rồi tạo lại sổ.",
  wbEffectNotUsed: "Sửa ở trang này không đổi công thức của sổ; kiểm tra và công thức vẫn theo kế hoạch. Để đổi ngưỡng, hãy sửa kế hoạch rồi tạo lại sổ.",
  wbProblemNeedsRecalc: "Trang {sheet}: {count} ô số liệu chứa công thức chưa được tính (ví dụ {examples}), nên được xem là chưa có số liệu. Cần tính lại: mở sổ trong Excel, nhấn F9 rồi lưu.",
} as const satisfies Record<string, string>;
