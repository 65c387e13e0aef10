// The Phụ lục step's choices without React: Phụ lục I's and Phụ lục II's
// scopes apart, fitted to the book, read back from the sheets and from saved
// drafts of any age, and turned into the options the sheets are made with.
import { extractPlan } from "../../src/domain/extract";
import { parseUnitsText } from "../../src/domain/unit-list";
import {
  type AppendixChoices,
  appendixView,
  choiceProblem,
  choicesFromSheets,
  chosenOptions,
  DEFAULT_CHOICES,
  editTitle,
  fitChoices,
  optionsToWrite,
  planLevels,
  planSections,
  restoreChoices,
  setSecondLevel,
  setSecondTargets,
  setUnits,
  toggleFirstLevel,
  toggleFirstSection,
  toggleSecondTarget,
  toggleUnit,
  wholePlan,
} from "../../src/taskpane/appendix-state";
import { defaultTitle, resolveSelection } from "../../src/workbook/appendix";
import type { TrackingBook } from "../../src/workbook/book";
import { describeWorkbook } from "../../src/workbook/describe";
import { MemoryHost } from "../helpers/memory-host";
import { PLAN_TEXT, UNITS_TEXT } from "./pane-fixtures";

/** The sample plan (T001 MN, T002–T003 TH, T004–T005 THCS) for three schools, T002 with figures. */
async function sampleBook(): Promise<TrackingBook> {
  const host = new MemoryHost();
  await host.writeBook(describeWorkbook(extractPlan(PLAN_TEXT), parseUnitsText(UNITS_TEXT).units));
  const primary = host.read()?.units.find((unit) => unit.name === "Trường TH Kim Đồng")?.code as string;
  host.typeEntry(primary, "T002", "numerator", 90);
  host.typeEntry(primary, "T002", "denominator", 100);
  const book = host.read();
  if (book === null) throw new Error("no book");
  return book;
}

let book: TrackingBook;
beforeAll(async () => {
  book = await sampleBook();
});

const ids = (choices: AppendixChoices) => resolveSelection(book, chosenOptions(choices, undefined));

test("what the book offers: its levels and plan sections, in order", () => {
  expect(planLevels(book)).toEqual(["mam_non", "tieu_hoc", "thcs"]);
  const sections = planSections(book);
  expect(sections.map((section) => section.key)).toEqual(["II.1", "II.2", "II.3"]);
  expect(sections[1].number).toBe("II.2");
  expect(sections[1].title).toMatch(/tiểu học/i);
});

test("Phụ lục I's scope and Phụ lục II's are apart", () => {
  // Phụ lục II on Tiểu học leaves Phụ lục I the whole plan.
  let choices = setSecondLevel(DEFAULT_CHOICES, "tieu_hoc");
  expect(ids(choices).first).toHaveLength(5);
  expect(ids(choices).second.map((target) => target.id)).toEqual(["T002", "T003"]);
  // Phụ lục I without Mầm non leaves Phụ lục II as it was.
  choices = toggleFirstLevel(book, choices, "mam_non", false);
  expect(choices.first.levels).toEqual(["tieu_hoc", "thcs"]);
  expect(ids(choices).first.map((target) => target.id)).toEqual(["T002", "T003", "T004", "T005"]);
  expect(ids(choices).second.map((target) => target.id)).toEqual(["T002", "T003"]);
  // Back on, every level is "every level" again (so a level the plan gains later is in).
  expect(toggleFirstLevel(book, choices, "mam_non", true).first.levels).toBeNull();
  // Sections likewise, on top of the levels.
  choices = toggleFirstSection(book, choices, "II.3", false);
  expect(ids(choices).first.map((target) => target.id)).toEqual(["T002", "T003"]);
  expect(wholePlan(choices).first).toEqual({ levels: null, sections: null });
  expect(wholePlan(choices).second.level).toBe("tieu_hoc");
});

test("Phụ lục II: a new level drops the target list; targets and units toggle in plan and book order", () => {
  let choices = setSecondTargets(DEFAULT_CHOICES, ["T002"]);
  choices = toggleSecondTarget(book, choices, new Set(["T002"]), "T001", true);
  expect(choices.second.targets).toEqual(["T001", "T002"]);
  expect(setSecondLevel(choices, "thcs").second).toEqual({ level: "thcs", targets: null, units: null });
  choices = setUnits(choices, []);
  for (const code of ["DV003", "DV001"]) choices = toggleUnit(book, choices, code, true);
  expect(choices.second.units).toEqual(["DV001", "DV003"]);
  expect(toggleUnit(book, choices, "DV003", false).second.units).toEqual(["DV001"]);
});

test("lists emptied by hand say why nothing is written", () => {
  expect(choiceProblem(DEFAULT_CHOICES)).toBeNull();
  let choices = DEFAULT_CHOICES;
  for (const level of planLevels(book)) choices = toggleFirstLevel(book, choices, level, false);
  expect(choiceProblem(choices)).toBe("paneAppendixNoFirstLevels");
  expect(choiceProblem({ ...DEFAULT_CHOICES, first: { levels: null, sections: [] } })).toBe("paneAppendixNoFirstSections");
  expect(choiceProblem(setSecondTargets(DEFAULT_CHOICES, []))).toBe("paneAppendixNoTargetsChosen");
  expect(choiceProblem(setUnits(DEFAULT_CHOICES, []))).toBe("paneAppendixNoUnitsChosen");
  // The view shows no selection then, but Phụ lục II's default ticks stay.
  const view = appendixView(book, {}, choices);
  expect(view.selection).toBeNull();
  expect([...view.chosenTargets]).toEqual(["T002", "T003"]);
  expect(view.defaultLevel).toBe("tieu_hoc");
});

test("choices that no longer fit the book are dropped; an emptied list falls back to its default", () => {
  const stale: AppendixChoices = {
    first: { levels: ["thpt"], sections: ["9", "II.2"] },
    second: { level: "thpt", targets: ["T999"], units: ["GONE"] },
    period: "2024-2025",
    titles: { I: "TIÊU ĐỀ" },
  };
  expect(fitChoices(book, stale)).toEqual({
    first: { levels: null, sections: ["II.2"] },
    second: { level: null, targets: null, units: null },
    period: "2024-2025",
    titles: { I: "TIÊU ĐỀ" },
  });
});

test("from the sheets: their scopes, and a sheet from before the split keeps its level for Phụ lục I", () => {
  expect(choicesFromSheets(book, {})).toEqual(DEFAULT_CHOICES);
  expect(choicesFromSheets(book, { level: "thcs", targets: null, units: null, period: null })).toMatchObject({
    first: { levels: ["thcs"], sections: null },
    second: { level: "thcs" },
  });
  expect(choicesFromSheets(book, { level: "thcs", firstLevels: null, firstSections: ["II.1"], period: "2024" })).toMatchObject({
    first: { levels: null, sections: ["II.1"] },
    second: { level: "thcs" },
    period: "2024",
  });
});

test("from a draft: the current shape, the shared shape of older panes, and anything else without throwing", () => {
  const current: AppendixChoices = {
    first: { levels: ["thcs"], sections: null },
    second: { level: "tieu_hoc", targets: ["T002"], units: null },
    period: "2024-2025",
    titles: { I: "TIÊU ĐỀ", II: null },
  };
  expect(restoreChoices(JSON.parse(JSON.stringify(current)))).toEqual(current);
  // One level, targets and units for both appendices.
  expect(restoreChoices({ level: "tieu_hoc", targets: ["T002"], units: ["DV002"], period: "2024-2025" })).toEqual({
    first: { levels: ["tieu_hoc"], sections: null },
    second: { level: "tieu_hoc", targets: ["T002"], units: ["DV002"] },
    period: "2024-2025",
    titles: {},
  });
  expect(restoreChoices(undefined)).toBeNull();
  expect(restoreChoices(null)).toBeNull();
  expect(restoreChoices("Phụ lục")).toBeNull();
  expect(restoreChoices([1, 2])).toBeNull();
  expect(restoreChoices({ first: { levels: [3, "x"] }, second: { level: "lop_9", targets: "T1" }, period: 7, titles: { I: 5 } })).toEqual({
    first: { levels: null, sections: null },
    second: { level: null, targets: null, units: null },
    period: "",
    titles: {},
  });
  expect(restoreChoices({ first: { levels: ["thcs", "nonsense"] }, second: {} })?.first.levels).toEqual(["thcs"]);
});

test("titles: a typed title is written, the generated text or an empty field is no edit", () => {
  const typed = optionsToWrite(book, editTitle(DEFAULT_CHOICES, "I", "  KẾ HOẠCH RIÊNG  "), "section-level");
  expect(typed.headings).toEqual({ I: { title: "KẾ HOẠCH RIÊNG" } });
  const generated = optionsToWrite(book, editTitle(DEFAULT_CHOICES, "II", defaultTitle("II", "2024-2025", "tieu_hoc")), undefined);
  expect(generated.headings).toEqual({ II: { title: undefined } });
  expect(optionsToWrite(book, editTitle(DEFAULT_CHOICES, "I", null), undefined).headings).toEqual({ I: { title: undefined } });
  // Phụ lục I's levels are given explicitly, so the level does not narrow it.
  expect(chosenOptions(setSecondLevel(DEFAULT_CHOICES, "thcs"), undefined)).toMatchObject({ level: "thcs", firstLevels: null });
  // The view shows a stored title until edited, the default after a reset.
  const view = appendixView(book, { headings: { II: { title: "KẾT QUẢ" } } }, DEFAULT_CHOICES);
  expect(view.titles.II).toBe("KẾT QUẢ");
  expect(appendixView(book, { headings: { II: { title: "KẾT QUẢ" } } }, editTitle(DEFAULT_CHOICES, "II", null)).titles.II).toBe(view.defaults.II);
});
