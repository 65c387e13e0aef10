/** @jest-environment jsdom */
// The manifest is what Excel reads before any of our code runs: a mistake
// here means the add-in does not install, or installs without its button.
// jsdom provides a namespace-aware DOMParser for reading it.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { t } from "../../src/i18n/messages";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const SCHEMA = path.join(ROOT, "../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");
const DEV_ORIGIN = "https://localhost:3000/";

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BASIC_TYPES_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

const manifest = new DOMParser().parseFromString(readFileSync(MANIFEST, "utf8"), "application/xml");

function only(parent: Document | Element, namespace: string, name: string): Element {
  const found = Array.from(parent.getElementsByTagNameNS(namespace, name));
  expect(found).toHaveLength(1);
  return found[0];
}

function all(parent: Document | Element, namespace: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, name));
}

/** The <Override Locale="…"> values of a locale-aware element, by locale. */
function overrides(element: Element): Record<string, string | null> {
  return Object.fromEntries(
    Array.from(element.children)
      .filter((child) => child.localName === "Override")
      .map((child) => [child.getAttribute("Locale"), child.getAttribute("Value")]),
  );
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Maps a dev-server URL to the file webpack copies there. */
function assetFile(url: string | null): string {
  expect(url?.startsWith(DEV_ORIGIN)).toBe(true);
  return path.join(ROOT, (url ?? "").slice(DEV_ORIGIN.length));
}

test("is well-formed XML", () => {
  expect(manifest.getElementsByTagName("parsererror")).toHaveLength(0);
});

test("validates against the Office add-in manifest schema (xmllint)", () => {
  const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, MANIFEST], { encoding: "utf8" });
  if (result.error) throw new Error(`xmllint could not run (install libxml2-utils): ${result.error.message}`);
  expect(result.stderr).toContain("manifest.xml validates");
  expect(result.status).toBe(0);
});

test("is a task pane add-in for Excel that may read and write the workbook", () => {
  const app = manifest.documentElement;
  expect(app.namespaceURI).toBe(OFFICE_APP_NS);
  expect(app.getAttributeNS(XSI_NS, "type")).toBe("TaskPaneApp");
  expect(only(manifest, OFFICE_APP_NS, "Id").textContent).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  );
  const hosts = only(app, OFFICE_APP_NS, "Hosts");
  expect(all(hosts, OFFICE_APP_NS, "Host").map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
  expect(only(app, OFFICE_APP_NS, "Permissions").textContent).toBe("ReadWriteDocument");
  const sourceLocation = only(only(app, OFFICE_APP_NS, "DefaultSettings"), OFFICE_APP_NS, "SourceLocation");
  expect(sourceLocation.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
});

test("requires ExcelApi 1.9, which every client the README supports has", () => {
  const sets = only(only(manifest.documentElement, OFFICE_APP_NS, "Requirements"), OFFICE_APP_NS, "Sets");
  expect(sets.getAttribute("DefaultMinVersion")).toBe("1.9");
  const requirements = all(sets, OFFICE_APP_NS, "Set").map((set) => [
    set.getAttribute("Name"),
    set.getAttribute("MinVersion"),
  ]);
  expect(requirements).toEqual([["ExcelApi", "1.9"]]);
});

test("is Vietnamese by default with English overrides, named as in the catalog", () => {
  expect(only(manifest, OFFICE_APP_NS, "DefaultLocale").textContent).toBe("vi-VN");
  const displayName = only(manifest.documentElement, OFFICE_APP_NS, "DisplayName");
  expect(displayName.getAttribute("DefaultValue")).toBe(t("appName", "vi"));
  expect(overrides(displayName)).toEqual({ "en-US": t("appName", "en") });
  const description = only(manifest.documentElement, OFFICE_APP_NS, "Description");
  expect(Object.keys(overrides(description))).toEqual(["en-US"]);
});

test("every ribbon string has an en-US override", () => {
  const strings = all(manifest, BASIC_TYPES_NS, "String");
  expect(strings.length).toBeGreaterThanOrEqual(4);
  for (const string of strings) {
    const english = overrides(string)["en-US"];
    expect(english).toBeTruthy();
    expect(english).not.toBe(string.getAttribute("DefaultValue"));
  }
});

test("puts a button that opens the task pane on the Home tab", () => {
  const tab = only(manifest, OVERRIDES_NS, "OfficeTab");
  expect(tab.getAttribute("id")).toBe("TabHome");
  const group = only(tab, OVERRIDES_NS, "Group");
  const controls = Array.from(group.children).filter((child) => child.localName === "Control");
  expect(controls).toHaveLength(1);
  expect(controls[0].getAttributeNS(XSI_NS, "type")).toBe("Button");
  const action = only(controls[0], OVERRIDES_NS, "Action");
  expect(action.getAttributeNS(XSI_NS, "type")).toBe("ShowTaskpane");

  // The button's labels and target URL are resource ids that must exist.
  const resourceIds = new Set(
    all(only(manifest, OVERRIDES_NS, "Resources"), "*", "*").map((element) => element.getAttribute("id")),
  );
  const references = all(group, "*", "*")
    .map((element) => element.getAttribute("resid"))
    .filter((resid): resid is string => resid !== null);
  expect(references.length).toBeGreaterThan(0);
  for (const resid of references) expect(resourceIds).toContain(resid);
  const url = all(manifest, BASIC_TYPES_NS, "Url").find(
    (candidate) => candidate.getAttribute("id") === only(action, OVERRIDES_NS, "SourceLocation").getAttribute("resid"),
  );
  expect(url?.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
});

test("the add-in icons are real PNGs of the stated sizes", () => {
  const app = manifest.documentElement;
  const iconUrl = only(app, OFFICE_APP_NS, "IconUrl").getAttribute("DefaultValue");
  expect(pngSize(assetFile(iconUrl))).toEqual({ width: 32, height: 32 });
  const highResolution = only(app, OFFICE_APP_NS, "HighResolutionIconUrl").getAttribute("DefaultValue");
  expect(pngSize(assetFile(highResolution))).toEqual({ width: 64, height: 64 });
});

test("every ribbon icon points at a real PNG of the size it is listed under", () => {
  const imageUrls = new Map(
    all(only(manifest, OVERRIDES_NS, "Resources"), BASIC_TYPES_NS, "Image").map((image) => [
      image.getAttribute("id"),
      image.getAttribute("DefaultValue"),
    ]),
  );
  const references = all(manifest, BASIC_TYPES_NS, "Image").filter((image) => image.hasAttribute("resid"));
  expect(new Set(references.map((image) => image.getAttribute("size")))).toEqual(new Set(["16", "32", "80"]));
  for (const reference of references) {
    const size = Number(reference.getAttribute("size"));
    const url = imageUrls.get(reference.getAttribute("resid"));
    expect(url).toBeDefined();
    expect(pngSize(assetFile(url ?? null))).toEqual({ width: size, height: size });
  }
});

test("assets/ holds the icon in every size the add-in and AppSource use", () => {
  for (const size of [16, 32, 64, 80, 128]) {
    expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
  }
});

describe("the production manifest (npm run build)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { deployUrl, productionManifest } = require("../../scripts/manifest.cjs") as {
    deployUrl(env?: Record<string, string | undefined>): string;
    productionManifest(xml: string, origin: string): string;
  };
  const ORIGIN = "https://so-gddt.example.gov.vn/chitieu/";

  test("every URL is on the deployment address from one setting, with a SupportUrl; it validates offline", () => {
    const origin = deployUrl({ CHITIEU_DEPLOY_URL: ORIGIN.slice(0, -1) });
    expect(origin).toBe(ORIGIN);
    const xml = productionManifest(readFileSync(MANIFEST, "utf8"), origin);
    expect(xml).not.toContain("localhost");
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(ORIGIN)).toBe(true);
    const parsed = new DOMParser().parseFromString(xml, "application/xml");
    expect(only(parsed.documentElement, OFFICE_APP_NS, "SupportUrl").getAttribute("DefaultValue")).toBe(`${ORIGIN}support.html`);
    const file = path.join(tmpdir(), `chitieu-manifest-${process.pid}.xml`);
    writeFileSync(file, xml);
    const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });

  test("without the environment variable the package setting is used; an http or odd address is refused", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { config: { deploy_url: string } };
    expect(deployUrl({})).toBe(pkg.config.deploy_url);
    expect(() => deployUrl({ CHITIEU_DEPLOY_URL: "http://insecure.example/" })).toThrow(/https/);
    expect(() => deployUrl({ CHITIEU_DEPLOY_URL: "not a url" })).toThrow(/not a URL/);
  });

  test("the support page the manifest points at is shipped, in both languages", () => {
    const page = readFileSync(path.join(ROOT, "assets/support.html"), "utf8");
    expect(page).toContain('lang="vi"');
    expect(page).toContain('lang="en"');
  });
});
