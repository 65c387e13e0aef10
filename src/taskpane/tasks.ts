// One long operation at a time for the whole pane: reading a plan, writing
// the workbook, checking it. While one runs every button that starts another
// is disabled, and the progress line says what is going on.
import { withLaterMessages } from "../i18n/messages";
import * as React from "react";
import type { WorkbookHost } from "../hosts/workbook-host";
import type { MessageKey } from "../i18n/messages";

export interface Busy {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * Runs `work` unless another operation is running (then it does nothing).
 * `work` may change the progress label as it goes from one stage to the next.
 */
export type RunTask = (busy: Busy, work: (progress: (busy: Busy) => void) => Promise<void>) => Promise<boolean>;

/** What every step gets from the pane. */
export interface StepProps {
  /** Null outside Excel and the preview: steps read and show, but cannot write. */
  host: WorkbookHost | null;
  busy: Busy | null;
  run: RunTask;
  /**
   * Counts the writes to the book made by the pane's other steps. A step
   * showing what it read from the book reads it again when this changes
   * (`useBookChanges`), so after any write every step sees the new book.
   */
  outsideWrites: number;
}

/**
 * Calls `reread` once after each write by another step, when no operation is
 * running (the writing step's own operation is still finishing when the
 * count changes, and the runner takes one operation at a time). `reread`
 * says whether it ran (the runner turns down a second operation).
 */
export function useBookChanges(outsideWrites: number, busy: Busy | null, reread: () => Promise<boolean>): void {
  const seen = React.useRef(outsideWrites);
  React.useEffect(() => {
    if (busy !== null || seen.current === outsideWrites) return;
    seen.current = outsideWrites;
    // Another step may have started an operation in the same moment: then this read did not run, and waits for the next idle moment.
    void reread().then((ran) => {
      if (!ran && seen.current === outsideWrites) seen.current = -1;
    });
  }, [outsideWrites, busy, reread]);
}

/**
 * The pane's runner. `failed` is true when the last operation broke in a way
 * no step foresaw (the pane then says so in general terms); steps report the
 * failures they expect themselves.
 */
export function useTaskRunner(): { busy: Busy | null; run: RunTask; failed: boolean } {
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [failed, setFailed] = React.useState(false);
  // A ref, not the state: two clicks in one frame both see the old state.
  const running = React.useRef(false);

  const run = React.useCallback<RunTask>(async (label, work) => {
    if (running.current) return false;
    running.current = true;
    setBusy(label);
    setFailed(false);
    try {
      await work(setBusy);
    } catch (error) {
      console.error(error);
      setFailed(true);
    } finally {
      running.current = false;
      setBusy(null);
    }
    return true;
  }, []);

  return { busy, run, failed };
}

/** The workbook code (reconcile, describe, check), fetched on the first workbook operation. */
export function loadActions() {
  return withLaterMessages(() => import(/* webpackChunkName: "workbook-actions" */ "./workbook-actions"));
}
export type Actions = Awaited<ReturnType<typeof loadActions>>;
