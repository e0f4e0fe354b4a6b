/**
 * What the tests of generated programs share: numbers around the model's edges, and a comparison of
 * cells to the bit.
 */
import * as fc from "fast-check";
import { CalcError, type Value } from "../../src/calc";

/** Numbers around the model's edges: 0 (divisions), shares, whole numbers, tiny and huge amounts. */
export const edgeNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 0.27, 0.46, 1e-9, 0.1 + 0.2, 1.005, 2.675, 7, 35, 126, 1e6, 1e12, -1e12, 5000, 12.71, 26000),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: -3, max: 200 }),
);

/** Same value: numbers bit for bit (NaN equals NaN, 0 is not -0), errors by code. */
export function sameCell(a: Value, b: Value): boolean {
  if (a instanceof CalcError || b instanceof CalcError) return a instanceof CalcError && b instanceof CalcError && a.code === b.code;
  return Object.is(a, b);
}
