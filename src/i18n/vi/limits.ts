// The message catalog, Vietnamese (the source text; ../en/limits.ts says each in English).
// files refused because
// they are too large or built to exhaust memory (src/readers/limits.ts).
// Each says what is wrong, in which part of the file, and the limit.
//
// `{name}` placeholders are filled by `t` (../messages.ts).

export const limitsVi = {
  readErrorFileTooLarge: "Tệp {file} lớn {size} MB, quá giới hạn {limit} MB; không kế hoạch nào lớn đến vậy. Hãy kiểm tra đúng tệp chưa.",
  readErrorTooManyParts: "Tệp {file} gồm {count} phần nén, quá giới hạn {limit} phần; tệp bị hỏng hoặc được làm ra để gây quá tải. Hãy mở bằng Word hoặc Excel rồi lưu lại thành tệp mới.",
  readErrorPartTooLarge: "Tệp {file}: phần “{part}” khi giải nén lớn hơn {limit} MB, quá giới hạn; không kế hoạch nào lớn đến vậy. Hãy kiểm tra đúng tệp chưa, hoặc tách văn bản thành các tệp nhỏ hơn.",
  readErrorPartSuspicious: "Tệp {file}: phần “{part}” được nén {ratio} lần, quá giới hạn {limit} lần; đây là dấu hiệu của “bom nén” (tệp nhỏ bung ra cực lớn) nên không mở.",
  readErrorPartTooComplex: "Tệp {file}: phần “{part}” có hơn {limit} thẻ XML (tính cả các phần trước nó), quá giới hạn; văn bản quá dài hoặc được làm ra để gây quá tải. Hãy tách văn bản thành các tệp nhỏ hơn.",
  readErrorArchiveTooLarge: "Tệp {file}: các phần nén cộng lại lớn hơn {limit} MB khi giải nén, quá giới hạn. Hãy bỏ bớt hình ảnh hoặc tách văn bản thành các tệp nhỏ hơn.",
  readErrorTextTooLarge: "Tệp {file}: nội dung chữ dài hơn {limit} ký tự, quá giới hạn; một kế hoạch chỉ vài trăm nghìn ký tự. Hãy kiểm tra đúng tệp chưa, hoặc chỉ giữ phần mục tiêu, chỉ tiêu.",
  readErrorTextFileTooLarge: "Tệp văn bản {file} lớn {size} MB, quá giới hạn {limit} MB; một kế hoạch chỉ vài trăm KB chữ. Hãy kiểm tra đúng tệp chưa, hoặc chỉ giữ phần mục tiêu, chỉ tiêu.",
  readErrorPdfTooManyPages: "Tệp PDF {file} có {count} trang, quá giới hạn {limit} trang. Hãy tách riêng phần kế hoạch thành một tệp PDF nhỏ hơn.",
  readErrorPdfStreamTooLarge: "Tệp PDF {file}: luồng dữ liệu “{part}” khi giải nén lớn hơn {limit} MB, quá giới hạn; tệp bị hỏng hoặc được làm ra để gây quá tải. Hãy in lại thành PDF mới.",
  readErrorPdfTotalTooLarge: "Tệp PDF {file}: các luồng dữ liệu cộng lại lớn hơn {limit} MB khi giải nén, quá giới hạn. Hãy tách riêng phần kế hoạch thành một tệp PDF nhỏ hơn.",
  readErrorPdfPageTooComplex: "Tệp PDF {file}: trang {page} có hơn {limit} mẩu chữ, quá giới hạn; trang bị hỏng hoặc được làm ra để gây quá tải.",
} as const satisfies Record<string, string>;
