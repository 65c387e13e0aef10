/** @jest-environment jsdom */
// The plan review with the real engine and an in-memory workbook: filters
// and "next to check", compact rows, the write bar's links to the targets
// its errors are about, each target's sentence, kind and document
// information reaching the book, and the "chưa ghi" mark.
import "./jsdom-shims";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { localDraftStore } from "../../src/taskpane/draft-store";
import { MemoryHost } from "../helpers/memory-host";
import { PLAN_TEXT, button, pasteAndRead, settle, vi } from "./pane-fixtures";

jest.setTimeout(300_000);

beforeEach(() => window.localStorage.clear());

/**
 * PLAN_TEXT (T001–T005, targets) and last year's results: T006 and T008 are
 * results (kết quả), T007 and T009 are flagged (a change with no start value).
 */
const REVIEW_TEXT = `${PLAN_TEXT}III. KẾT QUẢ NĂM HỌC TRƯỚC
Năm học 2023-2024, tỷ lệ trẻ 5 tuổi ra lớp đạt 99,2%.
- Phấn đấu có thêm 2 trường đạt mức độ 2.
- Tỷ lệ học sinh bỏ học giảm 0,3%.
- Phấn đấu có thêm 3 điểm trường đạt mức độ 1.
`;

function field(name: string): HTMLInputElement {
  return screen.getByLabelText(name, { selector: "input, textarea, select" }) as HTMLInputElement;
}

function shown(id: string): boolean {
  return screen.queryByLabelText(vi("paneFieldValue", { id }), { selector: "input" }) !== null;
}

/** The list item of a target. */
function item(id: string): HTMLElement {
  return document.querySelector(`[data-target-id="${id}"]`) as HTMLElement;
}

function bar(): HTMLElement {
  return screen.getByRole("region", { name: vi("reviewActionsLabel") });
}

/** Writes, confirming the review a book already holding a plan asks for. */
async function write(host: MemoryHost): Promise<void> {
  const before = host.written.length;
  fireEvent.click(within(bar()).getByRole("button", { name: vi("paneWrite") }));
  await waitFor(() => expect(host.written.length > before || screen.queryByRole("heading", { name: vi("paneReviewTitle") }) !== null).toBe(true));
  if (host.written.length === before) fireEvent.click(button("paneConfirmWrite"));
  await waitFor(() => expect(host.written.length).toBeGreaterThan(before));
  await settle();
}

test("filters show targets, results or the ones to check, with counts; next to check goes round them", async () => {
  render(<App host={new MemoryHost()} />);
  await pasteAndRead(REVIEW_TEXT);
  for (const [key, count] of [["reviewFilterAll", 9], ["reviewFilterTarget", 7], ["reviewFilterBaseline", 2], ["reviewFilterFlagged", 2]] as const) {
    expect(button(key, "vi", { count })).toBeTruthy();
  }
  expect(button("reviewFilterAll", "vi", { count: 9 }).getAttribute("aria-pressed")).toBe("true");

  fireEvent.click(button("reviewFilterBaseline", "vi", { count: 2 }));
  expect(button("reviewFilterBaseline", "vi", { count: 2 }).getAttribute("aria-pressed")).toBe("true");
  expect(["T001", "T006", "T007", "T008"].map(shown)).toEqual([false, true, false, true]);

  fireEvent.click(button("reviewFilterFlagged", "vi", { count: 2 }));
  expect(["T001", "T006", "T007", "T009"].map(shown)).toEqual([false, false, true, true]);
  // Each flag says why, in words.
  expect(item("T007").textContent).toContain(vi("doubtChangeWithoutBaseline"));

  // From another filter, "next to check" shows the flagged ones and goes to the first.
  fireEvent.click(button("reviewFilterBaseline", "vi", { count: 2 }));
  fireEvent.click(button("reviewNextFlagged"));
  expect(button("reviewFilterFlagged", "vi", { count: 2 }).getAttribute("aria-pressed")).toBe("true");
  expect(document.activeElement).toBe(within(item("T007")).getByRole("group", { name: /^T007 / }));
  fireEvent.click(button("reviewNextFlagged"));
  expect(document.activeElement).toBe(within(item("T009")).getByRole("group", { name: /^T009 / }));
  fireEvent.click(button("reviewNextFlagged"));
  expect(document.activeElement).toBe(within(item("T007")).getByRole("group", { name: /^T007 / }));

  // Changing a target's kind moves it between the counts.
  fireEvent.click(button("reviewFilterAll", "vi", { count: 9 }));
  fireEvent.change(field(vi("reviewFieldKind", { id: "T001" })), { target: { value: "baseline" } });
  expect(button("reviewFilterBaseline", "vi", { count: 3 })).toBeTruthy();
  expect(button("reviewFilterTarget", "vi", { count: 6 })).toBeTruthy();
});

test("compact rows open into the card on demand and are worked with the keyboard", async () => {
  render(<App host={new MemoryHost()} />);
  await pasteAndRead(REVIEW_TEXT);
  fireEvent.click(button("reviewCompact"));
  const row = (id: string) => within(item(id)).getByRole("button", { expanded: false, name: new RegExp(`^${id}`) });
  expect(shown("T001")).toBe(false);
  // A row says what the target is: id, flags, indicator and threshold.
  expect(row("T007").textContent).toContain(vi("flagLowConfidence"));
  expect(row("T002").textContent).toContain("Tỷ lệ học sinh hoàn thành chương trình lớp học");
  expect(row("T002").textContent).toContain("≥ 98,5 %");

  const first = row("T001");
  first.focus();
  fireEvent.keyDown(first, { key: "ArrowDown" });
  expect(document.activeElement).toBe(row("T002"));
  fireEvent.keyDown(row("T002"), { key: "ArrowUp" });
  expect(document.activeElement).toBe(first);

  fireEvent.click(first);
  expect(first.getAttribute("aria-expanded")).toBe("true");
  expect(shown("T001")).toBe(true);
  fireEvent.click(first);
  expect(shown("T001")).toBe(false);

  // "Next to check" lands on the flagged row itself.
  fireEvent.click(button("reviewNextFlagged"));
  expect(document.activeElement).toBe(row("T007"));
});

test("a long plan opens as compact rows", async () => {
  const lines = Array.from({ length: 14 }, (_, index) => `- Tỷ lệ học sinh lớp ${index + 1} đạt chuẩn đạt ${80 + index}%.`).join("\n");
  render(<App host={new MemoryHost()} />);
  await pasteAndRead(`${PLAN_TEXT}${lines}\n`);
  expect(button("reviewCompact").getAttribute("aria-pressed")).toBe("true");
  expect(shown("T001")).toBe(false);
});

test("the write bar's error links to the cell it is about, showing and opening its target", async () => {
  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(REVIEW_TEXT);
  fireEvent.change(field(vi("paneFieldValue", { id: "T003" })), { target: { value: "abc" } });
  // Hidden by a filter and folded into a compact row: the link still gets there.
  fireEvent.click(button("reviewFilterBaseline", "vi", { count: 2 }));
  fireEvent.click(button("reviewCompact"));
  fireEvent.click(within(bar()).getByRole("button", { name: vi("paneWrite") }));

  const message = vi("paneErrNotNumber", { field: vi("paneFieldValue", { id: "T003" }), text: "abc" });
  expect(within(bar()).getByText(vi("paneFixBeforeWrite", { count: 1, first: message }))).toBeTruthy();
  fireEvent.click(within(bar()).getByRole("button", { name: vi("reviewGoToProblem", { field: vi("paneFieldValue", { id: "T003" }) }) }));
  expect(document.activeElement).toBe(field(vi("paneFieldValue", { id: "T003" })));
  expect(button("reviewFilterAll", "vi", { count: 9 }).getAttribute("aria-pressed")).toBe("true");
  expect(host.written).toHaveLength(0);
});

test("the kind and the document's information as edited are what is written", async () => {
  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);
  fireEvent.change(field(vi("reviewFieldKind", { id: "T001" })), { target: { value: "baseline" } });
  fireEvent.change(field(vi("metaIssuer")), { target: { value: "UBND XÃ TU VŨ" } });
  fireEvent.change(field(vi("metaTitle")), { target: { value: "Kế hoạch giáo dục năm học 2024-2025" } });
  fireEvent.change(field(vi("metaPeriod")), { target: { value: "" } });

  // A date that is not one stops the write, with a link to the field.
  fireEvent.change(field(vi("metaDate")), { target: { value: "31/02/2024" } });
  fireEvent.click(within(bar()).getByRole("button", { name: vi("paneWrite") }));
  fireEvent.click(within(bar()).getByRole("button", { name: vi("reviewGoToProblem", { field: vi("metaDate") }) }));
  expect(document.activeElement).toBe(field(vi("metaDate")));
  expect(host.written).toHaveLength(0);

  fireEvent.change(field(vi("metaDate")), { target: { value: "01/10/2024" } });
  await write(host);
  const book = host.read();
  expect(book?.plan.meta).toMatchObject({ issuer: "UBND XÃ TU VŨ", date: "2024-10-01", title: "Kế hoạch giáo dục năm học 2024-2025", period: null });
  expect(book?.plan.targets.find((target) => target.id === "T001")?.kind).toBe("baseline");
  expect(book?.plan.targets.find((target) => target.id === "T002")?.kind).toBe("target");
});

test("“chưa ghi” shows what the book does not hold yet, per target and in the bar, and goes once written", async () => {
  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);
  const unsavedBadge = (id: string) => within(item(id)).queryByText(vi("reviewUnsaved"));
  expect(within(bar()).getByText(vi("reviewUnsavedNever"))).toBeTruthy();
  expect(unsavedBadge("T002")).toBeNull();

  await write(host);
  expect(within(bar()).getByText(vi("reviewSaved"))).toBeTruthy();
  expect(within(bar()).queryByText(vi("reviewUnsaved"))).toBeNull();
  expect(within(bar()).getByText(vi("paneWriteDone", { targets: 5, units: 1, rows: 5 }))).toBeTruthy();

  const unit = field(vi("paneFieldUnit", { id: "T002" }));
  fireEvent.change(unit, { target: { value: "điểm" } });
  expect(unsavedBadge("T002")).toBeTruthy();
  expect(unsavedBadge("T001")).toBeNull();
  expect(within(bar()).getByText(vi("reviewUnsavedEdited", { count: 1 }))).toBeTruthy();
  fireEvent.change(field(vi("metaNumber")), { target: { value: "13/KH-PGDĐT" } });
  expect(within(bar()).getByText(vi("reviewUnsavedEdited", { count: 2 }))).toBeTruthy();

  // Put back as the book has it: nothing left to write.
  fireEvent.change(unit, { target: { value: "%" } });
  fireEvent.change(field(vi("metaNumber")), { target: { value: "12/KH-PGDĐT" } });
  expect(unsavedBadge("T002")).toBeNull();
  expect(within(bar()).getByText(vi("reviewSaved"))).toBeTruthy();

  fireEvent.change(field(vi("paneFieldUnit", { id: "T002" })), { target: { value: "điểm" } });
  await write(host);
  expect(unsavedBadge("T002")).toBeNull();
  expect(within(bar()).getByText(vi("reviewSaved"))).toBeTruthy();
});

test("each target shows its whole sentence with the figure highlighted, also after the pane opens again", async () => {
  const store = localDraftStore("test.review");
  const first = render(<App host={new MemoryHost()} drafts={store} />);
  await pasteAndRead(PLAN_TEXT);
  const sentence = (id: string) => item(id).querySelector("blockquote");
  expect(sentence("T002")?.textContent).toBe("“- Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 98,5% trở lên.”");
  expect(sentence("T002")?.querySelector("mark")?.textContent).toBe("98,5% trở lên");
  expect(sentence("T005")?.textContent).toBe("“- Toàn huyện có 09 trường đạt chuẩn quốc gia.”");
  await settle();
  await new Promise((resolve) => setTimeout(resolve, 600));
  first.unmount();

  render(<App host={new MemoryHost()} drafts={store} />);
  await screen.findByRole("list", { name: vi("paneEditList") });
  expect(sentence("T002")?.querySelector("mark")?.textContent).toBe("98,5% trở lên");
  expect(sentence("T002")?.textContent).toContain("chương trình lớp học đạt");
});
