/**
 * The model's generated program is the scheme's rows written out: the file is what the generator
 * writes from today's rows (not stale), and on any numbers it gives what the graph gives, to the bit.
 */
import * as fc from "fast-check";
import { readFileSync } from "fs";
import * as path from "path";
import { cellsOf } from "../../src/calc";
import { DEFAULT_SCHEME, PUBLISHED_SCHEME, type SchemeInputs } from "../../src/model";
import { SCHEME, SCHEME_OUT, modelProgramsSource } from "../../src/model/programs";
import { publishedScheme, publishedSchemeAt, publishedSchemeCells } from "../../src/model/programs.generated";
import { edgeNumber, sameCell } from "../support/generatedCode";
import { runs } from "../support/runs";

const FILE = path.join(__dirname, "../../src/model/programs.generated.ts");

test("programs.generated.ts is what `npm run generate` writes from the rows today", () => {
  expect(readFileSync(FILE, "utf8")).toBe(modelProgramsSource());
});

test("the published scheme's code gives every cell the graph gives, in the order of its rows", () => {
  const sizes = SCHEME.given.map((r) => r.size);
  const count = sizes.reduce((a, b) => a + b, 0);
  fc.assert(
    fc.property(fc.array(edgeNumber, { minLength: count, maxLength: count }), (cells) => {
      let next = 0;
      const given = sizes.map((n) => cells.slice(next, (next += n)));
      const graph = SCHEME.run(given);
      const expected = SCHEME_OUT.flatMap((row) => graph.row(row));
      const actual = publishedScheme(cells);
      expect(actual.length).toBe(expected.length);
      actual.forEach((v, i) => {
        if (!sameCell(v, expected[i])) expect([i, v]).toEqual([i, expected[i]]);
      });
      // Where the model reads each row's first cell.
      for (const row of SCHEME_OUT) {
        const at = publishedSchemeAt[row.id as keyof typeof publishedSchemeAt];
        if (!sameCell(actual[at], graph.value(row))) expect([row.id, actual[at]]).toEqual([row.id, graph.value(row)]);
      }
    }),
    { numRuns: runs(300) },
  );
});

test("the published scheme is given the inputs' cells as cellsOf reads them by the rows' keys", () => {
  const { onCosts: _left, ...noOnCosts } = PUBLISHED_SCHEME;
  const schemes = [
    PUBLISHED_SCHEME,
    { ...PUBLISHED_SCHEME, tenants: 40, bandHours: [1, 2, 3], onCosts: { ...PUBLISHED_SCHEME.onCosts, cover: 0.07 } },
    { ...PUBLISHED_SCHEME, nightHours: undefined, nightSupportShare: null },
    noOnCosts,
  ] as unknown as SchemeInputs[];
  for (const inputs of schemes) {
    expect(publishedSchemeCells(inputs, DEFAULT_SCHEME)).toEqual(SCHEME.given.flatMap((row) => cellsOf(inputs, DEFAULT_SCHEME, row)));
  }
  // A group left out is the default scheme's.
  expect(publishedSchemeCells(noOnCosts as SchemeInputs, DEFAULT_SCHEME).slice(-4)).toEqual([0.1, 0.04, 0.06, 35209.46]);
});
