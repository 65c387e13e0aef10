// The engine never throws and never hangs: random and adversarial text,
// and very long inputs, finish with a plan whose quotes are real substrings.
import fc from "fast-check";
import { extractPlan } from "../../src/domain/extract";
import { normalizeText } from "../../src/domain/extract/normalize";

const VIETNAMESE_BITS = [
  "đạt ", "từ ", "trở lên", "trên ", "dưới ", "xuống dưới ", "không quá ", "khoảng ", "tối thiểu ",
  "tăng ", "giảm ", "so với ", "duy trì ", "có ", "trường", "xã", "lớp ", "trẻ ", "học sinh",
  "mầm non", "THCS", "Tiểu học", "mức độ ", "%", "/", "-", " - ", ",", ".", ";", ":", "(", ")",
  "**", "<sup>1</sup>", "\n", "\n\n", "I. ", "II. ", "1. ", "2.1. ", "a) ", "(1)- ", "- ", "+ ",
  "KẾT QUẢ", "MỤC TIÊU", "Nơi nhận:", "Tháng 9 năm 2024", "năm học 2023-2024", "ngày 12/8/2024",
  "số 12/KH-UBND", "1.132", "78,5", "09", "2 - 3", "23/48", "100% (10/10)", "một ", "\u00a0", "\u200b", "\u00ad",
];

const planLike = fc
  .array(fc.oneof(fc.constantFrom(...VIETNAMESE_BITS), fc.integer({ min: 0, max: 3000 }).map(String)), { maxLength: 300 })
  .map((parts) => parts.join(""));

function checkPlan(raw: string): void {
  const plan = extractPlan(raw);
  const text = normalizeText(raw);
  for (const t of plan.targets) {
    expect(text.slice(t.offset, t.offset + t.quote.length)).toBe(t.quote);
    expect(Number.isFinite(t.value)).toBe(true);
  }
}

describe("extraction never throws", () => {
  it("on arbitrary Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), checkPlan), { numRuns: 300 });
  });

  it("on plan-shaped noise", () => {
    fc.assert(fc.property(planLike, checkPlan), { numRuns: 500 });
  });

  it("on decomposed (NFD) Vietnamese, finding the same targets as NFC", () => {
    const nfc = "II. MỤC TIÊU\nHuy động trẻ mẫu giáo đạt từ 98,1% trở lên; giảm tỷ lệ bỏ học xuống dưới 0,7%.";
    const a = extractPlan(nfc).targets.map((t) => [t.op, t.value, t.quote]);
    const b = extractPlan(nfc.normalize("NFD")).targets.map((t) => [t.op, t.value, t.quote]);
    expect(b).toEqual(a);
    expect(a).toHaveLength(2);
  });

  it("on very long adversarial inputs", () => {
    const mb = 1_000_000;
    const inputs = [
      "9".repeat(mb),
      "%".repeat(mb),
      "9%".repeat(mb / 2),
      "1.111".repeat(mb / 5),
      "đạt từ 98,1% trở lên, ".repeat(mb / 22),
      "((((((((((".repeat(mb / 10),
      "- (1) Cấp học Mầm non: ".repeat(mb / 23),
      "I. KẾT QUẢ\n".repeat(mb / 11),
    ];
    for (const raw of inputs) {
      expect(() => extractPlan(raw)).not.toThrow();
    }
  });
});

describe("extraction scales linearly", () => {
  // A relative check, not a deadline: doubling the input three times may not
  // multiply the time by much more than eight. Catastrophic backtracking or
  // a quadratic scan would multiply it by 64 or more.
  // The fastest of three runs is the least disturbed by garbage collection.
  function fastestMs(raw: string): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = process.hrtime.bigint();
      extractPlan(raw);
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    }
    return best;
  }

  it.each([
    ["one endless sentence of targets", "có 09 trường, trên 98% học sinh, ", 2000],
    ["repeated phrases with no figures", "duy trì và nâng cao chất lượng giáo dục mầm non ", 8000],
    ["digits and percent signs", "12% 3,5% 1.234 45/67 ", 2000],
  ])("%s", (_name, unit, count) => {
    const small = unit.repeat(count);
    const large = unit.repeat(count * 8);
    fastestMs(small); // warm up the JIT
    const ratio = fastestMs(large) / Math.max(1, fastestMs(small));
    expect(ratio).toBeLessThan(32);
  });
});
