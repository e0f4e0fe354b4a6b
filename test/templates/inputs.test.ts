import { DEFAULT_OPTION_PARAMS, DEFAULT_SCHEME, InputError } from "../../src/model";
import { ASSESSMENT_QUESTIONS, DEFAULT_TEMPLATE_INPUTS, OPTION_CONTENT, parseTemplateInputs } from "../../src/templates";

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
    [{ options: { A: { coverDays: 8 } } }, "options.A.coverDays"],
    [{ options: { E: { members: 0 } } }, "options.E.members"],
    [{ options: { F: { blockPeriodMonths: 1.5 } } }, "options.F.blockPeriodMonths"],
    [{ options: { C: { additionalHours: [1] } } }, "options.C.additionalHours"],
    [[1, 2], "inputs"],
    ["tenants=35", "inputs"],
  ])("%j is refused, naming %s", (json, argument) => {
    expect(argumentOf(json)).toBe(argument);
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
