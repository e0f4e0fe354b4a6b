/** Arithmetic whose operands are read straight from the cells or are fixed numbers: the commonest step of the model. */
import { binary, cellIndex, type Compiled, type Slots } from "./cells";
import type { Expr } from "./expr";

/**
 * An operand read without a closure: a fixed number, or a cell at `j` (plus the cell being computed
 * when `step` is 1: a reference to a row of the same size). Undefined for anything else.
 */
export interface Operand {
  j: number;
  step: 0 | 1;
  fixed?: number;
}

export function operandOf(e: Expr, slots: Slots): Operand | undefined {
  if (e.k === "num") return { j: 0, step: 0, fixed: e.v };
  if (e.k !== "ref") return undefined;
  if (e.row.size !== 1 && e.at === undefined) return { j: slots(e.row), step: 1 };
  const cell = cellIndex(e.row, e.at, 0);
  const c = slots.known?.(e.row, cell);
  if (c === undefined) return { j: slots(e.row) + cell, step: 0 };
  return typeof c === "number" ? { j: 0, step: 0, fixed: c } : undefined;
}

/** Arithmetic on two operands read in place: the commonest step of the model, one closure and no calls. */
export function arithmeticInPlace(op: "+" | "-" | "*" | "/", a: Operand, b: Operand): Compiled {
  const { j: ja, step: sa } = a;
  const { j: jb, step: sb } = b;
  if (a.fixed !== undefined) {
    const x = a.fixed;
    if (b.fixed !== undefined) {
      const v = binary(op, x, b.fixed);
      return () => v;
    }
    switch (op) {
      case "+":
        return (read, i) => {
          const y = read[jb + sb * i];
          return typeof y === "number" ? x + y : binary(op, x, y);
        };
      case "-":
        return (read, i) => {
          const y = read[jb + sb * i];
          return typeof y === "number" ? x - y : binary(op, x, y);
        };
      case "*":
        return (read, i) => {
          const y = read[jb + sb * i];
          return typeof y === "number" ? x * y : binary(op, x, y);
        };
      default:
        return (read, i) => {
          const y = read[jb + sb * i];
          return typeof y === "number" && y !== 0 ? x / y : binary(op, x, y);
        };
    }
  }
  if (b.fixed !== undefined) {
    const y = b.fixed;
    switch (op) {
      case "+":
        return (read, i) => {
          const x = read[ja + sa * i];
          return typeof x === "number" ? x + y : binary(op, x, y);
        };
      case "-":
        return (read, i) => {
          const x = read[ja + sa * i];
          return typeof x === "number" ? x - y : binary(op, x, y);
        };
      case "*":
        return (read, i) => {
          const x = read[ja + sa * i];
          return typeof x === "number" ? x * y : binary(op, x, y);
        };
      default:
        return (read, i) => {
          const x = read[ja + sa * i];
          return typeof x === "number" && y !== 0 ? x / y : binary(op, x, y);
        };
    }
  }
  switch (op) {
    case "+":
      return (read, i) => {
        const x = read[ja + sa * i];
        const y = read[jb + sb * i];
        return typeof x === "number" && typeof y === "number" ? x + y : binary(op, x, y);
      };
    case "-":
      return (read, i) => {
        const x = read[ja + sa * i];
        const y = read[jb + sb * i];
        return typeof x === "number" && typeof y === "number" ? x - y : binary(op, x, y);
      };
    case "*":
      return (read, i) => {
        const x = read[ja + sa * i];
        const y = read[jb + sb * i];
        return typeof x === "number" && typeof y === "number" ? x * y : binary(op, x, y);
      };
    default:
      return (read, i) => {
        const x = read[ja + sa * i];
        const y = read[jb + sb * i];
        return typeof x === "number" && typeof y === "number" && y !== 0 ? x / y : binary(op, x, y);
      };
  }
}
