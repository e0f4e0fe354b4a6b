/** Folding rows into the formulas that read them: fewer rows, the same numbers bit for bit, and only where a cell and a folded formula behave alike. */
import fc from "fast-check";
import { calcRow, constRow, fx, inputRow, printExpr, range, type Row } from "../../src/calc";
import { Program } from "../../src/calc/graph";
import { inlineRows, settled } from "../../src/calc/inline";

const price = inputRow("test.price", "Price", 13.66, { rule: { kind: "number", min: 0 }, prompt: "a price", source: "own" });
const hours = inputRow("test.hours", "Hours", 782, { rule: { kind: "number", min: 0 }, prompt: "hours", source: "own" });
const override = inputRow("test.override", "Override", null, {
  rule: { kind: "number", min: 0, blank: true },
  prompt: "blank or a price",
  source: "own",
});
const month = constRow(
  "test.month",
  "Month",
  Array.from({ length: 24 }, (_, m) => m + 1),
);

/** A fresh copy of a small model: a price used, hours by month, cost by month, two years and a total. */
function model() {
  const used = calcRow("test.used", "Price used", fx`IF(ISBLANK(${override}),${price},${override})`);
  const monthHours = calcRow("test.monthHours", "Hours by month", fx`IF(${month}<=6,${hours}/2,${hours})`, { size: 24 });
  const cost = calcRow("test.cost", "Cost by month", fx`${monthHours}*${used}*52/12`, { size: 24 });
  const year1 = calcRow("test.year1", "Year 1", fx`SUM(${range(cost, 0, 11)})`);
  const year2 = calcRow("test.year2", "Year 2", fx`SUM(${range(cost, 12, 23)})`);
  const total = calcRow("test.total", "Total", fx`${year1}+${year2}`);
  return { used, monthHours, cost, year1, year2, total, rows: [used, monthHours, cost, year1, year2] as Row[] };
}

const run = (total: Row, p: number, h: number, o: number | null) =>
  new Program([price, hours, override], [total]).run([[p], [h], [o]]).value(total);

describe("inlineRows", () => {
  test("rows read once fold into their reader; the total is the same number", () => {
    const plain = model();
    const folded = model();
    const kept = inlineRows(folded.rows, [folded.total]);
    expect(kept.length).toBeLessThan(folded.rows.length);
    expect(kept).not.toContain(folded.cost);
    for (const [p, h, o] of [
      [13.66, 782, null],
      [10.1, 33.3, 7.77],
      [0, 1e6, null],
    ] as const)
      expect(run(folded.total, p, h, o)).toBe(run(plain.total, p, h, o));
    // Year 1 now sums the twelve months' formulas itself.
    const where = { cell: (r: Row, i: number) => `${r.id}[${i}]`, range: (r: Row, a: number, b: number) => `${r.id}[${a}:${b}]` };
    const year1 = kept.find((r) => r.id === "test.year1") ?? folded.total;
    expect(printExpr(year1.expr!, where, 0)).toContain("SUM(");
  });

  test("the same numbers for any inputs (property)", () => {
    const plain = model();
    const folded = model();
    inlineRows(folded.rows, [folded.total]);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 1e4, noNaN: true })),
        (p, h, o) => Object.is(run(folded.total, p, h, o), run(plain.total, p, h, o)),
      ),
      { seed: 20261204, numRuns: 200 },
    );
  });

  test("a row a fixed reader reads keeps its cell", () => {
    const m = model();
    const kept = inlineRows(m.rows, [], [m.year1, m.year2]);
    expect(kept).toContain(m.cost);
  });

  test("a row read inside ISBLANK keeps its cell (a formula is never blank, a pink cell may be)", () => {
    const copy = calcRow("test.copy", "Copy of the override", fx`${override}`);
    const reader = calcRow("test.reader", "Reader", fx`IF(ISBLANK(${copy}),1,2)`);
    expect(inlineRows([copy], [reader])).toEqual([copy]);
  });

  test("a row that may give text keeps its cell inside a SUM (SUM skips a cell's text, not a formula's)", () => {
    const maybe = calcRow("test.maybe", "Maybe text", fx`IF(${hours}>0,${hours},"")`, { size: 3 });
    const sum = calcRow("test.sum", "Sum", fx`SUM(${range(maybe)})`);
    expect(inlineRows([maybe], [sum])).toEqual([maybe]);
    const number = calcRow("test.number", "Number", fx`IF(${hours}>0,${hours},0)`, { size: 3 });
    const sum2 = calcRow("test.sum2", "Sum", fx`SUM(${range(number)})`);
    expect(inlineRows([number], [sum2])).toEqual([]);
  });

  test("folding stops where a formula would pass 24 levels of functions, and goes on from the row kept", () => {
    const chain: Row[] = [];
    for (let k = 1; k <= 30; k++) chain.push(calcRow(`test.abs${k}`, "Abs", k === 1 ? fx`ABS(${hours})` : fx`ABS(${chain[k - 2]})`));
    const total = calcRow("test.absTotal", "Total", fx`${chain[29]}`);
    // Rows 1 to 23 fold into row 24, 24 levels deep; row 24 keeps its cell, and rows 25 to 30 fold into the total.
    expect(inlineRows(chain, [total])).toEqual([chain[23]]);
    const where = { cell: (r: Row) => r.id, range: (r: Row) => r.id };
    expect(printExpr(chain[23].expr!, where, 0)).toBe(`${"ABS(".repeat(24)}test.hours${")".repeat(24)}`);
    expect(printExpr(total.expr!, where, 0)).toBe(`${"ABS(".repeat(6)}test.abs24${")".repeat(6)}`);
  });

  test("a folded guard inside a reader with the same guard is written once; the numbers are the same", () => {
    const valid = calcRow("test.valid", "Valid", fx`${hours}>0`);
    const pay = calcRow("test.pay", "Pay", fx`IF(${valid},${hours}*${price},"")`);
    const total = calcRow("test.guarded", "Total", fx`IF(${valid},${pay}+IF(${valid},1,2),IF(${valid},3,${pay}))`);
    const plainTotal = calcRow("test.plainGuarded", "Total", total.expr!);
    inlineRows([pay], [total]);
    const where = { cell: (r: Row) => r.id, range: (r: Row) => r.id };
    // The pay's own guard goes, inside the then branch and the else branch alike.
    expect(printExpr(total.expr!, where, 0)).toBe('IF(test.valid,test.hours*test.price+1,"")');
    for (const [h, p] of [
      [782, 13.66],
      [0, 13.66],
      [-1, 2],
    ])
      expect(new Program([price, hours], [total]).run([[p], [h]]).value(total)).toEqual(
        new Program([price, hours], [plainTotal]).run([[p], [h]]).value(plainTotal),
      );
  });

  test("an IF whose test an outer IF settled takes its branch: then, else, or FALSE without one", () => {
    const valid = calcRow("test.valid2", "Valid", fx`${hours}>0`);
    const where = { cell: (r: Row) => r.id, range: (r: Row) => r.id };
    const show = (e: Parameters<typeof settled>[0]) => printExpr(settled(e), where, 0);
    expect(show(fx`IF(${valid},IF(${valid},1,2),IF(${valid},3,4))`)).toBe("IF(test.valid2,1,4)");
    expect(show(fx`IF(${valid},1,IF(${valid},3))`)).toBe("IF(test.valid2,1,FALSE)");
    // A different test, or the same one outside the IF, stays.
    expect(show(fx`IF(${valid},IF(${hours}>1,1,2),3)+IF(${valid},5,6)`)).toBe("IF(test.valid2,IF(test.hours>1,1,2),3)+IF(test.valid2,5,6)");
  });
});
