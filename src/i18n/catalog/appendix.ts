// Part of the one message catalog (../messages.ts): strings of the plan's
// appendices, Phụ lục I and II (src/workbook/appendix, src/export/appendix-docx.ts,
// src/cli/appendix.ts). Vietnamese first, English second; `{name}` placeholders
// are filled by `t`. The sheets and the Word file are administrative
// documents, so they use the Vietnamese strings; English is for the CLI and pane.

import type { Message } from "../message";

export const appendixMessages = {
  // --- Sheet names and the heading block (Nghị định 30/2020/NĐ-CP) ---------
  appendixSheetFirst: { vi: "Phụ lục I", en: "Appendix I" },
  appendixSheetSecond: { vi: "Phụ lục II", en: "Appendix II" },
  appendixTitleFirst: {
    vi: "Chỉ tiêu kế hoạch và kết quả thực hiện{period}",
    en: "Plan targets and results{period}",
  },
  appendixTitleSecond: {
    vi: "Chỉ tiêu và kết quả thực hiện theo đơn vị{period}",
    en: "Targets and results by unit{period}",
  },
  appendixTitleSecondLevel: {
    vi: "Chỉ tiêu và kết quả thực hiện cấp {level} theo đơn vị{period}",
    en: "{level} targets and results by unit{period}",
  },
  appendixPeriodSchoolYear: { vi: " năm học {period}", en: ", school year {period}" },
  appendixPeriodYear: { vi: " năm {period}", en: ", {period}" },
  appendixPeriodRange: { vi: " giai đoạn {period}", en: ", {period}" },
  appendixAttachedTo: {
    vi: "(Kèm theo {document} số {number} ngày {day} tháng {month} năm {year} của {issuer})",
    en: "(Attached to {document} No. {number} of {day}/{month}/{year} by {issuer})",
  },
  appendixDocumentPlan: { vi: "Kế hoạch", en: "Plan" },
  appendixDocumentDecision: { vi: "Quyết định", en: "Decision" },
  appendixDocumentOther: { vi: "Văn bản", en: "Document" },
  // Left as dots where the plan does not say, for the officer to fill in by hand.
  appendixDots: { vi: "……", en: "……" },
  appendixDateDots: { vi: "…", en: "…" },

  // --- Table headers ----------------------------------------------------------
  appendixColNo: { vi: "TT", en: "No." },
  appendixColIndicator: { vi: "Chỉ tiêu", en: "Indicator" },
  appendixColMeasureUnit: { vi: "Đơn vị tính", en: "Unit of measure" },
  appendixColBaseline: { vi: "Kết quả năm trước", en: "Previous result" },
  appendixColPlan: { vi: "Kế hoạch", en: "Plan" },
  appendixColActual: { vi: "Thực hiện", en: "Actual" },
  appendixColCompare: { vi: "So sánh", en: "Comparison" },
  appendixColGap: { vi: "Chênh lệch", en: "Gap" },
  appendixColPercent: { vi: "Tỷ lệ so với kế hoạch (%)", en: "Share of plan (%)" },
  appendixColAssessment: { vi: "Đánh giá", en: "Assessment" },
  appendixColNote: { vi: "Ghi chú", en: "Note" },
  appendixColUnit: { vi: "Đơn vị", en: "Unit" },
  appendixColKey: { vi: "Mã (cột ẩn, không xoá)", en: "Code (hidden column, keep)" },
  appendixTargetHeader: { vi: "{indicator} ({unit})", en: "{indicator} ({unit})" },

  // --- The plan's figure with its comparator ("≥ 98,1") ------------------------
  appendixPlanGte: { vi: "≥ {value}", en: "≥ {value}" },
  appendixPlanGt: { vi: "> {value}", en: "> {value}" },
  appendixPlanLte: { vi: "≤ {value}", en: "≤ {value}" },
  appendixPlanLt: { vi: "< {value}", en: "< {value}" },
  appendixPlanEq: { vi: "{value}", en: "{value}" },
  appendixPlanBetween: { vi: "{min} – {max}", en: "{min} – {max}" },
  appendixPlanApprox: { vi: "≈ {value}", en: "≈ {value}" },
  appendixPlanIncrease: { vi: "tăng {value}", en: "up {value}" },
  appendixPlanDecrease: { vi: "giảm {value}", en: "down {value}" },

  // --- Groups and rows -----------------------------------------------------------
  appendixGroupGeneral: { vi: "Chỉ tiêu chung", en: "General targets" },
  appendixGroupSectionLevel: { vi: "{section} – {level}", en: "{section} – {level}" },
  appendixGroupMultiLevel: { vi: "Liên cấp {levels}", en: "Multi-level ({levels})" },
  appendixAnd: { vi: " và ", en: " and " },
  // Phụ lục II of a province's book groups units by xã/phường; these have none written on Đơn vị.
  appendixGroupNoCommune: { vi: "Chưa ghi xã/phường", en: "No commune/ward given" },
  // A unit that does not report on a target (another level).
  appendixNotApplicable: { vi: "–", en: "–" },

  // --- Choices that cannot be made ------------------------------------------------
  appendixErrorUnknownTargets: {
    vi: "Kế hoạch trong sổ không có chỉ tiêu {ids}.",
    en: "The workbook's plan has no target {ids}.",
  },
  appendixErrorBaselineTargets: {
    vi: "{ids} là số liệu hiện trạng, không phải chỉ tiêu cần đạt; không đưa vào phụ lục được.",
    en: "{ids} are baselines, not targets to reach; they cannot go in an appendix.",
  },
  appendixErrorUnknownUnits: {
    vi: "Sổ không có đơn vị {codes}.",
    en: "The workbook has no unit {codes}.",
  },
  appendixErrorNoTargets: {
    vi: "Không có chỉ tiêu nào cho Phụ lục I với lựa chọn này (cấp học, danh sách chỉ tiêu, năm học).",
    en: "No target fits Appendix I with these choices (level, target list, school year).",
  },
  appendixErrorNoLevelTargets: {
    vi: "Không có chỉ tiêu nào của các trường cho Phụ lục II với lựa chọn này; hãy chọn cấp học khác hoặc ghi rõ mã chỉ tiêu.",
    en: "No school target fits Appendix II with these choices; choose another level or list the target IDs.",
  },

  // --- chitieu appendix (src/cli/appendix.ts) ---------------------------------------
  cliUsageBadLevel: {
    vi: "Không hiểu cấp học “{level}”; hãy ghi mam_non, tieu_hoc, thcs, thpt, gdtx, chung hoặc MN, TH, THCS, THPT, GDTX, hoặc all cho mọi cấp.",
    en: "Level “{level}” is not understood; write mam_non, tieu_hoc, thcs, thpt, gdtx, chung or MN, TH, THCS, THPT, GDTX, or all for every level.",
  },
  cliUsageOutputNotDocx: {
    vi: "Tệp Word cần có đuôi .docx: {file}.",
    en: "The Word file must end in .docx: {file}.",
  },
  cliUsageEmptyList: {
    vi: "{option} cần một danh sách mã, cách nhau bằng dấu phẩy.",
    en: "{option} needs a list of codes separated by commas.",
  },
  cliUsageMissingAppendixBook: {
    vi: "Thiếu tệp sổ theo dõi: chitieu appendix <sổ.xlsx> -o <sổ-mới.xlsx> [--docx <phụ-lục.docx>]",
    en: "Missing workbook: chitieu appendix <book.xlsx> -o <new-book.xlsx> [--docx <appendices.docx>]",
  },
  cliAppendixDataAtRisk: {
    vi: "Sổ có {count} dòng số liệu không thuộc chỉ tiêu, đơn vị nào của sổ hoặc bị trùng (ví dụ: {examples}); lập lại sổ sẽ mất chúng nên chưa lập phụ lục. Hãy sửa hoặc xoá các dòng đó ở trang Thực hiện.",
    en: {
      one: "The workbook has 1 row of figures that belongs to no target or unit of the book, or repeats a row ({examples}); rewriting the book would lose it, so no appendix was made. Fix or delete that row on the Thực hiện sheet.",
      other: "The workbook has {count} rows of figures that belong to no target or unit of the book, or repeat a row (e.g. {examples}); rewriting the book would lose them, so no appendix was made. Fix or delete those rows on the Thực hiện sheet.",
    },
  },
  cliAppendixForeignSheet: {
    vi: "Trang “{sheet}” không do Chỉ tiêu kế hoạch tạo nên không có trong sổ mới; sổ gốc vẫn giữ trang này.",
    en: "Sheet “{sheet}” was not made by Plan targets, so the new workbook does not have it; the original keeps it.",
  },
  cliAppendixForeignSheetSameFile: {
    vi: "Sổ có trang “{sheet}” không do Chỉ tiêu kế hoạch tạo; ghi đè lên chính sổ này sẽ mất trang đó. Hãy ghi ra tệp khác.",
    en: "The workbook has sheet “{sheet}”, not made by Plan targets; overwriting this very workbook would lose it. Write to another file.",
  },
  cliAppendixDone: {
    vi: "Đã ghi {file}: Phụ lục I có {targets} chỉ tiêu trong {groups} nhóm; Phụ lục II có {columns} chỉ tiêu{level} của {units} đơn vị.",
    en: "Wrote {file}: Appendix I has {targets} {targets|target|targets} in {groups} {groups|group|groups}; Appendix II has {columns} {columns|target|targets}{level} for {units} {units|unit|units}.",
  },
  cliAppendixDoneLevel: { vi: " cấp {level}", en: " ({level})" },
  cliAppendixDocxDone: {
    vi: "Đã ghi hai phụ lục ra tệp Word {file}.",
    en: "Wrote both appendices to the Word file {file}.",
  },
} satisfies Record<string, Message>;
