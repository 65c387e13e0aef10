// `chitieu build <plan> [--units <file>] [--area <name>] -o <book.xlsx> [--force]`: reads the
// plan, reads the unit list, describes the tracking workbook and writes it.
// Problems in the unit list are warnings (the other units still make a
// workbook); a list with no usable unit at all is an error.

import { areaInSentence, defaultAreaName, readAreaName } from "../domain/area";
import { extractPlan } from "../domain/extract";
import type { Plan } from "../domain/plan";
import type { Unit } from "../domain/tracking";
import { parseUnitsText } from "../domain/unit-list";
import { writeXlsx } from "../hosts/xlsx/write";
import { formatNumber } from "../i18n/format";
import { type MessageKey, t, tBoth } from "../i18n/messages";
import { baseName, readDocument } from "../readers";
import { decodeText } from "../readers/text";
import { describeWorkbook } from "../workbook/describe";
import { TABLE } from "../workbook/layout";
import type { WorkbookSpec } from "../workbook/spec";
import type { BuildCommand } from "./args";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./cli-error";
import type { CliConsole } from "./main";
import { readInputFile } from "./read-input";
import { refuseOverwritingInput } from "./same-file";
import { checkOutputPath, writeOutputFile } from "./write-output";

export async function runBuild(command: BuildCommand, io: CliConsole): Promise<number> {
  // Refuse before the slow steps: nobody should wait for a workbook that cannot be saved.
  await checkOutputPath(command.output, command.force);
  refuseOverwritingInput(command.output, [command.plan, command.units]);
  const typedArea = command.area === null ? null : areaOption(command.area);

  const plan = extractPlan(await readDocument(await readInputFile(command.plan), command.plan));
  // A plan of baselines only would make a workbook with nothing to enter.
  if (!plan.targets.some((target) => target.kind === "target")) {
    throw new CliError("cliBuildNoTargets", { file: baseName(command.plan) }, EXIT_FAILURE);
  }
  const area = typedArea ?? defaultAreaName(plan.meta);
  const units = command.units === null ? [] : await readUnits(command.units, io);

  const spec = describeWorkbook(plan, units, { area });
  await writeOutputFile(command.output, await writeXlsx(spec), command.force);

  io.out(`${doneLine(command.output, plan, units, entryRows(spec), area)}\n`);
  return EXIT_OK;
}

/** Rows of the `ThucHien` table (the contract), header excluded. */
function entryRows(spec: WorkbookSpec): number {
  const ref = spec.sheets.find((sheet) => sheet.table?.name === TABLE.tracking)?.table?.ref ?? "";
  const lastRow = /(\d+)$/.exec(ref);
  return lastRow === null ? 0 : Math.max(0, Number(lastRow[1]) - 1);
}

/** Units from a CSV or pasted-cells file; each unusable line is printed as a warning. */
async function readUnits(file: string, io: CliConsole): Promise<Unit[]> {
  const name = baseName(file);
  const { units, problems, notices = [] } = parseUnitsText(decodeText(await readInputFile(file), name));
  for (const problem of [...problems, ...notices].sort((a, b) => a.line - b.line)) io.err(`${name}: ${tBoth(problem.key, problem.params)}\n`);
  if (units.length === 0) throw new CliError("cliUnitsNoneUsable", { file: name }, EXIT_FAILURE);
  return units;
}

/** The --area name, tidied; a usage error (exit 2) in Vietnamese when it cannot name a row. */
export function areaOption(typed: string): string {
  const read = readAreaName(typed);
  if ("name" in read) return read.name;
  throw new CliError(read.key, read.params, EXIT_USAGE);
}

function doneLine(output: string, plan: Plan, units: readonly Unit[], rows: number, area: string): string {
  const key: MessageKey = units.length === 0 ? "cliBuildDoneDistrict" : "cliBuildDone";
  // Baselines ("hiện trạng") are listed in the workbook but nobody reports on them.
  const targets = plan.targets.filter((target) => target.kind === "target").length;
  const line = (lang: "vi" | "en"): string =>
    t(key, lang, {
      file: output,
      targets: formatNumber(targets, lang),
      units: formatNumber(units.length, lang),
      rows: formatNumber(rows, lang),
      area: areaInSentence(area),
    });
  return `${line("vi")} / ${line("en")}`;
}
