// Part of the one message catalog (../messages.ts): entering figures the way
// accountants work — the entry rules Thực hiện carries as data validation
// (Excel shows their titles and messages, so the Vietnamese is what the book
// holds: titles ≤ 32 characters, messages ≤ 255, Excel's limits), and the
// preview grid's keys, pastes and warnings. Vietnamese first, English second.

import type { Message } from "../message";

export const entryMessages = {
  // --- Entry rules on Thực hiện (Excel data validation) ---------------------------------
  entryDvNumeratorTitle: { vi: "Tử số (số đạt)", en: "Numerator (count met)" },
  entryDvNumeratorPrompt: {
    vi: "Nhập số nguyên từ 0 trở lên, không lớn hơn Mẫu số cùng dòng.",
    en: "Enter a whole number, 0 or more, not above the row's denominator.",
  },
  entryDvNumeratorError: {
    vi: "Tử số phải là số nguyên từ 0 trở lên và không lớn hơn Mẫu số cùng dòng (số đạt không thể nhiều hơn tổng số).",
    en: "The numerator must be a whole number, 0 or more, and not above the row's denominator (those who met it cannot outnumber the total).",
  },
  entryDvDenominatorTitle: { vi: "Mẫu số (tổng số)", en: "Denominator (total)" },
  entryDvDenominatorPrompt: {
    vi: "Nhập số nguyên từ 0 trở lên, không nhỏ hơn Tử số cùng dòng.",
    en: "Enter a whole number, 0 or more, not below the row's numerator.",
  },
  entryDvDenominatorError: {
    vi: "Mẫu số phải là số nguyên từ 0 trở lên và không nhỏ hơn Tử số cùng dòng (tổng số không thể ít hơn số đạt).",
    en: "The denominator must be a whole number, 0 or more, and not below the row's numerator (the total cannot be smaller than those who met it).",
  },
  entryDvLevelTitle: { vi: "Mức độ ({min}–{max})", en: "Level ({min}–{max})" },
  entryDvLevelPrompt: {
    vi: "Nhập mức độ đạt được, số nguyên từ {min} đến {max}.",
    en: "Enter the level reached, a whole number from {min} to {max}.",
  },
  entryDvLevelError: {
    vi: "Ô này chỉ nhận mức độ là số nguyên từ {min} đến {max} (thang mức độ phổ cập, xoá mù chữ).",
    en: "This cell takes only a level, a whole number from {min} to {max} (the attainment scale of the plan).",
  },
  entryDvCountTitle: { vi: "Số đếm", en: "Count" },
  entryDvCountPrompt: {
    vi: "Nhập số nguyên từ 0 trở lên. Số lớn hơn {factor} lần chỉ tiêu sẽ được hỏi lại.",
    en: "Enter a whole number, 0 or more. A figure over {factor} times the target is queried.",
  },
  entryDvCountWarningTitle: { vi: "Kiểm tra lại số liệu", en: "Check this figure" },
  entryDvCountWarning: {
    vi: "Số đếm là số nguyên từ 0 trở lên, thường không quá {factor} lần chỉ tiêu của kế hoạch (cột Chỉ tiêu). Nếu số đã gõ đúng, chọn Có (Yes) để giữ; chọn Không (No) để sửa.",
    en: "A count is a whole number, 0 or more, seldom over {factor} times the plan's target (the Target column). If the figure is right choose Yes to keep it; No to correct it.",
  },

  // --- The preview grid ------------------------------------------------------------------
  entryGridHelp: {
    vi: "Mũi tên để di chuyển, Shift + mũi tên hoặc Shift + bấm chuột để chọn vùng. Tab, Shift+Tab: sang ô nhập kế tiếp, ô trước; Enter, Shift+Enter: xuống, lên. F2 hoặc gõ để sửa ô, Delete để xoá, Ctrl+C / Ctrl+V để chép và dán.",
    en: "Arrows move, Shift + arrows or Shift + click select a range. Tab, Shift+Tab: next, previous entry cell; Enter, Shift+Enter: down, up. F2 or typing edits a cell, Delete clears, Ctrl+C / Ctrl+V copy and paste.",
  },
  entryPasteTitle: {
    vi: "Đã dán {pasted} ô; {refused} ô không nhận:",
    en: { by: "refused", one: "{pasted} {pasted|cell|cells} pasted; 1 cell refused:", other: "{pasted} {pasted|cell|cells} pasted; {refused} cells refused:" },
  },
  entryPasteNotNumber: { vi: "Ô {cell}: “{value}” không phải số", en: "Cell {cell}: “{value}” is not a number" },
  entryPasteLocked: { vi: "Ô {cell}: không phải ô nhập liệu (ô bị khoá)", en: "Cell {cell}: not an entry cell (locked)" },
  entryPasteRule: { vi: "Ô {cell}: “{value}” — {rule}", en: "Cell {cell}: “{value}” — refused by the cell's rule: {rule}" },
  entryWarningTitle: { vi: "Số liệu cần kiểm tra lại (vẫn được ghi):", en: "Figures to check (kept as typed):" },
  entryWarningLine: { vi: "Ô {cell}: {value} — {message}", en: "Cell {cell}: {value} — {message}" },
} satisfies Record<string, Message>;
