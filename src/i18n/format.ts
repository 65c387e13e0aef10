// How plan values read for a person, shared by the CLI and the task pane:
// level and comparator names from the catalog, numbers and dates in the
// reader's own convention (Vietnamese "1.132", "98,5" and "ngày 05/09/2024";
// English "1,132", "98.5" and "5 Sep 2024").
// Done by hand rather than with Intl so the output does not depend on which
// ICU data a runtime ships.

import type { Doubt, Level, Op, Target } from "../domain/plan";
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

/** Catalog keys of the reasons for doubt: the one place a doubt becomes words. */
const DOUBT_KEYS: Record<Doubt, MessageKey> = {
  "kind-by-default": "doubtKindByDefault",
  "kind-from-far": "doubtKindFromFar",
  "target-in-report": "doubtTargetInReport",
  "no-comparator": "doubtNoComparator",
  "change-without-baseline": "doubtChangeWithoutBaseline",
  "bare-number": "doubtBareNumber",
  "unit-inherited": "doubtUnitInherited",
  "level-from-context": "doubtLevelFromContext",
  "name-from-far": "doubtNameFromFar",
  "crowded-clause": "doubtCrowdedClause",
  "attainment-level": "doubtAttainmentLevel",
  "off-topic-words": "doubtOffTopicWords",
};

/** Why a target is flagged, in words: its doubts, strongest first, joined. Empty when it has none. */
export function doubtsText(doubts: readonly Doubt[] | undefined, lang: Lang): string {
  return (doubts ?? []).map((doubt) => t(DOUBT_KEYS[doubt], lang)).join("; ");
}

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

const MONTH_KEYS: readonly MessageKey[] = [
  "dateMonth1",
  "dateMonth2",
  "dateMonth3",
  "dateMonth4",
  "dateMonth5",
  "dateMonth6",
  "dateMonth7",
  "dateMonth8",
  "dateMonth9",
  "dateMonth10",
  "dateMonth11",
  "dateMonth12",
];

/**
 * A document's issue date as read in the language: ISO "2024-09-05" is
 * "ngày 05/09/2024" or "5 Sep 2024", a month alone ("2024-02") "tháng 02/2024"
 * or "Feb 2024". Anything else (not a calendar date) is shown as given.
 */
export function formatIssueDate(iso: string, lang: Lang = "vi"): string {
  const match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(iso.trim());
  if (!match) return iso;
  const year = match[1];
  const month = Number(match[2]);
  if (month < 1 || month > 12) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  const params = { year, mm: two(month), monthName: t(MONTH_KEYS[month - 1], lang) };
  if (match[3] === undefined) return t("dateMonthYear", lang, params);
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return iso;
  return t("dateFull", lang, { ...params, day, dd: two(day) });
}
