/** Solve for one input: the solved value put back in gives the target within half a penny. */
import fc from "fast-check";
import { projectContract, type Projection, type ProjectionChoice } from "../../src/decisions/projection";
import { sensitivity, swing, type Headline } from "../../src/decisions/sensitivity";
import { SOLVE_INPUTS, solveFor, withSolved } from "../../src/decisions/solve";
import { DEFAULT_PAY, DEFAULT_PROJECTION, InputError, nationalLivingWage } from "../../src/model";
import { DEFAULT_TEMPLATE_INPUTS, PUBLISHED_TEMPLATE_INPUTS, type TemplateInputs } from "../../src/templates";
import { runs } from "../support/runs";

const INPUTS: TemplateInputs = { ...PUBLISHED_TEMPLATE_INPUTS, projection: { ...DEFAULT_PROJECTION, payUplift: 0.03, nonPayUplift: 0.02 } };
const TODAY: TemplateInputs = { ...DEFAULT_TEMPLATE_INPUTS, projection: INPUTS.projection };
const read: Record<Headline, (p: Projection) => number> = {
  unitCost: (p) => p.unitCostPerHour,
  councilYear: (p) => p.councilAnnualCost,
  councilNetYear: (p) => p.councilNetYear,
  npv: (p) => p.npv,
};
const headline = (choice: ProjectionChoice, i: TemplateInputs, h: Headline) => read[h](projectContract(choice, i));
const CHOICES: ProjectionChoice[] = [{ option: "A" }, { option: "B" }, { option: "C", pumpPriming: true }, { option: "D" }];

/** The input's one number now, and the cells at another value of it (as the pane would enter them). */
const CONTINUOUS: Record<string, { now: (i: TemplateInputs) => number; max: number | null }> = {
  bandHours: { now: () => 1, max: null },
  supportRate: { now: (i) => i.hourlyRates.support, max: null },
  careRate: { now: (i) => i.hourlyRates.care, max: null },
  niRate: { now: (i) => i.onCosts.ni, max: 1 },
  coverRate: { now: (i) => i.onCosts.cover, max: 1 },
  superannuationRate: { now: (i) => i.onCosts.superannuation, max: 1 },
  training: { now: (i) => i.onCosts.training, max: null },
  teamLeaderRate: { now: (i) => (i.pay ?? DEFAULT_PAY).teamLeaderRate, max: null },
  nightRate: { now: (i) => (i.pay ?? DEFAULT_PAY).nightRate, max: null },
  absenceRate: { now: (i) => (i.pay ?? DEFAULT_PAY).absenceRate, max: 1 },
  overheadRate: { now: (i) => (i.pay ?? DEFAULT_PAY).overheadRate, max: 1 },
  managerSalary: { now: (i) => i.managerSalary, max: null },
  nightHours: { now: (i) => i.nightHours, max: null },
  payUplift: { now: (i) => i.projection!.payUplift, max: 1 },
  nonPayUplift: { now: (i) => i.projection!.nonPayUplift, max: 1 },
};
const cellsAt = (i: TemplateInputs, id: string, x: number) => (id === "bandHours" ? i.bandHours.map((h) => h * x) : [x]);

describe("solve for one input", () => {
  test("every key input can be solved for", () => {
    expect(SOLVE_INPUTS.map((s) => s.id).sort()).toEqual([...Object.keys(CONTINUOUS), "tenants", "bandMix"].sort());
  });

  test.each([
    ["the 2009", INPUTS, 25],
    ["today's", TODAY, 25],
  ] as const)(
    "random targets at %s base: the solved input, to its field's precision, put back in gives the nearest result to the target (property)",
    (_, INPUTS, count) => {
      const s = sensitivity({ option: "A" }, INPUTS);
      const moving = s.items.flatMap((it) =>
        (["unitCost", "councilYear", "councilNetYear", "npv"] as Headline[])
          .filter((h) => it.id in CONTINUOUS && swing(it, h) > 0)
          .map((h) => [it.id, h] as const),
      );
      expect(moving.length).toBeGreaterThan(25);
      // A rate the rules refuse (below the National Living Wage at today's base) is never a target here.
      const floor = (id: string) =>
        INPUTS === TODAY && ["supportRate", "careRate", "teamLeaderRate", "nightRate"].includes(id)
          ? nationalLivingWage(TODAY.priceBase!)
          : 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...CHOICES),
          fc.constantFrom(...moving),
          fc.double({ min: 0.05, max: 3, noNaN: true }),
          (choice, [id, h], f) => {
            const c = CONTINUOUS[id];
            const now = c.now(INPUTS) || 0.01;
            const x = Math.max(floor(id), c.max === null ? now * f : Math.min(c.max, now * f));
            const target = headline(choice, withSolved(INPUTS, id, cellsAt(INPUTS, id, x)), h);
            const solved = solveFor(choice, INPUTS, h, target, id);
            const step = SOLVE_INPUTS.find((i) => i.id === id)!.step;
            // A value the field takes: a whole number of steps (pence, a hundredth of a percent, …).
            expect(Math.abs(solved.value / step - Math.round(solved.value / step))).toBeLessThan(1e-6);
            const at = (v: number) => headline(choice, withSolved(INPUTS, id, cellsAt(INPUTS, id, v)), h);
            const back = headline(choice, withSolved(INPUTS, id, solved.cells), h);
            expect(Math.abs(back - solved.result)).toBeLessThan(1e-6);
            // Within half a penny of the target, or else no neighbouring step gets nearer it.
            expect(solved.exact).toBe(Math.abs(back - target) <= 0.005);
            if (!solved.exact)
              for (const v of [solved.value - step, solved.value + step].filter((v) => v >= floor(id) && (c.max === null || v <= c.max)))
                expect(Math.abs(back - target)).toBeLessThanOrEqual(Math.abs(at(v) - target) + 1e-9);
          },
        ),
        { numRuns: runs(count) },
      );
    },
  );

  test("a round target: the care rate that makes the unit cost £20.00 an hour", () => {
    const solved = solveFor({ option: "A" }, INPUTS, "unitCost", 20, "careRate");
    expect(solved.value).toBeGreaterThan(INPUTS.hourlyRates.care);
    expect(Math.round(headline({ option: "A" }, withSolved(INPUTS, "careRate", solved.cells), "unitCost") * 100)).toBe(2000);
  });

  test("tenants and the band mix move in steps: the nearest value reachable, never outside the range", () => {
    const now = headline({ option: "A" }, INPUTS, "councilYear");
    const t = solveFor({ option: "A" }, INPUTS, "councilYear", now * 1.2, "tenants");
    expect(Number.isInteger(t.value)).toBe(true);
    const miss = (n: number) => Math.abs(headline({ option: "A" }, { ...INPUTS, tenants: n }, "councilYear") - now * 1.2);
    expect(miss(t.value)).toBeLessThanOrEqual(Math.min(miss(t.value - 1), miss(t.value + 1)));
    expect(Math.abs(t.result - headline({ option: "A" }, { ...INPUTS, tenants: t.value }, "councilYear"))).toBeLessThan(1e-6);

    const m = solveFor({ option: "A" }, INPUTS, "councilYear", now * 1.05, "bandMix");
    expect(m.value).toBeGreaterThan(0.27);
    expect(m.value).toBeLessThanOrEqual(0.73);
    expect(m.cells.reduce((a, b) => (a as number) + (b as number), 0)).toBeCloseTo(1, 12);
    const back = headline({ option: "A" }, withSolved(INPUTS, "bandMix", m.cells), "councilYear");
    expect(back).toBeCloseTo(m.result, 6);
    // Whole people: one more high-needs tenant in place of a medium one costs 10 hours a week at the unit cost.
    expect(Math.abs(back - now * 1.05)).toBeLessThan(10 * 52 * projectContract({ option: "A" }, INPUTS).unitCostPerHour);
  });

  test("a clear message when no value in the input's range reaches the target", () => {
    const msg = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).argument).toBe("target");
        return (e as Error).message;
      }
      throw new Error("no error");
    };
    // Written as the fields are: money in pounds and pence, shares as percentages.
    expect(msg(() => solveFor({ option: "A" }, INPUTS, "unitCost", -5, "careRate"))).toMatch(
      /^target: No value of "Hourly pay of care" from £0\.00 upwards gives that unit cost per hour: it runs from £[\d,]+\.\d\d to £[\d,]+\.\d\d/,
    );
    expect(msg(() => solveFor({ option: "A" }, INPUTS, "councilYear", 1e9, "niRate"))).toMatch(
      /from 0% to 100% gives that council's cost a year: it runs from £[\d,]+\.\d\d to £[\d,]+\.\d\d over that range\.$/,
    );
    expect(msg(() => solveFor({ option: "A" }, INPUTS, "unitCost", 99, "payUplift"))).toMatch(/Pay uplift/);
    expect(() => solveFor({ option: "A" }, INPUTS, "unitCost", NaN, "careRate")).toThrow(/target/);
    expect(() => solveFor({ option: "A" }, INPUTS, "unitCost", 20, "nothing")).toThrow(/input/);
  });

  test("at a current price base an hourly rate is never proposed below the National Living Wage", () => {
    const current: TemplateInputs = {
      ...INPUTS,
      priceBase: "2026-27",
      hourlyRates: { support: 13, care: 13 },
      enteredFigures: { "2026-27": { secondaryThreshold: 5000 } },
    };
    const nlw = 12.71;
    const atNlw = headline({ option: "A" }, withSolved(current, "careRate", [nlw]), "unitCost");
    // Lower than the floor gives: refused, saying why, not a rate below the wage.
    let message = "";
    try {
      solveFor({ option: "A" }, current, "unitCost", atNlw - 1, "careRate");
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^target: No value of "Hourly pay of care" from £12\.71 \(the National Living Wage, 2026-27\) upwards/);
    // Reachable: at or above the wage, in whole pence.
    for (const target of [atNlw + 0.004, atNlw + 1, atNlw + 5]) {
      const s = solveFor({ option: "A" }, current, "unitCost", target, "careRate");
      expect(s.value).toBeGreaterThanOrEqual(nlw);
      expect(Math.round(s.value * 100) / 100).toBe(s.value);
    }
  });

  test("the floor is the wage for exactly the inputs whose rows are hourly pay rates", () => {
    const current: TemplateInputs = { ...INPUTS, priceBase: "2026-27", enteredFigures: { "2026-27": { secondaryThreshold: 5000 } } };
    const floorOf = (id: string) => {
      try {
        solveFor({ option: "A" }, current, "unitCost", 0.01, id);
      } catch (e) {
        return /from (.*?) upwards/.exec((e as Error).message)?.[1];
      }
      throw new Error(`${id}: no error`);
    };
    const rates = ["supportRate", "careRate", "teamLeaderRate", "nightRate"];
    for (const id of rates) expect([id, floorOf(id)]).toEqual([id, "£12.71 (the National Living Wage, 2026-27)"]);
    expect(floorOf("managerSalary")).toBe("£0.00");
  });
});
