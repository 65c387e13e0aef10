// The one message catalog: every string a user can see, Vietnamese first,
// English second. Code looks strings up by key; nothing user-facing is
// written inline elsewhere. Newer areas keep their strings in ./catalog/*.ts,
// merged here, so there is still one key space and one lookup.

import { appendixMessages } from "./catalog/appendix";
import { areaMessages } from "./catalog/area";
import { checkMessages } from "./catalog/check";
import { checkStepMessages } from "./catalog/check-step";
import { cliSafetyMessages } from "./catalog/cli-safety";
import { doubtMessages } from "./catalog/doubts";
import { entryMessages } from "./catalog/entry";
import { limitsMessages } from "./catalog/limits";
import { officeMessages } from "./catalog/office";
import { paneMessages } from "./catalog/pane";
import { previewMessages } from "./catalog/preview";
import { returnMessages } from "./catalog/returns";
import { writeMessages } from "./catalog/writes";
import type { Message } from "./message";

export type Lang = "vi" | "en";

const core = {
  appName: { vi: "Chỉ tiêu kế hoạch", en: "Plan targets" },

  // --- Task pane (src/taskpane) -------------------------------------------
  paneLanguage: { vi: "Ngôn ngữ", en: "Language" },
  // Each language is named in itself, whatever the current language.
  paneLanguageVi: { vi: "Tiếng Việt", en: "Tiếng Việt" },
  paneLanguageEn: { vi: "English", en: "English" },
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
  paneTooLongToReview: {
    vi: "Văn bản dài {chars} ký tự (khoảng {pages} trang), quá dài để xem xét từng chỉ tiêu trong ngăn bên. Hãy dán riêng phần mục tiêu, chỉ tiêu và phụ lục của kế hoạch, hoặc dùng lệnh npx chitieu extract trên máy tính.",
    en: "The text is {chars} characters long (about {pages} pages), too long to review target by target in the pane. Paste only the plan's objectives, targets and appendices, or use npx chitieu extract on a computer.",
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
  paneLowConfidenceNote: {
    vi: "{count} chỉ tiêu có dấu “Cần kiểm tra”: bộ đọc chưa chắc chắn, hãy đối chiếu với văn bản gốc.",
    en: {
      one: "1 target is marked “Check”: the reader is not sure about it, compare it with the original.",
      other: "{count} targets are marked “Check”: the reader is not sure about them, compare them with the original.",
    },
  },
  colLevel: { vi: "Cấp học", en: "Level" },
  colComparator: { vi: "So sánh", en: "Comparator" },
  colValue: { vi: "Giá trị", en: "Value" },
  colUnit: { vi: "Đơn vị", en: "Unit" },
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
  // Not a failure: the task pane's "Huỷ" stopped the read.
  readErrorCancelled: { vi: "Đã huỷ đọc tệp {file}.", en: "Reading {file} was cancelled." },

  // --- Unit lists (src/domain/unit-list.ts) -------------------------------------
  unitsMissingName: {
    vi: "Dòng {line}: thiếu tên đơn vị; bỏ qua dòng này.",
    en: "Line {line}: the unit name is missing; the line is skipped.",
  },
  unitsDuplicateCode: {
    vi: "Dòng {line}: mã đơn vị {code} đã dùng ở dòng {first}; bỏ qua dòng này.",
    en: "Line {line}: unit code {code} is already used on line {first}; the line is skipped.",
  },
  unitsUnknownLevel: {
    vi: "Dòng {line}: không hiểu cấp học “{level}” của {name}; hãy ghi MN, TH, THCS, THPT, GDTX hoặc ghép như TH&THCS. Bỏ qua dòng này.",
    en: "Line {line}: level “{level}” of {name} is not understood; write MN, TH, THCS, THPT, GDTX or a combination such as TH&THCS. The line is skipped.",
  },
  unitsNoLevel: {
    vi: "Dòng {line}: chưa ghi cấp học của {name} và tên không cho biết cấp học; bỏ qua dòng này.",
    en: "Line {line}: no level is given for {name} and the name does not show one; the line is skipped.",
  },
  unitsNoNameColumn: {
    vi: "Dòng {line}: hàng tiêu đề không có cột tên đơn vị (“Tên đơn vị”, “Tên trường” hoặc “Đơn vị”).",
    en: "Line {line}: the header row has no unit name column (“Tên đơn vị”, “Tên trường” or “Đơn vị”).",
  },

  // --- Command line (src/cli) ----------------------------------------------
  cliHelp: {
    vi: [
      "chitieu — trích chỉ tiêu số từ kế hoạch giáo dục (Word, PDF, văn bản), lập và kiểm tra sổ theo dõi",
      "",
      "Cách dùng:",
      "  chitieu extract <tệp> [--json]   Đọc tệp .docx, .pdf hoặc .txt và liệt kê các chỉ tiêu",
      "  chitieu build <kế-hoạch> [--units <danh-sách.csv>] [--area <tên>] -o <sổ.xlsx> [--force]",
      "                                   Tạo sổ Excel theo dõi chỉ tiêu cho từng đơn vị",
      "  chitieu check <sổ.xlsx> [--json] Đọc sổ đã nhập số liệu và báo chỉ tiêu chưa đạt",
      "  chitieu appendix <sổ.xlsx> [--level <cấp>] [--targets <mã,…>] [--unit-codes <mã,…>]",
      "                  [--period <kỳ>] [--area <tên>] -o <sổ-mới.xlsx> [--docx <phụ-lục.docx>] [--force]",
      "                                   Lập Phụ lục I (chỉ tiêu toàn địa bàn) và Phụ lục II (theo đơn vị)",
      "                                   vào sổ mới; --docx ghi thêm hai phụ lục ra tệp Word",
      "  chitieu split <sổ.xlsx> -o <thư-mục> [--units <mã,…>] [--force]",
      "                                   Tạo tệp nộp số liệu cho từng đơn vị (một tệp .xlsx mỗi trường)",
      "  chitieu collect <sổ.xlsx> <tệp-nộp.xlsx>… -o <sổ-mới.xlsx> [--prefer returns|book] [--force]",
      "                                   Thu các tệp trường gửi lại vào sổ; cập nhật trang Tình hình nộp",
      "  chitieu help                     Hiện hướng dẫn này",
      "",
      "Tuỳ chọn:",
      "  --json          extract: JSON {\"plan\": {...}, \"targets\": [...]};",
      "                  check: JSON {\"rows\": [...], \"summary\": [...]}",
      "  --units <tệp>   Danh sách đơn vị (CSV dấu phẩy hoặc chấm phẩy, hoặc ô chép từ Excel):",
      "                  Mã đơn vị, Tên đơn vị, Cấp học, Xã/phường, Vùng; không có thì theo dõi chung toàn địa bàn",
      "  --area <tên>    Tên dòng toàn địa bàn, như \"Toàn xã Tu Vũ\" (mặc định theo cơ quan ban hành kế hoạch;",
      "                  appendix: đổi tên trong sổ)",
      "  -o <sổ.xlsx>    Tệp sổ theo dõi cần tạo",
      "  --force         Ghi đè tệp sổ đã có",
      "  --level <cấp>   appendix: cấp học của hai phụ lục (mam_non, tieu_hoc, thcs, thpt, gdtx hoặc MN, TH…; all: mọi cấp)",
      "  --targets <mã>  appendix: chỉ tiêu ở Phụ lục II, như T001,T005 (mặc định: mọi chỉ tiêu của cấp học)",
      "  --unit-codes <mã> appendix: đơn vị của Phụ lục II, như TH01,TH02 (mặc định: mọi trường của cấp học)",
      "  --period <kỳ>   appendix: năm học hoặc giai đoạn ghi ở tên phụ lục; chỉ lấy chỉ tiêu của kỳ đó",
      "  --docx <tệp>    appendix: ghi thêm hai phụ lục ra tệp Word (.docx), số liệu hiện tại",
      "  --units <mã>    split: chỉ tạo tệp cho các đơn vị này, như TH01,TH02 (mặc định: mọi trường)",
      "  --prefer <bên>  collect: khi sổ đã có số khác tệp nộp: returns lấy số tệp nộp, book giữ số trong sổ;",
      "                  không ghi thì dừng, liệt kê các ô khác nhau và không ghi gì",
      "                  Không ghi lựa chọn nào thì dùng lại lựa chọn của lần lập phụ lục trước trong sổ",
      "  -h, --help      Hiện hướng dẫn này",
      "  -v, --version   Hiện số phiên bản",
      "",
      "Mã thoát: 0 thành công, 1 không đọc hoặc ghi được tệp, 2 sai cú pháp lệnh.",
      "check: 0 mọi chỉ tiêu đạt, 1 còn chỉ tiêu chưa đạt, 2 không đọc được sổ hoặc sai cú pháp lệnh.",
      "collect: 0 nhận mọi tệp, 1 có tệp không nhận (các tệp khác vẫn được thu và sổ được ghi) hoặc có ô khác nhau",
      "         chưa chọn --prefer (không ghi gì), 2 sai cú pháp lệnh.",
    ].join("\n"),
    en: [
      "chitieu — extract numeric targets from education plans (Word, PDF, text), make and check tracking workbooks",
      "",
      "Usage:",
      "  chitieu extract <file> [--json]  Read a .docx, .pdf or .txt file and list its targets",
      "  chitieu build <plan> [--units <list.csv>] [--area <name>] -o <book.xlsx> [--force]",
      "                                   Make the Excel workbook that tracks the targets per unit",
      "  chitieu check <book.xlsx> [--json]  Read a filled workbook and report the targets not met",
      "  chitieu appendix <book.xlsx> [--level <level>] [--targets <ids>] [--unit-codes <codes>]",
      "                  [--period <period>] [--area <name>] -o <new-book.xlsx> [--docx <appendices.docx>] [--force]",
      "                                   Make Appendix I (whole-area targets) and Appendix II (by unit)",
      "                                   in a new workbook; --docx also writes both as a Word file",
      "  chitieu split <book.xlsx> -o <folder> [--units <codes>] [--force]",
      "                                   Make one return file per unit (an .xlsx for each school)",
      "  chitieu collect <book.xlsx> <return.xlsx>… -o <new-book.xlsx> [--prefer returns|book] [--force]",
      "                                   Collect the files schools sent back; updates the Tình hình nộp sheet",
      "  chitieu help                     Show this help",
      "",
      "Options:",
      "  --json          extract: JSON {\"plan\": {...}, \"targets\": [...]};",
      "                  check: JSON {\"rows\": [...], \"summary\": [...]}",
      "  --units <file>  List of units (CSV with commas or semicolons, or cells copied from Excel):",
      "                  unit code, name, level, commune/ward, zone; without it the whole area is one unit",
      "  --area <name>   The whole-area row's name, e.g. \"Toàn xã Tu Vũ\" (default: from the plan's issuer;",
      "                  appendix: renames it in the workbook)",
      "  -o <book.xlsx>  The workbook to make",
      "  --force         Overwrite an existing workbook",
      "  --level <level> appendix: the level of both appendices (mam_non, tieu_hoc, thcs, thpt, gdtx or MN, TH…; all: every level)",
      "  --targets <ids> appendix: the targets of Appendix II, e.g. T001,T005 (default: every target of the level)",
      "  --unit-codes <codes> appendix: the units of Appendix II, e.g. TH01,TH02 (default: every school of the level)",
      "  --period <period> appendix: school year or period named in the titles; only targets of that period",
      "  --docx <file>   appendix: also write both appendices as a Word file (.docx), current figures",
      "  --units <codes> split: make files only for these units, e.g. TH01,TH02 (default: every school)",
      "  --prefer <side> collect: where the book already holds another figure: returns takes the return's,",
      "                  book keeps the book's; without it the command stops, lists those cells and writes nothing",
      "                  With no choice given, the choices of the book's previous appendices are reused",
      "  -h, --help      Show this help",
      "  -v, --version   Show the version number",
      "",
      "Exit codes: 0 success, 1 a file could not be read or written, 2 usage error.",
      "check: 0 every target met, 1 some targets not met, 2 unreadable workbook or usage error.",
      "collect: 0 every file received, 1 some file refused (the others are still collected and the book written)",
      "         or differing cells without --prefer (nothing written), 2 usage error.",
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
    en: "{count} {count|figure|figures}: {targets} {targets|target|targets}, {baselines} {baselines|baseline|baselines}",
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

  // --- chitieu build / check (src/cli/build.ts, check.ts, check-view.ts) ---
  cliUsageMissingPlan: {
    vi: "Thiếu tệp kế hoạch: chitieu build <kế-hoạch> [--units <danh-sách.csv>] -o <sổ.xlsx>",
    en: "Missing plan file: chitieu build <plan> [--units <list.csv>] -o <book.xlsx>",
  },
  cliUsageMissingBook: {
    vi: "Thiếu tệp sổ theo dõi: chitieu check <sổ.xlsx> [--json]",
    en: "Missing workbook: chitieu check <book.xlsx> [--json]",
  },
  cliUsageMissingOutput: {
    vi: "Thiếu tệp kết quả: thêm -o <sổ.xlsx>.",
    en: "Missing output file: add -o <book.xlsx>.",
  },
  cliUsageOutputNotXlsx: {
    vi: "Tệp kết quả {file} phải có đuôi .xlsx.",
    en: "Output file {file} must end in .xlsx.",
  },
  cliUsageOptionNeedsValue: {
    vi: "Tuỳ chọn {option} cần tên tệp đi kèm.",
    en: "Option {option} needs a file name.",
  },
  cliUsageOptionRepeated: {
    vi: "Tuỳ chọn {option} chỉ được dùng một lần.",
    en: "Option {option} may be given only once.",
  },
  cliUsageOptionNotForCommand: {
    vi: "Lệnh {command} không có tuỳ chọn {option}; xem `chitieu --help`.",
    en: "Command {command} has no option {option}; see `chitieu --help`.",
  },
  cliOutputExists: {
    vi: "Tệp {file} đã có; thêm --force để ghi đè, hoặc chọn tên khác với -o.",
    en: "{file} already exists; add --force to overwrite it, or choose another name with -o.",
  },
  cliOutputDirMissing: {
    vi: "Không có thư mục {dir} để ghi tệp {file}.",
    en: "Folder {dir} does not exist, so {file} cannot be written.",
  },
  cliOutputNoPermission: { vi: "Không có quyền ghi tệp {file}.", en: "No permission to write {file}." },
  cliOutputWriteFailed: { vi: "Không ghi được tệp {file}.", en: "Could not write {file}." },
  cliBuildNoTargets: {
    vi: "Không tìm thấy chỉ tiêu nào trong {file}, nên chưa tạo sổ theo dõi.",
    en: "No targets were found in {file}, so no workbook was made.",
  },
  cliUnitsNoneUsable: {
    vi: "Tệp đơn vị {file} không có đơn vị nào dùng được; cần mỗi dòng một đơn vị có tên và cấp học (MN, TH, THCS…).",
    en: "Unit file {file} has no usable unit; each line needs a unit with a name and a level (MN, TH, THCS…).",
  },
  cliBuildDone: {
    vi: "Đã tạo {file}: {targets} chỉ tiêu, {units} đơn vị, {rows} dòng nhập số liệu.",
    en: "Made {file}: {targets} {targets|target|targets}, {units} {units|unit|units}, {rows} entry {rows|row|rows}.",
  },
  cliBuildDoneDistrict: {
    vi: "Đã tạo {file}: {targets} chỉ tiêu, theo dõi chung {area} (không có danh sách đơn vị), {rows} dòng nhập số liệu.",
    en: "Made {file}: {targets} {targets|target|targets}, tracked for the whole area, {area} (no unit list), {rows} entry {rows|row|rows}.",
  },
  cliCheckNotXlsx: {
    vi: "Tệp {file} không phải sổ Excel .xlsx.",
    en: "{file} is not an Excel .xlsx workbook.",
  },
  cliCheckLegacyXls: {
    vi: "Tệp {file} là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
    en: "{file} is in the old Excel format (.xls); open it in Excel and save it as .xlsx.",
  },
  cliCheckUnreadable: {
    vi: "Không đọc được sổ theo dõi {file}: tệp bị hỏng hoặc không phải sổ do chitieu build tạo ra.",
    en: "Could not read workbook {file}: it is damaged or was not made by chitieu build.",
  },
  cliCheckNoRows: {
    vi: "Sổ {file} không có dòng số liệu nào ở trang Thực hiện.",
    en: "Workbook {file} has no entry rows on the Thực hiện sheet.",
  },
  cliCheckGapsTitle: {
    vi: "Chưa đạt theo đơn vị (nặng nhất trước)",
    en: "Not met, by unit (worst first)",
  },
  cliCheckNoGaps: { vi: "Không có dòng nào chưa đạt.", en: "No row falls short." },
  cliCheckUnitsTitle: { vi: "Theo đơn vị", en: "By unit" },
  cliCheckTargetsTitle: {
    vi: "Tổng hợp theo chỉ tiêu, {area} (nặng nhất trước)",
    en: "Summary by target, whole area: {area} (worst first)",
  },
  cliCheckRowTotals: {
    vi: "{rows} dòng số liệu: Đạt {met} · Gần đạt {near} · Chưa đạt {missed} · Thiếu số liệu {missing} · Không hợp lệ {invalid}",
    en: {
      by: "rows",
      one: "1 entry row: met {met} · nearly met {near} · not met {missed} · missing data {missing} · invalid {invalid}",
      other: "{rows} entry rows: met {met} · nearly met {near} · not met {missed} · missing data {missing} · invalid {invalid}",
    },
  },
  cliCheckTargetTotals: {
    vi: "{targets} chỉ tiêu {area}: Đạt {met} · Gần đạt {near} · Chưa đạt {missed} · Thiếu số liệu {missing} · Không hợp lệ {invalid}",
    en: {
      by: "targets",
      one: "1 whole-area target ({area}): met {met} · nearly met {near} · not met {missed} · missing data {missing} · invalid {invalid}",
      other: "{targets} whole-area targets ({area}): met {met} · nearly met {near} · not met {missed} · missing data {missing} · invalid {invalid}",
    },
  },
  cliCheckAllMet: { vi: "Mọi chỉ tiêu đều đạt.", en: "Every target is met." },
  cliCheckMissingRows: {
    vi: "{count} dòng có khi tạo sổ không còn ở trang Thực hiện, nên chưa thể coi là đạt.",
    en: {
      one: "1 row the workbook was made with is gone from the Thực hiện sheet, so it cannot count as met.",
      other: "{count} rows the workbook was made with are gone from the Thực hiện sheet, so they cannot count as met.",
    },
  },
  cliCheckNotAllMet: {
    vi: "Chưa đạt hết: {rows} dòng và {targets} chỉ tiêu {area} chưa ở trạng thái Đạt.",
    en: "Not all met: {rows} {rows|row|rows} and {targets} whole-area {targets|target|targets} ({area}) are not at “Đạt”.",
  },
  cliColUnitCode: { vi: "Mã ĐV", en: "Unit" },
  cliColUnitName: { vi: "Đơn vị", en: "Unit name" },
  cliColTargetId: { vi: "Mã CT", en: "Target" },
  cliColCondition: { vi: "Điều kiện", en: "Condition" },
  cliColGap: { vi: "Chênh lệch", en: "Gap" },
  cliColStatus: { vi: "Trạng thái", en: "Status" },
  cliColNote: { vi: "Ghi chú", en: "Note" },
  cliColRows: { vi: "Số dòng", en: "Rows" },
  cliColMet: { vi: "Đạt", en: "Met" },
  cliColNear: { vi: "Gần đạt", en: "Near" },
  cliColMissed: { vi: "Chưa đạt", en: "Not met" },
  cliColMissing: { vi: "Thiếu", en: "Missing" },
  cliColInvalid: { vi: "Không hợp lệ", en: "Invalid" },
  cliReasonMissing: { vi: "chưa nhập số liệu", en: "nothing entered" },
  cliReasonDenominatorZero: { vi: "mẫu số bằng 0", en: "denominator is 0" },
  cliReasonNumeratorAboveDenominator: { vi: "tử số lớn hơn mẫu số", en: "numerator above denominator" },
  cliReasonNegative: { vi: "số âm", en: "negative number" },
  cliReasonRateAbove100: { vi: "tỷ lệ trên 100%", en: "rate above 100%" },
  cliReasonNotANumber: { vi: "ô có chữ, không phải số", en: "text where a number belongs" },
  cliReasonErrorValue: { vi: "ô báo lỗi (như #DIV/0!)", en: "error value (such as #DIV/0!)" },
  cliReasonValueAbove100: { vi: "tỷ lệ nhập trên 100%", en: "typed rate above 100%" },
  cliReasonValueMismatch: { vi: "giá trị khác tử số/mẫu số", en: "value differs from numerator/denominator" },
  cliCheckProvisional: {
    vi: "{target}: Tạm tính, đơn vị chỉ nhập tỷ lệ, thiếu mẫu số: {units}",
    en: "{target}: provisional, units gave only a rate, no denominator: {units}",
  },

  // --- Tracking workbook (src/workbook, src/hosts/xlsx) ---------------------
  // Sheet, table-column and status names are the workbook's contract: books
  // already handed out are read back by these Vietnamese names, so changing a
  // `vi` value here breaks them (tests/workbook/names.test.ts guards them).
  wbSheetTargets: { vi: "Chỉ tiêu", en: "Targets" },
  wbSheetUnits: { vi: "Đơn vị", en: "Units" },
  wbSheetTracking: { vi: "Thực hiện", en: "Actuals" },
  wbSheetSummary: { vi: "Tổng hợp", en: "Summary" },
  wbSheetSettings: { vi: "Cài đặt", en: "Settings" },
  wbColCode: { vi: "Mã", en: "ID" },
  wbColSection: { vi: "Mục", en: "Section" },
  wbColLevel: { vi: "Cấp học", en: "Level" },
  wbColIndicator: { vi: "Chỉ tiêu", en: "Indicator" },
  wbColScope: { vi: "Phạm vi", en: "Scope" },
  wbColCondition: { vi: "Điều kiện", en: "Condition" },
  wbColThreshold: { vi: "Ngưỡng", en: "Threshold" },
  wbColThresholdMax: { vi: "Ngưỡng trên", en: "Upper threshold" },
  wbColOutOf: { vi: "Trên tổng số", en: "Out of" },
  wbColMeasureUnit: { vi: "Đơn vị tính", en: "Unit of measure" },
  wbColPeriod: { vi: "Kỳ", en: "Period" },
  wbColKind: { vi: "Loại", en: "Kind" },
  wbColCheck: { vi: "Cần kiểm tra", en: "Check" },
  wbColQuote: { vi: "Trích dẫn", en: "Quote" },
  wbColUnitCode: { vi: "Mã đơn vị", en: "Unit code" },
  wbColUnitName: { vi: "Tên đơn vị", en: "Unit name" },
  wbColCommune: { vi: "Xã/phường", en: "Commune/ward" },
  wbColZone: { vi: "Vùng", en: "Zone" },
  wbColUnit: { vi: "Đơn vị", en: "Unit" },
  wbColTargetCode: { vi: "Mã chỉ tiêu", en: "Target ID" },
  wbColNumerator: { vi: "Tử số", en: "Numerator" },
  wbColDenominator: { vi: "Mẫu số", en: "Denominator" },
  wbColStart: { vi: "Giá trị đầu kỳ", en: "Start value" },
  wbColValue: { vi: "Giá trị", en: "Value" },
  wbColGap: { vi: "Chênh lệch", en: "Gap" },
  wbColStatus: { vi: "Trạng thái", en: "Status" },
  wbColReason: { vi: "Lý do", en: "Reason" },
  wbColNote: { vi: "Ghi chú", en: "Note" },
  wbColWeightedStart: { vi: "Đầu kỳ × Mẫu số", en: "Start × denominator" },
  wbColUnitCount: { vi: "Số đơn vị", en: "Units" },
  // Tổng hợp's last column: why a rate is "Tạm tính", readable without the add-in.
  wbColLackingDenominator: { vi: "Đơn vị thiếu mẫu số", en: "Units without denominator" },
  // What that column shows in Excel 2016 and older, which cannot list codes (no TEXTJOIN).
  wbLackingDenominatorCount: { vi: "{count} đơn vị", en: { one: "1 unit", other: "{count} units" } },
  wbStatusMet: { vi: "Đạt", en: "Met" },
  wbStatusNear: { vi: "Gần đạt", en: "Nearly met" },
  wbStatusMissed: { vi: "Chưa đạt", en: "Not met" },
  wbStatusMissing: { vi: "Thiếu số liệu", en: "Missing data" },
  wbStatusInvalid: { vi: "Không hợp lệ", en: "Invalid" },
  wbStatusProvisional: { vi: "Tạm tính", en: "Provisional" },
  wbCondGte: { vi: "≥", en: "≥" },
  wbCondGt: { vi: ">", en: ">" },
  wbCondLte: { vi: "≤", en: "≤" },
  wbCondLt: { vi: "<", en: "<" },
  wbCondBetween: { vi: "từ … đến", en: "from … to" },
  wbCondApprox: { vi: "≈", en: "≈" },
  wbCondIncrease: { vi: "tăng ≥", en: "increase ≥" },
  wbCondDecrease: { vi: "giảm ≥", en: "decrease ≥" },
  wbKindTarget: { vi: "Mục tiêu", en: "Target" },
  wbKindBaseline: { vi: "Hiện trạng", en: "Baseline" },
  wbReasonMissing: { vi: "Chưa nhập đủ số liệu", en: "Not all figures entered" },
  wbReasonDenominatorZero: { vi: "Mẫu số bằng 0", en: "The denominator is 0" },
  wbReasonNumeratorAboveDenominator: { vi: "Tử số lớn hơn mẫu số", en: "The numerator is above the denominator" },
  wbReasonNegative: { vi: "Có số âm", en: "A number is negative" },
  wbReasonRateAbove100: { vi: "Tỷ lệ đầu kỳ trên 100", en: "The start rate is above 100" },
  wbReasonValueAbove100: { vi: "Tỷ lệ trên 100", en: "The rate is above 100" },
  wbReasonValueMismatch: { vi: "Giá trị khác Tử số/Mẫu số", en: "The value differs from numerator/denominator" },
  wbReasonNotANumber: { vi: "Có ô chữ thay cho số", en: "Text where a number belongs" },
  wbReasonErrorValue: { vi: "Có ô báo lỗi (#…)", en: "A cell holds an error value (#…)" },
  wbDistrictUnitName: { vi: "Toàn huyện", en: "Whole district" },
  wbHeaderSheet: { vi: "&A", en: "&A" },
  wbFooterPage: { vi: "Trang &P/&N", en: "Page &P of &N" },
  wbDvWholeTitle: { vi: "Số nguyên", en: "Whole number" },
  wbDvWholePrompt: { vi: "Nhập số nguyên từ 0 trở lên.", en: "Enter a whole number, 0 or more." },
  wbDvWholeError: {
    vi: "Ô này chỉ nhận số nguyên từ 0 trở lên (không có phần thập phân, không âm).",
    en: "This cell takes only a whole number, 0 or more (no decimals, not negative).",
  },
  wbDvRateTitle: { vi: "Tỷ lệ (%)", en: "Rate (%)" },
  wbDvRatePrompt: {
    vi: "Nhập tỷ lệ phần trăm từ 0 đến 100, không gõ dấu % (ví dụ 98,5).",
    en: "Enter a percentage from 0 to 100, without the % sign (e.g. 98.5).",
  },
  wbDvRateError: {
    vi: "Ô này chỉ nhận tỷ lệ từ 0 đến 100 (không gõ dấu %).",
    en: "This cell takes only a rate from 0 to 100 (without the % sign).",
  },
  wbDvDecimalTitle: { vi: "Số", en: "Number" },
  wbDvDecimalPrompt: {
    vi: "Nhập số từ 0 trở lên (có thể có phần thập phân).",
    en: "Enter a number, 0 or more (decimals allowed).",
  },
  wbDvDecimalError: { vi: "Ô này chỉ nhận số từ 0 trở lên.", en: "This cell takes only a number, 0 or more." },
  wbDvShareTitle: { vi: "Tỷ lệ của ngưỡng", en: "Share of the threshold" },
  wbDvSharePrompt: {
    vi: "Nhập phần trăm của ngưỡng, từ 0% đến 100% (ví dụ 5%).",
    en: "Enter a share of the threshold, from 0% to 100% (e.g. 5%).",
  },
  wbDvShareError: { vi: "Ô này chỉ nhận từ 0% đến 100%.", en: "This cell takes only 0% to 100%." },
  wbSettingHeader: { vi: "Thiết lập", en: "Setting" },
  wbSettingValueHeader: { vi: "Giá trị", en: "Value" },
  wbSettingNoteHeader: { vi: "Giải thích", en: "Explanation" },
  wbSettingRateTolerance: { vi: "Dung sai chỉ tiêu tỷ lệ (điểm phần trăm)", en: "Tolerance for rate targets (percentage points)" },
  wbSettingRateToleranceNote: {
    vi: "Chỉ tiêu tỷ lệ chưa đạt nhưng chỉ thiếu không quá chừng này điểm phần trăm thì là “Gần đạt”. Chỉ tiêu “≈” được tính là đạt từ ngưỡng trừ dung sai.",
    en: "A rate target not met but short by no more than this many percentage points is “Gần đạt” (nearly met). A “≈” target counts as met from the threshold minus the tolerance.",
  },
  wbSettingCountTolerance: { vi: "Dung sai chỉ tiêu khác (phần của ngưỡng)", en: "Tolerance for other targets (share of the threshold)" },
  wbSettingCountToleranceNote: {
    vi: "Chỉ tiêu số lượng, điểm, mức độ… chưa đạt nhưng chỉ thiếu không quá phần này của ngưỡng thì là “Gần đạt” (5% của ngưỡng 20 trường là 1 trường).",
    en: "A count, score or level target not met but short by no more than this share of its threshold is “Gần đạt” (nearly met); 5% of a threshold of 20 schools is 1 school.",
  },
  wbSettingsEditNote: {
    vi: "Sửa hai ô dung sai ở cột Giá trị; mọi trạng thái tự tính lại.",
    en: "Change the two tolerance cells in the Value column; every status recalculates.",
  },
  wbLegendTitle: { vi: "Cách đọc trạng thái", en: "Reading the statuses" },
  wbLegendMet: {
    vi: "Đạt chỉ tiêu: Chênh lệch từ 0 trở lên (với “>” và “<” phải lớn hơn 0).",
    en: "Met: the gap is 0 or more (above 0 for “>” and “<”).",
  },
  wbLegendNear: {
    vi: "Chưa đạt nhưng thiếu không quá dung sai ở trên.",
    en: "Not met, but short by no more than the tolerance above.",
  },
  wbLegendMissed: { vi: "Chưa đạt, thiếu nhiều hơn dung sai.", en: "Not met, short by more than the tolerance." },
  wbLegendMissing: {
    vi: "Chưa nhập hoặc nhập chưa đủ các ô cần thiết (tử số và mẫu số, giá trị, giá trị đầu kỳ).",
    en: "Nothing or not everything needed has been entered (numerator and denominator, value, start value).",
  },
  wbLegendInvalid: {
    vi: "Số liệu sai: mẫu số bằng 0, tử số lớn hơn mẫu số, số âm, tỷ lệ trên 100, chữ thay cho số, ô báo lỗi. Xem cột Lý do.",
    en: "Wrong figures: a denominator of 0, a numerator above its denominator, a negative number, a rate above 100, text instead of a number, an error value. See the Reason column.",
  },
  wbLegendGap: {
    vi: "Chênh lệch: dương là đạt và còn dư chừng đó, âm là còn thiếu chừng đó (tính theo đơn vị của chỉ tiêu; tỷ lệ tính bằng điểm phần trăm).",
    en: "Gap: positive means met with that much to spare, negative means short by that much (in the target's unit; percentage points for rates).",
  },
  wbSummaryRuleTitle: { vi: "Cách tính Tổng hợp", en: "How the Summary is computed" },
  wbSummaryRule: {
    vi: "Chỉ tính các đơn vị có số liệu đủ và hợp lệ. Tỷ lệ = tổng tử số / tổng mẫu số × 100 (không lấy trung bình các tỷ lệ); tỷ lệ đầu kỳ bình quân theo mẫu số. Chỉ tiêu số lượng cộng dồn; điểm, mức độ, tỷ số lấy trung bình các đơn vị. Còn đơn vị nhập sai thì trạng thái là “Không hợp lệ”, còn đơn vị thiếu số liệu thì là “Thiếu số liệu”; khi đó Giá trị và Chênh lệch chỉ là số tạm tính. Đơn vị chỉ nhập tỷ lệ, không có mẫu số, không được cộng vào tổng; khi đó trạng thái là “Tạm tính” và cột “Đơn vị thiếu mẫu số” ghi mã các đơn vị đó.",
    en: "Only units with complete, valid figures count. Rates = total numerator / total denominator × 100 (never an average of rates); the start rate is weighted by denominators. Counts are summed; scores, levels and ratios are averaged over units. While any unit's figures are invalid the status is “Không hợp lệ”, while any are missing it is “Thiếu số liệu”; the value and gap are then provisional. Units that typed only a rate, without a denominator, are left out of the totals; the status is then “Tạm tính” (provisional) and the “Đơn vị thiếu mẫu số” column lists their codes.",
  },
  wbPlanTitle: { vi: "Thông tin kế hoạch", en: "About the plan" },
  wbEntryHint: {
    vi: "Ô nền vàng ở trang Thực hiện là ô nhập số liệu; các ô khác tự tính.",
    en: "Yellow cells on the Thực hiện sheet are for entering figures; the others are computed.",
  },
  wbErrorUnreadable: {
    vi: "Không đọc được tệp Excel này: tệp bị hỏng hoặc không phải .xlsx.",
    en: "This Excel file cannot be read: it is damaged or not an .xlsx file.",
  },
  wbErrorNotOurs: {
    vi: "Tệp này không phải sổ theo dõi do Chỉ tiêu kế hoạch tạo ra (không có dữ liệu kế hoạch ẩn).",
    en: "This file is not a tracking workbook made by Plan targets (it has no hidden plan data).",
  },
  wbErrorNewerSchema: {
    vi: "Sổ này được tạo bằng phiên bản mới hơn (lược đồ {version}); hãy cập nhật Chỉ tiêu kế hoạch.",
    en: "This workbook was made by a newer version (schema {version}); update Plan targets.",
  },
  wbErrorModelDamaged: {
    vi: "Dữ liệu kế hoạch ẩn trong sổ bị hỏng, không đọc lại được kế hoạch.",
    en: "The hidden plan data in the workbook is damaged; the plan cannot be read back.",
  },
  wbProblemNoSheet: {
    vi: "Không thấy trang “{sheet}”.",
    en: "Sheet “{sheet}” is missing.",
  },
  wbProblemMissingColumn: {
    vi: "Trang “{sheet}” thiếu cột “{column}”; không đọc được số liệu.",
    en: "Sheet “{sheet}” has no “{column}” column; the figures cannot be read.",
  },
  wbProblemMissingKey: {
    vi: "Trang Thực hiện, dòng {row}: thiếu mã đơn vị hoặc mã chỉ tiêu; bỏ qua dòng này.",
    en: "Thực hiện sheet, row {row}: the unit code or target ID is missing; the row is skipped.",
  },
  wbProblemUnknownTarget: {
    vi: "Trang Thực hiện, dòng {row}: mã chỉ tiêu “{target}” không có trong kế hoạch; bỏ qua dòng này.",
    en: "Thực hiện sheet, row {row}: target ID “{target}” is not in the plan; the row is skipped.",
  },
  wbProblemUnknownUnit: {
    vi: "Trang Thực hiện, dòng {row}: mã đơn vị “{unit}” không có trong danh sách đơn vị; vẫn đọc số liệu của dòng.",
    en: "Thực hiện sheet, row {row}: unit code “{unit}” is not in the unit list; its figures are still read.",
  },
  wbProblemDuplicateRow: {
    vi: "Trang Thực hiện, dòng {row}: trùng đơn vị {unit} và chỉ tiêu {target} với dòng {first}; số liệu bị tính hai lần.",
    en: "Thực hiện sheet, row {row}: unit {unit} and target {target} repeat row {first}; the figures count twice.",
  },
  wbProblemMissingRows: {
    vi: "Trang Thực hiện thiếu {count} dòng so với khi tạo sổ (có thể đã bị xoá), ví dụ: {examples}.",
    en: {
      one: "The Thực hiện sheet lacks 1 row it had when made (perhaps deleted): {examples}.",
      other: "The Thực hiện sheet lacks {count} rows it had when made (perhaps deleted), e.g. {examples}.",
    },
  },
  wbProblemBadTolerance: {
    vi: "Trang Cài đặt, ô {cell} (dung sai) không phải số hợp lệ; dùng giá trị mặc định {value}.",
    // {valueEn}: the default written the English way (see BookProblem).
    en: "Settings sheet, cell {cell} (tolerance) is not a valid number; the default {valueEn} is used.",
  },
} satisfies Record<string, Message>;

const catalog = {
  ...core,
  ...officeMessages,
  ...paneMessages,
  ...previewMessages,
  ...appendixMessages,
  ...doubtMessages,
  ...writeMessages,
  ...cliSafetyMessages,
  ...limitsMessages,
  ...checkMessages,
  ...checkStepMessages,
  ...returnMessages,
  ...areaMessages,
  ...entryMessages,
};

export type MessageKey = keyof typeof catalog;
export type MessageParams = Record<string, string | number>;

/** Every entry, for tests that check the catalog as a whole. */
export function catalogEntries(): [MessageKey, Message][] {
  return Object.entries(catalog) as [MessageKey, Message][];
}

/** The text for `lang`; for a plural English entry, the form its number calls for. */
function template(message: Message, lang: Lang, params: MessageParams): string {
  const text = message[lang];
  if (typeof text === "string") return text;
  return isOne(params[text.by ?? "count"]) ? text.one : text.other;
}

// A number that came formatted ("1") still reads as one; a missing param reads as many, as before.
function isOne(value: string | number | undefined): boolean {
  return value !== undefined && Number(value) === 1;
}

/** Looks a message up and fills `{name}` placeholders, and `{name|one|other}` words by the number in `name`. */
export function t(key: MessageKey, lang: Lang = "vi", params: MessageParams = {}): string {
  return template(catalog[key], lang, params).replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    if (one === undefined || other === undefined) return String(params[name]);
    return isOne(params[name]) ? one : other;
  });
}

/** Both languages on one line, for the CLI and for errors: "Vietnamese / English". */
export function tBoth(key: MessageKey, params: MessageParams = {}): string {
  return `${t(key, "vi", params)} / ${t(key, "en", params)}`;
}
