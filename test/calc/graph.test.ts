import { calcRow, fx, inputRow, text } from "../../src/calc";
import { Program } from "../../src/calc/graph";

const kind = inputRow("test.kind", "Kind", "a", { rule: { kind: "list", list: ["a", "b"] }, prompt: "a or b", source: "own" });
const x = inputRow("test.x", "x", 2, { rule: { kind: "number", min: 0 }, prompt: "a number", source: "own" });
const factor = calcRow("test.factor", "Factor", fx`IF(${kind}=${text("a")},10,100)`);
const y = calcRow("test.y", "y", fx`${x}*${factor}+1`);

describe("Program: rows fixed when the program is built", () => {
  test("a row fixed by the program gives the same results as giving it on each run", () => {
    const given = new Program([kind, x], [y]);
    const fixedA = new Program([x], [y], undefined, new Map([[kind, ["a"]]]));
    const fixedB = new Program([x], [y], undefined, new Map([[kind, ["b"]]]));
    for (const v of [0, 2, 7.5]) {
      expect(fixedA.run([[v]]).value(y)).toBe(given.run([["a"], [v]]).value(y));
      expect(fixedB.run([[v]]).value(y)).toBe(given.run([["b"], [v]]).value(y));
    }
    expect(fixedB.run([[3]]).value(y)).toBe(301);
    expect(fixedA.run([[3]]).value(factor)).toBe(10);
  });

  test("a row left to its own value is fixed too; runs do not share their values", () => {
    const p = new Program([], [y]);
    const first = p.run([]);
    expect(first.value(y)).toBe(21);
    first.v[p.offset(y)] = 0;
    expect(p.run([]).value(y)).toBe(21);
  });
});
