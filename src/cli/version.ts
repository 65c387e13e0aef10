// The version printed by `chitieu --version`, read from package.json at run
// time: both src/cli (tests) and lib/cli (built CLI) sit two levels below it,
// and importing the JSON would put it outside the compiler's rootDir.

import { promises as fs } from "node:fs";
import * as path from "node:path";

export async function packageVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await fs.readFile(path.join(__dirname, "..", "..", "package.json"), "utf8"));
  if (typeof manifest === "object" && manifest !== null && "version" in manifest && typeof manifest.version === "string") {
    return manifest.version;
  }
  throw new Error("package.json has no version");
}
