import type { Op, TargetKind } from "../../src/domain/plan";
import { readComparator } from "../../src/domain/extract/comparators";

function read(lead: string, tail = "", kind: TargetKind = "target", isPercent = true): Op {
  return readComparator({ lead, tail, kind, isPercent, isRange: false, clause: lead }).op;
}

describe("comparator grammar", () => {
  it.each<[string, string, Op]>([
    ["huy động trẻ đạt ", "", "gte"],
    ["đạt từ ", " trở lên", "gte"],
    ["phấn đấu ", " trở lên", "gte"],
    ["tối thiểu ", "", "gte"],
    ["ít nhất ", "", "gte"],
    ["không dưới ", "", "gte"],
    ["trên ", "", "gt"],
    ["hơn ", "", "gt"],
    ["vượt ", "", "gt"],
    ["dưới ", "", "lt"],
    ["xuống dưới ", "", "lt"],
    ["giảm tỷ lệ bỏ học còn dưới ", "", "lt"],
    ["giảm xuống còn dưới ", "", "lt"],
    ["không quá ", "", "lte"],
    ["tối đa ", "", "lte"],
    ["", " trở xuống", "lte"],
    ["khoảng ", "", "approx"],
    ["tăng ", " so với năm học trước", "increase_by"],
    ["giảm ", " trở lên so với đầu năm học", "decrease_by"],
    ["tỷ lệ 99,6% (+", "", "increase_by"],
    ["nâng tỷ lệ lên ", "", "gte"],
  ])("%p … %p → %s", (lead, tail, op) => {
    expect(read(lead, tail)).toBe(op);
  });

  it("only reads words next to the number", () => {
    // "từ TB trở lên" qualifies the rating, the figure itself is "trên 98,2%".
    expect(read("xếp loại hạnh kiểm từ TB trở lên trên ")).toBe("gt");
    expect(read("học sinh được đánh giá từ Đạt trở lên ")).toBe("gte");
  });

  it("treats a list bullet as a bullet, not a sign", () => {
    expect(read("- ")).toBe("gte");
    expect(read("+ ")).toBe("gte");
  });

  it("defaults by kind and unit", () => {
    expect(read("", "", "baseline")).toBe("eq");
    expect(read("mầm non đạt ", "", "baseline")).toBe("eq");
    expect(read("có ", "", "target", false)).toBe("eq");
    expect(read("duy trì ", "", "target", false)).toBe("gte");
    expect(read("nhẹ cân giảm còn ", "", "baseline")).toBe("eq");
    expect(read("giảm còn ", "", "target")).toBe("lte");
  });

  it("reads ranges as between and keeps the quote's comparator words", () => {
    const r = readComparator({ lead: "thêm ", tail: "", kind: "target", isPercent: false, isRange: true, clause: "" });
    expect(r.op).toBe("between");
    const q = readComparator({ lead: "đạt từ ", tail: " trở lên;", kind: "target", isPercent: true, isRange: false, clause: "" });
    expect(q).toMatchObject({ op: "gte", leadLength: 3, explicit: true });
    expect(q.tailLength).toBe(" trở lên".length);
  });
});
