// Types of ./pdfjs-worker-url.mjs.

/** Absolute URL of pdf.js's (legacy build) worker script. */
export function pdfjsWorkerUrl(): string;
