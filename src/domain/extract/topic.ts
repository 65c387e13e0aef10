// The topic pass: plans and resolutions of a commune or province list
// education beside budgets, income, farming, health insurance, births and
// party work. Only education is tracked; a figure whose clause is about
// something else is left out, unless the same clause is about schooling too
// ("hộ nghèo có người tham gia học nghề").

import { EDUCATION_WORDS, OFF_TOPIC_WORDS, PARTY_WORDS, wordPattern } from "./lexicon";

const OFF_TOPIC = wordPattern(OFF_TOPIC_WORDS);
const EDUCATION = wordPattern(EDUCATION_WORDS);
const PARTY = wordPattern(PARTY_WORDS);

export type Topic = "education" | "mixed" | "other";

/** What the words of a figure's clause (before the figure and its noun phrase after) are about. */
export function topicOf(clause: string): Topic {
  if (PARTY.test(clause)) return "other";
  if (!OFF_TOPIC.test(clause)) return "education";
  return EDUCATION.test(clause) ? "mixed" : "other";
}
