// Gives build-time tools (webpack.config.js, scripts/start.mjs) the message
// catalog straight from src/i18n/messages.ts. Transpiling the source on each
// run means a string edited there shows up in the next build; the compiled
// lib/ copy could be stale. The catalog imports only its own parts (./vi, ./en, ./node-catalog).
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");
const ts = require("typescript");

const CATALOG_FILE = path.join(__dirname, "..", "src", "i18n", "messages.ts");

/** `./vi` is ./vi.ts or ./vi/index.ts, as TypeScript resolves it. */
function tsFile(request) {
  return fs.existsSync(`${request}.ts`) ? `${request}.ts` : path.join(request, "index.ts");
}

/** Transpiles a TypeScript file and its relative imports (the catalog's parts), nothing else. */
function loadTs(file) {
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  });
  const compiled = new Module(file, module);
  compiled.filename = file;
  compiled.require = (request) =>
    request.startsWith(".") ? loadTs(tsFile(path.resolve(path.dirname(file), request))) : require(request);
  compiled._compile(outputText, file);
  return compiled.exports;
}

/** @returns {typeof import("../src/i18n/messages")} */
function loadCatalog() {
  // In Node the catalog registers every message as it loads (./node-catalog.ts).
  return loadTs(CATALOG_FILE);
}

/**
 * Values for the `<%= … %>` placeholders in src/taskpane/taskpane.html. The
 * unsupported-Excel notice is shown before any bundle runs, so its strings
 * are embedded as a JSON object literal (with "<" escaped so the text can
 * never close the surrounding <script> element).
 */
function taskpaneTemplateParameters() {
  const { t } = loadCatalog();
  const both = (key) => ({ vi: t(key, "vi"), en: t(key, "en") });
  const unsupported = {
    title: both("unsupportedTitle"),
    reason: both("unsupportedReason"),
    options: [both("unsupportedWindows"), both("unsupportedMac"), both("unsupportedWeb")],
  };
  return {
    appName: t("appName", "vi"),
    unsupportedJson: JSON.stringify(unsupported).replace(/</g, "\\u003c"),
  };
}

module.exports = { loadCatalog, taskpaneTemplateParameters };
