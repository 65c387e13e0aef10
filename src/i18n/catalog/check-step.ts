// Part of the one message catalog (../messages.ts): the pane's Kiểm tra step
// on rows that have no figures yet, and the Đơn vị step on a second list and
// on schools worth a look. Vietnamese first, English second.

import type { Message } from "../message";

export const checkStepMessages = {
  paneCheckMissingFigures: {
    vi: "{count} trên {total} dòng chưa có số liệu: các dòng này chưa được đánh giá.",
    en: "{count} of {total} {total|row|rows} {count|has|have} no figures yet: {count|it is|they are} not judged.",
  },
  paneCheckFirstMissing: {
    vi: "Tới dòng đầu tiên chưa có số liệu: {target} · {unit} (ô {cell})",
    en: "Go to the first row without figures: {target} · {unit} (cell {cell})",
  },
  paneCheckNoGapsYet: {
    vi: "Trong {count} dòng đã có số liệu, không có dòng nào chưa đạt hoặc gần đạt.",
    en: { one: "The one row with figures is not short of its target.", other: "Of the {count} rows with figures, none is short of its target." },
  },
  paneUnitsModeLabel: {
    vi: "Sổ đã có {count} đơn vị. Danh sách dán vào sẽ:",
    en: { one: "The book already has 1 unit. The pasted list will:", other: "The book already has {count} units. The pasted list will:" },
  },
  paneUnitsModeReplace: {
    vi: "Thay danh sách cũ (đơn vị không có trong danh sách mới bị bỏ; hỏi trước khi mất số liệu)",
    en: "Replace the old list (units missing from the new one are removed; you are asked before figures are lost)",
  },
  paneUnitsModeAdd: { vi: "Thêm vào danh sách cũ", en: "Be added to the old list" },
  paneUnitsNamedTitle: { vi: "Cần lưu ý ({count})", en: "Worth a look ({count})" },
  paneUnitsAlreadyThere: { vi: "{name}: đã có trong sổ, không thêm lần nữa.", en: "{name}: already in the book, not added again." },
  paneUnitsRepeatedName: { vi: "{name}: có {count} lần trong danh sách.", en: "{name}: listed {count} times." },
  paneUnitsNoTargets: {
    vi: "{code} – {name}: kế hoạch không có chỉ tiêu nào cho đơn vị này ({levels}), nên đơn vị không có dòng nhập liệu.",
    en: "{code} – {name}: the plan has no target for this unit ({levels}), so it gets no entry rows.",
  },
} satisfies Record<string, Message>;
