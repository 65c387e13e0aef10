// The slice of the pdf.js API the PDF reader uses, typed structurally so the
// reader does not depend on how pdf.js was loaded (Node build, browser build,
// or a test double).

export interface PdfjsTextItem {
  str: string;
  /** [scaleX, skewY, skewX, scaleY, x, y] */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Marked-content delimiters have no `str`; they carry no text. */
export type PdfjsTextContentItem = PdfjsTextItem | { type: string };

/** A page's text layer in batches (about 100 items each), so a runaway page can be stopped midway. */
export interface PdfjsTextReader {
  read(): Promise<{ done: boolean; value?: { items: PdfjsTextContentItem[] } }>;
}

export interface PdfjsPage {
  streamTextContent(): { getReader(): PdfjsTextReader };
  cleanup(): unknown;
}

export interface PdfjsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfjsPage>;
}

export interface PdfjsLoadingTask {
  promise: Promise<PdfjsDocument>;
  destroy(): Promise<void>;
}

export interface PdfjsDocumentParams {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  verbosity: number;
  /** Largest image, in pixels, pdf.js decodes; -1 for no limit. */
  maxImageSize?: number;
  /** Where pdf.js finds its CMaps and standard fonts; paths in Node, URLs in a browser. Must end with "/". */
  cMapUrl?: string;
  cMapPacked?: boolean;
  standardFontDataUrl?: string;
}

export interface PdfjsLib {
  getDocument(params: PdfjsDocumentParams): PdfjsLoadingTask;
}

/** Supplies pdf.js; Node uses the default loader, the task pane passes its own bundled one. */
export type PdfjsLoader = () => Promise<PdfjsLib>;

export function isPdfjsLib(value: unknown): value is PdfjsLib {
  return typeof value === "object" && value !== null && "getDocument" in value && typeof value.getDocument === "function";
}
