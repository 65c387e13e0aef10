/** @jest-environment jsdom */
// Excel 2016/2019 show add-ins in Internet Explorer or old Edge, which cannot
// run the bundle. The inline script in taskpane.html must replace the page
// with a notice naming the Excel versions that work, and leave modern
// webviews alone. The script is rendered from the template exactly as the
// webpack build fills it, then run here in jsdom.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { taskpaneTemplateParameters } from "../../scripts/catalog.cjs";
import { t, type MessageKey } from "../../src/i18n/messages";

const TEMPLATE = path.resolve(__dirname, "../../src/taskpane/taskpane.html");
const NOTICE_KEYS: MessageKey[] = [
  "unsupportedTitle",
  "unsupportedReason",
  "unsupportedWindows",
  "unsupportedMac",
  "unsupportedWeb",
];
const EDGE_CHROMIUM_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
const IE11_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko";
const EDGE_HTML_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

/** Fills `<%= name %>` placeholders the way html-webpack-plugin's default loader does. */
function renderTemplate(): string {
  const parameters: Record<string, string> = taskpaneTemplateParameters();
  return readFileSync(TEMPLATE, "utf8").replace(/<%=\s*(\w+)\s*%>/g, (_whole, name: string) => {
    if (!(name in parameters)) throw new Error(`taskpane.html uses <%= ${name} %>, which has no value`);
    return parameters[name];
  });
}

const html = renderTemplate();
const checkScript = /<script id="legacy-webview-check">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

function runCheck({ userAgent, documentMode }: { userAgent: string; documentMode?: number }) {
  document.body.innerHTML = '<div id="root"></div>';
  jest.spyOn(window.navigator, "userAgent", "get").mockReturnValue(userAgent);
  if (documentMode === undefined) {
    delete (document as { documentMode?: number }).documentMode;
  } else {
    Object.defineProperty(document, "documentMode", { value: documentMode, configurable: true });
  }
  new Function(checkScript)();
}

afterEach(() => {
  jest.restoreAllMocks();
  delete (document as { documentMode?: number }).documentMode;
});

test("the template has the check and no unfilled placeholders", () => {
  expect(checkScript).toContain("documentMode");
  expect(html).not.toMatch(/<%/);
});

test("the check is plain ES5, so Internet Explorer can run it", () => {
  expect(() => parse(checkScript, { ecmaVersion: 5 })).not.toThrow();
});

test("the check runs once #root is parsed; office.js comes from the CDN", () => {
  expect(html.indexOf('<script id="legacy-webview-check">')).toBeGreaterThan(html.indexOf('<div id="root">'));
  expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
});

test.each([
  ["Internet Explorer 11 (documentMode)", { userAgent: EDGE_CHROMIUM_UA, documentMode: 11 }],
  ["a Trident webview", { userAgent: IE11_UA }],
  ["an EdgeHTML webview", { userAgent: EDGE_HTML_UA }],
])("in %s the pane shows the supported Excel versions in Vietnamese and English", (_name, environment) => {
  runCheck(environment);
  expect(document.getElementById("root")).toBeNull();
  const text = document.body.textContent ?? "";
  for (const key of NOTICE_KEYS) {
    expect(text).toContain(t(key, "vi"));
    expect(text).toContain(t(key, "en"));
  }
  expect(document.querySelector('[lang="vi"] h1')?.textContent).toBe(t("unsupportedTitle", "vi"));
  expect(document.querySelectorAll('[lang="en"] li')).toHaveLength(3);
});

test("in WebView2 / a modern browser the page is left alone", () => {
  runCheck({ userAgent: EDGE_CHROMIUM_UA });
  expect(document.getElementById("root")).not.toBeNull();
  expect(document.body.textContent).not.toContain(t("unsupportedTitle", "vi"));
});
