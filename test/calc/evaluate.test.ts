import fc from "fast-check";
import { constRow, type Expr, type Row, type Value } from "../../src/calc";
import { CalcError, type FunctionName } from "../../src/calc/expr";
import { compile, valueAt, type Slots } from "../../src/calc/evaluate";

/*
 * A one-off evaluation works each expression out directly (valueAt) instead of compiling it to
 * closures and running them once: both must give the same value for any expression on any cells.
 */
const CELL: fc.Arbitrary<Value> = fc.oneof(
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom("", "a", "B", "12", "As a grant", "TRUE"),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(new CalcError("#N/A"), new CalcError("#DIV/0!")),
);

const SIZE = 3;

function rows(cells: readonly Value[][]): Row[] {
  return cells.map((values, k) => constRow(`test.r${k}`, `r${k}`, values));
}

/** Expressions over rows r0 (one cell) and r1, r2 (three cells, read cell by cell, fixed cells or ranges). */
function expressions(rs: readonly Row[]): fc.Arbitrary<Expr> {
  const { expr } = fc.letrec<{ expr: Expr; leaf: Expr; many: Expr }>((tie) => ({
    leaf: fc.oneof(
      fc.double({ noNaN: true, min: -100, max: 100 }).map((v): Expr => ({ k: "num", v })),
      fc.integer({ min: -2, max: 4 }).map((v): Expr => ({ k: "num", v })),
      fc.constantFrom("a", "", "#,##0", "0.00").map((v): Expr => ({ k: "str", v })),
      fc.boolean().map((v): Expr => ({ k: "bool", v })),
      fc.constantFrom(...rs).map((row): Expr => ({ k: "ref", row })),
      fc.record({ row: fc.constantFrom(rs[1], rs[2]), at: fc.integer({ min: 0, max: SIZE - 1 }) }).map((r): Expr => ({ k: "ref", ...r })),
    ),
    many: fc.oneof(
      tie("expr"),
      fc
        .record({ row: fc.constantFrom(rs[1], rs[2]), from: fc.integer({ min: 0, max: SIZE - 1 }), n: fc.nat(SIZE - 1) })
        .map(({ row, from, n }): Expr => ({ k: "range", row, from, to: Math.min(SIZE - 1, from + n) })),
    ),
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      tie("leaf"),
      fc
        .record({ op: fc.constantFrom("+", "-", "*", "/", "^", "&", "=", "<>", "<", "<=", ">", ">="), a: tie("expr"), b: tie("expr") })
        .map(({ op, a, b }): Expr => ({ k: "bin", op, a, b }) as Expr),
      tie("expr").map((a): Expr => ({ k: "neg", a })),
      fc.tuple(tie("expr"), tie("expr"), fc.option(tie("expr"), { nil: undefined })).map(([c, t, o]): Expr => ({
        k: "fn",
        f: "IF",
        args: o ? [c, t, o] : [c, t],
      })),
      fc
        .record({ f: fc.constantFrom("SUM", "MAX", "MIN", "AND", "OR"), args: fc.array(tie("many"), { minLength: 1, maxLength: 3 }) })
        .map(({ f, args }): Expr => ({ k: "fn", f, args })),
      fc
        .record({ f: fc.constantFrom("NOT", "ISBLANK", "ISNUMBER", "INT", "ABS"), a: tie("expr") })
        .map(({ f, a }): Expr => ({ k: "fn", f, args: [a] })),
      fc
        .record({ f: fc.constantFrom("ROUND", "ROUNDUP", "TEXT"), a: tie("expr"), b: tie("expr") })
        .map(({ f, a, b }): Expr => ({ k: "fn", f, args: [a, b] })),
      fc.record({ a: tie("many"), b: tie("expr") }).map(({ a, b }): Expr => ({ k: "fn", f: "COUNTIF", args: [a, b] })),
      fc.array(tie("expr"), { minLength: 2, maxLength: 4 }).map((args): Expr => ({ k: "fn", f: "CHOOSE", args })),
      fc.constant<Expr>({ k: "fn", f: "NA", args: [] }),
    ),
  }));
  return expr;
}

/** A value, or the message of what was thrown, in a form toEqual compares (errors by their code). */
function outcome(f: () => Value): unknown {
  try {
    const v = f();
    return v instanceof CalcError ? { error: v.code } : Object.is(v, -0) ? 0 : v;
  } catch (e) {
    return { threw: (e as Error).message };
  }
}

describe("valueAt: the value compile() gives, without closures", () => {
  const world = fc
    .tuple(
      fc.array(CELL, { minLength: 1, maxLength: 1 }),
      fc.array(CELL, { minLength: SIZE, maxLength: SIZE }),
      fc.array(CELL, { minLength: SIZE, maxLength: SIZE }),
    )
    .chain((cells) => {
      const rs = rows(cells);
      return fc.tuple(fc.constant(rs), expressions(rs), fc.integer({ min: 0, max: SIZE - 1 }));
    });

  test("equals the compiled expression run once, with the cells read in place or fixed", () => {
    fc.assert(
      fc.property(world, ([rs, e, i]) => {
        const offsets = new Map<Row, number>();
        const flat: Value[] = [];
        for (const r of rs) {
          offsets.set(r, flat.length);
          flat.push(...r.values!);
        }
        const known = (r: Row, c: number) => r.values![c];
        const inPlace: Slots = (r: Row) => offsets.get(r)!;
        const fixed: Slots = Object.assign((r: Row) => offsets.get(r)!, { known });
        const direct = outcome(() => valueAt(e, i, known));
        expect(outcome(() => compile(e, inPlace)(flat, i))).toEqual(direct);
        expect(outcome(() => compile(e, fixed)(flat, i))).toEqual(direct);
      }),
      { seed: 20261206, numRuns: 3000 },
    );
  });

  test("works out only the IF or CHOOSE value taken", () => {
    const r = constRow("test.one", "one", [1]);
    const missing = constRow("test.missing", "missing", [0]);
    const known = (row: Row, c: number) => (row === r ? r.values![c] : undefined);
    const ifExpr: Expr = {
      k: "fn",
      f: "IF",
      args: [
        { k: "ref", row: r },
        { k: "num", v: 7 },
        { k: "ref", row: missing },
      ],
    };
    expect(valueAt(ifExpr, 0, known)).toBe(7);
    const choose: Expr = {
      k: "fn",
      f: "CHOOSE",
      args: [
        { k: "num", v: 2 },
        { k: "ref", row: missing },
        { k: "str", v: "b" },
      ],
    };
    expect(valueAt(choose, 0, known)).toBe("b");
    expect(() => valueAt({ k: "ref", row: missing }, 0, known)).toThrow(/test.missing\[0\] is read before it is worked out/);
  });

  test("refuses a call with the wrong number of arguments as compile() does", () => {
    const one: Expr = { k: "num", v: 1 };
    const calls: [FunctionName, number, RegExp][] = [
      ["IF", 1, /^IF takes 2 to 3 arguments$/],
      ["IF", 4, /^IF takes 2 to 3 arguments$/],
      ["NOT", 2, /^NOT takes 1 arguments$/],
      ["ROUND", 1, /^ROUND takes 2 arguments$/],
      ["NA", 1, /^NA takes 0 arguments$/],
      ["CHOOSE", 1, /^CHOOSE takes an index and at least one value$/],
    ];
    for (const [f, n, message] of calls) {
      const e: Expr = { k: "fn", f, args: Array<Expr>(n).fill(one) };
      expect(() => valueAt(e, 0, () => 0)).toThrow(message);
      expect(() => compile(e, () => 0)).toThrow(message);
    }
  });
});
