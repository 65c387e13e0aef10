// The Vietnamese the engine must understand, one construction at a time.
// Sentences here are written for the tests (not taken from the seed plans),
// so passing them says the rules generalise beyond the seeds.
import { extractPlan } from "../../src/domain/extract";
import type { Target } from "../../src/domain/plan";

const PLAN_HEAD = "II. MỤC TIÊU NĂM HỌC 2025-2026\n";

function targets(body: string, head = PLAN_HEAD): Target[] {
  return extractPlan(head + body).targets;
}

function summary(t: Target): string {
  const value = t.value_max !== null ? `${t.value}-${t.value_max}` : t.denominator !== null ? `${t.value}/${t.denominator}` : `${t.value}`;
  return `${t.op} ${value} ${t.unit}`;
}

describe("comparators in sentences", () => {
  it.each<[string, string]>([
    ["Tỷ lệ huy động trẻ mẫu giáo đạt 97,2%.", "gte 97.2 %"],
    ["Huy động trẻ nhà trẻ đạt từ 35,5% trở lên.", "gte 35.5 %"],
    ["Tỷ lệ học sinh lên lớp tối thiểu 98%.", "gte 98 %"],
    ["Có ít nhất 03 trường tiểu học đạt chuẩn quốc gia.", "gte 3 trường"],
    ["Tỷ lệ chuyên cần trên 96%.", "gt 96 %"],
    ["Tỷ lệ học sinh tốt nghiệp hơn 98,5%.", "gt 98.5 %"],
    ["Số học sinh giỏi vượt 15% so với kế hoạch.", "gt 15 %"],
    ["Tỷ lệ trẻ thừa cân dưới 4%.", "lt 4 %"],
    ["Giảm tỷ lệ học sinh bỏ học xuống dưới 0,5%.", "lt 0.5 %"],
    ["Tỷ lệ học sinh lưu ban còn dưới 1%.", "lt 1 %"],
    ["Sĩ số bình quân không quá 35 học sinh trên một lớp.", "lte 35 học sinh"],
    ["Tỷ lệ giáo viên hợp đồng tối đa 5%.", "lte 5 %"],
    ["Khoảng 70% học sinh tốt nghiệp THCS vào học THPT.", "approx 70 %"],
    ["Phấn đấu xây dựng thêm 2 - 3 trường đạt chuẩn.", "between 2-3 trường"],
    ["Tỷ lệ trẻ suy dinh dưỡng giảm 1,5% so với đầu năm học.", "decrease_by 1.5 %"],
    ["Số học sinh đạt giải tăng 12 học sinh so với năm học trước.", "increase_by 12 học sinh"],
    ["Duy trì 100% trường có thư viện đạt chuẩn.", "gte 100 %"],
    ["Năm học này có 09 trường đạt chuẩn quốc gia.", "eq 9 trường"],
    ["Tham gia thi cấp tỉnh 04 dự án khoa học kỹ thuật.", "eq 4 dự án"],
    ["Phấn đấu xây dựng tối thiểu một trường chất lượng cao.", "gte 1 trường"],
    ["Tỷ lệ chuyên cần từ 95% đến 98%.", "between 95-98 %"],
    ["Xây dựng từ 2 đến 3 trường chuẩn quốc gia.", "between 2-3 trường"],
    ["Số học sinh giỏi tăng ít nhất 2% so với năm học trước.", "increase_by 2 %"],
    ["Giảm tỷ lệ trẻ thấp còi xuống 5%.", "lte 5 %"],
    ["Tỷ lệ học sinh lên lớp bằng hoặc cao hơn 95%.", "gte 95 %"],
    ["Có 02 (hai) trường được công nhận đạt chuẩn.", "eq 2 trường"],
  ])("%s → %s", (sentence, expected) => {
    const found = targets(sentence);
    expect(found.map(summary)).toEqual([expected]);
  });
});

describe("fractions, numbers and lists", () => {
  it("reads a count out of a total and drops the rate that restates it", () => {
    const found = targets("Nâng số trường chuẩn quốc gia 31/52 trường = 59,62%.");
    expect(found.map(summary)).toEqual(["eq 31/52 trường"]);
  });

  it("reads 17/17 xã and 100% (12/12) xã as one figure each", () => {
    expect(targets("Duy trì 15/15 xã, thị trấn đạt chuẩn phổ cập giáo dục tiểu học.").map(summary)).toEqual(["gte 15/15 xã"]);
    expect(targets("Duy trì 100% (12/12) xã đạt chuẩn phổ cập.").map(summary)).toEqual(["gte 12/12 xã"]);
  });

  it("reads thousands, decimals and leading zeros", () => {
    const found = extractPlan("I. KẾT QUẢ NĂM HỌC 2024-2025\nToàn huyện có 2.456 trẻ, 07 trường và tỷ lệ chuyên cần 97,85%.").targets;
    expect(found.map(summary)).toEqual(["eq 2456 trẻ", "eq 7 trường", "eq 97.85 %"]);
  });

  it("splits a list that shares a subject into one target per figure", () => {
    const found = targets("Giảm tỷ lệ suy dinh dưỡng thể thấp còi nhà trẻ xuống dưới 9%, trẻ mẫu giáo dưới 7%.");
    expect(found.map(summary)).toEqual(["lt 9 %", "lt 7 %"]);
    expect(found.every((t) => t.level === "mam_non")).toBe(true);
    expect(found[1].indicator).toContain("mẫu giáo");
  });

  it("keeps a bracketed qualifier as its own target with its scope", () => {
    const found = targets("Tỷ lệ học sinh có kết quả rèn luyện Tốt trên 85% (vùng ĐBKK 80%).");
    expect(found.map(summary)).toEqual(["gt 85 %", "gte 80 %"]);
    expect(found[1].scope).toMatch(/ĐBKK/);
  });

  it("reads a level of attainment on its own, not as a name part", () => {
    const found = targets("Giữ vững chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; 11 xã đạt chuẩn mức độ 3.");
    expect(found.map(summary)).toEqual(["gte 2 mức độ", "eq 11 xã"]);
    expect(found[0].level).toBe("thcs");
  });
});

describe("levels", () => {
  it("takes the level from a label, a heading or the words beside the figure", () => {
    const plan = extractPlan(
      [
        "II. MỤC TIÊU",
        "1. Giáo dục mầm non",
        "Tỷ lệ chuyên cần đạt 95%.",
        "2. Chất lượng giáo dục phổ thông",
        "- Cấp Tiểu học: tỷ lệ hoàn thành chương trình lớp học đạt 99%.",
        "- Cấp THCS: tỷ lệ tốt nghiệp đạt 98%; 60% học sinh THPT đạt học lực khá.",
        "- 25% học viên giáo dục thường xuyên đạt chuẩn đầu ra.",
        "- Tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%.",
        "- 100% giáo viên đạt chuẩn nghề nghiệp.",
      ].join("\n"),
    );
    expect(plan.targets.map((t) => t.level)).toEqual(["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx", "tieu_hoc", "chung"]);
    expect(plan.targets[0].section).toBe("II.1");
  });

  it("reads the level of a 'name: figure' item from the words before the colon", () => {
    const found = targets("- Tỷ lệ huy động trẻ mẫu giáo: 98%;\n- Tỷ lệ học sinh THCS tốt nghiệp: 99%.");
    expect(found.map((t) => `${t.level} ${t.value}`)).toEqual(["mam_non 98", "thcs 99"]);
  });

  it("names one target per level when a figure is shared by levels listed together", () => {
    const found = targets("Tỷ lệ phòng học kiên cố cấp THCS, THPT đạt 100%.");
    expect(found.map((t) => t.level)).toEqual(["thcs", "thpt"]);
  });
});

describe("kinds", () => {
  it("reads a report's figures as results until its plan for next year", () => {
    const plan = extractPlan(
      [
        "BÁO CÁO",
        "Tổng kết năm học 2024-2025",
        "I. CÔNG TÁC PHỔ CẬP",
        "Tỷ lệ huy động trẻ mẫu giáo đạt 98,2%, tăng 0,5% so với năm học trước.",
        "II. PHƯƠNG HƯỚNG NĂM HỌC 2025-2026",
        "Tỷ lệ huy động trẻ mẫu giáo đạt 98,5%.",
      ].join("\n"),
    );
    expect(plan.targets.map((t) => `${t.kind} ${t.op} ${t.value}`)).toEqual(["baseline eq 98.2", "baseline increase_by 0.5", "target gte 98.5"]);
  });

  it("reads a school year that ended before the plan's as a reported result", () => {
    const plan = extractPlan("KẾ HOẠCH\nNăm học 2025-2026\nII. MỤC TIÊU\nNăm học 2024-2025 tỷ lệ chuyên cần đạt 95%. Phấn đấu năm học 2025-2026 đạt 97%.");
    expect(plan.targets.map((t) => `${t.kind} ${t.op} ${t.value}`)).toEqual(["baseline eq 95", "target gte 97"]);
  });

  it("tells reported results from commitments by the part of the plan", () => {
    const plan = extractPlan(
      [
        "I. KẾT QUẢ THỰC HIỆN NĂM HỌC 2024-2025",
        "Tỷ lệ huy động trẻ mẫu giáo đạt 98,2%.",
        "II. MỤC TIÊU NĂM HỌC 2025-2026",
        "Tỷ lệ huy động trẻ mẫu giáo đạt 98,5%.",
      ].join("\n"),
    );
    expect(plan.targets.map((t) => `${t.kind} ${t.op} ${t.value}`)).toEqual(["baseline eq 98.2", "target gte 98.5"]);
    expect(plan.targets.map((t) => t.period)).toEqual(["2024-2025", "2025-2026"]);
  });
});

describe("what is not a target", () => {
  it.each([
    "Căn cứ Quyết định số 1234/QĐ-UBND ngày 20/8/2024 của UBND tỉnh.",
    "Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024.",
    "Triển khai Chương trình giáo dục phổ thông 2018 giai đoạn 2021-2025.",
    "Dạy học tiếng Anh cho học sinh lớp 3, 4, 5 và trẻ 5 tuổi làm quen tiếng Anh.",
    "Tổ chức cho trẻ từ 3-5 tuổi học 2 buổi/ngày.",
    "Tập tô 29 chữ cái và 10 chữ số trong năm học.",
    "Học sinh đạt trình độ tiếng Anh bậc 2/6.",
    "Khai giảng vào ngày 05 tháng 9 năm 2025.",
    "(1) Nâng cao chất lượng. 2.3. Đổi mới quản lý.",
  ])("%s", (sentence) => {
    expect(targets(sentence)).toEqual([]);
  });

  it("skips the month-by-month calendar and the recipients list", () => {
    const plan = extractPlan(
      [
        "III. KẾ HOẠCH THÁNG",
        "1. Tháng 9 năm 2025",
        "Kiểm tra 15 trường; 100% trường khai giảng đúng ngày.",
        "Nơi nhận:",
        "- 20 trường học;",
      ].join("\n"),
    );
    expect(plan.targets).toEqual([]);
  });
});

describe("metadata and quotes", () => {
  const plan = extractPlan(
    [
      "ỦY BAN NHÂN DÂN HUYỆN TÂN UYÊN",
      "Số: 145/KH-UBND",
      "Tân Uyên, ngày 12 tháng 9 năm 2025",
      "KẾ HOẠCH",
      "Nâng cao chất lượng giáo dục năm học 2025-2026",
      "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/7/2025;",
      "II. MỤC TIÊU",
      "Huy động trẻ  mẫu\u00a0giáo ra lớp đạt từ 98,1%\ntrở lên.",
    ].join("\n"),
  );

  it("reads the header block", () => {
    expect(plan.meta).toEqual({
      issuer: "ỦY BAN NHÂN DÂN HUYỆN TÂN UYÊN",
      number: "145/KH-UBND",
      date: "2025-09-12",
      title: "KẾ HOẠCH Nâng cao chất lượng giáo dục năm học 2025-2026",
      period: "2025-2026",
      governingBody: null,
      government: "huyen",
      area: "huyện Tân Uyên",
      genre: "plan",
    });
  });

  it("quotes the comparator with the figure, at its offset in the normalized text", () => {
    expect(plan.targets).toHaveLength(1);
    const [t] = plan.targets;
    expect(t.quote).toBe("từ 98,1% trở lên");
    expect(t.indicator).toBe("Huy động trẻ mẫu giáo ra lớp");
  });
});
