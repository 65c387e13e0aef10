// Layout shared by the pane's steps: a wrapping row of buttons and a titled
// section, so every step spaces its controls the same way.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStepStyles = makeStyles({
  actions: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});
