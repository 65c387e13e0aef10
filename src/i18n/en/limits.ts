// The message catalog, English: the same keys as ../vi/limits.ts, checked by the type.
import type { English } from "../message";
import type { limitsVi } from "../vi/limits";

export const limitsEn = {
  readErrorFileTooLarge: "File {file} is {size} MB, over the limit of {limit} MB; no plan is that large. Check that this is the right file.",
  readErrorTooManyParts: "File {file} holds {count} packed parts, over the limit of {limit}; it is damaged or made to overload the reader. Open it in Word or Excel and save it as a new file.",
  readErrorPartTooLarge: "File {file}: part “{part}” unpacks to more than {limit} MB, over the limit; no plan is that large. Check that this is the right file, or split the document into smaller files.",
  readErrorPartSuspicious: "File {file}: part “{part}” is packed {ratio} to 1, over the limit of {limit} to 1; that is the mark of a zip bomb (a small file that unpacks to a huge one), so it is not opened.",
  readErrorPartTooComplex: "File {file}: part “{part}” brings the XML past {limit} tags (counting the parts before it), over the limit; the document is too long or made to overload the reader. Split it into smaller files.",
  readErrorArchiveTooLarge: "File {file}: its packed parts unpack to more than {limit} MB together, over the limit. Remove some pictures or split the document into smaller files.",
  readErrorTextTooLarge: "File {file}: the text is longer than {limit} characters, over the limit; a plan has a few hundred thousand. Check that this is the right file, or keep only the goals and targets.",
  readErrorTextFileTooLarge: "Text file {file} is {size} MB, over the limit of {limit} MB; a plan is a few hundred KB of text. Check that this is the right file, or keep only the goals and targets.",
  readErrorPdfTooManyPages: "PDF file {file} has {count} pages, over the limit of {limit}. Save the plan's pages as a smaller PDF.",
  readErrorPdfStreamTooLarge: "PDF file {file}: stream “{part}” unpacks to more than {limit} MB, over the limit; the file is damaged or made to overload the reader. Print it to a new PDF.",
  readErrorPdfTotalTooLarge: "PDF file {file}: its streams unpack to more than {limit} MB together, over the limit. Save the plan's pages as a smaller PDF.",
  readErrorPdfPageTooComplex: "PDF file {file}: page {page} has more than {limit} pieces of text, over the limit; the page is damaged or made to overload the reader.",
} as const satisfies English<typeof limitsVi>;
