// The message catalog, English: the same keys as ../vi/area.ts, checked by the type.
import type { English } from "../message";
import type { areaVi } from "../vi/area";

export const areaEn = {
  // "{area}" is the area as the plan writes it: "xã Tu Vũ", "tỉnh Phú Thọ", "huyện Bắc Sơn".
  wbAreaNamed: "Whole {area}",
  wbAreaXa: "Whole commune",
  wbAreaTinh: "Whole province",
  // Neither a level nor "đơn vị": in this book a "đơn vị" is one school or office.
  wbAreaUnknown: "Whole area",
  areaEmpty: "The whole-area row's name is empty. Type a name such as “Toàn xã Tu Vũ” or “Toàn tỉnh Phú Thọ”.",
  areaTooLong: "The whole-area row's name is {length} characters long; at most {max}. Shorten it, e.g. “Toàn xã Tu Vũ”.",
  areaLineBreak: "The whole-area row's name must be on one line. Remove the line break.",
  // Tổng hợp of a province's book: the title above each xã's subtotals.
  wbSummaryCommune: "Subtotal {commune}",
  paneAreaLabel: "Whole-area row name",
  paneAreaHint: "The book's row for the whole area (code HUYEN). A new book takes its name from the plan's issuer; an existing book keeps its name unless you edit this field.",
  // The Phụ lục heading's governing body line (NĐ 30: "UBND TỈNH …" above the issuing body).
} as const satisfies English<typeof areaVi>;
