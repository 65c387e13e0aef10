// The comparator grammar: which words around a figure say how it is to be
// met. Vietnamese puts most comparators right before the number ("trên 99%",
// "xuống dưới 10%", "tối thiểu 12,5%", "khoảng 65%", "tăng 02 lớp") and a few
// after it ("98% trở lên", "5% trở xuống"). Only words adjacent to the
// number count: "từ TB trở lên trên 98,2%" is "trên", not "từ … trở lên".

import type { Op, TargetKind } from "../plan";

interface LeadRule {
  pattern: RegExp;
  op: Op;
}

// Each pattern is anchored at the end of the text before the number.
// Markup and an opening bracket may sit between the words and the number.
const GAP = String.raw`[\s*_(]*$`;

// "giảm trung bình 0,3%/năm", "tăng bình quân mỗi năm 2%": a change per year.
const AVERAGE = String.raw`(?: (?:trung bình|bình quân))?(?: (?:mỗi|hằng|hàng) năm)?`;

const LEAD_RULES: LeadRule[] = [
  // "(+1,52%)": the sign touches the number; "+ 100% trẻ" is a list bullet.
  { pattern: /\+$/u, op: "increase_by" },
  // "tăng ít nhất 2%", "giảm tối thiểu 1%": the bound is on the change.
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])tăng` + AVERAGE + String.raw`(?: thêm)?(?: được)?(?: (?:ít nhất|tối thiểu|từ|trên|hơn|gần|khoảng))?` + GAP, "iu"), op: "increase_by" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])giảm` + AVERAGE + String.raw`(?: thêm)?(?: được)? (?:ít nhất|tối thiểu|từ|trên|hơn|gần|khoảng)` + GAP, "iu"), op: "decrease_by" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:bằng hoặc (?:cao|lớn|nhiều) hơn|không thấp hơn)` + GAP, "iu"), op: "gte" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])bằng hoặc (?:thấp|nhỏ|ít) hơn` + GAP, "iu"), op: "lte" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:không|chưa) (?:dưới|thấp hơn|ít hơn|nhỏ hơn)` + GAP, "iu"), op: "gte" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:không|chưa) (?:quá|vượt quá|vượt|cao hơn|lớn hơn|nhiều hơn)` + GAP, "iu"), op: "lte" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:tối đa|nhiều nhất|cao nhất)(?: là| có| chỉ)?` + GAP, "iu"), op: "lte" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:giảm |xuống |hạ )?(?:xuống )?(?:còn )?dưới|thấp hơn|ít hơn|nhỏ hơn)` + GAP, "iu"), op: "lt" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:trên|hơn|vượt|vượt quá|cao hơn|lớn hơn|nhiều hơn)` + GAP, "iu"), op: "gt" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:tối thiểu|ít nhất|thấp nhất)(?: là| có| đạt| phải đạt)?` + GAP, "iu"), op: "gte" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:khoảng|xấp xỉ|gần|chừng|ước đạt|ước)` + GAP, "iu"), op: "approx" },
  { pattern: new RegExp(String.raw`(?:^|[^\p{L}])giảm` + AVERAGE + String.raw`(?: thêm)?(?: được)?` + GAP, "iu"), op: "decrease_by" },
  { pattern: /\(-$/u, op: "decrease_by" },
];

const DECREASE_TO = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:giảm|xuống)(?: xuống)? còn|(?:giảm |hạ )?xuống)` + GAP, "iu");
const RAISE_TO = new RegExp(String.raw`(?:^|[^\p{L}])(?<!trở )(?:lên|nâng lên|tăng lên)` + GAP, "iu");
const FROM = new RegExp(String.raw`(?:^|[^\p{L}])từ` + GAP, "iu");
const KEEP = /(?:^|[^\p{L}])(?:duy trì|giữ vững|giữ|củng cố)(?![\p{L}])/iu;
// "giảm tỷ lệ bỏ học thêm 1%", "giảm tỷ lệ bỏ học trung bình 0,2%/năm": the
// verb named the change earlier; "thêm" or "trung bình" carries it to the number.
const MORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:thêm|trung bình|bình quân)(?: (?:mỗi|hằng|hàng) năm)?` + GAP, "iu");
const CHANGE_VERB_BEFORE = /(?:^|[^\p{L}])(tăng|giảm|hạ|nâng)(?![\p{L}])[^;.,]{0,60}$/iu;
// "tăng từ 71,3% lên 93,7%": the first number is where the change started.
const FROM_START = new RegExp(String.raw`(?:^|[^\p{L}])(?:tăng|giảm|nâng|hạ)[^;.,]{0,60}?\stừ` + GAP, "iu");
const TO_AFTER = /^\s?(?:\*+\s?)?(?:lên|xuống)(?:\smức)?\s\d/u;
// "xuống 2% so với năm 2023": a change measured against an earlier value.
const AGAINST = /^\s?(?:\/\s?năm\s)?(?:\*+\s?)?\(?so với(?![\p{L}])/u;
// "chiếm 98,6%": a share; a report states it, a plan wants at least it.
const SHARE = new RegExp(String.raw`(?:^|[^\p{L}])chiếm(?: tỷ lệ| tỉ lệ)?` + GAP, "iu");
const OR_MORE = /^\s?(?:%\s?)?(?:\*+\s?)?trở lên/u;
const OR_LESS = /^\s?(?:%\s?)?(?:\*+\s?)?trở xuống/u;

export interface ComparatorReading {
  op: Op;
  /** Characters of the lead text the comparator words take (for the quote). */
  leadLength: number;
  /** Characters after the figure the comparator words take ("trở lên"). */
  tailLength: number;
  /** True when words, not a default, decided the comparator. */
  explicit: boolean;
  /** True for the start of a change ("tăng từ 71,3% lên …"): a baseline, whatever the sentence. */
  start?: boolean;
}

export interface ComparatorInput {
  /** Text of the clause before the number, ending right before it. */
  lead: string;
  /** Text right after the figure (after its unit or percent sign). */
  tail: string;
  kind: TargetKind;
  isPercent: boolean;
  isRange: boolean;
  /** Text of the clause before the number, for "duy trì"-style verbs. */
  clause: string;
}

function matchedLength(pattern: RegExp, lead: string): number {
  const m = pattern.exec(lead);
  if (!m) return 0;
  // Do not count the single non-letter the pattern may start with.
  const text = m[0];
  const skip = /^[^\p{L}+\-(]/u.test(text) ? 1 : 0;
  return text.length - skip;
}

/** Reads the comparator of one figure. */
export function readComparator(input: ComparatorInput): ComparatorReading {
  const { lead, tail, kind } = input;
  const orMore = OR_MORE.exec(tail);
  const orLess = OR_LESS.exec(tail);
  const tailLength = orMore ? orMore[0].length : orLess ? orLess[0].length : 0;

  if (input.isRange) {
    return { op: "between", leadLength: matchedLength(FROM, lead), tailLength: 0, explicit: true };
  }
  const start = matchedLength(FROM_START, lead);
  if (start > 0 && TO_AFTER.test(tail)) {
    return { op: "eq", leadLength: matchedLength(FROM, lead), tailLength: 0, explicit: true, start: true };
  }
  for (const rule of LEAD_RULES) {
    const length = matchedLength(rule.pattern, lead);
    if (length > 0) {
      // "giảm 01% trở lên so với đầu năm học": a decrease of at least 1 point.
      return { op: rule.op, leadLength: length, tailLength, explicit: true };
    }
  }
  const more = matchedLength(MORE, lead);
  const verb = more > 0 ? CHANGE_VERB_BEFORE.exec(lead.slice(0, lead.length - more)) : null;
  if (more > 0 && (verb || /thêm$/u.test(lead.trimEnd()))) {
    const op: Op = verb && /giảm|hạ/iu.test(verb[1]) ? "decrease_by" : "increase_by";
    return { op, leadLength: more, tailLength, explicit: true };
  }
  const decreaseTo = matchedLength(DECREASE_TO, lead);
  if (decreaseTo > 0 && AGAINST.test(tail)) {
    return { op: "decrease_by", leadLength: decreaseTo, tailLength: 0, explicit: true };
  }
  if (decreaseTo > 0) {
    // A report says where a rate fell to; a plan says how low it must get.
    return { op: kind === "baseline" ? "eq" : "lte", leadLength: decreaseTo, tailLength: 0, explicit: true };
  }
  if (orMore) {
    return { op: "gte", leadLength: matchedLength(FROM, lead), tailLength, explicit: true };
  }
  if (orLess) {
    return { op: "lte", leadLength: matchedLength(FROM, lead), tailLength, explicit: true };
  }
  const raise = matchedLength(RAISE_TO, lead);
  if (raise > 0 && AGAINST.test(tail)) {
    return { op: "increase_by", leadLength: raise, tailLength: 0, explicit: true };
  }
  if (raise > 0 && kind === "target") {
    return { op: "gte", leadLength: raise, tailLength: 0, explicit: true };
  }
  const share = matchedLength(SHARE, lead);
  if (share > 0) return { op: kind === "baseline" ? "eq" : "gte", leadLength: share, tailLength, explicit: true };
  // No comparator words: a report states a fact; a plan's rate is a floor;
  // a plan's count is exact unless it is something to keep ("duy trì").
  if (kind === "baseline") return { op: "eq", leadLength: 0, tailLength: 0, explicit: false };
  if (input.isPercent || KEEP.test(input.clause)) {
    return { op: "gte", leadLength: 0, tailLength: 0, explicit: false };
  }
  return { op: "eq", leadLength: 0, tailLength: 0, explicit: false };
}
