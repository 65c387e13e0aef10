// Entry point of the task pane bundle.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { themeFromOffice } from "./theme";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  // No #root means the inline check in taskpane.html replaced the page with
  // the unsupported-Excel notice; leave that in place.
  if (!container) return;
  // office.js comes from Microsoft's CDN. If it did not load (page opened in
  // a plain browser while offline) the pane still works without Office.
  if (typeof Office !== "undefined") await Office.onReady();
  createRoot(container).render(<App theme={themeFromOffice()} />);
}

void start();
