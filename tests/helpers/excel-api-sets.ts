// The ExcelApi requirement set of every member of every Excel class, read
// from the JSDoc of @types/office-js ("[Api set: ExcelApi 1.7]"), so the fake
// can refuse a member the Excel a test declares does not have. Generated at
// load time from the installed typings: the table cannot drift from them.

import { readFileSync } from "node:fs";

/** The minor version of an ExcelApi set ("1.9" → 9); sets outside ExcelApi (desktop, online, preview) are never assumed. */
export type ApiMinor = number;
export const NOT_IN_EXCEL_API: ApiMinor = Number.POSITIVE_INFINITY;

/** When reading and when setting a member became available (they differ for a few, e.g. Worksheet.visibility: 1.1 / 1.2). */
export interface MemberSets {
  get: ApiMinor;
  set: ApiMinor;
}

export type ApiSetTable = Map<string, Map<string, MemberSets>>;

/** "1.9" → 9; throws on anything else, so a typo in a test is not a silent "newest". */
export function apiMinor(version: string): ApiMinor {
  const match = /^1\.(\d+)$/.exec(version);
  if (!match) throw new Error(`not an ExcelApi version: ${version}`);
  return Number(match[1]);
}

/**
 * Reads "[Api set: …]": "ExcelApi 1.7"; "ExcelApi 1.1 for reading visibility; 1.2 for setting it.";
 * "ExcelApi 1.1 for get, 1.8 for set"; "ExcelApi 1.9, ExcelApi Preview for null …" (the release set counts).
 */
export function parseApiSet(tag: string): MemberSets {
  if (!/^ExcelApi \d/.test(tag)) return { get: NOT_IN_EXCEL_API, set: NOT_IN_EXCEL_API };
  let get = NOT_IN_EXCEL_API;
  let set = NOT_IN_EXCEL_API;
  for (const part of tag.split(/[;,]/)) {
    const version = /\b1\.(\d+)\b/.exec(part);
    if (!version) continue;
    const minor = Number(version[1]);
    if (/\bset(ting)?\b/i.test(part)) set = Math.min(set, minor);
    else get = Math.min(get, minor);
  }
  return { get, set: set === NOT_IN_EXCEL_API ? get : set };
}

function readTable(): ApiSetTable {
  const source = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const start = source.indexOf("\ndeclare namespace Excel {");
  if (start < 0) throw new Error("@types/office-js: no Excel namespace");
  const table: ApiSetTable = new Map();
  let members: Map<string, MemberSets> | null = null;
  let tag: string | null = null;
  for (const line of source.slice(start + 1).split("\n")) {
    if (line === "}") break;
    const opened = /^ {4}class (\w+)/.exec(line);
    if (opened) {
      members = new Map();
      table.set(opened[1], members);
      tag = null;
      continue;
    }
    if (/^ {4}\S/.test(line)) {
      members = null;
      continue;
    }
    if (!members) continue;
    const found = /\[Api set: ([^\]]+)\]/.exec(line);
    if (found) {
      tag = found[1];
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)\??\s*[(:<]/.exec(line);
    if (!member) continue;
    if (tag !== null) {
      const sets = parseApiSet(tag);
      const before = members.get(member[1]);
      // Overloads: the earliest set that has any form of the member.
      members.set(member[1], before ? { get: Math.min(before.get, sets.get), set: Math.min(before.set, sets.set) } : sets);
    }
    tag = null;
  }
  return table;
}

let cached: ApiSetTable | null = null;

/** The table for every Excel class, read once per test file. */
export function excelApiSets(): ApiSetTable {
  cached ??= readTable();
  return cached;
}

/** The newest ExcelApi minor version any member of the typings needs. */
export function newestApiMinor(): ApiMinor {
  let newest = 1;
  for (const members of excelApiSets().values()) {
    for (const sets of members.values()) if (sets.get !== NOT_IN_EXCEL_API) newest = Math.max(newest, sets.get);
  }
  return newest;
}
