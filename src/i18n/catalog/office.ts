// Part of the one message catalog (../messages.ts): strings of the Office.js host (src/hosts/officejs).
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const officeMessages = {
  // The manifest asks for ExcelApi 1.9; an older Excel reaching the host anyway (a development manifest) is told plainly.
  officeTooOld: {
    vi: "Phiên bản Excel này quá cũ cho Chỉ tiêu (cần ExcelApi 1.9). Hãy dùng Microsoft 365 hoặc Excel 2021 trở lên, Excel trên máy Mac hoặc Excel trên web; hoặc lập sổ .xlsx bằng lệnh npx chitieu build hay bản xem thử trong trình duyệt rồi mở sổ đó. Sổ chưa bị thay đổi.",
    en: "This version of Excel is too old for ChiTieu (ExcelApi 1.9 is needed). Use Microsoft 365 or Excel 2021 or later, Excel for Mac or Excel on the web; or build the .xlsx with npx chitieu build or the browser preview and open that workbook. The workbook has not been changed.",
  },
} satisfies Record<string, Message>;
