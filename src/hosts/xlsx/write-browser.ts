// The ExcelJS host in the browser (the preview's "Tải về .xlsx"): the same
// workbook as the CLI's (./build.ts), zipped by ExcelJS's own writer, since
// Node's zlib is not there. In a browser bundle "exceljs" resolves to its
// prebuilt dist file (the package's "browser" field); import this module
// lazily so that file only loads when a book is downloaded.

import type { WorkbookSpec } from "../../workbook/spec";
import { buildExcelWorkbook } from "./build";

export async function writeXlsxInBrowser(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = await buildExcelWorkbook(spec);
  // Typed as an ArrayBuffer, but really a Buffer: Node's, or the browserify
  // polyfill's. isView rather than instanceof, which fails across realms (jest).
  const data: unknown = await workbook.xlsx.writeBuffer();
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (Object.prototype.toString.call(data) === "[object ArrayBuffer]") return new Uint8Array(data as ArrayBuffer);
  throw new Error("ExcelJS writeBuffer returned neither bytes nor an ArrayBuffer");
}
