// The Office.js host: applies a WorkbookSpec inside Excel and reads the
// tracking book back. `createExcelHost` is for the task pane inside Excel;
// `OfficeWorkbookHost` takes `run` and the requirement-set check, for tests.

import type { WorkbookHost } from "../workbook-host";
import { type OfficeHostOptions, OfficeWorkbookHost } from "./host";

export { MINIMUM_API, skippedPartMessageKey } from "./features";
export { type ExcelRun, type OfficeHostOptions, OfficeWorkbookHost } from "./host";
export { DEFAULT_BUDGET, REQUEST_LIMIT } from "./batch";

/** A host on an injected `run` and requirement-set check (tests, or a custom Excel.run wrapper). */
export function createOfficeHost(options: OfficeHostOptions): WorkbookHost {
  return new OfficeWorkbookHost(options);
}

/** The host for the workbook open in Excel (`Office.onReady` must have resolved). */
export function createExcelHost(): WorkbookHost {
  return new OfficeWorkbookHost({
    // A request made while the user is typing in a cell waits for them to finish instead of failing.
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    platform: String(Office.context.platform),
    // ExcelApi 1.8, below the manifest's 1.9.
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  });
}
