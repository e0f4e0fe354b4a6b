/**
 * The functions' generated programs are the graph's programs written out: the file is what the
 * generator writes from today's rows (not stale), and on any cells each gives what the graph gives,
 * errors included, to the bit.
 */
import * as fc from "fast-check";
import { readFileSync } from "fs";
import * as path from "path";
import { CalcError, type Row, type Value } from "../../src/calc";
import { programSpecs, programsSource, type ProgramSpec } from "../../src/functions/programs";
import * as Generated from "../../src/functions/programs.generated";
import { edgeNumber, sameCell } from "../support/generatedCode";
import { runs } from "../support/runs";

const FILE = path.join(__dirname, "../../src/functions/programs.generated.ts");

test("programs.generated.ts is what `npm run generate` writes from the rows today", () => {
  expect(readFileSync(FILE, "utf8")).toBe(programsSource());
});

const anyValue = fc.oneof(
  { weight: 4, arbitrary: edgeNumber as fc.Arbitrary<Value> },
  { weight: 1, arbitrary: fc.constantFrom<Value>(null, "", "OK", "x", "12", true, false, new CalcError("#N/A"), new CalcError("#DIV/0!")) },
);

/** Text as a list's words are given, in any case, and other words. */
const words = fc.oneof(
  fc.constantFrom(
    "Yes",
    "No",
    "yes",
    "NO",
    "Waking nights",
    "Sleep-in nights",
    "As a grant",
    "AS A GRANT",
    "Through the service charge",
    "",
  ),
  fc.constantFrom("As care, from the care budget", "From care and housing support budgets", "x", "Ä", "yes "),
);

function graphCells(spec: ProgramSpec, given: readonly (readonly Value[])[]): Value[] {
  const result = spec.program.run(given);
  const rows: readonly Row[] = spec.out ?? spec.program.wanted;
  return rows.flatMap((row) => result.row(row));
}

type Generated = (c: readonly (readonly Value[])[]) => Value[];
const cases: [string, ProgramSpec, Generated][] = Object.entries(programSpecs()).flatMap(([name, spec]) => {
  if ("data" in spec) return [];
  if ("program" in spec) return [[name, spec as ProgramSpec, (Generated as unknown as Record<string, Generated>)[name]]];
  const family = (Generated as unknown as Record<string, Record<string, Generated>>)[name];
  return Object.entries(spec as Record<string, ProgramSpec>).map(([key, s]): [string, ProgramSpec, Generated] => [
    `${name} ${key}`,
    s,
    family[key],
  ]);
});

test("every program the generated module exports is tested", () => {
  const exported = Object.values(Generated as unknown as Record<string, unknown>).flatMap((x) =>
    typeof x === "function" ? [x] : typeof x === "object" && x !== null ? Object.values(x).filter((f) => typeof f === "function") : [],
  );
  expect(exported.length).toBeGreaterThan(15);
  expect(new Set(cases.map(([, , run]) => run))).toEqual(new Set(exported));
});

describe.each(cases)("%s: the generated code gives what the graph gives", (_, spec, run) => {
  const free = spec.options?.free;
  const { anyValue: anyCells, numberOrBlank, text } = spec.options ?? {};
  const cellOf = (r: Row): fc.Arbitrary<Value> =>
    anyCells?.has(r)
      ? anyValue
      : numberOrBlank?.has(r)
        ? fc.oneof(edgeNumber as fc.Arbitrary<Value>, fc.constant(null))
        : text?.has(r)
          ? (words as fc.Arbitrary<Value>)
          : (edgeNumber as fc.Arbitrary<Value>);
  const givenRows = spec.program.given;
  const count = spec.lengthOf ? Math.max(...spec.lengthOf.values()) + 1 : 0;
  const lengths = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: count, maxLength: count });

  test("on random cells, edge values and errors included", () => {
    fc.assert(
      fc.property(
        lengths.chain((ls) => {
          const sizes = givenRows.map((r) => (free?.has(r) ? ls[spec.lengthOf!.get(r)!] : r.size));
          const cells = givenRows.map((r, i) => fc.array(cellOf(r), { minLength: sizes[i], maxLength: sizes[i] }));
          return fc.tuple(fc.constant(ls), fc.tuple(...cells));
        }),
        ([ls, given]) => {
          const graph = spec.sized && ls.length > 0 ? spec.sized(ls) : spec;
          const expected = graphCells(graph, given);
          const actual = run(given);
          expect(actual.length).toBe(expected.length);
          actual.forEach((v, i) => {
            if (!sameCell(v, expected[i])) expect([i, v]).toEqual([i, expected[i]]);
          });
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
