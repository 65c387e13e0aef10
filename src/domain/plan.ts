// The plan model: what the extraction engine produces and every later stage
// (workbook, evaluation, appendices) consumes. Field names follow
// ../shared/eval/LABELING.md so extractor output can be scored as-is.

import type { DocumentGenre } from "./extract/genre";

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
