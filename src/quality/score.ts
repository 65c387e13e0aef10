// Scores extracted targets against hand-labelled gold targets, matching the
// way ../shared/eval/score.py does: a prediction matches a gold target when
// their quote spans overlap in the normalized text and op, value and unit
// class (% or count) agree; each side matches at most once.

import { normalizeText } from "../domain/extract/normalize";
import { isLowConfidence } from "../domain/plan";

export interface ScoredTarget {
  kind?: string;
  level?: string;
  op?: string;
  value?: number | null;
  unit?: string | null;
  quote?: string;
  offset?: number;
}

export interface DocumentScore {
  document: string;
  gold: number;
  predicted: number;
  matched: number;
  levelCorrect: number;
  kindCorrect: number;
  misses: ScoredTarget[];
  extras: ScoredTarget[];
  /** Matched pairs whose level differs. */
  levelMismatches: Array<{ gold: ScoredTarget; predicted: ScoredTarget }>;
}

export interface TotalScore {
  recall: number;
  precision: number;
  f1: number;
  levelAccuracy: number;
  kindAccuracy: number;
  gold: number;
  predicted: number;
  matched: number;
}

const OP_ALIASES: Record<string, string> = {
  ">=": "gte",
  "≥": "gte",
  ">": "gt",
  "<=": "lte",
  "≤": "lte",
  "<": "lt",
  "=": "eq",
  range: "between",
  "~": "approx",
};

function opOf(t: ScoredTarget): string {
  const op = (t.op ?? "").trim().toLowerCase();
  return OP_ALIASES[op] ?? op;
}

function unitClass(unit: string | null | undefined): "%" | "count" {
  const u = (unit ?? "").trim().toLowerCase();
  return u === "%" || u === "phần trăm" || u === "percent" ? "%" : "count";
}

function spanOf(text: string, t: ScoredTarget): [number, number] | null {
  const quote = normalizeText(t.quote ?? "");
  if (!quote) return null;
  if (typeof t.offset === "number" && text.slice(t.offset, t.offset + quote.length) === quote) {
    return [t.offset, t.offset + quote.length];
  }
  const at = text.indexOf(quote);
  return at < 0 ? null : [at, at + quote.length];
}

/** Scores one document's predictions against its gold targets. */
export function scoreDocument(
  document: string,
  rawText: string,
  gold: ScoredTarget[],
  predicted: ScoredTarget[],
): DocumentScore {
  const text = normalizeText(rawText);
  const goldSpans = gold.map((g) => spanOf(text, g));
  const predSpans = predicted.map((p) => spanOf(text, p));
  const used = new Set<number>();
  const misses: ScoredTarget[] = [];
  const levelMismatches: DocumentScore["levelMismatches"] = [];
  let matched = 0;
  let levelCorrect = 0;
  let kindCorrect = 0;
  gold.forEach((g, gi) => {
    const gs = goldSpans[gi];
    const hit = predicted.findIndex((p, pi) => {
      const ps = predSpans[pi];
      if (used.has(pi) || !ps || !gs) return false;
      if (ps[0] >= gs[1] || gs[0] >= ps[1]) return false;
      if (typeof p.value !== "number" || typeof g.value !== "number" || Math.abs(p.value - g.value) > 1e-6) return false;
      return opOf(p) === opOf(g) && unitClass(p.unit) === unitClass(g.unit);
    });
    if (hit < 0) {
      misses.push(g);
      return;
    }
    used.add(hit);
    matched++;
    if (predicted[hit].level === g.level) levelCorrect++;
    else levelMismatches.push({ gold: g, predicted: predicted[hit] });
    if ((predicted[hit].kind ?? "target") === (g.kind ?? "target")) kindCorrect++;
  });
  const extras = predicted.filter((_, pi) => !used.has(pi));
  return { document, gold: gold.length, predicted: predicted.length, matched, levelCorrect, kindCorrect, misses, extras, levelMismatches };
}

/** Totals over documents, as score.py prints them. */
export function totalScore(scores: DocumentScore[]): TotalScore {
  const sum = (f: (s: DocumentScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const gold = sum((s) => s.gold);
  const predicted = sum((s) => s.predicted);
  const matched = sum((s) => s.matched);
  const recall = gold ? matched / gold : 1;
  const precision = predicted ? matched / predicted : 0;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return {
    recall,
    precision,
    f1,
    levelAccuracy: matched ? sum((s) => s.levelCorrect) / matched : 0,
    kindAccuracy: matched ? sum((s) => s.kindCorrect) / matched : 0,
    gold,
    predicted,
    matched,
  };
}

export interface TargetsScore {
  /** Gold items of kind "target". */
  gold: number;
  /** Predicted items of kind "target" (the rows the tracking workbook would get). */
  predicted: number;
  matched: number;
  recall: number;
  precision: number;
  /** Predicted targets that match no gold target, and how many of them carry confidence < 0.6. */
  wrong: number;
  wrongFlagged: number;
  right: number;
  rightFlagged: number;
  /** The wrong predicted targets, for --verbose. */
  wrongItems: ScoredTarget[];
  /** Gold targets no predicted target matched. */
  missedItems: ScoredTarget[];
}

/**
 * What the tracking workbook receives, as ../shared/eval/score_targets.py
 * scores it: only kind "target" on both sides, and how well the review flag
 * (confidence below 0.6) separates wrong targets from right ones.
 */
export function scoreTargets(
  documents: Array<{ rawText: string; gold: ScoredTarget[]; predicted: Array<ScoredTarget & { confidence?: number }> }>,
): TargetsScore {
  const total: TargetsScore = { gold: 0, predicted: 0, matched: 0, recall: 1, precision: 0, wrong: 0, wrongFlagged: 0, right: 0, rightFlagged: 0, wrongItems: [], missedItems: [] };
  for (const document of documents) {
    const isTarget = (t: ScoredTarget) => (t.kind ?? "target") === "target";
    const gold = document.gold.filter(isTarget);
    const predicted = document.predicted.filter(isTarget);
    const score = scoreDocument("", document.rawText, gold, predicted);
    const unmatched = new Set(score.extras);
    for (const p of predicted) {
      const flagged = isLowConfidence({ confidence: p.confidence ?? 1 });
      if (unmatched.has(p)) {
        total.wrong++;
        if (flagged) total.wrongFlagged++;
        total.wrongItems.push(p);
      } else {
        total.right++;
        if (flagged) total.rightFlagged++;
      }
    }
    for (const miss of score.misses) total.missedItems.push(miss);
    total.gold += gold.length;
    total.predicted += predicted.length;
    total.matched += score.matched;
  }
  total.recall = total.gold ? total.matched / total.gold : 1;
  total.precision = total.predicted ? total.matched / total.predicted : 0;
  return total;
}
