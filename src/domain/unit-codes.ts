// Unit codes when a list is pasted into a book that already has units: which
// code each pasted school gets, and what "add to the list" means. Pure: the
// Units step shows these codes, and the write uses the same ones.

import type { Unit } from "./tracking";

const GENERATED_CODE = /^DV\d+$/i;

export const codeKey = (code: string): string => code.toLocaleUpperCase("vi");
export const nameKey = (name: string): string => name.normalize("NFC").replace(/\s+/gu, " ").trim().toLocaleLowerCase("vi");

/**
 * Figures are tied to unit codes. A list pasted without codes gets DV001,
 * DV002… by position, so one school inserted near the top would hand every
 * later school's figures to its neighbour. A school already in the book
 * under the same name therefore keeps its code when the new list gave it a
 * generated one, and a new school never gets a code the book already uses
 * (a removed school's figures must not pass to it). Codes the list states
 * are never changed.
 */
export function alignUnitCodes(units: readonly Unit[], existing: readonly Unit[]): Unit[] {
  const existingByName = new Map<string, Unit>();
  for (const unit of existing) if (!existingByName.has(nameKey(unit.name))) existingByName.set(nameKey(unit.name), unit);
  const claimed = new Set(units.filter((unit) => !GENERATED_CODE.test(unit.code)).map((unit) => codeKey(unit.code)));
  const adopted = units.map((unit): Unit | null => {
    if (!GENERATED_CODE.test(unit.code)) return unit;
    const match = existingByName.get(nameKey(unit.name));
    if (match === undefined || claimed.has(codeKey(match.code))) return null;
    claimed.add(codeKey(match.code));
    return { ...unit, code: match.code };
  });
  const avoid = new Set([...claimed, ...existing.map((unit) => codeKey(unit.code))]);
  let next = 1;
  return adopted.map((unit, index) => {
    if (unit !== null) return unit;
    const own = units[index];
    if (!avoid.has(codeKey(own.code))) {
      avoid.add(codeKey(own.code));
      return own;
    }
    const width = Math.max(3, own.code.length - 2);
    let code = `DV${String(next).padStart(width, "0")}`;
    while (avoid.has(codeKey(code))) code = `DV${String(++next).padStart(width, "0")}`;
    avoid.add(codeKey(code));
    return { ...own, code };
  });
}

/**
 * The book's units followed by the pasted ones it does not have yet (the
 * same code, or the same name, is the same school); `repeated` are the pasted
 * schools already in the book, to name.
 */
export function addedToList(existing: readonly Unit[], pasted: readonly Unit[]): { units: Unit[]; repeated: Unit[] } {
  const codes = new Set(existing.map((unit) => codeKey(unit.code)));
  const names = new Set(existing.map((unit) => nameKey(unit.name)));
  const repeated: Unit[] = [];
  const added: Unit[] = [];
  for (const unit of pasted) {
    const sameCode = !GENERATED_CODE.test(unit.code) && codes.has(codeKey(unit.code));
    if (sameCode || names.has(nameKey(unit.name))) repeated.push(unit);
    else added.push(unit);
  }
  return { units: [...existing, ...alignUnitCodes(added, existing)], repeated };
}

/** Schools named twice in one list (codes apart): each name once, with how often it came. */
export function repeatedNames(units: readonly Unit[]): { name: string; count: number }[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const unit of units) {
    const found = counts.get(nameKey(unit.name));
    if (found) found.count += 1;
    else counts.set(nameKey(unit.name), { name: unit.name, count: 1 });
  }
  return [...counts.values()].filter((entry) => entry.count > 1);
}
