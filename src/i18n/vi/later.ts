// The Vietnamese of the later steps, the workbook's own texts, the readers'
// limits, the CLI and the preview: a chunk of the pane fetched right after
// start and awaited by every lazily loaded part (loadLaterMessages in ../messages.ts).
import { appendixVi } from "./appendix";
import { appendixStepVi } from "./appendix-step";
import { areaVi } from "./area";
import { checkVi } from "./check";
import { checkStepVi } from "./check-step";
import { cliSafetyVi } from "./cli-safety";
import { entryVi } from "./entry";
import { limitsVi } from "./limits";
import { previewVi } from "./preview";
import { returnVi } from "./returns";

export const viLater = {
  ...appendixVi,
  ...appendixStepVi,
  ...areaVi,
  ...checkVi,
  ...checkStepVi,
  ...cliSafetyVi,
  ...entryVi,
  ...limitsVi,
  ...previewVi,
  ...returnVi,
};
