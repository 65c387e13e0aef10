/** @jest-environment jsdom */
// The task pane UI with a stand-in engine, so each case controls exactly what
// the engine returns (including failures). app-engine.test.tsx runs the real one.
import "./jsdom-shims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { Plan, Target } from "../../src/domain/plan";
import { extractPlan } from "../../src/domain/extract";
import { App } from "../../src/taskpane/App";
import { t } from "../../src/i18n/messages";

jest.mock("../../src/domain/extract", () => ({
  extractPlan: jest.fn(),
  REVIEWABLE_CHARS: 1_000_000,
  CHARS_PER_PAGE: 3_000,
  // The sentences come from the pasted text itself.
  sourceOfDocument: jest.requireActual("../../src/domain/sentence").sourceOfDocument,
}));
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
  fireEvent.change(screen.getByRole("textbox", { name: t("panePasteLabel", "vi") }), { target: { value: text } });
}

function pressRead(lang: "vi" | "en" = "vi") {
  fireEvent.click(screen.getByRole("button", { name: t("paneRead", lang) }));
}

/** By aria-label: getByRole walks the accessibility tree of every input in the table and is far slower. */
function field(name: string): HTMLInputElement {
  return screen.getByLabelText(name, { selector: "input, textarea, select" }) as HTMLInputElement;
}

test("renders inside a FluentProvider with the Vietnamese header and the five steps", () => {
  const { container } = render(<App host={null} />);
  const provider = container.querySelector(".fui-FluentProvider");
  expect(provider).not.toBeNull();
  expect(within(provider as HTMLElement).getByRole("heading", { level: 1 }).textContent).toBe(t("appName", "vi"));
  const tabs = within(screen.getByRole("tablist", { name: t("paneStepsLabel", "vi") })).getAllByRole("tab");
  expect(tabs).toHaveLength(5);
  for (const [index, key] of (["paneStepImport", "paneStepUnits", "paneStepReturns", "paneStepCheck", "paneStepAppendix"] as const).entries()) {
    expect(tabs[index]).toBe(screen.getByRole("tab", { name: t(key, "vi") }));
  }
  expect(tabs[0].getAttribute("aria-selected")).toBe("true");
  expect(screen.getByRole("button", { name: t("paneRead", "vi") })).toBeTruthy();
  expect(screen.getByLabelText(t("paneFileLabel", "vi"))).toBeTruthy();
  // No sample offered unless the page gives one.
  expect(screen.queryByRole("button", { name: t("paneUseSample", "vi") })).toBeNull();
});

test("shows the plan's metadata and the targets as editable blocks grouped by section and level, flagging doubtful ones", async () => {
  mockedExtract.mockReturnValue(PLAN);
  render(<App host={null} />);
  paste("Kế hoạch … đạt từ 99,9% trở lên …");
  pressRead();

  const list = await screen.findByRole("list", { name: t("paneEditList", "vi") });
  expect(mockedExtract).toHaveBeenCalledWith("Kế hoạch … đạt từ 99,9% trở lên …");
  // The document's information is editable: it is what gets written.
  expect(field(t("metaIssuer", "vi")).value).toBe("UBND HUYỆN MƯỜNG TÈ");
  expect(field(t("metaNumber", "vi")).value).toBe("123/KH-UBND");
  expect(field(t("metaDate", "vi")).value).toBe("05/09/2022"); // the ISO date, day first
  expect(field(t("metaTitle", "vi")).value).toBe(""); // title is null…
  expect(field(t("metaTitle", "vi")).placeholder).toBe(t("metaUnknown", "vi")); // …and says so

  // One heading per run of section and level, each over a list of its targets.
  const groups = within(list).getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
  expect(groups).toEqual([
    t("paneGroupHeading", "vi", { section: "II.2", level: t("levelTieuHoc", "vi") }),
    t("paneGroupHeading", "vi", { section: "II.3", level: t("levelThcs", "vi") }),
  ]);
  const inner = within(list).getByRole("list", { name: groups[0] as string });
  expect(within(inner).getAllByRole("listitem")).toHaveLength(1);

  expect(field(t("paneFieldIndicator", "vi", { id: "T001" })).value).toBe("Huy động học sinh trong độ tuổi đến trường");
  expect(field(t("paneFieldLevel", "vi", { id: "T001" })).value).toBe("tieu_hoc");
  expect(field(t("paneFieldOp", "vi", { id: "T001" })).value).toBe("gte");
  expect(field(t("paneFieldValue", "vi", { id: "T001" })).value).toBe("99,9");
  expect(field(t("paneFieldUnit", "vi", { id: "T001" })).value).toBe("%");
  const sure = field(t("paneFieldValue", "vi", { id: "T001" })).closest("li") as HTMLElement;
  // The target is a group named by its id; the small labels over the fields are words of each field's own name.
  expect(within(sure).getByRole("group", { name: "T001" })).toBeTruthy();
  for (const key of ["colLevel", "colComparator", "colValue", "colUnit"] as const) {
    expect(within(sure).getByText(t(key, "vi"))).toBeTruthy();
  }
  // The quote is highlighted inside its whole sentence.
  expect(within(sure).getByText("đạt từ 99,9% trở lên", { selector: "mark" })).toBeTruthy();
  expect(within(sure).getByText("đạt từ 99,9% trở lên", { selector: "mark" }).closest("blockquote")?.textContent).toBe(
    "“Kế hoạch … đạt từ 99,9% trở lên …”",
  );
  expect(within(sure).queryByText(t("flagLowConfidence", "vi"))).toBeNull();
  expect(within(sure).getByRole("button", { name: t("paneRemoveTarget", "vi", { id: "T001" }) })).toBeTruthy();

  // A range shows both bounds; the doubtful target is flagged, in words as well as in colour.
  expect(field(t("paneFieldOp", "vi", { id: "T002" })).value).toBe("between");
  expect(field(t("paneFieldValue", "vi", { id: "T002" })).value).toBe("2");
  expect(field(t("paneFieldValueMax", "vi", { id: "T002" })).value).toBe("3");
  const doubtful = field(t("paneFieldValue", "vi", { id: "T002" })).closest("li") as HTMLElement;
  expect(within(doubtful).getByText(t("flagLowConfidence", "vi"))).toBeTruthy();
  expect(within(doubtful).getByRole("group", { name: `T002 ${t("flagLowConfidence", "vi")}` })).toBeTruthy();
  expect(within(doubtful).getByText(t("paneLabelValueMax", "vi"))).toBeTruthy();
  expect(doubtful.className).not.toBe(sure.className);
  expect(screen.getByText(t("paneLowConfidenceNote", "vi", { count: 1 }))).toBeTruthy();
  // Outside Excel the pane says plainly that writing needs Excel or the preview.
  expect(screen.getByText(t("paneNoHost", "vi"))).toBeTruthy();
});

test("switches every string to English", async () => {
  mockedExtract.mockReturnValue(PLAN);
  render(<App host={null} />);
  fireEvent.click(screen.getByRole("button", { name: t("paneLanguageEn", "en") }));
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(t("appName", "en"));
  expect(screen.getByRole("tab", { name: t("paneStepImport", "en") })).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: t("panePasteLabel", "en") }), { target: { value: "text" } });
  pressRead("en");
  const list = await screen.findByRole("list", { name: t("paneEditList", "en") });
  expect(within(list).getByRole("heading", { level: 3, name: t("paneGroupHeading", "en", { section: "II.3", level: t("levelThcs", "en") }) })).toBeTruthy();
  expect(field(t("paneFieldValue", "en", { id: "T001" })).value).toBe("99.9");
  expect(screen.getByText("5 Sep 2022")).toBeTruthy();
  expect(screen.getByRole("button", { name: t("paneWrite", "en") })).toBeTruthy();
  expect(document.documentElement.lang).toBe("en");
  // And back: the value follows the language.
  fireEvent.click(screen.getByRole("button", { name: t("paneLanguageVi", "vi") }));
  expect(field(t("paneFieldValue", "vi", { id: "T001" })).value).toBe("99,9");
  expect(screen.getByText("ngày 05/09/2022")).toBeTruthy();
});

test("asks for text instead of reading an empty box", async () => {
  render(<App host={null} />);
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
  render(<App host={null} />);
  paste("Kế hoạch");
  pressRead();
  expect(await screen.findByText(t("paneExtractFailed", "vi"))).toBeTruthy();
  expect(screen.queryByRole("list", { name: t("paneEditList", "vi") })).toBeNull();
  expect(screen.queryByText("boom")).toBeNull();
});

test("a flagged target says why the reader is unsure", async () => {
  mockedExtract.mockReturnValue({ meta: PLAN.meta, targets: [target({ confidence: 0.45, doubts: ["target-in-report", "no-comparator"] })] });
  render(<App host={null} />);
  paste("Có 09 trường");
  pressRead();
  const reasons = `${t("doubtTargetInReport", "vi")}; ${t("doubtNoComparator", "vi")}`;
  expect(await screen.findByText(t("flagLowConfidenceWhy", "vi", { reasons }))).toBeTruthy();
});

test("says a document is too long to review instead of working on it for minutes", async () => {
  render(<App host={null} />);
  paste("Tỷ lệ huy động trẻ đạt 98%. ".repeat(40_000));
  pressRead();
  expect(await screen.findByText(t("paneTooLongToReview", "vi", { chars: "1.120.000", pages: "373" }))).toBeTruthy();
  expect(mockedExtract).not.toHaveBeenCalled();
});

test("says when the text holds no targets", async () => {
  mockedExtract.mockReturnValue({ meta: PLAN.meta, targets: [] });
  render(<App host={null} />);
  paste("Không có số liệu");
  pressRead();
  expect(await screen.findByText(t("paneNoTargets", "vi"))).toBeTruthy();
  expect(screen.queryByRole("list", { name: t("paneEditList", "vi") })).toBeNull();
});
