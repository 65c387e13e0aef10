// Part of the one message catalog (../messages.ts): files refused because
// they are too large or built to exhaust memory (src/readers/limits.ts).
// Each says what is wrong, in which part of the file, and the limit.
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const limitsMessages = {
  readErrorFileTooLarge: {
    vi: "Tệp {file} lớn {size} MB, quá giới hạn {limit} MB; không kế hoạch nào lớn đến vậy. Hãy kiểm tra đúng tệp chưa.",
    en: "File {file} is {size} MB, over the limit of {limit} MB; no plan is that large. Check that this is the right file.",
  },
  readErrorTooManyParts: {
    vi: "Tệp {file} gồm {count} phần nén, quá giới hạn {limit} phần; tệp bị hỏng hoặc được làm ra để gây quá tải. Hãy mở bằng Word hoặc Excel rồi lưu lại thành tệp mới.",
    en: "File {file} holds {count} packed parts, over the limit of {limit}; it is damaged or made to overload the reader. Open it in Word or Excel and save it as a new file.",
  },
  readErrorPartTooLarge: {
    vi: "Tệp {file}: phần “{part}” khi giải nén lớn hơn {limit} MB, quá giới hạn; không kế hoạch nào lớn đến vậy. Hãy kiểm tra đúng tệp chưa, hoặc tách văn bản thành các tệp nhỏ hơn.",
    en: "File {file}: part “{part}” unpacks to more than {limit} MB, over the limit; no plan is that large. Check that this is the right file, or split the document into smaller files.",
  },
  readErrorPartSuspicious: {
    vi: "Tệp {file}: phần “{part}” được nén {ratio} lần, quá giới hạn {limit} lần; đây là dấu hiệu của “bom nén” (tệp nhỏ bung ra cực lớn) nên không mở.",
    en: "File {file}: part “{part}” is packed {ratio} to 1, over the limit of {limit} to 1; that is the mark of a zip bomb (a small file that unpacks to a huge one), so it is not opened.",
  },
  readErrorPartTooComplex: {
    vi: "Tệp {file}: phần “{part}” có hơn {limit} thẻ XML (tính cả các phần trước nó), quá giới hạn; văn bản quá dài hoặc được làm ra để gây quá tải. Hãy tách văn bản thành các tệp nhỏ hơn.",
    en: "File {file}: part “{part}” brings the XML past {limit} tags (counting the parts before it), over the limit; the document is too long or made to overload the reader. Split it into smaller files.",
  },
  readErrorArchiveTooLarge: {
    vi: "Tệp {file}: các phần nén cộng lại lớn hơn {limit} MB khi giải nén, quá giới hạn. Hãy bỏ bớt hình ảnh hoặc tách văn bản thành các tệp nhỏ hơn.",
    en: "File {file}: its packed parts unpack to more than {limit} MB together, over the limit. Remove some pictures or split the document into smaller files.",
  },
  readErrorTextTooLarge: {
    vi: "Tệp {file}: nội dung chữ dài hơn {limit} ký tự, quá giới hạn; một kế hoạch chỉ vài trăm nghìn ký tự. Hãy kiểm tra đúng tệp chưa, hoặc chỉ giữ phần mục tiêu, chỉ tiêu.",
    en: "File {file}: the text is longer than {limit} characters, over the limit; a plan has a few hundred thousand. Check that this is the right file, or keep only the goals and targets.",
  },
  readErrorTextFileTooLarge: {
    vi: "Tệp văn bản {file} lớn {size} MB, quá giới hạn {limit} MB; một kế hoạch chỉ vài trăm KB chữ. Hãy kiểm tra đúng tệp chưa, hoặc chỉ giữ phần mục tiêu, chỉ tiêu.",
    en: "Text file {file} is {size} MB, over the limit of {limit} MB; a plan is a few hundred KB of text. Check that this is the right file, or keep only the goals and targets.",
  },
  readErrorPdfTooManyPages: {
    vi: "Tệp PDF {file} có {count} trang, quá giới hạn {limit} trang. Hãy tách riêng phần kế hoạch thành một tệp PDF nhỏ hơn.",
    en: "PDF file {file} has {count} pages, over the limit of {limit}. Save the plan's pages as a smaller PDF.",
  },
  readErrorPdfStreamTooLarge: {
    vi: "Tệp PDF {file}: luồng dữ liệu “{part}” khi giải nén lớn hơn {limit} MB, quá giới hạn; tệp bị hỏng hoặc được làm ra để gây quá tải. Hãy in lại thành PDF mới.",
    en: "PDF file {file}: stream “{part}” unpacks to more than {limit} MB, over the limit; the file is damaged or made to overload the reader. Print it to a new PDF.",
  },
  readErrorPdfTotalTooLarge: {
    vi: "Tệp PDF {file}: các luồng dữ liệu cộng lại lớn hơn {limit} MB khi giải nén, quá giới hạn. Hãy tách riêng phần kế hoạch thành một tệp PDF nhỏ hơn.",
    en: "PDF file {file}: its streams unpack to more than {limit} MB together, over the limit. Save the plan's pages as a smaller PDF.",
  },
  readErrorPdfPageTooComplex: {
    vi: "Tệp PDF {file}: trang {page} có hơn {limit} mẩu chữ, quá giới hạn; trang bị hỏng hoặc được làm ra để gây quá tải.",
    en: "PDF file {file}: page {page} has more than {limit} pieces of text, over the limit; the page is damaged or made to overload the reader.",
  },
} satisfies Record<string, Message>;
