// Entry point of the task pane bundle.
import { withLaterMessages } from "../i18n/messages";
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../hosts/workbook-host";
import { App } from "./App";
import { preloadSavedLanguage } from "./language";
import { documentDraftStore, type DraftStore, localDraftStore } from "./draft-store";
import { themeFromOffice } from "./theme";

/**
 * The open workbook when the pane runs inside Excel; null in a plain browser,
 * where the pane still reads plans and says that writing needs Excel. The
 * Office.js host is its own chunk, fetched only inside Excel.
 */
async function excelHost(): Promise<WorkbookHost | null> {
  if (typeof Office === "undefined" || Office.context?.host !== Office.HostType.Excel) return null;
  try {
    const { createExcelHost } = await withLaterMessages(() => import(/* webpackChunkName: "excel-host" */ "../hosts/officejs"));
    return createExcelHost();
  } catch (error) {
    // Offline right after opening: the pane still reads plans, and says writing is unavailable.
    console.error(error);
    return null;
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  // No #root means the inline check in taskpane.html replaced the page with
  // the unsupported-Excel notice; leave that in place.
  if (!container) return;
  // office.js comes from Microsoft's CDN. If it did not load (page opened in
  // a plain browser while offline) the pane still works without Office.
  const language = preloadSavedLanguage();
  if (typeof Office !== "undefined") await Office.onReady();
  const host = await excelHost();
  await language;
  // Inside Excel the draft travels with the workbook; in a plain browser it stays in this browser.
  const drafts: DraftStore = host !== null ? documentDraftStore(Office.context.document.settings) : localDraftStore();
  createRoot(container).render(<App theme={themeFromOffice()} host={host} drafts={drafts} />);
}

void start();
