import { type PositionedText, rebuildLines } from "../../src/readers/pdf-lines";

function frag(str: string, x: number, y: number, extra: Partial<PositionedText> = {}): PositionedText {
  return { str, x, y, width: str.length * 5, fontSize: 10, hasEOL: false, ...extra };
}

describe("PDF line rebuilding", () => {
  test("fragments on one baseline join; touching fragments join without a space", () => {
    expect(rebuildLines([frag("Huy ", 0, 700), frag("động", 20, 700), frag("trẻ", 45, 700)])).toEqual(["Huy động trẻ"]);
    expect(rebuildLines([frag("99", 0, 700), frag(",5%", 10, 700)])).toEqual(["99,5%"]);
  });

  test("a baseline change starts a new line; a raised word stays on its line", () => {
    const lines = rebuildLines([
      frag("dòng một", 0, 700),
      frag("TM", 40, 703, { fontSize: 6 }),
      frag("dòng hai", 0, 686),
    ]);
    expect(lines).toEqual(["dòng mộtTM", "dòng hai"]);
  });

  test("footnote markers (small raised numbers) are dropped after a figure and before the footnote text", () => {
    const lines = rebuildLines([
      frag("duy trì sĩ số đạt 99,8%", 72, 478.5),
      frag("1", 186.2, 482.4, { fontSize: 5.8, width: 3.7 }),
      frag("trở lên", 195, 478.5),
      frag("1", 72, 78.2, { fontSize: 5.8, width: 3.7 }),
      frag("Theo Kế hoạch số 1872/KH-SGDĐT.", 75.8, 74.3),
    ]);
    expect(lines).toEqual(["duy trì sĩ số đạt 99,8% trở lên", "Theo Kế hoạch số 1872/KH-SGDĐT."]);
  });

  test("numbers of normal size on the baseline are kept, even when set in a smaller font", () => {
    expect(rebuildLines([frag("đạt", 0, 700), frag("95", 20, 700, { fontSize: 6 })])).toEqual(["đạt 95"]);
  });

  test("pdf.js end-of-line marks end lines even on the same baseline", () => {
    expect(rebuildLines([frag("a", 0, 700, { hasEOL: true }), frag("b", 0, 700)])).toEqual(["a", "b"]);
  });

  test("empty end-of-line fragments and blank lines leave no empty lines", () => {
    const lines = rebuildLines([
      frag("một", 0, 700),
      frag("", 15, 700, { hasEOL: true, width: 0 }),
      frag(" ", 0, 686, { hasEOL: true }),
      frag("hai", 0, 672),
    ]);
    expect(lines).toEqual(["một", "hai"]);
  });

  test("a wide gap between table cells becomes one space", () => {
    expect(rebuildLines([frag("Chỉ tiêu", 0, 700), frag("Năm 2023", 200, 700)])).toEqual(["Chỉ tiêu Năm 2023"]);
  });
});
