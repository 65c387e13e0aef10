// The message catalog, English: the same keys as ../vi/office.ts, checked by the type.
import type { English } from "../message";
import type { officeVi } from "../vi/office";

export const officeEn = {
  // The manifest asks for ExcelApi 1.9; an older Excel reaching the host anyway (a development manifest) is told plainly.
  officeTooOld: "This version of Excel is too old for ChiTieu (ExcelApi 1.9 is needed). Use Microsoft 365 or Excel 2021 or later, Excel for Mac or Excel on the web; or build the .xlsx with npx chitieu build or the browser preview and open that workbook. The workbook has not been changed.",
} as const satisfies English<typeof officeVi>;
