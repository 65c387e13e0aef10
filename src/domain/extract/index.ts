// The extraction engine's public face: plain text in, a Plan out.
export { extractPlan } from "./extract";

/**
 * The longest text the task pane offers for review (about 300 pages): beyond
 * it a planner cannot usefully check targets one by one, so the pane says so
 * instead of listing thousands. The engine itself has no limit (it is linear).
 */
export const REVIEWABLE_CHARS = 1_000_000;
/** Characters of a typical printed page of a plan, to say a length in pages. */
export const CHARS_PER_PAGE = 3_000;
export { normalizeDocument, normalizeText } from "./normalize";
// What the pane keeps of the document to show each target's sentence.
export { sourceOfDocument } from "../sentence";
export { parseVietnameseNumber } from "./numbers";
export { readComparator } from "./comparators";
export type { Plan, PlanMeta, Target, Level, Op, TargetKind } from "../plan";
