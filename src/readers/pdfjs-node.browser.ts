// Stands in for ./pdfjs-node.ts in browser bundles: webpack.config.js swaps
// the module, so the Node loader (and the Node builtins it reaches for) never
// ship to the browser, and readDocument's default PDF loader there is the
// browser one. The export keeps the Node module's name because ./pdf.ts
// imports it by that name.

export { loadBrowserPdfjs as loadPdfjsInNode } from "./pdfjs-browser";
