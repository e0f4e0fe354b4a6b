/**
 * A sheet of cone copies gets its stored values by replaying the model only where every cell shows
 * its row's value: a check that is not OK holds results back as #N/A, and then every formula is evaluated.
 */
import { calcRow, cone, fx, inputRow, type Row, type Value } from "../../src/calc";
import { replayOf, replayValues } from "../../src/calc/replay";
import { SheetLayout, renderLayouts } from "../../src/layout/layout";

jest.mock("../../src/calc/replay", () => {
  const actual = jest.requireActual("../../src/calc/replay");
  return { ...actual, replayValues: jest.fn(actual.replayValues) };
});
const replays = replayValues as jest.Mock;

const tenants = inputRow("replayed.tenants", "Tenants", 40, { rule: { kind: "whole", min: 1 }, prompt: "tenants", source: "own" });
const check = calcRow("replayed.check", "Check", fx`IF(${tenants}>100,"Too many tenants.","OK")`, { check: true });
const hours = calcRow("replayed.hours", "Hours", fx`${tenants}*7.5`);
const cost = calcRow("replayed.cost", "Cost", fx`${hours}*13.66`);

function layouts() {
  const model = new SheetLayout("model", "Model", { columns: [20, 10], orientation: "portrait" }, check);
  model.line([{ row: tenants }]);
  model.line([{ row: check }]);
  model.line([{ row: hours }]);
  model.line([{ row: cost }]);
  const moved = calcRow("replayed.moved", "Tenants, moved up", fx`${tenants}*1.1`);
  const made: Row[] = [];
  const memo = cone([cost], new Map([[tenants, moved]]), "up", made);
  const workings = new SheetLayout("workings", "Workings", { columns: [20, 10], orientation: "portrait" }, check);
  workings.line([{ row: moved }]);
  for (const r of made) workings.line([{ row: r }]);
  workings.replays.push(replayOf(new Map([[tenants, moved]]), memo));
  return [model, workings];
}

const stored = (values: ReadonlyMap<Row, readonly Value[]>, replay: boolean) =>
  renderLayouts(layouts(), values, undefined, undefined, { replay }).sheets.map((s) => s.cells.map((c) => [c.ref, c.formula, c.cached]));

describe("renderLayouts with replays", () => {
  beforeEach(() => replays.mockClear());

  test("replays when every check is OK, with the values of the formulas", () => {
    const values = new Map([[tenants, [40]]]);
    const replayed = stored(values, true);
    expect(replays).toHaveBeenCalledTimes(1);
    expect(replayed).toEqual(stored(values, false));
    // The moved cost: 44 tenants, 7.5 hours each, at £13.66.
    expect(replayed[1]).toContainEqual(["A3", expect.any(String), expect.closeTo(4507.8, 9)]);
  });

  test("evaluates every formula when a check holds results back", () => {
    const values = new Map([[tenants, [150]]]);
    const evaluated = stored(values, true);
    expect(replays).not.toHaveBeenCalled();
    expect(evaluated).toEqual(stored(values, false));
    expect(evaluated[1]).toContainEqual(["A3", expect.any(String), { error: "#N/A" }]);
  });
});
