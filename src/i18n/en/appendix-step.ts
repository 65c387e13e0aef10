// The message catalog, English: the same keys as ../vi/appendix-step.ts, checked by the type.
import type { English } from "../message";
import type { appendixStepVi } from "../vi/appendix-step";

export const appendixStepEn = {
  paneAppendixFirstHeading: "Phụ lục I: targets and whole-area results",
  paneAppendixFirstHint: "Choose the levels and plan sections Phụ lục I holds. These choices do not change Phụ lục II.",
  paneAppendixFirstLevels: "Levels in Phụ lục I ({count} chosen)",
  paneAppendixFirstSections: "Plan sections in Phụ lục I ({count} chosen)",
  paneAppendixFirstWhole: "The whole plan",
  paneAppendixSectionItem: "{number} {title}",
  paneAppendixSectionUnnamed: "Targets outside any section",
  paneAppendixSecondHeading: "Phụ lục II: results by unit",
  paneAppendixSecondLevelHint: "Phụ lục II's level. Every level: the school targets of the first level with figures entered (now {level}). Phụ lục I has its own choices above.",
  paneAppendixSecondLevelHintNone: "Phụ lục II's level. Every level: the school targets of the first level with figures entered. Phụ lục I has its own choices above.",
  paneAppendixNoFirstLevels: "No level is chosen for Phụ lục I, so nothing was written. Choose at least one level, or “The whole plan”.",
  paneAppendixNoFirstSections: "No plan section is chosen for Phụ lục I, so nothing was written. Choose at least one section, or “The whole plan”.",
} as const satisfies English<typeof appendixStepVi>;
