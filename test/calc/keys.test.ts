import fc from "fast-check";
import ts from "typescript";
import { cellsOf, emitCellsReader, inputRow, valuesOf, withCells, type Row, type Value } from "../../src/calc";
import { EXAMPLE_FIGURE } from "../../src/model/sources";

const row = (id: string, key: string | undefined, values: (number | null)[]): Row =>
  inputRow(id, id, values, { source: EXAMPLE_FIGURE, rule: { kind: "number", min: 0, blank: true }, prompt: "", key });

const rate = row("rate", "pay.rate", [10]);
const shares = row("shares", "bandShares", [0.2, 0.3, 0.5]);
const deep = row("deep", "options.B.spotPrice", [null]);
const DEFAULTS = { pay: { rate: 12.71, hours: 37 }, bandShares: [0.27, 0.46, 0.27], options: { B: { spotPrice: null, share: 1 } } };

describe("reading an input by its key", () => {
  test("a value the inputs give, a list as the row's cells", () => {
    expect(cellsOf({ pay: { rate: 11 } }, DEFAULTS, rate)).toEqual([11]);
    expect(cellsOf({ bandShares: [0.1, 0.2, 0.7] }, DEFAULTS, shares)).toEqual([0.1, 0.2, 0.7]);
  });
  test("a group the inputs leave out comes from the defaults; a blank (null) is kept", () => {
    expect(cellsOf({}, DEFAULTS, rate)).toEqual([12.71]);
    expect(cellsOf({ options: { B: { spotPrice: null } } }, { options: { B: { spotPrice: 14 } } }, deep)).toEqual([null]);
  });
  test("a row without a key is an error naming it", () => {
    expect(() => cellsOf({}, DEFAULTS, row("noKey", undefined, [1]))).toThrow("noKey");
  });
  test("valuesOf maps each row to its cells", () => {
    const v = valuesOf({ pay: { rate: 9 } }, DEFAULTS, [rate, shares]);
    expect([...v.entries()]).toEqual([
      [rate, [9]],
      [shares, [0.27, 0.46, 0.27]],
    ]);
  });
});

describe("writing an input by its key", () => {
  test("sets the value at the key, keeps the rest, and does not change the inputs given", () => {
    const inputs = { tenants: 35, pay: { rate: 11, hours: 30 } };
    const out = withCells(inputs, DEFAULTS, rate, [13]);
    expect(out).toEqual({ tenants: 35, pay: { rate: 13, hours: 30 } });
    expect(inputs.pay.rate).toBe(11);
  });
  test("a group the inputs leave out is filled from the defaults first", () => {
    expect(withCells({ tenants: 35 }, DEFAULTS, deep, [15])).toEqual({ tenants: 35, options: { B: { spotPrice: 15, share: 1 } } });
  });
  test("a row of several cells is written as a list", () => {
    expect(withCells({}, DEFAULTS, shares, [0.5, 0.25, 0.25])).toEqual({ bandShares: [0.5, 0.25, 0.25] });
  });
  test("what is written is what is read back, for any value", () => {
    fc.assert(
      fc.property(fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }), (v) => {
        expect(cellsOf(withCells({}, DEFAULTS, deep, [v]), DEFAULTS, deep)).toEqual([v]);
        expect(cellsOf(withCells({}, DEFAULTS, rate, [v]), DEFAULTS, rate)).toEqual([v]);
      }),
    );
  });
});

describe("the reader written out as code", () => {
  const odd = row("odd", "options.B.spot-price", [null]);
  const rows = [rate, shares, deep, odd];
  const code = emitCellsReader("read", rows, "Inputs");
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const read = new Function(`${js.replace("export ", "")}\nreturn read;`)() as (inputs: object, defaults: object) => Value[];
  const defaults = { ...DEFAULTS, options: { B: { spotPrice: 14, "spot-price": 3 } } };

  test("reads each key, in the rows' order, and a key that is not a name too", () => {
    expect(code).toContain("inputs.options?.B?.spotPrice");
    expect(code).toContain('inputs.options?.B?.["spot-price"]');
  });
  test("gives the cells cellsOf gives, whatever the inputs give or leave out", () => {
    const cell = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const inputs = fc.record({
      pay: maybe(fc.record({ rate: maybe(cell) }, { requiredKeys: [] })),
      bandShares: maybe(fc.array(fc.double({ noNaN: true }), { minLength: 3, maxLength: 3 })),
      options: maybe(
        fc.oneof(fc.constant(null), fc.record({ B: maybe(fc.record({ spotPrice: maybe(cell), "spot-price": maybe(cell) })) })),
      ),
    });
    fc.assert(
      fc.property(inputs, (given) => {
        expect(read(given, defaults)).toEqual(rows.flatMap((r) => cellsOf(given, defaults, r)));
      }),
    );
  });
});
