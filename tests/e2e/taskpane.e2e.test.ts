// The add-in's own task pane bundle (taskpane.html, production build) in real
// Chromium, outside Excel: office.js cannot load (as in a plain browser), so
// the pane reads plans and every step says it needs Excel. What this guards is
// the message catalog's loading: the first download holds only the Vietnamese
// of the first screen, the rest arrives as the `messages-later` chunk before
// any lazy part runs, and English comes as `lang-en` when chosen. A text shown
// as its bare catalog key ("paneReturnsIntro") fails the test.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { vi } from "../../src/i18n/vi";
import { launchChromium } from "../helpers/chromium";

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const BUILD = path.join(REPO_ROOT, "test-output", "e2e-taskpane");
const OUT = path.join(REPO_ROOT, "test-output", "e2e-taskpane-shots");
const KEYS = new Set(Object.keys(vi));

let browser: Browser;
let url: string;
let stopServer: () => void;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  if (!process.env.E2E_REUSE_BUILD) {
    rmSync(BUILD, { recursive: true, force: true });
    execFileSync("npx", ["webpack", "--mode", "production", "--output-path", BUILD], { cwd: REPO_ROOT, stdio: "pipe" });
  }
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "scripts", "serve-static.mjs"), BUILD, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  stopServer = () => child.kill();
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const found = /https?:\/\/[^\s]+/.exec(out)?.[0];
      if (found) resolve(found.replace(/\/$/, "") + "/taskpane.html");
    });
    child.once("exit", (code) => reject(new Error(`serve-static exited with ${code}: ${out}`)));
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  stopServer?.();
});

/** Catalog keys shown as text: a message whose Vietnamese had not arrived when it was used. */
const bareKeys = (text: string): string[] => [...text.matchAll(/\b[a-z]+[A-Z]\w*\b/g)].map((match) => match[0]).filter((word) => KEYS.has(word));

test("the pane's steps show their texts, never a bare key, with the later Vietnamese and English fetched as chunks", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "vi-VN" });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on("pageerror", (error) => errors.push(error.message));
  // No network here for Microsoft's CDN; failing it at once is what a plain offline browser does.
  await tab.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  const scripts: string[] = [];
  tab.on("request", (request) => {
    if (request.resourceType() === "script" && !request.url().includes("microsoft.com")) scripts.push(path.basename(new URL(request.url()).pathname));
  });
  await tab.goto(url);
  await tab.getByRole("button", { name: "Đọc chỉ tiêu" }).waitFor({ timeout: 60_000 });
  const text = () => tab.locator("body").innerText();
  expect(bareKeys(await text())).toEqual([]);

  const plan = readFileSync(path.join(REPO_ROOT, "seeds", "bac-son-2024-2025.txt"), "utf8").split(/\r?\n/).slice(0, 120).join("\n");
  await tab.getByLabel("Nội dung kế hoạch").fill(plan);
  await tab.getByRole("button", { name: "Đọc chỉ tiêu" }).click();
  await tab.getByRole("button", { name: "Ghi vào bảng tính" }).waitFor({ timeout: 60_000 });
  expect(bareKeys(await text())).toEqual([]);
  await tab.screenshot({ path: path.join(OUT, "01-review.png") });

  for (const [index, step] of ["Đơn vị", "Thu số liệu", "Kiểm tra", "Phụ lục"].entries()) {
    await tab.getByRole("tab", { name: step, exact: true }).click();
    await tab.getByRole("tabpanel").getByText("Ngăn này đang chạy ngoài Excel", { exact: false }).waitFor({ timeout: 30_000 });
    expect([step, bareKeys(await text())]).toEqual([step, []]);
    await tab.screenshot({ path: path.join(OUT, `0${index + 2}-${step}.png`) });
  }

  await tab.getByRole("button", { name: "English", exact: true }).click();
  await tab.getByRole("heading", { name: "Plan targets" }).waitFor({ timeout: 30_000 });
  for (const step of ["Import the plan", "Units", "Returns", "Check", "Appendices"]) {
    await tab.getByRole("tab", { name: step, exact: true }).click();
    expect([step, bareKeys(await text())]).toEqual([step, []]);
  }
  await tab.screenshot({ path: path.join(OUT, "06-english.png") });

  // What came when: the later Vietnamese after the first scripts, English only once chosen.
  const first = ["runtime", "react", "fluent", "taskpane"];
  expect(scripts.slice(0, 4).map((file) => file.split(".")[0]).sort()).toEqual([...first].sort());
  expect(scripts.some((file) => file.startsWith("messages-later."))).toBe(true);
  expect(scripts.filter((file) => file.startsWith("lang-en."))).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
}, 300_000);
