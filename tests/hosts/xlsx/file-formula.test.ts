// Newer functions are saved with "_xlfn." in an .xlsx file, or Excel reads
// them as unknown names (#NAME?) until the cell is edited.
import { fileFormula } from "../../../src/hosts/xlsx/file-formula";

describe("formulas as the .xlsx stores them", () => {
  it("prefix TEXTJOIN, once, outside strings and quoted sheet names", () => {
    expect(fileFormula('IFERROR(TEXTJOIN(", ",TRUE,A1:A3),"")')).toBe('IFERROR(_xlfn.TEXTJOIN(", ",TRUE,A1:A3),"")');
    expect(fileFormula("_xlfn.TEXTJOIN(\",\",TRUE,A1:A3)")).toBe("_xlfn.TEXTJOIN(\",\",TRUE,A1:A3)");
    expect(fileFormula('IF(A1="TEXTJOIN(",\'TEXTJOIN(x\'!A1,textjoin(",",TRUE,B1:B2))')).toBe(
      'IF(A1="TEXTJOIN(",\'TEXTJOIN(x\'!A1,_xlfn.TEXTJOIN(",",TRUE,B1:B2))',
    );
  });

  it("leave other formulas as they are", () => {
    expect(fileFormula("SUMIFS('Thực hiện'!$I:$I,'Thực hiện'!$C:$C,$A2)")).toBe("SUMIFS('Thực hiện'!$I:$I,'Thực hiện'!$C:$C,$A2)");
    expect(fileFormula("MYTEXTJOIN(A1)")).toBe("MYTEXTJOIN(A1)");
  });
});
