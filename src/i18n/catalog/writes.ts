// Part of the one message catalog (../messages.ts): what a write into a workbook
// says when it refuses to start, stops part-way or leaves a cosmetic part out
// (src/workbook/spec-check.ts, src/hosts/officejs/write.ts, src/workbook/read-book.ts).
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const writeMessages = {
  // --- Refused before anything changed -------------------------------------
  writeRowTooTall: {
    vi: "Trang “{sheet}”, dòng {row} cần cao {height} pt, quá mức 409 pt Excel cho phép. Chưa có gì trong sổ bị thay đổi.",
    en: "Sheet “{sheet}”, row {row} would be {height} pt tall, above Excel's limit of 409 pt. Nothing in the workbook was changed.",
  },
  writeSheetNameEmpty: {
    vi: "Excel không chấp nhận một trang có tên trống. Chưa có gì trong sổ bị thay đổi.",
    en: "Excel does not accept a sheet with an empty name. Nothing in the workbook was changed.",
  },
  writeSheetNameTooLong: {
    vi: "Excel không chấp nhận tên trang “{sheet}”: dài quá 31 ký tự. Chưa có gì trong sổ bị thay đổi.",
    en: "Excel does not accept the sheet name “{sheet}”: it is longer than 31 characters. Nothing in the workbook was changed.",
  },
  writeSheetNameForbiddenCharacter: {
    vi: "Excel không chấp nhận tên trang “{sheet}”: có ký tự \\ / ? * : [ ]. Chưa có gì trong sổ bị thay đổi.",
    en: "Excel does not accept the sheet name “{sheet}”: it contains one of \\ / ? * : [ ]. Nothing in the workbook was changed.",
  },
  writeSheetNameApostropheEdge: {
    vi: "Excel không chấp nhận tên trang “{sheet}”: bắt đầu hoặc kết thúc bằng dấu nháy đơn. Chưa có gì trong sổ bị thay đổi.",
    en: "Excel does not accept the sheet name “{sheet}”: it starts or ends with an apostrophe. Nothing in the workbook was changed.",
  },
  writeDuplicateSheet: {
    vi: "Hai trang cần ghi có cùng tên “{sheet}” (Excel không phân biệt chữ hoa, chữ thường). Chưa có gì trong sổ bị thay đổi.",
    en: "Two sheets to write share the name “{sheet}” (Excel ignores case). Nothing in the workbook was changed.",
  },
  writeSheetNameClash: {
    vi: "Sổ đã có trang “{existing}”, trùng tên với trang “{sheet}” mà ChiTieu cần ghi (Excel không phân biệt chữ hoa, chữ thường). Chưa có gì trong sổ bị thay đổi. Hãy đổi tên trang “{existing}” rồi ghi lại.",
    en: "The workbook already has a sheet “{existing}”, the same name as the sheet “{sheet}” ChiTieu writes (Excel ignores case). Nothing in the workbook was changed. Rename “{existing}”, then write again.",
  },
  writeCellTooLong: {
    vi: "Ô {cell} của trang “{sheet}” dài {length} ký tự, quá mức 32.767 ký tự Excel cho phép trong một ô. Chưa có gì trong sổ bị thay đổi.",
    en: "Cell {cell} on sheet “{sheet}” is {length} characters long, above Excel's limit of 32,767 per cell. Nothing in the workbook was changed.",
  },
  writeSheetPasswordProtected: {
    vi: "Trang “{sheet}” đang được khoá bằng mật khẩu nên ChiTieu không ghi vào được. Chưa có gì trong sổ bị thay đổi. Hãy bỏ khoá trang này (Xem lại › Bỏ bảo vệ trang tính, nhập mật khẩu) rồi ghi lại.",
    en: "Sheet “{sheet}” is protected with a password, so ChiTieu cannot write to it. Nothing in the workbook was changed. Unprotect it (Review › Unprotect Sheet, with the password), then write again.",
  },

  // --- Stopped by Excel -----------------------------------------------------
  writeCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô nên chưa ghi được. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi bấm ghi lại.",
    en: "Excel is editing a cell, so nothing could be written. Press Enter or Esc to leave the cell, then write again.",
  },
  writeAccessDenied: {
    vi: "Excel không cho thay đổi sổ này: sổ có thể đang mở ở chế độ chỉ đọc, được khoá cấu trúc, hoặc bạn chỉ có quyền xem.",
    en: "Excel does not allow changes to this workbook: it may be open read-only, have its structure protected, or be shared with you view-only.",
  },
  writeItemAlreadyExists: {
    vi: "Excel báo đã có một trang hoặc bảng trùng tên với phần ChiTieu cần tạo.",
    en: "Excel reports that a sheet or table with the name ChiTieu needs already exists.",
  },
  writePayloadTooLarge: {
    vi: "Một lần gửi tới Excel quá lớn (Excel trên web nhận tối đa 5 MB mỗi lần).",
    en: "One request to Excel was too large (Excel on the web takes at most 5 MB per request).",
  },
  writeInactiveWorkbook: {
    vi: "Sổ này không còn là sổ đang mở trong cửa sổ Excel (đã chuyển sang sổ khác hoặc đóng lại). Hãy quay lại sổ rồi bấm lại.",
    en: "This workbook is no longer the active one in Excel (another workbook was chosen, or it was closed). Go back to it and try again.",
  },
  writeUnexpected: {
    vi: "Excel từ chối một thao tác ghi.",
    en: "Excel refused a write.",
  },
  writeNothingChanged: {
    vi: "Chưa có gì trong sổ bị thay đổi.",
    en: "Nothing in the workbook was changed.",
  },
  writePartlyWritten: {
    vi: "Sổ có thể mới được ghi một phần, nhưng vẫn đọc được và các số liệu đã nhập còn nguyên. Hãy bấm ghi lại để hoàn tất.",
    en: "The workbook may be partly written, but it still reads and every figure entered is intact. Write again to finish.",
  },
  writeErrorDetails: {
    vi: "Chi tiết cho bộ phận kỹ thuật: mã lỗi {code}, tại {location}.",
    en: "Details for support: error code {code}, at {location}.",
  },

  // --- A cosmetic part left out ----------------------------------------------
  writeSkippedFormats: {
    vi: "Chưa áp được kiểu chữ, nền, viền ô; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
    en: "Fonts, fills and borders were not applied; figures and formulas are all written. Write again to retry.",
  },
  writeSkippedSizes: {
    vi: "Chưa đặt được độ rộng cột, chiều cao dòng; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
    en: "Column widths and row heights were not set; figures and formulas are all written. Write again to retry.",
  },
  writeSkippedMerges: {
    vi: "Chưa gộp được các ô tiêu đề; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
    en: "Heading cells were not merged; figures and formulas are all written. Write again to retry.",
  },
  writeSkippedTables: {
    vi: "Chưa tạo được bảng (lọc, sắp xếp); số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
    en: "The tables (filter, sort) were not created; figures and formulas are all written. Write again to retry.",
  },
  writeSkippedLayout: {
    vi: "Chưa sắp được thứ tự, ẩn hiện các trang; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
    en: "The sheets' order and visibility were not set; figures and formulas are all written. Write again to retry.",
  },
  writeSkippedConditionalFormats: {
    vi: "Chưa tô được màu theo kết quả (ô Giá trị và Trạng thái); số liệu, công thức và trạng thái đã ghi đủ. Bấm ghi lại, hoặc Kiểm tra › Áp dụng lại tô màu, để thử lần nữa.",
    en: "The result colours (Value and Status cells) were not applied; figures, formulas and statuses are all written. Write again, or Check › Reapply highlighting, to retry.",
  },
  writeSkippedDataValidation: {
    vi: "Chưa đặt được kiểm tra dữ liệu nhập, nên ô nhập số liệu chưa chặn chữ hay số âm; trạng thái “Không hợp lệ” vẫn báo các ô sai. Bấm ghi lại để thử lần nữa.",
    en: "Entry validation was not set, so entry cells do not yet refuse text or negative numbers; the “Invalid” status still flags wrong cells. Write again to retry.",
  },
  writeSkippedFreezePanes: {
    vi: "Chưa cố định được dòng tiêu đề, nên dòng tiêu đề cuộn đi theo bảng. Bấm ghi lại để thử lần nữa.",
    en: "The header row was not frozen, so it scrolls away with the table. Write again to retry.",
  },
  writeSkippedPageLayout: {
    vi: "Chưa thiết lập được trang in (khổ A4, dòng tiêu đề lặp lại, đầu trang, chân trang, số trang); số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
    en: "Page setup (A4, repeated title rows, header, footer, page numbers) was not applied; figures and formulas are all written. Write again to retry.",
  },
  writeSkippedProtection: {
    vi: "Chưa khoá được các trang tính, nên công thức có thể bị sửa nhầm; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
    en: "The sheets were not protected, so formulas could be overwritten by mistake; figures and formulas are all written. Write again to retry.",
  },
  writeSkippedCalculation: {
    vi: "Excel chưa tính lại công thức; hãy nhấn F9 (hoặc Công thức › Tính toán ngay) để cập nhật trạng thái.",
    en: "Excel has not recalculated the formulas; press F9 (or Formulas › Calculate Now) to update the statuses.",
  },

  // --- Reading a book whose last write did not finish ----------------------------
  wbProblemWriteUnfinished: {
    vi: "Lần ghi trước vào sổ chưa xong; số liệu đã nhập được đọc từ bản sao lưu ChiTieu để trong sổ. Hãy ghi lại sổ để hoàn tất.",
    en: "The last write to the workbook did not finish; the figures entered are read from the copy ChiTieu keeps in the workbook. Write the workbook again to finish.",
  },
} satisfies Record<string, Message>;
