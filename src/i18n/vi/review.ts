// The message catalog, Vietnamese (the source text; ../en/review.ts says each in English).
// The plan review in step 1: filters, compact rows, the target's sentence,
// editable kind and document information, the sticky write bar and what is not written yet.
// `{name}` placeholders are filled by `t` (../messages.ts).

export const reviewVi = {
  reviewMetaNote: "Sửa nếu bộ đọc đọc sai: thông tin này được ghi vào bảng tính cùng các chỉ tiêu.",
  reviewDateHint: "Ngày/tháng/năm, như 05/09/2024",
  reviewErrDate: "{field}: “{text}” không phải ngày; hãy ghi như 05/09/2024, hoặc để trống.",
  reviewFilterLabel: "Lọc chỉ tiêu",
  reviewFilterAll: "Tất cả ({count})",
  reviewFilterTarget: "Chỉ tiêu ({count})",
  reviewFilterBaseline: "Kết quả ({count})",
  reviewFilterFlagged: "Cần kiểm tra ({count})",
  reviewFilterEmpty: "Không có chỉ tiêu nào trong bộ lọc này.",
  reviewNextFlagged: "Chỉ tiêu cần kiểm tra tiếp theo",
  reviewCompact: "Dạng gọn",
  reviewKindLabel: "Loại",
  reviewFieldKind: "Loại của {id}",
  reviewKindTarget: "Chỉ tiêu",
  reviewKindBaseline: "Kết quả (hiện trạng)",
  reviewBadgeBaseline: "Kết quả",
  reviewFlagNoReason: "Cần kiểm tra: bộ đọc chưa chắc chắn về chỉ tiêu này",
  reviewUnsaved: "Chưa ghi",
  reviewUnsavedNever: "Chưa ghi vào bảng tính: bảng tính chưa có các chỉ tiêu này.",
  reviewUnsavedEdited: "Chưa ghi: {count} thay đổi từ lần ghi trước chưa có trong bảng tính.",
  reviewSaved: "Bảng tính đã có đúng các chỉ tiêu đang hiện.",
  reviewActionsLabel: "Thao tác ghi",
  reviewGoToProblem: "Tới ô: {field}",
  reviewMoreProblems: "… và {count} ô khác",
} as const satisfies Record<string, string>;
