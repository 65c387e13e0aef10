// Round trips of the Office.js host, per operation, and the largest request
// and response, measured on the recording fake Excel (tests/helpers/fake-excel.ts)
// by tests/bench/office-round-trips.bench.ts, which `npm test` does not run.
// scripts/bench.mjs calls this; it can also run alone: node scripts/bench-office.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "chitieu-bench-office-"));
const out = join(work, "office.json");
const size = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : bytes >= 1e4 ? `${(bytes / 1e3).toFixed(0)} kB` : `${bytes} B`);
try {
  const jest = join(root, "node_modules", "jest", "bin", "jest.js");
  execFileSync(process.execPath, [jest, "--silent", "--roots", join(root, "tests", "bench"), "--testMatch", "**/*.bench.ts"], {
    cwd: root,
    env: { ...process.env, CHITIEU_BENCH_OUT: out },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const { budget, limit, results } = JSON.parse(readFileSync(out, "utf8"));
  console.log(`Office.js host on the fake Excel: round trips per operation (request budget ${size(budget)}, Excel on the web's limit ${size(limit)})`);
  for (const r of results) {
    const sizes = [`largest request ${size(r.largestRequest)}`];
    if (r.largestResponse > 1e4) sizes.push(`largest response ${size(r.largestResponse)}`);
    if (r.totalRequest > budget) sizes.push(`${size(r.totalRequest)} sent in all`);
    console.log(`  ${r.operation}: ${r.roundTrips} round trip${r.roundTrips === 1 ? "" : "s"}, ${sizes.join(", ")} (${r.seconds.toFixed(1)} s in the fake)`);
  }
} catch (error) {
  // Reported, not thrown: scripts/bench.mjs goes on to print what it measured.
  console.log(`Office.js host: the round-trip benchmark failed (${error.stderr?.toString().trim().split("\n").slice(-5).join(" ") ?? error.message})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
