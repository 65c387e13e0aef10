// npm run eval: extraction accuracy against hand labels, on two sets:
//   seeds: the five sample plans (seeds/, labels as in ../shared/eval/seeds)
//   dev:   fifteen real passages (../shared/eval/dev: news, provincial and
//          commune text), for learning how unseen text behaves
// Two scorers, as ../shared/eval has them: all items (score.py) and what the
// tracking workbook receives (score_targets.py: kind "target" only, and how
// well the "Cần kiểm tra" flag catches wrong targets). The numbers come from
// the TypeScript port in src/quality/score.ts; when python3 and the shared
// scorers are present their totals are printed too, as a cross-check.
//
// --verbose lists every miss, every extra and every wrong target.
// --set seeds|dev limits the run to one set.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
const { extractPlan } = require(join(root, "lib/domain/extract/index.js"));
const { scoreDocument, scoreTargets, totalScore } = require(join(root, "lib/quality/score.js"));

const verbose = process.argv.includes("--verbose");
const only = process.argv.includes("--set") ? process.argv[process.argv.indexOf("--set") + 1] : null;
const shared = join(root, "..", "shared", "eval");
const SETS = [
  { name: "seeds", gold: join(root, "seeds"), docs: join(root, "seeds"), sharedGold: join(shared, "seeds") },
  { name: "dev", gold: join(shared, "dev"), docs: join(shared, "dev"), sharedGold: join(shared, "dev") },
].filter((set) => (only ? set.name === only : true) && existsSync(set.gold));

const show = (t) => `${t.kind ?? "target"} ${t.op} ${t.value}${t.value_max != null ? `–${t.value_max}` : ""} ${t.unit} [${t.level}]${t.confidence != null ? ` c=${t.confidence}` : ""} | ${t.quote}${t.indicator ? ` | ${t.indicator}` : ""}`;
const f3 = (x) => x.toFixed(3);

for (const set of SETS) {
  console.log(`\n== ${set.name} ==`);
  const out = join(root, ".eval-out", set.name);
  mkdirSync(out, { recursive: true });
  const scores = [];
  const documents = [];
  for (const goldFile of readdirSync(set.gold).filter((f) => f.endsWith(".gold.json")).sort()) {
    const gold = JSON.parse(readFileSync(join(set.gold, goldFile), "utf8"));
    const raw = readFileSync(join(set.docs, gold.document), "utf8");
    const plan = extractPlan(raw);
    writeFileSync(join(out, gold.document.replace(/\.txt$/, ".json")), JSON.stringify(plan, null, 1));
    const s = scoreDocument(gold.document, raw, gold.targets, plan.targets);
    scores.push(s);
    documents.push({ rawText: raw, gold: gold.targets, predicted: plan.targets });
    const r = s.gold ? s.matched / s.gold : 1;
    const p = s.predicted ? s.matched / s.predicted : 0;
    console.log(`${gold.document}: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}, recall ${f3(r)}, precision ${f3(p)}, level ${f3(s.matched ? s.levelCorrect / s.matched : 0)}`);
    if (verbose) {
      for (const g of s.misses) console.log(`  MISS  ${show(g)}`);
      for (const x of s.extras) console.log(`  EXTRA ${show(x)}`);
      for (const { gold: g, predicted: x } of s.levelMismatches) console.log(`  LEVEL ${x.level} (gold ${g.level}) | ${g.quote} | ${x.indicator}`);
      const targets = scoreTargets([{ rawText: raw, gold: gold.targets, predicted: plan.targets }]);
      for (const x of targets.wrongItems) console.log(`  WRONG TARGET ${show(x)}`);
      for (const g of targets.missedItems) console.log(`  MISSED TARGET ${show(g)}`);
    }
  }
  const t = totalScore(scores);
  console.log(
    `${set.name} ALL recall ${f3(t.recall)} precision ${f3(t.precision)} f1 ${f3(t.f1)} ` +
      `level-acc ${f3(t.levelAccuracy)} kind-acc ${f3(t.kindAccuracy)} (gold ${t.gold}, predicted ${t.predicted}, matched ${t.matched})`,
  );
  const k = scoreTargets(documents);
  const share = (a, b, empty) => (b ? a / b : empty).toFixed(2);
  console.log(
    `${set.name} TARGETS recall ${f3(k.recall)} precision ${f3(k.precision)} (gold ${k.gold}, predicted ${k.predicted}, matched ${k.matched}); ` +
      `wrong targets flagged ${share(k.wrongFlagged, k.wrong, 1)} (${k.wrongFlagged}/${k.wrong}), right targets flagged ${share(k.rightFlagged, k.right, 0)} (${k.rightFlagged}/${k.right})`,
  );
  for (const scorer of ["score.py", "score_targets.py"]) {
    if (!existsSync(join(shared, scorer))) continue;
    try {
      const py = execFileSync("python3", [join(shared, scorer), set.sharedGold, set.docs, out], { encoding: "utf8" });
      console.log(`  ${scorer}: ${py.trim().split("\n").pop()}`);
    } catch (e) {
      console.log(`  ${scorer}: ${(e.stdout ?? e.message).toString().trim().split("\n").pop()}`);
    }
  }
}
