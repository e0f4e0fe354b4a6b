import { calcRow, fx, type Expr } from "../../src/calc";

describe("fx: a formula parsed once and filled in at each call", () => {
  const a = calcRow("test.fx.a", "a", fx`1`);
  const b = calcRow("test.fx.b", "b", fx`2`);
  const guarded = (e: Expr | typeof a, check: typeof a) => fx`IF(${check}<>"OK",NA(),-${e}*2^3)`;

  test("each call gives the formula with its own parts, in new nodes", () => {
    const first = guarded(a, b);
    const second = guarded(b, a);
    expect(first).toEqual({
      k: "fn",
      f: "IF",
      args: [
        { k: "bin", op: "<>", a: { k: "ref", row: b }, b: { k: "str", v: "OK" } },
        { k: "fn", f: "NA", args: [] },
        {
          k: "bin",
          op: "*",
          a: { k: "neg", a: { k: "ref", row: a } },
          b: { k: "bin", op: "^", a: { k: "num", v: 2 }, b: { k: "num", v: 3 } },
        },
      ],
    });
    expect(second).toEqual({
      ...first,
      args: [
        { k: "bin", op: "<>", a: { k: "ref", row: a }, b: { k: "str", v: "OK" } },
        first.k === "fn" ? first.args[1] : first,
        {
          k: "bin",
          op: "*",
          a: { k: "neg", a: { k: "ref", row: b } },
          b: { k: "bin", op: "^", a: { k: "num", v: 2 }, b: { k: "num", v: 3 } },
        },
      ],
    });
    // Nothing of one call is shared with another but the parts given.
    if (first.k !== "fn" || second.k !== "fn") throw new Error("not a function");
    expect(first.args[1]).not.toBe(second.args[1]);
  });

  test("parts of any kind stay as given: an expression, a number, a text", () => {
    const part = fx`${a}+1`;
    const made = fx`SUM(${part},${4},${"\u00000 text"})`;
    expect(made).toEqual({ k: "fn", f: "SUM", args: [part, { k: "num", v: 4 }, { k: "str", v: "\u00000 text" }] });
    expect(made.k === "fn" && made.args[0]).toBe(part);
  });

  test("a formula that does not parse is refused at its first call, with its text", () => {
    expect(() => fx`IF(${a},1`).toThrow("Formula is missing ')' after IF's arguments: IF(${…},1");
  });
});
