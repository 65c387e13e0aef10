/** @jest-environment jsdom */
// Step 3: the unit list from pasted text or the selected range, previewed
// with its problems, then written as entry rows, keeping what the remaining
// units entered and asking before deleting the figures of units taken out.
import "./jsdom-shims";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { defaultAreaName } from "../../src/domain/area";
import { extractPlan } from "../../src/domain/extract";
import { parseUnitsText } from "../../src/domain/unit-list";
import { describeWorkbook } from "../../src/workbook/describe";
import { App } from "../../src/taskpane/App";
import { selectionText } from "../../src/taskpane/UnitsStep";
import { MemoryHost } from "../helpers/memory-host";
import { PLAN_TEXT, UNITS_TEXT, button, isDisabled, openStep, panel, pasteAndRead, settle, vi } from "./pane-fixtures";

beforeEach(() => window.localStorage.clear());

/** A host whose workbook already holds the plan's book for these units. */
async function hostWithBook(unitsText = ""): Promise<MemoryHost> {
  const host = new MemoryHost();
  await host.writeBook(describeWorkbook(extractPlan(PLAN_TEXT), parseUnitsText(unitsText).units));
  host.written.length = 0;
  host.calls.length = 0;
  return host;
}

/** Clicks a button once the step's first read of the book is done (buttons wait while the pane is busy). */
async function clickWhenReady(name: string): Promise<void> {
  const found = await screen.findByRole("button", { name });
  await waitFor(() => expect(isDisabled(found)).toBe(false));
  fireEvent.click(found);
}

function pasteUnits(text: string): void {
  fireEvent.change(within(panel()).getByRole("textbox", { name: vi("paneUnitsPasteLabel") }), { target: { value: text } });
}

async function makeRows(host: MemoryHost): Promise<void> {
  const before = host.calls.length;
  fireEvent.click(button("paneUnitsWrite"));
  await waitFor(() => expect(host.calls.length).toBeGreaterThan(before));
  await settle();
}

test("a pasted list is previewed, with skipped lines named by their line number", async () => {
  render(<App host={new MemoryHost()} />);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  pasteUnits(`${UNITS_TEXT}\nTrường ABC\tLiên cấp\t\t`);
  const table = await screen.findByRole("table", { name: vi("paneUnitsTable") });
  const rows = within(table).getAllByRole("row").slice(1);
  expect(rows.map((row) => within(row).getAllByRole("cell")[1].textContent)).toEqual([
    "Trường MN Hoa Ban",
    "Trường TH Kim Đồng",
    "Trường THCS Lê Lợi",
  ]);
  expect(within(rows[0]).getByText(vi("levelMamNon"))).toBeTruthy();
  expect(within(rows[0]).getByText("ĐBKK")).toBeTruthy();
  expect(screen.getByText(vi("paneUnitsPreviewTitle", { count: 3 }))).toBeTruthy();
  expect(screen.getByText(vi("paneUnitsProblemsTitle", { count: 1 }))).toBeTruthy();
  expect(screen.getByText(vi("unitsUnknownLevel", { line: 5, name: "Trường ABC", level: "Liên cấp" }))).toBeTruthy();
});

test("a unit coded HUYEN is said to become the district's row, apart from the skipped lines", async () => {
  render(<App host={new MemoryHost()} />);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  pasteUnits("Mã đơn vị;Tên đơn vị;Cấp học\nMN01;Trường MN Hoa Ban;MN\nHUYEN;Phòng GD&ĐT Bắc Sơn;\n");
  await screen.findByRole("table", { name: vi("paneUnitsTable") });
  expect(screen.getByText(vi("paneUnitsNoticesTitle", { count: 1 }))).toBeTruthy();
  expect(screen.getByText(vi("unitsDistrictCode", { line: 3, code: "HUYEN", name: "Phòng GD&ĐT Bắc Sơn" }))).toBeTruthy();
  expect(screen.queryByText(vi("paneUnitsProblemsTitle", { count: 1 }))).toBeNull();
});

test("the selected range becomes the list, names with commas kept whole", async () => {
  const host = new MemoryHost();
  host.selection = [
    ["Tên trường", "Cấp học"],
    ["Trường TH Kim Đồng, điểm chính", "TH"],
    ["", ""],
    ["Trường MN Hoa Ban", "MN"],
  ];
  render(<App host={host} />);
  openStep("paneStepUnits");
  await clickWhenReady(vi("paneUnitsUseSelection"));
  const table = await screen.findByRole("table", { name: vi("paneUnitsTable") });
  expect(within(table).getByText("Trường TH Kim Đồng, điểm chính")).toBeTruthy();
  expect(within(table).getByText("Trường MN Hoa Ban")).toBeTruthy();
  // Beside the step's own read of the book (for the codes it shows), only the selection was read.
  expect(host.calls.filter((call) => call !== "readBook")).toEqual(["selectedText"]);
});

test("a single column of names is not split at its commas or semicolons", () => {
  const text = selectionText([["Trường TH A, B"], ["Trường MN C; D"]]);
  expect(parseUnitsText(text).units.map((unit) => unit.name)).toEqual(["Trường TH A, B", "Trường MN C; D"]);
});

test("an empty selection says what to do", async () => {
  const host = new MemoryHost();
  host.selection = [[""]];
  render(<App host={host} />);
  openStep("paneStepUnits");
  await clickWhenReady(vi("paneUnitsUseSelection"));
  expect(await screen.findByText(vi("paneUnitsSelectionEmpty"))).toBeTruthy();
});

test("entry rows for the units are written into the book without asking when nothing is lost", async () => {
  const host = await hostWithBook();
  render(<App host={host} />);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  pasteUnits(UNITS_TEXT);
  await makeRows(host);
  expect(host.written).toHaveLength(1);
  const book = host.read();
  // The area field was left alone: the book keeps its whole-area row's name.
  const area = defaultAreaName(extractPlan(PLAN_TEXT).meta);
  expect(book?.units.map((unit) => unit.name)).toEqual(["Trường MN Hoa Ban", "Trường TH Kim Đồng", "Trường THCS Lê Lợi", area]);
  // MN: T001; TH: T002, T003; THCS: T004; the district: T005.
  expect(book?.rows).toHaveLength(5);
  expect(screen.getByText(vi("paneWriteDone", { targets: 5, units: 4, rows: 5 }))).toBeTruthy();
});

test("the whole-area row's name can be typed; a blank one is refused in words and nothing is written", async () => {
  const host = await hostWithBook();
  render(<App host={host} />);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  pasteUnits(UNITS_TEXT);
  const field = within(panel()).getByRole("textbox", { name: vi("paneAreaLabel") });
  fireEvent.change(field, { target: { value: "   " } });
  fireEvent.click(button("paneUnitsWrite"));
  expect(await screen.findByText(vi("areaEmpty"))).toBeTruthy();
  expect(host.written).toHaveLength(0);

  fireEvent.change(field, { target: { value: "Toàn xã  Tu Vũ" } });
  await makeRows(host);
  expect(host.written).toHaveLength(1);
  const book = host.read();
  expect(book?.area).toBe("Toàn xã Tu Vũ");
  expect(book?.units.at(-1)).toMatchObject({ code: "HUYEN", name: "Toàn xã Tu Vũ" });
});

test("taking out a unit with figures asks first, naming how many rows would go; the others keep theirs", async () => {
  const host = await hostWithBook(UNITS_TEXT);
  const codes = new Map(host.read()?.units.map((unit) => [unit.name, unit.code]));
  const kimDong = codes.get("Trường TH Kim Đồng") as string;
  const leLoi = codes.get("Trường THCS Lê Lợi") as string;
  host.typeEntry(leLoi, "T004", "numerator", 50);
  host.typeEntry(kimDong, "T002", "numerator", 80);
  host.typeEntry(kimDong, "T002", "denominator", 100);

  render(<App host={host} />);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  // Lê Lợi dropped, a new school inserted first: codes by position would shift, the pane keeps them by name.
  pasteUnits(["Tên trường\tCấp học", "Trường TH Nậm Cà\tTH", "Trường MN Hoa Ban\tMN", "Trường TH Kim Đồng\tTH"].join("\n"));
  await makeRows(host);

  expect(host.written).toHaveLength(0);
  expect(screen.getByText(vi("paneReviewUnitsSummary", { added: 1, removed: 1, kept: 2 }))).toBeTruthy();
  expect(screen.getByText(vi("paneReviewDataAtRisk", { count: 1 }))).toBeTruthy();
  expect(screen.getByText(/^Trường THCS Lê Lợi · T004/)).toBeTruthy();

  fireEvent.click(button("paneConfirmWrite"));
  await waitFor(() => expect(host.written).toHaveLength(1));
  const book = host.read();
  const kept = book?.rows.find((row) => row.unitCode === kimDong && row.targetId === "T002");
  expect(kept?.unitName).toBe("Trường TH Kim Đồng");
  expect(kept?.entry).toMatchObject({ numerator: 80, denominator: 100 });
  // The new school gets a code of its own, not the removed school's (whose figures would pass to it).
  const namCa = book?.units.find((unit) => unit.name === "Trường TH Nậm Cà");
  expect(namCa?.code).toBeDefined();
  expect([kimDong, leLoi, codes.get("Trường MN Hoa Ban")]).not.toContain(namCa?.code);
  expect(book?.units.find((unit) => unit.name === "Trường MN Hoa Ban")?.code).toBe(codes.get("Trường MN Hoa Ban"));
  expect(book?.rows.some((row) => row.unitCode === leLoi)).toBe(false);
});

test("without a book, the plan being edited makes one; without either, it says to import first", async () => {
  const empty = new MemoryHost();
  const { unmount } = render(<App host={empty} />);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  pasteUnits(UNITS_TEXT);
  await makeRows(empty);
  expect(screen.getByText(vi("paneUnitsNoPlan"))).toBeTruthy();
  expect(empty.written).toHaveLength(0);
  unmount();

  const host = new MemoryHost();
  render(<App host={host} />);
  await pasteAndRead(PLAN_TEXT);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  pasteUnits(UNITS_TEXT);
  await makeRows(host);
  expect(host.read()?.units).toHaveLength(4);
});

test("outside Excel the list still previews, and writing says it needs Excel or the preview", async () => {
  render(<App host={null} />);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  pasteUnits(UNITS_TEXT);
  expect(screen.getByRole("table", { name: vi("paneUnitsTable") })).toBeTruthy();
  expect(isDisabled(button("paneUnitsWrite"))).toBe(true);
  expect(isDisabled(button("paneUnitsUseSelection"))).toBe(true);
  expect(within(panel()).getByText(vi("paneNoHost"))).toBeTruthy();
});

test("a second list: replace or add; the codes shown are the codes written; repeated schools and schools without targets are named", async () => {
  const host = await hostWithBook(UNITS_TEXT);
  const before = host.read()?.units.filter((unit) => unit.code !== "HUYEN") ?? [];
  render(<App host={host} />);
  openStep("paneStepUnits");
  const replace = await screen.findByRole("radio", { name: vi("paneUnitsModeReplace") });
  expect((replace as HTMLInputElement).checked).toBe(true);
  pasteUnits(["Trường TH Kim Đồng\tTH", "Trường THPT Mới\tTHPT", "Trường MN Sen\tMN", "Trường MN Sen\tMN"].join("\n"));
  const codesShown = () =>
    within(screen.getByRole("table", { name: vi("paneUnitsTable") }))
      .getAllByRole("row")
      .slice(1)
      .map((row) => [within(row).getAllByRole("cell")[0].textContent, within(row).getAllByRole("cell")[1].textContent]);
  const kimDong = before.find((unit) => unit.name === "Trường TH Kim Đồng")?.code;
  // Replacing: Kim Đồng keeps the code its figures are under.
  expect(codesShown()[0]).toEqual([kimDong, "Trường TH Kim Đồng"]);
  expect(screen.getByText(vi("paneUnitsRepeatedName", { name: "Trường MN Sen", count: 2 }))).toBeTruthy();
  const thpt = codesShown().find(([, name]) => name === "Trường THPT Mới")?.[0] as string;
  expect(screen.getByText(vi("paneUnitsNoTargets", { code: thpt, name: "Trường THPT Mới", levels: vi("levelThpt") }))).toBeTruthy();

  // Adding: the book's three, then the new ones; Kim Đồng is not added twice.
  fireEvent.click(screen.getByRole("radio", { name: vi("paneUnitsModeAdd") }));
  const shown = codesShown();
  expect(shown.slice(0, 3)).toEqual(before.map((unit) => [unit.code, unit.name]));
  expect(shown.map(([, name]) => name)).toEqual([...before.map((unit) => unit.name), "Trường THPT Mới", "Trường MN Sen", "Trường MN Sen"]);
  expect(screen.getByText(vi("paneUnitsAlreadyThere", { name: "Trường TH Kim Đồng" }))).toBeTruthy();
  await makeRows(host);
  const confirm = screen.queryByRole("button", { name: vi("paneConfirmWrite") });
  if (confirm) fireEvent.click(confirm);
  await waitFor(() => expect(host.written.length).toBe(1));
  expect(host.read()?.units.filter((unit) => unit.code !== "HUYEN").map((unit) => [unit.code, unit.name])).toEqual(shown);
});
