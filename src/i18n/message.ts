// One catalog entry: the same message in both languages.
export interface Message {
  vi: string;
  en: string;
}
