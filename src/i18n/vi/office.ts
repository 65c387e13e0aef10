// The message catalog, Vietnamese (the source text; ../en/office.ts says each in English).
// strings of the Office.js host (src/hosts/officejs).
//
// `{name}` placeholders are filled by `t` (../messages.ts).

export const officeVi = {
  // The manifest asks for ExcelApi 1.9; an older Excel reaching the host anyway (a development manifest) is told plainly.
  officeTooOld: "Phiên bản Excel này quá cũ cho Chỉ tiêu (cần ExcelApi 1.9). Hãy dùng Microsoft 365 hoặc Excel 2021 trở lên, Excel trên máy Mac hoặc Excel trên web; hoặc lập sổ .xlsx bằng lệnh npx chitieu build hay bản xem thử trong trình duyệt rồi mở sổ đó. Sổ chưa bị thay đổi.",
} as const satisfies Record<string, string>;
