// Formulas carried to another row of a rewritten book move as Excel moves a copied formula.
import { slideFormula } from "../../src/workbook/a1";

test("relative parts move, anchored parts, text and quoted sheet names stay", () => {
  expect(slideFormula("A2*2+$B2+C$2+$D$2", 3, 1)).toBe("B5*2+$B5+D$2+$D$2");
  expect(slideFormula(`IF(A2>0,"A2 đạt",'Thực hiện A1'!B2)`, 1, 0)).toBe(`IF(A3>0,"A2 đạt",'Thực hiện A1'!B3)`);
  expect(slideFormula("LOG10(A2)+SUM(A2:A9)", 1, 0)).toBe("LOG10(A3)+SUM(A3:A10)");
  expect(slideFormula("A2", -5, 0)).toBe("A2");
});
