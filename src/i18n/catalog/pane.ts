// Part of the one message catalog (../messages.ts): strings of the task pane's steps (src/taskpane).
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const paneMessages = {
  // --- Shell ------------------------------------------------------------------
  paneStepsLabel: { vi: "Các bước", en: "Steps" },
  paneStepImport: { vi: "Nhập kế hoạch", en: "Import the plan" },
  paneStepUnits: { vi: "Đơn vị", en: "Units" },
  paneStepCheck: { vi: "Kiểm tra", en: "Check" },
  paneNoHost: {
    vi: "Ngăn này đang chạy ngoài Excel nên chỉ đọc và sửa được chỉ tiêu, chưa ghi được vào bảng tính. Muốn ghi, hãy mở ngăn trong Excel (Trang đầu → Mở Chỉ tiêu) hoặc chạy bản xem thử bằng lệnh npm run preview.",
    en: "This pane is running outside Excel, so it can read and correct targets but not write them to a workbook. To write, open the pane in Excel (Home → Open Targets) or run the preview with npm run preview.",
  },
  paneModuleLoadFailed: {
    vi: "Không tải được phần cần thiết của ngăn. Hãy kiểm tra kết nối mạng rồi bấm lại.",
    en: "A part of the pane could not be loaded. Check the network connection and try again.",
  },
  paneUnexpected: {
    vi: "Có lỗi không mong đợi trong ngăn. Hãy thử lại; nếu vẫn lỗi, hãy đóng và mở lại ngăn Chỉ tiêu.",
    en: "Something unexpected went wrong in the pane. Try again; if it keeps failing, close and reopen the Targets pane.",
  },
  paneTryAgain: { vi: "Thử lại", en: "Try again" },

  // --- Step 1: import ---------------------------------------------------------
  paneImportIntro: {
    vi: "Chọn tệp kế hoạch (.docx, .pdf hoặc .txt), hoặc dán nội dung kế hoạch vào ô dưới rồi bấm “Đọc chỉ tiêu”. Sau đó sửa chỉ tiêu nếu cần và bấm “Ghi vào bảng tính”.",
    en: "Choose the plan file (.docx, .pdf or .txt), or paste the plan text below and press “Read targets”. Then correct the targets if needed and press “Write to the workbook”.",
  },
  paneFileLabel: { vi: "Tệp kế hoạch (.docx, .pdf, .txt)", en: "Plan file (.docx, .pdf, .txt)" },
  paneUseSample: { vi: "Dùng kế hoạch mẫu", en: "Use the sample plan" },
  paneReadingFile: { vi: "Đang đọc {file}…", en: "Reading {file}…" },
  paneReadProgress: { vi: "Tiến độ đọc tệp {file}", en: "Progress of reading {file}" },
  paneReadingPage: { vi: "Đang đọc trang {page}/{pages}…", en: "Reading page {page} of {pages}…" },
  paneReadCancelled: {
    vi: "Đã huỷ đọc tệp {file}; chưa nhập gì. Có thể chọn lại tệp khi cần.",
    en: "Reading {file} was cancelled; nothing was imported. Choose the file again when needed.",
  },
  paneFileOpenFailed: {
    vi: "Không mở được tệp {file}. Hãy kiểm tra tệp vẫn còn trên máy rồi chọn lại.",
    en: "The file {file} could not be opened. Check that it is still there and choose it again.",
  },
  paneSampleFailed: {
    vi: "Không tải được kế hoạch mẫu. Hãy bấm lại, hoặc chọn tệp kế hoạch của mình.",
    en: "The sample plan could not be loaded. Press the button again, or choose your own plan file.",
  },
  paneSourceFile: { vi: "Đã đọc từ tệp {file}.", en: "Read from the file {file}." },
  paneSourceText: { vi: "Đã đọc từ nội dung dán vào.", en: "Read from the pasted text." },

  // --- Step 1: the editable table ----------------------------------------------
  paneEditHint: {
    vi: "Có thể sửa trực tiếp tên chỉ tiêu, cấp học, so sánh, giá trị và đơn vị tính; số thập phân ghi bằng dấu phẩy (98,1). Dòng nền vàng là dòng bộ đọc chưa chắc chắn: hãy đối chiếu với trích dẫn.",
    en: "The indicator, level, comparator, value and unit can be corrected in place; decimals may use a point or a comma (98.1 or 98,1). Rows with a yellow background are ones the reader is unsure about: compare them with the quote.",
  },
  paneEditList: { vi: "Danh sách chỉ tiêu (sửa được)", en: "Targets (editable)" },
  paneLabelValueMax: { vi: "Giá trị trên", en: "Upper value" },
  paneGroupHeading: { vi: "Mục {section} · {level}", en: "Section {section} · {level}" },
  paneGroupNoSection: { vi: "Không ghi mục · {level}", en: "No section · {level}" },
  paneFieldIndicator: { vi: "Chỉ tiêu của {id}", en: "Indicator of {id}" },
  paneFieldLevel: { vi: "Cấp học của {id}", en: "Level of {id}" },
  paneFieldOp: { vi: "So sánh của {id}", en: "Comparator of {id}" },
  paneFieldValue: { vi: "Giá trị của {id}", en: "Value of {id}" },
  paneFieldValueMax: { vi: "Giá trị trên của {id}", en: "Upper value of {id}" },
  paneFieldUnit: { vi: "Đơn vị tính của {id}", en: "Unit of measure of {id}" },
  paneOutOf: { vi: "trên tổng số {total}", en: "out of {total}" },
  paneRemove: { vi: "Xoá", en: "Remove" },
  paneRemoveTarget: { vi: "Xoá chỉ tiêu {id}", en: "Remove target {id}" },
  paneAddTarget: { vi: "Thêm chỉ tiêu", en: "Add a target" },
  paneAddedByHand: { vi: "(thêm tay, không có trích dẫn)", en: "(added by hand, no quote)" },
  paneTargetRemoved: { vi: "Đã xoá chỉ tiêu {id}.", en: "Target {id} removed." },
  paneUndoRemove: { vi: "Hoàn tác xoá {id}", en: "Undo removing {id}" },
  paneTargetRestored: { vi: "Đã đưa chỉ tiêu {id} trở lại.", en: "Target {id} is back." },
  paneTargetAdded: { vi: "Đã thêm chỉ tiêu {id} ở cuối bảng.", en: "Target {id} added at the end of the table." },
  paneErrValueMissing: {
    vi: "{field} chưa có; hãy nhập một số, ví dụ 98,1.",
    en: "{field} is empty; enter a number, e.g. 98.1.",
  },
  paneErrNotNumber: {
    vi: "{field} phải là một số (ví dụ 98,1 hoặc 1.200), không phải “{text}”.",
    en: "{field} must be a number (e.g. 98.1 or 1,200), not “{text}”.",
  },
  paneErrNegative: { vi: "{field} không được là số âm.", en: "{field} cannot be negative." },
  paneErrMaxNotAbove: {
    vi: "{field} phải lớn hơn giá trị dưới ({min}).",
    en: "{field} must be greater than the lower value ({min}).",
  },
  paneErrIndicatorEmpty: {
    vi: "{field} đang trống; hãy ghi tên chỉ tiêu.",
    en: "{field} is empty; write the indicator's name.",
  },
  paneErrUnitEmpty: {
    vi: "{field} đang trống; hãy ghi đơn vị tính, ví dụ % hoặc trường.",
    en: "{field} is empty; write the unit of measure, e.g. % or trường.",
  },
  paneFixBeforeWrite: {
    vi: "Chưa ghi: còn {count} ô cần sửa trong bảng chỉ tiêu. {first}",
    en: {
      one: "Nothing was written: 1 cell in the targets table needs correcting. {first}",
      other: "Nothing was written: {count} cells in the targets table need correcting. {first}",
    },
  },
  paneNoTargetsToWrite: {
    vi: "Bảng chưa có chỉ tiêu nào nên chưa ghi. Hãy đọc lại kế hoạch hoặc thêm chỉ tiêu.",
    en: "The table has no targets, so nothing was written. Read the plan again or add a target.",
  },
  paneWrite: { vi: "Ghi vào bảng tính", en: "Write to the workbook" },

  // --- Dates (src/i18n/format.ts, formatIssueDate) ----------------------------------
  // {dd} {mm}: two digits; {day}: without a leading zero; {monthName}: one of dateMonth1…12.
  dateFull: { vi: "ngày {dd}/{mm}/{year}", en: "{day} {monthName} {year}" },
  dateMonthYear: { vi: "tháng {mm}/{year}", en: "{monthName} {year}" },
  dateMonth1: { vi: "tháng 1", en: "Jan" },
  dateMonth2: { vi: "tháng 2", en: "Feb" },
  dateMonth3: { vi: "tháng 3", en: "Mar" },
  dateMonth4: { vi: "tháng 4", en: "Apr" },
  dateMonth5: { vi: "tháng 5", en: "May" },
  dateMonth6: { vi: "tháng 6", en: "Jun" },
  dateMonth7: { vi: "tháng 7", en: "Jul" },
  dateMonth8: { vi: "tháng 8", en: "Aug" },
  dateMonth9: { vi: "tháng 9", en: "Sep" },
  dateMonth10: { vi: "tháng 10", en: "Oct" },
  dateMonth11: { vi: "tháng 11", en: "Nov" },
  dateMonth12: { vi: "tháng 12", en: "Dec" },

  // --- Long operations ----------------------------------------------------------
  paneBusyReadingBook: { vi: "Đang đọc sổ theo dõi trong bảng tính…", en: "Reading the tracking workbook…" },
  paneBusyWriting: { vi: "Đang ghi vào bảng tính…", en: "Writing to the workbook…" },
  paneBusyChecking: { vi: "Đang kiểm tra sổ…", en: "Checking the workbook…" },
  paneBusyHighlights: { vi: "Đang tô màu lại…", en: "Reapplying the highlighting…" },
  paneBusySelection: { vi: "Đang lấy vùng đang chọn…", en: "Reading the selected range…" },

  // --- Review before writing ------------------------------------------------------
  paneReviewTitle: { vi: "Xem lại trước khi ghi", en: "Review before writing" },
  paneReviewPlanSummary: {
    vi: "So với kế hoạch đang có trong sổ: thêm {added}, bỏ {removed}, thay đổi {changed}, giữ nguyên {unchanged} chỉ tiêu.",
    en: "Compared with the plan already in the workbook: {added} added, {removed} removed, {changed} changed, {unchanged} unchanged.",
  },
  paneReviewAdded: { vi: "Chỉ tiêu thêm ({count})", en: "Targets added ({count})" },
  paneReviewRemoved: { vi: "Chỉ tiêu bỏ ({count})", en: "Targets removed ({count})" },
  paneReviewChanged: { vi: "Chỉ tiêu thay đổi ({count})", en: "Targets changed ({count})" },
  paneReviewChangedFields: { vi: "đổi {fields}", en: "changed: {fields}" },
  paneReviewThreshold: { vi: "{before} → {after}", en: "{before} → {after}" },
  paneReviewNoChanges: {
    vi: "Kế hoạch giống kế hoạch đang có trong sổ; ghi lại chỉ làm mới các trang.",
    en: "The plan is the same as the one in the workbook; writing again only refreshes the sheets.",
  },
  paneReviewUnitsSummary: {
    vi: "So với danh sách đơn vị đang có trong sổ: thêm {added}, bỏ {removed}, giữ {kept} đơn vị.",
    en: "Compared with the units already in the workbook: {added} added, {removed} removed, {kept} kept.",
  },
  paneReviewUnitsAdded: { vi: "Đơn vị thêm ({count})", en: "Units added ({count})" },
  paneReviewUnitsRemoved: { vi: "Đơn vị bỏ ({count})", en: "Units removed ({count})" },
  paneReviewKeep: {
    vi: "Số liệu và ghi chú đã nhập của các chỉ tiêu và đơn vị còn lại được giữ nguyên.",
    en: "Figures and notes already entered for the remaining targets and units are kept.",
  },
  paneReviewDataAtRisk: {
    vi: "Ghi sẽ xoá {count} dòng đã có số liệu hoặc ghi chú (của chỉ tiêu hoặc đơn vị bị bỏ). Sau khi ghi không lấy lại được các dòng này.",
    en: {
      one: "Writing will delete 1 row that already holds figures or notes (of a removed target or unit). It cannot be recovered after writing.",
      other: "Writing will delete {count} rows that already hold figures or notes (of removed targets or units). They cannot be recovered after writing.",
    },
  },
  paneReviewRowItem: { vi: "{unit} · {target}: {indicator}", en: "{unit} · {target}: {indicator}" },
  paneReviewMore: { vi: "… và {count} mục khác.", en: "… and {count} more." },
  paneReviewTakenSheets: {
    vi: "Bảng tính đã có trang {sheets} không do Chỉ tiêu kế hoạch tạo ra. Ghi sẽ thay toàn bộ nội dung các trang này.",
    en: "The workbook already has the sheets {sheets}, not made by Plan targets. Writing will replace everything on them.",
  },
  paneConfirmWrite: { vi: "Xác nhận ghi", en: "Confirm and write" },
  paneCancel: { vi: "Huỷ", en: "Cancel" },
  paneReviewOutdated: {
    vi: "Nội dung vừa được sửa nên phần xem lại đã đóng, chưa ghi gì. Bấm ghi lại để xem lại với nội dung mới.",
    en: "The content was just edited, so the review was closed and nothing was written. Press write again to review the new content.",
  },
  paneWriteCancelled: { vi: "Đã huỷ; bảng tính không thay đổi.", en: "Cancelled; the workbook is unchanged." },
  paneWriteDone: {
    vi: "Đã ghi vào bảng tính: {targets} chỉ tiêu, {units} đơn vị, {rows} dòng nhập số liệu ở trang Thực hiện.",
    en: "Written to the workbook: {targets} {targets|target|targets}, {units} {units|unit|units}, {rows} entry {rows|row|rows} on the Thực hiện sheet.",
  },
  paneWriteKept: {
    vi: "Giữ lại {count} dòng đã có số liệu hoặc ghi chú.",
    en: { one: "1 row with figures or notes was kept.", other: "{count} rows with figures or notes were kept." },
  },
  paneWriteSkipped: {
    vi: "Excel này chưa áp dụng được một số phần của sổ (các trang vẫn dùng được):",
    en: "This Excel could not apply some parts of the workbook (the sheets still work):",
  },
  paneWriteFailed: {
    vi: "Không ghi được vào bảng tính; các trang có thể mới được ghi dở. Hãy bấm ghi lại; nếu vẫn lỗi, hãy lưu sổ rồi đóng và mở lại Excel.",
    en: "Writing to the workbook failed; the sheets may be half written. Press write again; if it keeps failing, save the workbook and restart Excel.",
  },
  paneBookUnreadable: {
    vi: "Không đọc được sổ theo dõi trong bảng tính này: {reason} Chưa có gì bị thay đổi.",
    en: "The tracking workbook here cannot be read: {reason} Nothing was changed.",
  },
  paneHostReadFailed: {
    vi: "Không đọc được bảng tính. Hãy bấm lại; nếu vẫn lỗi, hãy đóng và mở lại ngăn Chỉ tiêu.",
    en: "The workbook could not be read. Press the button again; if it keeps failing, close and reopen the Targets pane.",
  },
  paneCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô nên chưa làm được. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi bấm lại.",
    en: "Excel is editing a cell, so this cannot run yet. Press Enter or Esc to leave the cell, then press the button again.",
  },
  paneTargetFieldOp: { vi: "so sánh", en: "comparator" },
  paneTargetFieldValue: { vi: "giá trị", en: "value" },
  paneTargetFieldValueMax: { vi: "giá trị trên", en: "upper value" },
  paneTargetFieldDenominator: { vi: "tổng số", en: "out of" },
  paneTargetFieldUnit: { vi: "đơn vị tính", en: "unit of measure" },
  paneTargetFieldLevel: { vi: "cấp học", en: "level" },
  paneTargetFieldIndicator: { vi: "tên chỉ tiêu", en: "indicator" },
  paneTargetFieldScope: { vi: "phạm vi", en: "scope" },
  paneTargetFieldPeriod: { vi: "kỳ", en: "period" },
  paneTargetFieldSection: { vi: "mục", en: "section" },
  paneTargetFieldKind: { vi: "loại", en: "kind" },

  // --- Step 3: units ----------------------------------------------------------------
  paneUnitsIntro: {
    vi: "Dán danh sách trường (tên, cấp học, xã, vùng; có hoặc không có hàng tiêu đề), hoặc chọn các ô danh sách trong bảng tính rồi bấm “Dùng vùng đang chọn”. Sau đó bấm “Tạo dòng nhập liệu”.",
    en: "Paste the list of schools (name, level, commune, zone; with or without a header row), or select the list's cells in the workbook and press “Use the selected range”. Then press “Make entry rows”.",
  },
  paneUnitsPasteLabel: { vi: "Danh sách đơn vị", en: "Unit list" },
  paneUnitsPlaceholder: {
    vi: "Ví dụ: Trường TH Kim Đồng; TH; Xã Phìn Hồ; ĐBKK",
    en: "e.g. Trường TH Kim Đồng; TH; Xã Phìn Hồ; ĐBKK",
  },
  paneUnitsUseSelection: { vi: "Dùng vùng đang chọn", en: "Use the selected range" },
  paneUnitsSelectionEmpty: {
    vi: "Vùng đang chọn không có nội dung. Hãy chọn các ô chứa danh sách đơn vị trong bảng tính rồi bấm lại.",
    en: "The selected range is empty. Select the cells holding the unit list in the workbook and press the button again.",
  },
  paneUnitsPreviewTitle: { vi: "Đơn vị đọc được ({count})", en: "Units read ({count})" },
  paneUnitsTable: { vi: "Danh sách đơn vị đọc được", en: "Units read from the list" },
  paneUnitsProblemsTitle: { vi: "Dòng bị bỏ qua ({count})", en: "Lines skipped ({count})" },
  paneUnitsNone: {
    vi: "Danh sách chưa có đơn vị nào dùng được; mỗi dòng cần tên trường và cấp học (MN, TH, THCS…).",
    en: "The list has no usable unit yet; each line needs a school name and a level (MN, TH, THCS…).",
  },
  paneUnitsWrite: { vi: "Tạo dòng nhập liệu", en: "Make entry rows" },
  paneUnitsNoPlan: {
    vi: "Bảng tính chưa có sổ theo dõi và ngăn chưa có kế hoạch. Hãy nhập kế hoạch ở bước “Nhập kế hoạch” trước.",
    en: "The workbook has no tracking sheets and the pane has no plan. Import the plan in the “Import the plan” step first.",
  },
  paneUnitsPlanInvalid: {
    vi: "Kế hoạch trong ngăn còn ô cần sửa, hãy sửa ở bước “Nhập kế hoạch” trước. {first}",
    en: "The plan in the pane still has cells to correct; fix them in the “Import the plan” step first. {first}",
  },
  colUnitCode: { vi: "Mã đơn vị", en: "Unit code" },
  colUnitName: { vi: "Tên đơn vị", en: "Unit name" },
  colCommune: { vi: "Xã/phường", en: "Commune/ward" },
  colZone: { vi: "Vùng", en: "Zone" },

  // --- Step 4: check ------------------------------------------------------------------
  paneCheckIntro: {
    vi: "Đọc số liệu đã nhập ở trang Thực hiện và cho biết chỉ tiêu nào chưa đạt, số liệu nào không hợp lệ. Bấm vào một dòng để chuyển tới ô đó trong bảng tính.",
    en: "Reads the figures entered on the Thực hiện sheet and shows which targets are not met and which figures are invalid. Press a row to go to its cell in the workbook.",
  },
  paneCheckRun: { vi: "Kiểm tra sổ", en: "Check the workbook" },
  paneCheckNoBook: {
    vi: "Bảng tính này chưa có sổ theo dõi. Hãy ghi kế hoạch ở bước “Nhập kế hoạch” trước.",
    en: "This workbook has no tracking sheets yet. Write the plan in the “Import the plan” step first.",
  },
  paneCheckCountsTable: { vi: "Số dòng theo trạng thái", en: "Rows by status" },
  colStatus: { vi: "Trạng thái", en: "Status" },
  colRows: { vi: "Dòng số liệu", en: "Entry rows" },
  colDistrict: { vi: "Chỉ tiêu {area}", en: "Whole-area targets ({area})" },
  paneCheckGapsTitle: { vi: "Chưa đạt, nặng nhất trước ({count})", en: "Not met, worst first ({count})" },
  paneCheckNoGaps: { vi: "Không có dòng nào chưa đạt hoặc gần đạt.", en: "No row is short of its target." },
  paneCheckGapItem: {
    vi: "{target} · {unit}: {status}, chênh lệch {gap}",
    en: "{target} · {unit}: {status}, gap {gap}",
  },
  paneCheckInvalidTitle: { vi: "Số liệu không hợp lệ ({count})", en: "Invalid figures ({count})" },
  paneCheckInvalidItem: {
    vi: "{target} · {unit}: {reason} (ô {cell})",
    en: "{target} · {unit}: {reason} (cell {cell})",
  },
  paneCheckInvalidHint: {
    vi: "Các số này lọt qua kiểm tra nhập liệu của Excel (thường do dán vào); hãy nhập lại.",
    en: "These figures got past Excel's data validation (usually by pasting); enter them again.",
  },
  paneCheckMore: {
    vi: "… và {count} dòng khác; xem trang Thực hiện, lọc theo cột Trạng thái.",
    en: "… and {count} more; see the Thực hiện sheet, filtered by the Status column.",
  },
  paneCheckProblemsTitle: { vi: "Điểm bất thường trong sổ ({count})", en: "Problems in the workbook ({count})" },
  paneCheckReapply: { vi: "Áp dụng lại tô màu", en: "Reapply highlighting" },
  paneCheckReapplied: { vi: "Đã tô màu lại các trang của sổ.", en: "The workbook's highlighting was reapplied." },
  paneSelectFailed: {
    vi: "Không chuyển được tới ô {cell} ở trang {sheet}; trang có thể đã bị đổi tên hoặc xoá. Hãy bấm “Kiểm tra sổ” lại.",
    en: "Could not go to cell {cell} on the {sheet} sheet; the sheet may have been renamed or deleted. Press “Check the workbook” again.",
  },

  // --- Step 5: appendices (Phụ lục I and II) ------------------------------------------
  paneStepAppendix: { vi: "Phụ lục", en: "Appendices" },
  paneAppendixIntro: {
    vi: "Lập Phụ lục I (chỉ tiêu và kết quả chung của cả địa bàn) và Phụ lục II (kết quả theo đơn vị) từ sổ theo dõi. Số liệu trong phụ lục là công thức lấy từ trang Thực hiện và Tổng hợp nên tự cập nhật theo số liệu nhập. Cập nhật lại phụ lục không tạo trang mới và giữ tiêu đề, ghi chú đã sửa.",
    en: "Makes Phụ lục I (targets and whole-area results) and Phụ lục II (results by unit) from the tracking workbook. Their figures are formulas over the Thực hiện and Tổng hợp sheets, so they follow the figures entered. Refreshing adds no new sheets and keeps edited titles and notes.",
  },
  paneAppendixReload: { vi: "Đọc lại sổ", en: "Read the workbook again" },
  paneAppendixExisting: {
    vi: "Bảng tính đã có phụ lục; các lựa chọn dưới đây là lựa chọn của lần lập trước.",
    en: "The workbook already has the appendices; the choices below are the ones they were made with.",
  },
  paneAppendixLevel: { vi: "Cấp học", en: "Level" },
  paneAppendixLevelHint: {
    vi: "Mọi cấp: Phụ lục I có toàn bộ kế hoạch, Phụ lục II lấy chỉ tiêu của trường thuộc cấp đầu tiên. Chọn một cấp: cả hai phụ lục chỉ có cấp đó.",
    en: "Every level: Phụ lục I has the whole plan, Phụ lục II the school targets of the first level. One level: both appendices have only that level.",
  },
  paneAppendixLevelAll: { vi: "Mọi cấp", en: "Every level" },
  paneAppendixTargets: { vi: "Chỉ tiêu ở Phụ lục II ({count} đã chọn)", en: "Targets in Phụ lục II ({count} chosen)" },
  paneAppendixTargetsAll: { vi: "Chọn mọi chỉ tiêu", en: "Select every target" },
  paneAppendixTargetsNone: { vi: "Bỏ chọn mọi chỉ tiêu", en: "Clear the targets" },
  paneAppendixTargetsDefault: { vi: "Chọn như mặc định", en: "Default choice" },
  paneAppendixTargetItem: { vi: "{id} · {indicator}", en: "{id} · {indicator}" },
  paneAppendixTargetItemLevel: { vi: "{id} · {level} · {indicator}", en: "{id} · {level} · {indicator}" },
  paneAppendixDistrictTarget: { vi: "{target} ({area})", en: "{target} (whole area: {area})" },
  paneAppendixUnitItem: { vi: "{code} · {name}", en: "{code} · {name}" },
  paneAppendixUnits: { vi: "Đơn vị ở Phụ lục II ({count} đã chọn)", en: "Units in Phụ lục II ({count} chosen)" },
  paneAppendixUnitsEvery: {
    vi: "Mọi trường có chỉ tiêu đã chọn",
    en: "Every school with a chosen target",
  },
  paneAppendixUnitsAll: { vi: "Chọn mọi đơn vị", en: "Select every unit" },
  paneAppendixUnitsNone: { vi: "Bỏ chọn mọi đơn vị", en: "Clear the units" },
  paneAppendixPeriod: { vi: "Năm học / giai đoạn", en: "School year / period" },
  paneAppendixPeriodHint: {
    vi: "Để trống: theo kế hoạch ({period}). Ghi năm học khác thì chỉ lấy chỉ tiêu của năm học đó.",
    en: "Empty: as in the plan ({period}). Another school year keeps only that year's targets.",
  },
  paneAppendixPeriodHintNone: {
    vi: "Để trống: theo kế hoạch. Ghi năm học (ví dụ 2022-2023) thì chỉ lấy chỉ tiêu của năm học đó.",
    en: "Empty: as in the plan. A school year (e.g. 2022-2023) keeps only that year's targets.",
  },
  paneAppendixTitleFirst: { vi: "Tiêu đề Phụ lục I", en: "Title of Phụ lục I" },
  paneAppendixTitleSecond: { vi: "Tiêu đề Phụ lục II", en: "Title of Phụ lục II" },
  paneAppendixTitleHint: {
    vi: "Đặt theo kế hoạch; tiêu đề sửa ở đây hoặc trong trang phụ lục được giữ khi cập nhật.",
    en: "Set from the plan; a title edited here or on the appendix sheet is kept on refresh.",
  },
  paneAppendixTitleReset: { vi: "Dùng tiêu đề mặc định cho {sheet}", en: "Use the default title for {sheet}" },
  paneAppendixSummary: {
    vi: "Phụ lục I: {first} chỉ tiêu. Phụ lục II: {second} chỉ tiêu, {units} đơn vị.",
    en: "Phụ lục I: {first} {first|target|targets}. Phụ lục II: {second} {second|target|targets}, {units} {units|unit|units}.",
  },
  paneAppendixCreate: { vi: "Tạo phụ lục", en: "Make the appendices" },
  paneAppendixUpdate: { vi: "Cập nhật phụ lục", en: "Refresh the appendices" },
  paneAppendixNoTargetsChosen: {
    vi: "Chưa chọn chỉ tiêu nào cho Phụ lục II nên chưa ghi. Hãy chọn ít nhất một chỉ tiêu.",
    en: "No target is chosen for Phụ lục II, so nothing was written. Choose at least one target.",
  },
  paneAppendixNoUnitsChosen: {
    vi: "Chưa chọn đơn vị nào cho Phụ lục II nên chưa ghi. Hãy chọn ít nhất một đơn vị, hoặc chọn “Mọi trường có chỉ tiêu đã chọn”.",
    en: "No unit is chosen for Phụ lục II, so nothing was written. Choose at least one unit, or “Every school with a chosen target”.",
  },
  paneAppendixCreated: {
    vi: "Đã tạo Phụ lục I ({first} chỉ tiêu) và Phụ lục II ({second} chỉ tiêu, {units} đơn vị).",
    en: "Made Phụ lục I ({first} {first|target|targets}) and Phụ lục II ({second} {second|target|targets}, {units} {units|unit|units}).",
  },
  paneAppendixUpdated: {
    vi: "Đã cập nhật Phụ lục I ({first} chỉ tiêu) và Phụ lục II ({second} chỉ tiêu, {units} đơn vị); tiêu đề và ghi chú đã sửa được giữ.",
    en: "Refreshed Phụ lục I ({first} {first|target|targets}) and Phụ lục II ({second} {second|target|targets}, {units} {units|unit|units}); edited titles and notes were kept.",
  },
  paneAppendixGoTo: { vi: "Mở Phụ lục I", en: "Go to Phụ lục I" },
  paneAppendixSelectFailed: {
    vi: "Không mở được trang {sheet}; trang có thể đã bị đổi tên hoặc xoá. Hãy bấm “Cập nhật phụ lục” để lập lại.",
    en: "Could not go to the {sheet} sheet; it may have been renamed or deleted. Press “Refresh the appendices” to make it again.",
  },
} satisfies Record<string, Message>;
