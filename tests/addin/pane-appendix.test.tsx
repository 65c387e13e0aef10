/** @jest-environment jsdom */
// Step 5, "Phụ lục": Phụ lục I and II from a filled book, written as the two
// sheets alone with live formulas; a refresh replaces them in place and keeps
// a title typed in the pane and the titles and notes typed into the sheets;
// choices that cannot be met are said with the catalog's message; a sheet of
// the user's with the same name is replaced only after asking.
import "./jsdom-shims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { extractPlan } from "../../src/domain/extract";
import { parseUnitsText } from "../../src/domain/unit-list";
import { skippedPartMessageKey } from "../../src/hosts/officejs/features";
import { t } from "../../src/i18n/messages";
import { App } from "../../src/taskpane/App";
import { localDraftStore } from "../../src/taskpane/draft-store";
import { levelLabel } from "../../src/taskpane/format";
import { APPENDIX_ROWS, APPENDIX_SHEETS, defaultTitle } from "../../src/workbook/appendix";
import type { SheetCells } from "../../src/workbook/book";
import { checkBook } from "../../src/workbook/check-report";
import { describeWorkbook } from "../../src/workbook/describe";
import { FONT, SCHEMA_VERSION } from "../../src/workbook/layout";
import { isFormula, type SheetSpec } from "../../src/workbook/spec";
import { MemoryHost } from "../helpers/memory-host";
import { PLAN_TEXT, UNITS_TEXT, button, isDisabled, openStep, panel, pasteAndRead, settle, vi } from "./pane-fixtures";

expect.extend(toHaveNoViolations);
jest.setTimeout(120_000);

beforeEach(() => window.localStorage.clear());

const [FIRST, SECOND] = [APPENDIX_SHEETS.I, APPENDIX_SHEETS.II];
/** Phụ lục I's columns (1-based): Đánh giá, Ghi chú, and the hidden key column after them. */
const COL = { assessment: 9, note: 10, key: 11 };

/** The sample plan for three schools, with figures: T001 met, T002 missed, T003 nearly met. */
async function filledHost(): Promise<MemoryHost> {
  const host = new MemoryHost();
  await host.writeBook(describeWorkbook(extractPlan(PLAN_TEXT), parseUnitsText(UNITS_TEXT).units));
  const codes = new Map(host.read()?.units.map((unit) => [unit.name, unit.code]));
  const code = (name: string): string => codes.get(name) as string;
  host.typeEntry(code("Trường MN Hoa Ban"), "T001", "numerator", 100);
  host.typeEntry(code("Trường MN Hoa Ban"), "T001", "denominator", 100);
  host.typeEntry(code("Trường TH Kim Đồng"), "T002", "numerator", 90);
  host.typeEntry(code("Trường TH Kim Đồng"), "T002", "denominator", 100);
  host.typeEntry(code("Trường TH Kim Đồng"), "T003", "numerator", 94.5);
  host.typeEntry(code("Trường TH Kim Đồng"), "T003", "denominator", 100);
  host.written.length = 0;
  host.calls.length = 0;
  return host;
}

/** Opens the step and waits for it to have read the book. */
async function openAppendix(host: MemoryHost): Promise<ReturnType<typeof render>> {
  const view = render(<App host={host} />);
  openStep("paneStepAppendix");
  await screen.findByLabelText(vi("paneAppendixTitleFirst"));
  await waitFor(() => expect(isDisabled(generateButton())).toBe(false));
  return view;
}

function generateButton(): HTMLElement {
  return within(panel()).getByRole("button", { name: new RegExp(`^(${vi("paneAppendixCreate")}|${vi("paneAppendixUpdate")})$`) });
}

async function generate(): Promise<void> {
  fireEvent.click(generateButton());
  await settle();
}

/** The row of Phụ lục I whose hidden key is `id`. */
function firstRow(sheet: SheetCells, id: string): number {
  for (const [row, line] of sheet) if (line.get(COL.key)?.value === id) return row;
  throw new Error(`no row for ${id}`);
}

function specSheet(host: MemoryHost, name: string, write = host.written.length - 1): SheetSpec {
  const sheet = host.written[write]?.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`${name} not written`);
  return sheet;
}

test("generating writes Phụ lục I and II alone, with formulas whose results are the engine's", async () => {
  const host = await filledHost();
  await openAppendix(host);
  expect(host.calls).toEqual(["readBook", "readSheets"]);
  // The defaults: the title from the plan's school year, Phụ lục II the first level's school targets.
  expect((screen.getByLabelText(vi("paneAppendixTitleFirst")) as HTMLInputElement).value).toBe(defaultTitle("I", "2024-2025", null));
  expect((screen.getByLabelText(vi("paneAppendixTitleFirst")) as HTMLInputElement).value).toBe(
    "CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NĂM HỌC 2024-2025",
  );
  const targets = screen.getByRole("group", { name: vi("paneAppendixTargets", { count: 1 }) });
  expect(within(targets).getByRole("checkbox", { name: /^T001 · / })).toHaveProperty("checked", true);
  expect(within(targets).getByRole("checkbox", { name: /^T002 · / })).toHaveProperty("checked", false);
  expect(screen.getByText(vi("paneAppendixSummary", { first: 5, second: 1, units: 1 }))).toBeTruthy();

  host.calls.length = 0;
  await generate();
  expect(await screen.findByText(vi("paneAppendixCreated", { first: 5, second: 1, units: 1 }))).toBeTruthy();
  // Read again just before writing, then one write of the two sheets.
  expect(host.calls).toEqual(["readBook", "readSheets", "writeBook"]);
  expect(host.written).toHaveLength(1);
  const spec = host.written[0];
  expect(spec.sheets.map((sheet) => sheet.name)).toEqual([FIRST, SECOND]);
  expect(spec.sheets[spec.activeSheet].name).toBe(FIRST);
  expect(spec.font).toEqual(FONT);
  expect(spec.schemaVersion).toBe(SCHEMA_VERSION);

  // Both sheets are in the workbook, figures as formulas.
  const first = host.sheets.get(FIRST) as SheetCells;
  const second = host.sheets.get(SECOND) as SheetCells;
  expect(first).toBeDefined();
  expect(second).toBeDefined();
  const formulas = (sheet: SheetCells) => [...sheet.values()].flatMap((line) => [...line.values()]).filter((cell) => cell.formula).length;
  // Thực hiện, Chênh lệch, Tỷ lệ and Đánh giá of each of the five targets.
  expect(formulas(first)).toBe(5 * 4);
  expect(formulas(second)).toBeGreaterThan(2);
  // Đánh giá is INDEX/MATCH on Tổng hợp, cached with what the engine says.
  const book = host.read();
  if (!book) throw new Error("no book");
  const statuses = new Map(checkBook(book).summary.map(({ target, aggregate }) => [target.id, aggregate.status]));
  const firstSpec = specSheet(host, FIRST);
  for (const id of ["T001", "T002", "T003", "T004", "T005"]) {
    const cell = firstSpec.cells[firstRow(first, id) - 1][COL.assessment - 1];
    if (!isFormula(cell)) throw new Error(`${id}: Đánh giá is not a formula`);
    expect(cell.formula).toMatch(/^INDEX\('Tổng hợp'!/);
    expect(cell.result).toBe(statuses.get(id));
  }
  expect([...statuses.values()].slice(0, 3)).toEqual(["Đạt", "Chưa đạt", "Gần đạt"]);

  // The button now refreshes; Phụ lục I can be opened.
  expect(generateButton().textContent).toBe(vi("paneAppendixUpdate"));
  fireEvent.click(button("paneAppendixGoTo"));
  await settle();
  expect(host.selections).toEqual([{ sheet: FIRST, address: "A1" }]);
});

test("refreshing replaces the two sheets in place and keeps titles and notes typed in the pane or the sheets", async () => {
  const host = await filledHost();
  await openAppendix(host);
  const typed = "CHỈ TIÊU NĂM HỌC 2024-2025 CỦA PHÒNG GD&ĐT";
  fireEvent.change(screen.getByLabelText(vi("paneAppendixTitleFirst")), { target: { value: typed } });
  // Phụ lục II: every primary target, for every school with one. Phụ lục I keeps the whole plan…
  fireEvent.change(screen.getByLabelText(vi("paneAppendixLevel")), { target: { value: "tieu_hoc" } });
  expect(within(screen.getByRole("group", { name: vi("paneAppendixTargets", { count: 2 }) })).getAllByRole("checkbox")).toHaveLength(2);
  expect(screen.getByText(vi("paneAppendixSummary", { first: 5, second: 2, units: 1 }))).toBeTruthy();
  // … until its own levels are narrowed to Tiểu học too.
  const firstLevels = screen.getByRole("group", { name: vi("paneAppendixFirstLevels", { count: 3 }) });
  fireEvent.click(within(firstLevels).getByRole("checkbox", { name: levelLabel("mam_non", "vi") }));
  fireEvent.click(within(firstLevels).getByRole("checkbox", { name: levelLabel("thcs", "vi") }));
  expect(screen.getByText(vi("paneAppendixSummary", { first: 2, second: 2, units: 1 }))).toBeTruthy();
  await generate();
  await screen.findByText(vi("paneAppendixCreated", { first: 2, second: 2, units: 1 }));
  const names = [...host.sheets.keys()];
  expect(host.sheets.get(FIRST)?.get(APPENDIX_ROWS.title)?.get(1)?.value).toBe(typed);

  // Someone types a note and a new Phụ lục II title into the sheets.
  const first = host.sheets.get(FIRST) as SheetCells;
  first.get(firstRow(first, "T002"))?.set(COL.note, { value: "Trường Kim Đồng báo lại tháng 6", formula: false });
  host.sheets.get(SECOND)?.get(APPENDIX_ROWS.title)?.set(1, { value: "KẾT QUẢ CÁC TRƯỜNG TIỂU HỌC", formula: false });

  host.calls.length = 0;
  await generate();
  await screen.findByText(vi("paneAppendixUpdated", { first: 2, second: 2, units: 1 }));
  expect(host.calls).toEqual(["readBook", "readSheets", "writeBook"]);
  // The same sheets, no new ones; the spec held the two appendices only.
  expect([...host.sheets.keys()]).toEqual(names);
  expect(names.filter((name) => name.startsWith("Phụ lục"))).toEqual([FIRST, SECOND]);
  expect(host.written[1].sheets.map((sheet) => sheet.name)).toEqual([FIRST, SECOND]);
  const again = host.sheets.get(FIRST) as SheetCells;
  expect(again.get(APPENDIX_ROWS.title)?.get(1)?.value).toBe(typed);
  expect(again.get(firstRow(again, "T002"))?.get(COL.note)?.value).toBe("Trường Kim Đồng báo lại tháng 6");
  expect(host.sheets.get(SECOND)?.get(APPENDIX_ROWS.title)?.get(1)?.value).toBe("KẾT QUẢ CÁC TRƯỜNG TIỂU HỌC");

  // A newly opened pane reads the choices and titles back from the sheets.
  host.calls.length = 0;
  fireEvent.click(button("paneAppendixReload"));
  await settle();
  expect((screen.getByLabelText(vi("paneAppendixLevel")) as HTMLSelectElement).value).toBe("tieu_hoc");
  const levelsBack = screen.getByRole("group", { name: vi("paneAppendixFirstLevels", { count: 1 }) });
  expect(within(levelsBack).getAllByRole("checkbox").map((box) => (box as HTMLInputElement).checked)).toEqual([false, true, false]);
  expect((screen.getByLabelText(vi("paneAppendixTitleSecond")) as HTMLInputElement).value).toBe("KẾT QUẢ CÁC TRƯỜNG TIỂU HỌC");
  expect(screen.getByText(vi("paneAppendixExisting"))).toBeTruthy();

  // Phụ lục II back to its default title.
  fireEvent.click(screen.getByRole("button", { name: vi("paneAppendixTitleReset", { sheet: SECOND }) }));
  await generate();
  await screen.findByText(vi("paneAppendixUpdated", { first: 2, second: 2, units: 1 }));
  expect(host.sheets.get(FIRST)?.get(APPENDIX_ROWS.title)?.get(1)?.value).toBe(typed);
  expect(host.sheets.get(SECOND)?.get(APPENDIX_ROWS.title)?.get(1)?.value).toBe(defaultTitle("II", "2024-2025", "tieu_hoc"));
});

test("choices that cannot be met are said, and nothing is written", async () => {
  const host = await filledHost();
  await openAppendix(host);

  // A school year the plan has no targets for.
  fireEvent.change(screen.getByLabelText(vi("paneAppendixPeriod")), { target: { value: "2030-2031" } });
  await generate();
  expect(await screen.findByText(vi("appendixErrorNoTargets"))).toBeTruthy();
  fireEvent.change(screen.getByLabelText(vi("paneAppendixPeriod")), { target: { value: "" } });

  // No target, then no unit.
  fireEvent.click(button("paneAppendixTargetsNone"));
  await generate();
  expect(screen.getByText(vi("paneAppendixNoTargetsChosen"))).toBeTruthy();
  fireEvent.click(button("paneAppendixTargetsDefault"));
  fireEvent.click(screen.getByRole("checkbox", { name: vi("paneAppendixUnitsEvery") }));
  const units = screen.getByRole("group", { name: vi("paneAppendixUnits", { count: 1 }) });
  expect(within(units).getAllByRole("checkbox").map((box) => (box as HTMLInputElement).checked)).toEqual([true, false, false]);
  fireEvent.click(button("paneAppendixUnitsNone"));
  await generate();
  expect(screen.getByText(vi("paneAppendixNoUnitsChosen"))).toBeTruthy();

  // A unit chosen here that the book no longer has (the unit list was rewritten meanwhile).
  fireEvent.click(within(screen.getByRole("group", { name: vi("paneAppendixUnits", { count: 0 }) })).getByRole("checkbox", { name: /Lê Lợi/ }));
  await host.writeBook(describeWorkbook(extractPlan(PLAN_TEXT), parseUnitsText(UNITS_TEXT).units.slice(0, 2)));
  host.written.length = 0;
  await generate();
  expect(await screen.findByText(vi("appendixErrorUnknownUnits", { codes: "DV003" }))).toBeTruthy();
  expect(host.written).toHaveLength(0);
  expect(host.sheets.has(FIRST)).toBe(false);
});

test("a sheet of the user's with the same name is replaced only after asking; skipped features and failures are said", async () => {
  const host = await filledHost();
  host.addSheet(FIRST, [["Bảng tự làm"]]);
  await openAppendix(host);
  expect(generateButton().textContent).toBe(vi("paneAppendixCreate"));
  await generate();
  expect(screen.getByText(vi("paneReviewTakenSheets", { sheets: FIRST }))).toBeTruthy();
  expect(host.written).toHaveLength(0);
  fireEvent.click(button("paneCancel"));
  expect(screen.getByText(vi("paneWriteCancelled"))).toBeTruthy();
  expect(host.written).toHaveLength(0);

  host.skips = ["pageLayout"];
  await generate();
  fireEvent.click(button("paneConfirmWrite"));
  await settle();
  expect(await screen.findByText(vi("paneAppendixCreated", { first: 5, second: 1, units: 1 }))).toBeTruthy();
  expect(screen.getByText(vi("paneWriteSkipped"))).toBeTruthy();
  expect(screen.getByText(vi(skippedPartMessageKey("pageLayout")))).toBeTruthy();
  expect(host.written).toHaveLength(1);

  jest.spyOn(console, "error").mockImplementation(() => undefined);
  host.failures.set("writeBook", new Error("GeneralException"));
  await generate();
  expect(await screen.findByText(vi("paneWriteFailed"))).toBeTruthy();
  host.failures.set("select", new Error("ItemNotFound"));
  host.failures.delete("writeBook");
  await generate();
  fireEvent.click(button("paneAppendixGoTo"));
  expect(await screen.findByText(vi("paneAppendixSelectFailed", { sheet: FIRST }))).toBeTruthy();
});

test("a workbook without a book is said plainly", async () => {
  const empty = new MemoryHost();
  render(<App host={empty} />);
  openStep("paneStepAppendix");
  expect(await screen.findByText(vi("paneCheckNoBook"))).toBeTruthy();
  expect(isDisabled(generateButton())).toBe(true);
});

test("after another step writes the book, the step shows it without being asked to read again", async () => {
  const empty = new MemoryHost();
  render(<App host={empty} />);
  openStep("paneStepAppendix");
  expect(await screen.findByText(vi("paneCheckNoBook"))).toBeTruthy();
  // The planner writes the plan and the units in the Đơn vị step, with the plan from the import step.
  openStep("paneStepImport");
  await pasteAndRead(PLAN_TEXT);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  fireEvent.change(within(panel()).getByRole("textbox", { name: vi("paneUnitsPasteLabel") }), { target: { value: UNITS_TEXT } });
  fireEvent.click(button("paneUnitsWrite"));
  await waitFor(() => expect(empty.written.length).toBe(1));
  openStep("paneStepAppendix");
  await waitFor(() => expect(screen.queryByText(vi("paneCheckNoBook"))).toBeNull());
  await waitFor(() => expect(isDisabled(generateButton())).toBe(false));
});

test("while the workbook is read, nothing else can start", async () => {
  const host = await filledHost();
  const release = host.hold();
  render(<App host={host} />);
  openStep("paneStepAppendix");
  await waitFor(() => expect(host.calls).toContain("readBook"));
  expect(isDisabled(await screen.findByRole("button", { name: vi("paneAppendixReload") }))).toBe(true);
  expect(isDisabled(generateButton())).toBe(true);
  release();
  await screen.findByLabelText(vi("paneAppendixTitleFirst"));
  await waitFor(() => expect(isDisabled(generateButton())).toBe(false));
});

test("the step passes axe: loaded, with the unit list open, after writing, and with an error", async () => {
  const host = await filledHost();
  const { container } = await openAppendix(host);
  expect(await axe(container)).toHaveNoViolations();
  fireEvent.click(screen.getByRole("checkbox", { name: vi("paneAppendixUnitsEvery") }));
  fireEvent.change(screen.getByLabelText(vi("paneAppendixTitleFirst")), { target: { value: "TIÊU ĐỀ KHÁC" } });
  expect(await axe(container)).toHaveNoViolations();
  await generate();
  await screen.findByText(vi("paneAppendixCreated", { first: 5, second: 1, units: 1 }));
  expect(await axe(container)).toHaveNoViolations();
  fireEvent.change(screen.getByLabelText(vi("paneAppendixPeriod")), { target: { value: "2030" } });
  await generate();
  await screen.findByText(vi("appendixErrorNoTargets"));
  expect(await axe(container)).toHaveNoViolations();
  // Four axe passes over the step's many checkboxes take over a minute in jsdom on a busy 2-core machine: a hang guard, not a speed check.
}, 300_000);

test("in English: labels, lists and messages", async () => {
  const host = await filledHost();
  render(<App host={host} />);
  fireEvent.click(screen.getByRole("button", { name: "English" }));
  openStep("paneStepAppendix", "en");
  const en = (key: Parameters<typeof t>[0], params?: Record<string, string | number>) => t(key, "en", params);
  await screen.findByLabelText(en("paneAppendixTitleFirst"));
  expect(screen.getByRole("tab", { name: "Appendices" })).toBeTruthy();
  expect(screen.getByLabelText(en("paneAppendixLevel"))).toBeTruthy();
  expect(screen.getByRole("option", { name: en("paneAppendixLevelAll") })).toBeTruthy();
  expect(screen.getByRole("heading", { name: en("paneAppendixTargets", { count: 1 }) })).toBeTruthy();
  expect(screen.getByText(en("paneAppendixPeriodHint", { period: "2024-2025" }))).toBeTruthy();
  // The titles stay Vietnamese: they are the administrative document's.
  expect((screen.getByLabelText(en("paneAppendixTitleFirst")) as HTMLInputElement).value).toBe(defaultTitle("I", "2024-2025", null));
  await waitFor(() => expect(isDisabled(screen.getByRole("button", { name: en("paneAppendixCreate") }))).toBe(false));
  fireEvent.click(screen.getByRole("button", { name: en("paneAppendixCreate") }));
  expect(await screen.findByText(en("paneAppendixCreated", { first: 5, second: 1, units: 1 }))).toBeTruthy();
  expect(screen.getByRole("button", { name: en("paneAppendixUpdate") })).toBeTruthy();
  expect(screen.getByRole("button", { name: en("paneAppendixGoTo") })).toBeTruthy();
});

test("Phụ lục I and II are chosen apart: Phụ lục I by levels and plan sections, Phụ lục II by its own level", async () => {
  const host = await filledHost();
  await openAppendix(host);
  // Phụ lục I without the THCS section; Phụ lục II on THCS.
  const sections = screen.getByRole("group", { name: vi("paneAppendixFirstSections", { count: 3 }) });
  fireEvent.click(within(sections).getByRole("checkbox", { name: /^II\.3 / }));
  fireEvent.change(screen.getByLabelText(vi("paneAppendixLevel")), { target: { value: "thcs" } });
  expect(screen.getByText(vi("paneAppendixSummary", { first: 3, second: 1, units: 1 }))).toBeTruthy();
  // Phụ lục I's levels still all ticked: the sections narrowed it, not Phụ lục II's level.
  const levels = screen.getByRole("group", { name: vi("paneAppendixFirstLevels", { count: 3 }) });
  expect(within(levels).getAllByRole("checkbox").every((box) => (box as HTMLInputElement).checked)).toBe(true);
  await generate();
  await screen.findByText(vi("paneAppendixCreated", { first: 3, second: 1, units: 1 }));
  const first = host.sheets.get(FIRST) as SheetCells;
  const keys = [...first.values()].map((line) => line.get(COL.key)?.value).filter((value) => typeof value === "string" && /^T\d+$/.test(value));
  expect(keys).toEqual(["T001", "T002", "T003"]);

  // The whole plan again leaves Phụ lục II on THCS.
  fireEvent.click(button("paneAppendixFirstWhole"));
  expect(screen.getByText(vi("paneAppendixSummary", { first: 5, second: 1, units: 1 }))).toBeTruthy();
  expect((screen.getByLabelText(vi("paneAppendixLevel")) as HTMLSelectElement).value).toBe("thcs");

  // No level left for Phụ lục I: said, nothing written.
  for (const box of within(screen.getByRole("group", { name: vi("paneAppendixFirstLevels", { count: 3 }) })).getAllByRole("checkbox")) {
    fireEvent.click(box);
  }
  await generate();
  expect(screen.getByText(vi("paneAppendixNoFirstLevels"))).toBeTruthy();
  expect(host.written).toHaveLength(1);
});

test("the choices come back after the pane is closed and opened again, from drafts old and new", async () => {
  const host = await filledHost();
  const store = localDraftStore("test.appendix");
  const first = render(<App host={host} drafts={store} />);
  openStep("paneStepAppendix");
  await screen.findByLabelText(vi("paneAppendixTitleFirst"));
  fireEvent.change(screen.getByLabelText(vi("paneAppendixLevel")), { target: { value: "tieu_hoc" } });
  fireEvent.click(within(screen.getByRole("group", { name: vi("paneAppendixFirstLevels", { count: 3 }) })).getByRole("checkbox", { name: levelLabel("mam_non", "vi") }));
  fireEvent.change(screen.getByLabelText(vi("paneAppendixTitleSecond")), { target: { value: "KẾT QUẢ TIỂU HỌC" } });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 600)));
  first.unmount();

  const again = render(<App host={host} drafts={store} />);
  openStep("paneStepAppendix");
  await screen.findByLabelText(vi("paneAppendixTitleFirst"));
  await waitFor(() => expect((screen.getByLabelText(vi("paneAppendixLevel")) as HTMLSelectElement).value).toBe("tieu_hoc"));
  const levels = screen.getByRole("group", { name: vi("paneAppendixFirstLevels", { count: 2 }) });
  expect(within(levels).getAllByRole("checkbox").map((box) => (box as HTMLInputElement).checked)).toEqual([false, true, true]);
  expect((screen.getByLabelText(vi("paneAppendixTitleSecond")) as HTMLInputElement).value).toBe("KẾT QUẢ TIỂU HỌC");
  expect(host.written).toHaveLength(0);
  again.unmount();

  // A draft from a pane that had one level for both appendices: the same choice for each.
  window.localStorage.setItem(
    "test.old",
    JSON.stringify({ version: 1, plan: null, unitsText: "", appendix: { level: "tieu_hoc", targets: ["T002"], units: null, period: "" } }),
  );
  const old = render(<App host={host} drafts={localDraftStore("test.old")} />);
  openStep("paneStepAppendix");
  await screen.findByLabelText(vi("paneAppendixTitleFirst"));
  await waitFor(() => expect(screen.getByText(vi("paneAppendixSummary", { first: 2, second: 1, units: 1 }))).toBeTruthy());
  expect((screen.getByLabelText(vi("paneAppendixLevel")) as HTMLSelectElement).value).toBe("tieu_hoc");
  old.unmount();

  // Choices that do not read back, and a draft from before the step kept any: the defaults.
  for (const appendix of [{ first: "Phụ lục", second: 5, titles: [] }, undefined]) {
    window.localStorage.setItem("test.broken", JSON.stringify({ version: 1, plan: null, unitsText: "", appendix }));
    const broken = render(<App host={host} drafts={localDraftStore("test.broken")} />);
    openStep("paneStepAppendix");
    await screen.findByLabelText(vi("paneAppendixTitleFirst"));
    await waitFor(() => expect(screen.getByText(vi("paneAppendixSummary", { first: 5, second: 1, units: 1 }))).toBeTruthy());
    broken.unmount();
  }
});
