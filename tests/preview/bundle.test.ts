// The browser bundles, built with the project's webpack config: the task
// pane's and the preview's first download carry none of the heavy readers
// or ExcelJS (they are lazy chunks, fetched when a .docx, a .pdf or a
// download needs them), no Node-only module reaches a browser, and the
// pdf.js worker, CMaps and standard fonts are emitted side by side.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import webpack, { type Compilation, type Configuration } from "webpack";
import { vi } from "../../src/i18n/vi";
import { viFirst } from "../../src/i18n/vi/first";

const ROOT = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

const HEAVY = /[\\/]node_modules[\\/](mammoth|pdfjs-dist|exceljs|jszip)[\\/]/;
// The .xlsx reader (read.ts, sheet-xml.ts) runs in the pane too, for returned files: only its Node inflater must stay out.
const NODE_ONLY = /pdfjs-node\.ts$|[\\/]hosts[\\/]xlsx[\\/](zip|inflate|write)\.ts$|[\\/]i18n[\\/]node-catalog\.ts$|^node:/;

interface Built {
  compilation: Compilation;
  dir: string;
}

async function build(preview: boolean): Promise<Built> {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-bundle-"));
  const config = await configure(preview ? { preview: true } : {}, { mode: "development" });
  // Development mode (no minifier) keeps this quick; the module graph is the production one.
  const compiler = webpack({ ...config, mode: "development", devtool: false, context: ROOT, output: { ...config.output, path: dir } });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return { compilation: stats.compilation, dir };
}

/** The path of every module in the chunks the page loads first (each build has one entry), and in the rest. */
function modules(compilation: Compilation): { initial: string[]; lazy: string[] } {
  const initial: string[] = [];
  const lazy: string[] = [];
  for (const chunk of compilation.chunks) {
    const names = compilation.chunkGraph.getChunkModules(chunk).map((module) => module.nameForCondition() ?? module.identifier());
    (chunk.canBeInitial() ? initial : lazy).push(...names);
  }
  return { initial, lazy };
}

const builds: Built[] = [];
afterAll(() => {
  for (const { dir } of builds) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ["taskpane", false],
  ["preview", true],
])("the %s bundle", (_entry, preview) => {
  let built: Built;
  beforeAll(async () => {
    built = await build(preview);
    builds.push(built);
  }, 180_000);

  it("loads mammoth, pdf.js and ExcelJS only on demand, and nothing Node-only at all", () => {
    const { initial, lazy } = modules(built.compilation);
    expect(initial.length).toBeGreaterThan(50);
    expect(initial.filter((name) => HEAVY.test(name))).toEqual([]);
    expect([...initial, ...lazy].filter((name) => NODE_ONLY.test(name))).toEqual([]);
    // The readers are there, lazily: mammoth's browser build and pdf.js's legacy browser build.
    expect(lazy.some((name) => /node_modules[\\/]mammoth[\\/]browser[\\/]/.test(name))).toBe(true);
    expect(lazy.some((name) => /node_modules[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/.test(name))).toBe(true);
    expect(lazy.some((name) => /src[\\/]readers[\\/]pdfjs-node\.browser\.ts$/.test(name))).toBe(true);
    expect(lazy.some((name) => /src[\\/]hosts[\\/]xlsx[\\/]inflate\.browser\.ts$/.test(name))).toBe(true);
    if (preview) expect(lazy.some((name) => /exceljs[\\/]dist[\\/]exceljs\.bare\.min\.js$/.test(name))).toBe(true);
  });

  it("ships in its first download the Vietnamese of every message key the first download's code names", () => {
    // The rest comes in a chunk every lazy part awaits; a key named only in the first download's code
    // but shipped later would show as its bare key until that chunk arrived.
    const { initial } = modules(built.compilation);
    const laterShipsFirst = initial.some((name) => /[\\/]i18n[\\/]vi[\\/]later\.ts$/.test(name));
    // The preview registers every message before its workbook modules load; the pane fetches the later ones.
    expect(laterShipsFirst).toBe(preview);
    if (preview) return;
    const sources = initial.filter((name) => /[\\/]src[\\/].*\.tsx?$/.test(name) && !/[\\/]src[\\/]i18n[\\/](vi|en)[\\/]/.test(name));
    expect(sources.length).toBeGreaterThan(10);
    const named = new Set(sources.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/["'`](\w+)["'`]/g)].map((match) => match[1])));
    const later = [...named].filter((word) => word in vi && !(word in viFirst)).sort();
    expect(later).toEqual([]);
    // Template-built keys would escape the check above.
    const templated = sources.filter((file) => /\bt\(`|MessageKey\s*=\s*`/.test(readFileSync(file, "utf8")));
    expect(templated).toEqual([]);
  });

  it("emits the pdf.js worker next to its CMaps and standard fonts", () => {
    const pdfjs = readdirSync(path.join(built.dir, "pdfjs"));
    expect(pdfjs.filter((file) => /^pdf\.worker\.min\.[0-9a-f]+\.mjs$/.test(file))).toHaveLength(1);
    expect(readdirSync(path.join(built.dir, "pdfjs", "cmaps")).length).toBeGreaterThan(100);
    expect(readdirSync(path.join(built.dir, "pdfjs", "standard_fonts")).length).toBeGreaterThan(10);
    const pages = readdirSync(built.dir).filter((file) => file.endsWith(".html"));
    // The add-in also ships the support page its manifest's SupportUrl points at.
    expect(pages).toEqual(preview ? ["preview.html"] : ["support.html", "taskpane.html"]);
    if (preview) expect(readdirSync(path.join(built.dir, "seeds"))).toEqual(["bac-son-2024-2025.txt"]);
  });
});
