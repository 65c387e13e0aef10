// node scripts/bomb-bench.mjs: time and peak memory of the CLI on hostile
// files (issue 11). Each bomb is written to a temporary folder and read by a
// fresh `node bin/chitieu.js` under /usr/bin/time -v; the goal is an answer
// (a one-line message, no stack trace) within 90 s and under 1 GB. Nothing
// is asserted; tests/readers/hostile.test.ts checks the behaviour.
//
//   --build     compile lib/ first (npx tsc -p tsconfig.cli.json)
//   --only=a,b  run only the named bombs
//   --timeout=S kill a run after S seconds (default 240)
//   --cli=PATH  the chitieu.js to run (default bin/chitieu.js), e.g. an older build to compare
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { docxBomb, docxManyEntries, lzwRepeated, pdfBomb, pdfWithContent, xlsxBomb } = require("./bombs.cjs");

const MB = 1024 * 1024;
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const timeout = Number(option("timeout") ?? 240);
const only = option("only")?.split(",");
const cli = option("cli") ?? join(root, "bin", "chitieu.js");

if (args.includes("--build")) execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });

/** A plain-text "plan" of about `size` bytes: one real-looking target line, repeated. */
function textBomb(size) {
  const line = "Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%, trẻ hoàn thành chương trình mầm non đạt 99,5%.\n";
  return Buffer.from(line.repeat(Math.ceil(size / Buffer.byteLength(line))), "utf8");
}

const bombs = [
  { name: "docx-150MB-paragraphs", file: "bomb.docx", command: "extract", make: () => docxBomb(150 * MB) },
  { name: "docx-150MB-lying-size", file: "lying.docx", command: "extract", make: () => docxBomb(150 * MB, { declaredSize: 4000 }) },
  { name: "docx-60000-entries", file: "entries.docx", command: "extract", make: () => docxManyEntries(60_000) },
  { name: "pdf-1.1GB-stream", file: "bomb.pdf", command: "extract", make: () => pdfBomb(1100 * MB) },
  { name: "pdf-lzw-4GB-stream", file: "lzw.pdf", command: "extract", make: () => pdfWithContent(lzwRepeated(0x20, 4096 * MB), "/LZWDecode") },
  { name: "xlsx-400MB-sheet", file: "bomb.xlsx", command: "check", make: () => xlsxBomb(400 * MB) },
  { name: "text-50MB", file: "plan.txt", command: "extract", make: () => textBomb(50 * MB) },
];

const dir = mkdtempSync(join(tmpdir(), "chitieu-bombs-"));
try {
  console.log("bomb".padEnd(24), "file MB".padStart(8), "seconds".padStart(8), "peak MB".padStart(8), "exit".padStart(5), " first line of output");
  for (const bomb of bombs) {
    if (only && !only.includes(bomb.name)) continue;
    const path = join(dir, bomb.file);
    const bytes = bomb.make();
    writeFileSync(path, bytes);
    const run = spawnSync("/usr/bin/time", ["-v", process.execPath, cli, bomb.command, path], {
      cwd: root,
      encoding: "utf8",
      timeout: timeout * 1000,
      killSignal: "SIGKILL",
      maxBuffer: 64 * MB,
    });
    const stderr = run.stderr ?? "";
    const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
    const seconds = elapsed ? Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3]) : NaN;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    const peak = rss ? Math.round(Number(rss[1]) / 1024) : NaN;
    const output = `${run.stdout ?? ""}${stderr.split("\tCommand being timed")[0]}`.trim();
    const first = run.error ? `killed after ${timeout} s` : (output.split("\n")[0] ?? "").slice(0, 160);
    const traced = /\n\s+at /.test(output) ? " [STACK TRACE]" : "";
    console.log(
      bomb.name.padEnd(24),
      (bytes.length / MB).toFixed(2).padStart(8),
      seconds.toFixed(1).padStart(8),
      String(peak).padStart(8),
      String(run.status ?? "-").padStart(5),
      ` ${first}${traced}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
