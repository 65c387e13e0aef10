// The reader's own .xlsx parsing (src/hosts/xlsx/sheet-xml.ts): every kind of
// cell Excel and LibreOffice write, rows in any order, prefixed namespaces,
// and a tracking book whose big sheet was rewritten the way other programs
// write it (inline strings, rows out of order) reading back the same.

import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { inflatePart } from "../../src/hosts/xlsx/inflate";
import { inflatePart as inflateInBrowser } from "../../src/hosts/xlsx/inflate.browser";
import { readTrackingWorkbook, WorkbookReadError } from "../../src/hosts/xlsx/read";
import { type RawCell, XlsxBook } from "../../src/hosts/xlsx/sheet-xml";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { describeWorkbook } from "../../src/workbook/describe";
import { agreementPlan, edgeUnits, fillEntries, sampleUnits } from "../helpers/tracking-fixture";

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function zip(files: Record<string, string>): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [name, text] of Object.entries(files)) archive.file(name, text);
  return archive.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const handMade = () =>
  zip({
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Target="worksheets/a.xml" Id="rId7" Type="${REL}/worksheet"/><Relationship Id="rId9" Type="${REL}/sharedStrings" Target="strings.xml"/></Relationships>`,
    "xl/workbook.xml": `<x:workbook ${NS}><x:sheets><x:sheet r:id="rId7" sheetId="1" name="Thử &amp; xem"/></x:sheets></x:workbook>`,
    "xl/strings.xml": `<x:sst ${NS}><x:si><x:t>một</x:t></x:si><x:si><x:r><x:t xml:space="preserve">98,</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>5</x:t></x:r><x:rPh sb="0" eb="1"><x:t>PH</x:t></x:rPh></x:si><x:si><x:t/></x:si><x:si><x:t>a &lt; b &amp; c</x:t></x:si></x:sst>`,
    "xl/worksheets/a.xml": `<?xml version="1.0" encoding="UTF-8"?><x:worksheet ${NS}><x:sheetData>
      <x:row r="3"><x:c r="B3" t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line</x:t></x:r></x:is></x:c><x:c><x:v>1.5E2</x:v></x:c></x:row>
      <!-- a comment <x:c r="Z9"><x:v>1</x:v></x:c> -->
      <x:row r="1" spans='1:8' x:note="a>b"><x:c r="A1" s="2" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="n"><x:v>-0.25</x:v></x:c><x:c r="C1" t="b"><x:v>1</x:v></x:c><x:c r="D1" t="b"><x:v>0</x:v></x:c><x:c r="E1" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="F1" t="s"><x:v>2</x:v></x:c><x:c r="G1" t="s"><x:v>3</x:v></x:c><x:c r='H1' t='str'><x:v>&#272;&#x1EA1;t</x:v></x:c></x:row>
      <x:row><x:c r="A2"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="B2" t="str"><x:f>""</x:f><x:v></x:v></x:c><x:c r="C2"><x:f t="shared" si="0" ref="C2:C4">$A2+B2</x:f><x:v>0</x:v></x:c><x:c r="D2"><x:f>A1</x:f></x:c><x:c r="E2" t="str"><x:f>"Đạt"</x:f><x:v>Đạt</x:v></x:c><x:c r="F2" t="e"><x:f>#N/A</x:f><x:v>#N/A</x:v></x:c><x:c r="G2" t="inlineStr"><x:is><x:t><![CDATA[<cdata>]]></x:t></x:is></x:c><x:c r="H2"/><x:c r="I2"><x:v></x:v></x:c></x:row>
      <x:row r="4"><x:c r="C4"><x:f t="shared" si="0"/><x:v>7</x:v></x:c><x:c r="D4"><x:f t="shared" si="5"/><x:v>1</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`,
  });

describe("XlsxBook", () => {
  it("reads every kind of cell, wherever its row is in the file", async () => {
    const book = new XlsxBook(await handMade());
    expect(book.hasSheet("Thử & xem")).toBe(true);
    expect(book.hasSheet("Sheet1")).toBe(false);
    expect(book.cells("Sheet1")).toBeNull();
    const cells = book.cells("Thử & xem") as Map<string, RawCell>;
    const plain = (value: RawCell["value"]) => ({ value, formula: false });
    // The formula's text too, a shared formula's later cells moved from its first (a group never started has none).
    const formula = (value: RawCell["value"], formulaText?: string) => (formulaText === undefined ? { value, formula: true } : { value, formula: true, formulaText });
    expect(Object.fromEntries(cells)).toEqual({
      "1:1": plain("một"),
      "1:2": plain(-0.25),
      "1:3": plain("TRUE"),
      "1:4": plain("FALSE"),
      "1:5": plain({ error: "#DIV/0!" }),
      "1:7": plain("a < b & c"),
      "1:8": plain("Đạt"),
      "2:1": formula(2, "1+1"),
      "2:2": formula(null, '""'),
      "2:3": formula(0, "$A2+B2"),
      "2:4": formula(null, "A1"),
      "2:5": formula("Đạt", '"Đạt"'),
      "2:6": formula({ error: "#N/A" }, "#N/A"),
      "2:7": plain("<cdata>"),
      "3:2": plain("98,5"),
      "3:3": plain("inline"),
      "3:4": plain(150),
      "4:3": formula(7, "$A4+B4"),
      "4:4": formula(1),
    });
    // Cells turned down are skipped, formulas and all; the columns after them still count.
    const kept: string[] = [];
    book.eachCell("Thử & xem", (row, col) => kept.push(`${row}:${col}`), (row, col) => row !== 2 && col !== 2);
    expect(kept).toEqual(["3:3", "3:4", "1:1", "1:3", "1:4", "1:5", "1:7", "1:8", "4:3", "4:4"]);
  });
});

describe("readTrackingWorkbook on sheets written differently", () => {
  it("reads the same book when Thực hiện has inline strings and rows in reverse order", async () => {
    const plan = agreementPlan("dam-ha-2024");
    const units = [...sampleUnits(3), ...edgeUnits(10)];
    const entries = fillEntries(plan, units, { ratePoints: 1, countShare: 0.05 }, 11);
    const bytes = await writeXlsx(describeWorkbook(plan, units, { entries }));
    const expected = await readTrackingWorkbook(bytes);

    const archive = await JSZip.loadAsync(bytes);
    const strings = [...(await archive.file("xl/sharedStrings.xml")?.async("string") ?? "").matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]);
    const sheet = "xl/worksheets/sheet3.xml";
    let xml = (await archive.file(sheet)?.async("string")) ?? "";
    expect(xml).toContain("<sheetData>");
    xml = xml.replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g, (_, ref: string, style = "", index: string) => {
      return `<c r="${ref}"${style} t="inlineStr"><is>${strings[Number(index)]}</is></c>`;
    });
    xml = xml.replace(/<sheetData>(.*)<\/sheetData>/s, (_, rows: string) => `<sheetData>${(rows.match(/<row[^>]*>.*?<\/row>/gs) ?? []).reverse().join("")}</sheetData>`);
    expect(xml).toContain('t="inlineStr"');
    archive.file(sheet, xml);
    const rewritten = await archive.generateAsync({ type: "uint8array", compression: "DEFLATE" });

    expect(await readTrackingWorkbook(rewritten)).toEqual(expected);
  });

  it("calls a book with a broken sheet unreadable", async () => {
    const plan = agreementPlan("dam-ha-2024");
    const archive = await JSZip.loadAsync(await writeXlsx(describeWorkbook(plan, sampleUnits(2))));
    const sheet = "xl/worksheets/sheet3.xml";
    const xml = (await archive.file(sheet)?.async("string")) ?? "";
    archive.file(sheet, xml.slice(0, Math.floor(xml.length / 2)));
    const error = await readTrackingWorkbook(await archive.generateAsync({ type: "uint8array" })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).key).toBe("wbErrorUnreadable");
  });
});

describe("the browser's inflater (./inflate.browser.ts, fflate)", () => {
  it("gives Node's zlib's bytes, and null past the cap, however the data is sliced", () => {
    const text = new TextEncoder().encode(Array.from({ length: 40_000 }, (_, i) => `<c r="A${i}"><v>${i * 7}</v></c>`).join(""));
    const packed = deflateRawSync(text);
    for (const inflate of [inflatePart, inflateInBrowser]) {
      expect(Buffer.from(inflate(packed, text.length) as Uint8Array).equals(Buffer.from(text))).toBe(true);
      expect(inflate(packed, text.length - 1)).toBeNull();
    }
    expect(inflateInBrowser(deflateRawSync(new Uint8Array(0)), 10)).toEqual(new Uint8Array(0));
  });

  it("reads a whole tracking book the same as Node's zlib", async () => {
    jest.resetModules();
    const calls = { count: 0 };
    jest.doMock("../../src/hosts/xlsx/inflate", () => {
      const browser = jest.requireActual<typeof import("../../src/hosts/xlsx/inflate.browser")>("../../src/hosts/xlsx/inflate.browser");
      return { inflatePart: (data: Uint8Array, cap: number) => (calls.count++, browser.inflatePart(data, cap)) };
    });
    const plan = agreementPlan("dam-ha-2024");
    const units = sampleUnits(4);
    const bytes = await writeXlsx(describeWorkbook(plan, units, { entries: fillEntries(plan, units, { ratePoints: 1, countShare: 0.05 }, 3) }));
    const inBrowser = (await import("../../src/hosts/xlsx/read")) as typeof import("../../src/hosts/xlsx/read");
    expect(inBrowser.readTrackingWorkbook).not.toBe(readTrackingWorkbook);
    expect(await inBrowser.readTrackingWorkbook(bytes)).toEqual(await readTrackingWorkbook(bytes));
    expect(calls.count).toBeGreaterThan(3);
    jest.dontMock("../../src/hosts/xlsx/inflate");
  });
});
