// Tricky phrasings, one group per pass of the engine (src/domain/extract).
// Each case is a short text written for the rule it exercises (not copied
// from any labelled document); passes.golden.json holds what the engine
// reads from it, checked by passes.golden.test.ts. Regenerate after a
// deliberate change with UPDATE_GOLDEN=1 and review the diff.

export interface PassCase {
  name: string;
  text: string;
}

const PLAN = "KẾ HOẠCH\nPhát triển giáo dục năm học 2025-2026\nII. MỤC TIÊU\n";
const REPORT = "BÁO CÁO\nTổng kết năm học 2024-2025\n";
const NEWS = "date 2025-10-02 Giáo dục\n";

export const PASS_CASES: Record<string, PassCase[]> = {
  figures: [
    { name: "fraction with restated rate is one item", text: `${REPORT}Trẻ 5 tuổi ra lớp 1.282/1.290 trẻ, đạt 99,38%.` },
    { name: "thousands and millions stay in the unit", text: `${NEWS}Cả nước có gần 395 nghìn học sinh và hơn 1,2 triệu lao động được đào tạo.` },
    { name: "dates, years, grades and ages are not figures", text: `${PLAN}Ngày 05/9/2025, học sinh lớp 1 đến lớp 5, trẻ 3-5 tuổi, Chương trình GDPT 2018.` },
    { name: "percent range", text: `${PLAN}Tỷ lệ học sinh bỏ học 0,7 - 1%.` },
  ],
  comparator: [
    { name: "per-year decrease", text: `${PLAN}Giảm tỷ lệ học sinh bỏ học trung bình 0,2%/năm.` },
    { name: "decrease 'thêm' after the subject", text: `${PLAN}Giảm tỷ lệ trẻ suy dinh dưỡng thêm 1%.` },
    { name: "increase against last year", text: `${PLAN}Tỷ lệ học sinh khá giỏi tăng 3% so với năm học trước.` },
    { name: "down to, against a year, is a change", text: `${PLAN}Tỷ lệ bỏ học giảm xuống 1,5% so với năm 2024.` },
    { name: "from A up to B: a start and a target", text: `${PLAN}Nâng tỷ lệ trường đạt chuẩn quốc gia từ 60% lên 75%.` },
    { name: "up to N schools", text: `${PLAN}Nâng số trường đạt chuẩn quốc gia lên 20 trường.` },
    { name: "share in a report", text: `${REPORT}Học sinh dân tộc thiểu số chiếm 45,2%.` },
    { name: "minimum in a requirement list", text: `${PLAN}Yêu cầu: tối thiểu 80% học sinh đạt chuẩn; ít nhất 2 giáo viên mỗi lớp.` },
    { name: "below and no more than", text: `${PLAN}Tỷ lệ bỏ học dưới 0,5%; tỷ lệ lưu ban không quá 1%.` },
  ],
  kind: [
    { name: "plain rate in a report is a result", text: `${REPORT}Tỷ lệ chuyên cần đạt 98,9%.` },
    { name: "earlier school year in a plan is a result", text: `${PLAN}Năm học 2024-2025 tỷ lệ huy động đạt 95%. Phấn đấu năm học 2025-2026 đạt 97%.` },
    { name: "commitment in a news article", text: `${NEWS}Tính đến tháng 6/2025, tỉnh có 450 trường đạt chuẩn. Mục tiêu đến năm 2030 có 80% trường đạt chuẩn quốc gia.` },
    { name: "past and new term in a resolution", text: "NGHỊ QUYẾT\nĐại hội Đảng bộ xã nhiệm kỳ 2025-2030\nNhiệm kỳ 2020-2025, tỷ lệ lao động qua đào tạo đạt 65%. Nhiệm kỳ 2025-2030, phấn đấu tỷ lệ lao động qua đào tạo đạt 75%." },
    { name: "a follow-up sentence continues the one before", text: `${NEWS}Năm học vừa qua, xã đạt được nhiều kết quả. Cụ thể, tỷ lệ huy động trẻ ra lớp đạt 99%.` },
  ],
  level: [
    { name: "level words beside the figure", text: `${PLAN}Huy động trẻ mẫu giáo đạt 98,5%; học sinh vào lớp 6 đạt 99%; học sinh THPT lên lớp đạt 97%.` },
    { name: "scope in brackets and zone", text: `${PLAN}Học sinh tiểu học hoàn thành chương trình đạt 99% (vùng đặc biệt khó khăn 97%).` },
    { name: "inline level label", text: `${PLAN}Cấp học Mầm non: tỷ lệ trẻ suy dinh dưỡng dưới 5%.` },
  ],
  indicator: [
    { name: "lead-ins are not part of the name", text: `${PLAN}Theo đó, đến năm 2030, tỷ lệ trường đạt chuẩn quốc gia đạt 80%.` },
    { name: "a school year opening the sentence", text: `${PLAN}Năm học 2025-2026, tỷ lệ giáo viên đạt chuẩn trình độ đào tạo đạt 100%.` },
    { name: "phấn đấu", text: `${PLAN}Phấn đấu 100% trường tiểu học dạy 2 buổi/ngày.` },
  ],
  period: [
    { name: "target year", text: `${PLAN}Đến năm 2030, 90% trường mầm non đạt chuẩn quốc gia.` },
    { name: "term of office", text: "NGHỊ QUYẾT\nĐại hội Đảng bộ xã nhiệm kỳ 2025-2030\nPhấn đấu đến hết nhiệm kỳ 2025-2030 có 100% trường đạt chuẩn quốc gia." },
  ],
  topic: [
    { name: "budget, income and poverty are not tracked", text: "NGHỊ QUYẾT\nĐại hội nhiệm kỳ 2025-2030\nThu nhập bình quân đầu người đạt 60 triệu đồng; tỷ lệ hộ nghèo giảm 2%/năm; tỷ lệ trẻ 5 tuổi ra lớp đạt 100%." },
    { name: "party work is not tracked", text: `${NEWS}Chi bộ phát triển mới 3 đảng viên, đạt 150% so với nghị quyết; 100% học sinh hoàn thành chương trình.` },
  ],
  confidence: [
    { name: "a target in a news article with no cue of its own is flagged", text: `${NEWS}Theo thống kê, tỉnh có 120 trường. Mục tiêu của tỉnh là nâng cao chất lượng.\nTỷ lệ học sinh khá giỏi 60%.` },
    { name: "a bare number in a plan", text: `${PLAN}Số trường đạt chuẩn: Mầm non 12; Tiểu học 15.` },
  ],
};
