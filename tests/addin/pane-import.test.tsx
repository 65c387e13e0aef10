/** @jest-environment jsdom */
// Step 1 with the real engine, the real readers and an in-memory workbook:
// a plan from a file or pasted text, corrected in the list, written; a
// revised plan re-imported into a book people already filled in.
import "./jsdom-shims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { WorkbookReadError } from "../../src/workbook/book";
import { MemoryHost } from "../helpers/memory-host";
import { PLAN_TEXT, REVISED_TEXT, button, isDisabled, pasteAndRead, settle, vi } from "./pane-fixtures";

// Several full renders of Fluent forms in jsdom (and axe walking them) are slow on a busy machine.
jest.setTimeout(300_000);

beforeEach(() => window.localStorage.clear());

function input(name: string): HTMLInputElement {
  return screen.getByLabelText(name, { selector: "input, textarea, select" }) as HTMLInputElement;
}

function chooseFile(file: File): void {
  fireEvent.change(screen.getByLabelText(vi("paneFileLabel")), { target: { files: [file] } });
}

async function writeAndWait(host: MemoryHost): Promise<void> {
  const before = host.calls.length;
  fireEvent.click(button("paneWrite"));
  await waitFor(() => expect(host.calls.length).toBeGreaterThan(before));
  await settle();
}

test("reads a plan from a .txt file into the editable list", async () => {
  render(<App host={new MemoryHost()} />);
  chooseFile(new File([PLAN_TEXT], "ke-hoach.txt", { type: "text/plain" }));
  const list = await screen.findByRole("list", { name: vi("paneEditList") });
  expect(screen.getByText(vi("paneSourceFile", { file: "ke-hoach.txt" }))).toBeTruthy();
  expect(within(list).getAllByRole("button", { name: /^Xoá chỉ tiêu / })).toHaveLength(5);
  expect(input(vi("paneFieldValue", { id: "T002" })).value).toBe("98,5");
  expect(input(vi("paneFieldLevel", { id: "T002" })).value).toBe("tieu_hoc");
  expect(within(list).getByRole("heading", { level: 3, name: vi("paneGroupHeading", { section: "II.2", level: vi("levelTieuHoc") }) })).toBeTruthy();
});

test("an unreadable file is reported in plain words and the pane keeps working", async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(<App host={new MemoryHost()} />);
  // An old Word .doc (OLE compound file): the reader explains how to convert it.
  chooseFile(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])], "ke-hoach.doc"));
  expect(await screen.findByText(vi("readErrorLegacyDoc", { file: "ke-hoach.doc" }))).toBeTruthy();
  expect(screen.queryByRole("list", { name: vi("paneEditList") })).toBeNull();
  expect(isDisabled(button("paneRead"))).toBe(false);

  // The next attempt works.
  await pasteAndRead(PLAN_TEXT);
  expect(screen.queryByText(vi("readErrorLegacyDoc", { file: "ke-hoach.doc" }))).toBeNull();
});

test("reads the sample plan when the page offers one", async () => {
  const load = jest.fn(async () => new Uint8Array(Buffer.from(PLAN_TEXT, "utf8")));
  render(<App host={null} sample={{ fileName: "mau.txt", load }} />);
  fireEvent.click(button("paneUseSample"));
  await screen.findByRole("list", { name: vi("paneEditList") });
  expect(load).toHaveBeenCalledTimes(1);
  expect(screen.getByText(vi("paneSourceFile", { file: "mau.txt" }))).toBeTruthy();
});

test("a value accepts Vietnamese decimals and rejects text with a message naming the cell", async () => {
  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);
  const value = input(vi("paneFieldValue", { id: "T003" }));

  fireEvent.change(value, { target: { value: "abc" } });
  const message = vi("paneErrNotNumber", { field: vi("paneFieldValue", { id: "T003" }), text: "abc" });
  expect(screen.getByText(message)).toBeTruthy();
  expect(value.getAttribute("aria-invalid")).toBe("true");

  // Writing is refused while a cell is wrong, and says which.
  fireEvent.click(button("paneWrite"));
  expect(await screen.findByText(vi("paneFixBeforeWrite", { count: 1, first: message }))).toBeTruthy();
  expect(host.calls).toEqual([]);

  fireEvent.change(value, { target: { value: "98,1" } });
  fireEvent.blur(value);
  expect(screen.queryByText(message)).toBeNull();
  expect(value.getAttribute("aria-invalid")).not.toBe("true");
  expect(value.value).toBe("98,1");

  // A range needs an upper value above the lower one.
  fireEvent.change(input(vi("paneFieldOp", { id: "T003" })), { target: { value: "between" } });
  expect(screen.getByText(vi("paneErrValueMissing", { field: vi("paneFieldValueMax", { id: "T003" }) }))).toBeTruthy();
  fireEvent.change(input(vi("paneFieldValueMax", { id: "T003" })), { target: { value: "90" } });
  expect(
    screen.getByText(vi("paneErrMaxNotAbove", { field: vi("paneFieldValueMax", { id: "T003" }), min: "98,1" })),
  ).toBeTruthy();
  fireEvent.change(input(vi("paneFieldValueMax", { id: "T003" })), { target: { value: "99,5" } });

  await writeAndWait(host);
  const written = host.read()?.plan.targets.find((target) => target.id === "T003");
  expect(written).toMatchObject({ op: "between", value: 98.1, value_max: 99.5 });
});

test("targets can be added and removed; focus follows", async () => {
  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);

  fireEvent.click(button("paneAddTarget"));
  const indicator = input(vi("paneFieldIndicator", { id: "T006" }));
  expect(document.activeElement).toBe(indicator);
  // A new target starts without a value and says so.
  expect(screen.getByText(vi("paneErrValueMissing", { field: vi("paneFieldValue", { id: "T006" }) }))).toBeTruthy();
  fireEvent.change(indicator, { target: { value: "Số phòng học xây mới" } });
  fireEvent.change(input(vi("paneFieldLevel", { id: "T006" })), { target: { value: "thcs" } });
  fireEvent.change(input(vi("paneFieldValue", { id: "T006" })), { target: { value: "12" } });
  fireEvent.change(input(vi("paneFieldUnit", { id: "T006" })), { target: { value: "phòng học" } });
  expect(screen.getByText(vi("paneAddedByHand"))).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: vi("paneRemoveTarget", { id: "T004" }) }));
  expect(screen.queryByLabelText(vi("paneFieldValue", { id: "T004" }))).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole("button", { name: vi("paneRemoveTarget", { id: "T005" }) }));
  expect(screen.getByRole("heading", { name: vi("paneTargetsTitle", { count: 5 }) })).toBeTruthy();
  // A removal can be undone: T003 goes, comes back in its place, and goes again.
  fireEvent.click(screen.getByRole("button", { name: vi("paneRemoveTarget", { id: "T003" }) }));
  fireEvent.click(button("paneUndoRemove", "vi", { id: "T003" }));
  const ids = () => within(screen.getByRole("list", { name: vi("paneEditList") })).getAllByRole("button", { name: /^Xoá chỉ tiêu / }).map((item) => item.getAttribute("aria-label") ?? item.textContent);
  expect(ids().map((name) => name?.replace(/^Xoá chỉ tiêu /, ""))).toEqual(["T001", "T002", "T003", "T005", "T006"]);
  expect(document.activeElement).toBe(screen.getByRole("button", { name: vi("paneRemoveTarget", { id: "T003" }) }));
  // The earlier removal of T004 can still be undone, then redone by removing again.
  fireEvent.click(button("paneUndoRemove", "vi", { id: "T004" }));
  expect(screen.getByRole("heading", { name: vi("paneTargetsTitle", { count: 6 }) })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: vi("paneRemoveTarget", { id: "T004" }) }));
  expect(screen.getByRole("heading", { name: vi("paneTargetsTitle", { count: 5 }) })).toBeTruthy();

  await writeAndWait(host);
  expect(screen.getByText(vi("paneWriteDone", { targets: 5, units: 1, rows: 5 }))).toBeTruthy();
  const plan = host.read()?.plan;
  expect(plan?.targets.map((target) => target.id)).toEqual(["T001", "T002", "T003", "T005", "T006"]);
  expect(plan?.targets[4]).toMatchObject({ indicator: "Số phòng học xây mới", level: "thcs", value: 12, unit: "phòng học", quote: "" });
});

test("writing into a workbook without a book writes at once and reports it", async () => {
  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);
  await writeAndWait(host);
  expect(host.written).toHaveLength(1);
  expect(host.written[0].sheets.map((sheet) => sheet.name)).toContain("Thực hiện");
  expect(screen.getByText(vi("paneWriteDone", { targets: 5, units: 1, rows: 5 }))).toBeTruthy();
  expect(screen.queryByRole("heading", { name: vi("paneReviewTitle") })).toBeNull();
});

test("re-importing a revised plan shows the changes first, asks before deleting figures, and keeps the others", async () => {
  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);
  await writeAndWait(host);
  // Figures typed in the workbook since: one for a target that stays, one for the target the revision drops.
  host.typeEntry("HUYEN", "T003", "numerator", 90);
  host.typeEntry("HUYEN", "T003", "denominator", 100);
  host.typeEntry("HUYEN", "T003", "note", "số liệu tháng 10");
  host.typeEntry("HUYEN", "T004", "numerator", 95);

  await pasteAndRead(REVISED_TEXT);
  await writeAndWait(host);
  expect(host.written).toHaveLength(1); // nothing written yet
  expect(screen.getByRole("heading", { name: vi("paneReviewTitle") })).toBeTruthy();
  expect(screen.getByText(vi("paneReviewPlanSummary", { added: 1, removed: 1, changed: 1, unchanged: 3 }))).toBeTruthy();
  expect(screen.getByText(vi("paneReviewChanged", { count: 1 }))).toBeTruthy();
  expect(screen.getByText(/^T003 · Tỷ lệ học sinh học 2 buổi\/ngày: ≥ 95 % → ≥ 97 %/)).toBeTruthy();
  expect(screen.getByText(/^T004 · Tỷ lệ học sinh tốt nghiệp THCS/)).toBeTruthy();
  expect(screen.getByText(vi("paneReviewDataAtRisk", { count: 1 }))).toBeTruthy();

  fireEvent.click(button("paneConfirmWrite"));
  await waitFor(() => expect(host.written).toHaveLength(2));
  await settle();
  expect(screen.getByText(vi("paneWriteKept", { count: 1 }))).toBeTruthy();
  const book = host.read();
  const kept = book?.rows.find((row) => row.unitCode === "HUYEN" && row.targetId === "T003");
  expect(kept?.entry).toMatchObject({ numerator: 90, denominator: 100 });
  expect(kept?.note).toBe("số liệu tháng 10");
  expect(book?.plan.targets.find((target) => target.id === "T003")?.value).toBe(97);
  expect(book?.rows.some((row) => row.targetId === "T004")).toBe(false);
  // The list now carries the workbook's ids: the new target got a fresh one.
  expect(input(vi("paneFieldIndicator", { id: "T006" })).value).toBe("Tỷ lệ huy động trẻ nhà trẻ ra lớp");
});

test("sheets of the user's with our names are named and replaced only after confirmation", async () => {
  const host = new MemoryHost();
  host.addSheet("Chỉ tiêu", [["Sổ tay của tôi"]]);
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);

  await writeAndWait(host);
  expect(screen.getByText(vi("paneReviewTakenSheets", { sheets: "“Chỉ tiêu”" }))).toBeTruthy();
  expect(host.written).toHaveLength(0);
  fireEvent.click(button("paneCancel"));
  expect(screen.getByText(vi("paneWriteCancelled"))).toBeTruthy();
  expect(host.written).toHaveLength(0);

  await writeAndWait(host);
  fireEvent.click(button("paneConfirmWrite"));
  await waitFor(() => expect(host.written).toHaveLength(1));
});

test("workbook failures become messages, never a crash or a raw error", async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);

  host.failures.set("readBook", new Error("RichApi.Error: GeneralException"));
  await writeAndWait(host);
  expect(screen.getByText(vi("paneHostReadFailed"))).toBeTruthy();
  expect(screen.queryByText(/RichApi/)).toBeNull();

  host.failures.set("readBook", new WorkbookReadError("wbErrorModelDamaged"));
  await writeAndWait(host);
  expect(screen.getByText(vi("paneBookUnreadable", { reason: vi("wbErrorModelDamaged") }))).toBeTruthy();

  host.failures.set("readBook", Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
  await writeAndWait(host);
  expect(screen.getByText(vi("paneCellEditMode"))).toBeTruthy();

  host.failures.delete("readBook");
  host.failures.set("writeBook", new Error("boom"));
  await writeAndWait(host);
  expect(screen.getByText(vi("paneWriteFailed"))).toBeTruthy();

  host.failures.delete("writeBook");
  await writeAndWait(host);
  expect(screen.getByText(vi("paneWriteDone", { targets: 5, units: 1, rows: 5 }))).toBeTruthy();
});

test("while writing, the buttons are disabled, progress shows, and a second press does nothing", async () => {
  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);
  const release = host.hold();

  fireEvent.click(button("paneWrite"));
  await waitFor(() => expect(isDisabled(button("paneWrite"))).toBe(true));
  expect(isDisabled(button("paneRead"))).toBe(true);
  expect(isDisabled(button("paneAddTarget"))).toBe(true);
  expect(input(vi("paneFieldValue", { id: "T001" })).disabled).toBe(true);
  expect(screen.getByText(vi("paneBusyReadingBook"))).toBeTruthy();
  expect(screen.getByRole("progressbar")).toBeTruthy();
  fireEvent.click(button("paneWrite"));
  fireEvent.click(button("paneRead"));

  await act(async () => release());
  await waitFor(() => expect(host.written).toHaveLength(1));
  await settle();
  expect(host.calls.filter((call) => call === "readBook")).toHaveLength(1);
  expect(isDisabled(button("paneWrite"))).toBe(false);
  expect(screen.queryByRole("progressbar")).toBeNull();
});

test("the write result and its skipped features follow the language", async () => {
  const host = new MemoryHost();
  host.skips = ["conditionalFormats"];
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);
  await writeAndWait(host);
  expect(screen.getByText(vi("paneWriteSkipped"))).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "English" }));
  expect(screen.getByText(/^Written to the workbook: 5 targets/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Write to the workbook" })).toBeTruthy();
});

test("editing a target while the review is open closes it, and focus returns to the write button", async () => {
  const host = new MemoryHost();
  host.addSheet("Cài đặt");
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);
  await writeAndWait(host);
  const heading = screen.getByRole("heading", { name: vi("paneReviewTitle") });
  expect(document.activeElement).toBe(heading);

  fireEvent.change(input(vi("paneFieldUnit", { id: "T005" })), { target: { value: "trường học" } });
  expect(screen.queryByRole("heading", { name: vi("paneReviewTitle") })).toBeNull();
  expect(screen.getByText(vi("paneReviewOutdated"))).toBeTruthy();

  await writeAndWait(host);
  fireEvent.click(button("paneCancel"));
  expect(document.activeElement).toBe(button("paneWrite"));
  expect(host.written).toHaveLength(0);
});
