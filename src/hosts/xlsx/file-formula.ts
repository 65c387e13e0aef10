// Formulas as an .xlsx file stores them. A function newer than the file
// format's first set is saved with the prefix "_xlfn." (ECMA-376's "future
// functions"): Excel shows it without the prefix, and reads one saved
// without it as an unknown name (#NAME?) until the cell is edited. Excel too
// old to know the function shows #NAME? either way. The spec and Office.js
// use the names as typed; only this host adds the prefix.

/** The newer functions our formulas use. */
const FUTURE_FUNCTIONS = ["TEXTJOIN"];

const UNPREFIXED = new RegExp(`(?<![\\w.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "gi");

/** Text outside string literals ("…") and quoted sheet names ('…') through `change`; quoted parts as they are. */
function outsideQuotes(formula: string, change: (code: string) => string): string {
  return formula.replace(/("(?:[^"]|"")*"|'(?:[^']|'')*')|([^"']+)/g, (_whole, quoted: string | undefined, code: string | undefined) =>
    quoted ?? change(code ?? ""),
  );
}

/** `formula` as the file stores it: the newer functions prefixed (once; a prefix already there stays). */
export function fileFormula(formula: string): string {
  if (!FUTURE_FUNCTIONS.some((name) => formula.toUpperCase().includes(name))) return formula;
  return outsideQuotes(formula, (code) => code.replace(UNPREFIXED, (_whole, name: string) => `_xlfn.${name.toUpperCase()}(`));
}
