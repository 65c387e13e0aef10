// npm run bench: how fast the engine reads plans and how light the task pane
// loads, measured on this machine and printed for the notes. Nothing here is
// asserted; tests check behaviour, this measures it.
//
//   extraction throughput   MB/s over the five seed plans, warm, best of runs;
//                           also one 1 MB document made of the seeds and one
//                           dense 1 MB document (four targets a line)
//   time to first target    a fresh process: load the engine, extract the
//                           first seed, until its first target exists
//   initial task-pane JS    gzipped bytes of every script taskpane.html loads
//                           before the first render (a production build made
//                           for the measurement)
//   tracking workbook       time and peak memory (max RSS of a fresh process)
//                           to build a 500 units × 60 targets workbook (30,000
//                           entry rows), empty and filled, and to check the
//                           filled one; see scripts/bench-tracking.mjs.
//                           Goal: under 5 s and 600 MB each.
//   returns                 `chitieu collect` of 100 filled returns of 60
//                           targets into a 100-unit book (goal under 30 s),
//                           and the size of one return file (issue 12).
//   Office.js host          round trips and largest request per operation
//                           (writing the seed and the 500 × 60 books, reading
//                           back, selecting, re-applying highlights) on the
//                           fake Excel; see scripts/bench-office.mjs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
// Always compiled afresh: a lib/ left from an older checkout would measure old code (or miss new modules).
execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });

// Time to first target, cold: a new Node process each time.
const firstSeed = join(root, "seeds", readdirSync(join(root, "seeds")).filter((f) => f.endsWith(".txt")).sort()[0]);
const coldScript = `
  const t0 = process.hrtime.bigint();
  const { extractPlan } = require(${JSON.stringify(join(root, "lib/domain/extract/index.js"))});
  const raw = require("node:fs").readFileSync(${JSON.stringify(firstSeed)}, "utf8");
  const plan = extractPlan(raw);
  if (!plan.targets.length) throw new Error("no target");
  process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));
`;
const colds = [];
for (let i = 0; i < 5; i++) colds.push(Number(execFileSync(process.execPath, ["-e", coldScript], { encoding: "utf8" })));
colds.sort((a, b) => a - b);

// Warm throughput over all seeds.
const { extractPlan } = require(join(root, "lib/domain/extract/index.js"));
const seeds = readdirSync(join(root, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(root, "seeds", f), "utf8"));
const bytes = seeds.reduce((sum, s) => sum + Buffer.byteLength(s, "utf8"), 0);
let targets = 0;
for (let i = 0; i < 3; i++) for (const s of seeds) extractPlan(s); // JIT warm-up
const rounds = [];
for (let r = 0; r < 7; r++) {
  const start = process.hrtime.bigint();
  targets = 0;
  for (const s of seeds) targets += extractPlan(s).targets.length;
  rounds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
rounds.sort((a, b) => a - b);
const median = rounds[3];

// A 1 MB plan made of the seeds, read as one document.
const big = seeds.join("\n").repeat(Math.ceil(1_000_000 / bytes / 1.2));
const bigStart = process.hrtime.bigint();
const bigTargets = extractPlan(big).targets.length;
const bigSeconds = Number(process.hrtime.bigint() - bigStart) / 1e9;

// A dense 1 MB plan: every line a list item with four targets and an
// attainment level, as dense with figures as plans get. Time must grow
// linearly with the number of figures (tests/domain/robustness.test.ts).
const denseLine = "- Tỷ lệ huy động trẻ đạt 98,5%; có 12 trường đạt chuẩn mức độ 2, giảm 0,3%/năm, 23/48 trường.\n";
const dense = denseLine.repeat(Math.ceil(1_000_000 / Buffer.byteLength(denseLine)));
const denseStart = process.hrtime.bigint();
const denseTargets = extractPlan(dense).targets.length;
const denseSeconds = Number(process.hrtime.bigint() - denseStart) / 1e9;

console.log("ChiTieu bench (Node " + process.version + ")");
console.log(`extraction: ${seeds.length} seeds, ${(bytes / 1e6).toFixed(3)} MB, ${targets} targets`);
console.log(`  throughput (median of 7): ${(bytes / 1e6 / median).toFixed(2)} MB/s (${(median * 1000).toFixed(0)} ms per pass)`);
console.log(`  one ${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB document: ${(Buffer.byteLength(big) / 1e6 / bigSeconds).toFixed(2)} MB/s, ${bigTargets} targets`);
console.log(`  one ${(Buffer.byteLength(dense) / 1e6).toFixed(2)} MB dense document (${dense.split("\n").length - 1} lines of figures): ${(Buffer.byteLength(dense) / 1e6 / denseSeconds).toFixed(2)} MB/s, ${denseTargets} targets`);
console.log(`  time to first target, cold process (median of 5): ${colds[2].toFixed(0)} ms (load engine + read ${firstSeed.split("/").pop()})`);

// The pane is built afresh into its own folder: a dist/ left from an older build would report old sizes.
const paneDir = mkdtempSync(join(tmpdir(), "chitieu-bench-pane-"));
try {
  execFileSync("npx", ["webpack", "--mode", "production", "--output-path", paneDir], { cwd: root, stdio: "pipe" });
  const page = readFileSync(join(paneDir, "taskpane.html"), "utf8");
  const scripts = [...page.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  let raw = 0;
  let gz = 0;
  for (const src of scripts) {
    const code = readFileSync(join(paneDir, src));
    raw += code.length;
    gz += gzipSync(code, { level: 9 }).length;
  }
  const lazy = readdirSync(paneDir).filter((f) => f.endsWith(".js") && !scripts.includes(f));
  const lazyGz = lazy.reduce((sum, f) => sum + gzipSync(readFileSync(join(paneDir, f)), { level: 9 }).length, 0);
  console.log(`task pane (built now): initial JS ${(raw / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(1)} KiB gzipped (${scripts.join(", ")})`);
  console.log(`  loaded on demand: ${lazy.length} chunks, ${(lazyGz / 1024).toFixed(1)} KiB gzipped`);
} catch (error) {
  console.log(`task pane: the production build failed, so its size is not measured (${String(error).split("\n")[0]})`);
} finally {
  rmSync(paneDir, { recursive: true, force: true });
}

// Tracking workbook: each phase in a fresh process, so its peak RSS is its own.
const GOAL_SECONDS = 5;
const GOAL_MB = 600;
const work = mkdtempSync(join(tmpdir(), "chitieu-bench-"));
try {
  const phase = (name, file) => {
    const out = execFileSync(process.execPath, [join(root, "scripts", "bench-tracking.mjs"), name, file], { encoding: "utf8" });
    return JSON.parse(out.trim().split("\n").pop());
  };
  const verdict = (r) => (r.seconds < GOAL_SECONDS && r.peakMb < GOAL_MB ? "within goal" : `OVER the goal of ${GOAL_SECONDS} s / ${GOAL_MB} MB`);
  const steps = (r) => Object.entries(r.steps).map(([name, seconds]) => `${name} ${seconds.toFixed(2)}`).join(", ");
  const line = (label, r) =>
    `  ${label}: ${r.seconds.toFixed(2)} s (${steps(r)}), peak ${r.peakMb.toFixed(0)} MB RSS, ${r.rows} rows, ${(r.bytes / 1e6).toFixed(2)} MB file — ${verdict(r)}`;
  const filled = join(work, "filled.xlsx");
  const results = [
    ["build (empty, as chitieu build)", phase("build", join(work, "empty.xlsx"))],
    ["build (filled)", phase("fill", filled)],
    ["check (read back + evaluate + report)", phase("check", filled)],
  ];
  console.log("tracking workbook: 500 units × 60 targets");
  for (const [label, r] of results) console.log(line(label, r));
  // Issue 12: collecting every school's return back into the book.
  const COLLECT_GOAL_SECONDS = 30;
  const collected = phase("collect", work);
  console.log(
    `returns: chitieu collect of ${collected.files} returns × 60 targets into a 100-unit book: ${collected.seconds.toFixed(2)} s — ` +
      `${collected.seconds < COLLECT_GOAL_SECONDS ? "within" : "OVER"} the goal of ${COLLECT_GOAL_SECONDS} s; ` +
      `a return file ${(collected.returnBytes / 1024).toFixed(0)} KiB, the collected book ${(collected.bytes / 1e6).toFixed(2)} MB`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Office.js host: round trips and request sizes, measured on the fake Excel.
execFileSync(process.execPath, [join(root, "scripts", "bench-office.mjs")], { stdio: "inherit" });
