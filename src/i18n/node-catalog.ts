// In Node (the CLI, the scripts, jest) every message is here from the start:
// messages.ts registers these as it loads, before any module that names a
// sheet or a rule at load time can run. Browser bundles replace this module
// with ./node-catalog.browser.ts (webpack.config.js), which holds none, and
// fetch the later Vietnamese and English as chunks.
import { en } from "./en";
import { viLater } from "./vi/later";

export const startCatalog: { viLater: typeof viLater; en: typeof en } | null = { viLater, en };
