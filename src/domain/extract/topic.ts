// The topic pass: plans and resolutions of a commune or province list
// education beside budgets, income, farming, health insurance, births and
// party work. Only education is tracked; a figure whose clause is about
// something else is left out, unless the same clause is about schooling too
// ("hộ nghèo có người tham gia học nghề").

import { EDUCATION_WORDS, OFF_TOPIC_WORDS, PARTY_MEMBER_WORDS, PARTY_WORDS, wordPattern } from "./lexicon";

const OFF_TOPIC = wordPattern(OFF_TOPIC_WORDS);
const EDUCATION = wordPattern(EDUCATION_WORDS);
const PARTY = wordPattern(PARTY_WORDS);
const PARTY_MEMBERS = wordPattern(PARTY_MEMBER_WORDS);

export type Topic = "education" | "mixed" | "other";

/**
 * What a figure is about, from the words of its clause (before the figure and
 * its noun phrase after) and, for party work, its whole sentence ("Chi bộ
 * phát triển mới 2 đảng viên, đạt 200% so nghị quyết").
 */
export function topicOf(clause: string, sentence: string): Topic {
  if (PARTY.test(clause) || PARTY_MEMBERS.test(sentence)) return "other";
  if (!OFF_TOPIC.test(clause)) return "education";
  return EDUCATION.test(clause) ? "mixed" : "other";
}
