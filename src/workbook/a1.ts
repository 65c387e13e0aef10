// A1 references, built by hand so the description needs no spreadsheet library.

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "A1:C5", or "A1" for a single cell. */
export function rangeAddress(left: number, top: number, right: number, bottom: number): string {
  const start = cellAddress(left, top);
  const end = cellAddress(right, bottom);
  return start === end ? start : `${start}:${end}`;
}

/** A sheet name as formulas need it: 'Thực hiện' (quotes doubled inside). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A string literal inside a formula: "Đạt" (quotes doubled inside). */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Parses "B12" or "$B$12" into 1-based column and row. */
export function parseCell(address: string): { column: number; row: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}

/** Parses "A1:C5" (or "A1") into its corners. */
export function parseRange(range: string): { left: number; top: number; right: number; bottom: number } {
  const [a, b = a] = range.split(":");
  const start = parseCell(a);
  const end = parseCell(b);
  return {
    left: Math.min(start.column, end.column),
    top: Math.min(start.row, end.row),
    right: Math.max(start.column, end.column),
    bottom: Math.max(start.row, end.row),
  };
}
