// Decides how to read a file from its first bytes, falling back on the file
// name only when the bytes say nothing: a plan saved as "ke-hoach.txt" that is
// really a PDF (it happens with e-mail attachments) still reads as a PDF.

export type DocumentFormat = "pdf" | "docx" | "text" | "legacy-doc" | "rtf" | "unsupported";

/** How far into the file a PDF header may start (the spec tolerates leading junk). */
const PDF_HEADER_WINDOW = 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const TEXT_EXTENSIONS = new Set(["txt", "text", "md", "csv", "tsv"]);
const WORD_EXTENSIONS = new Set(["docx", "docm", "dotx", "dotm"]);
/** Other formats that share the OLE container with old .doc files. */
const OLE_NON_WORD_EXTENSIONS = new Set(["xls", "ppt", "msg", "msi"]);

export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

export function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Local file header, empty archive, or spanned archive signature. */
export function isZip(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) ||
    startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])
  );
}

export function isPdf(bytes: Uint8Array): boolean {
  const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
  const last = Math.min(bytes.length - pdf.length, PDF_HEADER_WINDOW);
  for (let at = 0; at <= last; at += 1) if (startsWith(bytes, pdf, at)) return true;
  return false;
}

export function sniffFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  const ext = fileExtension(fileName);
  if (isPdf(bytes)) return "pdf";
  if (isZip(bytes)) return "docx"; // the docx reader tells a Word zip from any other zip
  if (startsWith(bytes, OLE_MAGIC)) return OLE_NON_WORD_EXTENSIONS.has(ext) ? "unsupported" : "legacy-doc";
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return "rtf"; // "{\rtf"
  if (TEXT_EXTENSIONS.has(ext) || ext === "") return "text";
  // A .docx or .pdf whose bytes are neither is damaged or mislabeled; its own
  // reader says so precisely.
  if (WORD_EXTENSIONS.has(ext)) return "docx";
  if (ext === "pdf") return "pdf";
  if (ext === "doc") return "legacy-doc";
  if (ext === "rtf") return "rtf";
  return "unsupported";
}
