// The messages Excel shows while entering figures: a value the cell's data
// validation refuses (its own Vietnamese title and message, with Retry and
// Cancel, as Excel's "Stop" alert), and a locked cell on a protected sheet.
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { t } from "../i18n/messages";
import { useLang } from "../taskpane/language";

/** What was typed, to put back in the cell's editor on Retry. */
export interface RejectedEntry {
  row: number;
  column: number;
  text: string;
}

export type CellProblem =
  | { kind: "locked"; address: string; sheet: string }
  | { kind: "invalid"; address: string; title: string; message: string; retry: RejectedEntry | null };

export interface CellDialogProps {
  problem: CellProblem | null;
  onRetry: (entry: RejectedEntry) => void;
  onClose: () => void;
}

export function CellDialog({ problem, onRetry, onClose }: CellDialogProps) {
  const lang = useLang();
  // The dialog animates out after it is closed; it keeps showing the last message meanwhile.
  const last = React.useRef<CellProblem | null>(null);
  if (problem !== null) last.current = problem;
  const shown = problem ?? last.current;
  return (
    <Dialog
      open={problem !== null}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface>
        {shown !== null && (
          <DialogBody>
            <DialogTitle>{shown.kind === "invalid" ? shown.title : t("previewLockedTitle", lang)}</DialogTitle>
            <DialogContent>
              {shown.kind === "invalid"
                ? shown.message
                : t("previewLocked", lang, { cell: shown.address, sheet: shown.sheet })}
            </DialogContent>
            <DialogActions>
              {shown.kind === "invalid" && shown.retry !== null && (
                <Button appearance="primary" onClick={() => shown.retry && onRetry(shown.retry)}>
                  {t("previewRetry", lang)}
                </Button>
              )}
              <Button appearance={shown.kind === "invalid" && shown.retry !== null ? "secondary" : "primary"} onClick={onClose}>
                {t(shown.kind === "invalid" ? "previewCancel" : "previewClose", lang)}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
