/** @jest-environment jsdom */
// The task pane UI with a stand-in engine, so each case controls exactly what
// the engine returns (including failures). app-engine.test.tsx runs the real one.
import "./jsdom-shims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { Plan, Target } from "../../src/domain/plan";
import { extractPlan } from "../../src/domain/extract";
import { App } from "../../src/taskpane/App";
import { t } from "../../src/i18n/messages";

jest.mock("../../src/domain/extract", () => ({ extractPlan: jest.fn() }));
const mockedExtract = jest.mocked(extractPlan);

function target(overrides: Partial<Target>): Target {
  return {
    id: "T001",
    kind: "target",
    section: "II.2",
    sectionTitle: null,
    level: "tieu_hoc",
    scope: null,
    indicator: "Huy động học sinh trong độ tuổi đến trường",
    op: "gte",
    value: 99.9,
    value_max: null,
    denominator: null,
    unit: "%",
    period: "2022-2023",
    quote: "đạt từ 99,9% trở lên",
    offset: 10,
    confidence: 0.95,
    ...overrides,
  };
}

const PLAN: Plan = {
  meta: { issuer: "UBND HUYỆN MƯỜNG TÈ", number: "123/KH-UBND", date: "2022-09-05", title: null, period: "2022-2023" },
  targets: [
    target({}),
    target({
      id: "T002",
      section: "II.3",
      level: "thcs",
      indicator: "Trường đạt chuẩn quốc gia",
      op: "between",
      value: 2,
      value_max: 3,
      unit: "trường",
      quote: "2 - 3 trường",
      confidence: 0.4,
    }),
  ],
};

beforeEach(() => {
  mockedExtract.mockReset();
  window.localStorage.clear();
});

function paste(text: string) {
  fireEvent.change(screen.getByRole("textbox"), { target: { value: text } });
}

function pressRead(lang: "vi" | "en" = "vi") {
  fireEvent.click(screen.getByRole("button", { name: t("paneRead", lang) }));
}

test("renders inside a FluentProvider with the Vietnamese header", () => {
  const { container } = render(<App />);
  const provider = container.querySelector(".fui-FluentProvider");
  expect(provider).not.toBeNull();
  expect(within(provider as HTMLElement).getByRole("heading", { level: 1 }).textContent).toBe(t("appName", "vi"));
  expect(screen.getByRole("button", { name: t("paneRead", "vi") })).toBeTruthy();
});

test("shows the plan's metadata and one table row per target, flagging doubtful ones", async () => {
  mockedExtract.mockReturnValue(PLAN);
  render(<App />);
  paste("Kế hoạch … đạt từ 99,9% trở lên …");
  pressRead();

  const table = await screen.findByRole("table", { name: t("paneTargetsTable", "vi") });
  expect(mockedExtract).toHaveBeenCalledWith("Kế hoạch … đạt từ 99,9% trở lên …");
  expect(screen.getByText("UBND HUYỆN MƯỜNG TÈ")).toBeTruthy();
  expect(screen.getByText("123/KH-UBND")).toBeTruthy();
  expect(screen.getByText(t("metaUnknown", "vi"))).toBeTruthy(); // title is null

  const headers = within(table).getAllByRole("columnheader").map((cell) => cell.textContent);
  expect(headers).toEqual(
    ["colSection", "colLevel", "colIndicator", "colComparator", "colValue", "colUnit", "colQuote"].map((key) =>
      t(key as Parameters<typeof t>[0], "vi"),
    ),
  );
  const [, sure, doubtful] = within(table).getAllByRole("row");
  const sureCells = within(sure).getAllByRole("cell").map((cell) => cell.textContent);
  expect(sureCells).toEqual([
    "II.2",
    t("levelTieuHoc", "vi"),
    "Huy động học sinh trong độ tuổi đến trường",
    t("opGte", "vi"),
    "99,9",
    "%",
    "“đạt từ 99,9% trở lên”",
  ]);
  expect(within(sure).queryByText(t("flagLowConfidence", "vi"))).toBeNull();

  expect(within(doubtful).getByText(t("flagLowConfidence", "vi"))).toBeTruthy();
  expect(within(doubtful).getByText("2–3")).toBeTruthy();
  expect(screen.getByText(t("paneLowConfidenceNote", "vi", { count: 1 }))).toBeTruthy();
});

test("switches every string to English", async () => {
  mockedExtract.mockReturnValue(PLAN);
  render(<App />);
  fireEvent.click(screen.getByRole("button", { name: t("paneLanguageEn", "en") }));
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(t("appName", "en"));
  paste("text");
  pressRead("en");
  const table = await screen.findByRole("table", { name: t("paneTargetsTable", "en") });
  expect(within(table).getByText(t("levelThcs", "en"))).toBeTruthy();
  expect(within(table).getByText("99.9")).toBeTruthy();
  expect(document.documentElement.lang).toBe("en");
});

test("asks for text instead of reading an empty box", async () => {
  render(<App />);
  paste("   ");
  pressRead();
  expect(await screen.findByText(t("paneEmptyText", "vi"))).toBeTruthy();
  expect(mockedExtract).not.toHaveBeenCalled();
});

test("says so in Vietnamese when the engine fails, and shows no table", async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  mockedExtract.mockImplementation(() => {
    throw new Error("boom");
  });
  render(<App />);
  paste("Kế hoạch");
  pressRead();
  expect(await screen.findByText(t("paneExtractFailed", "vi"))).toBeTruthy();
  expect(screen.queryByRole("table")).toBeNull();
});

test("says when the text holds no targets", async () => {
  mockedExtract.mockReturnValue({ meta: PLAN.meta, targets: [] });
  render(<App />);
  paste("Không có số liệu");
  pressRead();
  expect(await screen.findByText(t("paneNoTargets", "vi"))).toBeTruthy();
  expect(screen.queryByRole("table")).toBeNull();
});
