/** @jest-environment jsdom */
// The review draft and the unit list being pasted survive the pane closing
// and opening again (a reload): kept in a draft store (the document's
// settings in Excel, localStorage in a browser) and read back on start.
import "./jsdom-shims";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { documentDraftStore, type DraftStore, localDraftStore, type SavedWork } from "../../src/taskpane/draft-store";
import { MemoryHost } from "../helpers/memory-host";
import { PLAN_TEXT, UNITS_TEXT, openStep, panel, pasteAndRead, vi } from "./pane-fixtures";

beforeEach(() => window.localStorage.clear());

/** Waits past the store's delay, so what was typed is saved. */
async function saved(): Promise<void> {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 600)));
}

test("edited targets and a pasted unit list come back after the pane is closed and opened again", async () => {
  const store = localDraftStore("test.draft");
  const first = render(<App host={new MemoryHost()} drafts={store} />);
  await pasteAndRead(PLAN_TEXT);
  const value = screen.getByLabelText("Giá trị của T002", { selector: "input" }) as HTMLInputElement;
  fireEvent.change(value, { target: { value: "97,5" } });
  openStep("paneStepUnits");
  const units = await within(panel()).findByRole("textbox", { name: vi("paneUnitsPasteLabel") });
  fireEvent.change(units, { target: { value: UNITS_TEXT } });
  await saved();
  first.unmount();

  render(<App host={new MemoryHost()} drafts={store} />);
  expect(((await screen.findByLabelText("Giá trị của T002", { selector: "input" })) as HTMLInputElement).value).toBe("97,5");
  openStep("paneStepUnits");
  expect(((await within(panel()).findByRole("textbox", { name: vi("paneUnitsPasteLabel") })) as HTMLTextAreaElement).value).toBe(UNITS_TEXT);
});

test("a stored draft that does not read back is ignored, and Excel's store keeps it in the document's settings", () => {
  window.localStorage.setItem("test.broken", "{not json");
  expect(localDraftStore("test.broken").load()).toBeNull();
  window.localStorage.setItem("test.broken", JSON.stringify({ version: 2, plan: null, unitsText: "" }));
  expect(localDraftStore("test.broken").load()).toBeNull();

  const settings = new Map<string, unknown>();
  let saves = 0;
  const store: DraftStore = documentDraftStore({ get: (name) => settings.get(name), set: (name, value) => settings.set(name, value), saveAsync: () => void saves++ });
  const work: SavedWork = { version: 1, plan: null, unitsText: "Trường A\tTH" };
  store.save(work);
  expect(saves).toBe(1);
  expect(store.load()).toEqual(work);
  // Too big to carry inside the workbook: not kept, rather than bloating every save.
  store.save({ ...work, unitsText: "x".repeat(1_100_000) });
  expect(store.load()).toBeNull();
});
