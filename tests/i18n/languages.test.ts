// The catalog's two languages: the same keys and placeholders, and English
// fetched on demand in the pane (jest's setup registers it for every other test).
import { en } from "../../src/i18n/en";
import { catalogEntries } from "../../src/i18n/messages";
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

describe("loading English", () => {
  // A fresh module registry: the catalog as the pane sees it before English is fetched.
  const freshCatalog = () => {
    let catalog: typeof import("../../src/i18n/messages") | undefined;
    jest.isolateModules(() => {
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
