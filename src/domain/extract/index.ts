// The extraction engine's public face: plain text in, a Plan out.
export { extractPlan } from "./extract";
export { normalizeDocument, normalizeText } from "./normalize";
export { parseVietnameseNumber } from "./numbers";
export { readComparator } from "./comparators";
export type { Plan, PlanMeta, Target, Level, Op, TargetKind } from "../plan";
