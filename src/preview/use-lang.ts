// The preview's own labels follow the language the task pane is in. The pane
// keeps its vi/en choice to itself but writes it to <html lang>, so that is
// what is watched: no prop has to pass between the pane and the workbook.
import * as React from "react";
import type { Lang } from "../i18n/messages";

const pageLang = (): Lang => (document.documentElement.lang === "en" ? "en" : "vi");

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
  return () => observer.disconnect();
}

export function usePageLang(): Lang {
  return React.useSyncExternalStore(subscribe, pageLang, () => "vi");
}
