// Launches Debian's chromium through playwright-core for the end-to-end
// tests (playwright's own browser downloads need a network we do not have).
// .ci/run installs the `chromium` package; CHROMIUM_PATH overrides the path.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function chromiumPath(): string {
  const found = CANDIDATES.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate as string));
  if (!found) throw new Error("chromium not found: install the Debian package `chromium` (bash .ci/run does) or set CHROMIUM_PATH");
  return found;
}

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--lang=vi-VN"] });
}
