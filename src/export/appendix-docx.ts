// Phụ lục I and II as a Word document, because plans are Word documents and
// officers attach the appendices to them: the same heading block, tables and
// status colours as the sheets (src/workbook/appendix), with the figures as
// they stand now (the engine's values the sheets cache), written the
// Vietnamese way. Each appendix is its own section: A4, landscape when wide,
// the decree's margins, header rows repeated on every page, page numbers
// centred at the top from page 2, starting again at 1.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { t } from "../i18n/messages";
import { formatFigure } from "../workbook/appendix/figures";
import { issuerBlock } from "../workbook/appendix/heading";
import type { AppendixCell, AppendixRow, AppendixTable } from "../workbook/appendix/tables";
import { isFormula } from "../workbook/spec";
import { isStatus, STATUS_LOOK } from "../workbook/verdicts";

const FONT = "Times New Roman";
/** Half-points, as Word counts font sizes. */
const SIZE = { issuer: 26, heading: 28, table: 24 };
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** What a cell shows now: the cached result of a formula, or the literal. */
export function shownText(cell: AppendixCell): string {
  const value = isFormula(cell.content) ? cell.content.result : cell.content;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "number") return formatFigure(value, cell.format);
  return value;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function line(text: string, options: { size: number; bold?: boolean; italic?: boolean; align: keyof typeof ALIGN; after?: number }): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align],
    spacing: { before: 0, after: options.after ?? 0 },
    children: [new TextRun({ text, font: FONT, size: options.size, bold: options.bold, italics: options.italic })],
  });
}

function cell(text: string, width: number, options: { bold?: boolean; align: keyof typeof ALIGN; columnSpan?: number; rowSpan?: number; status?: boolean }): TableCell {
  const colors = options.status && isStatus(text) ? STATUS_LOOK[text] : null;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    borders: BORDERS,
    margins: { left: 45, right: 45, top: 20, bottom: 20 },
    shading: colors ? { type: ShadingType.CLEAR, color: "auto", fill: colors.fill } : undefined,
    children: [
      new Paragraph({
        alignment: ALIGN[options.align],
        children: [new TextRun({ text, font: FONT, size: SIZE.table, bold: options.bold, color: colors?.color })],
      }),
    ],
  });
}

function table(appendix: AppendixTable, printable: number): Table {
  const total = appendix.widths.reduce((sum, width) => sum + width, 0);
  const widths = appendix.widths.map((width) => Math.floor((width / total) * printable));
  const spanned = (column: number, span: number): number => widths.slice(column, column + span).reduce((sum, width) => sum + width, 0);
  const headerRows = [0, 1].map(
    (row) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: appendix.header
          .filter((header) => header.row === row)
          .sort((a, b) => a.column - b.column)
          .map((header) =>
            cell(header.text, spanned(header.column, header.colSpan), {
              bold: true,
              align: "center",
              columnSpan: header.colSpan > 1 ? header.colSpan : undefined,
              rowSpan: header.rowSpan > 1 ? header.rowSpan : undefined,
            }),
          ),
      }),
  );
  const bodyRow = (row: AppendixRow): TableRow =>
    new TableRow({
      cantSplit: true,
      children: row.cells.map((content, c) =>
        cell(shownText(content), widths[c], { bold: row.kind !== "item", align: content.align, status: content.status }),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [...headerRows, ...appendix.rows.map(bodyRow)],
  });
}

/**
 * The issuer block as Nghị định 30 prints it: the governing body in regular
 * capitals above the issuing body in bold ("UBND TỈNH PHÚ THỌ" over "SỞ GIÁO
 * DỤC VÀ ĐÀO TẠO"); the issuing body alone when there is none.
 */
function issuerParagraphs(text: string): Paragraph[] {
  const { governing, issuing } = issuerBlock(text);
  return [
    ...governing.map((governingLine) => line(governingLine, { size: SIZE.issuer, align: "left" })),
    line(issuing, { size: SIZE.issuer, bold: true, align: "left", after: 240 }),
  ];
}

function section(appendix: AppendixTable): ConstructorParameters<typeof Document>[0]["sections"][number] {
  const landscape = appendix.orientation === "landscape";
  const pageWidth = landscape ? A4.height : A4.width;
  const printable = pageWidth - MARGIN.left - MARGIN.right;
  const { heading } = appendix;
  return {
    properties: {
      titlePage: true,
      page: {
        // docx swaps width and height itself for landscape.
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: MARGIN,
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.heading })],
          }),
        ],
      }),
      // The decree shows no number on an appendix's first page.
      first: new Header({ children: [new Paragraph({})] }),
    },
    children: [
      ...issuerParagraphs(heading.issuer),
      line(heading.label, { size: SIZE.heading, bold: true, align: "center" }),
      line(heading.title, { size: SIZE.heading, bold: true, align: "center" }),
      line(heading.attachedTo, { size: SIZE.heading, italic: true, align: "center", after: 240 }),
      table(appendix, printable),
    ],
  };
}

/** Both appendices as .docx bytes; works in Node and in the browser. */
export async function appendixDocx(tables: readonly AppendixTable[]): Promise<Uint8Array> {
  const document = new Document({
    creator: t("appName", "vi"),
    styles: { default: { document: { run: { font: FONT, size: SIZE.table } } } },
    sections: tables.map(section),
  });
  return Packer.pack(document, "uint8array");
}
