// Recalculates a workbook in LibreOffice with the shared xlsx-recalc tool and
// reads back what a person would see: one CSV per sheet (and a PDF on
// request). A missing soffice fails the test: CI installs LibreOffice.

import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";

export const RECALC_TOOL = path.resolve(__dirname, "..", "..", "..", "shared", "tools", "xlsx-recalc");
const TIMEOUT_MS = 400_000;

export interface Recalculated {
  /** Rows of cells per sheet name, as LibreOffice exported them (header row first). */
  sheets: Map<string, string[][]>;
  pdf: string | null;
}

/** Writes `bytes` to `dir/name.xlsx`, recalculates it, and parses every sheet's CSV. */
export function recalculate(bytes: Uint8Array, dir: string, name: string, options: { pdf?: boolean } = {}): Recalculated {
  mkdirSync(dir, { recursive: true });
  const book = path.join(dir, `${name}.xlsx`);
  writeFileSync(book, bytes);
  const out = path.join(dir, `${name}-out`);
  const args = [RECALC_TOOL, book, out, ...(options.pdf ? ["--pdf"] : [])];
  const result = spawnSync("bash", args, { encoding: "utf8", timeout: TIMEOUT_MS });
  if (result.error || result.status !== 0) {
    throw new Error(`xlsx-recalc failed (exit ${result.status}): ${result.error?.message ?? ""}${result.stderr}${result.stdout}`);
  }
  return { sheets: readSheets(out, name), pdf: options.pdf ? path.join(out, `${name}.pdf`) : null };
}

function readSheets(out: string, name: string): Map<string, string[][]> {
  const sheets = new Map<string, string[][]>();
  const prefix = `${name}-`;
  for (const file of readdirSync(out)) {
    if (!file.startsWith(prefix) || !file.endsWith(".csv")) continue;
    sheets.set(file.slice(prefix.length, -4), parseCsv(readFileSync(path.join(out, file), "utf8")));
  }
  return sheets;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
