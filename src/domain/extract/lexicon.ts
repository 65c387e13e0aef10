// The words the engine decides by, as data. Each list says one thing about a
// sentence; the passes (kind.ts, topic.ts, comparators.ts) read them through
// `wordPattern`, so adding a phrasing is adding a string here.

/** A case-insensitive pattern matching any of `words` as whole Vietnamese words. */
export function wordPattern(words: readonly string[], flags = "iu"): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, flags);
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s");
}

/**
 * Words that promise: what is to be reached ("phấn đấu 100% …", "mục tiêu
 * …", "tối thiểu 80% học sinh …"). Times ("đến năm 2030") are read in
 * kind.ts against the document's own date.
 */
export const COMMITMENT_WORDS = [
  "phấn đấu",
  "mục tiêu",
  "chỉ tiêu",
  "kết quả cần đạt",
  "đề ra",
  "đặt ra",
  "phải đạt",
  "phải có",
  "sẽ",
  "dự kiến",
  "định hướng",
  "tầm nhìn",
  "tối thiểu",
  "ít nhất",
  "yêu cầu",
] as const;

/** Words that report: what has been reached ("đã", "hiện có", "tính đến", "vừa qua"). */
export const ACHIEVEMENT_WORDS = [
  "đã",
  "đạt được",
  "hiện nay",
  "hiện tại",
  "hiện có",
  "hiện đang",
  "tính đến",
  "đến nay",
  "đến thời điểm này",
  "đến thời điểm hiện tại",
  "vừa qua",
  "năm qua",
  "những năm qua",
  "nhiều năm qua",
  "thời gian qua",
  "theo thống kê",
  "theo báo cáo",
  "theo đánh giá",
  "cho biết",
  "vừa",
  "qua đối chiếu",
  "hoàn thành vượt",
  "vượt chỉ tiêu",
  "hoàn thành vượt chỉ tiêu",
  "hoàn thành chỉ tiêu",
  "đạt chỉ tiêu",
  "kết quả năm học",
  "kết quả đạt được",
  "kết quả thực hiện",
] as const;

export const COMMITMENT_CUES: ReadonlySet<string> = new Set(COMMITMENT_WORDS);

/**
 * Achievement words too common to overrule a plan: "đã" also describes
 * ("phòng học tạm đã xuống cấp", "sau khi đã bồi dưỡng"). They decide only
 * where nothing says the text is a plan.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set(["đã"]);

/** One pattern for both lists: at each place the longest phrase wins ("vượt chỉ tiêu" over "chỉ tiêu"). */
export function cuePattern(): RegExp {
  return wordPattern([...COMMITMENT_WORDS, ...ACHIEVEMENT_WORDS], "giu");
}

/**
 * Subjects outside education that plans and resolutions list beside it
 * (budgets, income, poverty, health insurance, farming, births, party
 * membership). Figures about them are not tracked unless the same clause is
 * about schooling too ("hộ nghèo … tham gia học nghề").
 */
export const OFF_TOPIC_WORDS = [
  "thu nhập",
  "ngân sách",
  "thu ngân sách",
  "hộ nghèo",
  "chuẩn nghèo",
  "bảo hiểm",
  "bảo hiểm y tế",
  "tăng trưởng",
  "vật nuôi",
  "gia súc",
  "sản lượng",
  "năng suất",
  "lương thực",
  "tỷ suất sinh",
  "tỉ suất sinh",
  "sinh con",
  "đảng viên",
  "đại biểu",
  "chi ủy",
  "chi uỷ",
  "kinh tế",
  "GRDP",
  "doanh thu",
  "việc làm",
  "nông nghiệp",
  "công nghiệp",
  "dịch vụ",
  "tỷ đồng",
  "triệu đồng",
  "nông thôn mới",
  "y tế",
  "điện",
  "nước sạch",
  "rừng",
  "văn bản",
] as const;

/** Words that keep a figure on topic even beside an off-topic word. */
export const EDUCATION_WORDS = [
  "học",
  "học sinh",
  "học nghề",
  "giáo dục",
  "giáo viên",
  "nhà giáo",
  "trường",
  "đào tạo",
  "nghề",
  "trẻ",
  "lớp",
  "phổ cập",
  "biết chữ",
  "mù chữ",
  "mầm non",
  "tiểu học",
  "THCS",
  "THPT",
] as const;

/** Party-internal subjects: never tracked, even with an education word ("đảng viên tham gia học tập"). */
export const PARTY_WORDS = ["đảng viên", "chi ủy", "chi uỷ", "đại biểu", "kết nạp"] as const;

/** Party members: a sentence about them is party work throughout ("phát triển mới 2 đảng viên, đạt 200%"). */
export const PARTY_MEMBER_WORDS = ["đảng viên", "chi ủy", "chi uỷ"] as const;

/** Lead-ins that open a sentence without naming what is measured. */
export const LEAD_IN_WORDS = [
  "theo đó",
  "theo thống kê",
  "theo báo cáo",
  "theo đánh giá",
  "cụ thể",
  "trong đó",
  "riêng",
  "phấn đấu",
  "phấn đấu đến năm",
  "mục tiêu",
  "đồng thời",
  "ngoài ra",
  "bên cạnh đó",
  "nhờ vậy",
  "nhờ đó",
  "tuy nhiên",
  "đặc biệt",
  "như vậy",
  "đến nay",
  "hiện nay",
  "tính đến nay",
  "toàn tỉnh có",
  "toàn xã có",
  "toàn huyện có",
  "toàn phường có",
  "cả nước có",
] as const;
