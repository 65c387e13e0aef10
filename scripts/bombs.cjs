// Builds hostile files for tests/readers/hostile.test.ts and
// scripts/bomb-bench.mjs: small archives and PDFs that inflate to hundreds of
// MB. Each is made without ever holding the inflated bytes: one chunk of the
// repeated unit is deflated once, on its own, ending on a byte boundary, and
// that piece repeated; the pieces concatenate into one valid deflate stream.
"use strict";
const { constants, crc32, deflateRawSync } = require("node:zlib");

const CHUNK_BYTES = 1 << 20;

/**
 * `prefix` + `unit` repeated up to `size` bytes (whole units) + `suffix`, as
 * raw deflate with its true size and CRC-32.
 */
function repeatedDeflate(prefix, unit, size, suffix) {
  const unitBuffer = Buffer.from(unit, "utf8");
  const perChunk = Math.max(1, Math.floor(CHUNK_BYTES / unitBuffer.length));
  const chunk = Buffer.alloc(perChunk * unitBuffer.length);
  for (let at = 0; at < chunk.length; at += unitBuffer.length) unitBuffer.copy(chunk, at);
  const flush = { level: 9, finishFlush: constants.Z_SYNC_FLUSH };
  const head = Buffer.from(prefix, "utf8");
  const tail = Buffer.from(suffix, "utf8");
  const chunks = Math.max(1, Math.floor(size / chunk.length));
  const piece = deflateRawSync(chunk, flush);
  const pieces = [deflateRawSync(head, flush)];
  let crc = crc32(head);
  for (let n = 0; n < chunks; n++) {
    pieces.push(piece);
    crc = crc32(chunk, crc);
  }
  pieces.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  return { raw: Buffer.concat(pieces), size: head.length + chunks * chunk.length + tail.length, crc: crc >>> 0 };
}

/**
 * A zip of `entries`: { name, text } stored deflated, or { name, deflated }
 * from repeatedDeflate. `declaredSize` overrides the size written in the
 * headers, to test a reader that must not trust it.
 */
function zipArchive(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = entry.deflated ?? { raw: deflateRawSync(Buffer.from(entry.text, "utf8")), size: Buffer.byteLength(entry.text), crc: crc32(entry.text) >>> 0 };
    const size = entry.declaredSize ?? data.size;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(data.crc, 14);
    header.writeUInt32LE(data.raw.length, 18);
    header.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, data.raw);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(data.crc, 16);
    record.writeUInt32LE(data.raw.length, 20);
    record.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += header.length + name.length + data.raw.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

const DOCX_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCX_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCX_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCX_TAIL = "</w:body></w:document>";
const PARAGRAPH = "<w:p><w:r><w:t>x</w:t></w:r></w:p>";

/** A .docx whose word/document.xml is `size` bytes of one-letter paragraphs. */
function docxBomb(size, options = {}) {
  const deflated = repeatedDeflate(DOCX_HEAD, options.paragraph ?? PARAGRAPH, size, DOCX_TAIL);
  return zipArchive([
    { name: "[Content_Types].xml", text: DOCX_TYPES },
    { name: "_rels/.rels", text: DOCX_RELS },
    { name: "word/document.xml", deflated, declaredSize: options.declaredSize },
  ]);
}

/** A plain .docx whose body is `body` (WordprocessingML paragraphs), packed normally. */
function docxOfBody(body) {
  return zipArchive([
    { name: "[Content_Types].xml", text: DOCX_TYPES },
    { name: "_rels/.rels", text: DOCX_RELS },
    { name: "word/document.xml", text: `${DOCX_HEAD}${body}${DOCX_TAIL}` },
  ]);
}

/** `count` short paragraphs, all different (so they pack like real text), one in seven a target. */
function manyParagraphs(count) {
  const parts = [];
  for (let n = 0; n < count; n++) {
    const text = n % 7 === 0 ? `Tỷ lệ trẻ ${n} tuổi đạt ${n % 100},${n % 10}% năm ${2000 + (n % 30)}` : `x${n}`;
    parts.push(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
  }
  return parts.join("");
}

/** A .docx with `count` empty entries besides its (small) document. */
function docxManyEntries(count) {
  const entries = [
    { name: "[Content_Types].xml", text: DOCX_TYPES },
    { name: "_rels/.rels", text: DOCX_RELS },
    { name: "word/document.xml", text: `${DOCX_HEAD}${PARAGRAPH}${DOCX_TAIL}` },
  ];
  for (let n = 0; n < count; n++) entries.push({ name: `word/media/x${n}.bin`, text: "" });
  return zipArchive(entries);
}

/** An .xlsx whose only sheet, named `sheetName`, is `size` bytes of empty rows. */
function xlsxBomb(size, sheetName = "_ChiTieu", options = {}) {
  const ns = "http://schemas.openxmlformats.org/";
  const rels = (target, type) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}package/2006/relationships"><Relationship Id="rId1" Type="${ns}officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}spreadsheetml/2006/main" xmlns:r="${ns}officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const sheet = repeatedDeflate(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}spreadsheetml/2006/main"><sheetData>`,
    '<row r="1"><c r="A1"><v>1</v></c></row>',
    size,
    "</sheetData></worksheet>",
  );
  return zipArchive([
    { name: "[Content_Types].xml", text: DOCX_TYPES.replace("/word/document.xml", "/xl/workbook.xml") },
    { name: "_rels/.rels", text: rels("xl/workbook.xml", "officeDocument") },
    { name: "xl/workbook.xml", text: workbook },
    { name: "xl/_rels/workbook.xml.rels", text: rels("worksheets/sheet1.xml", "worksheet") },
    { name: "xl/worksheets/sheet1.xml", deflated: sheet, declaredSize: options.declaredSize },
  ]);
}

/**
 * A one-page PDF whose content stream shows one line of text, then inflates
 * to about `size` bytes of `filler` (default: spaces, which draw nothing).
 */
function pdfBomb(size, filler = " ") {
  const deflated = repeatedDeflate("BT /F1 12 Tf 72 720 Td (Ke hoach nam hoc 2024 - 2025 cua truong) Tj ET\n", filler, size, "\n");
  // FlateDecode is zlib: a two-byte header, the deflate data, an Adler-32 nobody checks here.
  return pdfWithContent(Buffer.concat([Buffer.from([0x78, 0x9c]), deflated.raw, Buffer.alloc(4)]), "/FlateDecode");
}

/**
 * LZW codes (PDF: 9–12 bits, EarlyChange 1) decoding to at least `size`
 * copies of one byte: the byte, then each new code (one byte longer than the
 * last) until the table is full, then the longest (3,839 bytes) over and over,
 * some 2,500 to 1.
 */
function lzwRepeated(byte, size) {
  const codes = [];
  let next = 258;
  let width = 9;
  let out = 0;
  let previous = -1;
  const widths = [];
  const emit = (code) => {
    codes.push(code);
    widths.push(width);
    out += code < 256 ? 1 : code - 256;
    if (previous >= 0 && next < 4096) next++;
    previous = code;
    if (next + 1 >= 1 << width && width < 12) width++;
  };
  emit(byte);
  while (out < size) emit(next < 4096 ? next : 4095);
  codes.push(257);
  widths.push(width);
  const bytes = [];
  let buffer = 0;
  let bits = 0;
  codes.forEach((code, i) => {
    buffer = (buffer << widths[i]) | code;
    bits += widths[i];
    while (bits >= 8) {
      bytes.push((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  });
  if (bits > 0) bytes.push((buffer << (8 - bits)) & 0xff);
  return Buffer.from(bytes);
}

/** A one-page PDF whose content stream is `stream`, with `filter` ("/FlateDecode", "[/ASCII85Decode /LZWDecode]"). */
function pdfWithContent(stream, filter) {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    null,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const parts = [Buffer.from("%PDF-1.4\n", "latin1")];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const piece =
      body === null
        ? Buffer.concat([
            Buffer.from(`${index + 1} 0 obj\n<< /Length ${stream.length} /Filter ${filter} >>\nstream\n`, "latin1"),
            stream,
            Buffer.from("\nendstream\nendobj\n", "latin1"),
          ])
        : Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, "latin1");
    parts.push(piece);
    length += piece.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

module.exports = { repeatedDeflate, zipArchive, docxBomb, docxOfBody, manyParagraphs, docxManyEntries, xlsxBomb, pdfBomb, pdfWithContent, lzwRepeated };
