// The message catalog, Vietnamese (the source text; ../en/writes.ts says each in English).
// what a write into a workbook
// says when it refuses to start, stops part-way or leaves a cosmetic part out
// (src/workbook/spec-check.ts, src/hosts/officejs/write.ts, src/workbook/read-book.ts).
//
// `{name}` placeholders are filled by `t` (../messages.ts).

export const writeVi = {
  // --- Refused before anything changed -------------------------------------
  writeRowTooTall: "Trang “{sheet}”, dòng {row} cần cao {height} pt, quá mức 409 pt Excel cho phép. Chưa có gì trong sổ bị thay đổi.",
  writeSheetNameEmpty: "Excel không chấp nhận một trang có tên trống. Chưa có gì trong sổ bị thay đổi.",
  writeSheetNameTooLong: "Excel không chấp nhận tên trang “{sheet}”: dài quá 31 ký tự. Chưa có gì trong sổ bị thay đổi.",
  writeSheetNameForbiddenCharacter: "Excel không chấp nhận tên trang “{sheet}”: có ký tự \\ / ? * : [ ]. Chưa có gì trong sổ bị thay đổi.",
  writeSheetNameApostropheEdge: "Excel không chấp nhận tên trang “{sheet}”: bắt đầu hoặc kết thúc bằng dấu nháy đơn. Chưa có gì trong sổ bị thay đổi.",
  writeDuplicateSheet: "Hai trang cần ghi có cùng tên “{sheet}” (Excel không phân biệt chữ hoa, chữ thường). Chưa có gì trong sổ bị thay đổi.",
  writeSheetNameClash: "Sổ đã có trang “{existing}”, trùng tên với trang “{sheet}” mà ChiTieu cần ghi (Excel không phân biệt chữ hoa, chữ thường). Chưa có gì trong sổ bị thay đổi. Hãy đổi tên trang “{existing}” rồi ghi lại.",
  writeCellTooLong: "Ô {cell} của trang “{sheet}” dài {length} ký tự, quá mức 32.767 ký tự Excel cho phép trong một ô. Chưa có gì trong sổ bị thay đổi.",
  writeSheetPasswordProtected: "Trang “{sheet}” đang được khoá bằng mật khẩu nên ChiTieu không ghi vào được. Chưa có gì trong sổ bị thay đổi. Hãy bỏ khoá trang này (Xem lại › Bỏ bảo vệ trang tính, nhập mật khẩu) rồi ghi lại.",

  // --- Stopped by Excel -----------------------------------------------------
  writeCellEditMode: "Excel đang ở chế độ sửa ô nên chưa ghi được. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi bấm ghi lại.",
  writeAccessDenied: "Excel không cho thay đổi sổ này: sổ có thể đang mở ở chế độ chỉ đọc, được khoá cấu trúc, hoặc bạn chỉ có quyền xem.",
  writeItemAlreadyExists: "Excel báo đã có một trang hoặc bảng trùng tên với phần ChiTieu cần tạo.",
  writePayloadTooLarge: "Một lần gửi tới Excel quá lớn (Excel trên web nhận tối đa 5 MB mỗi lần).",
  writeInactiveWorkbook: "Sổ này không còn là sổ đang mở trong cửa sổ Excel (đã chuyển sang sổ khác hoặc đóng lại). Hãy quay lại sổ rồi bấm lại.",
  writeUnexpected: "Excel từ chối một thao tác ghi.",
  writeNothingChanged: "Chưa có gì trong sổ bị thay đổi.",
  writePartlyWritten: "Sổ có thể mới được ghi một phần, nhưng vẫn đọc được và các số liệu đã nhập còn nguyên. Hãy bấm ghi lại để hoàn tất.",
  writeErrorDetails: "Chi tiết cho bộ phận kỹ thuật: mã lỗi {code}, tại {location}.",

  // --- A cosmetic part left out ----------------------------------------------
  writeSkippedFormats: "Chưa áp được kiểu chữ, nền, viền ô; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
  writeSkippedSizes: "Chưa đặt được độ rộng cột, chiều cao dòng; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
  writeSkippedMerges: "Chưa gộp được các ô tiêu đề; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
  writeSkippedTables: "Chưa tạo được bảng (lọc, sắp xếp); số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
  writeSkippedLayout: "Chưa sắp được thứ tự, ẩn hiện các trang; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
  writeSkippedConditionalFormats: "Chưa tô được màu theo kết quả (ô Giá trị và Trạng thái); số liệu, công thức và trạng thái đã ghi đủ. Bấm ghi lại, hoặc Kiểm tra › Áp dụng lại tô màu, để thử lần nữa.",
  writeSkippedDataValidation: "Chưa đặt được kiểm tra dữ liệu nhập, nên ô nhập số liệu chưa chặn chữ hay số âm; trạng thái “Không hợp lệ” vẫn báo các ô sai. Bấm ghi lại để thử lần nữa.",
  writeSkippedFreezePanes: "Chưa cố định được dòng tiêu đề, nên dòng tiêu đề cuộn đi theo bảng. Bấm ghi lại để thử lần nữa.",
  writeSkippedPageLayout: "Chưa thiết lập được trang in (khổ A4, dòng tiêu đề lặp lại, đầu trang, chân trang, số trang); số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
  writeSkippedProtection: "Chưa khoá được các trang tính, nên công thức có thể bị sửa nhầm; số liệu và công thức đã ghi đủ. Bấm ghi lại để thử lần nữa.",
  writeSkippedCalculation: "Excel chưa tính lại công thức; hãy nhấn F9 (hoặc Công thức › Tính toán ngay) để cập nhật trạng thái.",

  // --- Reading a book whose last write did not finish ----------------------------
  wbProblemWriteUnfinished: "Lần ghi trước vào sổ chưa xong; số liệu đã nhập được đọc từ bản sao lưu ChiTieu để trong sổ. Hãy ghi lại sổ để hoàn tất.",
} as const satisfies Record<string, string>;
