// The confidence pass: a target's confidence is computed from the evidence
// the other passes left, one deduction per doubt, each with its reason. A
// target under LOW_CONFIDENCE (src/domain/plan.ts) is shown "Cần kiểm tra"
// with the reasons, so the planner knows what to look at.

import type { Doubt } from "../plan";

/** Where every target starts: even a clean reading is a machine's reading. */
const BASE = 0.95;
const FLOOR = 0.1;

/** What each doubt costs. Two mid-sized doubts, or one large, flag a target (below 0.6). */
export const DOUBT_COST: Readonly<Record<Doubt, number>> = {
  "kind-by-default": 0.2,
  "kind-from-far": 0.15,
  "target-in-report": 0.25,
  "no-comparator": 0.1,
  "change-without-baseline": 0.2,
  "bare-number": 0.25,
  "unit-inherited": 0.1,
  "level-from-context": 0.05,
  "name-from-far": 0.15,
  "crowded-clause": 0.15,
  "attainment-level": 0.05,
  "off-topic-words": 0.25,
};

/** Confidence from the doubts, rounded to two decimals, and the doubts strongest first. */
export function scoreDoubts(doubts: readonly Doubt[]): { confidence: number; doubts: Doubt[] } {
  const distinct = [...new Set(doubts)].sort((a, b) => DOUBT_COST[b] - DOUBT_COST[a]);
  const cost = distinct.reduce((sum, doubt) => sum + DOUBT_COST[doubt], 0);
  const confidence = Math.round(Math.max(FLOOR, Math.min(1, BASE - cost)) * 100) / 100;
  return { confidence, doubts: distinct };
}
