/**
 * English forms chosen by a number: `one` when the param named by `by` (default `count`) is 1,
 * `other` otherwise. Vietnamese nouns do not change with the number, so only English has these.
 */
export interface PluralText {
  one: string;
  other: string;
  by?: string;
}

/**
 * One catalog entry: the same message in both languages. A text with several counts
 * ("{targets} targets, {units} units") picks each noun inline instead: `{targets|target|targets}`
 * is the word for the number in `targets` (`one` form when it is 1), the number itself stays `{targets}`.
 */
export interface Message {
  vi: string;
  en: string | PluralText;
}

/** An English text: plain, or with forms chosen by a number. */
export type EnText = string | PluralText;

/** The English half of a Vietnamese catalog area: exactly its keys, each said in English. */
export type English<Vietnamese> = { [Key in keyof Vietnamese]: EnText };
