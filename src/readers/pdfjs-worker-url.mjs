// Where the browser finds the pdf.js worker. Webpack sees
// `new URL(<file>, import.meta.url)`, emits the worker file beside the
// bundle and puts its address here (webpack.config.js names it
// pdfjs/pdf.worker.<hash>.mjs; pdf.js's CMaps and standard fonts are copied
// into the same folder). Plain JavaScript because TypeScript compiles src/ as
// CommonJS, where `import.meta` is not allowed; types in the .d.mts beside it.

/** Absolute URL of pdf.js's (legacy build) worker script. */
export function pdfjsWorkerUrl() {
  return new URL("pdfjs-dist/legacy/build/pdf.worker.min.mjs", import.meta.url).href;
}
