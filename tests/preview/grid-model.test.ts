// The preview grid's pure model (src/preview/grid-model.ts): where keys take
// the selection, how clipboard text becomes cells (fast-check: whatever
// cells are copied come back as the same cells), and what a pasted block
// writes, refuses and warns about on the real Thực hiện sheet.
import fc from "fast-check";
import {
  type Area,
  enterTarget,
  type GridShape,
  type NavState,
  navigate,
  parseClipboard,
  planEntries,
  refusalLines,
  tabTarget,
  toClipboard,
  warningLines,
} from "../../src/preview/grid-model";
import { viewOf } from "../../src/preview/sheet-view";
import { t } from "../../src/i18n/messages";
import { parseCell } from "../../src/workbook/a1";
import { SHEET } from "../../src/workbook/layout";
import { bookSpec, trackingCell } from "./fixture";

/** A protected 4 × 5 sheet whose entry cells are `open` ("row:column"), column 3 hidden. */
function shape(open: string[], options: { protected?: boolean; merges?: Area[] } = {}): GridShape {
  const cells = new Set(open);
  return {
    rows: 4,
    columns: 5,
    protected: options.protected ?? true,
    isHidden: (column) => column === 3,
    merge: (row, column) => options.merges?.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right) ?? null,
    editable: (row, column) => cells.has(`${row}:${column}`),
  };
}

const at = (row: number, column: number): NavState => ({ selection: { anchor: { row, column }, focus: { row, column } }, tabOrigin: null });
const key = (name: string, shift = false, ctrl = false) => ({ key: name, shift, ctrl });

describe("navigation", () => {
  const sheet = shape(["1:2", "1:4", "2:5", "3:2", "4:1"]);

  it("Tab goes from entry cell to entry cell in reading order on a protected sheet, Shift+Tab back", () => {
    expect(tabTarget(sheet, { row: 1, column: 2 }, true)).toEqual({ row: 1, column: 4 });
    expect(tabTarget(sheet, { row: 1, column: 4 }, true)).toEqual({ row: 2, column: 5 });
    expect(tabTarget(sheet, { row: 2, column: 5 }, true)).toEqual({ row: 3, column: 2 });
    expect(tabTarget(sheet, { row: 3, column: 2 }, false)).toEqual({ row: 2, column: 5 });
    // None further: it stays.
    expect(tabTarget(sheet, { row: 4, column: 1 }, true)).toEqual({ row: 4, column: 1 });
    expect(tabTarget(sheet, { row: 1, column: 2 }, false)).toEqual({ row: 1, column: 2 });
  });

  it("Tab on an unprotected sheet is the next visible column, skipping hidden ones", () => {
    const plain = shape([], { protected: false });
    expect(tabTarget(plain, { row: 2, column: 2 }, true)).toEqual({ row: 2, column: 4 });
    expect(tabTarget(plain, { row: 2, column: 4 }, false)).toEqual({ row: 2, column: 2 });
    expect(tabTarget(plain, { row: 2, column: 5 }, true)).toEqual({ row: 2, column: 5 });
  });

  it("Enter goes down, Shift+Enter up, back to the column a run of Tabs started from", () => {
    const open = shape(["1:1", "1:2", "1:4", "2:1", "2:2", "2:4", "3:1"]);
    let state = at(1, 1);
    state = navigate(open, state, key("Tab")) as NavState;
    state = navigate(open, state, key("Tab")) as NavState;
    expect(state.selection.anchor).toEqual({ row: 1, column: 4 });
    expect(state.tabOrigin).toBe(1);
    state = navigate(open, state, key("Enter")) as NavState;
    expect(state).toEqual(at(2, 1));
    state = navigate(open, state, key("Enter", true)) as NavState;
    expect(state.selection.anchor).toEqual({ row: 1, column: 1 });
  });

  it("Enter onto a row whose cell is locked lands on that row's nearest entry cell, never skipping the row", () => {
    expect(enterTarget(sheet, { row: 1, column: 4 }, null, true)).toEqual({ row: 2, column: 5 });
    expect(enterTarget(sheet, { row: 3, column: 2 }, null, true)).toEqual({ row: 4, column: 1 });
    // The last row: nowhere further down.
    expect(enterTarget(sheet, { row: 4, column: 1 }, null, true)).toEqual({ row: 4, column: 1 });
  });

  it("arrows move and extend with Shift, clamp at the edges and land on a merge's top-left", () => {
    const merged = shape([], { merges: [{ top: 2, left: 1, bottom: 3, right: 2 }] });
    expect(navigate(merged, at(1, 1), key("ArrowDown"))?.selection.anchor).toEqual({ row: 2, column: 1 });
    expect(navigate(merged, at(2, 1), key("ArrowDown"))?.selection.anchor).toEqual({ row: 4, column: 1 });
    expect(navigate(merged, at(1, 1), key("ArrowUp"))?.selection.anchor).toEqual({ row: 1, column: 1 });
    expect(navigate(merged, at(1, 2), key("ArrowRight"))?.selection.anchor).toEqual({ row: 1, column: 4 });
    expect(navigate(merged, at(1, 1), key("ArrowRight", true))?.selection).toEqual({ anchor: { row: 1, column: 1 }, focus: { row: 1, column: 2 } });
    expect(navigate(merged, at(3, 4), key("Home", false, true))?.selection.anchor).toEqual({ row: 1, column: 1 });
    expect(navigate(merged, at(1, 1), key("End", false, true))?.selection.anchor).toEqual({ row: 4, column: 5 });
    expect(navigate(merged, at(1, 1), key("F2"))).toBeNull();
    expect(navigate(merged, at(1, 1), key("a"))).toBeNull();
  });
});

describe("the clipboard", () => {
  it("reads tab- and newline-separated cells, CRLF or LF, one trailing line break ignored", () => {
    expect(parseClipboard("1\t2\r\n3\t4\r\n")).toEqual([["1", "2"], ["3", "4"]]);
    expect(parseClipboard("a\n\nb")).toEqual([["a"], [""], ["b"]]);
    expect(parseClipboard("")).toEqual([[""]]);
    expect(parseClipboard("x\t")).toEqual([["x", ""]]);
    // Excel quotes a cell holding a line break or a tab.
    expect(parseClipboard('"a\nb"\t"say ""hi"""\nc')).toEqual([["a\nb", 'say "hi"'], ["c"]]);
    // A quote that does not close a cell is text.
    expect(parseClipboard('"5 tuổi" trở lên\t1')).toEqual([['"5 tuổi" trở lên', "1"]]);
  });

  it("gives back any copied block of cells unchanged (property)", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "1", ",", ".", " ", '"', "\t", "\n", "\r", "ư", "%") });
    const block = fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(text, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(block, (rows) => {
        expect(parseClipboard(toClipboard(rows))).toEqual(rows);
        // Text from elsewhere may end without the last line break.
        const last = rows[rows.length - 1];
        if (last.length > 1 || last[0] !== "") expect(parseClipboard(toClipboard(rows).replace(/\r\n$/, ""))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it("never loses or invents a cell in plain tab-separated text (property)", () => {
    const plain = fc.string({ unit: fc.constantFrom("a", "1", ",", ".", " ", "ư", "-") });
    fc.assert(
      fc.property(fc.array(fc.array(plain, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        // A last row of one empty cell is a trailing line break, which is no row (as when pasting into Excel).
        const last = rows[rows.length - 1];
        fc.pre(rows.length === 1 || last.length > 1 || last[0] !== "");
        const parsed = parseClipboard(rows.map((row) => row.join("\t")).join("\n"));
        expect(parsed).toEqual(rows);
      }),
    );
  });
});

describe("entries on Thực hiện", () => {
  const spec = bookSpec();
  const sheet = viewOf(spec.sheets.find((candidate) => candidate.name === SHEET.tracking) ?? spec.sheets[0]);
  const numerator = parseCell(trackingCell(spec, "TH01", "T001", "numerator"));

  it("keeps the good cells of a paste and names the refused ones and their values", () => {
    // Tử số, Mẫu số, then Đầu kỳ (locked: not a change target) on the rate row; the count's Tử số below is locked too.
    const plan = planEntries(sheet, numerator, [
      ["985", "1.000", "7"],
      ["abc", "", ""],
    ]);
    expect(plan.values[0].slice(0, 2)).toEqual([985, 1000]);
    expect(plan.values[0][2]).toBeUndefined();
    expect(plan.written).toBe(2);
    const lines = refusalLines(plan.refused, "vi");
    expect(lines).toContain(t("entryPasteLocked", "vi", { cell: "K2" }));
    expect(lines).toContain(t("entryPasteLocked", "vi", { cell: "I3" }));
    expect(plan.refused.map((refusal) => refusal.address)).toEqual(["K2", "I3", "J3", "K3"]);
  });

  it("refuses text in a rate's Tử số as not a number, and a Tử số above the Mẫu số pasted beside it", () => {
    const text = planEntries(sheet, numerator, [["abc", "40"]]);
    expect(refusalLines(text.refused, "vi")).toEqual(["Ô I2: “abc” không phải số"]);
    expect(refusalLines(text.refused, "en")).toEqual(["Cell I2: “abc” is not a number"]);
    expect(text.values[0]).toEqual([undefined, 40]);

    const above = planEntries(sheet, numerator, [["50", "40"]]);
    // Tử số 50 is taken first (no Mẫu số yet); Mẫu số 40 below it is the one refused.
    expect(above.values[0]).toEqual([50, undefined]);
    expect(refusalLines(above.refused, "vi")).toEqual([t("entryPasteRule", "vi", { cell: "J2", value: "40", rule: t("entryDvDenominatorTitle", "vi") })]);
  });

  it("keeps a count far above its plan figure, with a warning", () => {
    const count = parseCell(trackingCell(spec, "TH01", "T002", "value"));
    const plan = planEntries(sheet, count, [["500"]]);
    expect(plan.values).toEqual([[500]]);
    expect(plan.refused).toEqual([]);
    expect(warningLines(plan.warnings, "vi")).toEqual([
      t("entryWarningLine", "vi", { cell: "L3", value: "500", message: `${t("entryDvCountWarningTitle", "vi")}: ${t("entryDvCountPrompt", "vi", { factor: 5 })}` }),
    ]);
    expect(planEntries(sheet, count, [["25"]]).warnings).toEqual([]);
  });

  it("checks the district's attainment-free count and clears any entry cell", () => {
    const cleared = planEntries(sheet, numerator, [["", ""]]);
    expect(cleared.values).toEqual([[null, null]]);
    expect(cleared.refused).toEqual([]);
  });
});
