// Evaluates the spec's formula rules the way Excel does — conditional-format
// rules and custom data validation — so the preview colours statuses and
// checks entries from the same rules the .xlsx carries rather than from a
// second copy of them. The rules are expressions relative to an anchor cell
// (`$N2="Đạt"`, `AND($N2="Thiếu số liệu",ISBLANK(L2))`,
// `AND(ISNUMBER(I2),I2=INT(I2),I2>=0,I2<=J2)`); this understands that subset
// of Excel's formula language: cell references with or without `$`, text,
// numbers, TRUE/FALSE, + - * /, comparisons, and AND, OR, NOT, ISBLANK,
// ISNUMBER, INT, N. A rule using anything else never holds (a conditional
// format then leaves its cells' own look; a validation refuses, as Excel
// does when a validation formula fails).

import type { CellValue } from "../domain/tracking";
import { columnNumber, parseRange } from "../workbook/a1";
import type { ConditionalFormat, ConditionalRule } from "../workbook/spec";

type Node =
  | { kind: "literal"; value: string | number | boolean }
  | { kind: "ref"; column: number; row: number; absColumn: boolean; absRow: boolean }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "compare"; op: string; left: Node; right: Node }
  | { kind: "arith"; op: string; left: Node; right: Node }
  | { kind: "negate"; operand: Node };

type Value = string | number | boolean | null;

class ParseError extends Error {}

const TOKEN = /\s*(?:("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+)(?![A-Z0-9(])|(\d+(?:\.\d+)?)|([A-Z][A-Z0-9.]*)\s*\(|(TRUE|FALSE)\b|(<>|<=|>=|[=<>(),+\-*/]))/iy;

type Token =
  | { type: "string"; text: string }
  | { type: "ref"; text: string }
  | { type: "number"; text: string }
  | { type: "function"; text: string }
  | { type: "boolean"; text: string }
  | { type: "punct"; text: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    if (/^\s*$/.test(formula.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(formula);
    if (!match) throw new ParseError(formula);
    const [, string, ref, number, fn, boolean, punct] = match;
    if (string !== undefined) tokens.push({ type: "string", text: string.slice(1, -1).replace(/""/g, '"') });
    else if (ref !== undefined) tokens.push({ type: "ref", text: ref });
    else if (number !== undefined) tokens.push({ type: "number", text: number });
    else if (fn !== undefined) tokens.push({ type: "function", text: fn.toUpperCase() }, { type: "punct", text: "(" });
    else if (boolean !== undefined) tokens.push({ type: "boolean", text: boolean.toUpperCase() });
    else tokens.push({ type: "punct", text: punct });
  }
  return tokens;
}

function parse(formula: string): Node {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const expect = (text: string): void => {
    const token = tokens[at++];
    if (token?.type !== "punct" || token.text !== text) throw new ParseError(formula);
  };
  const primary = (): Node => {
    const token = tokens[at++];
    if (!token) throw new ParseError(formula);
    switch (token.type) {
      case "string":
        return { kind: "literal", value: token.text };
      case "number":
        return { kind: "literal", value: Number(token.text) };
      case "boolean":
        return { kind: "literal", value: token.text === "TRUE" };
      case "ref": {
        const match = /^(\$?)([A-Z]+)(\$?)(\d+)$/i.exec(token.text) as RegExpExecArray;
        return { kind: "ref", absColumn: match[1] === "$", column: columnNumber(match[2]), absRow: match[3] === "$", row: Number(match[4]) };
      }
      case "function": {
        expect("(");
        const args: Node[] = [];
        if (!(peek()?.type === "punct" && peek()?.text === ")")) {
          args.push(comparison());
          while (peek()?.type === "punct" && peek()?.text === ",") {
            at++;
            args.push(comparison());
          }
        }
        expect(")");
        return { kind: "call", name: token.text, args };
      }
      case "punct": {
        if (token.text !== "(") throw new ParseError(formula);
        const inner = comparison();
        expect(")");
        return inner;
      }
    }
  };
  const binary = (ops: string[], next: () => Node, kind: "compare" | "arith"): (() => Node) => () => {
    let left = next();
    for (;;) {
      const token = peek();
      if (token?.type !== "punct" || !ops.includes(token.text)) return left;
      at++;
      left = { kind, op: token.text, left, right: next() };
    }
  };
  const unary = (): Node => {
    const token = peek();
    if (token?.type === "punct" && (token.text === "-" || token.text === "+")) {
      at++;
      const operand = unary();
      return token.text === "-" ? { kind: "negate", operand } : operand;
    }
    return primary();
  };
  const multiplicative = binary(["*", "/"], unary, "arith");
  const additive = binary(["+", "-"], multiplicative, "arith");
  const comparison = binary(["=", "<>", "<", ">", "<=", ">="], additive, "compare");
  const node = comparison();
  if (at !== tokens.length) throw new ParseError(formula);
  return node;
}

/** Reads a cell of the sheet (1-based); null for an empty cell. */
export type CellReader = (row: number, column: number) => CellValue;

/** Excel's ordering for comparisons: numbers < text < booleans; text ignores case; blank is 0 or "". */
function compareValues(a: Value, b: Value): number {
  const left = a === null ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const right = b === null ? (typeof left === "string" ? "" : typeof left === "boolean" ? false : 0) : b;
  const rank = (value: string | number | boolean): number => (typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2);
  if (rank(left) !== rank(right)) return rank(left) - rank(right);
  if (typeof left === "string" && typeof right === "string") {
    const x = left.toLocaleLowerCase("vi");
    const y = right.toLocaleLowerCase("vi");
    return x === y ? 0 : x < y ? -1 : 1;
  }
  return left === right ? 0 : left < right ? -1 : 1;
}

function evaluate(node: Node, read: CellReader, rowOffset: number, columnOffset: number): Value {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "ref": {
      const value = read(node.absRow ? node.row : node.row + rowOffset, node.absColumn ? node.column : node.column + columnOffset);
      // An error value makes the whole rule an error, which Excel treats as not matching.
      if (typeof value === "object" && value !== null) throw new ParseError(value.error);
      return value;
    }
    case "compare": {
      const order = compareValues(evaluate(node.left, read, rowOffset, columnOffset), evaluate(node.right, read, rowOffset, columnOffset));
      switch (node.op) {
        case "=":
          return order === 0;
        case "<>":
          return order !== 0;
        case "<":
          return order < 0;
        case ">":
          return order > 0;
        case "<=":
          return order <= 0;
        default:
          return order >= 0;
      }
    }
    case "arith": {
      const left = numeric(evaluate(node.left, read, rowOffset, columnOffset));
      const right = numeric(evaluate(node.right, read, rowOffset, columnOffset));
      if (node.op === "+") return left + right;
      if (node.op === "-") return left - right;
      if (node.op === "*") return left * right;
      // #DIV/0! makes the rule an error.
      if (right === 0) throw new ParseError("#DIV/0!");
      return left / right;
    }
    case "negate":
      return -numeric(evaluate(node.operand, read, rowOffset, columnOffset));
    case "call": {
      if (node.name === "ISBLANK") {
        const [arg] = node.args;
        if (node.args.length !== 1 || arg.kind !== "ref") throw new ParseError(node.name);
        return read(arg.absRow ? arg.row : arg.row + rowOffset, arg.absColumn ? arg.column : arg.column + columnOffset) === null;
      }
      if (node.name === "ISNUMBER" || node.name === "N" || node.name === "INT") {
        if (node.args.length !== 1) throw new ParseError(node.name);
        const value = evaluateOrError(node.args[0], read, rowOffset, columnOffset);
        // ISNUMBER and N never fail, whatever they are given (an error value too).
        if (node.name === "ISNUMBER") return typeof value === "number";
        if (node.name === "N") return typeof value === "number" ? value : value === true ? 1 : 0;
        if (value instanceof ParseError) throw value;
        return Math.floor(numeric(value));
      }
      const truth = node.args.map((arg) => truthy(evaluate(arg, read, rowOffset, columnOffset)));
      if (node.name === "AND") return truth.every(Boolean);
      if (node.name === "OR") return truth.some(Boolean);
      if (node.name === "NOT" && truth.length === 1) return !truth[0];
      throw new ParseError(node.name);
    }
  }
}

function evaluateOrError(node: Node, read: CellReader, rowOffset: number, columnOffset: number): Value | ParseError {
  try {
    return evaluate(node, read, rowOffset, columnOffset);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
}

/** A value in arithmetic, as Excel takes it: blank is 0, TRUE is 1, text that reads as a number is that number, other text #VALUE!. */
function numeric(value: Value | ParseError): number {
  if (value instanceof ParseError) throw value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const number = value.trim() === "" ? NaN : Number(value);
  if (!Number.isFinite(number)) throw new ParseError("#VALUE!");
  return number;
}

function truthy(value: Value): boolean {
  if (typeof value === "string") throw new ParseError(value);
  return value !== null && value !== false && value !== 0;
}

const parsed = new Map<string, Node | null>();

function compiled(formula: string): Node | null {
  let node = parsed.get(formula);
  if (node === undefined) {
    try {
      node = parse(formula);
    } catch {
      node = null;
    }
    parsed.set(formula, node);
  }
  return node;
}

/** Whether a rule holds for the cell at (row, column), given the format's anchor (its first range's top-left). */
export function ruleHolds(rule: ConditionalRule, anchor: { row: number; column: number }, row: number, column: number, read: CellReader): boolean {
  return formulaHolds(rule.formula, anchor, row, column, read);
}

/** Whether a formula written for the `anchor` cell is TRUE at (row, column); false when it fails or is outside the subset. */
export function formulaHolds(formula: string, anchor: { row: number; column: number }, row: number, column: number, read: CellReader): boolean {
  const node = compiled(formula);
  if (node === null) return false;
  try {
    return truthy(evaluate(node, read, row - anchor.row, column - anchor.column));
  } catch {
    return false;
  }
}

/** A conditional format with its ranges parsed once. */
export interface PreparedFormat {
  ranges: ReturnType<typeof parseRange>[];
  anchor: { row: number; column: number };
  rules: ConditionalRule[];
}

export function prepareFormats(formats: ConditionalFormat[]): PreparedFormat[] {
  return formats.map((format) => {
    const ranges = format.ranges.map(parseRange);
    return { ranges, anchor: { row: ranges[0]?.top ?? 1, column: ranges[0]?.left ?? 1 }, rules: format.rules };
  });
}

/**
 * The rule that colours a cell, if any: formats in order, rules in order,
 * first match wins (the order they are written in is their priority).
 */
export function matchingRule(formats: PreparedFormat[], row: number, column: number, read: CellReader): ConditionalRule | null {
  for (const format of formats) {
    if (!format.ranges.some((r) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right)) continue;
    for (const rule of format.rules) if (ruleHolds(rule, format.anchor, row, column, read)) return rule;
  }
  return null;
}
