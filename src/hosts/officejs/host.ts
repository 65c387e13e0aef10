// The WorkbookHost for the open workbook in Excel. Every method is one
// `Excel.run`; `run` and the requirement-set check are passed in, so tests
// drive the host with a recording fake of the Excel API (tests/helpers/fake-excel.ts).

import type { BookCells, TrackingBook } from "../../workbook/book";
import type { WorkbookSpec } from "../../workbook/spec";
import type { HostFeature, WorkbookHost, WriteResult } from "../workbook-host";
import { DEFAULT_BUDGET } from "./batch";
import { type ApiSupport, missingFeatures } from "./features";
import { readOpenBook, readSelectedText, readSheetCells, readSheetNames, selectCell } from "./read";
import { capabilities, reapplySpecHighlights } from "./write";
import { writeSpec } from "./write-book";

/** `Excel.run`'s shape: runs `batch` with a fresh request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  run: ExcelRun;
  /** `(version) => Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  isSetSupported: ApiSupport;
  /** Bytes queued before a sync; Excel on the web refuses requests over 5 MB. */
  payloadBudget?: number;
}

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly run: ExcelRun;
  private readonly supports: ApiSupport;
  private readonly budget: number;

  constructor(options: OfficeHostOptions) {
    this.run = options.run;
    this.supports = options.isSetSupported;
    this.budget = options.payloadBudget ?? DEFAULT_BUDGET;
  }

  missingFeatures(): HostFeature[] {
    return missingFeatures(this.supports);
  }

  sheetNames(): Promise<string[]> {
    return this.run((context) => readSheetNames(context));
  }

  readBook(): Promise<TrackingBook | null> {
    return this.run((context) => readOpenBook(context, capabilities(this.supports), this.budget));
  }

  readSheets(names: string[]): Promise<BookCells> {
    return this.run((context) => readSheetCells(context, names, capabilities(this.supports), this.budget));
  }

  writeBook(spec: WorkbookSpec): Promise<WriteResult> {
    return this.run((context) => writeSpec(context, spec, this.supports, { budget: this.budget }));
  }

  reapplyHighlights(spec: WorkbookSpec): Promise<WriteResult> {
    return this.run((context) => reapplySpecHighlights(context, spec, this.supports, { budget: this.budget }));
  }

  select(sheet: string, address: string): Promise<void> {
    return this.run((context) => selectCell(context, sheet, address));
  }

  selectedText(): Promise<string[][]> {
    return this.run((context) => readSelectedText(context, capabilities(this.supports)));
  }
}
