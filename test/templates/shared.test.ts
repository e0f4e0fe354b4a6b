/**
 * The workbooks of one option share their sheets, rendered and placed once, and those of every
 * option share the inputs and the model's sheets: each must come out exactly as it does built on
 * its own, whatever the inputs and the order they are built in.
 */
import {
  OPTION_IDS,
  OVERLAY_IDS,
  buildTemplate,
  parseTemplateInputs,
  placeTemplate,
  templateBuilder,
  type OverlayId,
} from "../../src/templates";

const SETS: OverlayId[][] = OVERLAY_IDS.reduce<OverlayId[][]>((acc, o) => [...acc, ...acc.map((x) => [...x, o])], [[]]);

describe("workbooks built together are the workbooks built alone", () => {
  const cases = [
    { name: "defaults", inputs: undefined },
    {
      name: "other inputs, a scenario in use",
      inputs: parseTemplateInputs({
        tenants: 48,
        nightHours: 20,
        bandShares: [0.3, 0.4, 0.3],
        scenarios: [{ name: "More tenants", values: { tenants: [60] } }],
        activeScenario: 2,
      }),
    },
  ];
  test.each(cases)("$name: one option with every set of overlays, built in order and again in reverse", ({ inputs }) => {
    const choices = SETS.map((overlays) => ({ option: "C" as const, overlays, scheme: "Elm Court" }));
    const alone = new Map(choices.map((c) => [c, placeTemplate(buildTemplate(c, inputs))]));
    const build = templateBuilder(inputs);
    for (const choice of [...choices, ...[...choices].reverse()]) expect(placeTemplate(build(choice))).toEqual(alone.get(choice));
  });

  test.each(cases)("$name: every option, with and without pump priming, built in order and again in reverse", ({ inputs }) => {
    const choices = OPTION_IDS.flatMap((option) => [[], ["F" as const]].map((overlays) => ({ option, overlays })));
    const alone = new Map(choices.map((c) => [c, placeTemplate(buildTemplate(c, inputs))]));
    const build = templateBuilder(inputs);
    for (const choice of [...choices, ...[...choices].reverse()]) expect(placeTemplate(build(choice))).toEqual(alone.get(choice));
  });
});
