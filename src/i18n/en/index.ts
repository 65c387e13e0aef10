// English: the same keys as ../vi, each area checked by its type. The task
// pane fetches this as its own chunk when a planner chooses English
// (loadLanguage in ../messages.ts); the CLI and tests register it up front.
import type { English } from "../message";
import type { vi } from "../vi";
import { coreEn } from "./core";
import { appendixEn } from "./appendix";
import { areaEn } from "./area";
import { checkStepEn } from "./check-step";
import { checkEn } from "./check";
import { cliSafetyEn } from "./cli-safety";
import { doubtEn } from "./doubts";
import { limitsEn } from "./limits";
import { officeEn } from "./office";
import { paneEn } from "./pane";
import { previewEn } from "./preview";
import { returnEn } from "./returns";
import { writeEn } from "./writes";
import { appendixStepEn } from "./appendix-step";
import { reviewEn } from "./review";
import { entryEn } from "./entry";

export const en = {
  ...coreEn,
  ...appendixEn,
  ...areaEn,
  ...checkStepEn,
  ...checkEn,
  ...cliSafetyEn,
  ...doubtEn,
  ...limitsEn,
  ...officeEn,
  ...paneEn,
  ...previewEn,
  ...returnEn,
  ...writeEn,
  ...appendixStepEn,
  ...reviewEn,
  ...entryEn,
} as const satisfies English<typeof vi>;
