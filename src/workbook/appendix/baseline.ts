// Kết quả năm trước from the plan itself: many plans state last year's
// figures ("hiện trạng") before this year's targets. A baseline stands
// beside a target only when the match is plain: same level, same unit of
// measure, a stated figure (not a change), and indicators sharing most of
// their words. A wrong number in an official appendix is worse than a blank
// one, so anything less certain is left for the officer to type.

import { isChangeTarget } from "../../domain/evaluate";
import type { Plan, Target } from "../../domain/plan";
import { foldText } from "../../domain/fold";

/** Share of words two indicators must have in common (Dice coefficient). */
export const BASELINE_MATCH = 0.6;

function words(text: string): Set<string> {
  return new Set(foldText(text).split(/[^a-z0-9]+/).filter((word) => word.length > 0));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

const described = (target: Target): Set<string> => words(`${target.indicator} ${target.scope ?? ""}`);

/** The plan's baseline for each target that has a plain one, by target ID. */
export function matchBaselines(plan: Plan): Map<string, Target> {
  const baselines = plan.targets.filter((target) => target.kind === "baseline" && !isChangeTarget(target));
  const matches = new Map<string, Target>();
  for (const target of plan.targets) {
    if (target.kind !== "target") continue;
    const unit = target.unit.trim().toLowerCase();
    const mine = described(target);
    let best: Target | null = null;
    let bestScore = BASELINE_MATCH;
    for (const baseline of baselines) {
      if (baseline.level !== target.level || baseline.unit.trim().toLowerCase() !== unit) continue;
      const score = dice(mine, described(baseline));
      if (score >= bestScore && (best === null || score > bestScore)) {
        best = baseline;
        bestScore = score;
      }
    }
    if (best !== null) matches.set(target.id, best);
  }
  return matches;
}
