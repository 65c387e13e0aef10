// Vietnamese, the catalog's source language: every key there is. It ships
// with every bundle; ../en has the same keys in English.
import { coreVi } from "./core";
import { appendixVi } from "./appendix";
import { areaVi } from "./area";
import { checkStepVi } from "./check-step";
import { checkVi } from "./check";
import { cliSafetyVi } from "./cli-safety";
import { doubtVi } from "./doubts";
import { limitsVi } from "./limits";
import { officeVi } from "./office";
import { paneVi } from "./pane";
import { previewVi } from "./preview";
import { returnVi } from "./returns";
import { writeVi } from "./writes";
import { appendixStepVi } from "./appendix-step";
import { reviewVi } from "./review";
import { entryVi } from "./entry";

export const vi = {
  ...coreVi,
  ...appendixVi,
  ...areaVi,
  ...checkStepVi,
  ...checkVi,
  ...cliSafetyVi,
  ...doubtVi,
  ...limitsVi,
  ...officeVi,
  ...paneVi,
  ...previewVi,
  ...returnVi,
  ...writeVi,
  ...appendixStepVi,
  ...reviewVi,
  ...entryVi,
};
