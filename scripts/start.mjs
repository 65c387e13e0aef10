// `npm start`. Where desktop Excel can exist (Windows, macOS) this sideloads
// the add-in with office-addin-debugging, which also runs the dev server.
// Elsewhere (Linux) it runs only the https dev server and explains how to
// load manifest.xml into Excel on the web.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { request } from "node:https";
import { setTimeout as sleep } from "node:timers/promises";

const require = createRequire(import.meta.url);
const { loadCatalog } = require("./catalog.cjs");
const { tBoth } = loadCatalog();

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PANE_URL = `https://localhost:${PORT}/taskpane.html`;
const READY_TIMEOUT_SECONDS = 180;

/** Runs a child with our terminal, passes Ctrl+C / kill on to it, and exits with its code. */
function runForwardingSignals(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      stopping = true;
      child.kill(signal);
    });
  }
  child.on("exit", (code) => {
    // office-addin-debugging exits 0 once Excel is launched; that is success.
    if (stopping || code === 0) process.exit(0);
    console.error(tBoth("startServerFailed", { code: code ?? "?" }));
    process.exit(code || 1);
  });
  return child;
}

/** Resolves once the page answers over https (any status), or false on timeout. */
async function waitForServer(child) {
  const deadline = Date.now() + READY_TIMEOUT_SECONDS * 1000;
  while (Date.now() < deadline && child.exitCode === null) {
    const answered = await new Promise((resolve) => {
      // The certificate may be webpack's self-signed fallback; we only ask "is it up?".
      const probe = request(PANE_URL, { method: "HEAD", rejectUnauthorized: false, timeout: 2000 }, (response) => {
        response.resume();
        resolve(true);
      });
      probe.on("error", () => resolve(false));
      probe.on("timeout", () => probe.destroy());
      probe.end();
    });
    if (answered) return true;
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

if (process.platform === "win32" || process.platform === "darwin") {
  runForwardingSignals("office-addin-debugging", ["start", "manifest.xml"]);
} else {
  console.log(tBoth("startNoDesktopExcel", { url: PANE_URL }));
  console.log(tBoth("startWaiting"));
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const server = runForwardingSignals(process.execPath, [webpackCli, "serve", "--mode", "development"]);
  if (await waitForServer(server)) printSideloadSteps();
  else if (server.exitCode === null) console.error(tBoth("startTimeout", { seconds: READY_TIMEOUT_SECONDS }));
}
