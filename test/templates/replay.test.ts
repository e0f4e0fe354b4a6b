/**
 * The Sensitivity sheet's workings get their stored values by replaying the model (src/calc/replay.ts):
 * every workbook must come out exactly as it does when each copy's formula is evaluated, whether the
 * replay applies (every check OK, the base in use) or the workbook falls back to the formulas (a
 * scenario in use; a check that is not OK: test/layout/replay.test.ts).
 */
import fc from "fast-check";
import { replayValues } from "../../src/calc/replay";
import { OPTION_IDS, parseTemplateInputs, templateBuilder, type TemplateInputs } from "../../src/templates";
import { templateInputs } from "./arbitraries";

jest.mock("../../src/calc/replay", () => {
  const actual = jest.requireActual("../../src/calc/replay");
  return { ...actual, replayValues: jest.fn(actual.replayValues) };
});
const replays = replayValues as jest.Mock;

const CHOICES = OPTION_IDS.flatMap((option) => [
  { option, overlays: [] },
  { option, overlays: ["F" as const] },
]);
/** Two of them, for the cases below the first (building each twice takes a second or so). */
const SOME = [CHOICES[1], CHOICES[4]];

function expectSameWorkbooks(inputs: TemplateInputs | undefined, choices = SOME): number {
  replays.mockClear();
  const replayed = templateBuilder(inputs);
  const evaluated = templateBuilder(inputs, { replay: false });
  for (const choice of choices) expect(replayed(choice)).toEqual(evaluated(choice));
  return replays.mock.calls.length;
}

describe("stored values replayed are the values of the formulas", () => {
  it("at the defaults, where the replay applies to every option", () => {
    expect(expectSameWorkbooks(undefined, CHOICES)).toBe(CHOICES.length);
  });

  it("with a scenario in use, where the workbook falls back to the formulas", () => {
    const inputs = parseTemplateInputs({ scenarios: [{ name: "More tenants", values: { tenants: [60] } }], activeScenario: 2 });
    expect(expectSameWorkbooks(inputs)).toBe(0);
  });

  it("with the base chosen among named scenarios, where it applies", () => {
    const inputs = parseTemplateInputs({ scenarios: [{ name: "More tenants", values: { tenants: [60] } }], activeScenario: 1 });
    expect(expectSameWorkbooks(inputs)).toBe(SOME.length);
  });

  it("over random inputs", () => {
    for (const inputs of fc.sample(templateInputs, { numRuns: 3, seed: 20261206 })) expectSameWorkbooks(inputs);
  });
});
