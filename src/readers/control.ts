// How a caller follows and stops a read (the task pane's progress line and
// its "Huỷ" button). Plain callbacks and the standard AbortSignal, which Node
// has as well: the readers stay free of DOM and React. A cancelled read
// rejects with readErrorCancelled, which the pane shows as a notice, not an error.

import { DocumentReadError, isDocumentReadError } from "./errors";

/** Pages of a PDF read so far: `page` is the last page finished, 1 to `pages`. */
export interface ReadProgress {
  page: number;
  pages: number;
}

export interface ReadControl {
  /** Called once a page, after the page is read (PDF only). */
  onProgress?: (progress: ReadProgress) => void;
  /** Checked between pages and before each heavy step; aborting rejects the read as cancelled. */
  signal?: AbortSignal;
}

export function cancelledError(file: string, reason?: unknown): DocumentReadError {
  return new DocumentReadError("readErrorCancelled", { file }, reason);
}

export function isReadCancelled(error: unknown): boolean {
  return isDocumentReadError(error) && error.key === "readErrorCancelled";
}

export function throwIfCancelled(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted === true) throw cancelledError(file);
}

/**
 * Settles as `work` does, or rejects as cancelled the moment `signal` aborts,
 * whichever comes first: a pdf.js call that is slow to give up (a page being
 * parsed in the worker) does not hold the caller. Whatever `work` does later
 * is ignored.
 */
export function untilCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined, file: string): Promise<T> {
  if (signal === undefined) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(cancelledError(file));
  }
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => reject(cancelledError(file));
    signal.addEventListener("abort", stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", stop));
  });
}
