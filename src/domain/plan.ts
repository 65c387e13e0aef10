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
  /**
   * Why the engine is unsure, strongest first (empty when it is sure). Books
   * written before this field existed have none.
   */
  doubts?: Doubt[];
}

/**
 * A reason for doubt about one extracted target. The confidence pass
 * (src/domain/extract/confidence.ts) owns how much each one costs; the
 * catalog says each one in words.
 */
export type Doubt =
  /** Nothing near the figure says whether it is promised or reached: the document's genre decided. */
  | "kind-by-default"
  /** The figure's own sentence has no commitment or result words: an earlier paragraph's decided. */
  | "kind-from-far"
  /** A target inside a document that mostly reports results (a report or a news article). */
  | "target-in-report"
  /** No comparator word: "≥" or "=" by default. */
  | "no-comparator"
  /** A change ("tăng 2%", "giảm 0,3%/năm") with no start value to measure it from. */
  | "change-without-baseline"
  /** The number has no unit or percent sign of its own. */
  | "bare-number"
  /** The unit was taken from the figures listed before it. */
  | "unit-inherited"
  /** The level was taken from the heading or the document, not from the figure's words. */
  | "level-from-context"
  /** The name comes from a phrase far from the figure, or is a sub-group of the item before. */
  | "name-from-far"
  /** Several figures share one clause and the subject of each is unclear. */
  | "crowded-clause"
  /** An attainment level ("mức độ 2"): often a name, not a goal. */
  | "attainment-level"
  /** The clause also talks about something outside education (budget, income, farming…). */
  | "off-topic-words";

/** Below this confidence a target is flagged "Cần kiểm tra" for the planner to check (pane, workbook, eval). */
export const LOW_CONFIDENCE = 0.6;

/** Whether the planner should check this target by hand. */
export function isLowConfidence(target: Pick<Target, "confidence">): boolean {
  return target.confidence < LOW_CONFIDENCE;
}

/** The indicator with its sub-population ("Tỷ lệ trẻ đi học (5 tuổi)"), as the sheets and appendices show it. */
export function indicatorText(target: Pick<Target, "indicator" | "scope">): string {
  return target.scope ? `${target.indicator} (${target.scope})` : target.indicator;
}

/** What kind of document the text is: it decides what a figure means when its words do not say. */
export type DocumentGenre = "plan" | "report" | "resolution" | "news" | "unknown";

/** Levels of local government: xã (and phường, đặc khu), tỉnh, and the huyện of plans before July 2025. */
export type GovernmentLevel = "xa" | "tinh" | "huyen";

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
  // Read since the two-tier local government (1 July 2025); books made
  // before have a stored model without them.
  /** The header line above the issuing body ("UBND TỈNH PHÚ THỌ" above "SỞ GIÁO DỤC VÀ ĐÀO TẠO"), or null when the issuer stands alone. */
  governingBody?: string | null;
  /** The level of government the plan belongs to: xã/phường/đặc khu, tỉnh/thành phố trực thuộc trung ương, or huyện for older plans. */
  government?: GovernmentLevel | null;
  /** The area the plan covers in its normal written case ("xã Tu Vũ", "tỉnh Phú Thọ", "huyện Bắc Sơn"). */
  area?: string | null;
  /** What kind of document the text is: plan, report, resolution, news article. */
  genre?: DocumentGenre;
}

export interface Plan {
  meta: PlanMeta;
  targets: Target[];
}
