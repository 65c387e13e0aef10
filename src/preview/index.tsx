// Entry point of the preview bundle (preview.html): the task pane beside an
// in-browser workbook, for trying the add-in without Excel.
import { createRoot } from "react-dom/client";
import { PreviewHost } from "./preview-host";
import { PreviewPage } from "./PreviewPage";
import { sample } from "./sample";

const container = document.getElementById("root");
if (container) {
  const host = new PreviewHost();
  // For people poking at the preview from the browser console, and for end-to-end tests.
  (window as unknown as { chitieuPreview?: PreviewHost }).chitieuPreview = host;
  createRoot(container).render(<PreviewPage host={host} sample={sample} />);
}
