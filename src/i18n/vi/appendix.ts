// The message catalog, Vietnamese (the source text; ../en/appendix.ts says each in English).
// strings of the plan's
// appendices, Phụ lục I and II (src/workbook/appendix, src/export/appendix-docx.ts,
// src/cli/appendix.ts).
// documents, so they use the Vietnamese strings; English is for the CLI and pane.
// `{name}` placeholders are filled by `t` (../messages.ts).

export const appendixVi = {
  // --- Sheet names and the heading block (Nghị định 30/2020/NĐ-CP) ---------
  appendixSheetFirst: "Phụ lục I",
  appendixSheetSecond: "Phụ lục II",
  appendixTitleFirst: "Chỉ tiêu kế hoạch và kết quả thực hiện{period}",
  appendixTitleSecond: "Chỉ tiêu và kết quả thực hiện theo đơn vị{period}",
  appendixTitleSecondLevel: "Chỉ tiêu và kết quả thực hiện cấp {level} theo đơn vị{period}",
  appendixPeriodSchoolYear: " năm học {period}",
  appendixPeriodYear: " năm {period}",
  appendixPeriodRange: " giai đoạn {period}",
  appendixAttachedTo: "(Kèm theo {document} số {number} ngày {day} tháng {month} năm {year} của {issuer})",
  appendixDocumentPlan: "Kế hoạch",
  appendixDocumentDecision: "Quyết định",
  appendixDocumentOther: "Văn bản",
  // Left as dots where the plan does not say, for the officer to fill in by hand.
  appendixDots: "……",
  appendixDateDots: "…",

  // --- Table headers ----------------------------------------------------------
  appendixColNo: "TT",
  appendixColIndicator: "Chỉ tiêu",
  appendixColMeasureUnit: "Đơn vị tính",
  appendixColBaseline: "Kết quả năm trước",
  appendixColPlan: "Kế hoạch",
  appendixColActual: "Thực hiện",
  appendixColCompare: "So sánh",
  appendixColGap: "Chênh lệch",
  appendixColPercent: "Tỷ lệ so với kế hoạch (%)",
  appendixColAssessment: "Đánh giá",
  appendixColNote: "Ghi chú",
  appendixColUnit: "Đơn vị",
  appendixColKey: "Mã (cột ẩn, không xoá)",
  appendixTargetHeader: "{indicator} ({unit})",

  // --- The plan's figure with its comparator ("≥ 98,1") ------------------------
  appendixPlanGte: "≥ {value}",
  appendixPlanGt: "> {value}",
  appendixPlanLte: "≤ {value}",
  appendixPlanLt: "< {value}",
  appendixPlanEq: "{value}",
  appendixPlanBetween: "{min} – {max}",
  appendixPlanApprox: "≈ {value}",
  appendixPlanIncrease: "tăng {value}",
  appendixPlanDecrease: "giảm {value}",

  // --- Groups and rows -----------------------------------------------------------
  appendixGroupGeneral: "Chỉ tiêu chung",
  appendixGroupSectionLevel: "{section} – {level}",
  appendixGroupMultiLevel: "Liên cấp {levels}",
  appendixAnd: " và ",
  // Phụ lục II of a province's book groups units by xã/phường; these have none written on Đơn vị.
  appendixGroupNoCommune: "Chưa ghi xã/phường",
  // A unit that does not report on a target (another level).
  appendixNotApplicable: "–",

  // --- Choices that cannot be made ------------------------------------------------
  appendixErrorUnknownTargets: "Kế hoạch trong sổ không có chỉ tiêu {ids}.",
  appendixErrorBaselineTargets: "{ids} là số liệu hiện trạng, không phải chỉ tiêu cần đạt; không đưa vào phụ lục được.",
  appendixErrorUnknownUnits: "Sổ không có đơn vị {codes}.",
  appendixErrorNoTargets: "Không có chỉ tiêu nào cho Phụ lục I với lựa chọn này (cấp học, danh sách chỉ tiêu, năm học).",
  appendixErrorNoLevelTargets: "Không có chỉ tiêu nào của các trường cho Phụ lục II với lựa chọn này; hãy chọn cấp học khác hoặc ghi rõ mã chỉ tiêu.",

  // --- chitieu appendix (src/cli/appendix.ts) ---------------------------------------
  cliUsageBadLevel: "Không hiểu cấp học “{level}”; hãy ghi mam_non, tieu_hoc, thcs, thpt, gdtx, chung hoặc MN, TH, THCS, THPT, GDTX, hoặc all cho mọi cấp.",
  cliUsageOutputNotDocx: "Tệp Word cần có đuôi .docx: {file}.",
  cliUsageEmptyList: "{option} cần một danh sách mã, cách nhau bằng dấu phẩy.",
  cliUsageMissingAppendixBook: "Thiếu tệp sổ theo dõi: chitieu appendix <sổ.xlsx> -o <sổ-mới.xlsx> [--docx <phụ-lục.docx>]",
  cliAppendixDataAtRisk: "Sổ có {count} dòng số liệu không thuộc chỉ tiêu, đơn vị nào của sổ hoặc bị trùng (ví dụ: {examples}); lập lại sổ sẽ mất chúng nên chưa lập phụ lục. Hãy sửa hoặc xoá các dòng đó ở trang Thực hiện.",
  cliAppendixForeignSheet: "Trang “{sheet}” không do Chỉ tiêu kế hoạch tạo nên không có trong sổ mới; sổ gốc vẫn giữ trang này.",
  cliAppendixForeignSheetSameFile: "Sổ có trang “{sheet}” không do Chỉ tiêu kế hoạch tạo; ghi đè lên chính sổ này sẽ mất trang đó. Hãy ghi ra tệp khác.",
  cliAppendixDone: "Đã ghi {file}: Phụ lục I có {targets} chỉ tiêu trong {groups} nhóm; Phụ lục II có {columns} chỉ tiêu{level} của {units} đơn vị.",
  cliAppendixDoneLevel: " cấp {level}",
  cliAppendixDocxDone: "Đã ghi hai phụ lục ra tệp Word {file}.",
} as const satisfies Record<string, string>;
