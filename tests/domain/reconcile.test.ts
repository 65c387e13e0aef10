// Re-importing a revised plan: targets are matched on what they say, never on
// ids (the extractor renumbers T001… in document order), so actuals follow
// the right target. Properties on generated plans, then the seed plans
// through the extractor against revised texts: a figure changed, a sentence
// deleted, a target sentence inserted, indicators reworded, sections renumbered.

import fc from "fast-check";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { extractPlan } from "../../src/domain/extract";
import { LEVELS, OPS, type Plan, type Target } from "../../src/domain/plan";
import {
  changedFields,
  isThresholdChange,
  type PlanReconciliation,
  reconcilePlan,
  TARGET_FIELDS,
} from "../../src/domain/reconcile";

const SEEDS = path.resolve(__dirname, "..", "..", "seeds");
const seedText = (name: string): string => readFileSync(path.join(SEEDS, `${name}.txt`), "utf8");

// --- Generated plans -----------------------------------------------------------

const WORDS = [
  "tỷ lệ", "huy động", "trẻ", "nhà trẻ", "mẫu giáo", "học sinh", "hoàn thành", "chương trình", "tiểu học",
  "trường", "đạt chuẩn", "quốc gia", "giáo viên", "tốt nghiệp", "chuyên cần", "bán trú", "phổ cập", "xóa mù chữ",
  "kiên cố", "tiếng Anh", "tin học", "ra lớp", "lên lớp", "suy dinh dưỡng", "thấp còi", "hạnh kiểm", "học lực",
];
/** Words no generated existing target uses: targets made of them are new beyond doubt. */
const NEW_WORDS = ["nhà vệ sinh", "thư viện", "sân chơi", "bếp ăn", "nước sạch", "camera", "phòng máy", "xe đưa đón"];

type Content = Omit<Target, "id" | "offset">;

function contentArbitrary(words: readonly string[]): fc.Arbitrary<Content> {
  return fc.record({
    kind: fc.constantFrom("target" as const, "target" as const, "baseline" as const),
    section: fc.constantFrom(null, "I", "II.1", "II.2", "2.3.a"),
    sectionTitle: fc.constantFrom(null, "Chỉ tiêu cụ thể", "Chất lượng giáo dục"),
    level: fc.constantFrom(...LEVELS),
    scope: fc.constantFrom(null, null, null, "ĐBKK", "lớp 6, 7"),
    indicator: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 }).map((parts) => {
      const text = parts.join(" ");
      return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
    }),
    op: fc.constantFrom(...OPS),
    value: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
    value_max: fc.constantFrom(null, null, 100),
    denominator: fc.constantFrom(null, null, 48),
    unit: fc.constantFrom("%", "%", "trường", "lớp", "học sinh", "mức độ"),
    period: fc.constantFrom(null, "2024-2025", "2025"),
    quote: fc.constantFrom("95%", "từ 98% trở lên", "trên 2 trường", "mức độ 3"),
    confidence: fc.constantFrom(0.5, 0.85, 0.9),
  });
}

/** What pass 1 of the matching compares: every reported field. */
const contentKey = (target: Content): string => JSON.stringify(TARGET_FIELDS.map((field) => target[field]));

/** Targets in document order: ids T001…, offsets rising. */
function asTargets(contents: readonly Content[], gaps: readonly number[]): Target[] {
  let offset = 0;
  return contents.map((content, i) => {
    offset += gaps[i % gaps.length];
    return { ...content, id: `T${String(i + 1).padStart(3, "0")}`, offset };
  });
}

const META: Plan["meta"] = { issuer: "UBND HUYỆN THỬ", number: "1/KH-UBND", date: null, title: "KẾ HOẠCH", period: "2024-2025" };

function planArbitrary(options: { unique: boolean; minLength?: number }): fc.Arbitrary<Plan> {
  const contents = options.unique
    ? fc.uniqueArray(contentArbitrary(WORDS), { minLength: options.minLength ?? 0, maxLength: 25, selector: contentKey })
    : fc.array(contentArbitrary(WORDS), { minLength: options.minLength ?? 0, maxLength: 25 });
  return fc
    .tuple(contents, fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 5 }))
    .map(([list, gaps]) => ({ meta: META, targets: asTargets(list, gaps) }));
}

const withoutId = (target: Target): Omit<Target, "id"> => {
  const rest: Partial<Target> = { ...target };
  delete rest.id;
  return rest as Omit<Target, "id">;
};

/** The invariants of every reconciliation. */
function expectConsistent(existing: Plan, revised: Plan, result: PlanReconciliation): void {
  const ids = result.plan.targets.map((target) => target.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(result.plan.targets.map(withoutId)).toEqual(revised.targets.map(withoutId));
  expect(result.plan.meta).toEqual(revised.meta);
  const existingIds = new Set(existing.targets.map((target) => target.id));
  for (const target of result.added) expect(existingIds.has(target.id)).toBe(false);
  const matched = result.plan.targets.filter((target) => existingIds.has(target.id));
  expect(matched.length).toBe(result.changed.length + result.unchanged);
  expect(result.added.length + matched.length).toBe(revised.targets.length);
  expect(result.removed.length + matched.length).toBe(existing.targets.length);
  const removedIds = new Set(result.removed.map((target) => target.id));
  for (const target of matched) expect(removedIds.has(target.id)).toBe(false);
  for (const change of result.changed) {
    expect(change.after.id).toBe(change.before.id);
    expect(change.fields.length).toBeGreaterThan(0);
    expect(change.fields).toEqual(changedFields(change.before, change.after));
  }
}

function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map(({ item }) => item);
}

describe("reconcilePlan on generated plans", () => {
  it("finds nothing changed between a plan and itself, and keeps every id", () => {
    fc.assert(
      fc.property(planArbitrary({ unique: false }), (plan) => {
        const result = reconcilePlan(plan, plan);
        expectConsistent(plan, plan, result);
        expect(result.plan.targets).toEqual(plan.targets);
        expect(result).toMatchObject({ added: [], removed: [], changed: [], unchanged: plan.targets.length });
      }),
    );
  });

  it("matches a shuffled, renumbered copy back to the original ids", () => {
    fc.assert(
      fc.property(planArbitrary({ unique: false }), fc.array(fc.integer()), fc.constantFrom("T", "X", "ID-"), (plan, keys, prefix) => {
        const revised: Plan = {
          meta: plan.meta,
          targets: shuffled(plan.targets, keys).map((target, i) => ({ ...target, id: `${prefix}${i + 1}` })),
        };
        const result = reconcilePlan(plan, revised);
        expectConsistent(plan, revised, result);
        expect(result).toMatchObject({ added: [], removed: [], changed: [], unchanged: plan.targets.length });
        // Offsets are kept, so even identical targets go back to their own ids.
        const byId = new Map(plan.targets.map((target) => [target.id, target]));
        for (const target of result.plan.targets) expect(byId.get(target.id)).toEqual(target);
      }),
    );
  });

  it("reports a changed threshold as exactly one change of field value, on the same id", () => {
    fc.assert(
      fc.property(
        planArbitrary({ unique: false, minLength: 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.integer()),
        (plan, pick, delta, keys) => {
          const k = pick % plan.targets.length;
          const original = plan.targets[k];
          const edited = { ...original, value: original.value + delta / 10 };
          const revised: Plan = {
            meta: plan.meta,
            targets: shuffled(
              plan.targets.map((target, i) => (i === k ? edited : target)),
              keys,
            ).map((target, i) => ({ ...target, id: `T${String(i + 1).padStart(3, "0")}` })),
          };
          const result = reconcilePlan(plan, revised);
          expectConsistent(plan, revised, result);
          expect(result.added).toEqual([]);
          expect(result.removed).toEqual([]);
          expect(result.unchanged).toBe(plan.targets.length - 1);
          expect(result.changed).toHaveLength(1);
          const [change] = result.changed;
          expect(change.fields).toEqual(["value"]);
          expect(isThresholdChange(change)).toBe(true);
          expect(change.before.value).toBe(original.value);
          expect(change.after.value).toBe(edited.value);
          // Identical copies of the edited target are interchangeable; otherwise it is the very id.
          if (plan.targets.filter((target) => contentKey(target) === contentKey(original)).length === 1) {
            expect(change.before.id).toBe(original.id);
          } else {
            expect(contentKey(change.before)).toBe(contentKey(original));
          }
        },
      ),
    );
  });

  it("reports removed and added targets as such and keeps the ids of the rest", () => {
    fc.assert(
      fc.property(
        planArbitrary({ unique: true }),
        fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
        fc.array(fc.tuple(contentArbitrary(NEW_WORDS), fc.integer({ min: 0, max: 30_000 })), { maxLength: 6 }),
        (plan, keep, inserted) => {
          const kept = plan.targets.filter((_, i) => keep[i]);
          const removed = plan.targets.filter((_, i) => !keep[i]);
          const fresh = inserted.map(([content, offset], i): Target => ({ ...content, id: `N${i}`, offset: offset + 0.5 }));
          const merged = [...kept, ...fresh].sort((a, b) => a.offset - b.offset);
          // Renumbered as the extractor would: a fresh target's new number is an existing target's old one.
          const revised: Plan = { meta: plan.meta, targets: merged.map((target, i) => ({ ...target, id: `T${String(i + 1).padStart(3, "0")}` })) };
          const result = reconcilePlan(plan, revised);
          expectConsistent(plan, revised, result);
          expect(result.removed).toEqual(removed);
          expect(result.changed).toEqual([]);
          expect(result.unchanged).toBe(kept.length);
          expect(result.added.map(withoutId)).toEqual(merged.filter((target) => fresh.includes(target)).map(withoutId));
          const byId = new Map(plan.targets.map((target) => [target.id, target]));
          for (const target of result.plan.targets) {
            const before = byId.get(target.id);
            if (before) expect(withoutId(target)).toEqual(withoutId(before));
          }
        },
      ),
    );
  });

  it("always gives unique ids that never reuse an existing target's id, whatever the two plans", () => {
    fc.assert(
      fc.property(planArbitrary({ unique: false }), planArbitrary({ unique: false }), (existing, revised) => {
        expectConsistent(existing, revised, reconcilePlan(existing, revised));
      }),
    );
  });

  it("gives new targets their own id when it is free, else the next number after every existing one", () => {
    const target = (id: string, indicator: string, offset: number): Target => ({
      id,
      kind: "target",
      section: "II.1",
      sectionTitle: null,
      level: "tieu_hoc",
      scope: null,
      indicator,
      op: "gte",
      value: 95,
      value_max: null,
      denominator: null,
      unit: "%",
      period: null,
      quote: "95%",
      offset,
      confidence: 0.9,
    });
    const existing: Plan = {
      meta: META,
      targets: [target("T001", "Học sinh hoàn thành chương trình", 10), target("T007", "Trẻ ăn bán trú", 20)],
    };
    const revised: Plan = {
      meta: META,
      targets: [
        target("T001", "Trường có thư viện đạt chuẩn", 5),
        target("T002", "Học sinh hoàn thành chương trình", 10),
        target("T009", "Trường có nhà vệ sinh sạch", 30),
      ],
    };
    const result = reconcilePlan(existing, revised);
    // T001 belongs to an existing target, so that new one is numbered after every id in use (T009 included); T009 was free.
    expect(result.plan.targets.map((t) => t.id)).toEqual(["T010", "T001", "T009"]);
    expect(result.removed.map((t) => t.id)).toEqual(["T007"]);
    expect(result.added.map((t) => t.id)).toEqual(["T010", "T009"]);
  });

  it("does not pair a removed target with an unrelated new one of the same section, level and unit", () => {
    const base: Omit<Target, "id" | "indicator" | "offset"> = {
      kind: "target",
      section: "II.2",
      sectionTitle: "Chất lượng giáo dục",
      level: "thcs",
      scope: null,
      op: "gte",
      value: 99,
      value_max: null,
      denominator: null,
      unit: "%",
      period: "2024-2025",
      quote: "từ 99% trở lên",
      confidence: 0.9,
    };
    const existing: Plan = {
      meta: META,
      targets: [
        { ...base, id: "T001", indicator: "Huy động học sinh trong độ tuổi ra lớp", offset: 10 },
        { ...base, id: "T002", indicator: "Học sinh được đánh giá hạnh kiểm từ Khá trở lên", offset: 20 },
        { ...base, id: "T003", indicator: "Duy trì tỷ lệ học sinh tốt nghiệp trung học cơ sở", offset: 30 },
      ],
    };
    const revised: Plan = {
      meta: META,
      targets: [
        { ...base, id: "T001", indicator: "Huy động học sinh trong độ tuổi ra lớp", offset: 10 },
        { ...base, id: "T002", indicator: "Trường có phòng học bộ môn Tin học", offset: 20 },
        { ...base, id: "T003", indicator: "Duy trì tỷ lệ học sinh tốt nghiệp trung học cơ sở", offset: 30 },
      ],
    };
    const result = reconcilePlan(existing, revised);
    expect(result.removed.map((t) => t.id)).toEqual(["T002"]);
    expect(result.added.map((t) => t.indicator)).toEqual(["Trường có phòng học bộ môn Tin học"]);
    expect(result.added[0].id).toBe("T004");
    expect(result.changed).toEqual([]);
  });
});

// --- Seed plans, revised ---------------------------------------------------------

interface Revision {
  seed: string;
  /** A figure changed: [text, replacement], and the target's value before and after. */
  change: { from: string; to: string; before: number; after: number };
  /** A sentence deleted, and a word only the deleted target's indicator has. */
  remove: { text: string; indicator: string };
  /** A target sentence inserted after `after`, and a word of its indicator. */
  insert: { after: string; text: string; indicator: string };
}

const REVISIONS: Revision[] = [
  {
    seed: "muong-te-2022-2023",
    change: { from: "đạt 78,5%", to: "đạt 80%", before: 78.5, after: 80 },
    remove: { text: "96% trường tiểu học có giáo viên dạy tiếng Anh; ", indicator: "tiếng Anh" },
    insert: {
      after: "trung học cơ sở đạt từ 99% trở lên.",
      text: " Phấn đấu 100% trường trung học cơ sở có phòng học bộ môn Tin học.",
      indicator: "phòng học bộ môn",
    },
  },
  {
    seed: "bac-son-2024-2025",
    change: { from: "Tỷ lệ huy động nhà trẻ đạt trên 47%", to: "Tỷ lệ huy động nhà trẻ đạt trên 50%", before: 47, after: 50 },
    remove: { text: "- (3) Trẻ 5 tuổi đến trường đạt 100%\n", indicator: "Trẻ 5 tuổi đến trường" },
    insert: {
      after: "- (6) Tỷ lệ huy động học sinh hoàn thành chương trình Tiểu học vào học lớp 6 đạt 100%.\n",
      text: "- (6b) Có 100% trường tiểu học tổ chức dạy học 2 buổi/ngày.\n",
      indicator: "dạy học 2 buổi",
    },
  },
  {
    seed: "dam-ha-2024",
    change: { from: "Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 40%", to: "Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 45%", before: 40, after: 45 },
    remove: { text: "tốt nghiệp lớp 9 đạt 97% trở lên", indicator: "lớp 9" },
    insert: {
      after: "và công nghệ số 100%.",
      text: "\n- Phấn đấu 95% giáo viên được bồi dưỡng kỹ năng chuyển đổi số.",
      indicator: "chuyển đổi số",
    },
  },
  {
    seed: "muong-la-2021-2025",
    change: { from: "toàn cấp giảm xuống còn dưới 1,3%", to: "toàn cấp giảm xuống còn dưới 1%", before: 1.3, after: 1 },
    remove: {
      text: "- Tối thiểu có 50% học sinh ở vùng thuận lợi được học Tin học và tiếng Anh tự chọn ở lớp 1, lớp 2.\n",
      indicator: "vùng thuận lợi được học Tin học",
    },
    insert: {
      after: "giáo dục thường xuyên, giáo dục nghề nghiệp.\n",
      text: "\n- Có 100% học sinh trung học cơ sở được học môn Tin học theo chương trình mới.\n",
      indicator: "môn Tin học theo chương trình mới",
    },
  },
  {
    seed: "phong-tho-2023-2024",
    change: { from: "học sinh đi học chuyên cần trên 94%", to: "học sinh đi học chuyên cần trên 95%", before: 94, after: 95 },
    remove: { text: " Tham gia cuộc thi KHKT sáng tạo cấp tỉnh 04 dự án.", indicator: "KHKT" },
    insert: {
      after: "100% trẻ 5 tuổi biết giao tiếp tiếng phổ thông.",
      text: " Phấn đấu 90% trẻ mẫu giáo được làm quen với tiếng Anh.",
      indicator: "làm quen với tiếng Anh",
    },
  },
];

function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`not in the text: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Matched targets keep their relative order: an edit in one place must not pull targets across the document. */
function expectOrderKept(existing: Plan, result: PlanReconciliation): void {
  const index = new Map(existing.targets.map((target, i) => [target.id, i]));
  const order = result.plan.targets.flatMap((target) => index.get(target.id) ?? []);
  expect(order).toEqual([...order].sort((a, b) => a - b));
}

describe("reconcilePlan on the seed plans, revised", () => {
  it.each(REVISIONS.map((revision) => [revision.seed, revision] as const))(
    "%s: finds the changed figure, the deleted sentence and the inserted one, and keeps every other target",
    (_seed, revision) => {
      const raw = seedText(revision.seed);
      let text = edit(raw, revision.change.from, revision.change.to);
      text = edit(text, revision.remove.text, "");
      text = edit(text, revision.insert.after, revision.insert.after + revision.insert.text);
      const existing = extractPlan(raw);
      const revised = extractPlan(text);
      const result = reconcilePlan(existing, revised);
      expectConsistent(existing, revised, result);

      expect(result.changed).toHaveLength(1);
      const [change] = result.changed;
      expect(change.fields).toEqual(["value"]);
      expect([change.before.value, change.after.value]).toEqual([revision.change.before, revision.change.after]);

      expect(result.removed).toHaveLength(1);
      expect(result.removed[0].indicator).toContain(revision.remove.indicator);
      expect(result.added).toHaveLength(1);
      expect(result.added[0].indicator).toContain(revision.insert.indicator);
      expect(existing.targets.some((target) => target.id === result.added[0].id)).toBe(false);

      expect(result.unchanged).toBe(existing.targets.length - 2);
      expectOrderKept(existing, result);
      // The revised document renumbers; the reconciled plan does not, except for the new target.
      const ids = new Set(existing.targets.map((target) => target.id));
      expect(result.plan.targets.filter((target) => !ids.has(target.id))).toEqual(result.added);
    },
  );

  it.each(["bac-son-2024-2025", "dam-ha-2024", "muong-la-2021-2025", "muong-te-2022-2023", "phong-tho-2023-2024"])(
    "%s: deleting any one target reports exactly that one removed",
    (seed) => {
      const plan = extractPlan(seedText(seed));
      plan.targets.forEach((gone, i) => {
        const result = reconcilePlan(plan, { meta: plan.meta, targets: plan.targets.filter((_, j) => j !== i) });
        expect(result.removed).toEqual([gone]);
        expect(result.changed).toEqual([]);
        expect(result.added).toEqual([]);
      });
    },
  );

  it("follows reworded indicators and changed figures, and a new target in another section", () => {
    const raw = seedText("muong-te-2022-2023");
    let text = edit(raw, "Duy trì huy động trẻ nhà trẻ ra lớp đạt từ 22,6% trở", "Duy trì huy động trẻ em độ tuổi nhà trẻ ra lớp đạt từ 25% trở");
    text = edit(text, "trên 99,7% học sinh", "trên 99,8% học sinh");
    const existing = extractPlan(raw);
    const revised = extractPlan(text);
    const result = reconcilePlan(existing, revised);
    expectConsistent(existing, revised, result);
    const changes = Object.fromEntries(result.changed.map((change) => [change.before.id, change.fields]));
    const idOf = (value: number): string => existing.targets.find((target) => target.value === value)?.id ?? "";
    // The 98,1% target's indicator is read from the reworded sentence before it.
    expect(changes).toEqual({
      [idOf(22.6)]: ["value", "indicator"],
      [idOf(98.1)]: ["indicator"],
      [idOf(99.7)]: ["value"],
    });
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
    expectOrderKept(existing, result);
  });

  it("matches every target across renumbered sections, with a new section in front", () => {
    const lines = seedText("muong-te-2022-2023").split("\n");
    const headings = lines.flatMap((line, i) => (/^[1-5]\. /.test(line) && i > 60 && i < 147 ? [i] : []));
    expect(headings).toHaveLength(5);
    for (const i of headings) lines[i] = lines[i].replace(/^(\d)\./, (_whole, digit: string) => `${Number(digit) + 1}.`);
    lines.splice(headings[0], 0, "1. Công tác chuyển đổi số ", "", "Phấn đấu 100% trường học sử dụng sổ điểm điện tử. ", "");
    const existing = extractPlan(seedText("muong-te-2022-2023"));
    const revised = extractPlan(lines.join("\n"));
    const result = reconcilePlan(existing, revised);
    expectConsistent(existing, revised, result);
    expect(result.removed).toEqual([]);
    expect(result.added.map((target) => target.indicator)).toEqual([expect.stringContaining("sổ điểm điện tử")]);
    // Everything in section II moved down one heading; nothing else about the targets changed.
    const inSectionTwo = existing.targets.filter((target) => target.section?.startsWith("II."));
    expect(result.changed.map((change) => change.before.id)).toEqual(inSectionTwo.map((target) => target.id));
    for (const change of result.changed) {
      expect(change.fields).toEqual(["section"]);
      expect(isThresholdChange(change)).toBe(false);
    }
    expectOrderKept(existing, result);
  });
});
