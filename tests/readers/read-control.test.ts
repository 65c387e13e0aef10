// Following and stopping a read (issue 11, item 14): the PDF reader reports
// each page once, in order, and stops between pages (or mid-page) when its
// signal aborts, rejecting with readErrorCancelled and letting pdf.js go; an
// already-aborted signal stops a read before any parsing. The .docx reader
// honours the signal between its steps.
import { type ReadProgress, isReadCancelled, readDocument } from "../../src/readers";
import { buildSeedDocx, seedParagraphs } from "../helpers/seed-docx";
import { numberedPages, pagedPdf } from "../helpers/paged-pdf";
import { gate, spyPdfjs } from "../helpers/pdfjs-spy";
import { rejection } from "../helpers/read-error";

const PAGES = 6;
let pdf: Uint8Array;

beforeAll(async () => {
  pdf = await pagedPdf(numberedPages(PAGES));
});

describe("pdf progress", () => {
  test("is reported once a page, in order, ending at the page count", async () => {
    const spy = spyPdfjs();
    const progress: ReadProgress[] = [];
    const text = await readDocument(pdf, "ke-hoach.pdf", { loadPdfjs: spy.loader, onProgress: (step) => progress.push(step) });
    expect(progress).toEqual(Array.from({ length: PAGES }, (_, index) => ({ page: index + 1, pages: PAGES })));
    expect(spy.pages).toEqual([1, 2, 3, 4, 5, 6]);
    for (let page = 1; page <= PAGES; page += 1) expect(text).toContain(`Trang ${page}: Nâng cao chất lượng`);
  });

  test("a read without a callback or signal reads the same text", async () => {
    const followed = await readDocument(pdf, "ke-hoach.pdf", { onProgress: () => undefined, signal: new AbortController().signal });
    await expect(readDocument(pdf, "ke-hoach.pdf")).resolves.toBe(followed);
  });
});

describe("cancelling a pdf read", () => {
  test("aborting after page 2 rejects as cancelled, reads no further page and destroys pdf.js's task", async () => {
    const spy = spyPdfjs();
    const controller = new AbortController();
    const progress: number[] = [];
    const error = await rejection(
      readDocument(pdf, "ke-hoach.pdf", {
        loadPdfjs: spy.loader,
        signal: controller.signal,
        onProgress: ({ page }) => {
          progress.push(page);
          if (page === 2) controller.abort();
        },
      }),
    );
    expect(error.key).toBe("readErrorCancelled");
    expect(error.params).toEqual({ file: "ke-hoach.pdf" });
    expect(isReadCancelled(error)).toBe(true);
    expect(progress).toEqual([1, 2]);
    expect(spy.pages).toEqual([1, 2]);
    expect(spy.destroyed).toBe(1);
  });

  test("aborting while a page is still being fetched rejects at once, without waiting for the page", async () => {
    const spy = spyPdfjs();
    const held = gate();
    const reached = gate();
    spy.beforePage = (page) => {
      if (page < 3) return Promise.resolve();
      reached.open();
      return held.promise; // page 3 never comes unless the test lets it
    };
    const controller = new AbortController();
    const read = readDocument(pdf, "ke-hoach.pdf", { loadPdfjs: spy.loader, signal: controller.signal });
    await reached.promise;
    controller.abort();
    expect((await rejection(read)).key).toBe("readErrorCancelled");
    expect(spy.pages).toEqual([1, 2, 3]);
    expect(spy.destroyed).toBe(1);
    held.open();
  });

  test("an already-aborted signal rejects before the PDF is parsed or pdf.js loaded", async () => {
    const spy = spyPdfjs();
    const controller = new AbortController();
    controller.abort();
    const progress = jest.fn();
    // Not even a PDF: parsing it would give another error.
    const junk = new TextEncoder().encode("%PDF-1.7\n" + "không phải PDF ".repeat(50));
    for (const bytes of [pdf, junk]) {
      const error = await rejection(readDocument(bytes, "ke-hoach.pdf", { loadPdfjs: spy.loader, signal: controller.signal, onProgress: progress }));
      expect(error.key).toBe("readErrorCancelled");
    }
    expect(spy.loads).toBe(0);
    expect(progress).not.toHaveBeenCalled();
  });
});

describe("cancelling a docx read", () => {
  let docx: Uint8Array;
  beforeAll(async () => {
    docx = await buildSeedDocx(seedParagraphs(40));
  });

  test("an already-aborted signal rejects as cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await rejection(readDocument(docx, "ke-hoach.docx", { signal: controller.signal }))).key).toBe("readErrorCancelled");
  });

  test("aborting once the read has started rejects as cancelled", async () => {
    const controller = new AbortController();
    const read = readDocument(docx, "ke-hoach.docx", { signal: controller.signal });
    controller.abort();
    expect((await rejection(read)).key).toBe("readErrorCancelled");
  });

  test("an unaborted signal changes nothing", async () => {
    const plain = await readDocument(docx, "ke-hoach.docx");
    await expect(readDocument(docx, "ke-hoach.docx", { signal: new AbortController().signal })).resolves.toBe(plain);
  });
});
