/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The preview's workbook view, driven as a person would: sheet tabs, a grid
// to move around with the keyboard and mouse, figures typed into entry
// cells (refused with Excel's message when validation says no), statuses
// recomputed and recoloured, cells the pane selects, and the download.
// Packages resolve to their Node builds here: ExcelJS (for the download) needs
// uuid's CommonJS build, which jsdom's default "browser" condition skips.
import "../addin/jsdom-shims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { t } from "../../src/i18n/messages";
import { PreviewHost } from "../../src/preview/preview-host";
import { plainSheet } from "../../src/workbook/spec";
import { WorkbookView } from "../../src/preview/WorkbookView";
import { COLORS, MODEL_SHEET, SHEET } from "../../src/workbook/layout";
import { renderIn } from "../helpers/render-in";
import { bookSpec, trackingCell } from "./fixture";

expect.extend(toHaveNoViolations);

const spec = bookSpec();
const NUMERATOR = trackingCell(spec, "TH01", "T001", "numerator");
const DENOMINATOR = trackingCell(spec, "TH01", "T001", "denominator");
const STATUS = trackingCell(spec, "TH01", "T001", "status");

function cell(sheet: string, address: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-sheet="${sheet}"][data-cell="${address}"]`);
  if (!found) throw new Error(`no cell ${sheet}!${address}`);
  return found;
}

function grid(): HTMLElement {
  return screen.getByRole("grid");
}

/** Selects a cell with the mouse, then types into it and presses Enter. */
function typeInto(sheet: string, address: string, text: string): void {
  fireEvent.mouseDown(cell(sheet, address));
  fireEvent.keyDown(grid(), { key: "F2" });
  const editor = screen.getByRole("textbox", { name: t("previewCellEditor", "vi", { cell: address }) });
  fireEvent.change(editor, { target: { value: text } });
  fireEvent.keyDown(editor, { key: "Enter" });
}

async function renderBook(): Promise<PreviewHost> {
  const host = new PreviewHost();
  await host.writeBook(spec);
  render(<WorkbookView host={host} />);
  return host;
}

beforeEach(() => {
  document.documentElement.lang = "vi";
});

describe("the preview workbook", () => {
  it("has a tab per visible sheet (never the model sheet) and shows Thực hiện with its header frozen", async () => {
    await renderBook();
    const tablist = screen.getByRole("tablist", { name: t("previewSheetTabs", "vi") });
    const names = [t("previewDefaultSheet", "vi"), ...spec.sheets.filter((sheet) => sheet.name !== MODEL_SHEET).map((sheet) => sheet.name)];
    expect(within(tablist).getAllByRole("tab")).toHaveLength(names.length);
    for (const name of names) expect(within(tablist).getByRole("tab", { name })).toBeTruthy();
    expect(within(tablist).getByRole("tab", { name: SHEET.tracking }).getAttribute("aria-selected")).toBe("true");
    expect(grid().getAttribute("aria-label")).toBe(t("previewGridLabel", "vi", { sheet: SHEET.tracking }));
    expect(cell(SHEET.tracking, "A1").textContent).toBe(t("wbColUnitCode", "vi"));
    expect(cell(SHEET.tracking, STATUS).textContent).toBe("Thiếu số liệu");
    // Entry cells are marked editable; formulas are read-only.
    expect(cell(SHEET.tracking, NUMERATOR).getAttribute("data-editable")).toBe("true");
    expect(cell(SHEET.tracking, STATUS).getAttribute("aria-readonly")).toBe("true");
    // The hidden helper column is not drawn.
    expect(document.querySelector(`[data-sheet="${SHEET.tracking}"][data-cell="Q1"]`)).toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: SHEET.summary }));
    expect(grid().getAttribute("data-sheet")).toBe(SHEET.summary);
  });

  it("recomputes and recolours statuses after an entry, and says so", async () => {
    const host = await renderBook();
    typeInto(SHEET.tracking, NUMERATOR, "985");
    typeInto(SHEET.tracking, DENOMINATOR, "1000");
    expect(cell(SHEET.tracking, NUMERATOR).textContent).toBe("985");
    expect(cell(SHEET.tracking, DENOMINATOR).textContent).toBe("1.000");
    const status = cell(SHEET.tracking, STATUS);
    expect(status.textContent).toBe("Gần đạt");
    expect(status.style.backgroundColor).toBe(hexToRgb(COLORS.near.fill));
    // Rates show two decimals, every one of them (src/workbook/describe.ts, NUM).
    expect(cell(SHEET.tracking, trackingCell(spec, "TH01", "T001", "value")).textContent).toBe("98,50");
    expect(screen.getByRole("status").textContent).toBe(t("previewCellUpdated", "vi", { cell: DENOMINATOR }));
    // Enter moved down a row, as in Excel; row 3 is a count, whose Mẫu số is locked: its entry cell, Giá trị.
    expect(host.selection(SHEET.tracking).anchor).toEqual({ row: 3, column: 12 });
  });

  it("refuses a value against the cell's validation with Excel's message, then Retry or Cancel", async () => {
    await renderBook();
    typeInto(SHEET.tracking, NUMERATOR, "98,5");
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(t("entryDvNumeratorTitle", "vi"))).toBeTruthy();
    expect(within(dialog).getByText(t("entryDvNumeratorError", "vi"))).toBeTruthy();
    // Fluent hides a dialog from assistive tech while it animates in: wait until its buttons can be reached.
    fireEvent.click(await within(dialog).findByRole("button", { name: t("previewRetry", "vi") }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    const editor = await screen.findByRole("textbox", { name: t("previewCellEditor", "vi", { cell: NUMERATOR }) });
    expect((editor as HTMLInputElement).value).toBe("98,5");
    fireEvent.change(editor, { target: { value: "-4" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    fireEvent.click(await screen.findByRole("button", { name: t("previewCancel", "vi") }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(cell(SHEET.tracking, NUMERATOR).textContent).toBe("");
    expect(cell(SHEET.tracking, STATUS).textContent).toBe("Thiếu số liệu");
  });

  it("moves like Excel: Tab to the next entry cell, Shift+Tab back, Enter down to where the Tabs started", async () => {
    const host = await renderBook();
    fireEvent.mouseDown(cell(SHEET.tracking, NUMERATOR));
    // Typing, then Tab: saved, and on to Mẫu số.
    fireEvent.keyDown(grid(), { key: "9" });
    fireEvent.keyDown(screen.getByRole("textbox"), { key: "Tab" });
    expect(cell(SHEET.tracking, NUMERATOR).textContent).toBe("9");
    expect(host.selection(SHEET.tracking).anchor).toEqual({ row: 2, column: 10 });
    // Without editing: Tab skips the locked Đầu kỳ to Giá trị, Shift+Tab comes back.
    fireEvent.keyDown(grid(), { key: "Tab" });
    expect(host.selection(SHEET.tracking).anchor).toEqual({ row: 2, column: 12 });
    fireEvent.keyDown(grid(), { key: "Tab", shiftKey: true });
    expect(host.selection(SHEET.tracking).anchor).toEqual({ row: 2, column: 10 });
    // Enter goes down a row, to the column the Tabs started from (Tử số, locked on the count row: its Giá trị).
    fireEvent.keyDown(grid(), { key: "Enter" });
    expect(host.selection(SHEET.tracking).anchor).toEqual({ row: 3, column: 12 });
    // Shift+Enter goes up in the column it is in.
    fireEvent.keyDown(grid(), { key: "Enter", shiftKey: true });
    expect(host.selection(SHEET.tracking).anchor).toEqual({ row: 2, column: 12 });
    // Enter never starts editing; F2 does.
    expect(screen.queryByRole("textbox")).toBeNull();
    fireEvent.keyDown(grid(), { key: "F2" });
    expect(screen.getByRole("textbox", { name: t("previewCellEditor", "vi", { cell: "L2" }) })).toBeTruthy();
  });

  it("keeps the good cells of a paste and names the refused cells and values", async () => {
    await renderBook();
    fireEvent.mouseDown(cell(SHEET.tracking, NUMERATOR));
    fireEvent.paste(grid(), { clipboardData: { getData: () => "abc\t1.000\r\n" } });
    expect(cell(SHEET.tracking, NUMERATOR).textContent).toBe("");
    expect(cell(SHEET.tracking, DENOMINATOR).textContent).toBe("1.000");
    const notice = await screen.findByText(t("entryPasteTitle", "vi", { pasted: 1, refused: 1 }));
    expect(notice).toBeTruthy();
    expect(screen.getByText(`Ô ${NUMERATOR}: “abc” không phải số`)).toBeTruthy();
    // A count far above its plan figure is kept, with a warning.
    const count = trackingCell(spec, "TH01", "T002", "value");
    typeInto(SHEET.tracking, count, "500");
    expect(cell(SHEET.tracking, count).textContent).toBe("500");
    expect(await screen.findByText(t("entryWarningTitle", "vi"))).toBeTruthy();
  });

  it("keeps the unit and target columns in view while scrolling sideways", async () => {
    await renderBook();
    const left = (address: string): string => cell(SHEET.tracking, address).style.left;
    expect(left("A2")).toBe("44px");
    expect(Number.parseInt(left("B2"), 10)).toBeGreaterThan(44);
    expect(Number.parseInt(left("D2"), 10)).toBeGreaterThan(Number.parseInt(left("C2"), 10));
    // Entry cells scroll.
    expect(left("E2")).toBe("");
    expect(cell(SHEET.tracking, NUMERATOR).style.left).toBe("");
  });

  it("says a locked cell is protected instead of editing it", async () => {
    await renderBook();
    fireEvent.doubleClick(cell(SHEET.tracking, STATUS));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(t("previewLockedTitle", "vi"))).toBeTruthy();
    expect(within(dialog).getByText(t("previewLocked", "vi", { cell: STATUS, sheet: SHEET.tracking }))).toBeTruthy();
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("moves with the arrows, extends with Shift, and starts an entry by typing", async () => {
    const host = await renderBook();
    fireEvent.mouseDown(cell(SHEET.tracking, "A2"));
    expect(document.activeElement).toBe(cell(SHEET.tracking, "A2"));
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    fireEvent.keyDown(grid(), { key: "ArrowRight", shiftKey: true });
    expect(host.selection(SHEET.tracking)).toEqual({ anchor: { row: 3, column: 1 }, focus: { row: 3, column: 2 } });
    expect(cell(SHEET.tracking, "B3").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(cell(SHEET.tracking, "B3"));
    expect(await host.selectedText()).toEqual([["TH01", "Trường Tiểu học Bắc Sơn"]]);

    fireEvent.mouseDown(cell(SHEET.tracking, NUMERATOR));
    fireEvent.keyDown(grid(), { key: "7" });
    const editor = screen.getByRole("textbox", { name: t("previewCellEditor", "vi", { cell: NUMERATOR }) });
    expect((editor as HTMLInputElement).value).toBe("7");
    fireEvent.keyDown(editor, { key: "Escape" });
    expect(cell(SHEET.tracking, NUMERATOR).textContent).toBe("");
  });

  it("commits an entry when the person leaves for the pane, and leaves the focus there", async () => {
    const host = await renderBook();
    const pane = document.createElement("button");
    document.body.appendChild(pane);
    fireEvent.mouseDown(cell(SHEET.tracking, NUMERATOR));
    fireEvent.keyDown(grid(), { key: "4" });
    const editor = screen.getByRole("textbox", { name: t("previewCellEditor", "vi", { cell: NUMERATOR }) });
    fireEvent.change(editor, { target: { value: "42" } });
    act(() => pane.focus());
    expect(cell(SHEET.tracking, NUMERATOR).textContent).toBe("42");
    expect(document.activeElement).toBe(pane);
    // A later write by the pane does not pull the focus into the grid either.
    await act(() => host.writeBook(bookSpec()));
    expect(document.activeElement).toBe(pane);
    pane.remove();
  });

  it("draws a merged range as one cell and moves over it as one", async () => {
    const host = new PreviewHost();
    const sheet = { ...plainSheet("Phụ lục"), cells: [["Biểu tổng hợp", null, null, "x"], ["a", "b", "c", "d"]], merges: ["A1:C1"] };
    await host.writeBook({ ...spec, sheets: [sheet], activeSheet: 0 });
    render(<WorkbookView host={host} />);
    expect(cell("Phụ lục", "A1").getAttribute("colspan")).toBe("3");
    expect(document.querySelector('[data-sheet="Phụ lục"][data-cell="B1"]')).toBeNull();
    fireEvent.mouseDown(cell("Phụ lục", "A1"));
    fireEvent.keyDown(grid(), { key: "ArrowRight" });
    expect(host.selection("Phụ lục").anchor).toEqual({ row: 1, column: 4 });
    fireEvent.keyDown(grid(), { key: "ArrowLeft" });
    expect(host.selection("Phụ lục").anchor).toEqual({ row: 1, column: 1 });
    fireEvent.mouseDown(cell("Phụ lục", "B2"));
    fireEvent.keyDown(grid(), { key: "ArrowUp" });
    expect(host.selection("Phụ lục").anchor).toEqual({ row: 1, column: 1 });
    expect(document.activeElement).toBe(cell("Phụ lục", "A1"));
  });

  it("selects a range with click and Shift+click, for the pane to read", async () => {
    const host = await renderBook();
    fireEvent.click(screen.getByRole("tab", { name: t("previewDefaultSheet", "vi") }));
    act(() => {
      host.enterBlock(t("previewDefaultSheet", "vi"), { row: 1, column: 1 }, [
        ["Mã đơn vị", "Tên đơn vị"],
        ["MN01", "Trường Mầm non Vũ Lăng"],
      ]);
    });
    fireEvent.mouseDown(cell(t("previewDefaultSheet", "vi"), "A1"));
    fireEvent.mouseDown(cell(t("previewDefaultSheet", "vi"), "B2"), { shiftKey: true });
    expect(await host.selectedText()).toEqual([
      ["Mã đơn vị", "Tên đơn vị"],
      ["MN01", "Trường Mầm non Vũ Lăng"],
    ]);
  });

  it("shows the sheet and cell the pane selects, without taking the focus", async () => {
    const host = await renderBook();
    const outside = document.createElement("button");
    document.body.appendChild(outside);
    outside.focus();
    await act(() => host.select(SHEET.summary, "C3"));
    expect(screen.getByRole("tab", { name: SHEET.summary }).getAttribute("aria-selected")).toBe("true");
    expect(cell(SHEET.summary, "C3").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it("downloads the book as it stands, named after the plan", async () => {
    const host = await renderBook();
    typeInto(SHEET.tracking, NUMERATOR, "40");
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:preview"), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByRole("button", { name: t("previewDownload", "vi") }));
    await waitFor(() => expect(names).toHaveLength(1), { timeout: 20_000 });
    click.mockRestore();
    expect(names[0]).toBe("Kế hoạch năm học 2024-2025 chỉ tiêu giáo dục.xlsx");
    const book = await readTrackingWorkbook(await bytesOf(blobs[0]));
    expect(book.rows.find((row) => row.targetId === "T001")?.entry.numerator).toBe(40);
    expect(screen.getByRole("status").textContent).toBe(t("previewDownloaded", "vi", { file: names[0] }));
    expect(host.currentSpec()).not.toBeNull();
  });

  it("offers no download before there is a book, and says why", () => {
    render(<WorkbookView host={new PreviewHost()} />);
    const button = screen.getByRole("button", { name: t("previewDownload", "vi") });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText(t("previewEmptyHint", "vi")).id).toBe(button.getAttribute("aria-describedby"));
  });

  it("has labels in English when the pane is in English, and no accessibility violations", async () => {
    const host = new PreviewHost();
    await host.writeBook(spec);
    const { container } = renderIn("en", <WorkbookView host={host} />);
    expect(screen.getByRole("button", { name: t("previewDownload", "en") })).toBeTruthy();
    expect(screen.getByRole("tablist", { name: t("previewSheetTabs", "en") })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
