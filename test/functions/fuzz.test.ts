import * as fc from "fast-check";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as ECH from "../../src/functions/functions";
import { runs } from "../support/runs";
import { functionFiles } from "../../scripts/functionFiles";

/**
 * Promise 2: bad input gets a clear error. Any arguments at all — text, blanks, booleans, Excel
 * errors, huge and tiny numbers, NaN-producing combinations, ranges of any shape, 0 tenants — give a
 * finite result or a CustomFunctions.Error whose message starts with the name of one of the
 * function's own parameters.
 */
const isError = (v: unknown): v is CustomFunctions.Error => v instanceof CustomFunctions.Error;

const number = fc.oneof(
  fc.double(),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.integer({ min: -5, max: 250 }),
  fc.constantFrom(0, 1, 0.5, 0.27, 1e-300, -1e-300, 1e308, Number.MAX_VALUE, Number.MIN_VALUE, 35, 126),
);
const cell = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "", " ") },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(CustomFunctions.ErrorCode.notAvailable, CustomFunctions.ErrorCode.divisionByZero)
      .map((code) => new CustomFunctions.Error(code)),
  },
);
const range = fc.oneof(
  fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
  fc.array(cell, { minLength: 0, maxLength: 7 }).map((r) => [r]),
  fc.array(cell, { minLength: 1, maxLength: 7 }).map((c) => c.map((x) => [x])),
  fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(number, { minLength: n, maxLength: n }).map((r) => [r])),
);
const arg = fc.oneof(cell, range);

describe("every ECH function under fuzzing", () => {
  let params: Record<string, string[]>;
  beforeAll(async () => {
    const meta = await generateCustomFunctionsMetadata(functionFiles());
    params = Object.fromEntries(
      JSON.parse(meta.metadataJson).functions.map((f: { id: string; parameters: { name: string }[] }) => [
        f.id.toLowerCase(),
        f.parameters.map((p) => p.name),
      ]),
    );
  }, 30000);

  const finite = (v: unknown): boolean =>
    (typeof v === "number" && Number.isFinite(v)) || (Array.isArray(v) && v.length > 0 && v.every(finite));

  test.each(Object.keys(ECH))("%s: no exception, no NaN, errors name an argument", (name) => {
    const f = (ECH as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
    const names = params[name];
    expect(names.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(arg, { minLength: 0, maxLength: names.length + 1 }), (args) => {
        const v = f(...args);
        if (isError(v)) {
          expect([CustomFunctions.ErrorCode.invalidValue, CustomFunctions.ErrorCode.invalidNumber]).toContain(v.code);
          const named = names.find((n) => (v.message ?? "").startsWith(`${n}: `));
          expect(named).toBeDefined();
        } else {
          expect(finite(v)).toBe(true);
        }
      }),
      { numRuns: runs(1000) },
    );
  });
});
