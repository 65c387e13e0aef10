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

// A cell reference outside string literals and quoted sheet names: not part of a longer name, not a function.
const SLIDABLE_REF = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * A formula moved by `rows` and `columns`, as Excel moves one when it is
 * copied: relative references shift, `$` anchored parts stay. Text in double
 * quotes and quoted sheet names ('Thực hiện') are left alone.
 */
export function slideFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(/("(?:[^"]|"")*"|'(?:[^']|'')*')|[^"']+/g, (part, quoted: string | undefined) =>
    quoted !== undefined
      ? part
      : part.replace(SLIDABLE_REF, (ref, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
          const column = colAnchor === "" ? columnNumber(letters) + columns : columnNumber(letters);
          const row = rowAnchor === "" ? Number(digits) + rows : Number(digits);
          // Past XFD it was a name, not a column; moved off the sheet it cannot be written.
          if (columnNumber(letters) > 16_384 || column < 1 || row < 1) return ref;
          return `${colAnchor}${columnLetter(column)}${rowAnchor}${row}`;
        }),
  );
}

/** Consecutive column numbers as [first, last] pairs: [1,2,3,5] → [[1,3],[5,5]]. */
export function columnRuns(columns: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && last[1] === column - 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}
