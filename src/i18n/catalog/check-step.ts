// Part of the one message catalog (../messages.ts): the pane's Kiểm tra step
// on rows that have no figures yet. Vietnamese first, English second.

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
} satisfies Record<string, Message>;
