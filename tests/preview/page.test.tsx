/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The preview page as a whole: the real task pane beside the workbook, with
// the sample plan. Reading the sample and writing it to the workbook must
// make the tracking book appear in the grid, Thực hiện in front.
import "../addin/jsdom-shims";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { t } from "../../src/i18n/messages";
import { PreviewHost } from "../../src/preview/preview-host";
import { PreviewPage } from "../../src/preview/PreviewPage";
import { SAMPLE_PATH } from "../../src/preview/sample";
import { SHEET } from "../../src/workbook/layout";

const SAMPLE = path.resolve(__dirname, "..", "..", SAMPLE_PATH);

test("the sample plan, read and written from the pane, shows up as a tracking book in the grid", async () => {
  window.localStorage.clear();
  document.documentElement.lang = "vi";
  const host = new PreviewHost();
  const load = jest.fn(async () => new Uint8Array(readFileSync(SAMPLE)));
  render(<PreviewPage host={host} sample={{ fileName: path.basename(SAMPLE), load }} />);

  // The workbook starts as a new one, and says how to fill it.
  expect(screen.getByText(t("previewEmptyHint", "vi"))).toBeTruthy();
  expect(screen.getByRole("tab", { name: t("previewDefaultSheet", "vi") }).getAttribute("aria-selected")).toBe("true");

  fireEvent.click(screen.getByRole("button", { name: t("paneUseSample", "vi") }));
  const write = await screen.findByRole("button", { name: t("paneWrite", "vi") }, { timeout: 20_000 });
  expect(load).toHaveBeenCalledTimes(1);
  fireEvent.click(write);

  await waitFor(() => expect(screen.getByRole("grid").getAttribute("data-sheet")).toBe(SHEET.tracking), { timeout: 20_000 });
  expect(screen.queryByText(t("previewEmptyHint", "vi"))).toBeNull();
  const book = await host.readBook();
  expect(book?.plan.targets.length).toBeGreaterThan(10);
  expect(document.querySelector(`[data-sheet="${SHEET.tracking}"][data-cell="A2"]`)?.textContent).toBe(book?.rows[0]?.unitCode);
  expect(screen.getByRole("button", { name: t("previewDownload", "vi") }).getAttribute("aria-disabled")).not.toBe("true");
});
