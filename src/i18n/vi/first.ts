// The Vietnamese the task pane needs for its first screen: the shell, the
// import step and the review, and what a write or a read can say. It ships in
// the pane's first download; tests/preview/bundle.test.ts checks that every
// key the first download's code names is here.
import { coreVi } from "./core";
import { doubtVi } from "./doubts";
import { officeVi } from "./office";
import { paneVi } from "./pane";
import { reviewVi } from "./review";
import { writeVi } from "./writes";

export const viFirst = {
  ...coreVi,
  ...doubtVi,
  ...officeVi,
  ...paneVi,
  ...reviewVi,
  ...writeVi,
};
