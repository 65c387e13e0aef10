// Command-line grammar: `extract <file> [--json]`, `help`, `--help`, `--version`.
// parseArgs runs non-strict so that unknown options come back as tokens and
// are reported in our own words instead of Node's.

import { parseArgs } from "node:util";
import { CliError, EXIT_USAGE } from "./cli-error";

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "extract"; file: string; json: boolean };

const OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export function parseCommand(argv: readonly string[]): Command {
  const { positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });

  const flags = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!(token.name in OPTIONS)) throw usage("cliUsageUnknownOption", { option: token.rawName });
    if (token.value !== undefined) throw usage("cliUsageOptionValue", { option: token.rawName });
    flags.add(token.name);
  }

  if (flags.has("help")) return { kind: "help" };
  if (flags.has("version")) return { kind: "version" };

  const [command, ...rest] = positionals;
  if (command === undefined) throw usage("cliUsageMissingCommand", {});
  if (command === "help") return { kind: "help" };
  if (command !== "extract") throw usage("cliUsageUnknownCommand", { command });
  const [file, extra] = rest;
  if (file === undefined || file === "") throw usage("cliUsageMissingFile", {});
  if (extra !== undefined) throw usage("cliUsageExtraArgument", { arg: extra });
  return { kind: "extract", file, json: flags.has("json") };
}

function usage(key: ConstructorParameters<typeof CliError>[0], params: Record<string, string>): CliError {
  return new CliError(key, params, EXIT_USAGE);
}
