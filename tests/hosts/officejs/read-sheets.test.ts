// `readSheets` in Excel: the appendix sheets' cells as the .xlsx reader
// sees the same file (so `readAppendixEdits` keeps the same titles and
// notes), in one round trip with ExcelApi 1.4, two before it, and in row
// blocks under the budget when one response would pass Excel on the web's
// limit. Also the task pane's refresh through this host: the two sheets
// written alone, twice, with a title typed in between.

import { DEFAULT_TOLERANCE } from "../../../src/domain/tracking";
import { OfficeWorkbookHost } from "../../../src/hosts/officejs";
import type { ExcelRun } from "../../../src/hosts/officejs/host";
import { readTrackingWorkbook } from "../../../src/hosts/xlsx/read";
import { XlsxBook } from "../../../src/hosts/xlsx/sheet-xml";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import {
  APPENDIX_ROWS,
  APPENDIX_SHEETS,
  describeAppendices,
  mergeAppendixOptions,
  readAppendixEdits,
  withAppendices,
} from "../../../src/workbook/appendix";
import type { SheetCells } from "../../../src/workbook/book";
import { describeWorkbook } from "../../../src/workbook/describe";
import { FONT, SCHEMA_VERSION, SHEET } from "../../../src/workbook/layout";
import { FakeExcelError, type FakeSheet, type FakeWorkbookState } from "../../helpers/fake-excel";
import { fillEntries, seedPlan } from "../../helpers/tracking-fixture";
import { unitsFor } from "../../appendix/fixture";
import { fakeFromXlsx } from "./from-xlsx";

const SEED = "bac-son-2024-2025";
const NAMES = [APPENDIX_SHEETS.I, APPENDIX_SHEETS.II];
const TITLE = "CHỈ TIÊU VÀ KẾT QUẢ NĂM HỌC 2024-2025 (BẢN SỬA)";
const NOTE = "Số liệu đến tháng 5";

/** A filled book with both appendices, a title and a note typed over them, as an .xlsx. */
async function bookWithAppendices(): Promise<Uint8Array> {
  const plan = seedPlan(SEED);
  const units = unitsFor(SEED);
  const spec = describeWorkbook(plan, units, { tolerance: DEFAULT_TOLERANCE, entries: fillEntries(plan, units, DEFAULT_TOLERANCE, 7) });
  const book = await readTrackingWorkbook(await writeXlsx(spec));
  const first = plan.targets.find((target) => target.kind === "target")?.id as string;
  const sheets = describeAppendices(book, { headings: { II: { title: TITLE } }, notes: { [first]: NOTE } });
  return writeXlsx(withAppendices(spec, sheets));
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await bookWithAppendices();
}, 120_000);

/**
 * An `Excel.run` whose syncs fail, as Excel on the web's do, once a response
 * passes `responseLimit`: its calls are spent, as Excel's would be.
 */
function runWithResponseLimit(book: FakeWorkbookState, responseLimit = Infinity): ExcelRun {
  return (batch) =>
    book.run((context) => {
      const forward = <T extends object>(target: T, extra: Record<string, unknown>): T =>
        new Proxy(target, {
          get(object, key) {
            if (typeof key === "string" && key in extra) return extra[key];
            const value = Reflect.get(object, key) as unknown;
            return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(object) : value;
          },
        });
      const sync = async (): Promise<void> => {
        await context.sync();
        const last = book.syncs[book.syncs.length - 1];
        if (last.responseBytes > responseLimit) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `${last.responseBytes} bytes`);
      };
      return batch(forward(context, { sync }));
    });
}

/** Cells as a plain structure, for comparing. */
function plain(cells: SheetCells | null): unknown {
  return cells === null ? null : [...cells].map(([row, line]) => [row, [...line]]);
}

describe("readSheets", () => {
  it("reads the appendix sheets as the .xlsx reader does, so refreshing keeps the same title and note", async () => {
    const book = await fakeFromXlsx(bytes);
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    const cells = await host.readSheets(NAMES);
    const file = new XlsxBook(bytes);
    for (const name of NAMES) {
      expect(cells.sheet(name)?.size).toBeGreaterThan(APPENDIX_ROWS.firstBody);
      expect(plain(cells.sheet(name))).toEqual(plain(file.sheetCells(name)));
    }
    const edits = readAppendixEdits(cells);
    expect(edits).toEqual(readAppendixEdits({ sheet: (name) => file.sheetCells(name) }));
    expect(edits.headings?.II?.title).toBe(TITLE);
    expect(Object.values(edits.notes ?? {})).toEqual([NOTE]);
  });

  it("is one round trip, a missing sheet reading as null", async () => {
    const book = await fakeFromXlsx(bytes);
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    const from = book.syncs.length;
    const cells = await host.readSheets([...NAMES, "Không có trang này"]);
    expect(book.syncsSince(from)).toHaveLength(1);
    expect(cells.sheet("Không có trang này")).toBeNull();
    // Excel's sheet names ignore case; sheets not asked for are not read.
    expect(cells.sheet(APPENDIX_SHEETS.I.toLocaleUpperCase("vi"))).toBe(cells.sheet(APPENDIX_SHEETS.I));
    expect(cells.sheet(SHEET.tracking)).toBeNull();
    // Only the sheets asked for travel: far from the whole book.
    const [sync] = book.syncsSince(from);
    expect(sync.responseBytes).toBeLessThan(400_000);
  });

  it("reads a sheet too big for one response in row blocks under the budget", async () => {
    const book = await fakeFromXlsx(bytes);
    const budget = 20_000;
    const whole = await new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true }).readSheets(NAMES);
    const host = new OfficeWorkbookHost({ run: runWithResponseLimit(book, budget * 1.5), isSetSupported: () => true, payloadBudget: budget });
    const from = book.syncs.length;
    const cells = await host.readSheets(NAMES);
    const syncs = book.syncsSince(from);
    // The refused whole read, the names, the extents, then blocks.
    expect(syncs[0].responseBytes).toBeGreaterThan(budget * 1.5);
    expect(syncs.length).toBeGreaterThan(4);
    for (const sync of syncs.slice(1)) expect(sync.responseBytes).toBeLessThanOrEqual(budget * 1.5);
    for (const name of NAMES) expect(plain(cells.sheet(name))).toEqual(plain(whole.sheet(name)));
  });

  it("round-trips the pane's refresh: the two sheets alone, written twice, keep a title typed into the sheet and add no sheets", async () => {
    const book = await fakeFromXlsx(await writeXlsx(describeWorkbook(seedPlan(SEED), unitsFor(SEED))));
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    const tracking = await host.readBook();
    if (!tracking) throw new Error("no book");
    const appendices = (options: Parameters<typeof describeAppendices>[1]) =>
      withAppendices({ schemaVersion: SCHEMA_VERSION, font: FONT, sheets: [], activeSheet: 0, recalculateOnOpen: true }, describeAppendices(tracking, options));
    await host.writeBook(appendices({}));
    const names = book.sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => NAMES.includes(name))).toEqual(NAMES);
    expect(book.active.name).toBe(APPENDIX_SHEETS.I);

    // Typed into Phụ lục II's title cell (merged across the table), then refreshed with what readSheets gives.
    (book.sheet(APPENDIX_SHEETS.II) as FakeSheet).touch(APPENDIX_ROWS.title, 1).value = TITLE;
    const stored = readAppendixEdits(await host.readSheets(NAMES));
    expect(stored.headings?.II?.title).toBe(TITLE);
    await host.writeBook(appendices(mergeAppendixOptions(stored, { level: "tieu_hoc" })));
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(names);
    expect(book.sheet(APPENDIX_SHEETS.II)?.cell(APPENDIX_ROWS.title, 1)?.value).toBe(TITLE);
    expect(readAppendixEdits(await host.readSheets(NAMES)).level).toBe("tieu_hoc");
    // The tracking book is as it was.
    expect(await host.readBook()).toEqual(tracking);
  });

  it("reads nothing for no names, and a workbook without the sheets as all missing", async () => {
    const book = await fakeFromXlsx(bytes);
    const host = new OfficeWorkbookHost({ run: book.run, isSetSupported: () => true });
    const from = book.syncs.length;
    expect((await host.readSheets([])).sheet(APPENDIX_SHEETS.I)).toBeNull();
    expect(book.syncsSince(from)).toHaveLength(0);

    const plainBook = await fakeFromXlsx(await writeXlsx(describeWorkbook(seedPlan(SEED), [])));
    const cells = await new OfficeWorkbookHost({ run: plainBook.run, isSetSupported: () => true }).readSheets(NAMES);
    expect(NAMES.map((name) => cells.sheet(name))).toEqual([null, null]);
    expect(readAppendixEdits(cells)).toEqual({});
  });
});
