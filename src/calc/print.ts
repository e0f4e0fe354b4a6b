/** Printing expressions as Excel formulas: the same tree the model evaluates. */
import type { Expr, Row } from "./expr";

/** Where a row's cells are, from the cell being written: "B5", "{inputs}!$B$5", "B5:D5". */
export interface Addresser {
  cell(row: Row, index: number): string;
  range(row: Row, from: number, to: number): string;
}

const PREC: Record<string, number> = { "=": 1, "<>": 1, "<": 1, "<=": 1, ">": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5 };

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function numberText(v: number): string {
  // Shortest text that reads back as the same double.
  return String(v);
}

/** The formula (without "=") for cell `index` of a row whose expression is `e`. */
export function printExpr(e: Expr, where: Addresser, index: number): string {
  const go = (x: Expr, parent: number, right: boolean): string => {
    switch (x.k) {
      case "num":
        return x.v < 0 ? `(${numberText(x.v)})` : numberText(x.v);
      case "str":
        return quote(x.v);
      case "bool":
        return x.v ? "TRUE" : "FALSE";
      case "ref":
        return where.cell(x.row, x.at ?? (x.row.size === 1 ? 0 : index));
      case "range":
        return where.range(x.row, x.from, x.to);
      case "neg": {
        const s = `-${go(x.a, 6, false)}`;
        return parent > 3 ? `(${s})` : s;
      }
      case "fn": {
        // Joined with +, not Array.join: a join copies the text of all that is inside, at every level of a deep formula.
        let s = `${x.f}(`;
        for (let j = 0; j < x.args.length; j++) s += j > 0 ? `,${go(x.args[j], 0, false)}` : go(x.args[j], 0, false);
        return `${s})`;
      }
      case "bin": {
        const p = PREC[x.op];
        const s = `${go(x.a, p, false)}${x.op}${go(x.b, p, true)}`;
        return p < parent || (p === parent && right) ? `(${s})` : s;
      }
    }
  };
  return go(e, 0, false);
}
