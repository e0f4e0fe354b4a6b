/** The contract over its life: uplifts, years beyond the contract, the present value, in the model and in the workbook (HyperFormula). */
import fc from "fast-check";
import { projectContract, type ProjectionChoice } from "../../src/decisions/projection";
import { DEFAULT_PROJECTION, InputError, type ProjectionParams } from "../../src/model";
import { DEFAULT_TEMPLATE_INPUTS, PUBLISHED_TEMPLATE_INPUTS, parseTemplateInputs, type TemplateInputs } from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { templateInputs } from "../templates/arbitraries";
import { deep, runs } from "../support/runs";
import { placedTemplate } from "../support/templates";

const CHOICES: ProjectionChoice[] = (["A", "B", "C", "D"] as const).flatMap((option) => [{ option }, { option, pumpPriming: true }]);
const name = (c: ProjectionChoice) => `${c.option}${c.pumpPriming ? "+F" : ""}`;
const withProjection = (p: Partial<ProjectionParams>, base: TemplateInputs = PUBLISHED_TEMPLATE_INPUTS): TemplateInputs => ({
  ...base,
  projection: { ...DEFAULT_PROJECTION, ...p },
});
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

function placed(c: ProjectionChoice, inputs: TemplateInputs) {
  return placedTemplate({ option: c.option, overlays: c.pumpPriming ? ["F"] : [] }, inputs);
}

function workbook(c: ProjectionChoice, inputs: TemplateInputs): EvaluatedTemplate {
  return new EvaluatedTemplate(placed(c, inputs));
}

describe("the projection in the model", () => {
  test.each(CHOICES.map((c) => [name(c), c] as const))(
    "%s: with no uplift every year after the first costs the steady state; beyond the contract 0",
    (_, c) => {
      const p = projectContract(c, withProjection({ contractYears: 6 }));
      // With F, the block period (12 months) ends with the first year and every later hour is spot-purchased: at the
      // default prices (the unit cost for block and spot, the council paying all spot hours) that is the same cost a year.
      expect(PUBLISHED_TEMPLATE_INPUTS.options.F.blockPeriodMonths).toBe(12);
      // After F's conversion the council spot-purchases the contact hours only: option A's cost a year.
      const steady = c.pumpPriming
        ? projectContract({ option: "A" }, withProjection({ contractYears: 6 })).councilAnnualCost
        : p.councilAnnualCost;
      for (let t = 1; t < 6; t++) close(p.yearCosts[t], steady);
      for (let t = 6; t < 10; t++) expect(p.yearCosts[t]).toBe(0);
      expect(p.yearCosts).toHaveLength(10);
      if (c.option === "A" || c.option === "B") close(p.yearCosts[0], p.councilAnnualCost);
      expect(p.basis).toMatch(/^Real: /);
    },
  );

  test.each(CHOICES.map((c) => [name(c), c] as const))(
    "%s: the net cost is the cost with no contributions; £10 a week from every band takes £19,240 off the steady state and each year keeps its share",
    (_, c) => {
      const none = projectContract(c, DEFAULT_TEMPLATE_INPUTS);
      expect(none.netShare).toBe(1);
      expect(none.councilNetYear).toBe(none.councilAnnualCost);
      expect(none.netYearCosts).toEqual(none.yearCosts);
      expect(none.netNpv).toBe(none.npv);
      const p = projectContract(c, { ...DEFAULT_TEMPLATE_INPUTS, averageContributions: [10, 10, 10], selfFunderShares: [0, 0, 0] });
      // 37 tenants counted × £10 × 52.
      expect(p.councilNetYear).toBeCloseTo(p.councilAnnualCost - 19240, 6);
      const share = p.councilNetYear / p.councilAnnualCost;
      close(p.netShare, share);
      expect(p.netYearCosts).toHaveLength(10);
      p.netYearCosts.forEach((v, t) => close(v, p.yearCosts[t] * share));
      expect(p.netYearCosts.slice(DEFAULT_PROJECTION.contractYears)).toEqual([0, 0, 0, 0, 0]);
      close(
        p.netNpv,
        p.netYearCosts.reduce((a, v, t) => a + v * p.discountFactors[t], 0),
      );
      expect(p.netNpv).toBeLessThan(p.npv);
    },
  );

  test("C and D: the first year is the phased first year (ECH_FirstYearCost); F: its years 1 and 2", () => {
    for (const option of ["C", "D"] as const) {
      const wb = workbook({ option }, PUBLISHED_TEMPLATE_INPUTS);
      close(projectContract({ option }, PUBLISHED_TEMPLATE_INPUTS).yearCosts[0], wb.numbers("ECH_FirstYearCost")[0]);
      expect(projectContract({ option }, PUBLISHED_TEMPLATE_INPUTS).yearCosts[0]).toBeLessThan(
        projectContract({ option }, PUBLISHED_TEMPLATE_INPUTS).councilAnnualCost,
      );
    }
    const wb = workbook({ option: "B", pumpPriming: true }, PUBLISHED_TEMPLATE_INPUTS);
    const p = projectContract({ option: "B", pumpPriming: true }, PUBLISHED_TEMPLATE_INPUTS);
    const [y1, y2] = wb.numbers("ECH_PumpPrimingYearCosts");
    close(p.yearCosts[0], y1);
    close(p.yearCosts[1], y2);
  });

  test.each(CHOICES.map((c) => [name(c), c] as const))(
    "%s: a 3%% uplift on pay and non-pay makes each later year 1.03 × the one before",
    (_, c) => {
      const p = projectContract(c, withProjection({ contractYears: 10, payUplift: 0.03, nonPayUplift: 0.03 }));
      const flat = projectContract(c, withProjection({ contractYears: 10 }));
      for (let t = 2; t < 10; t++) close(p.yearCosts[t], 1.03 * p.yearCosts[t - 1]);
      for (let t = 0; t < 10; t++) close(p.yearCosts[t], flat.yearCosts[t] * 1.03 ** t);
      if (!c.pumpPriming && (c.option === "A" || c.option === "B")) close(p.yearCosts[1], 1.03 * p.yearCosts[0]);
      expect(p.basis).toMatch(/^Nominal: /);
    },
  );

  test("pay and non-pay uplifts weigh by the Staffing sheet's pay and non-pay (training) lines", () => {
    const pay = projectContract({ option: "A" }, withProjection({ payUplift: 0.1 }));
    const training = PUBLISHED_TEMPLATE_INPUTS.onCosts.training;
    const total = 555415.8; // the published total staff cost (seed figures)
    const payShare = (total - training) / total;
    expect(pay.upliftFactors[1]).toBeCloseTo(payShare * 1.1 + (1 - payShare), 6);
    const nonPay = projectContract({ option: "A" }, withProjection({ nonPayUplift: 0.1 }));
    expect(nonPay.upliftFactors[1]).toBeCloseTo(payShare + (1 - payShare) * 1.1, 6);
  });

  test("at 2026-27 the pay lines are the staff cost and the non-pay line the overheads; the 2009 training amount plays no part", () => {
    const at2026 = (training: number) =>
      projectContract(
        { option: "A" },
        {
          ...DEFAULT_TEMPLATE_INPUTS,
          onCosts: { ...DEFAULT_TEMPLATE_INPUTS.onCosts, training },
          projection: { ...DEFAULT_PROJECTION, payUplift: 0.03 },
        },
      );
    const p = at2026(DEFAULT_TEMPLATE_INPUTS.onCosts.training);
    expect(DEFAULT_TEMPLATE_INPUTS.priceBase).toBe("2026-27");
    // Overheads are 20% of the staff cost, so the staff cost is 1 ÷ 1.2 of staff cost and overheads.
    expect(p.payShare).toBeCloseTo(1 / 1.2, 12);
    expect(p.yearCosts[1] / p.yearCosts[0]).toBeCloseTo(1 + 0.03 * p.payShare, 12);
    const other = at2026(0);
    expect(other.yearCosts).toEqual(p.yearCosts);
    expect(other.payShare).toBe(p.payShare);
    const withNonPay = projectContract(
      { option: "A" },
      { ...DEFAULT_TEMPLATE_INPUTS, projection: { ...DEFAULT_PROJECTION, nonPayUplift: 0.05 } },
    );
    expect(withNonPay.yearCosts[1] / withNonPay.yearCosts[0]).toBeCloseTo(1 + 0.05 * (1 - p.payShare), 12);
  });

  test("F with a block period longer than two years: the block months fall in the years they belong to", () => {
    const inputs = {
      ...withProjection({ contractYears: 4 }),
      options: { ...PUBLISHED_TEMPLATE_INPUTS.options, F: { ...PUBLISHED_TEMPLATE_INPUTS.options.F, blockPeriodMonths: 30 } },
    };
    const p = projectContract({ option: "B", pumpPriming: true }, inputs);
    close(p.yearCosts[1], p.yearCosts[0]);
    expect(p.blockHours[2]).toBeCloseTo((p.blockHours[0] * 6) / 12, 9);
    expect(p.yearCosts[3]).toBeLessThan(p.yearCosts[2] + 1e-9);
  });

  test("F over a phased block (C) for 36 months, block hours blank: years 2 and 3 cost the full block's months, in the model and the workbook", () => {
    const F = { ...PUBLISHED_TEMPLATE_INPUTS.options.F, blockPeriodMonths: 36, blockHours: null };
    const inputs = { ...withProjection({ contractYears: 4 }), options: { ...PUBLISHED_TEMPLATE_INPUTS.options, F } };
    const c: ProjectionChoice = { option: "C", pumpPriming: true };
    const p = projectContract(c, inputs);
    const wb = workbook(c, inputs);
    const months = wb.numbers("ECH_PumpPrimingCostByMonth");
    // Month 1 is the minimum block, month 2 one phasing step more: below the full block of months 3 to 36.
    expect(months[0]).toBeLessThan(months[2] - 1);
    expect(months.slice(2)).toEqual(Array<number>(22).fill(months[23]));
    // No uplift: year 2 is months 13 to 24, year 3 months 25 to 36, every one a full block month.
    close(p.yearCosts[1], 12 * months[23]);
    close(p.yearCosts[2], 12 * months[23]);
    expect(p.blockHours[2]).toBe(p.blockHours[1]);
    // Year 4: all spot-purchased, the contact hours only.
    expect(p.blockHours[3]).toBe(0);
    wb.numbers("ECH_ProjectionYearCosts").forEach((v, t) => close(v, p.yearCosts[t]));
    expect(wb.errors()).toEqual([]);
  });

  test("the present value: year 1 undiscounted, year t ÷ (1 + rate)^(t − 1), at the Green Book's 3.5% by default", () => {
    expect(DEFAULT_PROJECTION.discountRate).toBe(0.035);
    const p = projectContract({ option: "C" }, withProjection({ contractYears: 5, payUplift: 0.02 }));
    const want = p.yearCosts.reduce((s, c, t) => s + c / 1.035 ** t, 0);
    close(p.npv, want);
    close(
      p.total,
      p.yearCosts.reduce((s, c) => s + c, 0),
    );
    expect(p.discountFactors[0]).toBe(1);
  });

  test("fill-up: empty units' rent and service charge in the first year, from the Tenant budget sheet unless entered", () => {
    const occupancy = [0.5, 0.75, ...Array<number>(10).fill(1)];
    const p = projectContract({ option: "A" }, withProjection({ occupancy }));
    // 35 tenants; (60 + 22) £ a week of rent and service charge (the published tenant budget); months of 52/12 weeks.
    close(p.voids[0], ((0.5 + 0.25) * 35 * 82 * 52) / 12);
    expect(p.voids.slice(1)).toEqual(Array(9).fill(0));
    close(p.yearCosts[0], p.careCosts[0] + p.voids[0]);
    const own = projectContract({ option: "A" }, withProjection({ occupancy, voidRent: 100, voidServiceCharge: 0 }));
    close(own.voids[0], (0.75 * 35 * 100 * 52) / 12);
    expect(own.hoursNeeded[0]).toBeLessThan(own.hoursNeeded[1]);
  });

  test("inputs are checked, naming the key", () => {
    expect(() => projectContract({ option: "A" }, withProjection({ contractYears: 11 }))).toThrow(InputError);
    expect(() => projectContract({ option: "A" }, withProjection({ contractYears: 11 }))).toThrow(/projection\.contractYears/);
    expect(() => projectContract({ option: "A" }, withProjection({ occupancy: [1, 2] }))).toThrow(/projection\.occupancy/);
    expect(() => parseTemplateInputs({ projection: { payUplift: -0.1 } })).toThrow(/projection\.payUplift/);
    expect(parseTemplateInputs({ projection: { voidRent: null, contractYears: 3 } }).projection?.contractYears).toBe(3);
  });
});

describe("the Projection sheet gives the model's figures (HyperFormula)", () => {
  // Each option once, with and without F in turn (every choice in test:deep): a whole workbook each.
  const SHEET_CHOICES = deep ? CHOICES : CHOICES.filter((c, i) => (i % 2 === 1) === ["B", "D"].includes(c.option));
  test.each(SHEET_CHOICES.map((c) => [name(c), c] as const))("%s, 7 years, 3%% uplifts, tenants paying towards their care", (_, c) => {
    const inputs = withProjection(
      {
        contractYears: 7,
        payUplift: 0.03,
        nonPayUplift: 0.03,
        occupancy: [0.6, 0.8, ...Array<number>(10).fill(1)],
      },
      { ...PUBLISHED_TEMPLATE_INPUTS, averageContributions: [10, 20, 30], selfFunderShares: [0, 0.1, 0] },
    );
    const wb = workbook(c, inputs);
    expect(wb.named("ECH_ProjectionCheck")).toEqual(["OK"]);
    const p = projectContract(c, inputs);
    wb.numbers("ECH_ProjectionYearCosts").forEach((v, t) => close(v, p.yearCosts[t]));
    expect(wb.numbers("ECH_ProjectionYearCosts").slice(7)).toEqual([0, 0, 0]);
    close(wb.numbers("ECH_ProjectionNPV")[0], p.npv);
    expect(p.netShare).toBeLessThan(1);
    wb.numbers("ECH_ProjectionNetYearCosts").forEach((v, t) => close(v, p.netYearCosts[t]));
    close(wb.numbers("ECH_ProjectionNetNPV")[0], p.netNpv);
    close(wb.numbers("ECH_ProjectionNetTotal")[0], p.netTotal);
    close(
      p.netTotal,
      p.netYearCosts.reduce((a, b) => a + b, 0),
    );
    expect(p.netTotal).toBeLessThan(p.total);
    expect(wb.named("ECH_ProjectionBasis")[0]).toBe(p.basis);
    expect(wb.errors()).toEqual([]);
  });

  test("changing the pink cells in the workbook moves the projection as the model says (property)", () => {
    const projection: fc.Arbitrary<ProjectionParams> = fc.record({
      contractYears: fc.integer({ min: 1, max: 10 }),
      payUplift: fc.integer({ min: 0, max: 100 }).map((n) => n / 1000),
      nonPayUplift: fc.integer({ min: 0, max: 100 }).map((n) => n / 1000),
      discountRate: fc.integer({ min: 0, max: 100 }).map((n) => n / 1000),
      occupancy: fc.array(
        fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
        { minLength: 12, maxLength: 12 },
      ),
      voidRent: fc.option(
        fc.integer({ min: 0, max: 20000 }).map((n) => n / 100),
        { nil: null },
      ),
      voidServiceCharge: fc.option(
        fc.integer({ min: 0, max: 5000 }).map((n) => n / 100),
        { nil: null },
      ),
      budget: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
    });
    // Loaded when a case first needs the choice: the sample visits some of the sixteen.
    const books = new Map<string, ReturnType<typeof workbook>>();
    const book = (c: (typeof CHOICES)[number]) => {
      if (!books.has(name(c))) books.set(name(c), workbook(c, PUBLISHED_TEMPLATE_INPUTS));
      return books.get(name(c))!;
    };
    fc.assert(
      fc.property(fc.constantFrom(...CHOICES), projection, templateInputs, (c, proj, base) => {
        const inputs = withProjection(proj, base);
        let p;
        try {
          p = projectContract(c, inputs);
        } catch (e) {
          if (e instanceof InputError) return; // the option cannot be costed with these inputs (its sheet says why)
          throw e;
        }
        const wb = book(c);
        const cells = placed(c, inputs).sheets.flatMap((s) =>
          s.cells
            .filter((x) => x.style === "input")
            .map((x) => [s.id, x.ref, x.value ?? null] as [string, string, string | number | boolean | null]),
        );
        wb.setMany(cells);
        expect(wb.named("ECH_ProjectionCheck")).toEqual(["OK"]);
        wb.numbers("ECH_ProjectionYearCosts").forEach((v, t) => close(v, p.yearCosts[t]));
        close(wb.numbers("ECH_ProjectionNPV")[0], p.npv);
        const price = wb.named("ECH_BreakEvenPrice")[0];
        if (p.breakEvenPrice === null) expect(typeof price).toBe("string");
        else close(price as number, p.breakEvenPrice);
      }),
      { numRuns: runs(6) },
    );
  });
});
