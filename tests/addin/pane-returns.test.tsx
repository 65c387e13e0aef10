/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// (Node export conditions: ExcelJS, which makes the return files, requires uuid, whose browser build is an ES module jest cannot load.)
// Step "Thu số liệu": return files made in the pane (a .zip download, or each
// opened in Excel where downloads are not allowed), returned files chosen,
// refusals and conflicts shown for a decision, the figures written, and
// Tình hình nộp shown. Real .xlsx bytes throughout (ExcelJS writes, the
// book's own reader reads); only the download itself is caught.
import "./jsdom-shims";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { unzipSync } from "fflate";
import { extractPlan } from "../../src/domain/extract";
import type { Entry } from "../../src/domain/tracking";
import { parseUnitsText } from "../../src/domain/unit-list";
import { readTrackingWorkbook } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { App } from "../../src/taskpane/App";
import { describeWorkbook, EMPTY_ENTRY, entryKey } from "../../src/workbook/describe";
import { SHEET } from "../../src/workbook/layout";
import { describeReturn, planFingerprint } from "../../src/workbook/returns";
import { MemoryHost } from "../helpers/memory-host";
import { PLAN_TEXT, REVISED_TEXT, UNITS_TEXT, button, isDisabled, openStep, panel, settle, vi } from "./pane-fixtures";

const saved: { bytes: Uint8Array; name: string; type: string | undefined }[] = [];
jest.mock("../../src/taskpane/save-file", () => {
  const actual = jest.requireActual<typeof import("../../src/taskpane/save-file")>("../../src/taskpane/save-file");
  return { ...actual, saveBytes: (bytes: Uint8Array, name: string, type?: string) => saved.push({ bytes, name, type }) };
});

beforeEach(() => {
  window.localStorage.clear();
  saved.length = 0;
});

const PLAN = extractPlan(PLAN_TEXT);
const UNITS = parseUnitsText(UNITS_TEXT).units;

/** A host whose workbook holds the plan's book for the three units; `entries` already typed by the office. */
async function hostWithBook(entries = new Map<string, Entry>()): Promise<MemoryHost> {
  const host = new MemoryHost();
  await host.writeBook(describeWorkbook(PLAN, UNITS, { entries }));
  host.written.length = 0;
  host.calls.length = 0;
  return host;
}

async function openReturns(): Promise<void> {
  openStep("paneStepReturns");
  await screen.findByRole("heading", { name: vi("paneReturnsMakeTitle") });
  await settle();
}

/** A unit's return as a school sends it back: its rows filled with `fill(targetId)`. */
async function filledReturn(code: string, fill: (targetId: string) => Partial<Entry>, plan = PLAN): Promise<File> {
  const spec = describeReturn(plan, UNITS, code, { madeAt: "2026-12-01T00:00:00.000Z" });
  const bytes = await writeXlsx(spec);
  const returned = await readTrackingWorkbook(bytes);
  const entries = new Map(returned.rows.map((row) => [entryKey(code, row.targetId), { ...EMPTY_ENTRY, ...fill(row.targetId) }]));
  const filled = describeReturn(plan, UNITS, code, { madeAt: "2026-12-01T00:00:00.000Z", entries });
  return new File([Buffer.from(await writeXlsx(filled))], `${code}.xlsx`);
}

function chooseReturnFiles(files: File[]): void {
  fireEvent.change(within(panel()).getByLabelText(vi("paneReturnsFilesLabel")), { target: { files } });
}

test("the return files of every unit download as one .zip, each stamped for its unit and this plan", async () => {
  const host = await hostWithBook();
  render(<App host={host} />);
  await openReturns();
  // Nobody has sent anything yet.
  const status = await screen.findByRole("table", { name: vi("paneReturnsStatusTable") });
  expect(within(status).getAllByText(vi("wbSubmissionNone"))).toHaveLength(UNITS.length);

  fireEvent.click(button("paneReturnsDownload"));
  await screen.findByText(/^Đã tạo 3 tệp nộp, gói trong Tep-nop-2024-2025\.zip\./);
  expect(saved).toHaveLength(1);
  expect(saved[0].name).toBe("Tep-nop-2024-2025.zip");
  expect(saved[0].type).toBe("application/zip");
  const files = unzipSync(saved[0].bytes);
  expect(Object.keys(files).sort()).toEqual(UNITS.map((unit) => expect.stringMatching(new RegExp(`^${unit.code}-.*\\.xlsx$`))));
  for (const [name, bytes] of Object.entries(files)) {
    const book = await readTrackingWorkbook(bytes, name);
    expect(book.returnOf?.planFingerprint).toBe(planFingerprint(PLAN));
    expect(name.startsWith(`${book.returnOf?.unitCode}-`)).toBe(true);
    expect(new Set(book.rows.map((row) => row.unitCode))).toEqual(new Set([book.returnOf?.unitCode]));
  }
});

test("chosen units only; where downloads are not allowed each file opens in Excel instead, and the pane says so", async () => {
  const host = await hostWithBook();
  host.canDownload = false;
  host.openAsNewWorkbook = async (bytes) => {
    host.opened.push(bytes);
  };
  render(<App host={host} />);
  await openReturns();
  expect(screen.queryByRole("button", { name: vi("paneReturnsDownload") })).toBeNull();
  expect(screen.getByText(vi("paneReturnsNoDownload"))).toBeTruthy();
  fireEvent.click(screen.getByRole("checkbox", { name: vi("paneReturnsAllUnits", { count: UNITS.length }) }));
  fireEvent.click(button("paneReturnsOpenEach"));
  await screen.findByText(vi("paneReturnsNoneChosen"));
  expect(host.opened).toHaveLength(0);
  fireEvent.click(screen.getByRole("checkbox", { name: `${UNITS[1].code} – ${UNITS[1].name}` }));
  fireEvent.click(button("paneReturnsOpenEach"));
  await screen.findByText(/^Đã mở 1 tệp nộp trong Excel/);
  expect(host.opened).toHaveLength(1);
  expect((await readTrackingWorkbook(host.opened[0])).returnOf?.unitCode).toBe(UNITS[1].code);
  expect(saved).toHaveLength(0);
});

test("returned files: another plan's is refused, a conflict waits for a decision, then the figures are written and Tình hình nộp follows", async () => {
  const [first, second] = UNITS;
  const rateOf = (level: string): string => PLAN.targets.find((target) => target.unit === "%" && target.level === level)?.id as string;
  // The first unit is a nursery school, the second a primary school.
  const [firstRate, rateId] = [rateOf("mam_non"), rateOf("tieu_hoc")];
  // The office already typed Tử số and Mẫu số for the second unit: the school's differ.
  const host = await hostWithBook(new Map([[entryKey(second.code, rateId), { ...EMPTY_ENTRY, numerator: 10, denominator: 20 }]]));
  render(<App host={host} />);
  await openReturns();

  const rates = new Set(PLAN.targets.filter((target) => target.unit === "%").map((target) => target.id));
  const fill = (targetId: string): Partial<Entry> => (rates.has(targetId) ? { numerator: 45, denominator: 50 } : { value: 3 });
  const otherPlan = extractPlan(REVISED_TEXT);
  const files = [await filledReturn(first.code, fill), await filledReturn(second.code, fill), await filledReturn(first.code, fill, otherPlan)];
  files[2] = new File([files[2]], "ke-hoach-khac.xlsx");
  chooseReturnFiles(files);

  await screen.findByRole("heading", { name: vi("paneReturnsRefusedTitle", { count: 1 }) });
  expect(screen.getByText(vi("collectRefused", { file: "ke-hoach-khac.xlsx", reason: vi("collectReasonOtherPlan") }))).toBeTruthy();
  expect(screen.getByRole("heading", { name: vi("paneReturnsToApplyTitle", { count: 2 }) })).toBeTruthy();
  const conflicts = screen.getByRole("table", { name: vi("paneReturnsConflictsTable") });
  const cells = within(conflicts)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );
  expect(cells).toEqual([
    [second.code, rateId, vi("wbColNumerator"), "10", "45"],
    [second.code, rateId, vi("wbColDenominator"), "20", "50"],
  ]);

  // Writing before choosing is refused with a reason; nothing is written.
  fireEvent.click(button("paneReturnsApply"));
  await screen.findByText(vi("paneReturnsChoosePrefer"));
  expect(host.written).toHaveLength(0);

  fireEvent.click(screen.getByRole("radio", { name: vi("paneReturnsPreferBook") }));
  fireEvent.click(button("paneReturnsApply"));
  await screen.findByText(/^Đã ghi vào sổ: nhận 2 tệp; 2 ô giữ số trong sổ, 0 ô lấy số tệp nộp\./);
  expect(host.written).toHaveLength(1);
  const book = await host.readBook();
  const row = (code: string, id: string) => book?.rows.find((candidate) => candidate.unitCode === code && candidate.targetId === id)?.entry;
  expect([row(first.code, firstRate)?.numerator, row(first.code, firstRate)?.denominator]).toEqual([45, 50]);
  expect([row(second.code, rateId)?.numerator, row(second.code, rateId)?.denominator]).toEqual([10, 20]);
  // The refused file is named again in the result.
  expect(screen.getAllByText(vi("collectRefused", { file: "ke-hoach-khac.xlsx", reason: vi("collectReasonOtherPlan") })).length).toBeGreaterThan(0);

  const status = screen.getByRole("table", { name: vi("paneReturnsStatusTable") });
  const stateOf = (code: string) =>
    within(
      within(status)
        .getByRole("rowheader", { name: new RegExp(`^${code} – `) })
        .closest("tr") as HTMLElement,
    ).getAllByRole("cell")[0].textContent;
  expect(stateOf(first.code)).toBe(vi("wbSubmissionReceived"));
  expect(stateOf(UNITS[2].code)).toBe(vi("wbSubmissionNone"));
  // The sheet says the same.
  const sheet = host.sheets.get(SHEET.submissions);
  expect([...(sheet?.values() ?? [])].some((line) => line.get(1)?.value === first.code && line.get(3)?.value === vi("wbSubmissionReceived"))).toBe(
    true,
  );

  // Collecting the same files again changes nothing.
  chooseReturnFiles(files.slice(0, 2));
  await screen.findByRole("heading", { name: vi("paneReturnsUnchangedTitle", { count: 2 }) });
  await waitFor(() => expect(isDisabled(button("paneReturnsApply"))).toBe(true));
  fireEvent.click(button("paneReturnsShowSheet"));
  await waitFor(() => expect(host.selections.at(-1)).toEqual({ sheet: SHEET.submissions, address: "A1" }));
});
