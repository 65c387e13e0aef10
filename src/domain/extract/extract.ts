// The extraction pipeline. Each figure goes through named passes, each in
// its own module:
//   figures.ts      every number that can be a target, with its unit or shape
//   kind.ts         promised (target) or already reached (baseline)
//   comparators.ts  how it is to be met (≥, <, between, increase_by …)
//   level-scope.ts  which education level, and which sub-population
//   indicator.ts    a short name of what it measures
//   periods.ts      the school year or target year it is tied to
//   topic.ts        whether it is about education at all
//   confidence.ts   how sure the engine is, and why not
// windows.ts holds the clause and sentence boundaries and the sizes of the
// windows every pass looks through; lexicon.ts holds the word lists.

import type { Doubt, Level, Plan, Target } from "../plan";
import { readComparator } from "./comparators";
import { scoreDoubts } from "./confidence";
import { type Figure, findFigures } from "./figures";
import { readGenre } from "./genre";
import { buildIndicator, cleanPhrase, extendOverShortFragments } from "./indicator";
import { genreKind, KindReader, type ReferenceTime } from "./kind";
import { PHRASE_END, readLevels, readScope, levelLabels } from "./level-scope";
import { levelMentions } from "./levels";
import { readMetadata } from "./metadata";
import { normalizeDocument } from "./normalize";
import { findPeriod } from "./periods";
import { unitAfter } from "./counted-nouns";
import { buildOutline, type OutlineContext } from "./structure";
import { topicOf } from "./topic";
import { targetId } from "../target-id";
import { collectBoundaries, firstAfter, lastBefore, paragraphStarts, WINDOW } from "./windows";

interface Draft {
  figure: Figure;
  /** Where the noun phrase after the figure ends. */
  phraseEnd: number;
  target: Omit<Target, "id">;
  levelWasLocal: boolean;
  sentenceStart: number;
  clauseGroupStart: number;
}

/** A label naming what its list counts: "Số trường đạt chuẩn:". Group 1 is the text after "Số". */
const COUNT_LABEL = /(?:^|[^\p{L}])[Ss]ố\s([^:;.]{1,60}):[^:;.]{0,80}$/u;

/** "0,3%/năm", "giảm bình quân mỗi năm 2%": a change per year. */
const PER_YEAR_AFTER = /^\s?\/\s?năm/u;
const PER_YEAR_BEFORE = /(?:trung bình|bình quân|mỗi năm|hằng năm|hàng năm)[^;.]{0,30}$/iu;

/** What a stated attainment level is a level of: universal education, literacy, the national school standard. */
const ATTAINMENT_OF = /phổ cập|PCGD|xóa mù chữ|xoá mù chữ|XMC|PCXMC|đạt chuẩn|chuẩn quốc gia|kiểm định/iu;

/** The document's own time, for telling past school years and terms from future ones. */
function referenceTime(meta: Plan["meta"]): ReferenceTime {
  const span = meta.period ? /^(20\d\d)-(20\d\d)$/.exec(meta.period) : null;
  const date = meta.date ? /^(\d{4})(?:-(\d\d))?/.exec(meta.date) : null;
  return {
    periodStart: span ? Number(span[1]) : null,
    periodEnd: span ? Number(span[2]) : null,
    year: date ? Number(date[1]) : null,
    month: date && date[2] ? Number(date[2]) : null,
  };
}

/** A clause with this many figures lists several things at once; which is which is a guess. */
const CROWDED = 4;

/**
 * The other figures that start in [from, to). Figures are sorted by start,
 * so only the neighbours of figures[index] are looked at, never the whole list
 * (which would make long texts quadratic).
 */
function neighbours(figures: Figure[], index: number, from: number, to: number): Figure[] {
  const found: Figure[] = [];
  for (let i = index - 1; i >= 0 && figures[i].start >= from; i--) if (figures[i].start < to) found.push(figures[i]);
  for (let i = index + 1; i < figures.length && figures[i].start < to; i++) if (figures[i].start >= from) found.push(figures[i]);
  return found;
}

const countsOrRates = (figure: Figure) => figure.shape !== "level";

/** Extracts a plan and its targets from document text. Never throws on text input. */
export function extractPlan(raw: string): Plan {
  const doc = normalizeDocument(raw);
  const { text } = doc;
  const meta = readMetadata(doc);
  const { genre } = readGenre(doc, meta);
  const outline = buildOutline(doc.lines, genreKind(genre));
  const bounds = collectBoundaries(text, outline.headings.map((h) => h.end), paragraphStarts(doc.lines));
  const labelAt = levelLabels(text, outline.headings.map((h) => h.start), doc.lines);
  const contexts = new Map<number, OutlineContext>();
  const contextAt = (offset: number): OutlineContext => {
    let c = contexts.get(offset);
    if (!c) {
      c = outline.at(offset);
      contexts.set(offset, c);
    }
    return c;
  };

  const figures = findFigures(text, (offset) => contextAt(offset).skip, new Set(doc.lines.map((l) => l.offset)));
  const drafts: Draft[] = [];
  const kinds = new KindReader(text, doc.lines, genre, referenceTime(meta));
  const reportsMostly = genreKind(genre) === "baseline";
  let previous: Figure | null = null;

  for (const [index, figure] of figures.entries()) {
    const nextFigureStart = index + 1 < figures.length ? figures[index + 1].start : text.length;
    const ctx = contextAt(figure.start);
    const clauseStart = Math.max(lastBefore(bounds.clause, figure.start), figure.start - WINDOW.clause);
    const sentenceStart = Math.max(lastBefore(bounds.sentence, figure.start), figure.start - WINDOW.sentence);
    const clauseEnd = Math.min(firstAfter(bounds.clause, figure.unitEnd, text.length), figure.unitEnd + WINDOW.clause);
    const sentence = text.slice(sentenceStart, figure.start);

    // Kind: promised or reached (kind.ts).
    const kindDecision = kinds.decide(figure.start, sentenceStart, ctx, ctx.headingStart);
    let kind = kindDecision.kind;

    // Text before the number in its clause, cut at the previous figure.
    const leadStart = previous && previous.unitEnd > clauseStart ? previous.unitEnd : clauseStart;
    const lead = text.slice(leadStart, figure.start);
    const tail = text.slice(figure.unitEnd, Math.min(text.length, figure.unitEnd + WINDOW.tail));

    if (figure.shape === "level") {
      // "phổ cập … mức độ 3", "trường … đạt chuẩn mức độ 2" is an item only
      // on its own: "10 xã đạt chuẩn mức độ 3" counts communes.
      const clauseText = text.slice(clauseStart, clauseEnd);
      const hasOther = neighbours(figures, index, clauseStart, clauseEnd).some(countsOrRates);
      // A report's "18/18 xã đạt chuẩn … mức độ 3" describes the communes it counted.
      const countedBefore = kind === "baseline" && neighbours(figures, index, sentenceStart, figure.start).some(countsOrRates);
      if (hasOther || countedBefore || !ATTAINMENT_OF.test(clauseText + sentence.slice(-80))) continue;
    }

    const comparator = readComparator({
      lead,
      tail,
      kind,
      isPercent: figure.unit === "%",
      isRange: figure.shape === "range",
      // "duy trì 8 xã", "17/17 xã … giữ vững chuẩn": keeping verbs on either side.
      clause: text.slice(previous && previous.unitEnd > sentenceStart ? previous.unitEnd : sentenceStart, clauseEnd),
    });
    if (figure.shape === "level" && !comparator.explicit) comparator.op = kind === "target" ? "gte" : "eq";
    // "tăng từ 71,3% lên …": where a change started is a fact, in a plan too.
    if (comparator.start) kind = "baseline";

    // Unit: the text's own, else the one of the list the figure belongs to.
    let unit = figure.unit;
    let inherited = false;
    if (!unit) {
      const prior = drafts.length ? drafts[drafts.length - 1] : null;
      // Items of one list share a unit: "4.769 trẻ (nhà trẻ 1.197; mẫu giáo 3.538)".
      const sameList = prior && figure.start - prior.figure.unitEnd < 200 && !/[.!?]\s/.test(text.slice(prior.figure.unitEnd, figure.start));
      if (prior && sameList && (figure.shape !== "fraction" || prior.figure.shape === "fraction")) {
        unit = prior.target.unit;
      } else {
        const named = /(điểm|giáo viên\/lớp|học sinh\/lớp|trẻ\/lớp)/u.exec(sentence);
        // "Số trường đạt chuẩn: Mầm non 12; Tiểu học 15": the label says what is counted.
        const counted = COUNT_LABEL.exec(text.slice(Math.max(0, sentenceStart - WINDOW.colonLabel), figure.start));
        const countedUnit = counted ? unitAfter(counted[1]) : null;
        // A fraction counts people: children in preschool, pupils elsewhere.
        const level = labelAt(figure.start) ?? ctx.level;
        unit = countedUnit ? countedUnit.unit : figure.shape === "fraction" ? (level === "mam_non" ? "trẻ" : "học sinh") : named ? named[1] : "điểm";
      }
      inherited = true;
    }

    // Subject of the figure: its clause before the number; when empty, the
    // noun phrase after it ("96% trường tiểu học có …").
    const afterText = text.slice(figure.unitEnd, clauseEnd);
    const phraseEnd = PHRASE_END.exec(afterText);
    const afterPhrase = afterText.slice(0, phraseEnd ? phraseEnd.index : Math.min(afterText.length, 40));
    const unitWords = figure.unit && figure.unit !== "%" ? figure.unit : "";
    // An attainment level shares its subject with the figure-less items
    // listed before it: "PCGD TH, PCGD THCS mức độ 3" is about both levels.
    // Otherwise a figure's subject runs from the end of the previous figure's
    // own noun phrase: "THCS 94,3%, THPT, GDNN-GDTX đạt 100%".
    const prior = drafts.length ? drafts[drafts.length - 1] : null;
    const subjectStart =
      figure.shape === "level"
        ? previous && previous.unitEnd > sentenceStart ? previous.unitEnd : sentenceStart
        : prior && prior.phraseEnd > sentenceStart ? prior.phraseEnd : sentenceStart;
    let levelSubject = text.slice(Math.min(Math.max(subjectStart, sentenceStart), figure.start), figure.start);
    if (!levelSubject.trim() && text[sentenceStart - 1] === ":") {
      // "Tỷ lệ huy động trẻ mẫu giáo: 98%": the words before the colon name it.
      levelSubject = text.slice(Math.max(lastBefore(bounds.clause, sentenceStart - 2), sentenceStart - 120), sentenceStart - 1);
    }
    // Every window is bounded so one endless sentence cannot make the work quadratic.
    const sentenceEnd = Math.min(firstAfter(bounds.sentence, figure.unitEnd, text.length), figure.unitEnd + WINDOW.sentence);
    const sentenceTail = text.slice(figure.unitEnd, Math.min(sentenceEnd, figure.unitEnd + WINDOW.sentenceTail));
    let levelReading = readLevels(levelSubject, `${unitWords} ${afterPhrase}`, sentenceTail, text.slice(sentenceStart, sentenceEnd));
    let levelWasLocal = levelReading !== null;
    // A bare list item ("18 trường, 194 lớp") takes its level from the item before.
    const bareItem = cleanPhrase(lead.slice(0, lead.length - comparator.leadLength)) === "";
    if (!levelReading && bareItem && prior && prior.levelWasLocal && prior.clauseGroupStart === lastBefore(bounds.sentence, figure.start)) {
      levelReading = { levels: [prior.target.level], local: true };
      levelWasLocal = true;
    }
    if (!levelReading && text[sentenceStart - 1] === ".") {
      // A short follow-up sentence continues the one before it:
      // "Thi học sinh giỏi lớp 9 cấp huyện. Kết quả 01 giải Nhì, …".
      const previousSentenceStart = lastBefore(bounds.sentence, sentenceStart - 2);
      if (figure.start - sentenceStart <= 40 && sentenceStart - previousSentenceStart <= 150) {
        const mentions = levelMentions(text.slice(previousSentenceStart, sentenceStart));
        if (mentions.length === 1) {
          levelReading = { levels: [mentions[0].level], local: true };
          levelWasLocal = true;
        }
      }
    }
    // "đạt 99% (vùng khó khăn 97%)": a figure in brackets right after another is a sub-group of it.
    const subFigure = prior !== null && prior.sentenceStart === sentenceStart && /^[^()]*\([^()]*$/u.test(text.slice(prior.figure.unitEnd, figure.start));
    if (!levelReading && subFigure && prior) {
      levelReading = { levels: [prior.target.level], local: prior.levelWasLocal };
      levelWasLocal = prior.levelWasLocal;
    }
    const contextLevel = labelAt(figure.start) ?? ctx.level;
    const levels: Level[] = levelReading ? levelReading.levels : [contextLevel ?? "chung"];
    if (!levelReading && contextLevel === null) levelWasLocal = false;

    const startsWithPercent = text[figure.end] === "%" || text.slice(figure.end, figure.end + 2) === " %";
    const indicatorStart = Math.min(
      Math.max(extendOverShortFragments(text, clauseStart, bounds.clause, figure.start), subjectStart, sentenceStart),
      figure.start,
    );
    let indicatorLead = text.slice(indicatorStart, figure.start - comparator.leadLength);
    if (!indicatorLead.trim() && /:\s?$/u.test(text.slice(sentenceStart - 2, sentenceStart))) {
      // "Riêng trẻ 5 tuổi: 1.282/1.282": the label before the colon names it.
      indicatorLead = text.slice(Math.max(lastBefore(bounds.clause, sentenceStart - 2), sentenceStart - 80), sentenceStart - 1);
    }
    // "Duy trì sĩ số: Cấp Tiểu học 100%; Cấp THCS trên 99%": the words before
    // the colon name what every item after it measures.
    // Searched back over a bounded window only: an unbounded lastIndexOf would make long texts quadratic.
    const colonWindow = Math.max(0, figure.start - WINDOW.clause);
    const colonIndex = text.slice(colonWindow, figure.start).lastIndexOf(":");
    const colonAt = colonIndex < 0 ? -1 : colonWindow + colonIndex;
    // "Số trường đạt chuẩn: Mầm non 12; Tiểu học 15": every item of the list after the colon.
    const listAfterColon = colonAt >= 0 && !/[.!?]/.test(text.slice(colonAt, figure.start)) && (colonAt === sentenceStart - 1 || /;/.test(text.slice(colonAt, figure.start)));
    const colonLabel = listAfterColon ? cleanPhrase(text.slice(Math.max(lastBefore(bounds.clause, colonAt - 1), colonAt - 80), colonAt)) : "";
    const indicator = buildIndicator({
      colonLabel,
      lead: indicatorLead,
      after: text.slice(figure.unitEnd, Math.min(clauseEnd, nextFigureStart)),
      countedNoun: figure.unit && figure.unit !== "%" && figure.shape !== "level" && !startsWithPercent ? text.slice(figure.end, figure.unitEnd).replace(/[*_]/g, "").trim() : null,
      priorIndicator: prior && prior.sentenceStart === sentenceStart ? prior.target.indicator : null,
      isLevel: figure.shape === "level",
      perYear: (comparator.op === "increase_by" || comparator.op === "decrease_by") && (PER_YEAR_AFTER.test(tail) || PER_YEAR_BEFORE.test(lead)),
      fallback: `${text.slice(Math.max(sentenceStart - 120, lastBefore(bounds.sentence, sentenceStart - 2)), figure.start - comparator.leadLength)}` || (ctx.sectionTitle ?? ""),
    });

    const levelWords = figure.shape === "level" ? /mức độ\s?(?:\*+\s?)?$/u.exec(text.slice(Math.max(0, figure.start - 12), figure.start)) : null;
    const quoteStart = figure.start - (levelWords ? levelWords[0].length : comparator.leadLength);
    const quoteEnd = figure.unitEnd + comparator.tailLength;
    const quote = text.slice(quoteStart, quoteEnd).trim();
    const quoteOffset = quoteStart + (text.slice(quoteStart, quoteEnd).length - text.slice(quoteStart, quoteEnd).trimStart().length);

    const period = findPeriod(sentence) ?? ctx.period ?? meta.period;
    const scope = readScope(lead, sentence, text.slice(figure.unitEnd, clauseEnd));
    // A sub-group's name is the measure it is a part of; the group is its scope.
    const name = subFigure && prior && scope !== null ? prior.target.indicator : indicator;

    // Topic: only education is tracked (topic.ts).
    const topic = topicOf(`${text.slice(clauseStart, figure.start)} ${afterPhrase}`, text.slice(sentenceStart, sentenceEnd));
    if (topic === "other") {
      previous = figure;
      continue;
    }

    // Confidence: one doubt per missing piece of evidence (confidence.ts).
    const doubts: Doubt[] = [];
    if (kindDecision.evidence === "genre" && genre !== "plan") doubts.push("kind-by-default");
    if (kindDecision.evidence === "earlier-cue" && kind === "target" && reportsMostly) doubts.push("kind-from-far");
    if (kind === "target" && reportsMostly && kindDecision.evidence !== "sentence-cue") doubts.push("target-in-report");
    if (figure.shape === "bare") doubts.push("bare-number");
    if (inherited) doubts.push("unit-inherited");
    if (!comparator.explicit && kind === "target" && figure.unit !== "%") doubts.push("no-comparator");
    if (kind === "target" && (comparator.op === "increase_by" || comparator.op === "decrease_by")) doubts.push("change-without-baseline");
    if (!levelWasLocal) doubts.push("level-from-context");
    if (figure.shape === "level") doubts.push("attainment-level");
    if (topic === "mixed") doubts.push("off-topic-words");
    if (neighbours(figures, index, clauseStart, clauseEnd).length + 1 >= CROWDED) doubts.push("crowded-clause");
    if (kind === "target" && cleanPhrase(indicatorLead) === "" && cleanPhrase(afterPhrase) === "" && !colonLabel) doubts.push("name-from-far");
    const assessed = scoreDoubts(doubts);

    // A reported "Từ Liêm 31-93%" gives two results, not a band to stay within.
    const values: Array<[number, number | null, Target["op"]]> =
      kind === "baseline" && figure.shape === "range" && figure.valueMax !== null
        ? [[figure.value, null, "eq"], [figure.valueMax, null, "eq"]]
        : [[figure.value, figure.valueMax, comparator.op]];
    for (const [value, valueMax, op] of values) for (const level of levels) {
      drafts.push({
        figure,
        phraseEnd: figure.unitEnd + afterPhrase.length,
        levelWasLocal,
        sentenceStart,
        clauseGroupStart: lastBefore(bounds.sentence, figure.start),
        target: {
          kind,
          section: ctx.section,
          sectionTitle: ctx.sectionTitle,
          level,
          scope,
          indicator: name,
          op,
          value,
          value_max: valueMax,
          denominator: figure.denominator,
          unit: unit ?? "",
          period,
          quote,
          offset: quoteOffset,
          confidence: assessed.confidence,
          doubts: assessed.doubts,
        },
      });
    }
    previous = figure;
  }

  const targets: Target[] = drafts.map((d, i) => ({ id: targetId(i + 1), ...d.target }));
  return { meta, targets };
}
