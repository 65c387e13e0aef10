// What the pane flags for review; value formatting is shared with the CLI.
export { formatNumber, formatValue, levelLabel, opLabel } from "../i18n/format";
export { isLowConfidence, LOW_CONFIDENCE } from "../domain/plan";
