// One phase of the tracking-workbook benchmark. scripts/bench.mjs runs each
// phase in a fresh Node process, so the peak memory it reports (the
// process's maximum resident set size) belongs to that phase alone.
//
//   node scripts/bench-tracking.mjs build OUT.xlsx   empty workbook, as `chitieu build` makes it
//   node scripts/bench-tracking.mjs fill OUT.xlsx    the same with all 30,000 rows filled in
//   node scripts/bench-tracking.mjs check BOOK.xlsx  read back, evaluate, render the report, as `chitieu check`
//   node scripts/bench-tracking.mjs collect DIR      a 100-unit book and its 100 filled returns in DIR, then
//                                                   `chitieu collect` of all of them, timed as a user runs it
//
// Prints one JSON line: {"phase", "seconds", "steps", "peakMb", "rows", "bytes"}.
// The district is synthetic: 60 targets of every kind and 500 units that
// serve every level, so each unit tracks each target (500 × 60 = 30,000 rows).
// No target is district-level ("có 09 trường", "mức độ 3"): those would go to
// the district unit alone and leave fewer rows to measure.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeActuals } from "./sample-actuals.mjs";

const [phase, file] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const lib = (module) => require(join(root, "lib", module));

const UNIT_COUNT = 500;
const TARGET_COUNT = 60;

/** Every comparator and measure kind the engine knows, cycled over the targets. */
const TARGET_SHAPES = [
  { unit: "%", op: "gte", value: 95 },
  { unit: "%", op: "gt", value: 98.5 },
  { unit: "%", op: "lte", value: 2 },
  { unit: "%", op: "increase_by", value: 1.5 },
  { unit: "phòng học", op: "eq", value: 9 },
  { unit: "lớp", op: "gte", value: 12 },
  { unit: "điểm", op: "gte", value: 2 },
  { unit: "%", op: "approx", value: 90 },
  { unit: "học sinh", op: "between", value: 30, value_max: 35 },
  { unit: "%", op: "decrease_by", value: 0.5 },
];
const LEVELS = ["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx", "chung"];

function syntheticPlan() {
  const targets = Array.from({ length: TARGET_COUNT }, (_, i) => {
    const shape = TARGET_SHAPES[i % TARGET_SHAPES.length];
    const indicator = `Tỷ lệ học sinh hoàn thành chương trình và đạt chuẩn theo kế hoạch số ${i + 1}`;
    return {
      id: `T${String(i + 1).padStart(3, "0")}`,
      kind: "target",
      section: `II.${Math.floor(i / 10) + 1}`,
      sectionTitle: "Chỉ tiêu cụ thể",
      level: LEVELS[i % LEVELS.length],
      scope: null,
      indicator,
      op: shape.op,
      value: shape.value,
      value_max: shape.value_max ?? null,
      denominator: null,
      unit: shape.unit,
      period: "2024-2025",
      quote: `${indicator} đạt ${shape.value}${shape.unit === "%" ? "%" : ` ${shape.unit}`} trở lên`,
      offset: i * 200,
      confidence: 0.9,
    };
  });
  return {
    meta: { issuer: "UBND HUYỆN MẪU", number: "01/KH-UBND", date: "2024-09-05", title: "Kế hoạch thử tải", period: "2024-2025" },
    targets,
  };
}

function syntheticUnits(count = UNIT_COUNT) {
  return Array.from({ length: count }, (_, i) => ({
    code: `DV${String(i + 1).padStart(3, "0")}`,
    name: `Trường liên cấp số ${i + 1} xã Thử Nghiệm`,
    levels: ["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx"],
    commune: `Xã ${(i % 18) + 1}`,
    zone: i % 3 === 0 ? "ĐBKK" : "thuận lợi",
  }));
}

// Both phases time from loading the modules to the end, as a command run would;
// making the synthetic plan, units and figures takes a few milliseconds of it.
// `steps` splits the time so a slow phase shows where it goes.
async function build(filled) {
  const clock = stopwatch();
  const engine = lib("domain/evaluate/index.js");
  const { describeWorkbook } = lib("workbook/describe.js");
  const { trackedUnits } = lib("workbook/model.js");
  const { writeXlsx } = lib("hosts/xlsx/write.js");
  const plan = syntheticPlan();
  const units = syntheticUnits();
  const tracked = trackedUnits(units);
  const rows = tracked.reduce((sum, unit) => sum + plan.targets.filter((target) => engine.appliesTo(target, unit, tracked)).length, 0);
  const entries = filled ? makeActuals(plan, tracked, engine, { invalidRates: [7, 4000] }) : undefined;
  clock.step("load");
  const spec = describeWorkbook(plan, units, entries ? { entries } : {});
  clock.step("describe");
  const bytes = await writeXlsx(spec);
  clock.step("writeXlsx");
  writeFileSync(file, bytes);
  return { seconds: clock.total(), steps: clock.steps, rows, bytes: bytes.length };
}

async function check() {
  const clock = stopwatch();
  const { readTrackingWorkbook } = lib("hosts/xlsx/read.js");
  const { checkBook } = lib("workbook/check-report.js");
  const { renderCheckReport } = lib("cli/check-view.js");
  const bytes = readFileSync(file);
  clock.step("load");
  const book = await readTrackingWorkbook(bytes);
  clock.step("readTrackingWorkbook");
  const report = checkBook(book);
  clock.step("evaluate");
  const text = renderCheckReport(book, report, 40);
  clock.step("report");
  if (text.length === 0) throw new Error("empty report");
  return { seconds: clock.total(), steps: clock.steps, rows: report.rows.length, bytes: bytes.length };
}

/**
 * Issue 12's goal: collecting 100 returns of 60 targets into a 100-unit book
 * in under 30 s. The returns are made filled (as schools would send them)
 * before the clock starts; the clock times the CLI process from start to exit.
 */
async function collect() {
  const { mkdirSync, readdirSync } = await import("node:fs");
  const { execFileSync } = await import("node:child_process");
  const engine = lib("domain/evaluate/index.js");
  const { describeWorkbook } = lib("workbook/describe.js");
  const { trackedUnits } = lib("workbook/model.js");
  const { describeReturn, returnFileName } = lib("workbook/returns.js");
  const { writeXlsx } = lib("hosts/xlsx/write.js");
  const plan = syntheticPlan();
  const units = syntheticUnits(100);
  const book = join(file, "book.xlsx");
  writeFileSync(book, await writeXlsx(describeWorkbook(plan, units)));
  const entries = makeActuals(plan, trackedUnits(units), engine, {});
  const returns = join(file, "returns");
  mkdirSync(returns, { recursive: true });
  const madeAt = new Date().toISOString();
  let returnBytes = 0;
  for (const unit of units) {
    const bytes = await writeXlsx(describeReturn(plan, units, unit.code, { entries, madeAt }));
    returnBytes = Math.max(returnBytes, bytes.length);
    writeFileSync(join(returns, returnFileName(unit)), bytes);
  }
  const files = readdirSync(returns).map((name) => join(returns, name));
  const output = join(file, "collected.xlsx");
  const clock = stopwatch();
  execFileSync(process.execPath, [join(root, "bin", "chitieu.js"), "collect", book, ...files, "-o", output], { stdio: "ignore" });
  clock.step("chitieu collect");
  return { seconds: clock.total(), steps: clock.steps, rows: units.length * plan.targets.length, bytes: readFileSync(output).length, returnBytes, files: files.length };
}

function stopwatch() {
  const start = process.hrtime.bigint();
  let last = start;
  const steps = {};
  return {
    steps,
    step(name) {
      const now = process.hrtime.bigint();
      steps[name] = Number(now - last) / 1e9;
      last = now;
    },
    total: () => Number(process.hrtime.bigint() - start) / 1e9,
  };
}

if (phase !== undefined) {
  const result = phase === "check" ? await check() : phase === "collect" ? await collect() : await build(phase === "fill");
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ phase, ...result, peakMb }));
}
