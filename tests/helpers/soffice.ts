// Converts files with LibreOffice for the reader tests. Each call gets a
// private user profile so parallel jest workers never share one (a shared
// profile makes concurrent soffice runs fail or hang). A missing soffice is a
// failure, not a skip: CI installs LibreOffice on purpose.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

const TIMEOUT_MS = 180_000;

/** Converts `input` to `format` ("pdf", "odt", "doc", or "pdf:filter:options") in `outDir`; returns the output path. */
export function convertWithSoffice(input: string, format: string, outDir: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), "chitieu-lo-profile-"));
  try {
    const result = spawnSync(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, input],
      { encoding: "utf8", timeout: TIMEOUT_MS },
    );
    if (result.error) {
      throw new Error(`LibreOffice (soffice) could not run: ${result.error.message}. Install libreoffice-writer-nogui.`);
    }
    const extension = format.split(":")[0];
    const output = path.join(outDir, `${path.parse(input).name}.${extension}`);
    if (result.status !== 0 || !existsSync(output)) {
      throw new Error(`soffice --convert-to ${format} failed (exit ${result.status}): ${result.stderr}${result.stdout}`);
    }
    return output;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
