// Part of the one message catalog (../messages.ts): strings of the Office.js host and Excel feature checks (src/hosts/officejs).
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const officeMessages = {
  // One per HostFeature (src/hosts/officejs/features.ts): what this Excel cannot do, what is lost, what to do.
  officeFeatureConditionalFormats: {
    vi: "Excel này chưa hỗ trợ tô màu theo điều kiện (cần ExcelApi 1.6), nên ô Giá trị và Trạng thái không tự đổi màu theo kết quả; số liệu và công thức vẫn đúng. Hãy cập nhật Excel hoặc dùng Excel trên web, hoặc lập sổ .xlsx bằng lệnh npx chitieu build hay bản xem thử trong trình duyệt rồi mở sổ đó.",
    en: "This Excel does not support conditional formatting (ExcelApi 1.6 is needed), so the Value and Status cells are not coloured by result; figures and formulas are still right. Update Excel or use Excel on the web, or build the .xlsx with npx chitieu build or the browser preview and open that workbook.",
  },
  officeFeatureDataValidation: {
    vi: "Excel này chưa hỗ trợ kiểm tra dữ liệu nhập (cần ExcelApi 1.8), nên ô nhập số liệu không chặn chữ hay số âm; trạng thái “Không hợp lệ” vẫn báo các ô sai. Hãy cập nhật Excel hoặc dùng Excel trên web, hoặc lập sổ .xlsx bằng lệnh npx chitieu build hay bản xem thử trong trình duyệt rồi mở sổ đó.",
    en: "This Excel does not support data validation (ExcelApi 1.8 is needed), so entry cells do not refuse text or negative numbers; the “Invalid” status still flags wrong cells. Update Excel or use Excel on the web, or build the .xlsx with npx chitieu build or the browser preview and open that workbook.",
  },
  officeFeaturePageLayout: {
    vi: "Excel này chưa hỗ trợ thiết lập trang in (cần ExcelApi 1.9), nên sổ chưa đặt sẵn khổ A4 nằm ngang, vừa một trang ngang, dòng tiêu đề lặp lại, đầu trang, chân trang và số trang (phụ lục đánh số từ 1, không in số ở trang đầu). Hãy cập nhật Excel hoặc dùng Excel trên web, hoặc lập sổ .xlsx bằng lệnh npx chitieu build hay bản xem thử trong trình duyệt rồi mở sổ đó.",
    en: "This Excel does not support page setup (ExcelApi 1.9 is needed), so the workbook is not set to print on landscape A4, one page wide, with repeated title rows, header, footer and page numbers (appendices numbered from 1, no number on their first page). Update Excel or use Excel on the web, or build the .xlsx with npx chitieu build or the browser preview and open that workbook.",
  },
  officeFeatureProtection: {
    vi: "Excel này chưa hỗ trợ khóa trang tính, độ rộng cột, chiều cao dòng và gộp ô (cần ExcelApi 1.2), nên công thức không được khóa, cột, dòng giữ cỡ mặc định và tiêu đề phụ lục không được gộp ô. Hãy cập nhật Excel hoặc dùng Excel trên web, hoặc lập sổ .xlsx bằng lệnh npx chitieu build hay bản xem thử trong trình duyệt rồi mở sổ đó.",
    en: "This Excel does not support sheet protection, column widths, row heights and merged cells (ExcelApi 1.2 is needed), so formulas are not locked, columns and rows keep their default size and the appendix headings are not merged. Update Excel or use Excel on the web, or build the .xlsx with npx chitieu build or the browser preview and open that workbook.",
  },
  officeFeatureFreezePanes: {
    vi: "Excel này chưa hỗ trợ cố định dòng tiêu đề (cần ExcelApi 1.7), nên dòng tiêu đề cuộn đi theo bảng. Hãy cập nhật Excel hoặc dùng Excel trên web, hoặc lập sổ .xlsx bằng lệnh npx chitieu build hay bản xem thử trong trình duyệt rồi mở sổ đó.",
    en: "This Excel does not support freezing the header row (ExcelApi 1.7 is needed), so the header scrolls away with the table. Update Excel or use Excel on the web, or build the .xlsx with npx chitieu build or the browser preview and open that workbook.",
  },
  officeFeatureSuspendCalculation: {
    vi: "Excel này chưa hỗ trợ tạm dừng tính toán trong lúc ghi (cần ExcelApi 1.6), nên ghi sổ lớn sẽ chậm hơn; kết quả vẫn như nhau. Muốn nhanh hơn, hãy cập nhật Excel hoặc dùng Excel trên web.",
    en: "This Excel cannot pause calculation while writing (ExcelApi 1.6 is needed), so writing a large workbook is slower; the result is the same. For more speed, update Excel or use Excel on the web.",
  },
} satisfies Record<string, Message>;
