// Which ExcelApi requirement set each optional part of a spec needs, and the
// catalog message that tells the user what is missing and what to do. The
// manifest asks only for ExcelApi 1.1 (values, formulas, formats, tables), so
// everything newer is checked at run time and skipped where missing.

import type { MessageKey } from "../../i18n/messages";
import type { WorkbookSpec } from "../../workbook/spec";
import type { HostFeature, SkippedPart } from "../workbook-host";

/** Whether Excel supports ExcelApi at `version` ("1.6"): `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
export type ApiSupport = (version: string) => boolean;

/**
 * ExcelApi version each feature needs. "protection" is 1.2, the set that also
 * brings column widths, row heights, hidden columns and merged cells; they go
 * with it. "pageLayout" (1.9) includes the first page number and the first
 * page's own header.
 */
export const FEATURE_SETS: Record<HostFeature, string> = {
  protection: "1.2",
  conditionalFormats: "1.6",
  suspendCalculation: "1.6",
  freezePanes: "1.7",
  dataValidation: "1.8",
  pageLayout: "1.9",
};

/** Other sets the host uses when present, with nothing lost for the user when absent. */
export const OPTIONAL_SETS = {
  /** `Table.showBandedRows`; new tables are banded anyway. */
  bandedRows: "1.3",
  /** `getIntersectionOrNullObject` for the selection, so a whole-column selection is read only where used. */
  nullObjects: "1.4",
  /** `suspendScreenUpdatingUntilNextSync`. */
  screenUpdating: "1.9",
  /** `Worksheet.getRanges`: one call formats or validates many ranges. */
  rangeAreas: "1.9",
} as const;

const ORDER: HostFeature[] = ["protection", "conditionalFormats", "suspendCalculation", "freezePanes", "dataValidation", "pageLayout"];

/** Features this Excel lacks, in a stable order. */
export function missingFeatures(supports: ApiSupport): HostFeature[] {
  return ORDER.filter((feature) => !supports(FEATURE_SETS[feature]));
}

/** Features a spec uses; writing it always wants calculation suspended. */
export function featuresUsed(spec: WorkbookSpec): Set<HostFeature> {
  const used = new Set<HostFeature>(["suspendCalculation", "protection"]);
  for (const sheet of spec.sheets) {
    if (sheet.conditionalFormats.length > 0) used.add("conditionalFormats");
    if (sheet.validations.length > 0) used.add("dataValidation");
    if (sheet.page) used.add("pageLayout");
    if (sheet.freeze) used.add("freezePanes");
  }
  return used;
}

const MESSAGE_KEYS: Record<SkippedPart, MessageKey> = {
  formats: "writeSkippedFormats",
  sizes: "writeSkippedSizes",
  merges: "writeSkippedMerges",
  tables: "writeSkippedTables",
  layout: "writeSkippedLayout",
  calculation: "writeSkippedCalculation",
  conditionalFormats: "officeFeatureConditionalFormats",
  dataValidation: "officeFeatureDataValidation",
  pageLayout: "officeFeaturePageLayout",
  protection: "officeFeatureProtection",
  freezePanes: "officeFeatureFreezePanes",
  suspendCalculation: "officeFeatureSuspendCalculation",
};

/** The catalog message saying which part this Excel could not apply and what to do about it. */
export function featureMessageKey(feature: SkippedPart): MessageKey {
  return MESSAGE_KEYS[feature];
}
