// Part of the one message catalog (../messages.ts): strings of the browser preview (src/preview).
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const previewMessages = {
  // --- The page ------------------------------------------------------------------
  previewPageTitle: { vi: "Xem thử Chỉ tiêu kế hoạch", en: "Plan targets preview" },
  previewBanner: {
    vi: "Bản xem thử trong trình duyệt: sổ làm việc bên trái thay cho Excel, ngăn Chỉ tiêu kế hoạch bên phải.",
    en: "Browser preview: the workbook on the left stands in for Excel, the Plan targets pane is on the right.",
  },
  previewWorkbookLabel: { vi: "Sổ làm việc", en: "Workbook" },
  previewEmptyHint: {
    vi: "Sổ làm việc chưa có sổ theo dõi. Dùng ngăn bên phải để đọc một kế hoạch (có sẵn kế hoạch mẫu) rồi ghi vào bảng tính.",
    en: "The workbook has no tracking book yet. Use the pane on the right to read a plan (a sample plan is ready) and write it to the workbook.",
  },
  previewDownload: { vi: "Tải về .xlsx", en: "Download .xlsx" },
  previewDownloading: { vi: "Đang tạo tệp .xlsx…", en: "Making the .xlsx file…" },
  previewDownloadFailed: {
    vi: "Không tạo được tệp .xlsx. Hãy kiểm tra kết nối mạng rồi thử lại.",
    en: "The .xlsx file could not be made. Check the network connection and try again.",
  },
  previewDownloaded: { vi: "Đã tải về {file}.", en: "Downloaded {file}." },
  previewOpen: { vi: "Mở tệp .xlsx", en: "Open an .xlsx file" },
  previewOpened: { vi: "Đã mở {file}.", en: "Opened {file}." },
  previewOpenFailed: { vi: "Không mở được {file}: {reason}", en: "Could not open {file}: {reason}" },
  previewOpenUnreadable: { vi: "tệp bị hỏng hoặc không phải sổ Excel .xlsx.", en: "the file is damaged or not an Excel .xlsx workbook." },
  previewReplaceUnsaved: {
    vi: "Sổ đang mở có thay đổi chưa tải về. Mở {file} sẽ thay sổ này trong trang. Tiếp tục?",
    en: "The open book has changes not yet downloaded. Opening {file} replaces it in the page. Go on?",
  },

  // --- Sheets and the grid -----------------------------------------------------------
  // The name of the blank sheet a new workbook starts with, as Vietnamese Excel names it.
  previewDefaultSheet: { vi: "Trang tính1", en: "Sheet1" },
  previewSheetTabs: { vi: "Các trang tính", en: "Sheets" },
  previewGridLabel: { vi: "Trang tính {sheet}", en: "Sheet {sheet}" },
  previewCellEditor: { vi: "Sửa ô {cell}", en: "Edit cell {cell}" },
  previewGridHelp: {
    vi: "Mũi tên để di chuyển, Shift + mũi tên hoặc Shift + bấm chuột để chọn vùng, Enter hoặc F2 để sửa ô, Delete để xoá, Ctrl+C / Ctrl+V để chép và dán.",
    en: "Arrows move, Shift + arrows or Shift + click select a range, Enter or F2 edits a cell, Delete clears, Ctrl+C / Ctrl+V copy and paste.",
  },
  previewCellUpdated: {
    vi: "Đã ghi ô {cell}; trạng thái đã được tính lại.",
    en: "Cell {cell} saved; statuses recalculated.",
  },
  previewCellSaved: { vi: "Đã ghi ô {cell}.", en: "Cell {cell} saved." },
  previewRecalcFailed: {
    vi: "Đã ghi ô {cell} nhưng không tính lại được sổ: {reason}",
    en: "Cell {cell} was saved but the workbook could not be recalculated: {reason}",
  },

  // --- Dialogs, as Excel shows them ------------------------------------------------------
  previewLockedTitle: { vi: "Ô được bảo vệ", en: "Protected cell" },
  previewLocked: {
    vi: "Ô {cell} trên trang “{sheet}” được khoá để giữ công thức. Chỉ nhập vào các ô nền vàng (ô nhập số liệu) và cột Ghi chú.",
    en: "Cell {cell} on sheet “{sheet}” is locked to protect its formula. Enter figures only in the yellow cells (entry cells) and the Ghi chú column.",
  },
  previewInvalidTitle: { vi: "Giá trị không hợp lệ", en: "Invalid value" },
  previewRetry: { vi: "Thử lại", en: "Retry" },
  previewCancel: { vi: "Huỷ", en: "Cancel" },
  previewClose: { vi: "Đóng", en: "Close" },

  // --- npm start / npm run preview (scripts/start.mjs, scripts/serve-static.mjs) -------------
  startNoDesktopExcelPreview: {
    vi: "Máy này không có Excel cho máy tính: chạy bản xem thử tại {preview} và máy chủ phần bổ trợ tại {url} (để nạp vào Excel trên web).",
    en: "There is no desktop Excel on this machine: running the preview at {preview} and the add-in server at {url} (to load into Excel on the web).",
  },
  startSideloadFailed: {
    vi: "Không nạp được phần bổ trợ vào Excel (mã lỗi {code}); chạy bản xem thử thay thế.",
    en: "Could not sideload the add-in into Excel (exit code {code}); running the preview instead.",
  },
  startNoSideloadTools: {
    vi: "Chưa có công cụ nạp phần bổ trợ của Office (office-addin-debugging, gói tuỳ chọn, bị bỏ qua khi cài vì không biên dịch được); chạy bản xem thử thay thế. Cài lại bằng: npm install office-addin-debugging",
    en: "The Office sideloading tools (office-addin-debugging, optional, skipped at install because they could not be built) are not installed; running the preview instead. Install them with: npm install office-addin-debugging",
  },

  // --- npm test: system tools the tests use (scripts/system-deps.mjs) ------------------------
  systemDepsPresent: {
    vi: "Đã có đủ công cụ hệ thống cho kiểm thử (LibreOffice, Chromium, xmllint, poppler, phông DejaVu, python3).",
    en: "The system tools the tests use are all present (LibreOffice, Chromium, xmllint, poppler, DejaVu fonts, python3).",
  },
  systemDepsInstalling: {
    vi: "Kiểm thử cần {tools}; đang cài các gói Debian: {packages}",
    en: "The tests need {tools}; installing the Debian packages: {packages}",
  },
  systemDepsInstalled: { vi: "Đã cài {tools}.", en: "Installed {tools}." },
  systemDepsMissing: {
    vi: "Kiểm thử cần {tools} nhưng máy này chưa có, và không tự cài được (cần quyền root hoặc sudo không hỏi mật khẩu, trên Debian/Ubuntu). Hãy cài các gói {packages}, ví dụ:",
    en: "The tests need {tools}, which this machine lacks and cannot install by itself (that needs root or password-less sudo, on Debian/Ubuntu). Install the packages {packages}, e.g.:",
  },
  systemDepsInstallFailed: {
    vi: "Cài gói không thành công, vẫn thiếu {tools}. Hãy xem thông báo của apt-get ở trên rồi chạy:",
    en: "The install failed; {tools} still missing. See apt-get's messages above, then run:",
  },
  startPreviewReady: {
    vi: "Bản xem thử (không cần Excel) đã sẵn sàng: {url}",
    en: "The preview (no Excel needed) is ready: {url}",
  },
  serveStaticReady: { vi: "Đang phục vụ {dir} tại {url}", en: "Serving {dir} at {url}" },
  serveStaticMissing: {
    vi: "Không có thư mục {dir}; hãy chạy npm run build:preview trước.",
    en: "There is no {dir} folder; run npm run build:preview first.",
  },
} satisfies Record<string, Message>;
