/** @jest-environment jsdom */
// Accessibility of every step as a planner sees it mid-task (tables, lists,
// messages, the review before writing), checked by axe. jsdom lays nothing
// out, so colour contrast is not judged here; everything else axe knows is.
import "./jsdom-shims";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { extractPlan } from "../../src/domain/extract";
import { App } from "../../src/taskpane/App";
import { describeWorkbook } from "../../src/workbook/describe";
import { MemoryHost } from "../helpers/memory-host";
import { PLAN_TEXT, UNITS_TEXT, button, openStep, panel, pasteAndRead, settle, vi } from "./pane-fixtures";

expect.extend(toHaveNoViolations);

// Several full renders of Fluent tables in jsdom (and axe walking them) are slow on a busy machine.
jest.setTimeout(300_000);

beforeEach(() => window.localStorage.clear());

test("step 1: the import controls, the editable table with an error, and the review before writing", async () => {
  const host = new MemoryHost();
  host.addSheet("Tổng hợp");
  const { container } = render(<App host={host} sample={{ fileName: "mau.txt", load: async () => new Uint8Array() }} />);
  expect(await axe(container)).toHaveNoViolations();

  await pasteAndRead(PLAN_TEXT);
  fireEvent.change(screen.getByLabelText(vi("paneFieldValue", { id: "T002" })), { target: { value: "abc" } });
  expect(await axe(container)).toHaveNoViolations();

  fireEvent.change(screen.getByLabelText(vi("paneFieldValue", { id: "T002" })), { target: { value: "98" } });
  fireEvent.click(button("paneWrite"));
  await screen.findByRole("heading", { name: vi("paneReviewTitle") });
  expect(await axe(container)).toHaveNoViolations();
});

test("step 3: the unit list, its preview and its skipped lines", async () => {
  const { container } = render(<App host={new MemoryHost()} />);
  openStep("paneStepUnits");
  await screen.findByRole("button", { name: vi("paneUnitsWrite") });
  expect(await axe(container)).toHaveNoViolations();
  fireEvent.change(within(panel()).getByRole("textbox", { name: vi("paneUnitsPasteLabel") }), {
    target: { value: `${UNITS_TEXT}\nTrường ABC\tLiên cấp` },
  });
  await screen.findByRole("table", { name: vi("paneUnitsTable") });
  expect(await axe(container)).toHaveNoViolations();
});

test("step 4: the check's counts, lists and problems", async () => {
  const host = new MemoryHost();
  await host.writeBook(describeWorkbook(extractPlan(PLAN_TEXT), []));
  host.typeEntry("HUYEN", "T002", "numerator", 90);
  host.typeEntry("HUYEN", "T002", "denominator", 100);
  host.typeEntry("HUYEN", "T003", "numerator", "?");
  host.typeEntry("HUYEN", "T003", "denominator", 100);
  host.typeEntry("HUYEN", "T001", "value", 1);
  const { container } = render(<App host={host} />);
  openStep("paneStepCheck");
  fireEvent.click(await screen.findByRole("button", { name: vi("paneCheckRun") }));
  await screen.findByRole("table", { name: vi("paneCheckCountsTable") });
  await waitFor(() => expect(screen.getByText(vi("paneCheckInvalidTitle", { count: 1 }))).toBeTruthy());
  await settle();
  expect(await axe(container)).toHaveNoViolations();
});

test("outside Excel, in English", async () => {
  const { container } = render(<App host={null} />);
  fireEvent.click(screen.getByRole("button", { name: "English" }));
  await pasteAndReadEnglish();
  expect(await axe(container)).toHaveNoViolations();
});

async function pasteAndReadEnglish(): Promise<void> {
  fireEvent.change(screen.getByRole("textbox", { name: "Plan text" }), { target: { value: PLAN_TEXT } });
  fireEvent.click(screen.getByRole("button", { name: "Read targets" }));
  await screen.findByRole("list", { name: "Targets (editable)" });
}
