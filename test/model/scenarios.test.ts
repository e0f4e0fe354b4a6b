/** Scenarios: the model applies a partial set of inputs; switching ECH_ActiveScenario moves every headline result to the model's value. */
import fc from "fast-check";
import { projectContract, type ProjectionChoice } from "../../src/decisions/projection";
import { compareScenarios, scenarioHeadlines, scenarioInputs, SCENARIO_COUNT, type ScenarioValues } from "../../src/decisions/scenarios";
import { HEADLINES, type Headlines } from "../../src/decisions/sensitivity";
import { DEFAULT_PROJECTION, InputError } from "../../src/model";
import { buildTemplate, PUBLISHED_TEMPLATE_INPUTS, parseTemplateInputs, placeTemplate, type TemplateInputs } from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { runs } from "../support/runs";

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
// £10 a week from every tenant: the net cost is not the cost.
const INPUTS: TemplateInputs = {
  ...PUBLISHED_TEMPLATE_INPUTS,
  projection: { ...DEFAULT_PROJECTION, payUplift: 0.03, nonPayUplift: 0.02 },
  averageContributions: [10, 10, 10],
};
const headlinesOf = (c: ProjectionChoice, i: TemplateInputs): Headlines => {
  const p = projectContract(c, i);
  return { unitCost: p.unitCostPerHour, councilYear: p.councilAnnualCost, councilNetYear: p.councilNetYear, npv: p.npv };
};
const expectHeadlines = (a: Headlines, b: Headlines) => HEADLINES.forEach((h) => close(a[h.id], b[h.id]));

describe("scenarios in the model", () => {
  test("no values: the base, the published £13.66 an hour; option B £588,797.56 a year (829 hours bought for 782 needed)", () => {
    const h = scenarioHeadlines({ option: "B" }, PUBLISHED_TEMPLATE_INPUTS, {});
    expect(h.councilYear.toFixed(2)).toBe("588797.56");
    expect(h.unitCost.toFixed(2)).toBe("13.66");
    expectHeadlines(h, headlinesOf({ option: "B" }, PUBLISHED_TEMPLATE_INPUTS));
  });

  test("a scenario gives what the model gives for the same inputs written out by hand", () => {
    const c: ProjectionChoice = { option: "C", pumpPriming: true };
    const values: ScenarioValues = {
      tenants: [40],
      bandShares: [0.2, 0.4, 0.4],
      careRate: [12.5],
      supportShares: [null, 0.5, null],
      payUplift: [0.04],
      "C.blockPrice": [15],
    };
    const p = INPUTS.projection!;
    const byHand: TemplateInputs = {
      ...INPUTS,
      tenants: 40,
      bandShares: [0.2, 0.4, 0.4],
      hourlyRates: { ...INPUTS.hourlyRates, care: 12.5 },
      supportShares: [INPUTS.supportShares[0], 0.5, INPUTS.supportShares[2]],
      projection: { ...p, payUplift: 0.04 },
      options: { ...INPUTS.options, C: { ...INPUTS.options.C, blockPrice: 15 } },
    };
    const h = scenarioHeadlines(c, INPUTS, values);
    expectHeadlines(h, headlinesOf(c, byHand));
    expect(h.councilYear).not.toBeCloseTo(headlinesOf(c, INPUTS).councilYear, 0);
  });

  test("a value that breaks its input's rule is refused, naming the input", () => {
    expect(() => scenarioHeadlines({ option: "A" }, INPUTS, { tenants: [40.5] })).toThrow(InputError);
    expect(() => scenarioHeadlines({ option: "A" }, INPUTS, { tenants: [40.5] })).toThrow(/^tenants: Tenants/);
    expect(() => scenarioHeadlines({ option: "A" }, INPUTS, { bandShares: [0.5, 0.5, 0.5] })).toThrow(/Band shares must add up to 100%/);
    expect(() => scenarioHeadlines({ option: "A" }, INPUTS, { nightHours: [1, 2] })).toThrow(/list of 1 values/);
    expect(() => scenarioHeadlines({ option: "A" }, INPUTS, { "B.blockPrice": [15] })).toThrow(/not an input a scenario can change/);
    const compared = compareScenarios({ option: "A" }, INPUTS, [{ name: "Bad", values: { tenants: [0] } }]);
    expect(compared.scenarios[0]).toEqual({ name: "Bad", problem: expect.stringMatching(/^tenants: /) as string });
  });
});

describe("scenarios in the inputs file (ech-templates --inputs) and in a template", () => {
  test("read from JSON, written to the Scenarios sheet's pink cells, the selector set", () => {
    const inputs = parseTemplateInputs({
      tenants: 40,
      scenarios: [{ name: "Lower care rate", values: { careRate: [9.5] } }],
      activeScenario: 2,
    });
    expect(inputs.tenants).toBe(40);
    const wb = new EvaluatedTemplate(placeTemplate(buildTemplate({ option: "B", overlays: [] }, inputs), [], []));
    expect(wb.named("ECH_ActiveScenario")).toEqual([2]);
    expect(wb.row("scenario1.careRate")).toEqual([9.5]);
    expect(wb.row("scenario1.tenants")).toEqual([null]);
    expectHeadlines(
      {
        unitCost: wb.numbers("ECH_UnitCostPerHour")[0],
        councilYear: wb.numbers("ECH_CouncilAnnualCost")[0],
        councilNetYear: wb.numbers("ECH_CouncilNetCost")[0],
        npv: wb.numbers("ECH_ProjectionNPV")[0],
      },
      scenarioHeadlines({ option: "B" }, inputs, { careRate: [9.5] }),
    );
  });

  test("bad scenarios are refused, naming the key", () => {
    expect(() => parseTemplateInputs({ scenarios: {} })).toThrow(/^scenarios: must be a list of at most 5/);
    expect(() => parseTemplateInputs({ scenarios: [{ name: "A name far too long for its cell", values: {} }] })).toThrow(
      /^scenarios\[0\]\.name: must be text of at most 20 characters/,
    );
    expect(() => parseTemplateInputs({ scenarios: [{ name: "x", values: { tenants: ["40"] } }] })).toThrow(
      /^scenarios\[0\]\.values\.tenants:/,
    );
    expect(() => parseTemplateInputs({ activeScenario: 7 })).toThrow(/^activeScenario: must be a whole number from 1 \(the base\) to 6/);
    const inputs = parseTemplateInputs({ scenarios: [{ name: "x", values: { "C.blockPrice": [15] } }] });
    expect(() => buildTemplate({ option: "B", overlays: [] }, inputs)).toThrow(/^scenarios\[0\]\.values\.C\.blockPrice: is not an input/);
    const short = parseTemplateInputs({ scenarios: [{ name: "x", values: { bandShares: [0.5, 0.5] } }] });
    expect(() => buildTemplate({ option: "B", overlays: [] }, short)).toThrow(/must be a list of 3 values/);
  });
});

/** Random scenarios: a few of the inputs changed, within what the model accepts. */
const scenarioValues = (c: ProjectionChoice): fc.Arbitrary<ScenarioValues> => {
  const factor = fc.integer({ min: 50, max: 150 }).map((n) => n / 100);
  const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
  const base = PUBLISHED_TEMPLATE_INPUTS;
  const byId: Record<string, fc.Arbitrary<(number | null)[]>> = {
    tenants: fc.integer({ min: 5, max: 90 }).map((n) => [n]),
    bandShares: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]) => {
      const [l, m] = [Math.min(a, b), Math.max(a, b)];
      return [l / 100, (m - l) / 100, (100 - m) / 100];
    }),
    bandHours: fc.tuple(factor, factor, factor).map((f) => f.map((x, i) => base.bandHours[i] * x)),
    supportShares: fc.tuple(fc.option(share), fc.option(share), fc.option(share)),
    nightSupportShare: share.map((s) => [s]),
    occupancy: fc.array(fc.option(fc.integer({ min: 30, max: 100 }).map((n) => n / 100)), { minLength: 12, maxLength: 12 }),
    payUplift: fc.integer({ min: 0, max: 60 }).map((n) => [n / 1000]),
    nonPayUplift: fc.integer({ min: 0, max: 60 }).map((n) => [n / 1000]),
  };
  const inputs = scenarioInputs(c);
  const arb = (id: string): fc.Arbitrary<(number | null)[]> => {
    if (byId[id]) return byId[id];
    const row = inputs.find((x) => x.id === id)!.row;
    const d = row.values!.map((v) => (typeof v === "number" ? v : 15));
    return factor.map((f) => d.map((v) => (row.input!.rule.kind === "share" ? Math.min(1, v * f) : v * f)));
  };
  return (
    fc
      .subarray(
        inputs.map((x) => x.id),
        { minLength: 1, maxLength: 6 },
      )
      .chain((ids) => fc.tuple(...ids.map((id) => arb(id).map((v) => [id, v] as const))))
      .map((pairs) => Object.fromEntries(pairs))
      // One scenario in four gets a value the model refuses: the workbook must say so for that scenario.
      .chain((v) => fc.integer({ min: 0, max: 3 }).map((r): ScenarioValues => (r === 0 ? { ...v, tenants: [40.5] } : v)))
  );
};

describe("switching ECH_ActiveScenario moves every result to that scenario's model value (HyperFormula)", () => {
  const book = (c: ProjectionChoice, inputs: TemplateInputs) =>
    new EvaluatedTemplate(placeTemplate(buildTemplate({ option: c.option, overlays: c.pumpPriming ? ["F"] : [] }, inputs), [], []));
  const results = (wb: EvaluatedTemplate): Headlines => ({
    unitCost: wb.numbers("ECH_UnitCostPerHour")[0],
    councilYear: wb.numbers("ECH_CouncilAnnualCost")[0],
    councilNetYear: wb.numbers("ECH_CouncilNetCost")[0],
    npv: wb.numbers("ECH_ProjectionNPV")[0],
  });

  test("at selector 1 the workbook keeps the published figures, with no error cell", () => {
    const wb = book({ option: "B" }, PUBLISHED_TEMPLATE_INPUTS);
    expect(wb.named("ECH_ActiveScenario")).toEqual([1]);
    expect(wb.named("ECH_ScenarioCheck")).toEqual(["OK"]);
    const r = results(wb);
    expect(r.councilYear.toFixed(2)).toBe("588797.56");
    expect(r.unitCost.toFixed(2)).toBe("13.66");
    expect(wb.errors()).toEqual([]);
  });

  test("choosing an empty scenario says so and shows no figures", () => {
    const wb = book({ option: "A" }, PUBLISHED_TEMPLATE_INPUTS);
    wb.setMany([[...wb.at("activeScenario"), 4]]);
    expect(wb.named("ECH_ScenarioCheck")).toEqual([
      "Scenario in use: scenario 3 is empty (it has no name). Name it and enter the inputs that differ, or choose 1 for the base.",
    ]);
    expect(wb.named("ECH_CouncilAnnualCost")).toEqual([{ error: "#N/A" }]);
    wb.setMany([[...wb.at("activeScenario"), 9]]);
    expect(wb.named("ECH_ScenarioCheck")).toEqual(["Scenario in use: enter a whole number from 1 (the base) to 6."]);
  });

  test("a scenario's price that breaks its rule is named, for that scenario, and no figure is shown", () => {
    expect(() => scenarioHeadlines({ option: "B" }, PUBLISHED_TEMPLATE_INPUTS, { "B.blockPrice": [-1] })).toThrow(
      /^B\.blockPrice: Block price/,
    );
    const wb = book({ option: "B" }, { ...PUBLISHED_TEMPLATE_INPUTS, scenarios: [{ name: "Cheap", values: { "B.blockPrice": [-1] } }] });
    expect(wb.named("ECH_ScenarioCheck")).toEqual(["OK"]);
    expect(wb.row("scenario1.councilYear")).toEqual([{ error: "#N/A" }]);
    expect(wb.row("scenario1.columnCheck")[0]).toMatch(/^Option B: block price: enter a number greater than 0/);
    wb.setRows([["activeScenario", 0, 2]]);
    expect(wb.named("ECH_ScenarioCheck")[0]).toMatch(/^Scenario 1 \(Cheap\): Option B: block price: enter a number greater than 0/);
    expect(wb.named("ECH_CouncilAnnualCost")).toEqual([{ error: "#N/A" }]);
  });

  test.each([{ option: "C", pumpPriming: true } as ProjectionChoice, { option: "A" } as ProjectionChoice])(
    "random scenarios, each switched in turn (property): option %o",
    (c) => {
      const wb = book(c, INPUTS);
      const ids = scenarioInputs(c).map((x) => x.id);
      let compared = 0;
      let refused = 0;
      fc.assert(
        fc.property(fc.array(scenarioValues(c), { minLength: SCENARIO_COUNT, maxLength: SCENARIO_COUNT }), (scenarios) => {
          const cells: [string, number, number | string | null][] = [];
          scenarios.forEach((values, k) => {
            cells.push([`scenario${k + 1}.name`, 0, `Scenario ${k + 1}`]);
            for (const id of ids) (values[id] ?? [null]).forEach((v, i) => cells.push([`scenario${k + 1}.${id}`, i, v]));
            // Cells of inputs the scenario leaves alone: blank (a multi-cell input's other cells too).
            for (const id of ids) if (!values[id]) cells.push(...blankCells(wb, `scenario${k + 1}.${id}`));
          });
          cells.push(["activeScenario", 0, 1]);
          wb.setRows(cells);
          const models = [{}, ...scenarios].map((v) => {
            try {
              return scenarioHeadlines(c, INPUTS, v);
            } catch (e) {
              if (e instanceof InputError) return undefined;
              throw e;
            }
          });
          for (let k = 0; k <= SCENARIO_COUNT; k++) {
            wb.setRows([["activeScenario", 0, k + 1]]);
            let model: Headlines | undefined;
            try {
              model = scenarioHeadlines(c, INPUTS, k === 0 ? {} : scenarios[k - 1]);
            } catch (e) {
              if (!(e instanceof InputError)) throw e;
            }
            if (!model) {
              expect(wb.named("ECH_ScenarioCheck")[0]).toMatch(new RegExp(`^Scenario ${k} \\(Scenario ${k}\\): `));
              expect(wb.named("ECH_ProjectionNPV")).toEqual([{ error: "#N/A" }]);
              refused++;
              continue;
            }
            expect(wb.named("ECH_ScenarioCheck")).toEqual(["OK"]);
            expectHeadlines(results(wb), model);
            compared++;
            // The side-by-side table: every column gives its scenario's figures whichever is in use.
            for (let j = 0; j <= SCENARIO_COUNT; j++) {
              const m = models[j];
              for (const h of HEADLINES) {
                if (m) close(wb.rowNumbers(`scenario${j}.${h.id}`)[0], m[h.id]);
                else expect(wb.row(`scenario${j}.${h.id}`)).toEqual([{ error: "#N/A" }]);
              }
            }
          }
        }),
        { numRuns: runs(10) },
      );
      // Ten runs of the base and five scenarios each: both kinds were met.
      expect(compared).toBeGreaterThanOrEqual(20);
      expect(refused).toBeGreaterThanOrEqual(1);
    },
  );
});

function blankCells(wb: EvaluatedTemplate, rowId: string): [string, number, null][] {
  return wb.row(rowId).map((_, i) => [rowId, i, null]);
}
