// Golden files for the engine's passes: each tricky phrasing in
// golden/passes.cases.ts is read by the engine and compared, field by field,
// with what golden/passes.golden.json says it reads. A change in any pass
// shows up here as a diff of plain values. UPDATE_GOLDEN=1 rewrites the file.
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { extractPlan } from "../../src/domain/extract";
import { isLowConfidence } from "../../src/domain/plan";
import { PASS_CASES } from "./golden/passes.cases";

const GOLDEN = path.join(__dirname, "golden", "passes.golden.json");

/** What each case is checked on: every field a pass decides, as one readable line per item. */
function reading(text: string): string[] {
  return extractPlan(text).targets.map((t) =>
    [
      t.kind,
      t.op,
      t.value_max === null ? t.value : `${t.value}–${t.value_max}`,
      t.denominator === null ? "" : `/${t.denominator}`,
      t.unit,
      t.level,
      t.scope ? `(${t.scope})` : "",
      `“${t.indicator}”`,
      t.period ?? "-",
      isLowConfidence(t) ? `FLAG ${(t.doubts ?? []).join(",")}` : "ok",
    ]
      .filter((part) => part !== "")
      .join(" | "),
  );
}

const actual: Record<string, Record<string, string[]>> = {};
for (const [pass, cases] of Object.entries(PASS_CASES)) {
  actual[pass] = {};
  for (const c of cases) actual[pass][c.name] = reading(c.text);
}

if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as typeof actual;

describe.each(Object.keys(PASS_CASES))("pass: %s", (pass) => {
  it.each(PASS_CASES[pass].map((c) => c.name))("%s", (name) => {
    expect(actual[pass][name]).toEqual(golden[pass]?.[name]);
  });
});
