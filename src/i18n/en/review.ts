// The message catalog, English: the same keys as ../vi/review.ts, checked by the type.
import type { English } from "../message";
import type { reviewVi } from "../vi/review";

export const reviewEn = {
  reviewMetaNote: "Correct anything the reader got wrong: this is written to the workbook with the targets.",
  reviewDateHint: "Day/month/year, e.g. 05/09/2024",
  reviewErrDate: "{field}: “{text}” is not a date; write it as 05/09/2024, or leave it empty.",
  reviewFilterLabel: "Filter the targets",
  reviewFilterAll: "All ({count})",
  reviewFilterTarget: "Targets ({count})",
  reviewFilterBaseline: "Results ({count})",
  reviewFilterFlagged: "To check ({count})",
  reviewFilterEmpty: "No target matches this filter.",
  reviewNextFlagged: "Next target to check",
  reviewCompact: "Compact list",
  reviewKindLabel: "Kind",
  reviewFieldKind: "Kind of {id}",
  reviewKindTarget: "Target",
  reviewKindBaseline: "Result (baseline)",
  reviewBadgeBaseline: "Result",
  reviewFlagNoReason: "Check: the reader is not sure about this target",
  reviewUnsaved: "Not written",
  reviewUnsavedNever: "Not written yet: the workbook does not hold these targets.",
  reviewUnsavedEdited: "Not written: {count} {count|change|changes} since the last write {count|is|are} not in the workbook yet.",
  reviewSaved: "The workbook holds the targets as shown.",
  reviewActionsLabel: "Write actions",
  reviewGoToProblem: "Go to: {field}",
  reviewMoreProblems: { one: "… and 1 more cell", other: "… and {count} more cells" },
} as const satisfies English<typeof reviewVi>;
