// The WorkbookHost for the open workbook in Excel. Every method is one
// `Excel.run`; `run` and the requirement-set check are passed in, so tests
// drive the host with a recording fake of the Excel API (tests/helpers/fake-excel.ts).

import type { BookCells, TrackingBook } from "../../workbook/book";
import type { WorkbookSpec } from "../../workbook/spec";
import { WorkbookWriteError } from "../../workbook/write-error";
import type { WorkbookHost, WriteResult } from "../workbook-host";
import { DEFAULT_BUDGET } from "./batch";
import { type ApiSupport, MINIMUM_API } from "./features";
import { readOpenBook, readSelectedText, readSheetCells, readSheetNames, selectCell } from "./read";
import { reapplySpecHighlights } from "./write";
import { writeSpec } from "./write-book";

/** `Excel.run`'s shape: runs `batch` with a fresh request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  run: ExcelRun;
  /** `(version) => Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  isSetSupported: ApiSupport;
  /** Bytes queued before a sync; Excel on the web refuses requests over 5 MB. */
  payloadBudget?: number;
  /** `Office.context.platform`; downloads work on Windows ("PC") and the web ("OfficeOnline"). Unknown counts as yes. */
  platform?: string;
  /** `Excel.createWorkbook` (ExcelApi 1.8): opens a base64 .xlsx as a new workbook. */
  createWorkbook?: (base64: string) => Promise<void>;
}

/** Platforms whose webview saves a download: Windows (WebView2) and browsers. */
const DOWNLOADING_PLATFORMS = new Set(["PC", "OfficeOnline"]);

/** Base64 of the bytes, in slices: String.fromCharCode takes a limited number of arguments. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const SLICE = 0x8000;
  for (let at = 0; at < bytes.length; at += SLICE) binary += String.fromCharCode(...bytes.subarray(at, at + SLICE));
  return btoa(binary);
}

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = "excel" as const;
  readonly canDownload: boolean;
  readonly openAsNewWorkbook: ((bytes: Uint8Array) => Promise<void>) | null;
  private readonly excelRun: ExcelRun;
  private readonly supports: ApiSupport;
  private readonly budget: number;

  constructor(options: OfficeHostOptions) {
    this.excelRun = options.run;
    this.supports = options.isSetSupported;
    this.budget = options.payloadBudget ?? DEFAULT_BUDGET;
    this.canDownload = options.platform === undefined || DOWNLOADING_PLATFORMS.has(options.platform);
    const create = options.createWorkbook;
    this.openAsNewWorkbook =
      create === undefined
        ? null
        : async (bytes) => {
            if (!this.supports(MINIMUM_API)) throw new WorkbookWriteError("officeTooOld", {}, "unchanged");
            await create(toBase64(bytes));
          };
  }

  /** One `Excel.run`, refused before any request when this Excel lacks the manifest's set. */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (!this.supports(MINIMUM_API)) return Promise.reject(new WorkbookWriteError("officeTooOld", {}, "unchanged"));
    return this.excelRun(batch);
  }

  sheetNames(): Promise<string[]> {
    return this.run((context) => readSheetNames(context));
  }

  readBook(): Promise<TrackingBook | null> {
    return this.run((context) => readOpenBook(context, this.budget));
  }

  readSheets(names: string[]): Promise<BookCells> {
    return this.run((context) => readSheetCells(context, names, this.budget));
  }

  writeBook(spec: WorkbookSpec): Promise<WriteResult> {
    return this.run((context) => writeSpec(context, spec, { budget: this.budget }));
  }

  reapplyHighlights(spec: WorkbookSpec): Promise<WriteResult> {
    return this.run((context) => reapplySpecHighlights(context, spec, { budget: this.budget }));
  }

  select(sheet: string, address: string): Promise<void> {
    return this.run((context) => selectCell(context, sheet, address));
  }

  selectedText(): Promise<string[][]> {
    return this.run((context) => readSelectedText(context));
  }
}
