// Part of the one message catalog (../messages.ts): the plan review in step 1
// (filters, compact rows, the target's sentence, editable kind and document
// information, the sticky write bar and what is not written yet).
// Vietnamese first, English second.

import type { Message } from "../message";

export const reviewMessages = {
  reviewMetaNote: {
    vi: "Sửa nếu bộ đọc đọc sai: thông tin này được ghi vào bảng tính cùng các chỉ tiêu.",
    en: "Correct anything the reader got wrong: this is written to the workbook with the targets.",
  },
  reviewDateHint: { vi: "Ngày/tháng/năm, như 05/09/2024", en: "Day/month/year, e.g. 05/09/2024" },
  reviewErrDate: {
    vi: "{field}: “{text}” không phải ngày; hãy ghi như 05/09/2024, hoặc để trống.",
    en: "{field}: “{text}” is not a date; write it as 05/09/2024, or leave it empty.",
  },
  reviewFilterLabel: { vi: "Lọc chỉ tiêu", en: "Filter the targets" },
  reviewFilterAll: { vi: "Tất cả ({count})", en: "All ({count})" },
  reviewFilterTarget: { vi: "Chỉ tiêu ({count})", en: "Targets ({count})" },
  reviewFilterBaseline: { vi: "Kết quả ({count})", en: "Results ({count})" },
  reviewFilterFlagged: { vi: "Cần kiểm tra ({count})", en: "To check ({count})" },
  reviewFilterEmpty: { vi: "Không có chỉ tiêu nào trong bộ lọc này.", en: "No target matches this filter." },
  reviewNextFlagged: { vi: "Chỉ tiêu cần kiểm tra tiếp theo", en: "Next target to check" },
  reviewCompact: { vi: "Dạng gọn", en: "Compact list" },
  reviewKindLabel: { vi: "Loại", en: "Kind" },
  reviewFieldKind: { vi: "Loại của {id}", en: "Kind of {id}" },
  reviewKindTarget: { vi: "Chỉ tiêu", en: "Target" },
  reviewKindBaseline: { vi: "Kết quả (hiện trạng)", en: "Result (baseline)" },
  reviewBadgeBaseline: { vi: "Kết quả", en: "Result" },
  reviewFlagNoReason: {
    vi: "Cần kiểm tra: bộ đọc chưa chắc chắn về chỉ tiêu này",
    en: "Check: the reader is not sure about this target",
  },
  reviewUnsaved: { vi: "Chưa ghi", en: "Not written" },
  reviewUnsavedNever: {
    vi: "Chưa ghi vào bảng tính: bảng tính chưa có các chỉ tiêu này.",
    en: "Not written yet: the workbook does not hold these targets.",
  },
  reviewUnsavedEdited: {
    vi: "Chưa ghi: {count} thay đổi từ lần ghi trước chưa có trong bảng tính.",
    en: "Not written: {count} {count|change|changes} since the last write {count|is|are} not in the workbook yet.",
  },
  reviewSaved: { vi: "Bảng tính đã có đúng các chỉ tiêu đang hiện.", en: "The workbook holds the targets as shown." },
  reviewActionsLabel: { vi: "Thao tác ghi", en: "Write actions" },
  reviewGoToProblem: { vi: "Tới ô: {field}", en: "Go to: {field}" },
  reviewMoreProblems: { vi: "… và {count} ô khác", en: { one: "… and 1 more cell", other: "… and {count} more cells" } },
} satisfies Record<string, Message>;
