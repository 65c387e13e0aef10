// The message catalog, Vietnamese (the source text; ../en/preview.ts says each in English).
// strings of the browser preview (src/preview).
//
// `{name}` placeholders are filled by `t` (../messages.ts).

export const previewVi = {
  // --- The page ------------------------------------------------------------------
  previewPageTitle: "Xem thử Chỉ tiêu kế hoạch",
  previewBanner: "Bản xem thử trong trình duyệt: sổ làm việc bên trái thay cho Excel, ngăn Chỉ tiêu kế hoạch bên phải.",
  previewWorkbookLabel: "Sổ làm việc",
  previewEmptyHint: "Sổ làm việc chưa có sổ theo dõi. Dùng ngăn bên phải để đọc một kế hoạch (có sẵn kế hoạch mẫu) rồi ghi vào bảng tính.",
  previewDownload: "Tải về .xlsx",
  previewDownloading: "Đang tạo tệp .xlsx…",
  previewDownloadFailed: "Không tạo được tệp .xlsx. Hãy kiểm tra kết nối mạng rồi thử lại.",
  previewDownloaded: "Đã tải về {file}.",
  previewOpen: "Mở tệp .xlsx",
  previewOpened: "Đã mở {file}.",
  previewOpenFailed: "Không mở được {file}: {reason}",
  previewOpenUnreadable: "tệp bị hỏng hoặc không phải sổ Excel .xlsx.",
  previewReplaceUnsaved: "Sổ đang mở có thay đổi chưa tải về. Mở {file} sẽ thay sổ này trong trang. Tiếp tục?",

  // --- Sheets and the grid -----------------------------------------------------------
  // The name of the blank sheet a new workbook starts with, as Vietnamese Excel names it.
  previewDefaultSheet: "Trang tính1",
  previewSheetTabs: "Các trang tính",
  previewGridLabel: "Trang tính {sheet}",
  previewCellEditor: "Sửa ô {cell}",
  previewCellUpdated: "Đã ghi ô {cell}; trạng thái đã được tính lại.",
  previewCellSaved: "Đã ghi ô {cell}.",
  previewRecalcFailed: "Đã ghi ô {cell} nhưng không tính lại được sổ: {reason}",

  // --- Dialogs, as Excel shows them ------------------------------------------------------
  previewLockedTitle: "Ô được bảo vệ",
  previewLocked: "Ô {cell} trên trang “{sheet}” được khoá để giữ công thức. Chỉ nhập vào các ô nền vàng (ô nhập số liệu) và cột Ghi chú.",
  previewInvalidTitle: "Giá trị không hợp lệ",
  previewRetry: "Thử lại",
  previewCancel: "Huỷ",
  previewClose: "Đóng",

  // --- npm start / npm run preview (scripts/start.mjs, scripts/serve-static.mjs) -------------
  startNoDesktopExcelPreview: "Máy này không có Excel cho máy tính: chạy bản xem thử tại {preview} và máy chủ phần bổ trợ tại {url} (để nạp vào Excel trên web).",
  startSideloadFailed: "Không nạp được phần bổ trợ vào Excel (mã lỗi {code}); chạy bản xem thử thay thế.",
  startNoSideloadTools: "Chưa có công cụ nạp phần bổ trợ của Office (office-addin-debugging, gói tuỳ chọn, bị bỏ qua khi cài vì không biên dịch được); chạy bản xem thử thay thế. Cài lại bằng: npm install office-addin-debugging",

  // --- npm test: system tools the tests use (scripts/system-deps.mjs) ------------------------
  systemDepsPresent: "Đã có đủ công cụ hệ thống cho kiểm thử (LibreOffice, Chromium, xmllint, poppler, phông DejaVu, python3).",
  systemDepsInstalling: "Kiểm thử cần {tools}; đang cài các gói Debian: {packages}",
  systemDepsInstalled: "Đã cài {tools}.",
  systemDepsMissing: "Kiểm thử cần {tools} nhưng máy này chưa có, và không tự cài được (cần quyền root hoặc sudo không hỏi mật khẩu, trên Debian/Ubuntu). Hãy cài các gói {packages}, ví dụ:",
  systemDepsInstallFailed: "Cài gói không thành công, vẫn thiếu {tools}. Hãy xem thông báo của apt-get ở trên rồi chạy:",
  startPreviewReady: "Bản xem thử (không cần Excel) đã sẵn sàng: {url}",
  serveStaticReady: "Đang phục vụ {dir} tại {url}",
  serveStaticMissing: "Không có thư mục {dir}; hãy chạy npm run build:preview trước.",
} as const satisfies Record<string, string>;
