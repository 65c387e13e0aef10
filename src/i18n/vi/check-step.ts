// The message catalog, Vietnamese (the source text; ../en/check-step.ts says each in English).
// the pane's Kiểm tra step
// on rows that have no figures yet, and the Đơn vị step on a second list and
// on schools worth a look.
// `{name}` placeholders are filled by `t` (../messages.ts).

export const checkStepVi = {
  paneCheckMissingFigures: "{count} trên {total} dòng chưa có số liệu: các dòng này chưa được đánh giá.",
  paneCheckFirstMissing: "Tới dòng đầu tiên chưa có số liệu: {target} · {unit} (ô {cell})",
  paneCheckNoGapsYet: "Trong {count} dòng đã có số liệu, không có dòng nào chưa đạt hoặc gần đạt.",
  paneUnitsModeLabel: "Sổ đã có {count} đơn vị. Danh sách dán vào sẽ:",
  paneUnitsModeReplace: "Thay danh sách cũ (đơn vị không có trong danh sách mới bị bỏ; hỏi trước khi mất số liệu)",
  paneUnitsModeAdd: "Thêm vào danh sách cũ",
  paneUnitsNamedTitle: "Cần lưu ý ({count})",
  paneUnitsAlreadyThere: "{name}: đã có trong sổ, không thêm lần nữa.",
  paneUnitsRepeatedName: "{name}: có {count} lần trong danh sách.",
  paneUnitsNoTargets: "{code} – {name}: kế hoạch không có chỉ tiêu nào cho đơn vị này ({levels}), nên đơn vị không có dòng nhập liệu.",
} as const satisfies Record<string, string>;
