import { calcRow, fx, printExpr, type Addresser, type Row } from "../../src/calc";
import { cone, copyOf, mirrorCone, rowCopier } from "../../src/calc/cone";
import { inlineRows } from "../../src/calc/inline";
import { headlineRows, sensitivityLines } from "../../src/decisions/sensitivity";
import { projectionSource } from "../../src/decisions/source";
import { projectionRows } from "../../src/model/projection";
import { OPTION_IDS } from "../../src/options/ids";

/** Each row as its id and formula, references written as row ids: two sets of rows compare as text. */
const byId: Addresser = { cell: (row, i) => `${row.id}[${i}]`, range: (row, from, to) => `${row.id}[${from}:${to}]` };
const shapes = (rows: readonly Row[]) => rows.map((r) => `${r.id} = ${printExpr(r.expr!, byId, 0)}`);

/** A move's cone, folded as the Sensitivity sheet folds it: the rows the headlines read stay. */
function folded(results: readonly Row[], moves: ReadonlyMap<Row, Row>, tag: string) {
  const made: Row[] = [];
  const memo = cone(results, moves, tag, made);
  const heads = results.map((r, h) => calcRow(`test.${tag}.${h}`, "Head", fx`${memo.get(r)!}`));
  return { rows: inlineRows(made, [], heads), memo, tag };
}

describe("mirrorCone: a folded cone made again for other inputs", () => {
  // Every line of the Sensitivity sheet over every option's headlines, with and without pump priming:
  // the shapes never depend on the inputs' values, so these are all the cones the sheet folds.
  for (const [option, pumpPriming] of OPTION_IDS.flatMap((o) => [false, true].map((p) => [o, p] as const))) {
    const src = projectionSource(option, pumpPriming);
    const results = headlineRows(src, projectionRows(src));

    test(`is what copying and folding again gives, for every line of option ${option}${pumpPriming ? " with F" : ""}`, () => {
      let compared = 0;
      for (const { id, inputs } of sensitivityLines()) {
        const moved = (side: string) =>
          inputs.map((input) => calcRow(`test.${id}.${side}.${input.id}`, "Moved", fx`${input.row}*2`, { size: input.row.size }));
        const [low, high] = [moved("low"), moved("high")];
        const first = folded(results, new Map(inputs.map((input, k) => [input.row, low[k]])), `${id}.low`);
        const again = folded(results, new Map(inputs.map((input, k) => [input.row, high[k]])), `${id}.high`);
        const mirror = mirrorCone(first, new Map(low.map((r, k) => [r, high[k]])), `${id}.high`);
        expect(shapes(mirror.rows)).toEqual(shapes(again.rows));
        expect(results.map((r) => mirror.memo.get(r)!.id)).toEqual(results.map((r) => again.memo.get(r)!.id));
        compared += again.rows.length;
      }
      // The lines fold to rows of their own, not to nothing.
      expect(compared).toBeGreaterThan(50);
    });
  }

  test("refuses rows that are not the cone's", () => {
    const x = calcRow("test.x", "x", fx`1`);
    const y = calcRow("test.y", "y", fx`${x}+1`);
    expect(() => mirrorCone({ rows: [y], memo: new Map(), tag: "t" }, new Map(), "u")).toThrow("test.y is not a row of the cone t");
  });
});

describe("copyOf: what a row copier made a row from", () => {
  test("the original, its expression and the rows replaced, while neither expression has changed", () => {
    const a = calcRow("test.a", "A", fx`1`);
    const b = calcRow("test.b", "B", fx`2`);
    const r = calcRow("test.r", "R", fx`${a}*3`);
    const to = new Map([[a, b]]);
    const copy = rowCopier([r], to, (id) => `${id}@2`, "a test row")(r);
    expect(copyOf(copy)).toEqual({ from: r, fromExpr: r.expr, expr: copy.expr, to });
    expect(copyOf(r)).toBeUndefined();
    (copy as { expr?: unknown }).expr = fx`${b}*4`;
    expect(copyOf(copy)).toBeUndefined();
    const again = rowCopier([r], new Map([[a, b]]), (id) => `${id}@3`, "a test row")(r);
    (r as { expr?: unknown }).expr = fx`${a}*5`;
    expect(copyOf(again)).toBeUndefined();
  });
});
