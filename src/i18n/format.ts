// How plan values read for a person, shared by the CLI and the task pane:
// level and comparator names from the catalog, numbers in the reader's own
// convention (Vietnamese "1.132" and "98,5"; English "1,132" and "98.5").
// Done by hand rather than with Intl so the output does not depend on which
// ICU data a runtime ships.

import type { Level, Op, Target } from "../domain/plan";
import { type Lang, type MessageKey, t } from "./messages";

/** Catalog keys of level names; the Đơn vị sheet and the unit-list reader use the same names. */
export const LEVEL_KEYS: Record<Level, MessageKey> = {
  mam_non: "levelMamNon",
  tieu_hoc: "levelTieuHoc",
  thcs: "levelThcs",
  thpt: "levelThpt",
  gdtx: "levelGdtx",
  chung: "levelChung",
};

const OP_KEYS: Record<Op, MessageKey> = {
  gte: "opGte",
  gt: "opGt",
  lte: "opLte",
  lt: "opLt",
  eq: "opEq",
  between: "opBetween",
  approx: "opApprox",
  increase_by: "opIncreaseBy",
  decrease_by: "opDecreaseBy",
};

/** Symbols read the same in both languages; the worded comparators come from the catalog. */
const OP_SHORT: Record<Op, string | MessageKey> = {
  gte: "≥",
  gt: ">",
  lte: "≤",
  lt: "<",
  eq: "=",
  approx: "≈",
  between: "cliOpBetween",
  increase_by: "cliOpIncrease",
  decrease_by: "cliOpDecrease",
};

export function levelLabel(level: Level, lang: Lang): string {
  return t(LEVEL_KEYS[level], lang);
}

/** "≥ (đạt, trở lên)" in full, "≥" or "tăng" in short. */
export function opLabel(op: Op, lang: Lang, style: "long" | "short" = "long"): string {
  if (style === "long") return t(OP_KEYS[op], lang);
  const short = OP_SHORT[op];
  return short.length <= 1 ? short : t(short as MessageKey, lang);
}

/** Exact digits, grouped and with the language's decimal mark. */
export function formatNumber(value: number, lang: Lang = "vi"): string {
  if (!Number.isFinite(value)) return String(value);
  const [group, decimal] = lang === "vi" ? [".", ","] : [",", "."];
  const plain = Math.abs(value).toString();
  if (plain.includes("e")) return (value < 0 ? "-" : "") + plain.replace(".", decimal);
  const [whole, fraction] = plain.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (value < 0 ? "-" : "") + grouped + (fraction === undefined ? "" : decimal + fraction);
}

/** "2–3" for a range, "23/48" for a count out of a total, else the number. */
export function formatValue(target: Pick<Target, "value" | "value_max" | "denominator">, lang: Lang = "vi"): string {
  const value = formatNumber(target.value, lang);
  if (target.value_max !== null) return `${value}–${formatNumber(target.value_max, lang)}`;
  if (target.denominator !== null) return `${value}/${formatNumber(target.denominator, lang)}`;
  return value;
}
