// The message catalog, Vietnamese (the source text; ../en/cli-safety.ts says each in English).
// what the CLI says when it
// refuses to lose something a user made (issue 11): an output that is one of
// its inputs, unit lists that do not split cleanly, cells of the user's that a
// rewritten book cannot hold.
// `{name}` placeholders are filled by `t` (../messages.ts).

export const cliSafetyVi = {
  cliOutputIsInput: "Tệp ghi ra {file} chính là tệp đầu vào {input} (cùng một tệp, có thể qua liên kết); ghi đè sẽ mất tệp gốc. Hãy chọn tên tệp khác.",
  unitsTooManyFields: "Dòng {line}: có {found} ô nhưng danh sách chỉ có {expected} cột (có thể một ô có dấu phẩy, chấm phẩy hoặc tab mà không đặt trong ngoặc kép); bỏ qua dòng này.",
  unitsDistrictCode: "Dòng {line}: mã {code} là mã của dòng toàn địa bàn (toàn xã, phường hoặc tỉnh), nên “{name}” được dùng làm dòng đó: chỉ nhập các chỉ tiêu chung của cả địa bàn, không nhận chỉ tiêu của trường. Nếu đây là một trường, hãy đổi sang mã khác.",
  paneUnitsNoticesTitle: "Lưu ý về danh sách ({count})",
  cliAppendixUserCellsUncarried: "Không ghi sổ: {count} ô người dùng thêm vào các trang của sổ không chuyển được sang sổ mới (trùng chỗ sổ mới ghi, hoặc nằm cạnh dòng không còn): {cells}. Hãy chuyển các ô này ra chỗ trống hoặc sang trang riêng rồi chạy lại; tệp chưa bị thay đổi.",
} as const satisfies Record<string, string>;
