// The one message catalog: every string a user can see, Vietnamese first,
// English second. Code looks strings up by key; nothing user-facing is
// written inline elsewhere.

export type Lang = "vi" | "en";

interface Message {
  vi: string;
  en: string;
}

const catalog = {
  appName: { vi: "Chỉ tiêu kế hoạch", en: "Plan targets" },

  // --- Task pane (src/taskpane) -------------------------------------------
  paneLanguage: { vi: "Ngôn ngữ", en: "Language" },
  // Each language is named in itself, whatever the current language.
  paneLanguageVi: { vi: "Tiếng Việt", en: "Tiếng Việt" },
  paneLanguageEn: { vi: "English", en: "English" },
  paneIntro: {
    vi: "Dán nội dung kế hoạch (chép từ Word hoặc PDF) vào ô dưới đây rồi bấm “Đọc chỉ tiêu”.",
    en: "Paste the plan text (copied from Word or PDF) below, then press “Read targets”.",
  },
  panePasteLabel: { vi: "Nội dung kế hoạch", en: "Plan text" },
  panePastePlaceholder: {
    vi: "Ví dụ: Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%…",
    en: "e.g. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%…",
  },
  paneRead: { vi: "Đọc chỉ tiêu", en: "Read targets" },
  paneReading: { vi: "Đang đọc…", en: "Reading…" },
  paneEmptyText: {
    vi: "Chưa có nội dung. Hãy dán văn bản kế hoạch vào ô trên rồi bấm lại.",
    en: "There is no text yet. Paste the plan text above and press the button again.",
  },
  paneNoTargets: {
    vi: "Không tìm thấy chỉ tiêu số nào trong văn bản này. Hãy kiểm tra đã dán đủ phần mục tiêu, chỉ tiêu của kế hoạch chưa.",
    en: "No numeric targets were found in this text. Check that the plan's goals and targets section was pasted in full.",
  },
  paneEngineLoadFailed: {
    vi: "Không tải được bộ đọc chỉ tiêu. Hãy kiểm tra kết nối mạng rồi bấm lại.",
    en: "The target reader could not be loaded. Check the network connection and try again.",
  },
  paneExtractFailed: {
    vi: "Có lỗi khi đọc văn bản này nên chưa lấy được chỉ tiêu. Hãy thử dán lại văn bản, hoặc báo cho người hỗ trợ kèm văn bản.",
    en: "Something went wrong while reading this text, so no targets were taken. Paste the text again, or send it to support.",
  },
  paneDocumentTitle: { vi: "Thông tin văn bản", en: "Document" },
  metaIssuer: { vi: "Cơ quan ban hành", en: "Issued by" },
  metaNumber: { vi: "Số hiệu", en: "Number" },
  metaDate: { vi: "Ngày ban hành", en: "Date" },
  metaTitle: { vi: "Trích yếu", en: "Title" },
  metaPeriod: { vi: "Năm học / giai đoạn", en: "School year / period" },
  metaUnknown: { vi: "(không rõ)", en: "(unknown)" },
  paneTargetsTitle: { vi: "Chỉ tiêu ({count})", en: "Targets ({count})" },
  paneTargetsTable: { vi: "Bảng chỉ tiêu đọc được", en: "Targets read from the plan" },
  paneLowConfidenceNote: {
    vi: "{count} chỉ tiêu có dấu “Cần kiểm tra”: bộ đọc chưa chắc chắn, hãy đối chiếu với văn bản gốc.",
    en: "{count} targets are marked “Check”: the reader is not sure about them, compare them with the original.",
  },
  colSection: { vi: "Mục", en: "Section" },
  colLevel: { vi: "Cấp học", en: "Level" },
  colIndicator: { vi: "Chỉ tiêu", en: "Indicator" },
  colComparator: { vi: "So sánh", en: "Comparator" },
  colValue: { vi: "Giá trị", en: "Value" },
  colUnit: { vi: "Đơn vị", en: "Unit" },
  colQuote: { vi: "Trích dẫn", en: "Quote" },
  flagLowConfidence: { vi: "Cần kiểm tra", en: "Check" },
  flagBaseline: { vi: "Hiện trạng", en: "Baseline" },
  // Level names (levelMamNon…) are shared with the CLI; see its section below.
  opGte: { vi: "≥ (đạt, trở lên)", en: "≥ (at least)" },
  opGt: { vi: "> (trên)", en: "> (more than)" },
  opLte: { vi: "≤ (tối đa)", en: "≤ (at most)" },
  opLt: { vi: "< (dưới)", en: "< (less than)" },
  opEq: { vi: "= (đúng bằng)", en: "= (exactly)" },
  opBetween: { vi: "trong khoảng", en: "between" },
  opApprox: { vi: "≈ (khoảng)", en: "≈ (about)" },
  opIncreaseBy: { vi: "tăng thêm", en: "increase by" },
  opDecreaseBy: { vi: "giảm bớt", en: "decrease by" },

  // --- Unsupported Excel (inline check in taskpane.html, plain HTML) ------
  unsupportedTitle: {
    vi: "Phiên bản Excel này chưa dùng được “Chỉ tiêu kế hoạch”",
    en: "This version of Excel cannot run “Plan targets”",
  },
  unsupportedReason: {
    vi: "Excel này hiển thị phần bổ trợ bằng Internet Explorer hoặc Microsoft Edge bản cũ, quá cũ để chạy phần bổ trợ. Hãy dùng một trong các phiên bản sau:",
    en: "This Excel shows add-ins with Internet Explorer or the old Microsoft Edge, which are too old to run the add-in. Please use one of:",
  },
  unsupportedWindows: {
    vi: "Microsoft 365 hoặc Excel 2021 trở lên trên Windows (có Microsoft Edge WebView2)",
    en: "Microsoft 365 or Excel 2021 or later on Windows (with Microsoft Edge WebView2)",
  },
  unsupportedMac: { vi: "Excel trên máy Mac", en: "Excel on Mac" },
  unsupportedWeb: {
    vi: "Excel trên web (mở https://www.office.com bằng trình duyệt)",
    en: "Excel on the web (open https://www.office.com in a browser)",
  },

  // --- npm start on a machine without Excel desktop (scripts/start.mjs) ---
  startNoDesktopExcel: {
    vi: "Máy này không có Excel cho máy tính, nên chỉ chạy máy chủ phát triển tại {url}",
    en: "There is no desktop Excel on this machine, so only the development server runs, at {url}",
  },
  startWaiting: { vi: "Đang khởi động máy chủ…", en: "Starting the server…" },
  startReady: { vi: "Máy chủ đã sẵn sàng: {url}", en: "The server is ready: {url}" },
  startSideloadTitle: {
    vi: "Cách nạp phần bổ trợ vào Excel trên web:",
    en: "How to load the add-in into Excel on the web:",
  },
  startStepTrustCert: {
    vi: "Mở {url} trong trình duyệt và chấp nhận chứng chỉ localhost (chỉ cần làm một lần).",
    en: "Open {url} in the browser and accept the localhost certificate (needed once).",
  },
  startStepOpenExcel: {
    vi: "Mở Excel trên web (https://www.office.com), tạo hoặc mở một sổ làm việc.",
    en: "Open Excel on the web (https://www.office.com) and create or open a workbook.",
  },
  startStepUpload: {
    vi: "Trang đầu → Phần bổ trợ → Thêm cài đặt / Nâng cao → Tải lên Phần bổ trợ của tôi → chọn {manifest}.",
    en: "Home → Add-ins → More settings / Advanced → Upload My Add-in → choose {manifest}.",
  },
  startStepRibbon: {
    vi: "Nút “Mở Chỉ tiêu” xuất hiện ở thẻ Trang đầu; bấm vào để mở ngăn Chỉ tiêu kế hoạch.",
    en: "The “Open Targets” button appears on the Home tab; press it to open the Plan targets pane.",
  },
  startStopHint: { vi: "Nhấn Ctrl+C để dừng máy chủ.", en: "Press Ctrl+C to stop the server." },
  startServerFailed: {
    vi: "Máy chủ phát triển dừng với mã lỗi {code}.",
    en: "The development server stopped with exit code {code}.",
  },
  startTimeout: {
    vi: "Máy chủ chưa trả lời sau {seconds} giây; xem thông báo của webpack ở trên.",
    en: "The server did not answer within {seconds} seconds; see webpack's messages above.",
  },
  devCertFallback: {
    vi: "Không tạo được chứng chỉ phát triển của Office ({reason}). Dùng chứng chỉ tự ký của webpack: trình duyệt sẽ cảnh báo, hãy chấp nhận một lần.",
    en: "Could not set up the Office development certificate ({reason}). Using webpack's self-signed certificate: the browser will warn, accept it once.",
  },

  // --- Document readers (src/readers) -------------------------------------
  readErrorEmpty: { vi: "Tệp {file} rỗng (0 byte).", en: "File {file} is empty (0 bytes)." },
  readErrorNoText: { vi: "Tệp {file} không có nội dung chữ.", en: "File {file} contains no text." },
  readErrorBinary: {
    vi: "Tệp {file} không phải văn bản (chứa dữ liệu nhị phân).",
    en: "File {file} is not text (it contains binary data).",
  },
  readErrorEncoding: {
    vi: "Tệp {file} không phải văn bản UTF-8 (byte lỗi ở vị trí {offset}); có thể tệp dùng mã Windows-1258 hoặc TCVN3 — hãy mở và lưu lại với mã UTF-8.",
    en: "File {file} is not UTF-8 text (invalid byte at offset {offset}); it may be Windows-1258 or TCVN3 — open it and save it again as UTF-8.",
  },
  readErrorUtf16: {
    vi: "Tệp {file} ghi dấu UTF-16 nhưng dữ liệu bị hỏng.",
    en: "File {file} is marked as UTF-16 but its data is damaged.",
  },
  readErrorNotDocx: {
    vi: "Tệp {file} không phải tài liệu Word .docx.",
    en: "File {file} is not a Word .docx document.",
  },
  readErrorDocxCorrupt: {
    vi: "Tệp Word {file} bị hỏng, không đọc được.",
    en: "Word file {file} is damaged and cannot be read.",
  },
  readErrorLegacyDoc: {
    vi: "Tệp {file} là định dạng Word cũ (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx.",
    en: "File {file} is in the old Word format (.doc); open it in Word and save it as .docx.",
  },
  readErrorRtf: {
    vi: "Tệp {file} là định dạng RTF; hãy mở bằng Word và lưu lại dưới dạng .docx.",
    en: "File {file} is in RTF format; open it in Word and save it as .docx.",
  },
  readErrorPdfNoText: {
    vi: "Tệp PDF {file} không có lớp chữ (có thể là ảnh quét); hãy nhận dạng chữ (OCR) hoặc dùng tệp Word gốc.",
    en: "PDF {file} has no text layer (probably a scanned image); run OCR on it or use the original Word file.",
  },
  readErrorPdfEncrypted: {
    vi: "Tệp PDF {file} được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi thử lại.",
    en: "PDF {file} is password-protected; remove the password and try again.",
  },
  readErrorPdfCorrupt: {
    vi: "Tệp PDF {file} bị hỏng, không đọc được.",
    en: "PDF {file} is damaged and cannot be read.",
  },
  readErrorUnsupported: {
    vi: "Không hỗ trợ loại tệp của {file}; hãy dùng tệp .docx, .pdf hoặc .txt.",
    en: "Unsupported file type: {file}; use a .docx, .pdf or .txt file.",
  },
  readErrorReaderUnavailable: {
    vi: "Không khởi động được bộ đọc {format} để đọc {file}.",
    en: "Could not start the {format} reader for {file}.",
  },

  // --- Command line (src/cli) ----------------------------------------------
  cliHelp: {
    vi: [
      "chitieu — trích chỉ tiêu số từ kế hoạch giáo dục (Word, PDF, văn bản)",
      "",
      "Cách dùng:",
      "  chitieu extract <tệp> [--json]   Đọc tệp .docx, .pdf hoặc .txt và liệt kê các chỉ tiêu",
      "  chitieu help                     Hiện hướng dẫn này",
      "",
      "Tuỳ chọn:",
      "  --json          In kết quả dạng JSON: {\"plan\": {...}, \"targets\": [...]}",
      "  -h, --help      Hiện hướng dẫn này",
      "  -v, --version   Hiện số phiên bản",
      "",
      "Mã thoát: 0 thành công, 1 không đọc được tệp, 2 sai cú pháp lệnh.",
    ].join("\n"),
    en: [
      "chitieu — extract numeric targets from education plans (Word, PDF, text)",
      "",
      "Usage:",
      "  chitieu extract <file> [--json]  Read a .docx, .pdf or .txt file and list its targets",
      "  chitieu help                     Show this help",
      "",
      "Options:",
      "  --json          Print the result as JSON: {\"plan\": {...}, \"targets\": [...]}",
      "  -h, --help      Show this help",
      "  -v, --version   Show the version number",
      "",
      "Exit codes: 0 success, 1 the file could not be read, 2 usage error.",
    ].join("\n"),
  },
  cliUsageMissingCommand: {
    vi: "Thiếu lệnh; xem `chitieu --help`.",
    en: "Missing command; see `chitieu --help`.",
  },
  cliUsageUnknownCommand: {
    vi: "Lệnh không rõ: {command}; xem `chitieu --help`.",
    en: "Unknown command: {command}; see `chitieu --help`.",
  },
  cliUsageUnknownOption: {
    vi: "Tuỳ chọn không rõ: {option}; xem `chitieu --help`.",
    en: "Unknown option: {option}; see `chitieu --help`.",
  },
  cliUsageOptionValue: {
    vi: "Tuỳ chọn {option} không nhận giá trị.",
    en: "Option {option} does not take a value.",
  },
  cliUsageMissingFile: {
    vi: "Thiếu tên tệp: chitieu extract <tệp> [--json]",
    en: "Missing file name: chitieu extract <file> [--json]",
  },
  cliUsageExtraArgument: {
    vi: "Thừa tham số: {arg}; mỗi lần chỉ đọc một tệp.",
    en: "Unexpected argument: {arg}; one file at a time.",
  },
  cliFileNotFound: { vi: "Không tìm thấy tệp {file}.", en: "File not found: {file}." },
  cliIsDirectory: { vi: "{file} là thư mục, không phải tệp.", en: "{file} is a directory, not a file." },
  cliNotAFile: { vi: "{file} không phải tệp thông thường.", en: "{file} is not a regular file." },
  cliFileNoPermission: { vi: "Không có quyền đọc tệp {file}.", en: "No permission to read {file}." },
  cliFileReadFailed: { vi: "Không đọc được tệp {file}.", en: "Could not read {file}." },
  cliFileTooLarge: {
    vi: "Tệp {file} quá lớn ({size} MB; tối đa {max} MB).",
    en: "File {file} is too large ({size} MB; at most {max} MB).",
  },
  cliUnexpected: {
    vi: "Lỗi không mong đợi; chạy lại với CHITIEU_DEBUG=1 để xem chi tiết.",
    en: "Unexpected error; run again with CHITIEU_DEBUG=1 for details.",
  },
  cliSummary: {
    vi: "{count} số liệu: {targets} chỉ tiêu, {baselines} hiện trạng",
    en: "{count} figures: {targets} targets, {baselines} baselines",
  },
  cliNoTargets: { vi: "Không tìm thấy chỉ tiêu nào.", en: "No targets found." },
  cliColKind: { vi: "Loại", en: "Kind" },
  cliColSection: { vi: "Mục", en: "Section" },
  cliColLevel: { vi: "Cấp học", en: "Level" },
  cliColIndicator: { vi: "Chỉ tiêu", en: "Indicator" },
  cliColOp: { vi: "So sánh", en: "Op" },
  cliColValue: { vi: "Giá trị", en: "Value" },
  cliColUnit: { vi: "Đơn vị", en: "Unit" },
  cliKindTarget: { vi: "mục tiêu", en: "target" },
  cliKindBaseline: { vi: "hiện trạng", en: "baseline" },
  cliOpBetween: { vi: "từ…đến", en: "from…to" },
  cliOpIncrease: { vi: "tăng", en: "increase" },
  cliOpDecrease: { vi: "giảm", en: "decrease" },
  levelMamNon: { vi: "Mầm non", en: "Preschool" },
  levelTieuHoc: { vi: "Tiểu học", en: "Primary" },
  levelThcs: { vi: "THCS", en: "Lower secondary" },
  levelThpt: { vi: "THPT", en: "Upper secondary" },
  levelGdtx: { vi: "GDTX", en: "Continuing education" },
  levelChung: { vi: "Chung", en: "All levels" },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof catalog;

/** Looks a message up and fills `{name}` placeholders. */
export function t(key: MessageKey, lang: Lang = "vi", params: Record<string, string | number> = {}): string {
  const template = catalog[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Both languages on one line, for the CLI and for errors: "Vietnamese / English". */
export function tBoth(key: MessageKey, params: Record<string, string | number> = {}): string {
  return `${t(key, "vi", params)} / ${t(key, "en", params)}`;
}
