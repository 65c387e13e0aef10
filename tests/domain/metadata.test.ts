// The plan's metadata: issuer, the body above it, the level of government and
// the area (two-tier local government since 1 July 2025: xã/phường and tỉnh;
// huyện in older plans), the period, and the genre of the document, from
// header blocks (Nghị định 30/2020/NĐ-CP) and from running text. Every seed
// and every dev passage has its genre and level written down here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { readGenre } from "../../src/domain/extract/genre";
import { readMetadata } from "../../src/domain/extract/metadata";
import { normalizeDocument } from "../../src/domain/extract/normalize";
import { findPeriod, findPlanPeriod } from "../../src/domain/extract/periods";
import type { PlanMeta } from "../../src/domain/plan";

const SEEDS = join(__dirname, "../../seeds");
const DEV = join(__dirname, "../../../shared/eval/dev");

const meta = (raw: string): PlanMeta => readMetadata(normalizeDocument(raw));

type Who = Pick<PlanMeta, "issuer" | "governingBody" | "government" | "area">;
const who = (m: PlanMeta): Who => ({ issuer: m.issuer, governingBody: m.governingBody, government: m.government, area: m.area });

describe("header blocks name the issuer, the body above it and the level of government", () => {
  const cases: Array<[string, string, Who]> = [
    [
      "Sở under the UBND tỉnh, motto on the right",
      "UBND TỈNH PHÚ THỌ            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO       Độc lập - Tự do - Hạnh phúc\n" +
        "Số: 1234/KH-SGDĐT            Phú Thọ, ngày 15 tháng 9 năm 2025\nKẾ HOẠCH\nThực hiện nhiệm vụ năm học 2025 - 2026",
      { issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ THỌ", governingBody: "UBND TỈNH PHÚ THỌ", government: "tinh", area: "tỉnh Phú Thọ" },
    ],
    [
      "UBND xã on one line",
      "ỦY BAN NHÂN DÂN XÃ TU VŨ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nPhát triển giáo dục",
      { issuer: "ỦY BAN NHÂN DÂN XÃ TU VŨ", governingBody: null, government: "xa", area: "xã Tu Vũ" },
    ],
    [
      "UBND xã broken over two lines",
      "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TU VŨ                     Độc lập - Tự do - Hạnh phúc\n" +
        "Số: 45/KH-UBND               Tu Vũ, ngày 02 tháng 10 năm 2025\nKẾ HOẠCH",
      { issuer: "ỦY BAN NHÂN DÂN XÃ TU VŨ", governingBody: null, government: "xa", area: "xã Tu Vũ" },
    ],
    [
      "UBND phường, header flattened into a table with bars",
      "UBND PHƯỜNG HÀ ĐÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/KH-UBND | Hà Đông, ngày 5 tháng 9 năm 2025 |\nKẾ HOẠCH",
      { issuer: "UBND PHƯỜNG HÀ ĐÔNG", governingBody: null, government: "xa", area: "phường Hà Đông" },
    ],
    [
      "đặc khu",
      "ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO\nKẾ HOẠCH",
      { issuer: "ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO", governingBody: null, government: "xa", area: "đặc khu Côn Đảo" },
    ],
    [
      "Đảng ủy xã under the Đảng bộ tỉnh, Party motto on the right",
      "ĐẢNG BỘ TỈNH PHÚ THỌ          ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ TU VŨ\n*\nSố: 01-NQ/ĐU                  Tu Vũ, ngày 20 tháng 7 năm 2025\n" +
        "NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ TU VŨ LẦN THỨ I, NHIỆM KỲ 2025 - 2030",
      { issuer: "ĐẢNG ỦY XÃ TU VŨ", governingBody: "ĐẢNG BỘ TỈNH PHÚ THỌ", government: "xa", area: "xã Tu Vũ" },
    ],
    [
      "a city under the centre is of tỉnh level",
      "UBND THÀNH PHỐ HÀ NỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nKẾ HOẠCH",
      { issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HÀ NỘI", governingBody: "UBND THÀNH PHỐ HÀ NỘI", government: "tinh", area: "thành phố Hà Nội" },
    ],
    [
      "a provincial council",
      "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH\nSố: 15/NQ-HĐND\nNGHỊ QUYẾT\nVề phát triển giáo dục",
      { issuer: "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH", governingBody: null, government: "tinh", area: "tỉnh Quảng Ninh" },
    ],
    [
      "a school under the UBND xã belongs to the xã",
      "UBND XÃ TU VŨ\nTRƯỜNG THCS TU VŨ\nKẾ HOẠCH\nNăm học 2025-2026",
      { issuer: "TRƯỜNG THCS TU VŨ", governingBody: "UBND XÃ TU VŨ", government: "xa", area: "xã Tu Vũ" },
    ],
    [
      "an older plan: Phòng GD&ĐT under the UBND huyện",
      "UBND HUYỆN MƯỜNG TÈ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 123/KH-PGDĐT\nMường Tè, ngày 5 tháng 9 năm 2022\nKẾ HOẠCH",
      { issuer: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MƯỜNG TÈ", governingBody: "UBND HUYỆN MƯỜNG TÈ", government: "huyen", area: "huyện Mường Tè" },
    ],
    [
      "an older plan: a thị xã is of huyện level",
      "UBND THỊ XÃ SƠN TÂY\nPHÒNG GD&ĐT\nKẾ HOẠCH",
      { issuer: "PHÒNG GD&ĐT THỊ XÃ SƠN TÂY", governingBody: "UBND THỊ XÃ SƠN TÂY", government: "huyen", area: "thị xã Sơn Tây" },
    ],
    [
      "an older plan: a city in a province is of huyện level",
      "ỦY BAN NHÂN DÂN THÀNH PHỐ THANH HÓA\nKẾ HOẠCH",
      { issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ THANH HÓA", governingBody: null, government: "huyen", area: "thành phố Thanh Hóa" },
    ],
    [
      "a bare issuer whose area the number's place and the text give",
      "UBND\nSố: /KH-UBND\nBắc Sơn, ngày 5 tháng 2 năm 2024\nKẾ HOẠCH\nNâng cao chất lượng giáo dục trên địa bàn huyện Bắc Sơn",
      { issuer: "UBND Bắc Sơn", governingBody: null, government: "huyen", area: "huyện Bắc Sơn" },
    ],
    [
      "no header, no issuer",
      "KẾ HOẠCH\nPhát triển giáo dục",
      { issuer: null, governingBody: null, government: null, area: null },
    ],
  ];

  it.each(cases)("%s", (_name, raw, expected) => {
    expect(who(meta(raw))).toEqual(expected);
  });
});

describe("running text names the issuer", () => {
  const cases: Array<[string, Who]> = [
    ["UBND xã Tu Vũ vừa ban hành kế hoạch phát triển giáo dục.", { issuer: "UBND xã Tu Vũ", governingBody: null, government: "xa", area: "xã Tu Vũ" }],
    ["Ủy ban nhân dân phường Ba Đình ban hành Kế hoạch như sau:", { issuer: "Ủy ban nhân dân phường Ba Đình", governingBody: null, government: "xa", area: "phường Ba Đình" }],
    ["Đảng bộ xã Khun Há vừa tổ chức Đại hội đại biểu lần thứ I.", { issuer: "Đảng bộ xã Khun Há", governingBody: null, government: "xa", area: "xã Khun Há" }],
    ["UBND xã Tu Vũ, tỉnh Phú Thọ vừa ban hành kế hoạch.", { issuer: "UBND xã Tu Vũ", governingBody: null, government: "xa", area: "xã Tu Vũ" }],
    ["Sở Giáo dục và Đào tạo tỉnh Phú Thọ vừa ban hành kế hoạch.", { issuer: "Sở Giáo dục và Đào tạo tỉnh Phú Thọ", governingBody: null, government: "tinh", area: "tỉnh Phú Thọ" }],
    ["Sở GD&ĐT Phú Thọ vừa tổ chức hội nghị.", { issuer: "Sở GD&ĐT Phú Thọ", governingBody: null, government: "tinh", area: "tỉnh Phú Thọ" }],
    ["UBND tỉnh Thanh Hóa vừa ban hành các quyết định công nhận.", { issuer: "UBND tỉnh Thanh Hóa", governingBody: null, government: "tinh", area: "tỉnh Thanh Hóa" }],
    ["UBND TP Hà Nội vừa ban hành kế hoạch.", { issuer: "UBND TP Hà Nội", governingBody: null, government: "tinh", area: "thành phố Hà Nội" }],
    ["Tỉnh ủy Lai Châu đề ra mục tiêu.", { issuer: "Tỉnh ủy Lai Châu", governingBody: null, government: "tinh", area: "tỉnh Lai Châu" }],
    [
      "Ủy ban nhân dân (UBND) huyện Bắc Sơn xây dựng kế hoạch.",
      { issuer: "Ủy ban nhân dân huyện Bắc Sơn", governingBody: null, government: "huyen", area: "huyện Bắc Sơn" },
    ],
    [
      "Theo báo cáo của Phòng Giáo dục và Đào tạo huyện Sông Mã, toàn huyện có 78 trường.",
      { issuer: "Phòng Giáo dục và Đào tạo huyện Sông Mã", governingBody: null, government: "huyen", area: "huyện Sông Mã" },
    ],
    [
      // A citation is not the issuer; the subject of "ban hành" is.
      "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh Lai Châu, UBND huyện Mường Tè ban hành Kế hoạch.",
      { issuer: "UBND huyện Mường Tè", governingBody: null, government: "huyen", area: "huyện Mường Tè" },
    ],
    [
      "Ông A, Bí thư Đảng ủy xã Thường Tín, tặng hoa nhà trường.",
      { issuer: null, governingBody: null, government: null, area: null },
    ],
    ["Công tác xã hội hóa giáo dục được đẩy mạnh.", { issuer: null, governingBody: null, government: null, area: null }],
  ];

  it.each(cases)("%s", (raw, expected) => {
    expect(who(meta(raw))).toEqual(expected);
  });
});

describe("periods", () => {
  const dashes = ["-", "‐", "‑", "‒", "–", "—", "―", "−", "－"];

  it.each(dashes)("nhiệm kỳ and giai đoạn with the dash %p, spaced or not", (dash) => {
    for (const gap of ["", " ", "  ", "\u00a0"]) {
      expect(findPeriod(`nhiệm kỳ 2025${gap}${dash}${gap}2030`)).toBe("2025-2030");
      expect(findPeriod(`giai đoạn 2026${gap}${dash}${gap}2030`)).toBe("2026-2030");
      expect(findPeriod(`năm học 2025${gap}${dash}${gap}2026`)).toBe("2025-2026");
    }
  });

  it.each([
    ["Nhiệm kỳ 2025 - 2030", "2025-2030"],
    ["nhiệm kì 2020-2025", "2020-2025"],
    ["giai đoạn từ năm 2016-2019", "2016-2019"],
    ["giai đoạn từ năm 2021 đến năm 2025", "2021-2025"],
    ["giai đoạn 2026 đến 2030", "2026-2030"],
    ["đến năm 2025", "2025"],
    ["từ năm 2021 đến năm 2025", "2025"],
    ["năm 2024", "2024"],
    ["2025-2026", "2025-2026"],
    ["2026-2030", null],
    ["15 - 60 tuổi", null],
  ])("findPeriod(%p) is %p", (phrase, expected) => {
    expect(findPeriod(phrase)).toBe(expected);
  });

  it.each([
    ["KẾ HOẠCH Phát triển giáo dục giai đoạn 2026-2030, tầm nhìn đến năm 2045", "2026-2030"],
    ["NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TU VŨ LẦN THỨ I, NHIỆM KỲ 2025 – 2030", "2025-2030"],
    ["KẾ HOẠCH nhiệm vụ năm học 2025-2026", "2025-2026"],
    ["KẾ HOẠCH phát triển giáo dục xã Tu Vũ 2026-2030", "2026-2030"],
    ["KẾ HOẠCH xóa mù chữ đến năm 2020", "2020"],
    ["KẾ HOẠCH", null],
  ])("the plan period of the title %p is %p", (title, expected) => {
    expect(findPlanPeriod(title)).toBe(expected);
  });

  it.each([
    ["KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2025-2026", "2025-2026"],
    ["KẾ HOẠCH\nPhát triển giáo dục 2026-2030", "2026-2030"],
    ["KẾ HOẠCH\nPhát triển giáo dục giai đoạn 2026 – 2030, tầm nhìn đến năm 2045", "2026-2030"],
    ["NGHỊ QUYẾT\nĐại hội Đảng bộ xã Tu Vũ lần thứ I, nhiệm kỳ 2025-2030", "2025-2030"],
    ["Đảng bộ xã Khun Há vừa tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Mục tiêu đến năm 2030 …", "2025-2030"],
    ["Năm học 2025 - 2026 là năm học đầu tiên …", "2025-2026"],
  ])("the metadata of %p covers %p", (raw, expected) => {
    expect(meta(raw).period).toBe(expected);
  });
});

describe("the five seeds", () => {
  // Issuer, number, date, title and period as the plans were read before the
  // new fields (the appendix's "Kèm theo" line uses them); the Đầm Hà plan is
  // now credited to the Phòng GD&ĐT that its text says built it, no longer to
  // the UBND huyện whose plan it cites.
  const expected: Record<string, PlanMeta> = {
    "bac-son-2024-2025": {
      issuer: "UBND Bắc Sơn", number: "/KH-UBND", date: "2024-02",
      title: "KẾ HOẠCH Nâng cao chất lượng giáo dục giai đoạn 2024 – 2025 trên địa bàn huyện Bắc Sơn", period: "2024-2025",
      governingBody: null, government: "huyen", area: "huyện Bắc Sơn", genre: "plan",
    },
    "dam-ha-2024": {
      issuer: "Phòng Giáo dục và Đào tạo Đầm Hà", number: null, date: null,
      title: "KẾ HOẠCH Thực hiện chủ đề công tác năm 2024 “Nâng cao chất lượng Giáo dục và Đào tạo” trên địa bàn huyện Đầm Hà",
      period: "2024", governingBody: null, government: "huyen", area: "huyện Đầm Hà", genre: "plan",
    },
    "muong-la-2021-2025": {
      issuer: "UBND Mường La", number: "/KH-UBND", date: "2022-04",
      title: "KẾ HOẠCH Triển khai thực hiện Đề án cải tiến, nâng cao chất lượng giáo dục mầm non, giáo dục phổ thông giai đoạn 2021 - 2025",
      period: "2021-2025", governingBody: null, government: "huyen", area: "huyện Mường La", genre: "plan",
    },
    "muong-te-2022-2023": {
      issuer: "UBND huyện Mường Tè", number: null, date: null, title: "KẾ HOẠCH", period: "2022-2023",
      governingBody: null, government: "huyen", area: "huyện Mường Tè", genre: "plan",
    },
    "phong-tho-2023-2024": {
      issuer: "ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ", number: "2331/QĐ-UBND", date: "2023-09-08",
      title: "QUYẾT ĐỊNH V/v phê duyệt Kế hoạch thực hiện nhiệm vụ năm học 2023-2024 ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ",
      period: "2023-2024", governingBody: null, government: "huyen", area: "huyện Phong Thổ", genre: "plan",
    },
  };

  it.each(Object.keys(expected))("%s", (name) => {
    expect(meta(readFileSync(join(SEEDS, `${name}.txt`), "utf8"))).toEqual(expected[name]);
  });
});

describe("genre and level of government of every seed and dev passage", () => {
  const cases: Array<["seeds" | "dev", string, PlanMeta["genre"], PlanMeta["government"]]> = [
    ["seeds", "bac-son-2024-2025", "plan", "huyen"],
    ["seeds", "dam-ha-2024", "plan", "huyen"],
    ["seeds", "muong-la-2021-2025", "plan", "huyen"],
    ["seeds", "muong-te-2022-2023", "plan", "huyen"],
    ["seeds", "phong-tho-2023-2024", "plan", "huyen"],
    // Huế ngày nay: a conference of the Ministry reported, national figures.
    ["dev", "d01", "news", null],
    // The Hà Nội plan itself (a header flattened into a table).
    ["dev", "d02", "plan", "tinh"],
    // Báo Phú Thọ on xã Tu Vũ's schools: named, but as a subject, not an issuer.
    ["dev", "d03", "news", null],
    // A news page quoting Cà Mau's plan: the targets, a byline, no results.
    ["dev", "d04", "plan", null],
    ["dev", "d05", "news", null],
    // A Party history book quoting the congress resolution's targets.
    ["dev", "d06", "resolution", null],
    ["dev", "d07", "news", null],
    ["dev", "d08", "news", null],
    // The Khun Há congress reported: news, though it lists the term's targets.
    ["dev", "d09", "news", "xa"],
    ["dev", "d10", "news", null],
    ["dev", "d11", "news", null],
    ["dev", "d12", "news", "huyen"],
    ["dev", "d13", "news", null],
    ["dev", "d14", "news", "tinh"],
    // A school's Party cell congress reported by the provincial paper.
    ["dev", "d15", "news", null],
  ];

  it.each(cases)("%s/%s is %s, government %s", (dir, name, genre, government) => {
    const m = meta(readFileSync(join(dir === "seeds" ? SEEDS : DEV, `${name}.txt`), "utf8"));
    expect(m.genre).toBe(genre);
    expect(m.government).toBe(government);
  });
});

describe("genre", () => {
  const reason = (raw: string): string => {
    const doc = normalizeDocument(raw);
    return readGenre(doc, readMetadata(doc)).reason;
  };

  it.each([
    ["KẾ HOẠCH\nNăm học 2025-2026", "plan", "title:KẾ HOẠCH"],
    ["CHƯƠNG TRÌNH\nHành động thực hiện Nghị quyết", "plan", "title:CHƯƠNG TRÌNH"],
    ["ĐỀ ÁN\nPhát triển giáo dục", "plan", "title:ĐỀ ÁN"],
    ["QUYẾT ĐỊNH\nPhê duyệt kế hoạch", "plan", "title:QUYẾT ĐỊNH"],
    ["BÁO CÁO\nKết quả năm học 2024-2025", "report", "title:BÁO CÁO"],
    ["NGHỊ QUYẾT\nĐại hội Đảng bộ xã", "resolution", "title:NGHỊ QUYẾT"],
    ["NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ TU VŨ LẦN THỨ I, NHIỆM KỲ 2025-2030", "resolution", "title:NGHỊ QUYẾT"],
    ["Kế hoạch phát triển giáo dục xã Tu Vũ giai đoạn 2026-2030\nMục tiêu …", "plan", "title:KẾ HOẠCH"],
    ["Số: 12/BC-UBND\nKết quả thực hiện nhiệm vụ năm học", "report", "number:BC"],
    [
      "Đại hội đề ra các mục tiêu cụ thể đến năm 2030: 100% trường đạt chuẩn; phấn đấu …",
      "resolution",
      "resolution:đại hội đề ra",
    ],
    ["Mục tiêu đến năm 2030 có 80% trường đạt chuẩn. Phấn đấu 100% giáo viên đạt chuẩn.", "plan", "plan-text:mục tiêu"],
    ["date 2025-09-17 Hội nghị tổng kết\nHội nghị diễn ra theo hình thức trực tuyến.", "news", "news-header"],
    ["Tin giáo dục - Ngày đăng : 08:20, 15/01/2011\n(HNM) - Tính đến hết học kỳ I có 837 trường.", "news", "news-header"],
    ["(VTC News) - Năm học vừa qua nhà trường đạt nhiều thành tích.", "news", "news-dateline"],
    ["Trường đạt chuẩn quốc gia mức độ 2, ông A cho biết. (Báo Kiên Giang)", "news", "paper-credit"],
    ["Mục tiêu đến năm 2030 (báo cáo số 12) phấn đấu 100% trường đạt chuẩn.", "plan", "plan-text:mục tiêu"],
    [
      "Đại hội Chi bộ Trường Tiểu học Đông Thọ nhiệm kỳ 2025-2028\nNgày 27-9, Chi bộ tổ chức Đại hội đảng viên lần thứ XII, nhiệm kỳ 2025-2028.",
      "news",
      "news-lead",
    ],
    [
      "Học nghề ngắn hạn giúp nhiều hộ thoát nghèo\nGiai đoạn 2016-2019 đã có 4,9 triệu lao động học nghề. Những con số này cho thấy nhiều thay đổi.",
      "news",
      "headline",
    ],
    // A headline that starts with "Kế hoạch" but a page full of news signs.
    [
      "Kế hoạch mới của xã Tu Vũ\ndate 2025-10-01 (Báo Phú Thọ) - UBND xã Tu Vũ vừa ban hành kế hoạch, ông A cho biết. (Ảnh: B)",
      "news",
      "news-header",
    ],
    ["Trường học khang trang.", "unknown", "no-signs"],
  ])("%p is %s (%s)", (raw, genre, why) => {
    expect(meta(raw).genre).toBe(genre);
    expect(reason(raw)).toBe(why);
  });
});

describe("readMetadata never throws and stays linear", () => {
  const HEADER_BITS = [
    "UBND ", "ỦY BAN NHÂN DÂN ", "TỈNH ", "XÃ ", "PHƯỜNG ", "HUYỆN ", "THÀNH PHỐ ", "TP. ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO ",
    "PHÒNG GD&ĐT ", "ĐẢNG BỘ ", "ĐẢNG ỦY ", "TRƯỜNG ", "PHÚ THỌ ", "Tu Vũ ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Số: ", "12/KH-UBND ", "/", "-", "|", "*", "(", ")", ",", "ngày ", "tháng ",
    "năm ", "2025", "2025 - 2030", "nhiệm kỳ ", "giai đoạn ", "năm học ", "KẾ HOẠCH", "NGHỊ QUYẾT", "BÁO CÁO",
    "vừa ban hành ", "vừa tổ chức ", "cho biết ", "Theo báo cáo của ", "date ", "(Ảnh: ", "\n", "\n\n", " ",
  ];
  const headerLike = fc.array(fc.constantFrom(...HEADER_BITS), { maxLength: 200 }).map((parts) => parts.join(""));
  const GOVERNMENTS = [null, "xa", "tinh", "huyen"];
  const GENRES = ["plan", "report", "resolution", "news", "unknown"];

  function check(raw: string): void {
    const m = meta(raw);
    expect(GOVERNMENTS).toContain(m.government);
    expect(GENRES).toContain(m.genre);
    for (const field of [m.issuer, m.governingBody, m.area, m.period, m.title, m.number, m.date]) {
      expect(field === null || typeof field === "string").toBe(true);
    }
  }

  it("on arbitrary Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), check), { numRuns: 300 });
  });

  it("on header-shaped noise", () => {
    fc.assert(fc.property(headerLike, check), { numRuns: 500 });
  });

  it("on a megabyte without a header or a line break", () => {
    const mb = 1_000_000;
    const inputs = [
      "a".repeat(mb),
      "UBND ".repeat(mb / 5),
      "UBND xã ".repeat(mb / 8),
      "ỦY BAN NHÂN DÂN XÃ TU ".repeat(mb / 22),
      "Số: 1".repeat(mb / 5),
      "9".repeat(mb),
      "ngày tháng năm ".repeat(mb / 15),
      "giai đoạn 2025 - ".repeat(mb / 17),
      "nhiệm kỳ từ năm 2025 đến năm ".repeat(mb / 29),
      "đến năm 2030 ".repeat(mb / 13),
      "Tu Vũ Phú Thọ Hà Nội ".repeat(mb / 21),
      "(Ảnh ".repeat(mb / 6),
      "chúng tôia ".repeat(mb / 11),
      "KẾ HOẠCH ".repeat(mb / 9),
    ];
    for (const raw of inputs) check(raw);
  });
});
