// Types for scripts/catalog.cjs, so TypeScript tests can use it.
import type * as messages from "../src/i18n/messages";

export function loadCatalog(): typeof messages;
export function taskpaneTemplateParameters(): { appName: string; unsupportedJson: string };
