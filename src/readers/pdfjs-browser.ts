// Loads pdf.js in a browser (the task pane, the preview). Its legacy build,
// not the modern one: the modern build calls Promise.withResolvers and other
// recent APIs unpolyfilled, which Excel on Mac's Safari-based webview may lack.
// The library is a lazy chunk and the worker a separate file: neither is
// fetched until a PDF is opened.

import { isPdfjsLib, type PdfjsDocumentParams, type PdfjsLib, type PdfjsLoader } from "./pdfjs-types";
import { pdfjsWorkerUrl } from "./pdfjs-worker-url.mjs";

let loaded: Promise<PdfjsLib> | null = null;

export const loadBrowserPdfjs: PdfjsLoader = () => {
  // One library and one worker setting per page, however many PDFs are read.
  loaded ??= load().catch((error: unknown) => {
    // A failed download (offline) may succeed next time.
    loaded = null;
    throw error;
  });
  return loaded;
};

async function load(): Promise<PdfjsLib> {
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs");
  const workerSrc = pdfjsWorkerUrl();
  pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  if (!isPdfjsLib(pdfjs)) throw new Error("pdf.js: the browser build has no getDocument");
  // CMaps and standard fonts sit next to the worker (copied there by webpack.config.js).
  const cMapUrl = new URL("cmaps/", workerSrc).href;
  const standardFontDataUrl = new URL("standard_fonts/", workerSrc).href;
  return {
    getDocument: (params: PdfjsDocumentParams) => pdfjs.getDocument({ ...params, cMapUrl, cMapPacked: true, standardFontDataUrl }),
  };
}
