/** The break-even price: put back in as the option's prices, the council's cost a year is the budget to the penny. */
import fc from "fast-check";
import { breakEvenHighShare, breakEvenHours, breakEvenPrice } from "../../src/decisions/breakEven";
import * as PR from "../../src/model/projection";
import { projectContract } from "../../src/decisions/projection";
import * as ECH from "../../src/functions/functions";
import { DEFAULT_PROJECTION, InputError, pennies } from "../../src/model";
import { PUBLISHED_TEMPLATE_INPUTS, type OptionId, type TemplateInputs } from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { runs } from "../support/runs";
import { placedTemplate } from "../support/templates";

const PRICES: Record<OptionId, string[]> = {
  A: ["A.spotPrice"],
  B: ["B.blockPrice", "B.spotPrice"],
  C: ["C.blockPrice", "C.spotPrice"],
  D: ["D.blockPrice", "D.spotPrice"],
};

describe("break-even price", () => {
  test.each(["A", "B", "C", "D"] as OptionId[])(
    "option %s in the workbook: the price put back in gives the budget to the penny",
    (option) => {
      const wb = new EvaluatedTemplate(placedTemplate({ option, overlays: [] }));
      for (const budget of [250000, 412345.67, 1234567.89]) {
        wb.setRows([["councilBudget", 0, budget]]);
        const price = wb.numbers("ECH_BreakEvenPrice")[0];
        wb.setRows(PRICES[option].map((id) => [id, 0, price] as [string, number, number]));
        expect(pennies(wb.numbers("ECH_CouncilAnnualCost")[0])).toBe(pennies(budget));
        wb.setRows(PRICES[option].map((id) => [id, 0, null] as [string, number, null]));
      }
    },
  );

  test("a blank budget means today's cost a year: the break-even price is then the average price the council pays", () => {
    const p = projectContract({ option: "B" }, PUBLISHED_TEMPLATE_INPUTS);
    expect(pennies(p.breakEvenPrice!)).toBe(13.66);
  });

  test.each(["A", "B", "C", "D"] as OptionId[])("option %s in the model, for random budgets and shares (property)", (option) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000_000 }).map((n) => n / 100),
        fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
        (budget, councilShare) => {
          const options = {
            ...PUBLISHED_TEMPLATE_INPUTS.options,
            [option]: { ...PUBLISHED_TEMPLATE_INPUTS.options[option], councilShare, ...(option === "C" ? { optOutResidents: 5 } : {}) },
          };
          const base: TemplateInputs = { ...PUBLISHED_TEMPLATE_INPUTS, options, projection: { ...DEFAULT_PROJECTION, budget } };
          const price = projectContract({ option }, base).breakEvenPrice!;
          const priced = {
            ...options,
            [option]: { ...options[option], ...(option === "A" ? {} : { blockPrice: price }), spotPrice: price },
          };
          if (price > 0) expect(pennies(projectContract({ option }, { ...base, options: priced }).councilAnnualCost)).toBe(pennies(budget));
        },
      ),
      { numRuns: runs(50) },
    );
  });

  test("the function: budget ÷ ((block + spot × share) × 52), and back to the budget to the penny", () => {
    const price = ECH.breakevenprice(555415.8, 300, 100, 0.5) as number;
    expect(price).toBeCloseTo(555415.8 / (350 * 52), 10);
    expect(pennies(price * (300 + 100 * 0.5) * 52)).toBe(555415.8);
    expect(ECH.breakevenprice(1000, 0, 10)).toBeCloseTo(1000 / 520, 12);
    expect(breakEvenPrice(0, 10, 0)).toBe(0);
  });

  test("errors name the argument", () => {
    const err = (v: unknown) => v as CustomFunctions.Error;
    expect(err(ECH.breakevenprice(-1, 10, 0)).message).toMatch(/budget/);
    expect(err(ECH.breakevenprice("x", 10, 0)).message).toMatch(/budget/);
    expect(err(ECH.breakevenprice(1000, -1, 0)).message).toMatch(/blockHours/);
    expect(err(ECH.breakevenprice(1000, 1, null)).message).toMatch(/spotHours/);
    expect(err(ECH.breakevenprice(1000, 1, 1, 2)).message).toMatch(/councilShare/);
    expect(err(ECH.breakevenprice(1000, 0, 0)).message).toMatch(/blockHours.*no hours/);
    expect(() => breakEvenPrice(1000, 0, 10, 0)).toThrow(InputError);
    for (const v of [ECH.breakevenprice(-1, 10, 0), ECH.breakevenprice(1000, 0, 0)]) expect(v).toBeInstanceOf(CustomFunctions.Error);
  });
});

// Whole tenants in every band (10, 15 and 10 of 35), so moving one tenant from medium to high needs
// moves the hours by exactly the difference in the bands' daytime hours.
const T = 35;
const wholeShares = (high: number): [number, number, number] => [10 / T, (25 - high) / T, high / T];
const SPOT = 15.5;
function optionA(high: number, budget: number | null, hoursNeeded: number | null = null): TemplateInputs {
  const options = { ...PUBLISHED_TEMPLATE_INPUTS.options, A: { ...PUBLISHED_TEMPLATE_INPUTS.options.A, spotPrice: SPOT, hoursNeeded } };
  return {
    ...PUBLISHED_TEMPLATE_INPUTS,
    tenants: T,
    bandShares: wholeShares(high),
    options,
    projection: { ...DEFAULT_PROJECTION, budget },
  };
}
const costA = (i: TemplateInputs) => projectContract({ option: "A" }, i).councilAnnualCost;

describe("break-even hours and share of high-needs tenants", () => {
  test("the hours put back in as option A's hours needed give the budget to the penny (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300_000_000 }).map((n) => n / 100),
        (budget) => {
          const h = projectContract({ option: "A" }, optionA(10, budget)).breakEvenHours as number;
          expect(typeof h).toBe("number");
          expect(pennies(costA(optionA(10, budget, h)))).toBe(pennies(budget));
        },
      ),
      { numRuns: runs(100) },
    );
  });

  test.each([-10, -3, 1, 7, 15])("the share for %i more high-needs tenants is theirs, and put back gives the budget to the penny", (j) => {
    const budget = costA(optionA(10 + j, null));
    const s = projectContract({ option: "A" }, optionA(10, budget)).breakEvenHighShare as number;
    expect(s).toBeCloseTo((10 + j) / T, 12);
    const back: TemplateInputs = { ...optionA(10, null), bandShares: [10 / T, 25 / T - s, s] };
    expect(pennies(costA(back))).toBe(pennies(budget));
  });

  test("the council's cost at the hours the budget carries is the budget, every option (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<OptionId>("A", "B", "C", "D"),
        fc.integer({ min: 0, max: 300_000_000 }).map((n) => n / 100),
        (option, budget) => {
          const base = { ...PUBLISHED_TEMPLATE_INPUTS, projection: { ...DEFAULT_PROJECTION, budget } };
          const p = projectContract({ option }, base);
          const bought = p.blockHours[1] + p.spotHours[1];
          const h = p.breakEvenHours as number;
          // Every hour costs the average price: the hours scaled to h cost the budget.
          expect(pennies((p.councilAnnualCost * h) / bought)).toBe(pennies(budget));
          const s = p.breakEvenHighShare;
          if (typeof s === "number") expect(s).toBeCloseTo(0.27 + (h - bought) / (35 * (28 - 18)), 12);
          else expect([PR.SHARE_ABOVE, PR.SHARE_BELOW]).toContain(s);
        },
      ),
      { numRuns: runs(60) },
    );
  });

  test("a clear message when no share in range meets the budget", () => {
    const at = (budget: number, bandHours: [number, number, number] = [7, 18, 28]) =>
      projectContract({ option: "A" }, { ...optionA(10, budget), bandHours }).breakEvenHighShare;
    expect(at(costA(optionA(25, null)) + 1)).toBe(PR.SHARE_ABOVE);
    expect(at(costA(optionA(0, null)) - 1)).toBe(PR.SHARE_BELOW);
    expect(at(costA(optionA(25, null)))).toBeCloseTo(25 / T, 12);
    expect(at(costA(optionA(0, null)))).toBeCloseTo(0, 12);
    expect(at(100000, [7, 18, 18])).toBe(PR.SAME_HOURS);
    const free = {
      ...optionA(10, 100000),
      options: { ...optionA(10, null).options, A: { ...optionA(10, null).options.A, councilShare: 0 } },
    };
    expect(projectContract({ option: "A" }, free).breakEvenHours).toBe(PR.NO_COST);
    expect(projectContract({ option: "A" }, free).breakEvenHighShare).toBe(PR.NO_COST);
  });

  test("in the workbook (HyperFormula): hours and share put back in give the budget to the penny", () => {
    const wb = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }));
    wb.setRows([
      ["tenants", 0, T],
      ...wholeShares(10).map((v, i) => ["bandShares", i, v] as [string, number, number]),
      ["A.spotPrice", 0, SPOT],
    ]);
    const cost = () => wb.numbers("ECH_CouncilAnnualCost")[0];
    for (const budget of [150000, 412345.67, 987654.32]) {
      wb.setRows([["councilBudget", 0, budget]]);
      const h = wb.numbers("ECH_BreakEvenHours")[0];
      wb.setRows([["A.hoursNeeded", 0, h]]);
      expect(pennies(cost())).toBe(pennies(budget));
      wb.setRows([["A.hoursNeeded", 0, null]]);
    }
    wb.setRows([...wholeShares(14).map((v, i) => ["bandShares", i, v] as [string, number, number]), ["councilBudget", 0, null]]);
    const budget = cost();
    wb.setRows([...wholeShares(10).map((v, i) => ["bandShares", i, v] as [string, number, number]), ["councilBudget", 0, budget]]);
    const s = wb.numbers("ECH_BreakEvenHighShare")[0];
    expect(s).toBeCloseTo(14 / T, 12);
    wb.setRows([
      ["bandShares", 1, 25 / T - s],
      ["bandShares", 2, s],
    ]);
    expect(pennies(cost())).toBe(pennies(budget));
    wb.setRows([["councilBudget", 0, budget * 10]]);
    expect(wb.named("ECH_BreakEvenHighShare")[0]).toBe(PR.SHARE_ABOVE);
  });

  test("the functions: the same answers, and back to the budget to the penny", () => {
    const h = ECH.breakevenhours(600000, 555415.8, 300, 100) as number;
    expect(h).toBeCloseTo((400 * 600000) / 555415.8, 10);
    expect(pennies((555415.8 * h) / 400)).toBe(600000);
    const s = ECH.breakevenhighshare(600000, 555415.8, 300, 100, 35, [[0.27, 0.46, 0.27]], [[7], [18], [28]]) as number;
    expect(s).toBeCloseTo(0.27 + (h - 400) / (35 * 10), 12);
    expect(breakEvenHours(0, 1000, 10, 0)).toBe(0);
    expect(breakEvenHighShare(555415.8, 555415.8, 300, 100, 35, [0.27, 0.46, 0.27], [7, 18, 28])).toBeCloseTo(0.27, 12);
  });

  test("function errors name the argument", () => {
    const msg = (v: unknown) => (v as CustomFunctions.Error).message;
    const shares = [[0.27, 0.46, 0.27]];
    const hours = [[7, 18, 28]];
    expect(msg(ECH.breakevenhours(-1, 1000, 10, 0))).toMatch(/budget/);
    expect(msg(ECH.breakevenhours(1000, "x", 10, 0))).toMatch(/councilAnnualCost/);
    expect(msg(ECH.breakevenhours(1000, 1000, -1, 0))).toMatch(/blockHours/);
    expect(msg(ECH.breakevenhours(1000, 1000, 1, null))).toMatch(/spotHours/);
    expect(msg(ECH.breakevenhours(1000, 1000, 0, 0))).toMatch(/blockHours/);
    expect(msg(ECH.breakevenhours(1000, 0, 10, 0))).toMatch(/councilAnnualCost.*pays nothing/);
    expect(msg(ECH.breakevenhighshare(1000, 1000, 10, 0, 2.5, shares, hours))).toMatch(/tenants/);
    expect(msg(ECH.breakevenhighshare(1000, 1000, 10, 0, 35, [[0.5, 0.46, 0.27]], hours))).toMatch(/bandShares.*100%/);
    expect(msg(ECH.breakevenhighshare(1000, 1000, 10, 0, 35, shares, [[7, 18]]))).toMatch(/bandHours/);
    expect(msg(ECH.breakevenhighshare(1000, 1000, 10, 0, 35, shares, [[7, 18, 18]]))).toMatch(/bandHours.*no more daytime hours/);
    expect(msg(ECH.breakevenhighshare(1e6, 1000, 10, 0, 35, shares, hours))).toMatch(/budget.*pass its limit/);
    expect(msg(ECH.breakevenhighshare(1, 1000, 400, 0, 35, shares, hours))).toMatch(/budget.*no high-needs/);
    expect(() => breakEvenHighShare(1, 1000, 400, 0, 35, [0.27, 0.46, 0.27], [7, 18, 28])).toThrow(InputError);
  });
});
