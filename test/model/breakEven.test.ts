/** The break-even price: put back in as the option's prices, the council's cost a year is the budget to the penny. */
import fc from "fast-check";
import { breakEvenPrice } from "../../src/decisions/breakEven";
import { projectContract } from "../../src/decisions/projection";
import * as ECH from "../../src/functions/functions";
import { DEFAULT_PROJECTION, InputError, pennies } from "../../src/model";
import { buildTemplate, DEFAULT_TEMPLATE_INPUTS, placeTemplate, type OptionId, type TemplateInputs } from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";

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
      const wb = new EvaluatedTemplate(placeTemplate(buildTemplate({ option, overlays: [] })));
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
    const p = projectContract({ option: "B" }, DEFAULT_TEMPLATE_INPUTS);
    expect(pennies(p.breakEvenPrice!)).toBe(13.66);
  });

  test.each(["A", "B", "C", "D"] as OptionId[])("option %s in the model, for random budgets and shares (property)", (option) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000_000 }).map((n) => n / 100),
        fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
        (budget, councilShare) => {
          const options = {
            ...DEFAULT_TEMPLATE_INPUTS.options,
            [option]: { ...DEFAULT_TEMPLATE_INPUTS.options[option], councilShare, ...(option === "C" ? { optOutResidents: 5 } : {}) },
          };
          const base: TemplateInputs = { ...DEFAULT_TEMPLATE_INPUTS, options, projection: { ...DEFAULT_PROJECTION, budget } };
          const price = projectContract({ option }, base).breakEvenPrice!;
          const priced = {
            ...options,
            [option]: { ...options[option], ...(option === "A" ? {} : { blockPrice: price }), spotPrice: price },
          };
          if (price > 0) expect(pennies(projectContract({ option }, { ...base, options: priced }).councilAnnualCost)).toBe(pennies(budget));
        },
      ),
      { numRuns: 50 },
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
