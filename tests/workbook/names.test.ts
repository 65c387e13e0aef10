// The workbook's names are a contract: issue 3 fixes them, books already
// handed out are read back by them, and the CLI and add-in rely on them. The
// names come from the message catalog, so this guards the catalog's entries.
import { STATUSES } from "../../src/domain/tracking";
import { t } from "../../src/i18n/messages";
import { SHEET, SUMMARY_COLUMNS, TABLE, TARGET_COLUMNS, TRACKING_COLUMNS, UNIT_COLUMNS } from "../../src/workbook/layout";

describe("workbook names", () => {
  it("match issue 3", () => {
    expect(SHEET).toEqual({
      targets: "Chỉ tiêu",
      units: "Đơn vị",
      tracking: "Thực hiện",
      summary: "Tổng hợp",
      settings: "Cài đặt",
      // Issue 12: who has sent their figures, and a return file's instructions.
      submissions: "Tình hình nộp",
      instructions: "Hướng dẫn",
    });
    expect(TABLE).toEqual({ targets: "ChiTieu", units: "DonVi", tracking: "ThucHien", summary: "TongHop", submissions: "TinhHinhNop" });
    expect(TARGET_COLUMNS.map((column) => column.header)).toEqual(
      expect.arrayContaining(["Mã", "Mục", "Cấp học", "Chỉ tiêu", "Phạm vi", "Điều kiện", "Ngưỡng", "Ngưỡng trên", "Đơn vị tính", "Kỳ", "Loại", "Trích dẫn"]),
    );
    expect(UNIT_COLUMNS.map((column) => column.header)).toEqual(["Mã đơn vị", "Tên đơn vị", "Cấp học", "Xã/phường", "Vùng"]);
    expect(TRACKING_COLUMNS.map((column) => column.header)).toEqual(
      expect.arrayContaining([
        "Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Điều kiện", "Ngưỡng", "Tử số", "Mẫu số",
        "Giá trị đầu kỳ", "Giá trị", "Chênh lệch", "Trạng thái", "Ghi chú",
      ]),
    );
    // Tổng hợp's letters are read by the appendices' formulas: the status counts stay in O:S, columns are only added after them.
    expect(SUMMARY_COLUMNS.slice(14, 19).map((column) => column.header)).toEqual([...STATUSES]);
    expect(SUMMARY_COLUMNS.slice(19).map((column) => column.header)).toEqual(["Đơn vị thiếu mẫu số"]);
  });

  it("name statuses in the catalog as the engine does", () => {
    const keys = ["wbStatusMet", "wbStatusNear", "wbStatusMissed", "wbStatusMissing", "wbStatusInvalid"] as const;
    expect(keys.map((key) => t(key, "vi"))).toEqual([...STATUSES]);
    expect(keys.map((key) => t(key, "en"))).toEqual(["Met", "Nearly met", "Not met", "Missing data", "Invalid"]);
  });
});
