// How a verdict shows wherever it is shown (the tracking sheets, the
// appendices in Excel and Word, the CLI, the task pane): each status's
// colours and name, each reason's words. One map each, so a status or a
// reason added to the engine is a type error here until it has its look.

import type { EvaluationReason } from "../domain/evaluate";
import type { Status } from "../domain/tracking";
import type { MessageKey } from "../i18n/messages";
import { COLORS } from "./layout";

export interface StatusLook {
  fill: string;
  color: string;
  /** The status's name in the reader's language (the sheets write the Vietnamese one, which is the status itself). */
  messageKey: MessageKey;
}

export const STATUS_LOOK: Record<Status, StatusLook> = {
  "Đạt": { ...COLORS.met, messageKey: "wbStatusMet" },
  "Gần đạt": { ...COLORS.near, messageKey: "wbStatusNear" },
  "Chưa đạt": { ...COLORS.missed, messageKey: "wbStatusMissed" },
  "Thiếu số liệu": { ...COLORS.missing, messageKey: "wbStatusMissing" },
  "Không hợp lệ": { ...COLORS.invalid, messageKey: "wbStatusInvalid" },
};

/** Text that is a status as the sheets write it. */
export const isStatus = (text: string): text is Status => Object.prototype.hasOwnProperty.call(STATUS_LOOK, text);

export interface ReasonWords {
  /** The Lý do cell of Thực hiện: a short capitalised phrase. */
  cell: MessageKey;
  /** In a sentence or a list (the CLI's gaps, the pane's invalid entries). */
  inline: MessageKey;
}

/** Why a row was not evaluated, in words. */
export const REASON_WORDS: Record<NonNullable<EvaluationReason>, ReasonWords> = {
  missing: { cell: "wbReasonMissing", inline: "cliReasonMissing" },
  denominator_zero: { cell: "wbReasonDenominatorZero", inline: "cliReasonDenominatorZero" },
  numerator_above_denominator: { cell: "wbReasonNumeratorAboveDenominator", inline: "cliReasonNumeratorAboveDenominator" },
  negative: { cell: "wbReasonNegative", inline: "cliReasonNegative" },
  rate_above_100: { cell: "wbReasonRateAbove100", inline: "cliReasonRateAbove100" },
  value_above_100: { cell: "wbReasonValueAbove100", inline: "cliReasonValueAbove100" },
  value_mismatch: { cell: "wbReasonValueMismatch", inline: "cliReasonValueMismatch" },
  not_a_number: { cell: "wbReasonNotANumber", inline: "cliReasonNotANumber" },
  error_value: { cell: "wbReasonErrorValue", inline: "cliReasonErrorValue" },
};
