import { headCount, round, roundUp } from "../../src/model";

describe("Excel rounding", () => {
  test.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [0.125, 2, 0.13],
    [1234.5678, -2, 1200],
    [26996.736, 2, 26996.74],
  ])("ROUND(%p, %p) = %p", (x, d, want) => expect(round(x, d)).toBe(want));

  test.each([
    [7.000000000000001, 0, 7],
    [7.01, 0, 8],
    [-7.01, 0, -8],
    [9.45, 0, 10],
    [0, 0, 0],
    [3.14159, 2, 3.15],
  ])("ROUNDUP(%p, %p) = %p", (x, d, want) => expect(roundUp(x, d)).toBe(want));

  test("head-count guard", () => {
    expect(headCount(25, 0.28)).toBe(7);
    expect(headCount(100, 0.07)).toBe(7);
    expect(headCount(35, 0.27)).toBe(10);
    expect(headCount(3, 0.1)).toBe(1);
  });
});
