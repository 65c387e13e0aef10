// Command-line grammar:
//   extract <file> [--json]
//   build <plan> [--units <file>] [--area <name>] -o <book.xlsx> [--force]
//   check <book.xlsx> [--json]
//   appendix <book.xlsx> [--level <level>] [--targets <ids>] [--unit-codes <codes>]
//            [--period <period>] [--area <name>] -o <new.xlsx> [--docx <file.docx>] [--force]
//   split <book.xlsx> -o <folder> [--units <codes>] [--force]
//   collect <book.xlsx> <return.xlsx>… -o <new.xlsx> [--prefer returns|book] [--force]
//   help, --help, --version
// parseArgs runs non-strict so that unknown options come back as tokens and
// are reported in our own words instead of Node's.

import { parseArgs } from "node:util";
import { CliError, EXIT_USAGE } from "./cli-error";

export interface ExtractCommand {
  kind: "extract";
  file: string;
  json: boolean;
}

export interface BuildCommand {
  kind: "build";
  plan: string;
  units: string | null;
  /** The whole-area row's name as typed (--area), checked by src/domain/area.ts; null: from the plan. */
  area: string | null;
  output: string;
  force: boolean;
}

export interface CheckCommand {
  kind: "check";
  book: string;
  json: boolean;
}

export interface AppendixCommand {
  kind: "appendix";
  book: string;
  /** Raw option values; src/cli/appendix.ts reads them (level names, comma lists). */
  level: string | null;
  targets: string | null;
  unitCodes: string | null;
  period: string | null;
  /** A new name for the book's whole-area row (--area); null keeps the book's. */
  area: string | null;
  output: string;
  docx: string | null;
  force: boolean;
}

export interface SplitCommand {
  kind: "split";
  book: string;
  /** The folder the return files go to. */
  output: string;
  /** Raw `--units` (a comma list of unit codes), or null for every unit. */
  units: string | null;
  force: boolean;
}

export interface CollectCommand {
  kind: "collect";
  book: string;
  returns: string[];
  output: string;
  prefer: "returns" | "book" | null;
  force: boolean;
}

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | ExtractCommand
  | BuildCommand
  | CheckCommand
  | AppendixCommand
  | SplitCommand
  | CollectCommand;

const OPTIONS = {
  json: { type: "boolean" },
  units: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  level: { type: "string" },
  targets: { type: "string" },
  "unit-codes": { type: "string" },
  period: { type: "string" },
  area: { type: "string" },
  docx: { type: "string" },
  prefer: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Options each command takes besides --help and --version. */
const COMMAND_OPTIONS: Record<"extract" | "build" | "check" | "appendix" | "split" | "collect", readonly OptionName[]> = {
  extract: ["json"],
  build: ["units", "area", "output", "force"],
  check: ["json"],
  appendix: ["level", "targets", "unit-codes", "period", "area", "output", "docx", "force"],
  split: ["output", "units", "force"],
  collect: ["output", "prefer", "force"],
};

/** What a missing file argument is called in each command's usage line. */
const MISSING_FILE_KEY = {
  extract: "cliUsageMissingFile",
  build: "cliUsageMissingPlan",
  check: "cliUsageMissingBook",
  appendix: "cliUsageMissingAppendixBook",
  split: "cliUsageMissingSplitBook",
  collect: "cliUsageMissingCollectBook",
} as const;

function isOptionName(name: string): name is OptionName {
  return name in OPTIONS;
}

function isCommandName(name: string): name is keyof typeof COMMAND_OPTIONS {
  return name in COMMAND_OPTIONS;
}

export function parseCommand(argv: readonly string[]): Command {
  const { positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });

  const flags = new Set<OptionName>();
  const values = new Map<OptionName, string>();
  const seen: Array<{ name: OptionName; rawName: string }> = [];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const { name, rawName } = token;
    if (!isOptionName(name)) throw usage("cliUsageUnknownOption", { option: rawName });
    if (seen.some((option) => option.name === name)) throw usage("cliUsageOptionRepeated", { option: rawName });
    seen.push({ name, rawName });
    if (OPTIONS[name].type === "boolean") {
      if (token.value !== undefined) throw usage("cliUsageOptionValue", { option: rawName });
      flags.add(name);
      continue;
    }
    // Non-strict parsing takes the next word whatever it is, so `--units --force`
    // would read a file called "--force"; `--units=-odd.csv` still works.
    const value = token.value;
    if (value === undefined || value === "" || (!token.inlineValue && value.startsWith("-"))) {
      throw usage("cliUsageOptionNeedsValue", { option: rawName });
    }
    values.set(name, value);
  }

  if (flags.has("help")) return { kind: "help" };
  if (flags.has("version")) return { kind: "version" };

  const [command, ...rest] = positionals;
  if (command === undefined) throw usage("cliUsageMissingCommand", {});
  if (command === "help") return { kind: "help" };
  if (!isCommandName(command)) throw usage("cliUsageUnknownCommand", { command });
  for (const option of seen) {
    if (option.name === "help" || option.name === "version") continue;
    if (!COMMAND_OPTIONS[command].includes(option.name)) {
      throw usage("cliUsageOptionNotForCommand", { option: option.rawName, command });
    }
  }
  const [file, extra] = rest;
  if (file === undefined || file === "") throw usage(MISSING_FILE_KEY[command], {});
  if (command === "collect") return collectCommand(file, rest.slice(1), values, flags);
  if (extra !== undefined) throw usage("cliUsageExtraArgument", { arg: extra });

  switch (command) {
    case "extract":
      return { kind: "extract", file, json: flags.has("json") };
    case "check":
      return { kind: "check", book: file, json: flags.has("json") };
    case "build": {
      const output = values.get("output");
      if (output === undefined) throw usage("cliUsageMissingOutput", {});
      if (!/\.xlsx$/i.test(output)) throw usage("cliUsageOutputNotXlsx", { file: output });
      return {
        kind: "build",
        plan: file,
        units: values.get("units") ?? null,
        area: values.get("area") ?? null,
        output,
        force: flags.has("force"),
      };
    }
    case "split": {
      const output = values.get("output");
      if (output === undefined) throw usage("cliUsageMissingFolder", {});
      return { kind: "split", book: file, output, units: values.get("units") ?? null, force: flags.has("force") };
    }
    case "appendix": {
      const output = values.get("output");
      if (output === undefined) throw usage("cliUsageMissingOutput", {});
      if (!/\.xlsx$/i.test(output)) throw usage("cliUsageOutputNotXlsx", { file: output });
      const docx = values.get("docx") ?? null;
      if (docx !== null && !/\.docx$/i.test(docx)) throw usage("cliUsageOutputNotDocx", { file: docx });
      return {
        kind: "appendix",
        book: file,
        level: values.get("level") ?? null,
        targets: values.get("targets") ?? null,
        unitCodes: values.get("unit-codes") ?? null,
        period: values.get("period") ?? null,
        area: values.get("area") ?? null,
        output,
        docx,
        force: flags.has("force"),
      };
    }
  }
}

function collectCommand(book: string, returns: string[], values: Map<OptionName, string>, flags: Set<OptionName>): CollectCommand {
  if (returns.length === 0) throw usage("cliUsageMissingReturns", {});
  const output = values.get("output");
  if (output === undefined) throw usage("cliUsageMissingOutput", {});
  if (!/\.xlsx$/i.test(output)) throw usage("cliUsageOutputNotXlsx", { file: output });
  const prefer = values.get("prefer") ?? null;
  if (prefer !== null && prefer !== "returns" && prefer !== "book") throw usage("cliUsageBadPrefer", { value: prefer });
  return { kind: "collect", book, returns, output, prefer, force: flags.has("force") };
}

function usage(key: ConstructorParameters<typeof CliError>[0], params: Record<string, string>): CliError {
  return new CliError(key, params, EXIT_USAGE);
}
