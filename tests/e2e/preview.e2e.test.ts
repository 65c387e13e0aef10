// The whole workflow, as a planning officer does it, in real Chromium against
// the production build of the browser preview (the real task pane beside the
// in-browser workbook): import a seed plan from a .docx, correct a target,
// write the sheets, add units, enter actuals (met, not met, invalid, and one
// refused at entry), check the workbook, click a gap, make Phụ lục I and II,
// download the .xlsx and recalculate it in LibreOffice. Screenshots of every
// step go to test-output/e2e/ for people to look at. Then a long PDF, read by
// pdf.js's worker: its progress by page, and a cancel that stops the worker.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { Browser, Locator, Page } from "playwright-core";
import { entryFields, isRateTarget } from "../../src/domain/evaluate";
import type { Target } from "../../src/domain/plan";
import type { Entry } from "../../src/domain/tracking";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { readDocument } from "../../src/readers";
import { XlsxBook } from "../../src/hosts/xlsx/sheet-xml";
import { APPENDIX_SHEETS, resolveSelection } from "../../src/workbook/appendix";
import { checkBook } from "../../src/workbook/check-report";
import { describeWorkbook, EMPTY_ENTRY, entryKey } from "../../src/workbook/describe";
import { columnIndex, SHEET, SUMMARY, TRACKING, TRACKING_COLUMNS } from "../../src/workbook/layout";
import { describeReturn } from "../../src/workbook/returns";
import { userUnits } from "../../src/workbook/rebuild";
import { compareAppendices } from "../appendix/compare";
import { launchChromium } from "../helpers/chromium";
import { pagedPdf } from "../helpers/paged-pdf";
import { recalculate } from "../helpers/recalc";
import { REPO_ROOT } from "../helpers/seed-docx";
import { sampleUnits, seedPlan } from "../helpers/tracking-fixture";

const SEED = "bac-son-2024-2025";
const OUT = path.join(REPO_ROOT, "test-output", "e2e");
const BUILD = path.join(REPO_ROOT, "test-output", "e2e-preview");

interface Server {
  url: string;
  close(): Promise<void>;
}

/** scripts/serve-static.mjs in its own process (jest cannot load .mjs), on a free port. */
function serveStatic(dir: string): Promise<Server> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "scripts", "serve-static.mjs"), dir, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const url = /https?:\/\/[^\s]+/.exec(out)?.[0];
      if (url) {
        resolve({
          url: url.replace(/\/$/, "") + "/",
          close: () =>
            new Promise<void>((done) => {
              child.once("exit", () => done());
              child.kill();
            }),
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`serve-static exited with ${code}: ${out}`)));
  });
}

let server: Server;
let browser: Browser;
let page: Page;
let work: string;
let shot = 0;

async function snap(page: Page, name: string): Promise<void> {
  shot += 1;
  await page.screenshot({ path: path.join(OUT, `${String(shot).padStart(2, "0")}-${name}.png`), fullPage: false });
}

async function seedDocx(): Promise<string> {
  const lines = readFileSync(path.join(REPO_ROOT, "seeds", `${SEED}.txt`), "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const document = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
  const file = path.join(work, `ke-hoach-${SEED}.docx`);
  writeFileSync(file, await Packer.toBuffer(document));
  return file;
}

/** The first school units of the seed's unit list, as a planner would paste them (header kept). */
function unitsText(count: number): string {
  const lines = readFileSync(path.join(REPO_ROOT, "seeds", "units-bac-son.csv"), "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter(Boolean);
  return lines.slice(0, count + 1).join("\n");
}

const pane = (): Locator => page.getByTestId("task-pane");

/**
 * Waits for the imported targets and shows them as editable cards: a long
 * plan opens as compact rows, and the steps below type into the cards.
 * The compact list is measured first where `overflow` is given.
 */
async function showCards(scope: Locator, overflow?: () => Promise<number>): Promise<void> {
  const compact = scope.getByRole("button", { name: "Dạng gọn" });
  await compact.waitFor({ timeout: 60_000 });
  if ((await compact.getAttribute("aria-pressed")) !== "true") return;
  if (overflow) expect(await overflow()).toBe(0);
  await compact.click();
}
const sheetTabs = (): Locator => page.getByRole("tablist", { name: "Các trang tính" });
const cell = (sheet: string, address: string): Locator => page.locator(`[data-sheet="${sheet}"][data-cell="${address}"]`);

async function openSheetOn(on: Page, name: string): Promise<void> {
  await on.getByRole("tablist", { name: "Các trang tính" }).getByRole("tab", { name, exact: true }).click();
  await on.locator(`[data-sheet="${name}"][data-cell="A1"]`).waitFor();
}

const openSheet = (name: string): Promise<void> => openSheetOn(page, name);

/** Types into a grid cell the way a user does: double-click, type, Enter. */
async function typeIntoOn(on: Page, sheet: string, address: string, text: string): Promise<void> {
  await on.locator(`[data-sheet="${sheet}"][data-cell="${address}"]`).dblclick();
  const editor = on.getByLabel(`Sửa ô ${address}`, { exact: true });
  await editor.fill(text);
  await editor.press("Enter");
}

const typeInto = (sheet: string, address: string, text: string): Promise<void> => typeIntoOn(page, sheet, address, text);

interface TrackingRowView {
  row: number;
  unit: string;
  target: string;
  condition: string;
  threshold: number;
  measure: string;
}

/** Reads the Thực hiện grid as the user sees it. */
async function trackingRows(): Promise<TrackingRowView[]> {
  return page.evaluate(
    ({ sheet, cols }) => {
      const text = (address: string) =>
        document.querySelector(`[data-sheet="${sheet}"][data-cell="${address}"]`)?.textContent?.trim() ?? "";
      const rows: TrackingRowView[] = [];
      for (let r = 2; ; r++) {
        if (!document.querySelector(`[data-sheet="${sheet}"][data-cell="${cols.unit}${r}"]`)) break;
        const unit = text(`${cols.unit}${r}`);
        if (!unit) break;
        rows.push({
          row: r,
          unit,
          target: text(`${cols.target}${r}`),
          condition: text(`${cols.condition}${r}`),
          threshold: Number(text(`${cols.threshold}${r}`).replace(/\./g, "").replace(",", ".")),
          measure: text(`${cols.measure}${r}`),
        });
      }
      return rows;
    },
    {
      sheet: SHEET.tracking,
      cols: { unit: TRACKING.unitCode, target: TRACKING.targetId, condition: TRACKING.condition, threshold: TRACKING.threshold, measure: TRACKING.measureUnit },
    },
  );
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  work = mkdtempSync(path.join(tmpdir(), "chitieu-e2e-"));
  // The production build, as users get it, in its own folder so a stale
  // dist-preview/ from `npm run build:preview` never hides a broken build.
  // E2E_REUSE_BUILD=1 skips the rebuild while iterating on the test itself.
  if (!process.env.E2E_REUSE_BUILD) rmSync(BUILD, { recursive: true, force: true });
  if (!process.env.E2E_REUSE_BUILD) execFileSync("npx", ["webpack", "--mode", "production", "--env", "preview", "--output-path", BUILD], {
    cwd: REPO_ROOT,
    stdio: "pipe",
  });
  server = await serveStatic(BUILD);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: "vi-VN" });
  page = await context.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test("a planner goes from a .docx plan to a checked, highlighted, downloaded workbook", async () => {
  await page.goto(server.url);
  await expect(pane().getByRole("button", { name: "Đọc chỉ tiêu" })).toBeTruthy();
  await snap(page, "open");

  // 1. Import the plan from a real .docx.
  await pane().getByLabel("Tệp kế hoạch (.docx, .pdf, .txt)").setInputFiles(await seedDocx());
  await showCards(pane());
  const firstValue = pane().getByLabel(/^Giá trị của T\d+$/).first();
  await firstValue.waitFor({ timeout: 60_000 });
  await snap(page, "imported");

  // 2. Correct one target: a threshold typed with a Vietnamese decimal comma.
  const valueLabel = (await firstValue.getAttribute("aria-label")) as string;
  const correctedId = valueLabel.replace("Giá trị của ", "");
  await firstValue.fill("97,5");
  await firstValue.press("Tab");
  await firstValue.scrollIntoViewIfNeeded();
  await snap(page, "corrected");

  // 3. Write the sheets.
  await pane().getByRole("button", { name: "Ghi vào bảng tính" }).click();
  await sheetTabs().getByRole("tab", { name: SHEET.tracking, exact: true }).waitFor({ timeout: 60_000 });
  await openSheet(SHEET.targets);
  await snap(page, "written");
  // The corrected threshold is what the Chỉ tiêu sheet holds.
  const targetsText = await page.locator(`[data-sheet="${SHEET.targets}"]`).first().innerText();
  expect(targetsText).toContain(correctedId);
  expect(targetsText).toContain("97,5");

  // 4. Units: paste five schools and make their entry rows.
  await pane().getByRole("tab", { name: "Đơn vị" }).click();
  await pane().getByLabel("Danh sách đơn vị").fill(unitsText(5));
  await pane().getByRole("button", { name: "Tạo dòng nhập liệu" }).click();
  const confirm = page.getByRole("button", { name: "Xác nhận ghi" });
  // Adding units keeps every entry, so a review may or may not ask; confirm when it does.
  await Promise.race([confirm.waitFor({ timeout: 5_000 }).then(() => confirm.click()), page.waitForTimeout(5_000)]).catch(() => undefined);
  await openSheet(SHEET.units);
  await page.locator(`[data-sheet="${SHEET.units}"]`).first().getByText("MN01", { exact: true }).first().waitFor({ timeout: 30_000 });
  await snap(page, "units");

  // 5. Enter actuals on Thực hiện: met, not met, invalid; and one refused at entry.
  await openSheet(SHEET.tracking);
  const allRows = await trackingRows();
  const rows = allRows.filter((row) => row.unit !== "HUYEN" && (row.condition === "≥" || row.condition === ">") && row.measure === "%" && row.threshold > 10 && row.threshold < 100);
  expect(rows.length).toBeGreaterThanOrEqual(3);
  const [met, missed, invalid] = [rows[0], rows.find((row) => row.target !== rows[0].target) ?? rows[1], rows[rows.length - 1]];
  const at = (column: string, row: TrackingRowView) => `${column}${row.row}`;
  await typeInto(SHEET.tracking, at(TRACKING.numerator, met), "100");
  await typeInto(SHEET.tracking, at(TRACKING.denominator, met), "100");
  await typeInto(SHEET.tracking, at(TRACKING.numerator, missed), "1");
  await typeInto(SHEET.tracking, at(TRACKING.denominator, missed), "100");
  await typeInto(SHEET.tracking, at(TRACKING.numerator, invalid), "120");
  // More pupils reaching it than there are is refused at entry (Tử số ≤ Mẫu số), and the cell stays blank.
  const refusal = page.getByRole("alertdialog").or(page.getByRole("dialog"));
  await typeInto(SHEET.tracking, at(TRACKING.denominator, invalid), "100");
  await refusal.waitFor();
  await snap(page, "refused-denominator");
  expect(await refusal.innerText()).toContain("không nhỏ hơn Tử số cùng dòng");
  await refusal.getByRole("button", { name: "Huỷ" }).click();
  await expect(cell(SHEET.tracking, at(TRACKING.denominator, invalid)).innerText()).resolves.toBe("");
  // A rate typed beside Tử số and Mẫu số that contradicts them is kept, and the row is "Không hợp lệ".
  await typeInto(SHEET.tracking, at(TRACKING.denominator, invalid), "150");
  await typeInto(SHEET.tracking, at(TRACKING.value, invalid), "50");
  // A negative count is refused at entry with Excel's kind of message, and the cell keeps its value.
  await cell(SHEET.tracking, at(TRACKING.denominator, met)).dblclick();
  const editor = page.getByLabel(`Sửa ô ${at(TRACKING.denominator, met)}`, { exact: true });
  await editor.fill("-5");
  await editor.press("Enter");
  await refusal.waitFor();
  await snap(page, "refused");
  expect(await refusal.innerText()).toContain("số nguyên từ 0 trở lên");
  await refusal.getByRole("button", { name: "Huỷ" }).click();
  await expect(cell(SHEET.tracking, at(TRACKING.denominator, met)).innerText()).resolves.toBe("100");

  const statusOf = (row: TrackingRowView) => cell(SHEET.tracking, at(TRACKING.status, row)).innerText();
  await expect(statusOf(met)).resolves.toBe("Đạt");
  await expect(statusOf(missed)).resolves.toBe("Chưa đạt");
  await expect(statusOf(invalid)).resolves.toBe("Không hợp lệ");
  // Status colours come from the sheet's conditional formats.
  const fill = async (row: TrackingRowView) => cell(SHEET.tracking, at(TRACKING.status, row)).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await fill(met)).toBe("rgb(198, 239, 206)");
  expect(await fill(missed)).toBe("rgb(255, 199, 206)");
  await snap(page, "entered");

  // 6. Kiểm tra: counts, the gap, the invalid entry; clicking the gap selects its cell.
  await pane().getByRole("tab", { name: "Kiểm tra" }).click();
  await pane().getByRole("button", { name: "Kiểm tra sổ" }).click();
  const gaps = pane().getByText(/^Chưa đạt, nặng nhất trước/);
  await gaps.waitFor({ timeout: 30_000 });
  await expect(pane().getByText(/^Số liệu không hợp lệ \(1\)/).count()).resolves.toBe(1);
  await snap(page, "checked");
  const gapItem = pane().getByRole("button", { name: new RegExp(`^${missed.target} · `) }).first();
  await gapItem.click();
  const selected = cell(SHEET.tracking, at(TRACKING.status, missed));
  await page.waitForFunction(
    (address) => document.querySelector(`[data-sheet="${address.sheet}"][data-cell="${address.cell}"]`)?.getAttribute("aria-selected") === "true",
    { sheet: SHEET.tracking, cell: at(TRACKING.status, missed) },
  );
  expect(await selected.getAttribute("aria-selected")).toBe("true");
  await snap(page, "gap-selected");

  // 7. Phụ lục: Phụ lục I and II with the default choices; the preview shows Phụ lục I.
  await pane().getByRole("tab", { name: "Phụ lục", exact: true }).click();
  await pane().getByLabel("Tiêu đề Phụ lục I", { exact: true }).waitFor({ timeout: 30_000 });
  const make = pane().getByRole("button", { name: "Tạo phụ lục", exact: true });
  await page.waitForFunction(
    () => [...document.querySelectorAll("[data-testid=task-pane] button")].some((b) => b.textContent === "Tạo phụ lục" && b.getAttribute("aria-disabled") !== "true"),
  );
  const title = await pane().getByLabel("Tiêu đề Phụ lục I", { exact: true }).inputValue();
  expect(title).toBe("CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NĂM HỌC 2024-2025");
  await make.click();
  await pane().getByText(/^Đã tạo Phụ lục I \(\d+ chỉ tiêu\) và Phụ lục II/).waitFor({ timeout: 30_000 });
  const appendixTab = sheetTabs().getByRole("tab", { name: APPENDIX_SHEETS.I, exact: true });
  await appendixTab.waitFor();
  expect(await appendixTab.getAttribute("aria-selected")).toBe("true");
  await cell(APPENDIX_SHEETS.I, "A1").waitFor();
  await expect(sheetTabs().getByRole("tab", { name: APPENDIX_SHEETS.II, exact: true }).count()).resolves.toBe(1);
  const appendixText = await page.locator(`[data-sheet="${APPENDIX_SHEETS.I}"]`).first().innerText();
  expect(appendixText).toContain(title);
  // District results: the invalid entry makes its target's "Không hợp lệ"; the rest wait for the other schools.
  expect(appendixText).toContain("Không hợp lệ");
  expect(appendixText).toContain("Thiếu số liệu");
  await snap(page, "appendix");
  // Refreshing replaces the sheets in place: still one tab each.
  await pane().getByRole("button", { name: "Cập nhật phụ lục", exact: true }).click();
  const refreshed = pane().getByText(/^Đã cập nhật Phụ lục I/);
  await refreshed.waitFor({ timeout: 30_000 });
  await expect(sheetTabs().getByRole("tab", { name: APPENDIX_SHEETS.I, exact: true }).count()).resolves.toBe(1);
  await expect(sheetTabs().getByRole("tab", { name: APPENDIX_SHEETS.II, exact: true }).count()).resolves.toBe(1);
  await openSheet(APPENDIX_SHEETS.II);
  await refreshed.scrollIntoViewIfNeeded();
  await snap(page, "appendix-refreshed");

  // 8. Download the .xlsx and recalculate it in LibreOffice.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải về .xlsx" }).click()]);
  const file = path.join(work, "so-theo-doi.xlsx");
  await download.saveAs(file);
  const bytes = new Uint8Array(readFileSync(file));
  const book = await readTrackingWorkbook(bytes);
  expect(book.plan.targets.find((target) => target.id === correctedId)?.value).toBe(97.5);
  const report = checkBook(book);
  // Written to a separate name: recalculate() writes its own copy of the bytes.
  const recalculated = recalculate(bytes, work, "recalc").sheets;
  const sheet = recalculated.get(SHEET.tracking) as string[][];
  expect(sheet).toBeDefined();
  const statusColumn = TRACKING.status.charCodeAt(0) - 65;
  let compared = 0;
  for (const row of report.rows) {
    expect(sheet[row.sheetRow - 1][statusColumn]).toBe(row.evaluation.status);
    compared += 1;
  }
  expect(compared).toBe(allRows.length);
  const statusAt = (row: TrackingRowView) => sheet[row.row - 1][statusColumn];
  expect([statusAt(met), statusAt(missed), statusAt(invalid)]).toEqual(["Đạt", "Chưa đạt", "Không hợp lệ"]);

  // The appendices came down with the book, and LibreOffice's results are the engine's.
  const downloaded = new XlsxBook(bytes);
  expect([downloaded.hasSheet(APPENDIX_SHEETS.I), downloaded.hasSheet(APPENDIX_SHEETS.II)]).toEqual([true, true]);
  const first = recalculated.get(APPENDIX_SHEETS.I) as string[][];
  const summary = recalculated.get(SHEET.summary) as string[][];
  expect(first).toBeDefined();
  const column = (letter: string) => letter.charCodeAt(0) - 65;
  const summaryStatus = new Map(summary.slice(1).map((row) => [row[column(SUMMARY.targetId)], row[column(SUMMARY.status)]]));
  const engineStatus = new Map(report.summary.map(({ target, aggregate }) => [target.id, aggregate.status]));
  // Phụ lục I: Đánh giá in column I, each row's target ID in the hidden column K.
  const assessed = first.filter((row) => engineStatus.has(row[10] ?? "")).map((row) => [row[10], row[8]]);
  expect(assessed.length).toBe(report.summary.length);
  expect(assessed).toEqual(assessed.map(([id]) => [id, engineStatus.get(id)]));
  expect(assessed).toEqual(assessed.map(([id]) => [id, summaryStatus.get(id)]));
  expect(assessed.map(([, status]) => status)).toContain("Không hợp lệ");
  // Every figure of both appendices, against the engine.
  const units = userUnits(book);
  const entries = new Map(book.rows.map((row) => [entryKey(row.unitCode, row.targetId), row.entry]));
  const comparison = compareAppendices(recalculated, { plan: book.plan, units, entries, tolerance: book.tolerance }, resolveSelection(book));
  expect(comparison.mismatches).toEqual([]);
  expect(comparison.compared).toBeGreaterThan(report.summary.length * 4);
}, 600_000);

interface PdfWorkerWatch {
  /** pdf.js asks its worker for this page and later ones in vain: they never come. */
  holdFromPage: number;
  held: number;
  terminated: number;
}

/**
 * Runs in the page before its scripts. pdf.js asks its worker for each page
 * with a "GetPage" message; from `holdFromPage` on those are dropped, so the
 * read stands still on that page for as long as the test likes, with no
 * timing involved. Worker ends are counted: a read lets its worker go.
 */
function watchPdfWorkers(): void {
  const watch: PdfWorkerWatch = { holdFromPage: Infinity, held: 0, terminated: 0 };
  (window as unknown as { pdfWorkers: PdfWorkerWatch }).pdfWorkers = watch;
  const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
  const terminate = Worker.prototype.terminate;
  Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    const message = args[0] as { action?: unknown; data?: { pageIndex?: unknown } } | null;
    if (message?.action === "GetPage" && Number(message.data?.pageIndex) + 1 >= watch.holdFromPage) {
      watch.held += 1;
      return;
    }
    post.apply(this, args);
  };
  Worker.prototype.terminate = function (this: Worker) {
    watch.terminated += 1;
    terminate.call(this);
  };
}

test("a long PDF shows its progress by page and can be cancelled, which stops pdf.js's worker", async () => {
  // The seed plan over eight sheets of paper or more (long paragraphs run over).
  const lines = readFileSync(path.join(REPO_ROOT, "seeds", `${SEED}.txt`), "utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
  const perPage = Math.ceil(lines.length / 8);
  const pdf = await pagedPdf(Array.from({ length: 8 }, (_, index) => lines.slice(index * perPage, (index + 1) * perPage)));
  const file = path.join(work, "ke-hoach-dai.pdf");
  writeFileSync(file, pdf);
  let pageCount = 0;
  await readDocument(pdf, file, { onProgress: ({ pages }) => (pageCount = pages) });
  expect(pageCount).toBeGreaterThanOrEqual(8);

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "vi-VN" });
  await context.addInitScript(watchPdfWorkers);
  const pdfPage = await context.newPage();
  pdfPage.on("pageerror", (error) => {
    throw error;
  });
  await pdfPage.goto(server.url);
  const pdfPane = pdfPage.getByTestId("task-pane");
  const workers = () => pdfPage.evaluate(() => (window as unknown as { pdfWorkers: PdfWorkerWatch }).pdfWorkers);
  const chooser = pdfPane.getByLabel("Tệp kế hoạch (.docx, .pdf, .txt)");

  // Read to the end: the targets come in and the worker is let go.
  await chooser.setInputFiles(file);
  await pdfPane.getByText("Đã đọc từ tệp ke-hoach-dai.pdf.").waitFor({ timeout: 60_000 });
  await showCards(pdfPane);
  await pdfPane.getByLabel(/^Giá trị của T\d+$/).first().waitFor();
  await pdfPage.waitForFunction(() => (window as unknown as { pdfWorkers: PdfWorkerWatch }).pdfWorkers.terminated === 1);
  expect(await pdfPane.getByRole("progressbar").count()).toBe(0);

  // Again, held at page 3: the pane says so, with the bar and the cancel button.
  await pdfPage.evaluate(() => {
    (window as unknown as { pdfWorkers: PdfWorkerWatch }).pdfWorkers.holdFromPage = 3;
  });
  await chooser.setInputFiles(file);
  await pdfPane.getByText(`Đang đọc trang 3/${pageCount}…`).waitFor({ timeout: 60_000 });
  const bar = pdfPane.getByRole("progressbar", { name: "Tiến độ đọc tệp ke-hoach-dai.pdf" });
  expect(Number(await bar.getAttribute("aria-valuenow"))).toBeCloseTo(2 / pageCount);
  await snap(pdfPage, "pdf-reading");
  expect((await workers()).held).toBe(1);

  await pdfPane.getByRole("button", { name: "Huỷ", exact: true }).click();
  await pdfPane.getByText(/^Đã huỷ đọc tệp ke-hoach-dai\.pdf; chưa nhập gì\./).waitFor();
  await snap(pdfPage, "pdf-cancelled");
  // Ready again, the worker let go, no further page asked for; the first import stays.
  await pdfPage.waitForFunction(() => (window as unknown as { pdfWorkers: PdfWorkerWatch }).pdfWorkers.terminated === 2);
  expect(await pdfPane.getByRole("button", { name: "Đọc chỉ tiêu" }).getAttribute("aria-disabled")).not.toBe("true");
  expect(await pdfPane.getByRole("progressbar").count()).toBe(0);
  expect((await workers()).held).toBe(1);
  expect(await pdfPane.getByText("Đã đọc từ tệp ke-hoach-dai.pdf.").count()).toBe(1);
  await context.close();
}, 300_000);

/** A return as a school fills it, with ExcelJS as another program would save it: rates 45/50, counts 3, a note. */
async function fillReturnFile(bytes: Uint8Array, into: string, change: (targetId: string) => Partial<Entry> = () => ({})): Promise<Map<string, Entry>> {
  const returned = await readTrackingWorkbook(bytes);
  const targets = new Map(returned.plan.targets.map((target) => [target.id, target]));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEET.tracking);
  if (!sheet) throw new Error("no Thực hiện");
  const typed = new Map<string, Entry>();
  const column = columnIndex(TRACKING_COLUMNS);
  for (const row of returned.rows) {
    const target = targets.get(row.targetId);
    if (!target) continue;
    const entry: Entry = { ...EMPTY_ENTRY, ...(isRateTarget(target) ? { numerator: 45, denominator: 50 } : { value: 3 }), ...change(row.targetId) };
    for (const field of entryFields(target)) sheet.getCell(row.sheetRow, column[field]).value = entry[field] as number | string | null;
    sheet.getCell(row.sheetRow, column.note).value = "Trường đã kiểm tra";
    typed.set(entryKey(row.unitCode, row.targetId), entry);
  }
  workbook.modified = new Date("2026-12-02T08:00:00Z");
  writeFileSync(into, Buffer.from(await workbook.xlsx.writeBuffer()));
  return typed;
}

test("an office makes the return files in the pane, schools fill them, and the pane collects them back", async () => {
  // The size the walk-through used for a laptop.
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, acceptDownloads: true, locale: "vi-VN" });
  const office = await context.newPage();
  office.on("pageerror", (error) => {
    throw error;
  });
  const officePane = office.getByTestId("task-pane");
  await office.goto(server.url);

  // A book of the sample plan for three schools.
  await officePane.getByRole("button", { name: "Dùng kế hoạch mẫu" }).click();
  await showCards(officePane);
  await officePane.getByLabel(/^Giá trị của T\d+$/).first().waitFor({ timeout: 60_000 });
  await officePane.getByRole("button", { name: "Ghi vào bảng tính" }).click();
  await office.getByRole("tablist", { name: "Các trang tính" }).getByRole("tab", { name: SHEET.tracking, exact: true }).waitFor({ timeout: 60_000 });
  await officePane.getByRole("tab", { name: "Đơn vị" }).click();
  await officePane.getByLabel("Danh sách đơn vị").fill(unitsText(3));
  await officePane.getByRole("button", { name: "Tạo dòng nhập liệu" }).click();
  const confirm = office.getByRole("button", { name: "Xác nhận ghi" });
  await Promise.race([confirm.waitFor({ timeout: 5_000 }).then(() => confirm.click()), office.waitForTimeout(5_000)]).catch(() => undefined);
  await office.getByRole("tablist", { name: "Các trang tính" }).getByRole("tab", { name: SHEET.submissions, exact: true }).waitFor({ timeout: 30_000 });

  // 1. Make the return files: one .zip download.
  await officePane.getByRole("tab", { name: "Thu số liệu" }).click();
  await officePane.getByRole("heading", { name: "1. Tạo tệp gửi trường" }).waitFor({ timeout: 30_000 });
  const status = officePane.getByRole("table", { name: "Tình hình nộp của các đơn vị" });
  await status.waitFor();
  expect(await status.getByText("Chưa nộp", { exact: true }).count()).toBe(3);
  await snap(office, "returns-step");
  const [download] = await Promise.all([office.waitForEvent("download"), officePane.getByRole("button", { name: "Tải về tệp nộp (.zip)" }).click()]);
  expect(download.suggestedFilename()).toBe("Tep-nop-2024-2025.zip");
  const zipFile = path.join(work, download.suggestedFilename());
  await download.saveAs(zipFile);
  await officePane.getByText(/^Đã tạo 3 tệp nộp, gói trong Tep-nop-2024-2025\.zip\./).waitFor();
  await snap(office, "returns-made");
  const made = Object.entries(unzipSync(new Uint8Array(readFileSync(zipFile)))).sort(([a], [b]) => a.localeCompare(b));
  expect(made).toHaveLength(3);

  // 2. Two schools fill theirs; one of them sends an older copy too. A file of another plan and a PDF renamed .xlsx come in as well.
  const [first, second] = made;
  const firstFile = path.join(work, first[0]);
  const secondFile = path.join(work, second[0]);
  const typedFirst = await fillReturnFile(first[1], firstFile);
  const secondBook = await readTrackingWorkbook(second[1]);
  const rateRow = secondBook.rows.find((row) => isRateTarget(secondBook.plan.targets.find((target) => target.id === row.targetId) as Target));
  if (!rateRow) throw new Error("no rate row for the second school");
  const typedSecond = await fillReturnFile(second[1], secondFile);
  const otherPlan = seedPlan("muong-te-2022-2023");
  const foreign = path.join(work, "nhầm-kế-hoạch.xlsx");
  writeFileSync(foreign, await writeXlsx(describeReturn(otherPlan, sampleUnits(2), sampleUnits(2)[0].code, { madeAt: "2026-12-01T00:00:00Z" })));
  const notXlsx = path.join(work, "bao-cao.xlsx");
  writeFileSync(notXlsx, "%PDF-1.4 not a workbook");

  // Meanwhile the office typed its own Tử số for the second school's rate row: a conflict.
  await openSheetOn(office, SHEET.tracking);
  const bookRow = await office.evaluate(
    ({ sheet, unitColumn, targetColumn, unit, target }) => {
      const text = (address: string) => document.querySelector(`[data-sheet="${sheet}"][data-cell="${address}"]`)?.textContent?.trim();
      for (let r = 2; text(`${unitColumn}${r}`) !== undefined; r++) if (text(`${unitColumn}${r}`) === unit && text(`${targetColumn}${r}`) === target) return r;
      return null;
    },
    { sheet: SHEET.tracking, unitColumn: TRACKING.unitCode, targetColumn: TRACKING.targetId, unit: secondBook.returnOf?.unitCode ?? "", target: rateRow.targetId },
  );
  expect(bookRow).not.toBeNull();
  await typeIntoOn(office, SHEET.tracking, `${TRACKING.numerator}${bookRow}`, "12");

  // 3. Choose the files: refusals with reasons, what is taken in, and the conflict.
  await officePane.getByRole("tab", { name: "Thu số liệu" }).click();
  await officePane.getByLabel("Tệp nộp trường gửi lại (.xlsx, chọn được nhiều tệp)").setInputFiles([firstFile, secondFile, foreign, notXlsx]);
  await officePane.getByRole("heading", { name: "Không nhận (2)" }).waitFor({ timeout: 60_000 });
  await officePane.getByText("nhầm-kế-hoạch.xlsx: không nhận — tệp thuộc kế hoạch khác (chỉ tiêu không khớp với sổ).").waitFor();
  await officePane.getByText(/^bao-cao\.xlsx: không nhận — /).waitFor();
  await officePane.getByRole("heading", { name: "Sẽ nhận (2)" }).waitFor();
  const conflicts = officePane.getByRole("table", { name: "Các ô khác nhau giữa sổ và tệp nộp" });
  const conflictRows = await conflicts.getByRole("row").allInnerTexts();
  expect(conflictRows.slice(1).map((row) => row.split(/\t|\n/).map((cell) => cell.trim()).filter(Boolean))).toEqual([
    [secondBook.returnOf?.unitCode, rateRow.targetId, "Tử số", "12", "45"],
  ]);
  await conflicts.scrollIntoViewIfNeeded();
  await snap(office, "returns-review");

  // 4. Writing waits for a decision; then the schools' figures go in.
  await officePane.getByRole("button", { name: "Ghi vào sổ" }).click();
  await officePane.getByText("Hãy chọn giữ số nào cho các ô khác nhau trước khi ghi.").waitFor();
  await officePane.getByRole("radio", { name: "Lấy số của tệp nộp" }).check();
  await officePane.getByRole("button", { name: "Ghi vào sổ" }).click();
  await officePane.getByText(/^Đã ghi vào sổ: nhận 2 tệp; 0 ô giữ số trong sổ, 1 ô lấy số tệp nộp\./).waitFor({ timeout: 60_000 });
  await expect(status.getByText("Đã nhận", { exact: true }).count()).resolves.toBe(2);
  await expect(status.getByText("Chưa nộp", { exact: true }).count()).resolves.toBe(1);
  await status.scrollIntoViewIfNeeded();
  await snap(office, "returns-collected");

  // 5. Tình hình nộp in the book, as a leader opening it sees it.
  await officePane.getByRole("button", { name: "Mở trang Tình hình nộp" }).click();
  const submissionsTab = office.getByRole("tablist", { name: "Các trang tính" }).getByRole("tab", { name: SHEET.submissions, exact: true });
  await office.waitForFunction(
    (name) => [...document.querySelectorAll("[role=tab]")].some((tab) => tab.textContent === name && tab.getAttribute("aria-selected") === "true"),
    SHEET.submissions,
  );
  expect(await submissionsTab.getAttribute("aria-selected")).toBe("true");
  const submissionsText = await office.locator(`[data-sheet="${SHEET.submissions}"]`).first().innerText();
  expect(submissionsText).toContain(first[0]);
  expect(submissionsText).toContain("Đã nhận");
  await snap(office, "returns-sheet");

  // 6. The book downloaded: every collected entry exactly as typed, and LibreOffice agrees with the engine on every status.
  const [bookDownload] = await Promise.all([office.waitForEvent("download"), office.getByRole("button", { name: "Tải về .xlsx" }).click()]);
  const bookFile = path.join(work, "so-da-thu.xlsx");
  await bookDownload.saveAs(bookFile);
  const bytes = new Uint8Array(readFileSync(bookFile));
  const book = await readTrackingWorkbook(bytes);
  const rows = new Map(book.rows.map((row) => [entryKey(row.unitCode, row.targetId), row]));
  for (const [key, entry] of [...typedFirst, ...typedSecond]) {
    const row = rows.get(key);
    const target = book.plan.targets.find((candidate) => candidate.id === row?.targetId) as Target;
    expect(Object.fromEntries(entryFields(target).map((field) => [field, row?.entry[field]]))).toEqual(Object.fromEntries(entryFields(target).map((field) => [field, entry[field]])));
    expect(row?.note).toBe("Trường đã kiểm tra");
  }
  expect(Object.keys(book.collection ?? {}).sort()).toEqual([secondBook.returnOf?.unitCode, (await readTrackingWorkbook(first[1])).returnOf?.unitCode].sort());
  const report = checkBook(book);
  const recalculated = recalculate(bytes, work, "collected").sheets.get(SHEET.tracking) as string[][];
  const statusColumn = TRACKING.status.charCodeAt(0) - 65;
  const mismatches = report.rows.filter((row) => recalculated[row.sheetRow - 1][statusColumn] !== row.evaluation.status);
  expect(mismatches).toEqual([]);
  expect(report.rows.filter((row) => row.evaluation.status === "Đạt").length).toBeGreaterThan(0);
  await context.close();
}, 600_000);

test("at 340 px the pane never scrolls sideways, in Vietnamese or in English, on any step", async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, locale: "vi-VN" });
  const narrow = await context.newPage();
  narrow.on("pageerror", (error) => {
    throw error;
  });
  await narrow.goto(`${server.url}?pane=340`);
  const narrowPane = narrow.getByTestId("task-pane");
  /** How far the pane's content reaches past its width; 0 when nothing is cut or scrolls sideways. */
  const overflow = () => narrowPane.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(await narrowPane.evaluate((element) => element.clientWidth)).toBeLessThanOrEqual(340);

  await narrowPane.getByRole("button", { name: "Dùng kế hoạch mẫu" }).click();
  // Both the compact rows and the cards fit.
  await showCards(narrowPane, overflow);
  await narrowPane.getByLabel(/^Giá trị của T\d+$/).first().waitFor({ timeout: 60_000 });
  expect(await overflow()).toBe(0);
  await snap(narrow, "narrow-imported");
  await narrowPane.getByRole("button", { name: "Ghi vào bảng tính" }).click();
  await narrow.getByRole("tablist", { name: "Các trang tính" }).getByRole("tab", { name: SHEET.tracking, exact: true }).waitFor({ timeout: 60_000 });
  await narrowPane.getByRole("tab", { name: "Đơn vị" }).click();
  await narrowPane.getByLabel("Danh sách đơn vị").fill(unitsText(3));
  await narrowPane.getByRole("button", { name: "Tạo dòng nhập liệu" }).click();
  await narrow.getByRole("tablist", { name: "Các trang tính" }).getByRole("tab", { name: SHEET.submissions, exact: true }).waitFor({ timeout: 30_000 });

  const steps = {
    vi: ["Nhập kế hoạch", "Đơn vị", "Thu số liệu", "Kiểm tra", "Phụ lục"],
    en: ["Import the plan", "Units", "Returns", "Check", "Appendices"],
  };
  for (const lang of ["vi", "en"] as const) {
    await narrowPane.getByRole("button", { name: lang === "vi" ? "Tiếng Việt" : "English", exact: true }).click();
    for (const step of steps[lang]) {
      await narrowPane.getByRole("tab", { name: step, exact: true }).click();
      // Each step's own first read, then its content.
      await narrow.waitForTimeout(500);
      await narrow.waitForFunction(() => !document.querySelector("[data-testid=task-pane] [role=status] .fui-Spinner"));
      if (step === "Kiểm tra" || step === "Check") {
        await narrowPane.getByRole("button", { name: lang === "vi" ? "Kiểm tra sổ" : "Check the workbook" }).click();
        await narrowPane.getByRole("table").first().waitFor();
      }
      expect({ lang, step, overflow: await overflow() }).toEqual({ lang, step, overflow: 0 });
      await snap(narrow, `narrow-${lang}-${step.replace(/\s+/g, "-")}`);
    }
  }
  await context.close();
}, 300_000);

test("one walk in a 340 px pane: the preview keeps the draft and the workbook across reloads, asks before leaving unsaved work, opens an existing .xlsx, and the pane never scrolls sideways", async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, acceptDownloads: true, locale: "vi-VN" });
  const tab = await context.newPage();
  tab.on("pageerror", (error) => {
    throw error;
  });
  const dialogs: string[] = [];
  tab.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  const tabPane = tab.getByTestId("task-pane");
  const sheetTab = (name: string) => tab.getByRole("tablist", { name: "Các trang tính" }).getByRole("tab", { name, exact: true });
  await tab.goto(`${server.url}?pane=340`);
  /** How far the pane's content reaches past its width; 0 when nothing is cut or scrolls sideways. */
  const overflow = () => tabPane.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(await tabPane.evaluate((element) => element.clientWidth)).toBeLessThanOrEqual(340);
  await tabPane.getByRole("button", { name: "Dùng kế hoạch mẫu" }).click();
  await showCards(tabPane);
  const firstValue = tabPane.getByLabel(/^Giá trị của T\d+$/).first();
  await firstValue.waitFor({ timeout: 60_000 });
  // Mid-review, a reload: the edited target is still there (nothing written yet, so nothing to ask).
  const valueLabel = (await firstValue.getAttribute("aria-label")) as string;
  await firstValue.fill("97,5");
  await firstValue.press("Tab");
  await tab.waitForTimeout(800); // the draft is kept a moment after the last keystroke
  await tab.reload();
  expect(dialogs).toEqual([]);
  await showCards(tabPane);
  await expect(tabPane.getByLabel(valueLabel, { exact: true }).inputValue({ timeout: 30_000 })).resolves.toBe("97,5");
  expect(await overflow()).toBe(0);
  await snap(tab, "draft-after-reload");
  await tabPane.getByRole("button", { name: "Ghi vào bảng tính" }).click();
  await sheetTab(SHEET.tracking).waitFor({ timeout: 60_000 });
  await openSheetOn(tab, SHEET.tracking);
  await typeIntoOn(tab, SHEET.tracking, `${TRACKING.value}2`, "7");
  const typed = await tab.locator(`[data-sheet="${SHEET.tracking}"][data-cell="${TRACKING.value}2"]`).innerText();

  // Reload: the page asks first (a book not downloaded), then the workbook is there as it was.
  await tab.waitForTimeout(600); // the store writes a moment after the last change
  await tab.reload();
  expect(dialogs).toEqual(["beforeunload"]);
  await sheetTab(SHEET.tracking).waitFor({ timeout: 30_000 });
  await openSheetOn(tab, SHEET.tracking);
  await expect(tab.locator(`[data-sheet="${SHEET.tracking}"][data-cell="${TRACKING.value}2"]`).innerText()).resolves.toBe(typed);
  expect(await overflow()).toBe(0);
  await snap(tab, "reloaded");

  // Downloaded: nothing unsaved, so leaving asks nothing.
  const [download] = await Promise.all([tab.waitForEvent("download"), tab.getByRole("button", { name: "Tải về .xlsx" }).click()]);
  await download.saveAs(path.join(work, "giu-lai.xlsx"));
  await tab.waitForTimeout(600);
  await tab.reload();
  expect(dialogs).toEqual(["beforeunload"]);
  await sheetTab(SHEET.tracking).waitFor({ timeout: 30_000 });

  // Open a book the CLI made for another plan, with figures: it replaces the one in the page, live.
  const plan = seedPlan("muong-te-2022-2023");
  const units = sampleUnits(3);
  const entries = new Map([[entryKey(units[0].code, plan.targets[0].id), { ...EMPTY_ENTRY, ...(isRateTarget(plan.targets[0]) ? { numerator: 9, denominator: 10 } : { value: 9 }) }]]);
  const cliBook = path.join(work, "so-cua-huyen-khac.xlsx");
  writeFileSync(cliBook, await writeXlsx(describeWorkbook(plan, units, { entries })));
  await tab.getByLabel("Mở tệp .xlsx").setInputFiles(cliBook);
  await tab.getByText("Đã mở so-cua-huyen-khac.xlsx.").waitFor({ timeout: 30_000 });
  await openSheetOn(tab, SHEET.tracking);
  const grid = await tab.locator(`[data-sheet="${SHEET.tracking}"]`).first().innerText();
  expect(grid).toContain(units[0].code);
  expect(grid).toContain(plan.targets[0].id);
  expect(await overflow()).toBe(0);
  await snap(tab, "opened-xlsx");
  // The pane sees the opened book.
  await tabPane.getByRole("tab", { name: "Kiểm tra" }).click();
  await tabPane.getByRole("button", { name: "Kiểm tra sổ" }).click();
  await tabPane.getByRole("table").first().waitFor({ timeout: 30_000 });
  expect(await tabPane.innerText()).toContain(`trên ${report(plan, units)} dòng chưa có số liệu`);
  expect(await overflow()).toBe(0);
  await snap(tab, "opened-xlsx-checked");

  // A file that is not a workbook is refused with a reason, and the book stays.
  const broken = path.join(work, "hong.xlsx");
  writeFileSync(broken, "không phải tệp zip");
  await tab.getByLabel("Mở tệp .xlsx").setInputFiles(broken);
  await tab.getByText(/^Không mở được hong\.xlsx: /).waitFor();
  await expect(sheetTab(SHEET.tracking).count()).resolves.toBe(1);
  await context.close();
}, 300_000);

/** How many Thực hiện rows a book of `plan` for `units` has. */
function report(plan: ReturnType<typeof seedPlan>, units: ReturnType<typeof sampleUnits>): number {
  return describeWorkbook(plan, units).sheets.find((sheet) => sheet.name === SHEET.tracking)?.cells.slice(1).filter((row) => row[0] !== null).length ?? 0;
}
