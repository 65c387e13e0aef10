// Part of the one message catalog (../messages.ts): the whole-area row and
// the words that name the area a book covers (issue 12). Since 1 July 2025 a
// plan belongs to a xã/phường or a tỉnh; older plans to a huyện. The area's
// name ("Toàn xã Tu Vũ") is the user's to change; these are its defaults and
// the messages about it. Vietnamese first, English second.

import type { Message } from "../message";

export const areaMessages = {
  // "{area}" is the area as the plan writes it: "xã Tu Vũ", "tỉnh Phú Thọ", "huyện Bắc Sơn".
  wbAreaNamed: { vi: "Toàn {area}", en: "Whole {area}" },
  wbAreaXa: { vi: "Toàn xã", en: "Whole commune" },
  wbAreaTinh: { vi: "Toàn tỉnh", en: "Whole province" },
  // Neither a level nor "đơn vị": in this book a "đơn vị" is one school or office.
  wbAreaUnknown: { vi: "Toàn địa bàn", en: "Whole area" },
  areaEmpty: {
    vi: "Tên dòng toàn địa bàn đang để trống. Hãy nhập tên, ví dụ “Toàn xã Tu Vũ”, “Toàn tỉnh Phú Thọ”.",
    en: "The whole-area row's name is empty. Type a name such as “Toàn xã Tu Vũ” or “Toàn tỉnh Phú Thọ”.",
  },
  areaTooLong: {
    vi: "Tên dòng toàn địa bàn dài {length} ký tự; tối đa {max} ký tự. Hãy viết gọn lại, ví dụ “Toàn xã Tu Vũ”.",
    en: "The whole-area row's name is {length} characters long; at most {max}. Shorten it, e.g. “Toàn xã Tu Vũ”.",
  },
  areaLineBreak: {
    vi: "Tên dòng toàn địa bàn phải nằm trên một dòng. Hãy bỏ dấu xuống dòng.",
    en: "The whole-area row's name must be on one line. Remove the line break.",
  },
  // Tổng hợp of a province's book: the title above each xã's subtotals.
  wbSummaryCommune: { vi: "Cộng {commune}", en: "Subtotal {commune}" },
  paneAreaLabel: { vi: "Tên dòng toàn địa bàn", en: "Whole-area row name" },
  paneAreaHint: {
    vi: "Dòng tổng hợp của cả địa bàn trong sổ (mã HUYEN). Sổ mới lấy tên theo cơ quan ban hành kế hoạch; sổ đã có giữ tên đang dùng, trừ khi bạn sửa ô này.",
    en: "The book's row for the whole area (code HUYEN). A new book takes its name from the plan's issuer; an existing book keeps its name unless you edit this field.",
  },
  // The Phụ lục heading's governing body line (NĐ 30: "UBND TỈNH …" above the issuing body).
  appendixGoverningBodyLabel: { vi: "Cơ quan chủ quản", en: "Governing body" },
} satisfies Record<string, Message>;
