import { cellAt, calcCells, calcRow, fx, inputRow, range, text, type Expr, type Row, type Value } from "../../src/calc";
import { Program, evaluate } from "../../src/calc/graph";

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

describe("Program: work done once, when the program is built", () => {
  const pricey = calcRow("test.pricey", "Pricey", fx`${x}*1000`);
  const cheap = calcRow("test.cheap", "Cheap", fx`${x}/2`);
  const chosen = calcRow("test.chosen", "Chosen", fx`IF(${kind}=${text("a")},${cheap},${pricey})`);

  test("an IF on a fixed condition reads only the branch it takes", () => {
    const a = new Program([x], [chosen], undefined, new Map([[kind, ["a"]]]));
    expect(a.run([[8]]).value(chosen)).toBe(4);
    expect(() => a.offset(pricey)).toThrow(/not computed/);
    const b = new Program([x], [chosen], undefined, new Map([[kind, ["b"]]]));
    expect(b.run([[8]]).value(chosen)).toBe(8000);
    expect(() => b.offset(cheap)).toThrow(/not computed/);
    // Given on each run, both branches are there.
    const both = new Program([kind, x], [chosen]);
    expect(both.run([["b"], [8]]).value(chosen)).toBe(8000);
    expect(both.run([["a"], [8]]).value(chosen)).toBe(4);
  });

  test("arithmetic read in place keeps Excel's rules: blanks are 0, errors and division by 0 propagate", () => {
    const blank = inputRow("test.blank", "Blank", null, { rule: { kind: "number", min: 0 }, prompt: "", source: "own" });
    const sum = calcRow("test.sum", "Sum", fx`${blank}+${x}`);
    const ratio = calcRow("test.ratio", "Ratio", fx`${x}/${blank}`);
    const chained = calcRow("test.chained", "Chained", fx`${ratio}*2`);
    const p = new Program([blank, x], [sum, chained]);
    const r = p.run([[null], [5]]);
    expect(r.value(sum)).toBe(5);
    expect(r.value(chained)).toMatchObject({ code: "#DIV/0!" });
    expect(p.run([[4], [6]]).value(chained)).toBe(3);
  });
});

describe("Program: a part written more than once", () => {
  const bands = inputRow("test.bands", "Bands", [1, 2, 3], { rule: { kind: "number", min: 0 }, prompt: "", source: "own" });
  // The same part, built twice, in each cell of a row of three, in one-cell rows and across rows.
  const part = () => fx`(${x}+SUM(${range(bands)}))/${bands}`;
  const each = calcRow("test.each", "Each", fx`${part()}*2+${part()}`, { size: 3 });
  const cells = calcCells(
    "test.cells",
    "Cells",
    [0, 1, 2].map((i) => fx`(${x}+SUM(${range(bands)}))/${cellAt(bands, i)}`),
  );
  const total = calcRow("test.total", "Total", fx`SUM(${range(each)})+(${x}+SUM(${range(bands)}))/${cellAt(bands, 0)}+${cellAt(cells, 0)}`);

  test("gives what working it out each time gives, run after run", () => {
    const shared = new Program([x, bands], [each, cells, total]);
    const plain = new Program([x, bands], [each, cells, total], undefined, undefined, false);
    for (const [v, b] of [
      [2, [1, 2, 3]],
      [0, [4, 0, 1]],
      [7.5, [0.5, 3, 9]],
    ] as const) {
      const a = shared.run([[v], b]);
      const p = plain.run([[v], b]);
      expect(a.row(each)).toEqual(p.row(each));
      expect(a.row(cells)).toEqual(p.row(cells));
      expect(a.value(total)).toEqual(p.value(total));
    }
    expect(shared.run([[2], [1, 2, 4]]).row(each)).toEqual([27, 13.5, 6.75]);
  });
});

describe("evaluate: a one-off evaluation, each row worked out when first read", () => {
  const pricey = calcRow("test.once.pricey", "Pricey", fx`${x}*1000`);
  const cheap = calcRow("test.once.cheap", "Cheap", fx`${x}/2`);
  const chosen = calcRow("test.once.chosen", "Chosen", fx`IF(${kind}=${text("a")},${cheap},${pricey})`);

  test("gives what a Program gives, for given values and left to the rows' own", () => {
    for (const k of ["a", "b"]) {
      for (const v of [0, 3, 7.5]) {
        const p = new Program([kind, x], [chosen, y]).run([[k], [v]]);
        const once = evaluate(
          new Map<Row, Value[]>([
            [kind, [k]],
            [x, [v]],
          ]),
          [chosen, y],
        );
        expect(once.value(chosen)).toBe(p.value(chosen));
        expect(once.value(y)).toBe(p.value(y));
      }
    }
    expect(evaluate([], [y]).value(y)).toBe(21);
  });

  test("works out only the branch an IF takes, and the display expression given for a row", () => {
    const r = evaluate([[kind, ["a"]]], [chosen]);
    expect(r.value(chosen)).toBe(1);
    expect(() => r.value(pricey)).toThrow(/not computed/);
    const shown = evaluate([], [y], (row) => (row === y ? fx`${x}+100` : undefined));
    expect(shown.value(y)).toBe(102);
  });

  test("a re-pointed row reads the rows it is pointed to, and only that row does", () => {
    const other = calcRow("test.once.other", "Other", fx`${x}*5`);
    const plain = calcRow("test.once.plain", "Plain", fx`${x}+${factor}`);
    const sum = calcRow("test.once.sum", "Sum", fx`${y}+${plain}`);
    const alias = new Map<Row, Row>([[x, other]]);
    const r = evaluate([[kind, ["a"]]], [sum], undefined, undefined, (row) => (row === y ? alias : undefined));
    // y reads 2 × 5 in place of x; plain still reads x.
    expect(r.value(y)).toBe(101);
    expect(r.value(plain)).toBe(12);
    expect(r.value(sum)).toBe(113);
  });

  test("refuses a row of another size read cell by cell and a row reading itself; a blank input reads as 0", () => {
    const three = calcRow("test.once.three", "Three", fx`${x}*3`, { size: 3 });
    const two = calcRow("test.once.two", "Two", fx`${three}+1`, { size: 2 });
    expect(() => evaluate([], [two])).toThrow("test.once.two (2 cells) reads test.once.three (3 cells) cell by cell");
    const loop: Row = calcRow("test.once.loop", "Loop", fx`${x}+1`);
    (loop as { expr?: Expr }).expr = fx`${loop}+1`;
    expect(() => evaluate([], [loop])).toThrow("Row test.once.loop depends on itself");
    const empty = inputRow("test.once.empty", "Empty", null, { rule: { kind: "number", min: 0 }, prompt: "", source: "own" });
    const reads = calcRow("test.once.reads", "Reads", fx`${empty}+1`);
    expect(evaluate([], [reads]).value(reads)).toBe(1);
  });
});
