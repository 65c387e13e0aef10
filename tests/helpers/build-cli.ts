// Makes sure lib/ (the compiled CLI) matches the sources before CLI tests spawn
// it: compiles with tsconfig.cli.json when any compiled file is missing or
// older than its source. A compile error fails the tests, as it fails `npm run prepare`.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

function sourceDirectories(): string[] {
  const config: unknown = JSON.parse(readFileSync(path.join(ROOT, "tsconfig.cli.json"), "utf8"));
  const include = typeof config === "object" && config !== null && "include" in config ? config.include : [];
  if (!Array.isArray(include)) return [];
  return include.filter((entry): entry is string => typeof entry === "string").map((glob) => glob.split("/**")[0]);
}

function tsFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function isStale(): boolean {
  return sourceDirectories().some((directory) =>
    tsFiles(path.join(ROOT, directory)).some((source) => {
      const compiled = path.join(ROOT, "lib", path.relative(path.join(ROOT, "src"), source)).replace(/\.ts$/, ".js");
      return !existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs;
    }),
  );
}

export function ensureCliBuilt(): void {
  if (!isStale()) return;
  const tsc = require.resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`tsc -p tsconfig.cli.json failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}
