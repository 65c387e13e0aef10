// The message catalog, English: the same keys as ../vi/preview.ts, checked by the type.
import type { English } from "../message";
import type { previewVi } from "../vi/preview";

export const previewEn = {
  // --- The page ------------------------------------------------------------------
  previewPageTitle: "Plan targets preview",
  previewBanner: "Browser preview: the workbook on the left stands in for Excel, the Plan targets pane is on the right.",
  previewWorkbookLabel: "Workbook",
  previewEmptyHint: "The workbook has no tracking book yet. Use the pane on the right to read a plan (a sample plan is ready) and write it to the workbook.",
  previewDownload: "Download .xlsx",
  previewDownloading: "Making the .xlsx file…",
  previewDownloadFailed: "The .xlsx file could not be made. Check the network connection and try again.",
  previewDownloaded: "Downloaded {file}.",
  previewOpen: "Open an .xlsx file",
  previewOpened: "Opened {file}.",
  previewOpenFailed: "Could not open {file}: {reason}",
  previewOpenUnreadable: "the file is damaged or not an Excel .xlsx workbook.",
  previewReplaceUnsaved: "The open book has changes not yet downloaded. Opening {file} replaces it in the page. Go on?",

  // --- Sheets and the grid -----------------------------------------------------------
  // The name of the blank sheet a new workbook starts with, as Vietnamese Excel names it.
  previewDefaultSheet: "Sheet1",
  previewSheetTabs: "Sheets",
  previewGridLabel: "Sheet {sheet}",
  previewCellEditor: "Edit cell {cell}",
  previewCellUpdated: "Cell {cell} saved; statuses recalculated.",
  previewCellSaved: "Cell {cell} saved.",
  previewRecalcFailed: "Cell {cell} was saved but the workbook could not be recalculated: {reason}",

  // --- Dialogs, as Excel shows them ------------------------------------------------------
  previewLockedTitle: "Protected cell",
  previewLocked: "Cell {cell} on sheet “{sheet}” is locked to protect its formula. Enter figures only in the yellow cells (entry cells) and the Ghi chú column.",
  previewInvalidTitle: "Invalid value",
  previewRetry: "Retry",
  previewCancel: "Cancel",
  previewClose: "Close",

  // --- npm start / npm run preview (scripts/start.mjs, scripts/serve-static.mjs) -------------
  startNoDesktopExcelPreview: "There is no desktop Excel on this machine: running the preview at {preview} and the add-in server at {url} (to load into Excel on the web).",
  startSideloadFailed: "Could not sideload the add-in into Excel (exit code {code}); running the preview instead.",
  startNoSideloadTools: "The Office sideloading tools (office-addin-debugging, optional, skipped at install because they could not be built) are not installed; running the preview instead. Install them with: npm install office-addin-debugging",

  // --- npm test: system tools the tests use (scripts/system-deps.mjs) ------------------------
  systemDepsPresent: "The system tools the tests use are all present (LibreOffice, Chromium, xmllint, poppler, DejaVu fonts, python3).",
  systemDepsInstalling: "The tests need {tools}; installing the Debian packages: {packages}",
  systemDepsInstalled: "Installed {tools}.",
  systemDepsMissing: "The tests need {tools}, which this machine lacks and cannot install by itself (that needs root or password-less sudo, on Debian/Ubuntu). Install the packages {packages}, e.g.:",
  systemDepsInstallFailed: "The install failed; {tools} still missing. See apt-get's messages above, then run:",
  startPreviewReady: "The preview (no Excel needed) is ready: {url}",
  serveStaticReady: "Serving {dir} at {url}",
  serveStaticMissing: "There is no {dir} folder; run npm run build:preview first.",
} as const satisfies English<typeof previewVi>;
