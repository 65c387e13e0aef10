// The Node pdf.js, watched: which pages the reader asks for, whether it lets
// pdf.js go, and (for tests that need the read to stand still) a hold before
// a page is handed over. The pages are pdf.js's own.
import type { PdfjsDocumentParams, PdfjsLoader } from "../../src/readers";
import { loadPdfjsInNode } from "../../src/readers/pdfjs-node";

export interface PdfjsSpy {
  loader: PdfjsLoader;
  /** Times the loader was called. */
  loads: number;
  /** Page numbers asked for, in order. */
  pages: number[];
  /** Times a loading task was destroyed. */
  destroyed: number;
  /** Before handing over a page: resolve to go on (the default goes on at once). */
  beforePage: (page: number) => Promise<void>;
}

export function spyPdfjs(): PdfjsSpy {
  const spy: PdfjsSpy = {
    loads: 0,
    pages: [],
    destroyed: 0,
    beforePage: () => Promise.resolve(),
    loader: async () => {
      spy.loads += 1;
      const lib = await loadPdfjsInNode();
      return {
        getDocument: (params: PdfjsDocumentParams) => {
          const task = lib.getDocument(params);
          return {
            promise: task.promise.then((document) => ({
              numPages: document.numPages,
              getPage: async (page: number) => {
                spy.pages.push(page);
                await spy.beforePage(page);
                return document.getPage(page);
              },
            })),
            destroy: () => {
              spy.destroyed += 1;
              return task.destroy();
            },
          };
        },
      };
    },
  };
  return spy;
}

/** A promise and its resolver, to hold a page until the test lets it go. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
