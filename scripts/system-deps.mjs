// The system tools the tests use, checked before jest runs (`npm test`, and
// so `.ci/run`, which calls it). The tests drive real engines: LibreOffice
// (Writer makes .docx/.pdf test files, Calc recalculates the workbooks),
// Chromium (the task pane end to end, through playwright-core), xmllint (the
// manifest schema), poppler (reads printed pages), DejaVu fonts (Vietnamese
// glyphs in LibreOffice) and python3 (the eval scorers). What is missing is
// installed with apt-get when this machine allows it (root, or sudo without a
// password); otherwise we stop with one message naming the packages and the
// command to run. Tools are found by what the tests call, not by package
// name, so a machine that has them some other way passes too.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const { tBoth } = require("./catalog.cjs").loadCatalog();

/** The program on PATH called `name`, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return null;
}

/**
 * Whether LibreOffice has the module whose library is `library` (Writer:
 * libswlo.so, Calc: libsclo.so). Debian splits them into packages of their
 * own, so `soffice` alone does not tell; elsewhere it does.
 */
function libreOfficeModule(library) {
  const soffice = onPath("soffice");
  if (!soffice) return false;
  if (process.platform !== "linux") return true;
  return existsSync(join(dirname(realpathSync(soffice)), library));
}

/** The candidates tests/helpers/chromium.ts tries, in the same order. */
function chromiumFound() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].some((path) => path && existsSync(path));
}

function dejaVuFonts() {
  if (onPath("fc-list")) {
    const result = spawnSync("fc-list", [":", "family"], { encoding: "utf8" });
    return result.status === 0 && /DejaVu Sans/.test(result.stdout);
  }
  return existsSync("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
}

/** What the tests need: a name for people, the Debian package that gives it, and how to tell it is here. */
const REQUIREMENTS = [
  { tool: "LibreOffice Writer", debian: "libreoffice-writer-nogui", present: () => libreOfficeModule("libswlo.so") },
  { tool: "LibreOffice Calc", debian: "libreoffice-calc-nogui", present: () => libreOfficeModule("libsclo.so") },
  { tool: "Chromium", debian: "chromium", present: chromiumFound },
  { tool: "xmllint", debian: "libxml2-utils", present: () => Boolean(onPath("xmllint")) },
  { tool: "pdftotext, pdftoppm", debian: "poppler-utils", present: () => Boolean(onPath("pdftotext") && onPath("pdftoppm")) },
  { tool: "DejaVu fonts", debian: "fonts-dejavu-core", present: dejaVuFonts },
  { tool: "python3", debian: "python3", present: () => Boolean(onPath("python3")) },
];

const missingNow = () => REQUIREMENTS.filter((requirement) => !requirement.present());

/** How to run apt-get here: as root, with sudo that asks no password, or not at all. */
function aptPrefix() {
  if (process.platform !== "linux" || !onPath("apt-get")) return null;
  if (process.getuid?.() === 0) return [];
  if (onPath("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0) return ["sudo", "-n"];
  return null;
}

function run(command, args) {
  console.log(`$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

function installCommand(packages) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`;
}

const missing = missingNow();
if (missing.length === 0) {
  console.log(tBoth("systemDepsPresent"));
  process.exit(0);
}

const packages = missing.map((requirement) => requirement.debian);
const tools = missing.map((requirement) => requirement.tool).join(", ");
const prefix = aptPrefix();
if (prefix === null) {
  console.error(tBoth("systemDepsMissing", { tools, packages: packages.join(" ") }));
  console.error(`  ${installCommand(packages)}`);
  process.exit(1);
}

console.log(tBoth("systemDepsInstalling", { tools, packages: packages.join(" ") }));
const [command, ...first] = [...prefix, "apt-get"];
const installed =
  run(command, [...first, "update", "-q"]) &&
  run(command, [...first, "install", "-y", "-q", "--no-install-recommends", ...packages]);
const stillMissing = missingNow();
if (!installed || stillMissing.length > 0) {
  const left = stillMissing.length > 0 ? stillMissing : missing;
  console.error(tBoth("systemDepsInstallFailed", { tools: left.map((requirement) => requirement.tool).join(", ") }));
  console.error(`  ${installCommand(left.map((requirement) => requirement.debian))}`);
  process.exit(1);
}
console.log(tBoth("systemDepsInstalled", { tools }));
