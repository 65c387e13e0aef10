// Runs `chitieu appendix` as a user does, and compares what LibreOffice
// computed in the appendix sheets with the engine, cell by cell.

import { defaultAreaName } from "../../src/domain/area";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { isChangeTarget } from "../../src/domain/evaluate";
import type { Target } from "../../src/domain/plan";
import type { Unit } from "../../src/domain/tracking";
import { type AppendixSelection, groupTargets, groupUnits } from "../../src/workbook/appendix";
import { REPO_ROOT } from "../helpers/seed-docx";
import { districtExpected, type Filled, percentExpected, sameNumber, unitExpected } from "./fixture";

const BIN = path.join(REPO_ROOT, "bin", "chitieu.js");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function chitieu(args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, CHITIEU_DEBUG: "" },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface Comparison {
  compared: number;
  mismatches: string[];
  /** Every value the comparison expected, by place, to tell two fillings apart. */
  expected: Map<string, string>;
}

const show = (value: unknown): string => JSON.stringify(value);

/**
 * Every Thực hiện, So sánh (gap and % of plan), Đánh giá and computed Kết quả
 * năm trước cell of Phụ lục I and II, against the engine on `book`.
 */
export function compareAppendices(sheets: Map<string, string[][]>, book: Filled, selection: AppendixSelection): Comparison {
  const first = sheets.get("Phụ lục I");
  const second = sheets.get("Phụ lục II");
  if (!first || !second) throw new Error(`LibreOffice exported ${[...sheets.keys()].join(", ")}`);
  const district = districtExpected(book);
  const mismatches: string[] = [];
  const expected = new Map<string, string>();
  let compared = 0;
  const check = (where: string, csv: string, wanted: number | string | null, numeric: boolean): void => {
    compared += 1;
    expected.set(where, show(wanted));
    const ok = numeric ? sameNumber(csv, wanted as number | null) : csv === (wanted ?? "");
    if (!ok) mismatches.push(`${where}: LibreOffice “${csv}”, engine ${show(wanted)}`);
  };

  // Phụ lục I: rows keyed by target ID in the hidden column K.
  const targets = new Map(book.plan.targets.map((target) => [target.id, target]));
  const seenFirst: string[] = [];
  first.forEach((row, r) => {
    const id = row[10] ?? "";
    const target = targets.get(id);
    if (r < 8 || target === undefined) return;
    seenFirst.push(id);
    const aggregate = district.get(id);
    if (!aggregate) throw new Error(`no aggregate for ${id}`);
    const where = `Phụ lục I row ${r + 1} (${id})`;
    check(`${where} Thực hiện`, row[5], aggregate.value, true);
    check(`${where} Chênh lệch`, row[6], aggregate.gap, true);
    check(`${where} Tỷ lệ so với kế hoạch`, row[7], percentExpected(target, aggregate), true);
    check(`${where} Đánh giá`, row[8], aggregate.status, false);
    if (isChangeTarget(target)) check(`${where} Kết quả năm trước`, row[3], aggregate.start, true);
  });
  // Targets come grouped, each group in plan order.
  const grouped = groupTargets(selection.first, selection.grouping).flatMap((group) => group.targets.map((target) => target.id));
  if (seenFirst.join(",") !== grouped.join(",")) mismatches.push(`Phụ lục I rows ${seenFirst.join(",")} ≠ ${grouped.join(",")}`);

  // Phụ lục II: rows keyed by unit code in the hidden column after the targets' columns.
  const keyColumn = 2 + 3 * selection.second.length;
  const units = new Map<string, Unit>(selection.units.map((unit) => [unit.code, unit]));
  const seenUnits: string[] = [];
  let totals = 0;
  second.forEach((row, r) => {
    if (r < 8) return;
    const unit = units.get(row[keyColumn] ?? "");
    const isTotal = row[1] === defaultAreaName(book.plan.meta) && (row[keyColumn] ?? "") === "";
    if (unit === undefined && !isTotal) return;
    if (unit) seenUnits.push(unit.code);
    else totals += 1;
    selection.second.forEach((target: Target, j) => {
      const [plan, actual, status] = [row[2 + 3 * j], row[3 + 3 * j], row[4 + 3 * j]];
      const where = `Phụ lục II row ${r + 1} (${unit?.code ?? "HUYEN"}/${target.id})`;
      if (unit === undefined) {
        const aggregate = district.get(target.id);
        if (!aggregate) throw new Error(`no aggregate for ${target.id}`);
        check(`${where} Thực hiện`, actual, aggregate.value, true);
        check(`${where} Đánh giá`, status, aggregate.status, false);
        return;
      }
      const evaluation = unitExpected(book, unit, target);
      if (evaluation === null) {
        check(`${where} không áp dụng`, [plan, actual, status].join("|"), "–|–|–", false);
        return;
      }
      check(`${where} Thực hiện`, actual, evaluation.value, true);
      check(`${where} Đánh giá`, status, evaluation.status, false);
    });
  });
  // Units come grouped by level, each group in book order.
  const order = groupUnits(selection.units, book.plan.meta.government ?? null).flatMap((group) => group.units.map((unit) => unit.code));
  if (seenUnits.join(",") !== order.join(",") || totals !== 1) {
    mismatches.push(`Phụ lục II units ${seenUnits.join(",")} (${totals} total rows), expected ${order.join(",")}`);
  }
  return { compared, mismatches, expected };
}

/** How many compared values differ between two comparisons (the same places). */
export function differing(a: Comparison, b: Comparison): number {
  let count = 0;
  for (const [where, value] of a.expected) if (b.expected.has(where) && b.expected.get(where) !== value) count += 1;
  return count;
}
