/** @jest-environment jsdom */
// When the engine chunk cannot be downloaded (the webview went offline after
// the pane opened), the planner gets a plain message, not a broken pane.
import "./jsdom-shims";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { t } from "../../src/i18n/messages";

jest.mock("../../src/domain/extract", () => {
  throw new Error("Loading chunk engine failed");
});

test("a failed engine download is reported and the pane keeps working", async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(<App host={null} />);
  fireEvent.change(screen.getByRole("textbox", { name: t("panePasteLabel", "vi") }), { target: { value: "Kế hoạch" } });
  fireEvent.click(screen.getByRole("button", { name: t("paneRead", "vi") }));
  expect(await screen.findByText(t("paneEngineLoadFailed", "vi"))).toBeTruthy();
  expect(screen.queryByRole("list", { name: t("paneEditList", "vi") })).toBeNull();
  const read = screen.getByRole("button", { name: t("paneRead", "vi") });
  expect(read.hasAttribute("disabled") || read.getAttribute("aria-disabled") === "true").toBe(false);
});
