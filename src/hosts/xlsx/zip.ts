// Packs the .xlsx parts ExcelJS renders into a zip with Node's native zlib.
//
// Why: ExcelJS zips through JSZip, which UTF-8-encodes, checksums and deflates
// in JavaScript (pako). For the 30,000-row Thực hiện sheet (~50 MB of XML)
// that was about half of writeXlsx's time and a good part of its peak memory.
// Node's zlib does the same work natively; the parts themselves are exactly
// the ones ExcelJS would have written (same order of rendering, same XML).

import ExcelJS from "exceljs";
import XmlStream from "exceljs/lib/utils/xml-stream";
import CommentsXform from "exceljs/lib/xlsx/xform/comment/comments-xform";
import VmlNotesXform from "exceljs/lib/xlsx/xform/comment/vml-notes-xform";
import RelationshipsXform from "exceljs/lib/xlsx/xform/core/relationships-xform";
import WorksheetXform from "exceljs/lib/xlsx/xform/sheet/worksheet-xform";
import { constants, crc32, deflateRawSync } from "node:zlib";

interface Part {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

/**
 * Deflates a part piece by piece. Each piece ends with a sync flush (byte
 * aligned, not final), so the pieces concatenate into one valid deflate
 * stream; the last, empty, piece closes it.
 */
class PartDeflater {
  private crc = 0;
  private size = 0;
  private readonly data: Buffer[] = [];

  constructor(private readonly level: number) {}

  push(bytes: Buffer): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.data.push(deflateRawSync(bytes, { level: this.level, finishFlush: constants.Z_SYNC_FLUSH }));
  }

  finish(name: string): Part {
    this.data.push(deflateRawSync(Buffer.alloc(0), { level: this.level }));
    return { name: Buffer.from(name, "utf8"), crc: this.crc >>> 0, size: this.size, data: Buffer.concat(this.data) };
  }
}

/**
 * ExcelJS's XmlStream keeps every piece of a sheet's XML (several million
 * small strings for 30,000 rows) and joins them into one ~50 MB string at the
 * end: most of writeXlsx's peak memory. This one hands its text to a deflater
 * every ~100,000 pieces, once a row is closed and nothing can be rolled back.
 */
class DeflatingXmlStream extends XmlStream {
  private flushed = 0;

  constructor(private readonly deflater: PartDeflater) {
    super();
  }

  override get cursor(): number {
    return this.flushed + this._xml.length;
  }

  override closeNode(): void {
    super.closeNode();
    if (this._xml.length > 100_000 && this._rollbacks.length === 0) this.flush();
  }

  private flush(): void {
    this.flushed += this._xml.length;
    this.deflater.push(Buffer.from(this._xml.join(""), "utf8"));
    this._xml = [];
  }

  finish(name: string): Part {
    this.closeAll();
    this.flush();
    return this.deflater.finish(name);
  }
}

/** The sink ExcelJS's XLSX renderers append parts to (what its ZipWriter offers). */
class PartCollector {
  readonly parts: Part[] = [];

  constructor(readonly level: number) {}

  append(data: string | Buffer | Uint8Array, options: { name: string; base64?: boolean }): void {
    const bytes =
      typeof data === "string" ? Buffer.from(data, options.base64 ? "base64" : "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const deflater = new PartDeflater(this.level);
    deflater.push(bytes);
    this.parts.push(deflater.finish(options.name));
  }

  /** ExcelJS's `addWorksheets`, rendering each sheet through a DeflatingXmlStream. */
  addWorksheets(model: { worksheets: WorksheetModel[] }): void {
    const worksheetXform = new WorksheetXform();
    const relationshipsXform = new RelationshipsXform();
    const commentsXform = new CommentsXform();
    const vmlNotesXform = new VmlNotesXform();
    const render = (name: string, xform: { render(stream: unknown, model: unknown): void }, part: unknown): void => {
      const stream = new DeflatingXmlStream(new PartDeflater(this.level));
      xform.render(stream, part);
      this.parts.push(stream.finish(name));
    };
    for (const worksheet of model.worksheets) {
      render(`xl/worksheets/sheet${worksheet.id}.xml`, worksheetXform, worksheet);
      if (worksheet.rels && worksheet.rels.length) {
        render(`xl/worksheets/_rels/sheet${worksheet.id}.xml.rels`, relationshipsXform, worksheet.rels);
      }
      if (worksheet.comments.length > 0) {
        render(`xl/comments${worksheet.id}.xml`, commentsXform, worksheet);
        render(`xl/drawings/vmlDrawing${worksheet.id}.vml`, vmlNotesXform, worksheet);
      }
    }
  }
}

interface WorksheetModel {
  id: number;
  rels?: unknown[];
  comments: unknown[];
}

/** ExcelJS's XLSX class internals that `xlsx.write` runs (exceljs 4.4, lib/xlsx/xlsx.js). */
type Render = (zip: PartCollector, model: unknown) => Promise<void>;
interface XlsxInternals {
  prepareModel(model: unknown, options: object): void;
  addContentTypes: Render;
  addOfficeRels: Render;
  addWorkbookRels: Render;
  addSharedStrings: Render;
  addDrawings: Render;
  addTables: Render;
  addThemes: Render;
  addStyles: Render;
  addMedia: Render;
  addApp: Render;
  addCore: Render;
  addWorkbook: Render;
}

/** DOS date and time fields of a zip entry. */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function zip(parts: Part[], now: Date): Buffer {
  const { time, day } = dosDateTime(now);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(part.name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, part.name, part.data);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by
    entry.writeUInt16LE(20, 6); // version needed
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(day, 14);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(part.name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, part.name);
    offset += local.length + part.name.length + part.data.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/**
 * What `workbook.xlsx.writeBuffer()` returns, rendered by ExcelJS's own part
 * writers in the same order as its `write`, zipped natively. Level 1 deflate:
 * the sheets are repeated markup that compresses almost as well at level 1.
 */
export async function writeWorkbookBuffer(workbook: ExcelJS.Workbook, level = 1): Promise<Buffer> {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const model = (workbook as unknown as { model: unknown }).model;
  const sink = new PartCollector(level);
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(sink, model);
  await xlsx.addOfficeRels(sink, model);
  await xlsx.addWorkbookRels(sink, model);
  sink.addWorksheets(model as { worksheets: WorksheetModel[] });
  await xlsx.addSharedStrings(sink, model); // always after worksheets
  await xlsx.addDrawings(sink, model);
  await xlsx.addTables(sink, model);
  await xlsx.addThemes(sink, model);
  await xlsx.addStyles(sink, model);
  await xlsx.addMedia(sink, model);
  await xlsx.addApp(sink, model);
  await xlsx.addCore(sink, model);
  await xlsx.addWorkbook(sink, model);
  return zip(sink.parts, new Date());
}

