// npm run eval: extraction accuracy on the seed plans against their gold
// labels, per document and in total, matched the way ../shared/eval/score.py
// matches. With --verbose, lists every miss and every extra. When python3
// and the shared scorer are present, their totals are printed too, as a
// cross-check of this port.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
if (!existsSync(join(root, "lib/domain/extract/index.js"))) {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
}
const { extractPlan } = require(join(root, "lib/domain/extract/index.js"));
const { scoreDocument, totalScore } = require(join(root, "lib/quality/score.js"));

const verbose = process.argv.includes("--verbose");
const seeds = join(root, "seeds");
const out = join(root, ".eval-out");
mkdirSync(out, { recursive: true });

const scores = [];
for (const goldFile of readdirSync(seeds).filter((f) => f.endsWith(".gold.json")).sort()) {
  const gold = JSON.parse(readFileSync(join(seeds, goldFile), "utf8"));
  const raw = readFileSync(join(seeds, gold.document), "utf8");
  const plan = extractPlan(raw);
  writeFileSync(join(out, gold.document.replace(/\.txt$/, ".json")), JSON.stringify(plan, null, 1));
  const s = scoreDocument(gold.document, raw, gold.targets, plan.targets);
  scores.push(s);
  const r = s.gold ? s.matched / s.gold : 1;
  const p = s.predicted ? s.matched / s.predicted : 0;
  console.log(`${gold.document}: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}, recall ${r.toFixed(3)}, precision ${p.toFixed(3)}, level ${(s.matched ? s.levelCorrect / s.matched : 0).toFixed(3)}`);
  if (verbose) {
    for (const g of s.misses) console.log(`  MISS  ${g.op} ${g.value} ${g.unit} [${g.level}] | ${g.quote}`);
    for (const x of s.extras) console.log(`  EXTRA ${x.op} ${x.value} ${x.unit} [${x.level}] | ${x.quote}`);
    for (const { gold: g, predicted: x } of s.levelMismatches) console.log(`  LEVEL ${x.level} (gold ${g.level}) | ${g.quote} | ${x.indicator}`);
  }
}
const t = totalScore(scores);
console.log(
  `TOTAL recall ${t.recall.toFixed(3)} precision ${t.precision.toFixed(3)} f1 ${t.f1.toFixed(3)} ` +
    `level-acc ${t.levelAccuracy.toFixed(3)} kind-acc ${t.kindAccuracy.toFixed(3)} (gold ${t.gold}, predicted ${t.predicted}, matched ${t.matched})`,
);

const shared = join(root, "..", "shared", "eval");
if (existsSync(join(shared, "score.py"))) {
  try {
    const py = execFileSync("python3", [join(shared, "score.py"), join(shared, "seeds"), seeds, out], { encoding: "utf8" });
    console.log(`score.py: ${py.trim().split("\n").pop()}`);
  } catch (e) {
    console.log(`score.py: ${(e.stdout ?? e.message).toString().trim().split("\n").pop()}`);
  }
}
