// Entry point of the preview bundle (preview.html): the task pane beside an
// in-browser workbook, for trying the add-in without Excel. The workbook is
// kept in the browser across reloads (./book-store.ts), and the page asks
// before leaving while a book holds work not yet downloaded.
// First: every message, before the workbook modules below load.
import "./all-messages";
import { createRoot } from "react-dom/client";
import { preloadSavedLanguage } from "../taskpane/language";
import { keepStored, loadStoredWorkbook } from "./book-store";
import { PreviewHost } from "./preview-host";
import { PreviewPage } from "./PreviewPage";
import { sample } from "./sample";

async function start(container: HTMLElement): Promise<void> {
  const language = preloadSavedLanguage();
  const stored = await loadStoredWorkbook().catch((error: unknown) => {
    console.error(error);
    return null;
  });
  await language;
  const host = stored === null ? new PreviewHost() : new PreviewHost(stored.sheets, stored.spec);
  if (stored !== null && host.sheet(stored.activeSheet)?.visibility === "visible") host.activate(stored.activeSheet);
  if (stored?.saved === true) host.markSaved();
  // For people poking at the preview from the browser console, and for end-to-end tests.
  (window as unknown as { chitieuPreview?: PreviewHost }).chitieuPreview = host;
  keepStored(host.subscribe, () => host.snapshot());
  window.addEventListener("beforeunload", (event) => {
    // Kept in the browser or not, a book not downloaded is in no file yet.
    if (!host.hasUnsavedWork()) return;
    event.preventDefault();
    // Older Chromium needs returnValue set to show the prompt.
    event.returnValue = "";
  });
  createRoot(container).render(<PreviewPage host={host} sample={sample} />);
}

const container = document.getElementById("root");
if (container) void start(container);
