// The message catalog, Vietnamese (the source text; ../en/area.ts says each in English).
// the whole-area row and
// the words that name the area a book covers (issue 12). Since 1 July 2025 a
// plan belongs to a xã/phường or a tỉnh; older plans to a huyện. The area's
// name ("Toàn xã Tu Vũ") is the user's to change; these are its defaults and
// the messages about it.
// `{name}` placeholders are filled by `t` (../messages.ts).

export const areaVi = {
  // "{area}" is the area as the plan writes it: "xã Tu Vũ", "tỉnh Phú Thọ", "huyện Bắc Sơn".
  wbAreaNamed: "Toàn {area}",
  wbAreaXa: "Toàn xã",
  wbAreaTinh: "Toàn tỉnh",
  // Neither a level nor "đơn vị": in this book a "đơn vị" is one school or office.
  wbAreaUnknown: "Toàn địa bàn",
  areaEmpty: "Tên dòng toàn địa bàn đang để trống. Hãy nhập tên, ví dụ “Toàn xã Tu Vũ”, “Toàn tỉnh Phú Thọ”.",
  areaTooLong: "Tên dòng toàn địa bàn dài {length} ký tự; tối đa {max} ký tự. Hãy viết gọn lại, ví dụ “Toàn xã Tu Vũ”.",
  areaLineBreak: "Tên dòng toàn địa bàn phải nằm trên một dòng. Hãy bỏ dấu xuống dòng.",
  // Tổng hợp of a province's book: the title above each xã's subtotals.
  wbSummaryCommune: "Cộng {commune}",
  paneAreaLabel: "Tên dòng toàn địa bàn",
  paneAreaHint: "Dòng tổng hợp của cả địa bàn trong sổ (mã HUYEN). Sổ mới lấy tên theo cơ quan ban hành kế hoạch; sổ đã có giữ tên đang dùng, trừ khi bạn sửa ô này.",
  // The Phụ lục heading's governing body line (NĐ 30: "UBND TỈNH …" above the issuing body).
} as const satisfies Record<string, string>;
