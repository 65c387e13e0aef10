// The message catalog, English: the same keys as ../vi/check-step.ts, checked by the type.
import type { English } from "../message";
import type { checkStepVi } from "../vi/check-step";

export const checkStepEn = {
  paneCheckMissingFigures: "{count} of {total} {total|row|rows} {count|has|have} no figures yet: {count|it is|they are} not judged.",
  paneCheckFirstMissing: "Go to the first row without figures: {target} · {unit} (cell {cell})",
  paneCheckNoGapsYet: { one: "The one row with figures is not short of its target.", other: "Of the {count} rows with figures, none is short of its target." },
  paneUnitsModeLabel: { one: "The book already has 1 unit. The pasted list will:", other: "The book already has {count} units. The pasted list will:" },
  paneUnitsModeReplace: "Replace the old list (units missing from the new one are removed; you are asked before figures are lost)",
  paneUnitsModeAdd: "Be added to the old list",
  paneUnitsNamedTitle: "Worth a look ({count})",
  paneUnitsAlreadyThere: "{name}: already in the book, not added again.",
  paneUnitsRepeatedName: "{name}: listed {count} times.",
  paneUnitsNoTargets: "{code} – {name}: the plan has no target for this unit ({levels}), so it gets no entry rows.",
} as const satisfies English<typeof checkStepVi>;
