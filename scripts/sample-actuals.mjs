// Plausible actual figures for sample and benchmark workbooks: for every
// unit × target that applies, an entry that mostly meets the target, with
// some near misses, some misses, a few blanks and, on request, a couple of
// invalid entries. Pseudo-random from a fixed seed, so the same plan and
// units always give the same figures (the sample workbook is committed).
//
// `engine` is lib/domain/evaluate (compiled): the rules for which cells a
// target needs live there, not here.

/** Mulberry32: a tiny seeded generator; Math.random cannot be seeded. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTCOMES = [
  ["met", 0.64],
  ["near", 0.14],
  ["missed", 0.14],
  ["blank", 0.08],
];

/** Targets met by going down: "≤ 2% bỏ học", "giảm 0,5%". */
const DOWNWARD = new Set(["lte", "lt", "decrease_by"]);

/**
 * Entries keyed `${unit.code}|${target.id}`, the key describeWorkbook reads.
 * `units` are the units the workbook tracks, the district unit included
 * (lib/workbook/model trackedUnits).
 * `invalidRates` lists positions among the rows of plain rate targets (0-based,
 * in unit then plan order) to spoil: the first gets a Mẫu số of 0, the second
 * a Tử số above its Mẫu số.
 */
export function makeActuals(plan, units, engine, { seed = 20242025, invalidRates = [] } = {}) {
  const random = seededRandom(seed);
  const between = (low, high) => low + (high - low) * random();
  const entries = new Map();
  let rateRow = 0;
  for (const unit of units) {
    for (const target of plan.targets) {
      if (!engine.appliesTo(target, unit, units)) continue;
      const kind = engine.measureKind(target);
      const change = engine.isChangeTarget(target);
      const entry = makeEntry(target, kind, change, pickOutcome(random()), between);
      if (kind === "rate" && !change) {
        const spoil = invalidRates.indexOf(rateRow);
        if (spoil === 0) Object.assign(entry, { numerator: 12, denominator: 0 });
        if (spoil === 1) Object.assign(entry, { numerator: 215, denominator: 212 });
        rateRow += 1;
      }
      entries.set(`${unit.code}|${target.id}`, entry);
    }
  }
  return entries;
}

function pickOutcome(draw) {
  let sum = 0;
  for (const [outcome, share] of OUTCOMES) {
    sum += share;
    if (draw < sum) return outcome;
  }
  return OUTCOMES[0][0];
}

function makeEntry(target, kind, change, outcome, between) {
  const entry = { numerator: null, denominator: null, start: null, value: null };
  if (outcome === "blank") return entry;

  const threshold = target.value;
  const rate = kind === "rate";
  // Gần đạt's width: 1 point for rates, 5% of the threshold otherwise (the default tolerance).
  const tolerance = rate ? 1 : Math.max(0.05 * Math.abs(threshold), 0.01);
  const room = rate ? Math.min(5, Math.max(0.5, 100 - threshold)) : Math.max(1, 0.2 * Math.abs(threshold));
  const margin =
    outcome === "met" ? between(0.05, 1) * room : outcome === "near" ? -between(0.2, 0.9) * tolerance : -(tolerance + between(0.5, 3) * Math.max(tolerance, 1));

  let start = null;
  let value;
  if (change) {
    // The start of the period, then the value that moved by threshold + margin from it.
    start = rate ? between(DOWNWARD.has(target.op) ? threshold + 3 : 30, DOWNWARD.has(target.op) ? 30 : 90) : round(between(threshold + 5, threshold * 4 + 20), kind, threshold);
    value = DOWNWARD.has(target.op) ? start - (threshold + margin) : start + threshold + margin;
  } else if (target.op === "between" && target.value_max !== null && outcome === "met") {
    value = between(threshold, target.value_max);
  } else {
    value = DOWNWARD.has(target.op) ? threshold - margin : threshold + margin;
  }
  value = Math.max(0, value);

  if (!rate) {
    entry.value = round(value, kind, threshold);
    if (change) entry.start = start;
    return entry;
  }
  const denominator = Math.round(between(30, 400));
  entry.denominator = denominator;
  entry.numerator = Math.min(denominator, Math.round((Math.min(value, 100) / 100) * denominator));
  if (change) entry.start = Math.round(Math.min(start, 100) * 10) / 10;
  return entry;
}

/** Whole numbers for counts and for levels with a whole threshold ("mức độ 3"), one decimal for scores. */
function round(value, kind, threshold) {
  return kind === "count" || Number.isInteger(threshold) ? Math.round(value) : Math.round(value * 10) / 10;
}
