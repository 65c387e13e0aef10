/** @jest-environment jsdom */
// Step 4: a filled book checked by the engine: counts by status, the rows
// short of their targets worst first, invalid entries with why, the book's
// problems; each row goes to its cell; the highlighting can be put back.
import "./jsdom-shims";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { extractPlan } from "../../src/domain/extract";
import { parseUnitsText } from "../../src/domain/unit-list";
import { skippedPartMessageKey } from "../../src/hosts/officejs/features";
import { App } from "../../src/taskpane/App";
import { t } from "../../src/i18n/messages";
import { describeWorkbook } from "../../src/workbook/describe";
import { SHEET, TRACKING } from "../../src/workbook/layout";
import { MemoryHost } from "../helpers/memory-host";
import { PLAN_TEXT, UNITS_TEXT, button, isDisabled, openStep, settle, vi } from "./pane-fixtures";

beforeEach(() => window.localStorage.clear());

interface Filled {
  host: MemoryHost;
  code: (name: string) => string;
  row: (unitCode: string, targetId: string) => number;
}

/** The plan for three schools, with one row met, one nearly met, one missed and one invalid. */
async function filledBook(): Promise<Filled> {
  const host = new MemoryHost();
  await host.writeBook(describeWorkbook(extractPlan(PLAN_TEXT), parseUnitsText(UNITS_TEXT).units));
  host.written.length = 0;
  host.calls.length = 0;
  const codes = new Map(host.read()?.units.map((unit) => [unit.name, unit.code]));
  const code = (name: string): string => codes.get(name) as string;
  host.typeEntry(code("Trường MN Hoa Ban"), "T001", "numerator", 100);
  host.typeEntry(code("Trường MN Hoa Ban"), "T001", "denominator", 100);
  // Typed over the rate's formula beside Tử số and Mẫu số, and saying the same: nothing to report (issue 12).
  host.typeEntry(code("Trường MN Hoa Ban"), "T001", "value", 100);
  // A tolerance that is not a number: the reader falls back to the default and reports it.
  host.sheets.get(SHEET.settings)?.get(2)?.set(2, { value: "một", formula: false });
  host.typeEntry(code("Trường TH Kim Đồng"), "T002", "numerator", 90); // ≥ 98,5 %: 8,5 points short
  host.typeEntry(code("Trường TH Kim Đồng"), "T002", "denominator", 100);
  host.typeEntry(code("Trường TH Kim Đồng"), "T003", "numerator", 94.5); // ≥ 95 %: within the 1-point tolerance
  host.typeEntry(code("Trường TH Kim Đồng"), "T003", "denominator", 100);
  host.typeEntry(code("Trường THCS Lê Lợi"), "T004", "numerator", "chín mươi");
  host.typeEntry(code("Trường THCS Lê Lợi"), "T004", "denominator", 100);
  host.typeEntry("HUYEN", "T005", "value", 10);
  const row = (unitCode: string, targetId: string): number =>
    host.read()?.rows.find((entry) => entry.unitCode === unitCode && entry.targetId === targetId)?.sheetRow ?? -1;
  return { host, code, row };
}

async function runCheck(host: MemoryHost): Promise<void> {
  openStep("paneStepCheck");
  const check = await screen.findByRole("button", { name: vi("paneCheckRun") });
  const before = host.calls.length;
  fireEvent.click(check);
  await waitFor(() => expect(host.calls.length).toBeGreaterThan(before));
  await settle();
}

test("counts by status, gaps worst first, invalid entries with reasons, and the book's problems", async () => {
  const { host, code } = await filledBook();
  render(<App host={host} />);
  await runCheck(host);

  const counts = screen.getByRole("table", { name: vi("paneCheckCountsTable") });
  const byStatus = Object.fromEntries(
    within(counts)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [within(row).getByRole("rowheader").textContent, within(row).getAllByRole("cell").map((cell) => cell.textContent)]),
  );
  expect(byStatus).toEqual({
    [vi("wbStatusMet")]: ["2", "2"],
    [vi("wbStatusNear")]: ["1", "1"],
    [vi("wbStatusMissed")]: ["1", "1"],
    [vi("wbStatusMissing")]: ["0", "0"],
    [vi("wbStatusInvalid")]: ["1", "1"],
  });
  // In the workbook's own colours.
  const met = within(counts).getByText(vi("wbStatusMet"));
  expect(met.style.backgroundColor).toBe("rgb(198, 239, 206)");

  const gaps = screen.getByRole("list", { name: vi("paneCheckGapsTitle", { count: 2 }) });
  const gapItems = within(gaps).getAllByRole("button");
  expect(gapItems.map((item) => item.textContent?.split("Tỷ lệ")[0])).toEqual([
    vi("paneCheckGapItem", { target: "T002", unit: "Trường TH Kim Đồng", status: vi("wbStatusMissed"), gap: "-8,5 %" }),
    vi("paneCheckGapItem", { target: "T003", unit: "Trường TH Kim Đồng", status: vi("wbStatusNear"), gap: "-0,5 %" }),
  ]);

  const invalid = screen.getByRole("list", { name: vi("paneCheckInvalidTitle", { count: 1 }) });
  const leLoiRow = host.read()?.rows.find((row) => row.unitCode === code("Trường THCS Lê Lợi"))?.sheetRow;
  expect(within(invalid).getByRole("button").textContent).toContain(
    vi("paneCheckInvalidItem", {
      target: "T004",
      unit: "Trường THCS Lê Lợi",
      reason: vi("cliReasonNotANumber"),
      cell: `${TRACKING.numerator}${leLoiRow}`,
    }),
  );
  expect(screen.getByText(vi("paneCheckProblemsTitle", { count: 1 }))).toBeTruthy();
  expect(screen.getByText(/ô B2 \(dung sai\)/)).toBeTruthy();
  // No unit gave only a rate: no whole-area figure is provisional.
  expect(screen.queryByText(/Tạm tính/)).toBeNull();
});

test("in English, the book's problems are said in English", async () => {
  const { host } = await filledBook();
  render(<App host={host} />);
  fireEvent.click(screen.getByRole("button", { name: t("paneLanguageEn", "en") }));
  openStep("paneStepCheck", "en");
  const before = host.calls.length;
  fireEvent.click(await screen.findByRole("button", { name: t("paneCheckRun", "en") }));
  await waitFor(() => expect(host.calls.length).toBeGreaterThan(before));
  await settle();
  expect(screen.getByText(t("paneCheckProblemsTitle", "en", { count: 1 }))).toBeTruthy();
  // The default tolerance is written the English way too.
  expect(screen.getByText(t("wbProblemBadTolerance", "en", { cell: "B2", value: "1", valueEn: "1" }))).toBeTruthy();
  expect(screen.queryByText(/ô B2 \(dung sai\)/)).toBeNull();
});

test("a unit that typed only a rate: judged on it, and the whole-area rate is provisional, naming the unit", async () => {
  const { host, code } = await filledBook();
  const kimDong = code("Trường TH Kim Đồng");
  host.typeEntry(kimDong, "T002", "numerator", null);
  host.typeEntry(kimDong, "T002", "denominator", null);
  host.typeEntry(kimDong, "T002", "value", 99);
  render(<App host={host} />);
  await runCheck(host);
  // Kim Đồng is the only primary school: its 99 % meets ≥ 98,5 %, and the area, with no Mẫu số at all, is Tạm tính.
  expect(host.read()?.rows.filter((row) => row.targetId === "T002").map((row) => row.unitCode)).toEqual([kimDong]);
  expect(screen.getByText(vi("cliCheckProvisional", { target: "T002", units: kimDong }))).toBeTruthy();
});

test("choosing a row selects its cell: the status cell, or the offending entry of an invalid row", async () => {
  const { host, code, row } = await filledBook();
  render(<App host={host} />);
  await runCheck(host);

  const gaps = screen.getByRole("list", { name: vi("paneCheckGapsTitle", { count: 2 }) });
  fireEvent.click(within(gaps).getAllByRole("button")[0]);
  const invalid = screen.getByRole("list", { name: vi("paneCheckInvalidTitle", { count: 1 }) });
  // Keyboard: the items are buttons, reached by Tab and pressed with Enter like any button.
  const item = within(invalid).getByRole("button");
  item.focus();
  expect(document.activeElement).toBe(item);
  fireEvent.click(item);
  await settle();
  expect(host.selections).toEqual([
    { sheet: "Thực hiện", address: `${TRACKING.status}${row(code("Trường TH Kim Đồng"), "T002")}` },
    { sheet: "Thực hiện", address: `${TRACKING.numerator}${row(code("Trường THCS Lê Lợi"), "T004")}` },
  ]);

  jest.spyOn(console, "error").mockImplementation(() => undefined);
  host.failures.set("select", new Error("ItemNotFound"));
  fireEvent.click(within(gaps).getAllByRole("button")[1]);
  const cell = `${TRACKING.status}${row(code("Trường TH Kim Đồng"), "T003")}`;
  expect(await screen.findByText(vi("paneSelectFailed", { cell, sheet: "Thực hiện" }))).toBeTruthy();
});

test("rows with no figures yet are counted, not passed over, and the first one is a click away; invalid figures come first", async () => {
  const { host, code, row } = await filledBook();
  const kimDong = code("Trường TH Kim Đồng");
  // Kim Đồng's T002 and T003 emptied: two rows without figures, and nothing short of its target any more.
  for (const target of ["T002", "T003"]) for (const field of ["numerator", "denominator"] as const) host.typeEntry(kimDong, target, field, null);
  render(<App host={host} />);
  await runCheck(host);
  const total = host.read()?.rows.length ?? 0;
  expect(screen.getByText(vi("paneCheckMissingFigures", { count: 2, total }))).toBeTruthy();
  expect(screen.getByText(vi("paneCheckNoGapsYet", { count: total - 2 }))).toBeTruthy();
  expect(screen.queryByText(vi("paneCheckNoGaps"))).toBeNull();
  const first = `${TRACKING.numerator}${row(kimDong, "T002")}`;
  fireEvent.click(screen.getByRole("button", { name: vi("paneCheckFirstMissing", { target: "T002", unit: "Trường TH Kim Đồng", cell: first }) }));
  await settle();
  expect(host.selections).toEqual([{ sheet: "Thực hiện", address: first }]);
  // The invalid figures' list is above the rows without figures.
  const invalid = screen.getByRole("list", { name: vi("paneCheckInvalidTitle", { count: 1 }) });
  const missing = screen.getByText(vi("paneCheckMissingFigures", { count: 2, total }));
  expect(invalid.compareDocumentPosition(missing) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test("the highlighting can be reapplied, naming what this Excel could not apply", async () => {
  const { host } = await filledBook();
  render(<App host={host} />);
  openStep("paneStepCheck");
  fireEvent.click(await screen.findByRole("button", { name: vi("paneCheckReapply") }));
  expect(await screen.findByText(vi("paneCheckReapplied"))).toBeTruthy();
  expect(host.highlighted).toHaveLength(1);
  expect(host.highlighted[0].sheets.some((sheet) => sheet.conditionalFormats.length > 0)).toBe(true);

  host.skips = ["conditionalFormats"];
  fireEvent.click(button("paneCheckReapply"));
  expect(await screen.findByText(vi(skippedPartMessageKey("conditionalFormats")))).toBeTruthy();
  expect(screen.getByText(vi("paneWriteSkipped"))).toBeTruthy();
});

test("a workbook without a book, and a host that fails, are said plainly", async () => {
  const host = new MemoryHost();
  render(<App host={host} />);
  await runCheck(host);
  expect(screen.getByText(vi("paneCheckNoBook"))).toBeTruthy();
  expect(screen.queryByRole("table")).toBeNull();

  jest.spyOn(console, "error").mockImplementation(() => undefined);
  host.failures.set("readBook", new TypeError("Cannot read properties of undefined"));
  fireEvent.click(button("paneCheckRun"));
  expect(await screen.findByText(vi("paneHostReadFailed"))).toBeTruthy();
  expect(screen.queryByText(/Cannot read properties/)).toBeNull();
});

test("while checking, both buttons are disabled and a second press does nothing", async () => {
  const { host } = await filledBook();
  render(<App host={host} />);
  openStep("paneStepCheck");
  const check = await screen.findByRole("button", { name: vi("paneCheckRun") });
  const release = host.hold();
  fireEvent.click(check);
  await waitFor(() => expect(isDisabled(button("paneCheckRun"))).toBe(true));
  expect(isDisabled(button("paneCheckReapply"))).toBe(true);
  expect(screen.getByText(vi("paneBusyChecking"))).toBeTruthy();
  fireEvent.click(button("paneCheckRun"));
  fireEvent.click(button("paneCheckReapply"));
  release();
  await screen.findByRole("table", { name: vi("paneCheckCountsTable") });
  expect(host.calls).toEqual(["readBook"]);
  expect(isDisabled(button("paneCheckRun"))).toBe(false);
});
