// The catalog's two languages: the same keys and placeholders, and English
// fetched on demand in the pane (jest's setup registers it for every other test).
import { en } from "../../src/i18n/en";
import { catalogEntries, t } from "../../src/i18n/messages";
import { vi } from "../../src/i18n/vi";

// Dates are written each language's way: "ngày {dd}/{mm}/{year}" against "{day} {monthName} {year}".
const OWN_FORMS = new Set(["dateFull", "dateMonthYear"]);

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

describe("the catalog's languages", () => {
  it("has exactly the same keys in English as in Vietnamese", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it("fills the same placeholders in both languages", () => {
    // English may name a param of its own for a number written the English way ({valueEn}).
    const differing = catalogEntries()
      .filter(([key]) => !OWN_FORMS.has(key))
      .map(([key, message]) => {
        const english = typeof message.en === "string" ? message.en : `${message.en.one} ${message.en.other}`;
        const missing = placeholders(message.vi).filter((name) => !placeholders(english).includes(name) && !placeholders(english).includes(`${name}En`));
        return missing.length === 0 ? null : `${key}: ${missing.join(", ")}`;
      })
      .filter((line) => line !== null);
    expect(differing).toEqual([]);
  });
});

describe("params", () => {
  it("are checked by the compiler against the placeholders of both languages", () => {
    // @ts-expect-error -- cliBuildDone also asks for targets, units and rows
    const partly = () => t("cliBuildDone", "en", { file: "so.xlsx" });
    // @ts-expect-error -- wbProblemBadTolerance's English asks for valueEn as well as value
    const vietnameseOnly = () => t("wbProblemBadTolerance", "vi", { cell: "B2", value: "1" });
    const whole = t("wbProblemBadTolerance", "en", { cell: "B2", value: "1", valueEn: "1" });
    expect([typeof partly, typeof vietnameseOnly, whole]).toEqual(["function", "function", "Settings sheet, cell B2 (tolerance) is not a valid number; the default 1 is used."]);
  });
});

// The catalog as a browser bundle starts it: webpack swaps Node's start catalog for one with nothing in it.
const asInBrowser = (): void => {
  jest.doMock("../../src/i18n/node-catalog", () => ({ startCatalog: null }));
};

describe("loading English", () => {
  // A fresh module registry: the catalog as the pane sees it before English is fetched.
  const freshCatalog = () => {
    let catalog: typeof import("../../src/i18n/messages") | undefined;
    jest.isolateModules(() => {
      asInBrowser();
      catalog = jest.requireActual<typeof import("../../src/i18n/messages")>("../../src/i18n/messages");
    });
    return catalog!;
  };

  it("reads Vietnamese until English is fetched, then English", async () => {
    const { hasLanguage, loadLanguage, t, tBoth } = freshCatalog();
    expect(hasLanguage("vi")).toBe(true);
    expect(hasLanguage("en")).toBe(false);
    expect(t("appName", "en")).toBe("Chỉ tiêu kế hoạch");
    expect(tBoth("appName")).toBe("Chỉ tiêu kế hoạch");
    await loadLanguage("en");
    expect(hasLanguage("en")).toBe(true);
    expect(t("appName", "en")).toBe("Plan targets");
    expect(tBoth("appName")).toBe("Chỉ tiêu kế hoạch / Plan targets");
  });
});

describe("the later Vietnamese", () => {
  it("is there from the start in Node, before any module names a sheet", async () => {
    jest.dontMock("../../src/i18n/node-catalog");
    await jest.isolateModulesAsync(async () => {
      const layout = await import("../../src/workbook/layout");
      expect(layout.SHEET.submissions).toBe("Tình hình nộp");
    });
  });

  // Workbook modules name their sheets when they load, so a lazy part must not run before its texts are here.
  it("is here before a lazy part's modules run", async () => {
    await jest.isolateModulesAsync(async () => {
      asInBrowser();
      const { withLaterMessages } = await import("../../src/i18n/messages");
      const layout = await withLaterMessages(() => import("../../src/workbook/layout"));
      expect(layout.SHEET.submissions).toBe("Tình hình nộp");
    });
  });

  it("is what a module loaded without it would lack: it would name a sheet by its bare key", async () => {
    await jest.isolateModulesAsync(async () => {
      asInBrowser();
      const layout = await import("../../src/workbook/layout");
      expect(layout.SHEET.submissions).toBe("wbSheetSubmissions");
    });
  });
});
