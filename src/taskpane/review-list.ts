// The review list's rules, pure so they are tested without a pane: which
// targets a filter shows, where "next to check" goes, and what the pane holds
// that the book does not ("chưa ghi"). Loaded with the list (plan-view chunk).

import { sha256Hex } from "../domain/hash";
import { isLowConfidence, type PlanMeta, type Target } from "../domain/plan";
import { type PlanDraft, type TargetDraft, type WrittenState, writtenMeta, writtenTarget } from "./plan-draft";

export type ReviewFilter = "all" | "target" | "baseline" | "flagged";

export const REVIEW_FILTERS: readonly ReviewFilter[] = ["all", "target", "baseline", "flagged"];

/** Lists longer than this open as compact rows: a screenful shows a dozen targets, not two. */
export const COMPACT_FROM = 12;

export function matchesFilter(target: Target, filter: ReviewFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "target":
      return target.kind === "target";
    case "baseline":
      return target.kind === "baseline";
    case "flagged":
      return isLowConfidence(target);
  }
}

export function filterCounts(rows: readonly TargetDraft[]): Record<ReviewFilter, number> {
  const counts: Record<ReviewFilter, number> = { all: 0, target: 0, baseline: 0, flagged: 0 };
  for (const { target } of rows) for (const filter of REVIEW_FILTERS) if (matchesFilter(target, filter)) counts[filter] += 1;
  return counts;
}

/** The flagged target after `afterId` in list order, round to the first; null when none is flagged. */
export function nextFlagged(rows: readonly TargetDraft[], afterId: string | null): string | null {
  const flagged = rows.filter((row) => isLowConfidence(row.target)).map((row) => row.target.id);
  if (flagged.length === 0) return null;
  const index = afterId === null ? -1 : rows.findIndex((row) => row.target.id === afterId);
  if (index < 0) return flagged[0];
  const after = rows.slice(index + 1).find((row) => isLowConfidence(row.target));
  return after?.target.id ?? flagged[0];
}

// --- Written or not ----------------------------------------------------------------

/** Same content, same fingerprint, whatever order the object's keys were made in. */
function fingerprint(value: Target | PlanMeta): string {
  return sha256Hex(JSON.stringify(value, Object.keys(value).sort())).slice(0, 16);
}

/** The draft as the book now holds it: just written, or read back as written. */
export function markWritten(draft: PlanDraft): PlanDraft {
  const written: WrittenState = {
    meta: fingerprint(writtenMeta(draft.meta)),
    targets: Object.fromEntries(draft.rows.map(({ target }) => [target.id, fingerprint(writtenTarget(target))])),
  };
  return { ...draft, written };
}

export interface UnsavedState {
  /** Nothing of this draft has been written. */
  never: boolean;
  /** Targets edited or added since the last write. */
  targets: ReadonlySet<string>;
  /** Edited and added targets, removed ones, and the document's information if edited. */
  changes: number;
}

export function unsavedState(draft: PlanDraft): UnsavedState {
  const { written } = draft;
  if (written === null) return { never: true, targets: new Set(), changes: draft.rows.length };
  const targets = new Set<string>();
  for (const { target } of draft.rows) if (written.targets[target.id] !== fingerprint(writtenTarget(target))) targets.add(target.id);
  const present = new Set(draft.rows.map(({ target }) => target.id));
  const removed = Object.keys(written.targets).filter((id) => !present.has(id)).length;
  const metaChanged = written.meta !== fingerprint(writtenMeta(draft.meta)) ? 1 : 0;
  return { never: false, targets, changes: targets.size + removed + metaChanged };
}
