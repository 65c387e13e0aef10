// Tracking books with Phụ lục I and II, as the task pane and `chitieu
// appendix` make them: a seed plan filled with figures (tests/appendix/
// fixture.ts) is written, read back, and its appendix sheets described from
// the book as rewritten, then put in the spec beside the tracking sheets.

import { readTrackingWorkbook } from "../../../src/hosts/xlsx/read";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { type AppendixOptions, bookAsRebuilt, describeAppendices, withAppendices } from "../../../src/workbook/appendix";
import { describeWorkbook } from "../../../src/workbook/describe";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { filled } from "../../appendix/fixture";

/** The filled book of `seed` with its appendix sheets, chosen by `options`. */
export async function appendixSpec(seed: string, fillSeed: number, options: AppendixOptions = {}): Promise<WorkbookSpec> {
  const book = filled(seed, fillSeed);
  const spec = describeWorkbook(book.plan, book.units, { entries: book.entries });
  const read = await readTrackingWorkbook(await writeXlsx(spec));
  return withAppendices(spec, describeAppendices(bookAsRebuilt(read), options));
}
