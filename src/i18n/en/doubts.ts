// The message catalog, English: the same keys as ../vi/doubts.ts, checked by the type.
import type { English } from "../message";
import type { doubtVi } from "../vi/doubts";

export const doubtEn = {
  doubtKindByDefault: "no words say whether this is a target or a result; guessed from the kind of document",
  doubtKindFromFar: "this sentence does not say it is a target; taken from an earlier paragraph",
  doubtTargetInReport: "a target inside a document that mostly reports results",
  doubtNoComparator: "no comparator word (đạt, trên, dưới, tối thiểu…); the default is used",
  doubtChangeWithoutBaseline: "a change needs a start value to be assessed",
  doubtBareNumber: "the number has no unit or percent sign",
  doubtUnitInherited: "the unit was taken from the figure before it",
  doubtLevelFromContext: "the level comes from the heading, not from the sentence",
  doubtNameFromFar: "the name comes from words far from the figure",
  doubtCrowdedClause: "several figures in one clause; which is about what is unclear",
  doubtAttainmentLevel: "“mức độ” is often a name, perhaps not a target",
  doubtOffTopicWords: "the sentence also talks about something outside education (budget, income…)",
  flagLowConfidenceWhy: "Check: {reasons}",
} as const satisfies English<typeof doubtVi>;
