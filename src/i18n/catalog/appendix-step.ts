// Part of the one message catalog (../messages.ts): the pane's Phụ lục step
// since Phụ lục I and II have choices of their own (which part of the plan
// Phụ lục I holds; Phụ lục II's level, targets and units), and its Word copy.
// Vietnamese first, English second.

import type { Message } from "../message";

export const appendixStepMessages = {
  paneAppendixFirstHeading: { vi: "Phụ lục I: chỉ tiêu và kết quả chung", en: "Phụ lục I: targets and whole-area results" },
  paneAppendixFirstHint: {
    vi: "Chọn cấp học và mục của kế hoạch đưa vào Phụ lục I. Chọn ở đây không làm thay đổi Phụ lục II.",
    en: "Choose the levels and plan sections Phụ lục I holds. These choices do not change Phụ lục II.",
  },
  paneAppendixFirstLevels: { vi: "Cấp học ở Phụ lục I ({count} đã chọn)", en: "Levels in Phụ lục I ({count} chosen)" },
  paneAppendixFirstSections: { vi: "Mục kế hoạch ở Phụ lục I ({count} đã chọn)", en: "Plan sections in Phụ lục I ({count} chosen)" },
  paneAppendixFirstWhole: { vi: "Lấy toàn bộ kế hoạch", en: "The whole plan" },
  paneAppendixSectionItem: { vi: "{number} {title}", en: "{number} {title}" },
  paneAppendixSectionUnnamed: { vi: "Chỉ tiêu không thuộc mục nào", en: "Targets outside any section" },
  paneAppendixSecondHeading: { vi: "Phụ lục II: kết quả theo đơn vị", en: "Phụ lục II: results by unit" },
  paneAppendixSecondLevelHint: {
    vi: "Cấp học của Phụ lục II. Mọi cấp: lấy chỉ tiêu của trường thuộc cấp đầu tiên đã có số liệu (hiện là {level}). Phụ lục I có lựa chọn riêng ở trên.",
    en: "Phụ lục II's level. Every level: the school targets of the first level with figures entered (now {level}). Phụ lục I has its own choices above.",
  },
  paneAppendixSecondLevelHintNone: {
    vi: "Cấp học của Phụ lục II. Mọi cấp: lấy chỉ tiêu của trường thuộc cấp đầu tiên đã có số liệu. Phụ lục I có lựa chọn riêng ở trên.",
    en: "Phụ lục II's level. Every level: the school targets of the first level with figures entered. Phụ lục I has its own choices above.",
  },
  paneAppendixNoFirstLevels: {
    vi: "Chưa chọn cấp học nào cho Phụ lục I nên chưa ghi. Hãy chọn ít nhất một cấp, hoặc “Lấy toàn bộ kế hoạch”.",
    en: "No level is chosen for Phụ lục I, so nothing was written. Choose at least one level, or “The whole plan”.",
  },
  paneAppendixNoFirstSections: {
    vi: "Chưa chọn mục nào cho Phụ lục I nên chưa ghi. Hãy chọn ít nhất một mục, hoặc “Lấy toàn bộ kế hoạch”.",
    en: "No plan section is chosen for Phụ lục I, so nothing was written. Choose at least one section, or “The whole plan”.",
  },
} satisfies Record<string, Message>;
