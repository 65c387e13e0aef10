// Matching a revised plan to the plan a workbook already tracks, so that
// re-importing keeps every actual. The extractor numbers targets T001, T002…
// in document order, so one inserted sentence shifts every later id: targets
// are matched on what they say (indicator, level, unit of measure, section,
// scope, period, quote, position), never on ids. Pure and deterministic.

import type { Plan, Target } from "./plan";
import { foldText } from "./fold";
import { freshTargetIds } from "./target-id";

export type TargetField =
  | "op"
  | "value"
  | "value_max"
  | "denominator"
  | "unit"
  | "level"
  | "indicator"
  | "scope"
  | "period"
  | "section"
  | "kind";

/** The fields a change is reported on, in this order; quote, offset and confidence move with any edit and are not. */
export const TARGET_FIELDS: readonly TargetField[] = [
  "op",
  "value",
  "value_max",
  "denominator",
  "unit",
  "level",
  "indicator",
  "scope",
  "period",
  "section",
  "kind",
];

/** The fields that decide whether a target is met: a change to one of them changes statuses. */
export const THRESHOLD_FIELDS: readonly TargetField[] = ["op", "value", "value_max", "denominator", "unit"];

export interface TargetChange {
  /** The existing target. */
  before: Target;
  /** The revised target, carrying `before.id`. */
  after: Target;
  /** In `TARGET_FIELDS` order; never empty. */
  fields: TargetField[];
}

export interface PlanReconciliation {
  /**
   * The revised plan, its matched targets carrying the existing targets' ids,
   * new targets given fresh ids that collide with no existing id. Targets
   * stay in the revised plan's order: `plan.targets[i]` is `revised.targets[i]`.
   */
  plan: Plan;
  /** In the revised plan only (with their new ids), in revised order. */
  added: Target[];
  /** In the existing plan only, in existing order. */
  removed: Target[];
  /** Matched, with differing fields, in revised order. */
  changed: TargetChange[];
  /** Matched with no differing field. */
  unchanged: number;
}

/**
 * Weights of the evidence that two targets are the same, summing to 1. The
 * indicator text carries half, since it is what a person reads; the rest
 * tells apart targets that read alike ("Số lớp" of each level, "Đạt trở lên"
 * for THCS and THPT). The threshold itself weighs little: changing it is
 * exactly what a revision does.
 */
const WEIGHTS = {
  indicator: 0.5,
  level: 0.1,
  unit: 0.08,
  position: 0.08,
  section: 0.04,
  sectionTitle: 0.04,
  scope: 0.04,
  quote: 0.03,
  kind: 0.03,
  period: 0.02,
  op: 0.02,
  threshold: 0.02,
} as const;

/** Below this overall score a pair is not the same target. */
const MIN_SCORE = 0.6;
/**
 * Below this indicator similarity a pair is not the same target, whatever
 * else agrees: two different indicators in one section at one level share
 * everything else, and carrying one's actuals to the other would be wrong.
 * Reporting a removal and an addition instead asks the user; a wrong match
 * would not. Rewordings ("trẻ nhà trẻ" → "trẻ em độ tuổi nhà trẻ") stay
 * well above it.
 */
const MIN_INDICATOR = 0.6;

/**
 * Matches `revised` against `existing` and gives the revised plan the
 * existing ids, in two passes:
 *
 * 1. Targets identical in every reported field (`TARGET_FIELDS`) are paired,
 *    in document order within each set of identical ones. They anchor the
 *    rest, and no amount of moving around can pull them apart.
 * 2. Every remaining pair whose indicators are similar enough is scored
 *    (`WEIGHTS`: indicator words weighted by rarity, level, unit, section,
 *    scope, quote, position between the anchors…) and pairs are taken best
 *    first, each target at most once; pairs under `MIN_SCORE` are left as a
 *    removal and an addition.
 *
 * Neither pass looks at ids, nor at the order of the lists beyond document
 * order (offsets). Ids are assumed unique within each plan, as the extractor
 * and the workbook model keep them.
 */
export function reconcilePlan(existing: Plan, revised: Plan): PlanReconciliation {
  const olds = existing.targets.map((target, index) => features(target, index));
  const news = revised.targets.map((target, index) => features(target, index));
  setPositions(olds);
  setPositions(news);

  const matchOfRevised = new Map<number, number>();
  const matchedOld = new Set<number>();
  const pair = (old: number, revisedIndex: number): void => {
    matchOfRevised.set(revisedIndex, old);
    matchedOld.add(old);
  };

  // Pass 1: identical targets, the k-th copy in one document with the k-th in the other.
  const oldsByContent = groupBy(olds, (item) => item.content);
  for (const [content, group] of groupBy(news, (item) => item.content)) {
    const partners = oldsByContent.get(content) ?? [];
    pairInOrder(partners, group).forEach(([a, b]) => pair(a.index, b.index));
  }

  // Pass 2: the rest, scored.
  setGaps(olds, news, matchOfRevised);
  const restOld = olds.filter((item) => !matchedOld.has(item.index));
  const restNew = news.filter((item) => !matchOfRevised.has(item.index));
  const weights = tokenWeights([...olds, ...news]);
  const candidates: Candidate[] = [];
  for (const a of restOld) {
    for (const b of restNew) {
      const indicator = weightedDice(a.tokens, b.tokens, weights);
      if (indicator < MIN_INDICATOR) continue;
      const score = pairScore(a, b, indicator);
      if (score >= MIN_SCORE) candidates.push({ old: a.index, revised: b.index, score, distance: Math.abs(a.position - b.position) });
    }
  }
  // Best first; among equal scores the nearer in the document, then document order, so the result never depends on sort stability.
  candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || x.old - y.old || x.revised - y.revised);
  for (const candidate of candidates) {
    if (!matchOfRevised.has(candidate.revised) && !matchedOld.has(candidate.old)) pair(candidate.old, candidate.revised);
  }

  const ids = freshIds(existing, revised, matchOfRevised);
  const added: Target[] = [];
  const changed: TargetChange[] = [];
  let unchanged = 0;
  const targets = revised.targets.map((target, index): Target => {
    const old = matchOfRevised.get(index);
    if (old === undefined) {
      const fresh = { ...target, id: ids.get(index) as string };
      added.push(fresh);
      return fresh;
    }
    const before = existing.targets[old];
    const after = { ...target, id: before.id };
    const fields = changedFields(before, after);
    if (fields.length > 0) changed.push({ before, after, fields });
    else unchanged += 1;
    return after;
  });
  const removed = existing.targets.filter((_, index) => !matchedOld.has(index));
  return { plan: { meta: revised.meta, targets }, added, removed, changed, unchanged };
}

/** The fields in which two targets differ, in `TARGET_FIELDS` order. */
export function changedFields(before: Target, after: Target): TargetField[] {
  return TARGET_FIELDS.filter((field) => before[field] !== after[field]);
}

/** Whether a change touches what decides a status (comparator, threshold, unit): the ones to show first. */
export function isThresholdChange(change: TargetChange): boolean {
  return change.fields.some((field) => THRESHOLD_FIELDS.includes(field));
}

// --- Scoring -----------------------------------------------------------------

interface Features {
  target: Target;
  /** Index in its plan's list. */
  index: number;
  /** The reported fields, as one key: equal keys mean an unchanged target. */
  content: string;
  /** Place in document order, 0 (first) to 1 (last). */
  position: number;
  /** Rank in document order. */
  rank: number;
  /** The existing index of the nearest anchor (pass 1 pair) before this target, -1 for none. */
  gap: number;
  tokens: Set<string>;
  quote: Set<string>;
  section: string;
  sectionTitle: string;
  scope: string;
  period: string;
  unit: string;
}

interface Candidate {
  old: number;
  revised: number;
  score: number;
  distance: number;
}

function features(target: Target, index: number): Features {
  return {
    target,
    index,
    content: JSON.stringify(TARGET_FIELDS.map((field) => target[field])),
    position: 0,
    rank: 0,
    gap: -1,
    tokens: new Set(words(target.indicator)),
    // Figures masked: "78,5%" and "80%" read alike, what surrounds them is the evidence.
    quote: new Set(words(target.quote).map((word) => (/^\d/.test(word) ? "#" : word))),
    section: fold(target.section ?? ""),
    sectionTitle: fold(target.sectionTitle ?? ""),
    scope: fold(target.scope ?? ""),
    period: fold(target.period ?? ""),
    unit: fold(target.unit),
  };
}

/**
 * Places by document order: the offset in the text, then the list order.
 * A shuffled or renumbered list keeps its offsets, so targets that read the
 * same are still told apart by where they stand.
 */
function setPositions(list: Features[]): void {
  const order = inDocumentOrder(list);
  const last = Math.max(1, order.length - 1);
  order.forEach((item, rank) => {
    item.rank = rank;
    item.position = rank / last;
  });
}

function inDocumentOrder(list: readonly Features[]): Features[] {
  return [...list].sort((a, b) => a.target.offset - b.target.offset || a.index - b.index);
}

/**
 * Where each target sits among the anchors: the existing index of the
 * nearest anchor before it, in each document. A changed target that sits
 * between the same unchanged neighbours in both is most likely the same one,
 * however much was added or removed elsewhere.
 */
function setGaps(olds: Features[], news: Features[], matchOfRevised: ReadonlyMap<number, number>): void {
  const anchoredOld = new Set(matchOfRevised.values());
  let gap = -1;
  for (const item of inDocumentOrder(olds)) {
    item.gap = gap;
    if (anchoredOld.has(item.index)) gap = item.index;
  }
  gap = -1;
  for (const item of inDocumentOrder(news)) {
    item.gap = gap;
    const old = matchOfRevised.get(item.index);
    if (old !== undefined) gap = old;
  }
}

/** Pairs two sets of identical targets in document order; any left over in the larger set stay unpaired. */
function pairInOrder(olds: readonly Features[], news: readonly Features[]): [Features, Features][] {
  const a = inDocumentOrder(olds);
  const b = inDocumentOrder(news);
  if (a.length === b.length) return a.map((item, i) => [item, b[i]]);
  // One copy more on one side: pair each with the nearest in relative place, best first, so a deleted copy is the one that is missing.
  const pairs = a.flatMap((x) => b.map((y): [Features, Features] => [x, y]));
  pairs.sort(([x1, y1], [x2, y2]) => Math.abs(x1.position - y1.position) - Math.abs(x2.position - y2.position) || x1.rank - x2.rank || y1.rank - y2.rank);
  const usedOld = new Set<Features>();
  const usedNew = new Set<Features>();
  const chosen: [Features, Features][] = [];
  for (const [x, y] of pairs) {
    if (usedOld.has(x) || usedNew.has(y)) continue;
    usedOld.add(x);
    usedNew.add(y);
    chosen.push([x, y]);
  }
  return chosen;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function pairScore(a: Features, b: Features, indicator: number): number {
  const same = (x: unknown, y: unknown): number => (x === y ? 1 : 0);
  const ta = a.target;
  const tb = b.target;
  return (
    WEIGHTS.indicator * indicator +
    WEIGHTS.level * same(ta.level, tb.level) +
    WEIGHTS.unit * same(a.unit, b.unit) +
    // Half for sitting between the same unchanged targets, half for the relative place in the document.
    (WEIGHTS.position / 2) * (same(a.gap, b.gap) + 1 - Math.abs(a.position - b.position)) +
    WEIGHTS.section * same(a.section, b.section) +
    WEIGHTS.sectionTitle * same(a.sectionTitle, b.sectionTitle) +
    WEIGHTS.scope * same(a.scope, b.scope) +
    WEIGHTS.quote * dice(a.quote, b.quote) +
    WEIGHTS.kind * same(ta.kind, tb.kind) +
    WEIGHTS.period * same(a.period, b.period) +
    WEIGHTS.op * same(ta.op, tb.op) +
    WEIGHTS.threshold * same(ta.value, tb.value) * same(ta.value_max, tb.value_max) * same(ta.denominator, tb.denominator)
  );
}

/**
 * Inverse document frequency over both plans' indicators: a word most
 * targets have ("số", "học sinh") says little about which target this is,
 * a rare one ("rèn luyện", "tiếng Anh") says a lot.
 */
function tokenWeights(all: Features[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of all) for (const token of item.tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const total = Math.max(1, all.length);
  return new Map([...counts].map(([token, count]) => [token, Math.log(1 + total / count)]));
}

/** Dice's coefficient with weighted words: 1 for the same words, 0 for none in common. */
function weightedDice(a: Set<string>, b: Set<string>, weights: Map<string, number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  let sum = 0;
  for (const token of a) {
    const weight = weights.get(token) ?? 1;
    sum += weight;
    if (b.has(token)) shared += weight;
  }
  for (const token of b) sum += weights.get(token) ?? 1;
  return sum === 0 ? 0 : (2 * shared) / sum;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Lower case without tone marks or extra spaces, so "Tỷ lệ", "tỷ  lệ" and decomposed text read alike. */
function fold(text: string): string {
  return foldText(text)
    .replace(/\s+/g, " ")
    .trim();
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

// --- Ids ---------------------------------------------------------------------

/**
 * Ids for the revised targets that matched nothing, by revised index. A
 * target keeps its own id when no existing target has it (a removed target's
 * id included, so its old rows can never attach to a new target) and no
 * earlier target took it; otherwise it gets the next T-number after every
 * number in use, in the extractor's style.
 */
function freshIds(existing: Plan, revised: Plan, matchOfRevised: Map<number, number>): Map<number, string> {
  const taken = new Set(existing.targets.map((target) => target.id));
  const unmatched = revised.targets.flatMap((target, index) => (matchOfRevised.has(index) ? [] : [{ target, index }]));
  // Own ids are settled first, so a later target's own id is never handed out as someone else's fresh one.
  const ids = new Map<number, string>();
  for (const { target, index } of unmatched) {
    if (taken.has(target.id)) continue;
    ids.set(index, target.id);
    taken.add(target.id);
  }
  const fresh = freshTargetIds(taken);
  for (const { index } of unmatched) if (!ids.has(index)) ids.set(index, fresh());
  return ids;
}
