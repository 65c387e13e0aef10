// The evaluation engine, rule by rule: statuses, gaps, tolerances, every
// invalid and missing case, and the district aggregate.
import fc from "fast-check";
import {
  aggregateTarget,
  appliesTo,
  entryFields,
  isDistrictTarget,
  evaluateEntry,
  gapOf,
  isRateTarget,
  measureKind,
  round9,
} from "../../src/domain/evaluate";
import type { Op, Target } from "../../src/domain/plan";
import { type CellValue, DEFAULT_TOLERANCE, type Entry, type Unit } from "../../src/domain/tracking";

function target(op: Op, value: number, unit = "%", extra: Partial<Target> = {}): Target {
  return {
    id: "T1",
    kind: "target",
    section: null,
    sectionTitle: null,
    level: "chung",
    scope: null,
    indicator: "Chỉ tiêu thử",
    op,
    value,
    value_max: null,
    denominator: null,
    unit,
    period: null,
    quote: String(value),
    offset: 0,
    confidence: 0.9,
    ...extra,
  };
}

const rate = (numerator: CellValue, denominator: CellValue, start: CellValue = null): Entry => ({
  numerator,
  denominator,
  start,
  value: null,
});
const count = (value: CellValue, start: CellValue = null): Entry => ({ numerator: null, denominator: null, start, value });

describe("kinds and applicability", () => {
  const unit: Unit = { code: "TH1", name: "TH Kim Đồng", levels: ["tieu_hoc"], commune: null, zone: null };
  const district: Unit = {
    code: "HUYEN",
    name: "Toàn huyện",
    levels: ["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx", "chung"],
    commune: null,
    zone: null,
  };

  it("classifies rates, counts and measures", () => {
    expect(isRateTarget(target("gte", 98))).toBe(true);
    expect(measureKind(target("gte", 9, "trường"))).toBe("count");
    expect(measureKind(target("gte", 1.91, "giáo viên/lớp"))).toBe("measure");
    expect(measureKind(target("gte", 3, "mức độ"))).toBe("measure");
    expect(measureKind(target("gte", 12, "điểm"))).toBe("measure");
    expect(measureKind(target("gte", 6, "điểm trường"))).toBe("count");
    expect(measureKind(target("between", 2, "trường", { value_max: 3 }))).toBe("count");
  });

  it("needs Tử số and Mẫu số for rates, Giá trị otherwise, and Giá trị đầu kỳ for changes", () => {
    expect(entryFields(target("gte", 98))).toEqual(["numerator", "denominator"]);
    expect(entryFields(target("increase_by", 2))).toEqual(["numerator", "denominator", "start"]);
    expect(entryFields(target("gte", 9, "trường"))).toEqual(["value"]);
    expect(entryFields(target("decrease_by", 9, "trường"))).toEqual(["value", "start"]);
  });

  it("sends chung targets to every school and level targets to schools serving the level, never baselines", () => {
    const units = [unit, district];
    expect(appliesTo(target("gte", 98), unit, units)).toBe(true);
    expect(appliesTo(target("gte", 98, "%", { level: "tieu_hoc" }), unit, units)).toBe(true);
    expect(appliesTo(target("gte", 98, "%", { level: "thcs" }), unit, units)).toBe(false);
    expect(appliesTo(target("gte", 98, "%", { kind: "baseline" }), unit, units)).toBe(false);
  });

  it("calls counts of schools, communes and other organisational units, and attainment levels, district-level", () => {
    for (const measure of ["trường", "trường học", "điểm trường", "cặp trường", "xã", "phường", "thị trấn", "huyện", "đơn vị", "cơ sở", "cơ sở giáo dục", "mức độ"]) {
      expect([measure, isDistrictTarget(target("gte", 9, measure))]).toEqual([measure, true]);
    }
    expect(isDistrictTarget(target("eq", 17, " Xã "))).toBe(true);
    for (const measure of ["%", "lớp", "học sinh", "phòng học", "giáo viên/lớp", "điểm", "mức"]) {
      expect([measure, isDistrictTarget(target("gte", 9, measure))]).toEqual([measure, false]);
    }
  });

  it("sends district-level targets to the district unit only, and the rest to schools only", () => {
    const units = [unit, district];
    const schools = target("gte", 9, "trường", { level: "tieu_hoc" });
    const universal = target("gte", 3, "mức độ");
    const classes = target("gte", 12, "lớp", { level: "tieu_hoc" });
    expect(appliesTo(schools, unit, units)).toBe(false);
    expect(appliesTo(schools, district, units)).toBe(true);
    expect(appliesTo(universal, unit, units)).toBe(false);
    expect(appliesTo(universal, district, units)).toBe(true);
    expect(appliesTo(classes, unit, units)).toBe(true);
    expect(appliesTo(classes, district, units)).toBe(false);
    expect(appliesTo(target("gte", 98), district, units)).toBe(false);
    expect(appliesTo(target("gte", 9, "trường", { kind: "baseline" }), district, units)).toBe(false);
  });

  it("sends every target to the district unit when it is the only unit", () => {
    const alone = [district];
    expect(appliesTo(target("gte", 9, "trường"), district, alone)).toBe(true);
    expect(appliesTo(target("gte", 12, "lớp", { level: "thcs" }), district, alone)).toBe(true);
    expect(appliesTo(target("gte", 98), district, alone)).toBe(true);
    expect(appliesTo(target("gte", 98, "%", { kind: "baseline" }), district, alone)).toBe(false);
  });
});

describe("rates", () => {
  const t98 = target("gte", 98);

  it("computes Tử số / Mẫu số × 100 and the gap in percentage points", () => {
    expect(evaluateEntry(t98, rate(99, 100))).toEqual({ value: 99, gap: 1, status: "Đạt", reason: null, rateOnly: false });
    expect(evaluateEntry(t98, rate(98, 100))).toMatchObject({ value: 98, gap: 0, status: "Đạt" });
    expect(evaluateEntry(t98, rate(97, 100))).toMatchObject({ gap: -1, status: "Gần đạt" });
    expect(evaluateEntry(t98, rate(969, 1000))).toMatchObject({ status: "Chưa đạt" });
    expect(evaluateEntry(t98, rate(1, 3)).value).toBeCloseTo(33.333333333, 9);
  });

  it("rounds away floating-point noise before comparing (57/100 × 100 is 57, not 56.99999999999999)", () => {
    expect(evaluateEntry(target("gte", 57), rate(57, 100))).toMatchObject({ value: 57, gap: 0, status: "Đạt" });
    expect(evaluateEntry(target("gte", 29), rate(29, 100))).toMatchObject({ gap: 0, status: "Đạt" });
  });

  it("judges invalid figures, whatever else is entered", () => {
    const reason = (entry: Entry, t: Target = t98) => evaluateEntry(t, entry).reason;
    expect(reason(rate(5, 0))).toBe("denominator_zero");
    expect(reason(rate(0, 0))).toBe("denominator_zero");
    expect(reason(rate(null, 0))).toBe("denominator_zero");
    expect(reason(rate(101, 100))).toBe("numerator_above_denominator");
    expect(reason(rate(-1, 100))).toBe("negative");
    expect(reason(rate(5, -1))).toBe("negative");
    expect(reason(rate("98,5", 100))).toBe("not_a_number");
    expect(reason(rate("98.5%", null))).toBe("not_a_number");
    expect(reason(rate("=1+1", 100))).toBe("not_a_number");
    expect(reason(rate("\u00a0", 100))).toBe("not_a_number");
    expect(reason(rate({ error: "#DIV/0!" }, "abc"))).toBe("error_value");
    expect(reason(rate(1, Number.NaN))).toBe("error_value");
    expect(reason(rate(50, 100, 100.5), target("increase_by", 2))).toBe("rate_above_100");
    expect(reason(rate(null, null, 101), target("increase_by", 2))).toBe("rate_above_100");
    for (const entry of [rate(5, 0), rate(101, 100), rate(-1, 100), rate("x", 1)]) {
      expect(evaluateEntry(t98, entry)).toMatchObject({ status: "Không hợp lệ", value: null, gap: null });
    }
  });

  it("reports nothing entered and part entered as Thiếu số liệu", () => {
    for (const entry of [rate(null, null), rate(5, null), rate(null, 10), rate("  ", 10), rate(5, 10, 3)]) {
      const result = evaluateEntry(entry.start === null ? t98 : target("increase_by", 2), { ...entry, start: null });
      expect(result).toEqual({ value: null, gap: null, status: "Thiếu số liệu", reason: "missing", rateOnly: false });
    }
    // Numerator above denominator needs both; a missing one is reported first.
    expect(evaluateEntry(t98, rate(200, null)).reason).toBe("missing");
  });

  it("ignores cells the target does not use", () => {
    expect(evaluateEntry(t98, { numerator: 99, denominator: 100, start: "x", value: { error: "#N/A" } }).status).toBe("Đạt");
    expect(evaluateEntry(target("gte", 9, "trường"), { numerator: -1, denominator: 0, start: null, value: 9 }).status).toBe(
      "Đạt",
    );
  });
});

describe("rates typed in Giá trị (issue 12)", () => {
  const t98 = target("gte", 98);
  const typed = (value: CellValue, numerator: CellValue = null, denominator: CellValue = null, start: CellValue = null): Entry => ({
    numerator,
    denominator,
    start,
    value,
  });

  it("judges a rate typed alone, as typed", () => {
    expect(evaluateEntry(t98, typed(98.5))).toEqual({ value: 98.5, gap: 0.5, status: "Đạt", reason: null, rateOnly: true });
    expect(evaluateEntry(t98, typed(97.5))).toMatchObject({ status: "Gần đạt", rateOnly: true });
    expect(evaluateEntry(t98, typed(90, " ", " "))).toMatchObject({ status: "Chưa đạt", rateOnly: true });
  });

  it("finds what is wrong with a rate typed alone", () => {
    expect(evaluateEntry(t98, typed(100.5)).reason).toBe("value_above_100");
    expect(evaluateEntry(t98, typed(-1)).reason).toBe("negative");
    expect(evaluateEntry(t98, typed("98,5%")).reason).toBe("not_a_number");
    expect(evaluateEntry(t98, typed({ error: "#N/A" })).reason).toBe("error_value");
    const up = target("increase_by", 2);
    expect(evaluateEntry(up, typed(60)).reason).toBe("missing");
    expect(evaluateEntry(up, typed(60, null, null, 100.5)).reason).toBe("rate_above_100");
    expect(evaluateEntry(up, typed(101, null, null, 100.5)).reason).toBe("value_above_100");
    expect(evaluateEntry(up, typed(60, null, null, 57)).gap).toBe(1);
  });

  it("lets Tử số and Mẫu số decide when given, and refuses a typed rate that says otherwise", () => {
    expect(evaluateEntry(t98, typed(98.46, 640, 650))).toMatchObject({ value: round9((640 / 650) * 100), status: "Đạt", rateOnly: false });
    expect(evaluateEntry(t98, typed(99, 640, 650))).toMatchObject({ status: "Không hợp lệ", reason: "value_mismatch" });
    // Only one of them: the unit was counting and has not finished.
    expect(evaluateEntry(t98, typed(98, null, 100)).reason).toBe("missing");
    // A blank Giá trị (our formula's "") is not a rate.
    expect(evaluateEntry(t98, typed(" ")).reason).toBe("missing");
  });

  it("leaves units that gave only a rate out of the sums and calls the area's figure provisional, naming them", () => {
    const entries = [rate(95, 100), typed(99), rate(90, 100), typed(50)];
    const result = aggregateTarget(t98, entries, undefined, ["A", "B", "C", "D"]);
    expect(result).toMatchObject({ numerator: 185, denominator: 200, value: 92.5, status: "Tạm tính", rateOnly: 2, lackingDenominator: ["B", "D"] });
    expect(result.counts).toMatchObject({ "Đạt": 1, "Chưa đạt": 3 });
    // Only rates: no area figure, still provisional rather than a verdict.
    expect(aggregateTarget(t98, [typed(99), typed(100)], undefined, ["A", "B"])).toMatchObject({ value: null, gap: null, status: "Tạm tính" });
    // Missing or invalid figures come first, as before.
    expect(aggregateTarget(t98, [typed(99), rate(null, null)]).status).toBe("Thiếu số liệu");
    expect(aggregateTarget(t98, [typed(99), typed(101)]).status).toBe("Không hợp lệ");
    expect(aggregateTarget(t98, [rate(99, 100), rate(100, 100)]).status).toBe("Đạt");
  });
});

describe("comparators", () => {
  it("treats eq as 'at least' and > / < as strict", () => {
    expect(evaluateEntry(target("eq", 9, "trường"), count(12))).toMatchObject({ gap: 3, status: "Đạt" });
    expect(evaluateEntry(target("gt", 99), rate(99, 100))).toMatchObject({ gap: 0, status: "Gần đạt" });
    expect(evaluateEntry(target("gt", 99), rate(995, 1000))).toMatchObject({ gap: 0.5, status: "Đạt" });
    expect(evaluateEntry(target("lt", 3), rate(3, 100))).toMatchObject({ gap: 0, status: "Gần đạt" });
    expect(evaluateEntry(target("lt", 3), rate(2, 100))).toMatchObject({ gap: 1, status: "Đạt" });
    expect(evaluateEntry(target("lte", 3), rate(3, 100))).toMatchObject({ gap: 0, status: "Đạt" });
    expect(evaluateEntry(target("lte", 3), rate(4, 100))).toMatchObject({ gap: -1, status: "Gần đạt" });
    expect(evaluateEntry(target("lte", 3), rate(5, 100))).toMatchObject({ gap: -2, status: "Chưa đạt" });
  });

  it("measures between from the nearer bound, with the tolerance of the bound missed", () => {
    const between = target("between", 20, "trường", { value_max: 40 });
    expect(evaluateEntry(between, count(25))).toMatchObject({ gap: 5, status: "Đạt" });
    expect(evaluateEntry(between, count(20))).toMatchObject({ gap: 0, status: "Đạt" });
    expect(evaluateEntry(between, count(40))).toMatchObject({ gap: 0, status: "Đạt" });
    // 5% of 20 is 1, 5% of 40 is 2.
    expect(evaluateEntry(between, count(19))).toMatchObject({ gap: -1, status: "Gần đạt" });
    expect(evaluateEntry(between, count(18))).toMatchObject({ gap: -2, status: "Chưa đạt" });
    expect(evaluateEntry(between, count(42))).toMatchObject({ gap: -2, status: "Gần đạt" });
    expect(evaluateEntry(between, count(43))).toMatchObject({ gap: -3, status: "Chưa đạt" });
    expect(evaluateEntry(target("between", 2, "trường"), count(5))).toMatchObject({ gap: 3, status: "Đạt" });
  });

  it("counts ≈ as met from threshold − tolerance, the gap measured from there", () => {
    const approx = target("approx", 65);
    expect(evaluateEntry(approx, rate(64, 100))).toMatchObject({ gap: 0, status: "Đạt" });
    expect(evaluateEntry(approx, rate(70, 100))).toMatchObject({ gap: 6, status: "Đạt" });
    expect(evaluateEntry(approx, rate(635, 1000))).toMatchObject({ gap: -0.5, status: "Gần đạt" });
    expect(evaluateEntry(approx, rate(63, 100))).toMatchObject({ gap: -1, status: "Gần đạt" });
    expect(evaluateEntry(approx, rate(62, 100))).toMatchObject({ gap: -2, status: "Chưa đạt" });
    const approxCount = target("approx", 20, "lớp");
    expect(evaluateEntry(approxCount, count(19))).toMatchObject({ gap: 0, status: "Đạt" });
    expect(evaluateEntry(approxCount, count(18))).toMatchObject({ gap: -1, status: "Gần đạt" });
    expect(evaluateEntry(approxCount, count(17))).toMatchObject({ gap: -2, status: "Chưa đạt" });
  });

  it("compares change targets against Giá trị đầu kỳ", () => {
    const up = target("increase_by", 2);
    expect(evaluateEntry(up, rate(95, 100, 92))).toMatchObject({ gap: 1, status: "Đạt" });
    expect(evaluateEntry(up, rate(93, 100, 92))).toMatchObject({ gap: -1, status: "Gần đạt" });
    expect(evaluateEntry(up, rate(90, 100, 92))).toMatchObject({ gap: -4, status: "Chưa đạt" });
    expect(evaluateEntry(up, rate(95, 100)).status).toBe("Thiếu số liệu");
    const down = target("decrease_by", 10, "học sinh");
    expect(evaluateEntry(down, count(80, 100))).toMatchObject({ gap: 10, status: "Đạt" });
    expect(evaluateEntry(down, count(90.5, 100))).toMatchObject({ gap: -0.5, status: "Gần đạt" });
    expect(evaluateEntry(down, count(95, 100))).toMatchObject({ gap: -5, status: "Chưa đạt" });
    expect(evaluateEntry(down, count(-1, 100)).reason).toBe("negative");
    expect(evaluateEntry(down, count(5, "mười")).reason).toBe("not_a_number");
  });

  it("uses 5% of the threshold for counts and 1 point for rates by default, or the given tolerance", () => {
    const schools = target("gte", 20, "trường");
    expect(evaluateEntry(schools, count(19))).toMatchObject({ gap: -1, status: "Gần đạt" });
    expect(evaluateEntry(schools, count(18.9)).status).toBe("Chưa đạt");
    expect(evaluateEntry(schools, count(18), { ratePoints: 1, countShare: 0.1 }).status).toBe("Gần đạt");
    expect(evaluateEntry(target("gte", 98), rate(955, 1000), { ratePoints: 2.5, countShare: 0 }).status).toBe("Gần đạt");
    expect(evaluateEntry(target("gte", 0, "vụ"), count(0))).toMatchObject({ gap: 0, status: "Đạt" });
  });

  it("reads counts: 0 is a figure, negatives and text are not", () => {
    const t = target("lte", 0, "học sinh");
    expect(evaluateEntry(t, count(0))).toMatchObject({ status: "Đạt", value: 0 });
    expect(evaluateEntry(t, count(-2)).reason).toBe("negative");
    expect(evaluateEntry(t, count("không")).reason).toBe("not_a_number");
    expect(evaluateEntry(t, count("   ")).reason).toBe("missing");
    expect(evaluateEntry(t, count({ error: "#VALUE!" })).reason).toBe("error_value");
  });
});

describe("round9", () => {
  it("rounds half away from zero like Excel's ROUND(x, 9)", () => {
    expect(round9(0.57 * 100)).toBe(57);
    expect(round9(-1.0000000004)).toBe(-1);
    expect(round9(2.5e-10)).toBe(0);
    expect(round9(1e17)).toBe(1e17);
  });

  it("keeps the sign of the gap for any pair of typed decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 100000 }), (a, b) => {
        const gap = gapOf(target("gte", b / 100), a / 100, null, DEFAULT_TOLERANCE);
        expect(Math.sign(gap)).toBe(Math.sign(a - b));
      }),
    );
  });
});

describe("aggregateTarget", () => {
  const t90 = target("gte", 90);

  it("divides the sum of numerators by the sum of denominators, never averaging rates", () => {
    const result = aggregateTarget(t90, [rate(9, 10), rate(950, 1000)]);
    expect(result.numerator).toBe(959);
    expect(result.denominator).toBe(1010);
    expect(result.value).toBeCloseTo((959 / 1010) * 100, 9);
    expect(result.status).toBe("Đạt");
    expect(result.counts).toEqual({ "Đạt": 2, "Gần đạt": 0, "Chưa đạt": 0, "Thiếu số liệu": 0, "Không hợp lệ": 0 });
  });

  it("shows a provisional figure over valid units but waits for every unit before judging", () => {
    const missing = aggregateTarget(t90, [rate(95, 100), rate(null, null)]);
    expect(missing).toMatchObject({ value: 95, gap: 5, status: "Thiếu số liệu" });
    const invalid = aggregateTarget(t90, [rate(95, 100), rate(5, 0), rate(null, null)]);
    expect(invalid).toMatchObject({ numerator: 95, denominator: 100, status: "Không hợp lệ" });
    expect(invalid.counts["Không hợp lệ"]).toBe(1);
    expect(invalid.counts["Thiếu số liệu"]).toBe(1);
  });

  it("has no figure when no unit has valid figures, or no unit at all", () => {
    for (const entries of [[], [rate(null, null)], [rate(1, 0)]]) {
      expect(aggregateTarget(t90, entries)).toMatchObject({ numerator: null, denominator: null, value: null, gap: null });
    }
    expect(aggregateTarget(t90, []).status).toBe("Thiếu số liệu");
  });

  it("sums counts, averages measures and weights start rates by denominators", () => {
    expect(aggregateTarget(target("gte", 9, "trường"), [count(4), count(3), count(1)])).toMatchObject({
      value: 8,
      gap: -1,
      status: "Chưa đạt",
    });
    expect(aggregateTarget(target("gte", 9, "trường"), [count(5), count(3.6)]).status).toBe("Gần đạt");
    expect(aggregateTarget(target("gte", 2, "mức độ"), [count(3), count(2), count(2)]).value).toBeCloseTo(7 / 3, 9);
    const up = aggregateTarget(target("increase_by", 2), [rate(90, 100, 85), rate(300, 300, 95)]);
    expect(up.start).toBeCloseTo((85 * 100 + 95 * 300) / 400, 9);
    expect(up.value).toBeCloseTo((390 / 400) * 100, 9);
    expect(up.gap).toBeCloseTo(97.5 - 92.5 - 2, 9);
    expect(aggregateTarget(target("decrease_by", 10, "học sinh"), [count(40, 50), count(30, 35)])).toMatchObject({
      start: 85,
      value: 70,
      gap: 5,
    });
  });
});
