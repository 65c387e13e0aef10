// The ExcelJS host in Node: turns a WorkbookSpec into .xlsx bytes. The
// workbook is built by ./build.ts; Node's zlib zips its parts (./zip.ts),
// which is much faster than ExcelJS's own JSZip for big sheets. The browser
// uses ./write-browser.ts instead.

import type { WorkbookSpec } from "../../workbook/spec";
import { buildExcelWorkbook } from "./build";
import { writeWorkbookBuffer } from "./zip";

export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = await buildExcelWorkbook(spec);
  // ExcelJS renders the parts; Node's zlib zips them (see ./zip.ts).
  const buffer = await writeWorkbookBuffer(workbook);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
