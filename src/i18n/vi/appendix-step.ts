// The message catalog, Vietnamese (the source text; ../en/appendix-step.ts says each in English).
// The pane's Phụ lục step, where Phụ lục I and II have choices of their own
// (which part of the plan Phụ lục I holds; Phụ lục II's level, targets and units).
// `{name}` placeholders are filled by `t` (../messages.ts).

export const appendixStepVi = {
  paneAppendixFirstHeading: "Phụ lục I: chỉ tiêu và kết quả chung",
  paneAppendixFirstHint: "Chọn cấp học và mục của kế hoạch đưa vào Phụ lục I. Chọn ở đây không làm thay đổi Phụ lục II.",
  paneAppendixFirstLevels: "Cấp học ở Phụ lục I ({count} đã chọn)",
  paneAppendixFirstSections: "Mục kế hoạch ở Phụ lục I ({count} đã chọn)",
  paneAppendixFirstWhole: "Lấy toàn bộ kế hoạch",
  paneAppendixSectionItem: "{number} {title}",
  paneAppendixSectionUnnamed: "Chỉ tiêu không thuộc mục nào",
  paneAppendixSecondHeading: "Phụ lục II: kết quả theo đơn vị",
  paneAppendixSecondLevelHint: "Cấp học của Phụ lục II. Mọi cấp: lấy chỉ tiêu của trường thuộc cấp đầu tiên đã có số liệu (hiện là {level}). Phụ lục I có lựa chọn riêng ở trên.",
  paneAppendixSecondLevelHintNone: "Cấp học của Phụ lục II. Mọi cấp: lấy chỉ tiêu của trường thuộc cấp đầu tiên đã có số liệu. Phụ lục I có lựa chọn riêng ở trên.",
  paneAppendixNoFirstLevels: "Chưa chọn cấp học nào cho Phụ lục I nên chưa ghi. Hãy chọn ít nhất một cấp, hoặc “Lấy toàn bộ kế hoạch”.",
  paneAppendixNoFirstSections: "Chưa chọn mục nào cho Phụ lục I nên chưa ghi. Hãy chọn ít nhất một mục, hoặc “Lấy toàn bộ kế hoạch”.",
} as const satisfies Record<string, string>;
