// What a count counts. A number only becomes a counted figure when a known
// counting noun follows it ("09 trường", "04 dự án", "633 lớp"); numbers
// followed by anything else ("29 chữ cái", "10 năm", "5 tuổi") are not
// targets. Longer nouns come first so "điểm trường" wins over "điểm".

const UNIT_NOUNS = [
  "cặp trường",
  "điểm trường",
  "trường học",
  "trường",
  "cơ sở giáo dục",
  "cơ sở",
  "đơn vị",
  "xã, thị trấn",
  "xã, phường, thị trấn",
  "xã",
  "phường",
  "thị trấn",
  "huyện",
  "dự án",
  "đề tài",
  "sáng kiến",
  "sản phẩm",
  "giải",
  "huy chương",
  "điểm",
  "lần",
  "lượt",
  "đợt",
  "buổi",
  "tiêu chí",
  "bài giảng",
  "học sinh",
  "học viên",
  "sinh viên",
  "nhóm lớp",
  "nhóm, lớp",
  "nhóm trẻ",
  "lớp học",
  "lớp",
  "trẻ",
  "em",
  "giáo viên",
  "cán bộ quản lý",
  "cán bộ",
  "nhân viên",
  "người",
  "phòng học",
  "phòng",
  "công trình",
  "nhà vệ sinh",
  "bếp ăn",
  "thư viện",
  "câu lạc bộ",
  "CLB",
  "chuyên đề",
  "hội thảo",
  "cuộc thi",
  "tiết",
  "hoạt động",
  "tháng",
  "tuần",
  "máy tính",
  "HS",
  "GV",
  "CBQL",
  "SKKN",
  "hộ",
  "lao động",
  "thí sinh",
  "trung tâm",
  "quận",
];

const NOUN_END = String.raw`(?![\p{L}\p{N}])`;

// Markup that documents converted to text leave around numbers ("**02**").
// A number may be spelled out in brackets before its noun: "02 (hai) trường".
const SKIP_MARKUP = String.raw`(?:\*+|_+)?\s?(?:\([\p{L} ]{1,20}\)\s?)?`;

// "134 nghìn hộ", "4,9 triệu lao động": the multiplier stays in the unit, as written.
const MULTIPLIER = String.raw`(?:(nghìn|ngàn|triệu|vạn)\s)?`;

const UNIT_AT_START = new RegExp(
  `^${SKIP_MARKUP}${MULTIPLIER}(${UNIT_NOUNS.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})${NOUN_END}` +
    // "lần/năm học", "lần/01 năm học", "tiết/tuần"
    String.raw`(?:\s?\/\s?(?:0?1\s)?(năm học|năm|tuần|tháng|ngày|lớp|học kỳ))?`,
  "u",
);

export interface UnitMatch {
  unit: string;
  /** Characters consumed after the number, markup included. */
  length: number;
}

/** The counting noun right after a number, or null. */
export function unitAfter(tail: string): UnitMatch | null {
  const m = UNIT_AT_START.exec(tail);
  if (!m) return null;
  // "2 buổi/ngày" names a kind of schooling, not a number of sessions.
  const [, multiplier, noun, per] = m;
  if (noun === "buổi" && per === "ngày") return null;
  let unit = noun.toLowerCase();
  if (unit.startsWith("xã,")) unit = "xã";
  if (unit === "nhóm, lớp") unit = "nhóm lớp";
  if (unit === "hs") unit = "học sinh";
  if (unit === "gv") unit = "giáo viên";
  if (unit === "cbql") unit = "cán bộ quản lý";
  if (unit === "skkn") unit = "sáng kiến kinh nghiệm";
  if (per) unit = `${unit}/${per}`;
  if (multiplier) unit = `${multiplier === "ngàn" ? "nghìn" : multiplier} ${unit}`;
  return { unit, length: m[0].length };
}

const PERCENT_AT_START = /^\s?(?:%|phần trăm(?![\p{L}]))/u;

/** Length of a percent sign right after a number, or 0. */
export function percentAfter(tail: string): number {
  const m = PERCENT_AT_START.exec(tail);
  return m ? m[0].length : 0;
}
