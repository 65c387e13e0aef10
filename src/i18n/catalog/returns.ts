// Part of the one message catalog (../messages.ts): per-school return files
// and collecting them back into the book (issue 12) — the Tình hình nộp sheet,
// the return's instructions sheet, and what `chitieu split` and `chitieu
// collect` say. Vietnamese first, English second.

import type { Message } from "../message";

export const returnMessages = {
  wbSheetSubmissions: { vi: "Tình hình nộp", en: "Submissions" },
  wbSheetInstructions: { vi: "Hướng dẫn", en: "Instructions" },
  wbColSubmissionState: { vi: "Tình trạng", en: "State" },
  wbColReceivedAt: { vi: "Ngày nhận", en: "Received" },
  wbColReturnFile: { vi: "Tệp đã nhận", en: "File received" },
  wbColRowsFilled: { vi: "Số dòng đã nhập", en: "Rows filled" },
  wbColRowsExpected: { vi: "Số dòng cần nhập", en: "Rows expected" },
  wbColRowsToFix: { vi: "Dòng cần sửa (số liệu không hợp lệ)", en: "Rows to fix (invalid figures)" },
  wbSubmissionNone: { vi: "Chưa nộp", en: "Not sent" },
  wbSubmissionReceived: { vi: "Đã nhận", en: "Received" },
  wbSubmissionToFix: { vi: "Cần sửa", en: "To fix" },

  // The return file's instructions sheet: plain words for a school's accountant or clerk.
  wbReturnTitle: { vi: "BÁO CÁO SỐ LIỆU THỰC HIỆN CHỈ TIÊU", en: "TARGET FIGURES RETURN" },
  wbReturnUnit: { vi: "Đơn vị nộp: {code} – {name}", en: "Unit: {code} – {name}" },
  wbReturnPlan: { vi: "Kế hoạch: {plan}", en: "Plan: {plan}" },
  wbReturnPeriod: { vi: "Năm học / giai đoạn: {period}", en: "School year / period: {period}" },
  wbReturnRows: { vi: "Số chỉ tiêu cần báo cáo: {count}", en: "Targets to report: {count}" },
  wbReturnStepsTitle: { vi: "Cách làm", en: "What to do" },
  wbReturnStep1: {
    vi: "1. Mở trang “Thực hiện”. Mỗi dòng là một chỉ tiêu của đơn vị mình.",
    en: "1. Open the “Thực hiện” sheet. Each row is one of your unit's targets.",
  },
  wbReturnStep2: {
    vi: "2. Chỉ gõ số vào các ô nền vàng. Chỉ tiêu tỷ lệ (%): gõ Tử số (số đạt) và Mẫu số (tổng số), máy tự tính Giá trị. Chỉ tiêu số lượng: gõ vào ô Giá trị. Chỉ tiêu tăng/giảm: gõ thêm Giá trị đầu kỳ.",
    en: "2. Type figures only in the yellow cells. Rate targets (%): type the numerator (those who reach it) and the denominator (the total); the value is computed. Count targets: type the value. Increase/decrease targets: also type the start value.",
  },
  wbReturnStep3: {
    vi: "3. Cột Trạng thái tự hiện Đạt / Gần đạt / Chưa đạt khi gõ xong; “Không hợp lệ” nghĩa là số gõ chưa đúng (ví dụ Tử số lớn hơn Mẫu số), hãy xem cột Lý do và sửa lại.",
    en: "3. The Status column shows Met / Nearly met / Not met as you type; “Không hợp lệ” means a figure is wrong (for example numerator above denominator): see the Reason column and fix it.",
  },
  wbReturnStep4: {
    vi: "4. Cần giải thích thì ghi vào cột Ghi chú. Chưa có số liệu thì để trống, không gõ 0.",
    en: "4. Write any explanation in the Note column. Leave a cell blank when there is no figure yet; do not type 0.",
  },
  wbReturnStep5: {
    vi: "5. Không thêm, xoá hay đổi thứ tự trang; không sửa mã đơn vị, mã chỉ tiêu. Trang “Chỉ tiêu” chỉ để xem.",
    en: "5. Do not add, delete or reorder sheets, and do not change unit or target codes. The “Chỉ tiêu” sheet is for reading only.",
  },
  wbReturnStep6: {
    vi: "6. Lưu tệp dạng Excel (.xlsx), giữ nguyên tên tệp, rồi gửi lại cho nơi đã gửi tệp này (thư điện tử hoặc Zalo). Sửa lại thì gửi lại cả tệp; tệp gửi sau cùng được dùng.",
    en: "6. Save the file as Excel (.xlsx), keep its name, and send it back to whoever sent it (e-mail or chat). To correct it, send the whole file again; the latest file is used.",
  },
  wbReturnWorksAnywhere: {
    vi: "Tệp dùng được trong Excel, Excel trên web và điện thoại, LibreOffice và WPS; không cần cài thêm gì.",
    en: "The file works in Excel, Excel on the web and mobile, LibreOffice and WPS; nothing needs installing.",
  },

  // chitieu split
  cliUsageMissingSplitBook: {
    vi: "Thiếu tên sổ: chitieu split <sổ.xlsx> -o <thư-mục> [--units <mã,…>] [--force]",
    en: "Missing workbook: chitieu split <book.xlsx> -o <folder> [--units <codes>] [--force]",
  },
  cliUsageMissingFolder: {
    vi: "Thiếu thư mục ghi tệp: thêm -o <thư-mục>.",
    en: "Missing output folder: add -o <folder>.",
  },
  cliSplitUnknownUnits: {
    vi: "Sổ không có đơn vị mã {codes}; các mã có trong sổ: {known}.",
    en: "The workbook has no unit coded {codes}; its units are: {known}.",
  },
  cliSplitNoUnits: {
    vi: "Sổ {file} chưa có danh sách đơn vị (chỉ theo dõi chung), nên không có tệp nào để gửi trường. Hãy lập sổ với --units.",
    en: "Workbook {file} has no unit list (it tracks the area as one), so there is no file to send to schools. Make the book with --units.",
  },
  cliSplitFilesExist: {
    vi: "Không ghi tệp nào: {count} tệp đã có trong thư mục, ví dụ {file}. Thêm --force để ghi đè, hoặc chọn thư mục khác.",
    en: {
      one: "No file written: 1 file already exists in the folder, {file}. Add --force to overwrite it, or choose another folder.",
      other: "No file written: {count} files already exist in the folder, e.g. {file}. Add --force to overwrite them, or choose another folder.",
    },
  },
  cliSplitFolderNotDir: {
    vi: "{dir} không phải thư mục.",
    en: "{dir} is not a folder.",
  },
  cliSplitFile: {
    vi: "{file}: {code} – {name}, {rows} dòng",
    en: { by: "rows", one: "{file}: {code} – {name}, 1 row", other: "{file}: {code} – {name}, {rows} rows" },
  },
  cliSplitNoRows: {
    vi: "{code} – {name}: không có chỉ tiêu nào của đơn vị này trong kế hoạch; không tạo tệp.",
    en: "{code} – {name}: no target of the plan applies to this unit; no file made.",
  },
  cliSplitDone: {
    vi: "Đã ghi {count} tệp gửi đơn vị vào {dir}.",
    en: { one: "Wrote 1 return file to {dir}.", other: "Wrote {count} return files to {dir}." },
  },

  // chitieu collect
  cliUsageMissingCollectBook: {
    vi: "Thiếu tên sổ: chitieu collect <sổ.xlsx> <tệp-nộp.xlsx>… -o <sổ-mới.xlsx> [--prefer returns|book] [--force]",
    en: "Missing workbook: chitieu collect <book.xlsx> <return.xlsx>… -o <new-book.xlsx> [--prefer returns|book] [--force]",
  },
  cliUsageMissingReturns: {
    vi: "Chưa có tệp nộp nào: chitieu collect <sổ.xlsx> <tệp-nộp.xlsx>… -o <sổ-mới.xlsx>",
    en: "No return file given: chitieu collect <book.xlsx> <return.xlsx>… -o <new-book.xlsx>",
  },
  cliUsageBadPrefer: {
    vi: "--prefer nhận “returns” (lấy số của tệp nộp) hoặc “book” (giữ số trong sổ), không nhận “{value}”.",
    en: "--prefer takes “returns” (take the return's figures) or “book” (keep the book's), not “{value}”.",
  },
  collectRefused: {
    vi: "{file}: không nhận — {reason}",
    en: "{file}: refused — {reason}",
  },
  collectReasonUnreadable: {
    vi: "không đọc được tệp.",
    en: "the file cannot be read.",
  },
  collectReasonNotReturn: {
    vi: "đây không phải tệp nộp do ChiTieu tạo ra (lệnh chitieu split hoặc bước Thu số liệu); có thể là sổ tổng hoặc tệp khác.",
    en: "this is not a return file made by ChiTieu (chitieu split or the Returns step); perhaps the main book or another file.",
  },
  collectReasonOtherPlan: {
    vi: "tệp thuộc kế hoạch khác (chỉ tiêu không khớp với sổ).",
    en: "the file belongs to another plan (its targets do not match the book's).",
  },
  collectReasonOtherPeriod: {
    vi: "tệp của kỳ “{period}”, sổ là kỳ “{bookPeriod}”.",
    en: "the file is for period “{period}”, the book for “{bookPeriod}”.",
  },
  collectReasonUnknownUnit: {
    vi: "sổ không có đơn vị mã {unit}.",
    en: "the book has no unit coded {unit}.",
  },
  collectReasonOtherUnitRows: {
    vi: "tệp của {unit} nhưng có dòng của đơn vị khác ({other}, dòng {row}).",
    en: "the file is {unit}'s but holds another unit's rows ({other}, row {row}).",
  },
  collectReasonUnknownRow: {
    vi: "dòng {row} có chỉ tiêu {target} không thuộc đơn vị {unit} trong sổ.",
    en: "row {row} has target {target}, which is not one of {unit}'s in the book.",
  },
  collectReasonDuplicateRow: {
    vi: "chỉ tiêu {target} có hai dòng ({first} và {row}); không biết lấy dòng nào.",
    en: "target {target} has two rows ({first} and {row}); it is unclear which to take.",
  },
  collectReasonOlderCopy: {
    vi: "bản cũ hơn bản của {unit} đã thu ({collected}).",
    en: "an older copy than the one of {unit} already collected ({collected}).",
  },
  collectReasonOlderThanSibling: {
    vi: "bản cũ hơn tệp {newer} của cùng đơn vị {unit} trong lần thu này.",
    en: "an older copy than {newer}, of the same unit {unit}, in this collection.",
  },
  collectAlreadyCollected: {
    vi: "{file}: đã thu tệp này rồi ({unit}); không thay đổi gì.",
    en: "{file}: this file was already collected ({unit}); nothing changes.",
  },
  collectApplied: {
    vi: "{file}: đã nhận {unit} – {name}, {filled}/{expected} dòng có số liệu.",
    en: "{file}: received {unit} – {name}, {filled}/{expected} {expected|row|rows} filled.",
  },
  collectConflictsHeader: {
    vi: "Không ghi sổ: {count} ô trong sổ đã có số khác với tệp nộp. Chạy lại với --prefer returns (lấy số của tệp nộp) hoặc --prefer book (giữ số trong sổ):",
    en: {
      one: "Nothing written: 1 cell in the book already holds another figure than the returns. Run again with --prefer returns (take the returns' figure) or --prefer book (keep the book's):",
      other: "Nothing written: {count} cells in the book already hold other figures than the returns. Run again with --prefer returns (take the returns' figures) or --prefer book (keep the book's):",
    },
  },
  collectConflictLine: {
    vi: "  {file}: {unit} / {target}, cột {column}: sổ “{book}”, tệp nộp “{incoming}”",
    en: "  {file}: {unit} / {target}, column {column}: book “{book}”, return “{incoming}”",
  },
  collectNothingApplied: {
    vi: "Không ghi sổ: không có tệp nộp nào nhận được.",
    en: "Nothing written: no return file could be accepted.",
  },
  collectDone: {
    vi: "Đã ghi {file}: nhận {applied} tệp, {refused} tệp không nhận, {kept} ô giữ số trong sổ, {replaced} ô lấy số tệp nộp.",
    en: "Wrote {file}: {applied} {applied|file|files} received, {refused} refused, {kept} {kept|cell|cells} kept from the book, {replaced} taken from returns.",
  },
  cliCollectDataAtRisk: {
    vi: "Không ghi sổ: sổ có {count} dòng số liệu không thuộc chỉ tiêu, đơn vị nào của sổ hoặc bị trùng (ví dụ: {examples}); ghi lại sổ sẽ mất chúng. Hãy sửa hoặc xoá các dòng đó ở trang Thực hiện rồi thu lại.",
    en: {
      one: "Nothing written: the workbook has 1 row of figures that belongs to no target or unit of the book, or repeats a row ({examples}); rewriting the book would lose it. Fix or delete that row on the Thực hiện sheet and collect again.",
      other: "Nothing written: the workbook has {count} rows of figures that belong to no target or unit of the book, or repeat a row (e.g. {examples}); rewriting the book would lose them. Fix or delete those rows on the Thực hiện sheet and collect again.",
    },
  },
  collectBlank: { vi: "(trống)", en: "(blank)" },

  // --- Task pane: the Returns step (src/taskpane/ReturnsStep.tsx) ---------------------
  paneStepReturns: { vi: "Thu số liệu", en: "Returns" },
  paneReturnsIntro: {
    vi: "Gửi mỗi trường một tệp Excel chỉ có các dòng của trường, rồi thu các tệp trường gửi lại vào sổ. Trường nhập bằng Excel, Excel trên web, điện thoại, LibreOffice hay WPS, không cần cài thêm gì; trạng thái tự hiện khi gõ.",
    en: "Send each school an Excel file holding only its rows, then collect the files schools send back into the book. Schools type in Excel, Excel on the web, a phone, LibreOffice or WPS with nothing installed; statuses show as they type.",
  },
  paneReturnsRead: { vi: "Đọc sổ", en: "Read the book" },
  paneReturnsNoBook: {
    vi: "Bảng tính này chưa có sổ theo dõi: hãy ghi kế hoạch (bước Nhập kế hoạch) và danh sách đơn vị (bước Đơn vị) trước.",
    en: "This workbook has no tracking book yet: write the plan (Import step) and the unit list (Units step) first.",
  },
  paneReturnsNoUnits: {
    vi: "Sổ chưa có đơn vị nào để gửi tệp: hãy thêm danh sách đơn vị ở bước Đơn vị.",
    en: "The book has no units to send files to: add the unit list in the Units step.",
  },
  paneReturnsMakeTitle: { vi: "1. Tạo tệp gửi trường", en: "1. Make the files for schools" },
  paneReturnsAllUnits: { vi: "Tất cả đơn vị ({count})", en: "All units ({count})" },
  paneReturnsChosenUnits: { vi: "Các đơn vị được chọn", en: "Chosen units" },
  paneReturnsDownload: { vi: "Tải về tệp nộp (.zip)", en: "Download the return files (.zip)" },
  paneReturnsOpenEach: { vi: "Mở từng tệp trong Excel", en: "Open each file in Excel" },
  paneReturnsNoDownload: {
    vi: "Excel trên máy này không cho phần bổ trợ tải tệp về. Bấm “Mở từng tệp trong Excel”: mỗi tệp nộp mở thành một sổ mới, hãy lưu từng sổ (Tệp › Lưu) với tên được gợi ý rồi gửi cho trường. Cách khác: mở sổ này trong Excel trên web, hoặc dùng lệnh chitieu split.",
    en: "Excel on this computer does not let add-ins download files. Press “Open each file in Excel”: each return opens as a new workbook; save each (File › Save) under the suggested name and send it to the school. Or open this book in Excel on the web, or use the chitieu split command.",
  },
  paneReturnsNoneChosen: { vi: "Chưa chọn đơn vị nào.", en: "No unit is chosen." },
  paneBusyMakingReturns: { vi: "Đang tạo tệp nộp {done}/{total}…", en: "Making return files {done}/{total}…" },
  paneReturnsMade: {
    vi: "Đã tạo {count} tệp nộp, gói trong {file}. Giải nén rồi gửi mỗi trường tệp mang mã của trường.",
    en: {
      one: "Made 1 return file, packed in {file}. Unzip it and send the school the file named with its code.",
      other: "Made {count} return files, packed in {file}. Unzip it and send each school the file named with its code.",
    },
  },
  paneReturnsOpened: {
    vi: "Đã mở {count} tệp nộp trong Excel. Lưu từng sổ với tên: {names}.",
    en: {
      one: "Opened 1 return file in Excel. Save the workbook as: {names}.",
      other: "Opened {count} return files in Excel. Save each workbook as: {names}.",
    },
  },
  paneReturnsNoRows: {
    vi: "{code} – {name}: không có chỉ tiêu nào áp dụng cho đơn vị này, không tạo tệp.",
    en: "{code} – {name}: no target applies to this unit, so no file was made.",
  },
  paneReturnsCollectTitle: { vi: "2. Thu tệp trường gửi lại", en: "2. Collect the files schools send back" },
  paneReturnsFilesLabel: { vi: "Tệp nộp trường gửi lại (.xlsx, chọn được nhiều tệp)", en: "Return files sent back (.xlsx, several at once)" },
  paneBusyReadingReturns: { vi: "Đang đọc tệp nộp {done}/{total}…", en: "Reading return files {done}/{total}…" },
  paneReturnsRefusedTitle: { vi: "Không nhận ({count})", en: "Refused ({count})" },
  paneReturnsRefusedHint: {
    vi: "Không lấy gì từ các tệp này. Hãy xem lý do, nhờ trường gửi lại đúng tệp.",
    en: "Nothing is taken from these files. See why, and ask the school for the right file.",
  },
  paneReturnsToApplyTitle: { vi: "Sẽ nhận ({count})", en: "To take in ({count})" },
  paneReturnsToApply: {
    vi: "{file}: {unit} – {name}, {filled}/{expected} dòng có số liệu.",
    en: "{file}: {unit} – {name}, {filled}/{expected} {expected|row|rows} filled.",
  },
  paneReturnsUnchangedTitle: { vi: "Đã thu rồi ({count})", en: "Already collected ({count})" },
  paneReturnsConflictsTitle: { vi: "Ô khác với sổ ({count})", en: "Cells differing from the book ({count})" },
  paneReturnsConflictsHint: {
    vi: "Sổ đã có số khác ở các ô này, do văn phòng nhập (không phải số trường gửi lần trước). Chọn giữ số nào cho mọi ô dưới đây rồi ghi.",
    en: "The book already holds other figures in these cells, typed by the office (not what the school sent before). Choose which to keep for all the cells below, then write.",
  },
  paneReturnsConflictsTable: { vi: "Các ô khác nhau giữa sổ và tệp nộp", en: "Cells that differ between the book and the returns" },
  paneReturnsPreferLabel: { vi: "Với các ô khác nhau", en: "For the differing cells" },
  paneReturnsPreferReturns: { vi: "Lấy số của tệp nộp", en: "Take the returns' figures" },
  paneReturnsPreferBook: { vi: "Giữ số trong sổ", en: "Keep the book's figures" },
  paneReturnsColFile: { vi: "Tệp", en: "File" },
  paneReturnsColUnit: { vi: "Đơn vị", en: "Unit" },
  paneReturnsColTarget: { vi: "Chỉ tiêu", en: "Target" },
  paneReturnsColColumn: { vi: "Cột", en: "Column" },
  paneReturnsColBook: { vi: "Trong sổ", en: "In the book" },
  paneReturnsColReturn: { vi: "Tệp nộp", en: "In the return" },
  paneReturnsApply: { vi: "Ghi vào sổ", en: "Write into the book" },
  paneReturnsChoosePrefer: { vi: "Hãy chọn giữ số nào cho các ô khác nhau trước khi ghi.", en: "Choose which figures to keep for the differing cells before writing." },
  paneReturnsNothingToApply: { vi: "Không có tệp nào để nhận: sổ không thay đổi.", en: "No file to take in: the book is unchanged." },
  paneReturnsChanged: {
    vi: "Sổ vừa thay đổi trong lúc xem (có người nhập thêm số): có {count} ô khác với tệp nộp. Chưa ghi gì; hãy xem lại rồi chọn.",
    en: {
      one: "The book changed while you looked (someone typed more figures): 1 cell now differs from the returns. Nothing was written; look again and choose.",
      other: "The book changed while you looked (someone typed more figures): {count} cells now differ from the returns. Nothing was written; look again and choose.",
    },
  },
  paneReturnsAtRisk: {
    vi: "Chưa ghi gì: sổ có {count} dòng số liệu không thuộc chỉ tiêu hay đơn vị nào của sổ hoặc bị trùng (ví dụ: {examples}); ghi lại sổ sẽ mất chúng. Hãy sửa hoặc xoá các dòng đó ở trang Thực hiện rồi thu lại.",
    en: {
      one: "Nothing written: the book has 1 row of figures that belongs to no target or unit of the book, or repeats a row ({examples}); rewriting the book would lose it. Fix or delete that row on the Thực hiện sheet and collect again.",
      other: "Nothing written: the book has {count} rows of figures that belong to no target or unit of the book, or repeat a row (e.g. {examples}); rewriting the book would lose them. Fix or delete those rows on the Thực hiện sheet and collect again.",
    },
  },
  paneReturnsWritten: {
    vi: "Đã ghi vào sổ: nhận {applied} tệp; {kept} ô giữ số trong sổ, {replaced} ô lấy số tệp nộp. Trang Tình hình nộp đã cập nhật.",
    en: "Written into the book: {applied} {applied|file|files} taken in; {kept} {kept|cell|cells} kept from the book, {replaced} taken from returns. The Tình hình nộp sheet is updated.",
  },
  paneReturnsStatusTitle: { vi: "Tình hình nộp", en: "Submissions" },
  paneReturnsStatusCounts: {
    vi: "Đã nhận {received} · Cần sửa {toFix} · Chưa nộp {none}",
    en: "Received {received} · To fix {toFix} · Not sent {none}",
  },
  paneReturnsStatusTable: { vi: "Tình hình nộp của các đơn vị", en: "Submissions by unit" },
  paneReturnsColState: { vi: "Tình trạng", en: "State" },
  paneReturnsColRows: { vi: "Dòng có số", en: "Rows filled" },
  paneReturnsColToFix: { vi: "Cần sửa", en: "To fix" },
  paneReturnsShowSheet: { vi: "Mở trang Tình hình nộp", en: "Open the Tình hình nộp sheet" },
} satisfies Record<string, Message>;
