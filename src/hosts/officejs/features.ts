// The ExcelApi requirement set the Office.js host is written against, and the
// catalog message for each part of a write Excel may refuse.
//
// The manifest asks for ExcelApi 1.9 (Microsoft 365, Excel 2021 and later,
// Excel for Mac, Excel on the web: the clients the README supports), so every
// member up to 1.9 is used without a check; Office does not load the add-in
// in an older Excel. The host still checks once, as a sideloaded development
// manifest could skip that. A member from a newer set must be gated at its
// use by `ApiSupport` (none is used today; tests/hosts/officejs/api-sets.test.ts
// drives every operation on a fake Excel that has exactly 1.9).

import type { MessageKey } from "../../i18n/messages";
import type { SkippedPart } from "../workbook-host";

/** Whether Excel supports ExcelApi at `version` ("1.9"): `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
export type ApiSupport = (version: string) => boolean;

/** The set the manifest requires (`<Set Name="ExcelApi" MinVersion="1.9"/>`). */
export const MINIMUM_API = "1.9";

const MESSAGE_KEYS: Record<SkippedPart, MessageKey> = {
  formats: "writeSkippedFormats",
  sizes: "writeSkippedSizes",
  merges: "writeSkippedMerges",
  tables: "writeSkippedTables",
  layout: "writeSkippedLayout",
  calculation: "writeSkippedCalculation",
  conditionalFormats: "writeSkippedConditionalFormats",
  dataValidation: "writeSkippedDataValidation",
  pageLayout: "writeSkippedPageLayout",
  protection: "writeSkippedProtection",
  freezePanes: "writeSkippedFreezePanes",
};

/** The catalog message saying which part of a write Excel did not apply and what to do about it. */
export function skippedPartMessageKey(part: SkippedPart): MessageKey {
  return MESSAGE_KEYS[part];
}
