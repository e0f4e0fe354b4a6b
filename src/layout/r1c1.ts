/**
 * A1 and R1C1 formula text. In R1C1 a formula copied down or across reads the same in every cell
 * (R[1]C is "the cell below" wherever it is), so one text can fill a block of cells.
 */
import { cellAddress, columnIndex, columnLetters, parseCell, type Cell } from "./a1";

/** The formula with "text" and 'sheet names' blanked, so nothing inside them reads as a reference. */
function maskQuoted(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, (s) => s[0] + " ".repeat(s.length - 2) + s[s.length - 1]);
}

const A1_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([1-9]\d*)(?![A-Za-z0-9_.(])/g;
/** Whole columns (B:B) or rows (5:7): references this translation does not handle. */
const LINES = /(?<![A-Za-z0-9_.])\$?(?:[A-Z]{1,3}:\$?[A-Z]{1,3}|\d+:\$?\d+)(?![A-Za-z0-9_.(])/;
const R1C1_REF = /(?<![A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_.(])/g;

/** Rewrites the references a regex finds outside quotes, leaving every other character as it is. */
function rewrite(formula: string, re: RegExp, f: (m: RegExpExecArray) => string): string {
  const masked = maskQuoted(formula);
  let out = "";
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    out += formula.slice(last, m.index) + f(m);
    last = m.index + m[0].length;
  }
  return out + formula.slice(last);
}

/**
 * The R1C1 text of an A1 formula written in cell `at`, or undefined when the formula holds a
 * reference this does not translate (whole columns or rows).
 */
export function toR1C1(formula: string, at: Cell): string | undefined {
  const masked = maskQuoted(formula);
  R1C1_REF.lastIndex = 0;
  if (LINES.test(masked) || R1C1_REF.test(masked)) return undefined;
  const part = (fixed: string, n: number, here: number, letter: "R" | "C") =>
    fixed ? `${letter}${n + 1}` : n === here ? letter : `${letter}[${n - here}]`;
  return rewrite(formula, A1_REF, (m) => part(m[3], Number(m[4]) - 1, at.row, "R") + part(m[1], columnIndex(m[2]), at.col, "C"));
}

/** The A1 text of an R1C1 formula written in cell `at`. */
export function toA1(formula: string, at: Cell): string {
  const index = (s: string | undefined, here: number) =>
    s === undefined
      ? { n: here, fixed: false }
      : s.startsWith("[")
        ? { n: here + Number(s.slice(1, -1)), fixed: false }
        : { n: Number(s) - 1, fixed: true };
  return rewrite(formula, R1C1_REF, (m) => {
    const r = index(m[1], at.row);
    const c = index(m[2], at.col);
    if (r.n < 0 || c.n < 0) throw new Error(`${m[0]} from ${cellAddress(at)} is off the sheet`);
    return `${c.fixed ? "$" : ""}${columnLetters(c.n)}${r.fixed ? "$" : ""}${r.n + 1}`;
  });
}

type FormulaCell = { ref: string; formula?: string; copiedFrom?: string };

/** Whether a cell holds a formula: its own text, or another cell's copied. */
export const hasFormula = (c: { formula?: string; copiedFrom?: string }): boolean => c.formula !== undefined || c.copiedFrom !== undefined;

/**
 * A sheet's cells with each copied formula written out in A1, for a writer or a reader that needs
 * every cell's text (the cells themselves where none is copied).
 */
export function withFormulas<C extends FormulaCell>(cells: readonly C[]): readonly C[] {
  if (!cells.some((c) => c.copiedFrom !== undefined)) return cells;
  const byRef = new Map(cells.map((c) => [c.ref, c]));
  const copied = new Map<string, string>();
  return cells.map((c) => {
    const from = c.copiedFrom;
    if (from === undefined) return c;
    let r1c1 = copied.get(from);
    if (r1c1 === undefined) {
      const master = byRef.get(from);
      if (master?.formula === undefined) throw new Error(`${c.ref} copies the formula of ${from}, which has none`);
      r1c1 = toR1C1(master.formula, parseCell(from));
      if (r1c1 === undefined) throw new Error(`The formula of ${from} cannot be copied: ${master.formula}`);
      copied.set(from, r1c1);
    }
    const { copiedFrom: _, ...rest } = c;
    return { ...rest, formula: toA1(r1c1, parseCell(c.ref)) } as C;
  });
}
