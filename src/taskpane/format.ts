// What the pane flags for review; value formatting is shared with the CLI.
import type { Target } from "../domain/plan";

export { formatNumber, formatValue, levelLabel, opLabel } from "../i18n/format";

/** Rows below this confidence are flagged for the planner to check by hand. */
export const LOW_CONFIDENCE = 0.6;

export function isLowConfidence(target: Target): boolean {
  return target.confidence < LOW_CONFIDENCE;
}
