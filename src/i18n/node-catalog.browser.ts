// The browser's stand-in for ./node-catalog.ts: nothing beyond the first
// Vietnamese ships up front; the rest is fetched (see ../i18n/messages.ts).
import type { en } from "./en";
import type { viLater } from "./vi/later";

export const startCatalog: { viLater: typeof viLater; en: typeof en } | null = null;
