// The evaluation engine: whether a unit's actual figures meet a target, and
// the district result. Pure TypeScript, shared by the CLI, the add-in and the
// workbook description (which writes the same rules as Excel formulas).

export {
  type MeasureKind,
  type EntryField,
  isRateTarget,
  isChangeTarget,
  isStrict,
  measureKind,
  appliesTo,
  isDistrictTarget,
  isAttainmentTarget,
  isDistrictUnit,
  ORGANISATIONAL_UNITS,
  entryFields,
  typedFields,
  round9,
  toleranceAmount,
  gapOf,
  statusOfGap,
} from "./rules";
export {
  type Evaluation,
  type EvaluationReason,
  type CellKind,
  cellKind,
  invalidReason,
  onlyRate,
  computedRate,
  RATE_MISMATCH,
  entryValue,
  evaluateEntry,
} from "./evaluate";
export { type Aggregate, EVALUATED, emptyCounts, aggregateTarget } from "./aggregate";
