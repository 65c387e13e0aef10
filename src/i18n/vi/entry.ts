// The message catalog, Vietnamese (the source text; ../en/entry.ts says each in English).
// Entering figures the way accountants work: the entry rules Thực hiện carries as data validation
// (Excel shows their titles and messages, so the Vietnamese is what the book
// holds: titles ≤ 32 characters, messages ≤ 255, Excel's limits), and the
// preview grid's keys, pastes and warnings.
// `{name}` placeholders are filled by `t` (../messages.ts).

export const entryVi = {
  // --- Entry rules on Thực hiện (Excel data validation) ---------------------------------
  entryDvNumeratorTitle: "Tử số (số đạt)",
  entryDvNumeratorPrompt: "Nhập số nguyên từ 0 trở lên, không lớn hơn Mẫu số cùng dòng.",
  entryDvNumeratorError: "Tử số phải là số nguyên từ 0 trở lên và không lớn hơn Mẫu số cùng dòng (số đạt không thể nhiều hơn tổng số).",
  entryDvDenominatorTitle: "Mẫu số (tổng số)",
  entryDvDenominatorPrompt: "Nhập số nguyên từ 0 trở lên, không nhỏ hơn Tử số cùng dòng.",
  entryDvDenominatorError: "Mẫu số phải là số nguyên từ 0 trở lên và không nhỏ hơn Tử số cùng dòng (tổng số không thể ít hơn số đạt).",
  entryDvLevelTitle: "Mức độ ({min}–{max})",
  entryDvLevelPrompt: "Nhập mức độ đạt được, số nguyên từ {min} đến {max}.",
  entryDvLevelError: "Ô này chỉ nhận mức độ là số nguyên từ {min} đến {max} (thang mức độ phổ cập, xoá mù chữ).",
  entryDvCountTitle: "Số đếm",
  entryDvCountPrompt: "Nhập số nguyên từ 0 trở lên. Số lớn hơn {factor} lần chỉ tiêu sẽ được hỏi lại.",
  entryDvCountWarningTitle: "Kiểm tra lại số liệu",
  entryDvCountWarning: "Số đếm là số nguyên từ 0 trở lên, thường không quá {factor} lần chỉ tiêu của kế hoạch (cột Chỉ tiêu). Nếu số đã gõ đúng, chọn Có (Yes) để giữ; chọn Không (No) để sửa.",

  // --- The preview grid ------------------------------------------------------------------
  entryGridHelp: "Mũi tên để di chuyển, Shift + mũi tên hoặc Shift + bấm chuột để chọn vùng. Tab, Shift+Tab: sang ô nhập kế tiếp, ô trước; Enter, Shift+Enter: xuống, lên. F2 hoặc gõ để sửa ô, Delete để xoá, Ctrl+C / Ctrl+V để chép và dán.",
  entryPasteTitle: "Đã dán {pasted} ô; {refused} ô không nhận:",
  entryPasteNotNumber: "Ô {cell}: “{value}” không phải số",
  entryPasteLocked: "Ô {cell}: không phải ô nhập liệu (ô bị khoá)",
  entryPasteRule: "Ô {cell}: “{value}” — {rule}",
  entryWarningTitle: "Số liệu cần kiểm tra lại (vẫn được ghi):",
  entryWarningLine: "Ô {cell}: {value} — {message}",
} as const satisfies Record<string, string>;
