/** Replaying the model for cone copies: each copy's value is its origin's with the inputs replaced and every other row held. */
import fc from "fast-check";
import { calcCells, calcRow, cone, evaluate, fx, inputRow, range, type Row, type Value } from "../../src/calc";
import { replayOf, replayReads, replayValues } from "../../src/calc/replay";

const price = inputRow("replay.price", "Price", 13.66, { rule: { kind: "number", min: 0 }, prompt: "a price", source: "own" });
const hours = inputRow("replay.hours", "Hours", [10, 20, 30], {
  size: 3,
  rule: { kind: "number", min: 0 },
  prompt: "hours",
  source: "own",
});
// A row of cells of their own: the copies read it where it is, so the replay holds it.
const fee = calcCells("replay.fee", "Fee", [fx`${price}*2`]);
const cost = calcRow("replay.cost", "Cost", fx`${hours}*${price}`, { size: 3 });
const total = calcRow("replay.total", "Total", fx`SUM(${range(cost, 0, 2)})+${fee}`);
const share = calcRow("replay.share", "Share", fx`IF(${total}>1000,${cost}/${total},0)`, { size: 3 });
const results = [total, share];

/** Moves of the price and of the hours, each a set of copies. */
function moves() {
  const movedPrice = calcRow("replay.price.moved", "Price moved", fx`${price}*1.1`);
  const movedHours = calcRow("replay.hours.moved", "Hours moved", fx`${hours}+5`, { size: 3 });
  return [new Map([[price, movedPrice]]), new Map([[hours, movedHours]])].map((inputs, k) => {
    const made: Row[] = [];
    return { made, replay: replayOf(inputs, cone(results, inputs, `m${k}`, made)) };
  });
}

describe("replayValues", () => {
  test("gives each copy the value its own formula gives, whatever the inputs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 3, maxLength: 3 }), (p, h) => {
        const values = new Map<Row, readonly Value[]>([
          [price, [p / 100]],
          [hours, h],
        ]);
        const ms = moves();
        const copies = ms.flatMap((m) => m.made);
        const all = [...copies, ...replayReads(ms.map((m) => m.replay))];
        const evaluated = evaluate(values, all);
        const replayed = replayValues(
          ms.map((m) => m.replay),
          values,
          (row) => evaluated.row(row),
        );
        expect(replayed.size).toBe(copies.length);
        for (const c of copies) expect(replayed.get(c)).toEqual(evaluated.row(c));
      }),
      { numRuns: 50, seed: 20261206 },
    );
  });

  test("holds a row the copies read where it is, even one that reads a moved input", () => {
    const [priceMove] = moves();
    expect([...priceMove.replay.copies.values()]).not.toContain(fee);
    expect(replayReads([priceMove.replay])).toContain(fee);
  });
});
