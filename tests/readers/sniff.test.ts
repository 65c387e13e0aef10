import { readDocument } from "../../src/readers";
import { fileExtension, isPdf, sniffFormat } from "../../src/readers/sniff";

const bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe("format sniffing", () => {
  test("magic bytes win over the extension", () => {
    expect(sniffFormat(bytes("%PDF-1.7\n..."), "plan.txt")).toBe("pdf");
    expect(sniffFormat(bytes("PK\u0003\u0004...."), "plan.pdf")).toBe("docx");
    expect(sniffFormat(OLE, "plan.docx")).toBe("legacy-doc");
    expect(sniffFormat(bytes("{\\rtf1 abc}"), "plan.docx")).toBe("rtf");
  });

  test("a PDF header may follow some leading junk", () => {
    expect(isPdf(bytes("\r\n\u0000junk%PDF-1.4"))).toBe(true);
    expect(isPdf(bytes(`${" ".repeat(2000)}%PDF-1.4`))).toBe(false);
    expect(isPdf(bytes("%PD"))).toBe(false);
  });

  test("without magic bytes the extension decides", () => {
    expect(sniffFormat(bytes("Kế hoạch"), "plan.txt")).toBe("text");
    expect(sniffFormat(bytes("Kế hoạch"), "PLAN.TXT")).toBe("text");
    expect(sniffFormat(bytes("Kế hoạch"), "plan")).toBe("text");
    expect(sniffFormat(bytes("Kế hoạch"), "plan.docx")).toBe("docx");
    expect(sniffFormat(bytes("Kế hoạch"), "plan.pdf")).toBe("pdf");
    expect(sniffFormat(bytes("Kế hoạch"), "plan.doc")).toBe("legacy-doc");
    expect(sniffFormat(bytes("<html>"), "plan.html")).toBe("unsupported");
    expect(sniffFormat(OLE, "bang.xls")).toBe("unsupported");
  });

  test("file extensions ignore folders and dot-files", () => {
    expect(fileExtension("/a.b/c")).toBe("");
    expect(fileExtension(".bashrc")).toBe("");
    expect(fileExtension("C:\\x\\Kế hoạch.DOCX")).toBe("docx");
  });

  test("unsupported types get the unsupported message", async () => {
    await expect(readDocument(bytes("\u0089PNG\r\n\u001a\n...."), "anh.png")).rejects.toMatchObject({
      key: "readErrorUnsupported",
      params: { file: "anh.png" },
    });
  });
});
