/** @jest-environment jsdom */
// End to end inside the pane: a real seed plan, pasted, read by the real
// engine (loaded through the same dynamic import the bundle uses), shown as
// one row per target the engine found.
import "./jsdom-shims";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { extractPlan } from "../../src/domain/extract";
import { App } from "../../src/taskpane/App";
import { t } from "../../src/i18n/messages";

const SEED = path.resolve(__dirname, "../../seeds/dam-ha-2024.txt");

test("a pasted seed plan fills the list with the engine's targets", async () => {
  const text = readFileSync(SEED, "utf8");
  const expected = extractPlan(text);
  expect(expected.targets.length).toBeGreaterThan(0);

  render(<App host={null} />);
  fireEvent.change(screen.getByRole("textbox", { name: t("panePasteLabel", "vi") }), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: t("paneRead", "vi") }));

  // A whole plan of editable targets takes jsdom a few seconds to draw.
  const list = await screen.findByRole("list", { name: t("paneEditList", "vi") }, { timeout: 30_000 });
  // A plan this long opens as compact rows, one per target, under one heading per run of section and level.
  const rows = within(list).getAllByRole("button", { expanded: false });
  expect(rows).toHaveLength(expected.targets.length);
  const first = expected.targets[0];
  // A row opens into the editable block, with the figure highlighted in its sentence.
  fireEvent.click(rows[0]);
  const firstRow = rows[0].closest("li") as HTMLElement;
  expect(within(firstRow).getByText(first.quote, { selector: "mark" })).toBeTruthy();
  expect(within(firstRow).getByRole("textbox", { name: t("paneFieldIndicator", "vi", { id: first.id }) })).toBeTruthy();
  expect(screen.getByRole("heading", { name: t("paneTargetsTitle", "vi", { count: expected.targets.length }) })).toBeTruthy();
});
