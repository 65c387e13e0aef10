// Part of the one message catalog (../messages.ts): what the CLI says when it
// refuses to lose something a user made (issue 11): an output that is one of
// its inputs, unit lists that do not split cleanly, cells of the user's that a
// rewritten book cannot hold. Vietnamese first, English second.

import type { Message } from "../message";

export const cliSafetyMessages = {
  cliOutputIsInput: {
    vi: "Tệp ghi ra {file} chính là tệp đầu vào {input} (cùng một tệp, có thể qua liên kết); ghi đè sẽ mất tệp gốc. Hãy chọn tên tệp khác.",
    en: "Output {file} is the input file {input} (the same file, perhaps through a link); writing it would lose the original. Choose another file name.",
  },
  unitsTooManyFields: {
    vi: "Dòng {line}: có {found} ô nhưng danh sách chỉ có {expected} cột (có thể một ô có dấu phẩy, chấm phẩy hoặc tab mà không đặt trong ngoặc kép); bỏ qua dòng này.",
    en: "Line {line}: it has {found} cells but the list has only {expected} {expected|column|columns} (perhaps a cell holds a comma, semicolon or tab without quotes); the line is skipped.",
  },
  unitsDistrictCode: {
    vi: "Dòng {line}: mã {code} là mã của dòng toàn địa bàn (toàn xã, phường hoặc tỉnh), nên “{name}” được dùng làm dòng đó: chỉ nhập các chỉ tiêu chung của cả địa bàn, không nhận chỉ tiêu của trường. Nếu đây là một trường, hãy đổi sang mã khác.",
    en: "Line {line}: code {code} is the whole area's code (whole commune, ward or province), so “{name}” becomes that row: it reports only whole-area targets, not school targets. If this is a school, give it another code.",
  },
  paneUnitsNoticesTitle: { vi: "Lưu ý về danh sách ({count})", en: "About the list ({count})" },
  cliAppendixUserCellsUncarried: {
    vi: "Không ghi sổ: {count} ô người dùng thêm vào các trang của sổ không chuyển được sang sổ mới (trùng chỗ sổ mới ghi, hoặc nằm cạnh dòng không còn): {cells}. Hãy chuyển các ô này ra chỗ trống hoặc sang trang riêng rồi chạy lại; tệp chưa bị thay đổi.",
    en: {
      one: "Nothing written: 1 cell added to the workbook's sheets cannot be carried into the new one (the new workbook writes there, or it sits beside a row that is gone): {cells}. Move it to an empty cell or a sheet of your own and run again; no file was changed.",
      other: "Nothing written: {count} cells added to the workbook's sheets cannot be carried into the new one (the new workbook writes there, or they sit beside a row that is gone): {cells}. Move them to empty cells or a sheet of your own and run again; no file was changed.",
    },
  },
} satisfies Record<string, Message>;
