import { DEFAULT_SCHEME, InputError } from "../../src/model";
import { DEFAULT_OPTION_PARAMS } from "../../src/options/registry";
import {
  ASSESSMENT_QUESTIONS,
  DEFAULT_TEMPLATE_INPUTS,
  OPTION_CONTENT,
  parseTemplateInputs,
  type TemplateChoice,
} from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { inputCells, placedTemplate } from "../support/templates";

function argumentOf(json: unknown): string {
  try {
    parseTemplateInputs(json);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).argument;
  }
  throw new Error("expected an InputError");
}

describe("parseTemplateInputs", () => {
  test("an empty object is the defaults: seed 002's scheme and tenant budget", () => {
    const i = parseTemplateInputs({});
    expect(i).toEqual(DEFAULT_TEMPLATE_INPUTS);
    expect(i.tenants).toBe(DEFAULT_SCHEME.tenants);
    expect(i.tenantExpenditure.reduce((a, b) => a + b, 0)).toBeCloseTo(453.55, 10);
  });

  test("a subset overrides the defaults, nested objects key by key", () => {
    const i = parseTemplateInputs({ tenants: 40, onCosts: { ni: 0.12 }, options: { B: { spotPrice: 14 }, F: { blockHours: null } } });
    expect(i.tenants).toBe(40);
    expect(i.onCosts).toEqual({ ...DEFAULT_SCHEME.onCosts, ni: 0.12 });
    expect(i.options.B).toEqual({ ...DEFAULT_OPTION_PARAMS.B, spotPrice: 14 });
    expect(i.options.C).toEqual(DEFAULT_OPTION_PARAMS.C);
  });

  test.each([
    [{ tennants: 35 }, "tennants"],
    [{ options: { G: {} } }, "options.G"],
    [{ options: { B: { coreHours: 1 } } }, "options.B.coreHours"],
    [{ tenants: "35" }, "tenants"],
    [{ tenants: null }, "tenants"],
    [{ hourlyRates: 10 }, "hourlyRates"],
    [{ bandHours: [7, 18] }, "bandHours"],
    [{ bandHours: [7, "18", 28] }, "bandHours[1]"],
    [{ bandShares: [0.3, 0.46, 0.27] }, "bandShares"],
    [{ tenants: 0 }, "tenants"],
    [{ tenantIncome: [60, 17.55, -1, 151.5, 118.25, 22] }, "tenantIncome"],
    [{ options: { A: { coverHoursPerDay: 25 } } }, "options.A.coverHoursPerDay"],
    [{ minimumCover: { daysPerWeek: 8 } }, "minimumCover.daysPerWeek"],
    [{ options: { C: { teamLeaderHours: 37 } } }, "options.C.teamLeaderHours"],
    [{ options: { E: { members: 0 } } }, "options.E.members"],
    [{ options: { F: { blockPeriodMonths: 1.5 } } }, "options.F.blockPeriodMonths"],
    [{ options: { C: { additionalHours: [1] } } }, "options.C.additionalHours"],
    [{ selfFunderShares: [0, 1.2, 0] }, "selfFunderShares[1]"],
    [{ selfFunderShares: [0, 0] }, "selfFunderShares"],
    [{ averageContributions: [10, -1, 10] }, "averageContributions[1]"],
    [{ averageContributions: ["10", 10, 10] }, "averageContributions[0]"],
    [{ averageContributions: [10, 10, null] }, "averageContributions[2]"],
    [[1, 2], "inputs"],
    ["tenants=35", "inputs"],
  ])("%j is refused, naming %s", (json, argument) => {
    expect(argumentOf(json)).toBe(argument);
  });
});

describe("tenants' contributions from the inputs file", () => {
  test("none by default: the council's net cost is its cost", () => {
    expect(parseTemplateInputs({}).selfFunderShares).toEqual([0, 0, 0]);
    expect(parseTemplateInputs({}).averageContributions).toEqual([0, 0, 0]);
  });

  test.each([
    { option: "A", overlays: [] },
    { option: "C", overlays: ["E", "F"] },
  ] as TemplateChoice[])("£10 a week from every band fills the pink cells: $option + $overlays takes £10 × the tenants × 52", (choice) => {
    const inputs = parseTemplateInputs({ priceBase: "2009 (published model)", averageContributions: [10, 10, 10] });
    const wb = new EvaluatedTemplate(placedTemplate(choice));
    wb.setMany(inputCells(wb.placed, choice, inputs));
    expect(wb.named("ECH_InputCheck")).toEqual(["OK"]);
    expect(wb.named("ECH_AverageContributions")).toEqual([10, 10, 10]);
    // The head-count: each band's share of the 35 tenants rounded up (10, 17 and 10).
    expect(wb.rowNumbers("tenantsPerBand")).toEqual([10, 17, 10]);
    const [gross] = wb.numbers("ECH_CouncilAnnualCost");
    expect(wb.numbers("ECH_ContributionsIncome")[0]).toBeCloseTo(10 * 37 * 52, 6);
    expect(wb.numbers("ECH_CouncilNetCost")[0]).toBeCloseTo(gross - 19240, 6);
  });

  test("half the high band paying for all their care: their share of the option's cost of care, the rest £10 a week", () => {
    const choice: TemplateChoice = { option: "A", overlays: [] };
    const inputs = parseTemplateInputs({
      priceBase: "2009 (published model)",
      selfFunderShares: [0, 0, 0.5],
      averageContributions: [10, 10, 10],
    });
    const wb = new EvaluatedTemplate(placedTemplate(choice));
    wb.setMany(inputCells(wb.placed, choice, inputs));
    expect(wb.named("ECH_SelfFunderShares")).toEqual([0, 0, 0.5]);
    // A high-needs tenant has 28 hours a week, 40% of them housing support, and a 37th of the night's 63 hours of care:
    // their share of the cost, of the 782 hours a week it buys.
    const [gross] = wb.numbers("ECH_CouncilAnnualCost");
    expect(wb.rowNumbers("careHoursEach")[2]).toBeCloseTo(16.8, 10);
    const care = (gross * (16.8 + 63 / 37)) / (782 * 52);
    const weekly = (10 + 17) * 10 + 10 * (0.5 * care + 0.5 * 10);
    expect(wb.numbers("ECH_ContributionsIncome")[0]).toBeCloseTo(weekly * 52, 6);
  });

  test("housing support through the service charge: the tenants pay its share, 414.6 of 782 hours, and the council the rest", () => {
    const choice: TemplateChoice = { option: "A", overlays: [] };
    const inputs = parseTemplateInputs({ priceBase: "2009 (published model)", supportFunding: "Through the service charge" });
    const wb = new EvaluatedTemplate(placedTemplate(choice));
    wb.setMany(inputCells(wb.placed, choice, inputs));
    expect(wb.named("ECH_SupportFunding")).toEqual(["Through the service charge"]);
    const [gross] = wb.numbers("ECH_CouncilAnnualCost");
    expect(wb.rowNumbers("A.serviceCharge")[0]).toBeCloseTo((gross * 414.6) / 782, 6);
    expect(wb.numbers("ECH_CouncilNetCost")[0]).toBeCloseTo((gross * 367.4) / 782, 6);
    expect(wb.rowNumbers("A.whoPays")[0]).toBeCloseTo(gross, 6);
    expect(() => parseTemplateInputs({ supportFunding: "By the landlord" })).toThrow(/supportFunding/);
  });
});

describe("option content", () => {
  test("A–F each have a title, a one-line summary, advantages and disadvantages", () => {
    for (const id of ["A", "B", "C", "D", "E", "F"] as const) {
      const c = OPTION_CONTENT[id];
      expect(c.id).toBe(id);
      expect(c.summary).not.toMatch(/\n/);
      expect(c.advantages.length).toBeGreaterThan(0);
      expect(c.disadvantages.length).toBeGreaterThan(0);
    }
  });

  test("the nine questions of section 4.7.2", () => {
    expect(ASSESSMENT_QUESTIONS).toHaveLength(9);
    expect(ASSESSMENT_QUESTIONS.every((q) => q.endsWith("?"))).toBe(true);
  });
});
