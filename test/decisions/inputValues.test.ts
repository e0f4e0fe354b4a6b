import type { Value } from "../../src/calc";
import { inputValues, withValue } from "../../src/decisions/inputValues";
import { DEFAULT_TEMPLATE_INPUTS } from "../../src/decisions/templateInputs";
import { ALL_OPTION_IDS } from "../../src/options/registry";

const VALUES = inputValues(DEFAULT_TEMPLATE_INPUTS, "Scheme", ALL_OPTION_IDS);
const KEYED = [...VALUES.keys()].filter((row) => row.input?.key);

/** A value of the row's kind that differs from the one it has. */
function other(cell: Value, k: number): Value {
  if (typeof cell === "number") return cell + 1 + k;
  if (typeof cell === "string") return `${cell}!`;
  return 5 + k;
}

describe("the pink cells by key", () => {
  test("every pink cell the inputs set has a key: the scheme, the pay, the cover, the projection, the contributions and the options", () => {
    expect(KEYED.length).toBeGreaterThan(80);
    for (const key of [
      "tenants",
      "onCosts.ni",
      "pay.teamLeaderRate",
      "minimumCover.daysPerWeek",
      "projection.discountRate",
      "options.C.additionalHours",
    ])
      expect(KEYED.map((r) => r.input!.key)).toContain(key);
  });

  test("an input written by withValue is what its pink cell then shows, and no other cell changes", () => {
    for (const row of KEYED) {
      const cells = VALUES.get(row)!.map(other);
      const after = inputValues(withValue(DEFAULT_TEMPLATE_INPUTS, row, cells), "Scheme", ALL_OPTION_IDS);
      expect([row.id, after.get(row)]).toEqual([row.id, cells]);
      for (const [r, v] of after) if (r !== row) expect([r.id, v]).toEqual([r.id, VALUES.get(r)]);
    }
  });

  test("the defaults' values are the rows' own defaults where the inputs do not change them", () => {
    const cover = KEYED.find((r) => r.input!.key === "minimumCover.nightHoursPerNight")!;
    expect(VALUES.get(cover)).toEqual(cover.values);
  });
});
