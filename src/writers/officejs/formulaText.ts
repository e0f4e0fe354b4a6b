/**
 * Reading formula text: ECH.* custom-function calls, links to other workbooks, and the native
 * translation of the ECH functions that have one. Works on the English formulas Range.formulas gives.
 */
import { printExpr, type Row } from "../../calc";
import * as Hours from "../../model/hoursNeeded";
import * as Scheme from "../../model/scheme";

/**
 * A constant as it must be written through Range.formulas/values to stay exactly that constant:
 * Excel would read "2026", "TRUE", "=x" or "10%" typed into a cell as something else, and a
 * leading apostrophe keeps such text text.
 */
export function literalEntry(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return /^[=+\-@']/.test(value) || /^\s*[\d.,£$€%/:\s()-]*\d[\d.,£$€%/:\s()-]*$/.test(value) || /^(true|false)$/i.test(value)
    ? `'${value}`
    : value;
}

/** The formula with the insides of "string literals" blanked, so their text never matches. */
export function maskStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, (s) => `"${" ".repeat(s.length - 2)}"`);
}

const ECH_CALL = /(?<![A-Za-z0-9_.])(?:_xldudf_)?ECH[._]([A-Za-z][A-Za-z0-9_]*)\s*\(/gi;

export function usesEchFunction(formula: string): boolean {
  ECH_CALL.lastIndex = 0;
  return formula.startsWith("=") && ECH_CALL.test(maskStrings(formula));
}

/**
 * References into another workbook: [Book.xlsx]Sheet!A1, '[Book.xlsx]My sheet'!A1,
 * 'C:\path\[Book.xlsx]Sheet'!A1 or [1]Sheet!A1. Table references (Table1[Col], [@Col]) are not links.
 */
const EXTERNAL = /'[^']*\[[^\]']+\][^']*'!|(?<![A-Za-z0-9_\]\\.])\[[^[\]]+\][A-Za-z0-9_.]*!/;

export function hasExternalLink(formula: string): boolean {
  return formula.startsWith("=") && EXTERNAL.test(maskStrings(formula));
}

interface Call {
  name: string;
  start: number;
  /** Index just after the closing parenthesis. */
  end: number;
  /** [start, end) of each top-level argument. */
  args: [number, number][];
}

/** Finds the next ECH call at or after `from` in a masked formula, with its top-level arguments. */
function nextCall(masked: string, from: number): Call | undefined {
  ECH_CALL.lastIndex = from;
  const m = ECH_CALL.exec(masked);
  if (!m) return undefined;
  const open = m.index + m[0].length - 1;
  const args: [number, number][] = [];
  let depth = 0;
  let argStart = open + 1;
  for (let i = open; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") {
      depth--;
      if (depth === 0) {
        args.push([argStart, i]);
        return { name: m[1].toUpperCase().replace(/_/g, "."), start: m.index, end: i + 1, args };
      }
    } else if (ch === "," && depth === 1) {
      args.push([argStart, i]);
      argStart = i + 1;
    }
  }
  return undefined;
}

/**
 * The ECH functions that return one number from numbers, as the rows they run: the row, and the row
 * each argument stands for in the function's order, with the row whose default an omitted optional
 * argument takes (none: the argument is required).
 */
const NATIVE: Record<string, { row: Row; args: readonly (readonly [Row, Row?])[] }> = {
  ELIGIBILITYBLOCK: {
    row: Hours.eligibility,
    args: [
      [Scheme.tenants],
      [Hours.minimumEach, Hours.minimumEach],
      [Hours.estimateNight, Hours.nightWeekArgument],
      [Hours.estimateTeamLeader, Scheme.teamLeaderHours],
    ],
  },
};

/** The row's formula with each argument's text where the row reads the row it stands for. */
function printed(native: (typeof NATIVE)[string], arg: (i: number, fallback?: number) => string): string {
  const cell = (row: Row): string => {
    const i = native.args.findIndex(([r]) => r === row);
    if (i < 0) throw new Error(`${native.row.id} reads ${row.id}, which no argument gives`);
    const fallback = native.args[i][1];
    return arg(i, fallback && (fallback.values![0] as number));
  };
  const range = (row: Row): string => {
    throw new Error(`${native.row.id} reads a range of ${row.id}, which one argument cannot give`);
  };
  return printExpr(native.row.expr!, { cell, range }, 0);
}

/**
 * The formula with every ECH call replaced by its native equivalent, or undefined when any call has
 * none (or the formula links to another workbook). Equivalent for valid inputs: the native formula
 * does not repeat the add-in's input checks. An optional argument that is blank takes the add-in's
 * default, as the function does.
 */
export function nativeEquivalent(formula: string): string | undefined {
  if (!formula.startsWith("=") || hasExternalLink(formula)) return undefined;
  const masked = maskStrings(formula);
  let out = "";
  let at = 0;
  for (let call = nextCall(masked, 0); call; call = nextCall(masked, at)) {
    const native = NATIVE[call.name];
    if (!native) return undefined;
    const args: string[] = [];
    for (const [from, to] of call.args) {
      const text = formula.slice(from, to).trim();
      const inner = text === "" ? "" : nativeEquivalent(`=${text}`);
      if (inner === undefined) return undefined;
      args.push(inner === "" ? "" : inner.slice(1));
    }
    if (call.args.length === 1 && args[0] === "") args.length = 0;
    const arg = (i: number, fallback?: number): string => {
      const a = args[i];
      if (a === undefined || a === "") {
        if (fallback === undefined) throw new Error("required argument missing");
        return String(fallback);
      }
      if (fallback === undefined || /^[\d.]+$/.test(a)) return `(${a})`;
      return `IF((${a})="",${fallback},(${a}))`;
    };
    try {
      out += formula.slice(at, call.start) + `(${printed(native, arg)})`;
    } catch {
      return undefined;
    }
    at = call.end;
  }
  return out + formula.slice(at);
}
