// node scripts/make-sample-workbook.mjs [out.xlsx]
//
// Builds seeds/sample-bac-son.xlsx: the Bắc Sơn seed plan, the units in
// seeds/units-bac-son.csv, and actual figures filled in (mostly met, some
// near misses and misses, a few blanks, two invalid entries), so a newcomer
// can open a highlighted tracking workbook at once. The figures come from a
// fixed seed: running the script again gives the same cells. Uses the
// compiled modules in lib/ (built here when missing; `npm run prepare`
// rebuilds them after a change).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { makeActuals } from "./sample-actuals.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const lib = (module) => require(join(root, "lib", module));

const PLAN = join(root, "seeds", "bac-son-2024-2025.txt");
const UNITS = join(root, "seeds", "units-bac-son.csv");
const OUTPUT = resolve(process.argv[2] ?? join(root, "seeds", "sample-bac-son.xlsx"));

if (!existsSync(join(root, "lib", "workbook", "describe.js")) || !existsSync(join(root, "lib", "hosts", "xlsx", "write.js"))) {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
}

const { readDocument } = lib("readers/index.js");
const { extractPlan } = lib("domain/extract/index.js");
const { parseUnitsText } = lib("domain/unit-list.js");
const engine = lib("domain/evaluate/index.js");
const { describeWorkbook } = lib("workbook/describe.js");
const { trackedUnits } = lib("workbook/model.js");
const { writeXlsx } = lib("hosts/xlsx/write.js");

const plan = extractPlan(await readDocument(readFileSync(PLAN), PLAN));
const { units, problems } = parseUnitsText(readFileSync(UNITS, "utf8"));
if (problems.length > 0) throw new Error(`${UNITS}: ${JSON.stringify(problems)}`);

// Two spoiled rate rows show "Không hợp lệ": a Mẫu số of 0 and a Tử số above its Mẫu số.
// The schools, then the district unit (HUYEN), which reports the district-level targets.
const tracked = trackedUnits(units);
const entries = makeActuals(plan, tracked, engine, { invalidRates: [5, 23] });
writeFileSync(OUTPUT, await writeXlsx(describeWorkbook(plan, units, { entries })));

const statuses = {};
for (const unit of tracked) {
  for (const target of plan.targets) {
    const entry = entries.get(`${unit.code}|${target.id}`);
    if (entry === undefined) continue;
    const { status } = engine.evaluateEntry(target, entry);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}
console.log(`${OUTPUT}: ${tracked.length} units, ${entries.size} rows`, statuses);
