/** @jest-environment jsdom */
// Step 1 reading a long PDF (issue 11, item 14): the pane shows the page
// being read and a cancel button; cancelling returns it to its ready state
// with a notice and nothing imported; a second file chosen meanwhile replaces
// the first. The real readers and Node's pdf.js read a real multi-page PDF;
// the test holds page 3 back to look at the pane mid-read, so nothing depends
// on timing.
import "./jsdom-shims";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { pagedPdf } from "../helpers/paged-pdf";
import { gate, spyPdfjs } from "../helpers/pdfjs-spy";
import { PLAN_TEXT, button, isDisabled, settle, vi } from "./pane-fixtures";

// The browser loader needs webpack (its worker URL); the pane gets Node's pdf.js, watched.
const mockPdfjs = spyPdfjs();
jest.mock("../../src/readers/pdfjs-browser", () => ({ loadBrowserPdfjs: () => mockPdfjs.loader() }));

expect.extend(toHaveNoViolations);
jest.setTimeout(300_000);

const FILE = "ke-hoach.pdf";
const PAGES = 6;
let pdf: Uint8Array;

beforeAll(async () => {
  // The sample plan over six pages: its header, then a section or a line a page.
  const lines = PLAN_TEXT.trim().split("\n");
  const pages = [lines.slice(0, 6), lines.slice(6, 8), lines.slice(8, 9), lines.slice(9, 11), lines.slice(11, 12), lines.slice(12)];
  expect(pages.flat()).toEqual(lines);
  pdf = await pagedPdf(pages);
});

beforeEach(() => {
  window.localStorage.clear();
  mockPdfjs.pages = [];
  mockPdfjs.beforePage = () => Promise.resolve();
});

function fileInput(): HTMLInputElement {
  return screen.getByLabelText(vi("paneFileLabel")) as HTMLInputElement;
}

function chooseFile(file: File): void {
  fireEvent.change(fileInput(), { target: { files: [file] } });
}

function pdfFile(): File {
  return new File([new Uint8Array(pdf)], FILE, { type: "application/pdf" });
}

/** Holds the read before page 3 until the returned gate opens. */
function holdPage3(): { open: () => void } {
  const held = gate();
  mockPdfjs.beforePage = (page) => (page < 3 ? Promise.resolve() : held.promise);
  return held;
}

/** The reading block: its progress bar, and the cancel button beside it. */
async function readingBlock(): Promise<{ bar: HTMLElement; cancel: HTMLElement; block: HTMLElement }> {
  const status = await screen.findByText(vi("paneReadingPage", { page: 3, pages: PAGES }));
  const bar = screen.getByRole("progressbar", { name: vi("paneReadProgress", { file: FILE }) });
  const block = bar.parentElement as HTMLElement;
  expect(block.contains(status)).toBe(true);
  return { bar, block, cancel: within(block).getByRole("button", { name: vi("paneCancel") }) };
}

test("a multi-page PDF shows the page being read and a cancel button; cancelling imports nothing and says so", async () => {
  const held = holdPage3();
  const { container } = render(<App host={null} />);
  chooseFile(pdfFile());

  // Two pages done, the third under way.
  const { bar, cancel } = await readingBlock();
  expect(screen.getByText(vi("paneReadingPage", { page: 3, pages: PAGES })).getAttribute("aria-live")).toBe("polite");
  expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(2 / PAGES);
  expect(isDisabled(button("paneRead"))).toBe(true);
  expect(await axe(container)).toHaveNoViolations();

  fireEvent.click(cancel);
  expect(await screen.findByText(vi("paneReadCancelled", { file: FILE }))).toBeTruthy();
  // Ready again: buttons back, no progress, nothing imported, no page after the third asked for.
  await waitFor(() => expect(isDisabled(button("paneRead"))).toBe(false));
  expect(fileInput().disabled).toBe(false);
  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(screen.queryByRole("button", { name: vi("paneCancel") })).toBeNull();
  expect(screen.queryByRole("list", { name: vi("paneEditList") })).toBeNull();
  expect(mockPdfjs.pages).toEqual([1, 2, 3]);

  // Page 3 arriving late changes nothing.
  held.open();
  await settle();
  expect(mockPdfjs.pages).toEqual([1, 2, 3]);
  expect(screen.queryByRole("list", { name: vi("paneEditList") })).toBeNull();
  expect(screen.getByText(vi("paneReadCancelled", { file: FILE }))).toBeTruthy();
});

test("a second file chosen while a PDF is read cancels the PDF, and only the second is imported", async () => {
  const held = holdPage3();
  render(<App host={null} />);
  chooseFile(pdfFile());
  await readingBlock();

  // The file input stays open while a file is read (the other buttons do not).
  expect(fileInput().disabled).toBe(false);
  expect(isDisabled(button("paneRead"))).toBe(true);
  chooseFile(new File([PLAN_TEXT], "ke-hoach.txt", { type: "text/plain" }));
  await screen.findByRole("list", { name: vi("paneEditList") });
  expect(screen.getByText(vi("paneSourceFile", { file: "ke-hoach.txt" }))).toBeTruthy();
  // Replaced, not cancelled by the planner: no notice about it.
  expect(screen.queryByText(vi("paneReadCancelled", { file: FILE }))).toBeNull();

  held.open();
  await settle();
  expect(mockPdfjs.pages).toEqual([1, 2, 3]);
  expect(screen.getByText(vi("paneSourceFile", { file: "ke-hoach.txt" }))).toBeTruthy();
  expect(screen.queryByText(vi("paneSourceFile", { file: FILE }))).toBeNull();
  expect(screen.queryByRole("progressbar")).toBeNull();
});

test("a multi-page PDF read to the end is imported, and the progress goes away", async () => {
  render(<App host={null} />);
  chooseFile(pdfFile());
  const list = await screen.findByRole("list", { name: vi("paneEditList") });
  expect(screen.getByText(vi("paneSourceFile", { file: FILE }))).toBeTruthy();
  expect(within(list).getAllByRole("button", { name: /^Xoá chỉ tiêu / })).toHaveLength(5);
  expect(mockPdfjs.pages).toEqual([1, 2, 3, 4, 5, 6]);
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  expect(screen.queryByText(vi("paneReadCancelled", { file: FILE }))).toBeNull();
});
