// Golden files: the five seed plans and their hand-labelled targets
// (seeds/*.gold.json, labelled as ../shared/eval/LABELING.md says). The
// floor is the product's promise; the per-document lines show where it slips.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractPlan } from "../../src/domain/extract";
import { normalizeText } from "../../src/domain/extract/normalize";
import { type DocumentScore, type ScoredTarget, scoreDocument, totalScore } from "../../src/quality/score";

const SEEDS = join(__dirname, "../../seeds");

interface GoldFile {
  document: string;
  targets: ScoredTarget[];
}

const golds: GoldFile[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(SEEDS, f), "utf8")) as GoldFile);

const scores: DocumentScore[] = golds.map((gold) => {
  const raw = readFileSync(join(SEEDS, gold.document), "utf8");
  return scoreDocument(gold.document, raw, gold.targets, extractPlan(raw).targets);
});

describe("seed plans against their gold labels", () => {
  it("has all five seeds", () => {
    expect(golds).toHaveLength(5);
  });

  it("holds the floor: recall and precision ≥ 0.98, level accuracy ≥ 0.95", () => {
    const total = totalScore(scores);
    expect(total.recall).toBeGreaterThanOrEqual(0.98);
    expect(total.precision).toBeGreaterThanOrEqual(0.98);
    expect(total.levelAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it.each(golds.map((g, i) => [g.document, i] as const))("%s: recall and precision ≥ 0.9 on its own", (_doc, i) => {
    const s = scores[i];
    expect(s.matched / s.gold).toBeGreaterThanOrEqual(0.9);
    expect(s.matched / s.predicted).toBeGreaterThanOrEqual(0.9);
  });

  it("quotes every target at its offset in the normalized text", () => {
    for (const gold of golds) {
      const raw = readFileSync(join(SEEDS, gold.document), "utf8");
      const text = normalizeText(raw);
      for (const t of extractPlan(raw).targets) {
        expect(text.slice(t.offset, t.offset + t.quote.length)).toBe(t.quote);
        expect(t.confidence).toBeGreaterThan(0);
        expect(t.confidence).toBeLessThanOrEqual(1);
        expect(t.indicator.length).toBeGreaterThan(0);
      }
    }
  });
});
