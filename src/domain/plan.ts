// The plan model: what the extraction engine produces and every later stage
// (workbook, evaluation, appendices) consumes. Field names follow
// ../shared/eval/LABELING.md so extractor output can be scored as-is.

export type TargetKind = "target" | "baseline";

export type Level = "mam_non" | "tieu_hoc" | "thcs" | "thpt" | "gdtx" | "chung";

export const LEVELS: readonly Level[] = ["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx", "chung"];

export type Op =
  | "gte"
  | "gt"
  | "lte"
  | "lt"
  | "eq"
  | "between"
  | "approx"
  | "increase_by"
  | "decrease_by";

export const OPS: readonly Op[] = [
  "gte",
  "gt",
  "lte",
  "lt",
  "eq",
  "between",
  "approx",
  "increase_by",
  "decrease_by",
];

export interface Target {
  id: string;
  kind: TargetKind;
  /** Heading number as written ("II.2", "1.2.b"), or null. */
  section: string | null;
  sectionTitle: string | null;
  level: Level;
  /** Sub-population named beside the figure ("ĐBKK", "lớp 6, 7"), or null. */
  scope: string | null;
  indicator: string;
  op: Op;
  value: number;
  value_max: number | null;
  denominator: number | null;
  /** "%" or the counted noun, singular, lower case. */
  unit: string;
  period: string | null;
  /** Shortest exact substring of the normalized text holding the figure. */
  quote: string;
  /** Where `quote` starts in the normalized text. */
  offset: number;
  confidence: number;
}

/** Below this confidence a target is flagged "Cần kiểm tra" for the planner to check (pane, workbook, eval). */
export const LOW_CONFIDENCE = 0.6;

/** Whether the planner should check this target by hand. */
export function isLowConfidence(target: Pick<Target, "confidence">): boolean {
  return target.confidence < LOW_CONFIDENCE;
}

export interface PlanMeta {
  /** Issuing body, e.g. "UBND HUYỆN MƯỜNG TÈ". */
  issuer: string | null;
  /** Document number, e.g. "123/KH-UBND". */
  number: string | null;
  /** Issue date as ISO yyyy-mm-dd when it can be read. */
  date: string | null;
  title: string | null;
  /** School year "2022-2023" or period "2021-2025". */
  period: string | null;
}

export interface Plan {
  meta: PlanMeta;
  targets: Target[];
}
