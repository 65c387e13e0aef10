// The one message catalog: every string a user can see, looked up by key;
// nothing user-facing is written inline elsewhere. Vietnamese is the source
// (./vi); English (./en) has the same keys, checked by its type. The task
// pane's first download holds only the Vietnamese its first screen needs
// (./vi/first); the rest (./vi/later) is a chunk fetched right after start and
// awaited by every lazy part (`loadLaterMessages`), and English is a chunk
// fetched when a planner chooses it (`loadLanguage`). Node entry points and
// tests have everything from the start (./node-catalog.ts).

import type { en } from "./en";
import type { EnText, Message } from "./message";
import { startCatalog } from "./node-catalog";
import type { vi } from "./vi";
import { viFirst } from "./vi/first";
import type { viLater } from "./vi/later";

export type Lang = "vi" | "en";
export type MessageKey = keyof typeof vi;
export type MessageParams = Record<string, string | number>;

// The names a text's placeholders ask for: `{count}` and `{count|one|other}` both ask for `count`.
type Names<Text> = Text extends `${string}{${infer Inside}}${infer Rest}`
  ? (Inside extends `${infer Name}|${string}` ? Name : Inside) | Names<Rest>
  : never;
type EnglishNames<Text> = Text extends { one: infer One; other: infer Other; by?: infer By } ? Names<One> | Names<Other> | (By extends string ? By : never) : Names<Text>;
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/**
 * What `t(key, …)` must be given for one known key: every placeholder either language fills
 * (English may add its own, like `{valueEn}`). A key only known as "some message" takes any params.
 */
export type ParamsOf<Key extends MessageKey> = [Key] extends [UnionToIntersection<Key>]
  ? Record<Names<(typeof vi)[Key]> | EnglishNames<(typeof en)[Key]>, string | number>
  : MessageParams;

/** Params are optional for a text with no placeholders, required otherwise. */
type ParamsArg<Key extends MessageKey> = Record<never, never> extends ParamsOf<Key> ? [params?: ParamsOf<Key>] : [params: ParamsOf<Key>];
export type EnglishCatalog = Readonly<Record<MessageKey, EnText>>;

let english: EnglishCatalog | undefined;
type LaterVietnamese = Readonly<Record<keyof typeof viLater, string>>;
// What the first download brought, then the later Vietnamese once it is here.
let vietnamese: Readonly<Partial<Record<MessageKey, string>>> = viFirst;
let later: Promise<void> | null = null;

/** Makes the later Vietnamese available now: for Node entry points, which load everything at start. */
export function registerLaterVietnamese(catalog: LaterVietnamese): void {
  vietnamese = { ...viFirst, ...catalog };
  later = Promise.resolve();
}

/**
 * Fetches the later Vietnamese once; every lazily loaded part of the pane awaits it with its own
 * chunk, so no code that can use those keys runs before they are here. A failed download can be retried.
 */
export function loadLaterMessages(): Promise<void> {
  later ??= import(/* webpackChunkName: "messages-later" */ "./vi/later").then(
    ({ viLater: loaded }) => registerLaterVietnamese(loaded),
    (error: unknown) => {
      later = null;
      throw error;
    },
  );
  return later;
}

/**
 * Loads a lazy module once the later messages are here. Sequential on purpose: webpack runs a
 * chunk's modules as it arrives, and workbook modules name sheets and rules at load time.
 */
export async function withLaterMessages<Module>(load: () => Promise<Module>): Promise<Module> {
  await loadLaterMessages();
  return load();
}

/** Makes English available now: for Node entry points, which load everything at start. */
export function registerEnglish(catalog: EnglishCatalog): void {
  english = catalog;
}

/** Whether `t` can say things in `lang` yet. */
export function hasLanguage(lang: Lang): boolean {
  return lang === "vi" || english !== undefined;
}

/** Fetches `lang`'s texts if they are not here yet; rejects when the chunk cannot be downloaded (offline). */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (hasLanguage(lang)) return;
  const { en } = await import(/* webpackChunkName: "lang-en" */ "./en");
  registerEnglish(en);
}

/** Every entry in both languages, for tests that check the catalog as a whole (English must be registered). */
export function catalogEntries(): [MessageKey, Message][] {
  const enTexts = english;
  if (enTexts === undefined) throw new Error("catalogEntries needs the English catalog registered");
  return (Object.keys(enTexts) as MessageKey[]).map((key) => [key, { vi: vietnamese[key] ?? "", en: enTexts[key] }]);
}

/**
 * The text for `lang`; for a plural English entry, the form its number calls for. English that
 * has not been fetched yet reads as Vietnamese, the product's first language, rather than failing.
 */
function template(key: MessageKey, lang: Lang, params: MessageParams): string {
  const text = lang === "en" && english !== undefined ? english[key] : vietnamese[key];
  // Only a part that did not await loadLaterMessages gets here: show the key rather than fail.
  if (text === undefined) return key;
  if (typeof text === "string") return text;
  return isOne(params[text.by ?? "count"]) ? text.one : text.other;
}

// A number that came formatted ("1") still reads as one; a missing param reads as many, as before.
function isOne(value: string | number | undefined): boolean {
  return value !== undefined && Number(value) === 1;
}

/** Looks a message up and fills `{name}` placeholders, and `{name|one|other}` words by the number in `name`. */
export function t<Key extends MessageKey>(key: Key, lang: Lang = "vi", ...[params = {} as ParamsOf<Key>]: ParamsArg<Key>): string {
  return fill(key, lang, params);
}

function fill(key: MessageKey, lang: Lang, params: MessageParams): string {
  return template(key, lang, params).replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    if (one === undefined || other === undefined) return String(params[name]);
    return isOne(params[name]) ? one : other;
  });
}

/** Both languages on one line, for the CLI and for errors: "Vietnamese / English" (Vietnamese alone before English is loaded). */
export function tBoth<Key extends MessageKey>(key: Key, ...[params = {} as ParamsOf<Key>]: ParamsArg<Key>): string {
  const vietnamese = fill(key, "vi", params);
  return english === undefined ? vietnamese : `${vietnamese} / ${fill(key, "en", params)}`;
}

// Node has every message from the start; a browser bundle fetches the parts (see the top of this file).
if (startCatalog !== null) {
  registerLaterVietnamese(startCatalog.viLater);
  registerEnglish(startCatalog.en);
}
