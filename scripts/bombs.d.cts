// Types for scripts/bombs.cjs, so TypeScript tests can use it.
export interface Deflated {
  raw: Buffer;
  size: number;
  crc: number;
}
export function repeatedDeflate(prefix: string, unit: string, size: number, suffix: string): Deflated;
export function zipArchive(
  entries: ReadonlyArray<{ name: string; text?: string; deflated?: Deflated; declaredSize?: number }>,
): Buffer;
export function docxBomb(size: number, options?: { declaredSize?: number; paragraph?: string }): Buffer;
export function docxOfBody(body: string): Buffer;
export function manyParagraphs(count: number): string;
export function docxManyEntries(count: number): Buffer;
export function xlsxBomb(size: number, sheetName?: string, options?: { declaredSize?: number }): Buffer;
export function pdfBomb(size: number, filler?: string): Buffer;
/** LZW codes (PDF, EarlyChange 1) that decode to at least `size` copies of `byte`. */
export function lzwRepeated(byte: number, size: number): Buffer;
/** A one-page PDF whose content stream is `stream` under `filter` ("/FlateDecode", "[/ASCII85Decode /LZWDecode]"). */
export function pdfWithContent(stream: Buffer, filter: string): Buffer;
