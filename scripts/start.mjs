// `npm start`. Where desktop Excel is installed (Windows, macOS) this
// sideloads the add-in with office-addin-debugging, which also runs the dev
// server. Elsewhere (Linux, or no Excel found, or sideloading failed) it runs
// the browser preview (the task pane beside an in-browser workbook, no Excel
// needed) and the https dev server, and explains how to load manifest.xml
// into Excel on the web.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const require = createRequire(import.meta.url);
const { loadCatalog } = require("./catalog.cjs");
const { tBoth } = loadCatalog();

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PANE_URL = `https://localhost:${PORT}/taskpane.html`;
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT || process.env.npm_package_config_preview_port || 3001);
const PREVIEW_URL = `http://localhost:${PREVIEW_PORT}/preview.html`;
const READY_TIMEOUT_SECONDS = 180;
const webpackCli = require.resolve("webpack-cli/bin/cli.js");

/** Children still running; signals go to each of them. */
const children = new Set();
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stopping = true;
    for (const child of children) child.kill(signal);
    if (children.size === 0) process.exit(0);
  });
}

/** Runs a child with our terminal; `onExit` gets its code unless we are stopping (then we exit once all are gone). */
function run(command, args, onExit) {
  // Always node itself (no shell), so a path with spaces such as "C:\Program Files" works.
  const child = spawn(command, args, { stdio: "inherit" });
  children.add(child);
  child.on("exit", (code) => {
    children.delete(child);
    if (stopping) {
      if (children.size === 0) process.exit(0);
      return;
    }
    onExit(code);
  });
  return child;
}

/** A server stopped on its own: stop the others and exit with its code. */
function serverFailed(code) {
  console.error(tBoth("startServerFailed", { code: code ?? "?" }));
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  process.exit(code || 1);
}

/** Whether the page answers now (any status). */
function answers(url) {
  const request = url.startsWith("https:") ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    // The certificate may be webpack's self-signed fallback; we only ask "is it up?".
    const probe = request(url, { method: "HEAD", rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on("error", () => resolve(false));
    probe.on("timeout", () => probe.destroy());
    probe.end();
  });
}

/** Resolves true once the page answers, or false on timeout or when the child serving it ended. */
async function waitForServer(child, url) {
  const deadline = Date.now() + READY_TIMEOUT_SECONDS * 1000;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await answers(url)) return true;
    await sleep(1000);
  }
  return false;
}

function printSideloadSteps() {
  const steps = [
    tBoth("startStepTrustCert", { url: PANE_URL }),
    tBoth("startStepOpenExcel"),
    tBoth("startStepUpload", { manifest: "manifest.xml" }),
    tBoth("startStepRibbon"),
  ];
  console.log(
    [
      "",
      tBoth("startPreviewReady", { url: PREVIEW_URL }),
      tBoth("startReady", { url: PANE_URL }),
      "",
      tBoth("startSideloadTitle"),
      ...steps.map((step, index) => `  ${index + 1}. ${step}`),
      "",
      tBoth("startStopHint"),
      "",
    ].join("\n"),
  );
}

/** The preview (http) and the add-in's https dev server side by side, then how to sideload into Excel on the web. */
async function startWithoutExcel() {
  console.log(tBoth("startNoDesktopExcelPreview", { preview: PREVIEW_URL, url: PANE_URL }));
  console.log(tBoth("startWaiting"));
  // After a failed sideload the add-in's dev server may already be up (office-addin-debugging starts one).
  const paneRunning = await answers(PANE_URL);
  const preview = run(process.execPath, [webpackCli, "serve", "--mode", "development", "--env", "preview"], serverFailed);
  const pane = paneRunning ? null : run(process.execPath, [webpackCli, "serve", "--mode", "development"], serverFailed);
  const [previewUp, paneUp] = await Promise.all([waitForServer(preview, PREVIEW_URL), pane === null || waitForServer(pane, PANE_URL)]);
  if (previewUp && paneUp) printSideloadSteps();
  else if (!stopping) console.error(tBoth("startTimeout", { seconds: READY_TIMEOUT_SECONDS }));
}

/** Whether desktop Excel is installed, as far as can be told without starting it. */
function hasDesktopExcel() {
  if (process.platform === "darwin") {
    return existsSync("/Applications/Microsoft Excel.app") || existsSync(join(process.env.HOME ?? "", "Applications", "Microsoft Excel.app"));
  }
  if (process.platform === "win32") {
    // Every Office install registers excel.exe under App Paths.
    const key = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
    return spawnSync("reg", ["query", key], { stdio: "ignore" }).status === 0;
  }
  return false;
}

/** office-addin-debugging's command, or null: it is optional and skipped where its native parts cannot build. */
function sideloadCommand() {
  try {
    const manifest = require.resolve("office-addin-debugging/package.json");
    const { bin } = require(manifest);
    const script = typeof bin === "string" ? bin : bin["office-addin-debugging"];
    return join(dirname(manifest), script);
  } catch {
    return null;
  }
}

const sideload = hasDesktopExcel() ? sideloadCommand() : null;
if (hasDesktopExcel() && sideload === null) console.warn(tBoth("startNoSideloadTools"));
if (sideload !== null) {
  run(process.execPath, [sideload, "start", "manifest.xml"], (code) => {
    // office-addin-debugging exits 0 once Excel is launched; that is success.
    if (code === 0) process.exit(0);
    console.error(tBoth("startSideloadFailed", { code: code ?? "?" }));
    void startWithoutExcel();
  });
} else {
  await startWithoutExcel();
}
