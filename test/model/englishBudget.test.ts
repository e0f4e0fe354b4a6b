import fc from "fast-check";
import { PRICE_BASES, careChargeWeekly, englishBudget, pennies } from "../../src/model";
import { inputError } from "../support/inputError";
import { runs } from "../support/runs";

// The user's entries for figures not verified for 2026-27 (the Minimum Income Guarantee and the
// capital rules): examples typed into the empty pink cells, not published figures.
const ENTERED_2026 = {
  minimumIncomeGuaranteePensionAge: 250,
  lowerCapitalLimit: 14250,
  upperCapitalLimit: 23250,
  tariffIncomePer250: 1,
};

const thrown = inputError;

describe("the verified tenant figures of each price base", () => {
  const tenant = (id: string) => {
    const b = PRICE_BASES.find((p) => p.id === id)!;
    if (b.method !== "statutory") throw new Error(id);
    return b.rules.tenant;
  };

  test("2024-25: State Pension £221.20, Pension Credit £218.15, capital limits £14,250 and £23,250, £1 per £250", () => {
    const t = tenant("2024-25");
    expect(t.newStatePensionFull?.value).toBe(221.2);
    expect(t.pensionCreditStandardGuaranteeSingle?.value).toBe(218.15);
    expect([t.lowerCapitalLimit?.value, t.upperCapitalLimit?.value, t.tariffIncomePer250?.value]).toEqual([14250, 23250, 1]);
    expect([t.attendanceAllowanceLower?.value, t.attendanceAllowanceHigher?.value]).toEqual([72.65, 108.55]);
    expect(t.attendanceAllowanceHigher?.source.date).toBe("28 November 2023");
    expect(t.minimumIncomeGuaranteePensionAge).toBeNull();
  });

  test("2025-26: Attendance Allowance £73.90 and £110.40; 2026-27: £76.70 and £114.60, Pension Credit £238.00, State Pension £241.30", () => {
    expect([tenant("2025-26").attendanceAllowanceLower?.value, tenant("2025-26").attendanceAllowanceHigher?.value]).toEqual([73.9, 110.4]);
    expect(tenant("2025-26").pensionCreditStandardGuaranteeSingle).toBeNull();
    // The severe disability addition: DWP's guide for 2025-26; the other years' rates are not in a DWP page stored.
    expect(tenant("2025-26").pensionCreditSevereDisabilitySingle?.value).toBe(82.9);
    expect(tenant("2025-26").pensionCreditSevereDisabilitySingle?.source.url).toBe("https://www.gov.uk/pension-credit/what-youll-get");
    expect([tenant("2024-25").pensionCreditSevereDisabilitySingle, tenant("2026-27").pensionCreditSevereDisabilitySingle]).toEqual([
      null,
      null,
    ]);
    const t = tenant("2026-27");
    expect([t.attendanceAllowanceLower?.value, t.attendanceAllowanceHigher?.value]).toEqual([76.7, 114.6]);
    expect(t.pensionCreditStandardGuaranteeSingle?.value).toBe(238);
    expect(t.newStatePensionFull?.value).toBe(241.3);
    expect(t.newStatePensionFull?.source.date).toBe("10 February 2026");
    expect(t.minimumIncomeGuaranteePensionAge).toBeNull();
  });

  test("every verified figure names a publication with a title, publisher, date and address", () => {
    for (const b of PRICE_BASES) {
      if (b.method !== "statutory") continue;
      for (const f of Object.values(b.rules.tenant)) {
        if (f === null) continue;
        expect(f.source.title.length).toBeGreaterThan(10);
        expect(f.source.publisher.length).toBeGreaterThan(3);
        expect(f.source.date.length).toBeGreaterThan(3);
        expect(f.source.url).toMatch(/^https:\/\//);
      }
    }
  });
});

describe("a 2026-27 tenant: full State Pension, higher Attendance Allowance, capital £20,000, 10 hours of care at £30.00", () => {
  const b = englishBudget({
    priceBase: "2026-27",
    attendanceRate: "Higher rate",
    housingBenefit: 160,
    councilTaxReduction: 25,
    rent: 120,
    serviceCharge: 40,
    councilTax: 25,
    livingCosts: 150,
    capital: 20000,
    careCostPerWeek: 10 * 30,
    entered: ENTERED_2026,
  });

  test("income: £241.30 + Pension Credit £0 (the pension is above the £238.00 guarantee) + £160 + £25 + £114.60 = £540.90", () => {
    expect(pennies(b.statePension)).toBe(241.3);
    expect(b.pensionCredit).toBe(0);
    expect(pennies(b.attendanceAllowance)).toBe(114.6);
    expect(pennies(b.weeklyIncome)).toBe(540.9);
    expect(pennies(b.weeklyExpenditure)).toBe(335);
  });

  test("charge: tariff ⌈(20,000 − 14,250) ÷ 250⌉ = £23; £355.90 + £23 − £250 guarantee = £128.90, under the £300 of care", () => {
    expect(pennies(b.assessableIncome)).toBe(355.9);
    expect(b.tariffIncome).toBe(23);
    expect(pennies(b.careCharge)).toBe(128.9);
  });

  test("left: £540.90 − £335 − £128.90 = £77.00 a week, £333.67 a month", () => {
    expect(pennies(b.leftWeek)).toBe(77);
    expect(pennies(b.leftMonth)).toBe(333.67);
  });

  test("Housing Benefit and Council Tax Reduction do not change the charge", () => {
    const more = englishBudget({
      priceBase: "2026-27",
      housingBenefit: 300,
      councilTaxReduction: 40,
      capital: 20000,
      careCostPerWeek: 300,
      entered: ENTERED_2026,
    });
    expect(pennies(more.careCharge)).toBe(128.9);
  });

  test("2024-25: the full pension £221.20 is above the £218.15 guarantee, so no Pension Credit; charge £221.20 − £200 entered guarantee", () => {
    const c = englishBudget({
      priceBase: "2024-25",
      attendanceRate: "None",
      careCostPerWeek: 100,
      entered: { minimumIncomeGuaranteePensionAge: 200 },
    });
    expect(pennies(c.statePension)).toBe(221.2);
    expect(c.pensionCredit).toBe(0);
    expect(c.attendanceAllowance).toBe(0);
    // 221.20 − 200 = 21.20, capital 0.
    expect(pennies(c.careCharge)).toBe(21.2);
  });
});

describe("income as inputs: a lower State Pension, an occupational pension, the severe disability addition", () => {
  const tenant = {
    priceBase: "2026-27",
    attendanceRate: "Higher rate" as const,
    housingBenefit: 160,
    councilTaxReduction: 25,
    rent: 120,
    serviceCharge: 40,
    councilTax: 25,
    livingCosts: 150,
    capital: 20000,
    careCostPerWeek: 300,
    entered: ENTERED_2026,
  };

  test("2026-27, State Pension £180 and occupational pension £20: Pension Credit £238.00 − £200 = £38.00; counted £352.60; charge £125.60", () => {
    const b = englishBudget({ ...tenant, statePension: 180, occupationalPension: 20 });
    expect(pennies(b.statePension)).toBe(180);
    expect(pennies(b.occupationalPension)).toBe(20);
    expect(b.severeDisabilityAddition).toBe(0);
    expect(pennies(b.pensionCredit)).toBe(38);
    // 180 + 20 + 38 + 160 + 25 + 114.60
    expect(pennies(b.weeklyIncome)).toBe(537.6);
    // 180 + 20 + 38 + 114.60, then + £23 tariff − £250 guarantee
    expect(pennies(b.assessableIncome)).toBe(352.6);
    expect(pennies(b.careCharge)).toBe(125.6);
    // 120 + 40 − 160
    expect(b.housingCostsNet).toBe(0);
  });

  test("housing costs after Housing Benefit: £120 + £40 − £100 = £60, and they do not change the charge", () => {
    const b = englishBudget({ ...tenant, housingBenefit: 100 });
    expect(pennies(b.housingCostsNet)).toBe(60);
    expect(pennies(b.careCharge)).toBe(128.9);
  });

  test("2025-26, State Pension £150 with the addition £82.90: Pension Credit £227.10 + £82.90 − £150 = £160.00, all of it counted", () => {
    const b = englishBudget({
      priceBase: "2025-26",
      statePension: 150,
      severeDisability: "Yes",
      attendanceRate: "Higher rate",
      careCostPerWeek: 300,
      // Examples typed into the empty pink cells of 2025-26.
      entered: { pensionCreditStandardGuaranteeSingle: 227.1, ...ENTERED_2026 },
    });
    expect(pennies(b.severeDisabilityAddition)).toBe(82.9);
    expect(pennies(b.pensionCredit)).toBe(160);
    // 150 + 160 + 110.40 − 250
    expect(pennies(b.assessableIncome)).toBe(420.4);
    expect(pennies(b.careCharge)).toBe(170.4);
  });

  test("an occupational pension above the guarantee leaves no Pension Credit; the addition is asked for only when the tenant has it", () => {
    const b = englishBudget({ ...tenant, statePension: 100, occupationalPension: 200 });
    expect(b.pensionCredit).toBe(0);
    expect(pennies(b.assessableIncome)).toBe(414.6);
    expect(thrown(() => englishBudget({ ...tenant, severeDisability: "Yes" }))).toMatchObject({
      argument: "severeDisabilityAddition",
      message: expect.stringMatching(/severe disability addition of Pension Credit for 2026-27 has not been checked/),
    });
    const entered = englishBudget({
      ...tenant,
      statePension: 180,
      severeDisability: "Yes",
      entered: { ...ENTERED_2026, pensionCreditSevereDisabilitySingle: 86 },
    });
    expect(pennies(entered.pensionCredit)).toBe(144);
  });

  test("errors name the argument: a negative pension, an addition that is neither Yes nor No", () => {
    expect(thrown(() => englishBudget({ ...tenant, statePension: -1 })).argument).toBe("statePension");
    expect(thrown(() => englishBudget({ ...tenant, occupationalPension: -1 })).argument).toBe("occupationalPension");
    expect(thrown(() => englishBudget({ ...tenant, severeDisability: "yes please" as "Yes" })).argument).toBe("severeDisability");
  });

  test("property: Pension Credit is guarantee + addition − pensions, never below 0, and pension plus credit never falls below the guarantee", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 0, max: 20000 }), (sp, occ) => {
        const b = englishBudget({ ...tenant, statePension: sp / 100, occupationalPension: occ / 100 });
        expect(b.pensionCredit).toBeCloseTo(Math.max(0, 238 - sp / 100 - occ / 100), 9);
        expect(b.statePension + b.occupationalPension + b.pensionCredit).toBeGreaterThanOrEqual(238 - 1e-9);
      }),
      { seed: 7, numRuns: runs(30) },
    );
  });
});

describe("the contribution alone (ECH.CARECHARGE)", () => {
  const at = (capital: number, income = 355.9, cost = 300) =>
    careChargeWeekly({ priceBase: "2026-27", weeklyIncome: income, capital, careCostPerWeek: cost, entered: ENTERED_2026 });

  test("at the limits: £14,250 → no tariff; £14,251 → £1 (part of £250); £23,250 → £36; above it the full cost", () => {
    expect(at(14250).tariffIncome).toBe(0);
    expect(at(14251).tariffIncome).toBe(1);
    expect(at(23250).tariffIncome).toBe(36);
    expect(pennies(at(23250).charge)).toBe(141.9);
    expect(at(23250.01).charge).toBe(300);
  });

  test("never more than the care costs, never below 0", () => {
    expect(at(0, 1000, 50).charge).toBe(50);
    expect(at(0, 100).charge).toBe(0);
  });

  test("disability-related expenditure comes off the charge", () => {
    const c = careChargeWeekly({
      priceBase: "2026-27",
      weeklyIncome: 355.9,
      capital: 0,
      careCostPerWeek: 300,
      disabilityExpenditure: 20,
      entered: ENTERED_2026,
    });
    expect(pennies(c.charge)).toBe(85.9);
  });

  test("errors name the argument: a figure to enter, a verified one entered, the published base, a negative income", () => {
    expect(thrown(() => careChargeWeekly({ priceBase: "2026-27", weeklyIncome: 300, capital: 0, careCostPerWeek: 100 })).argument).toBe(
      "minimumIncomeGuarantee",
    );
    const e = thrown(() =>
      careChargeWeekly({
        priceBase: "2024-25",
        weeklyIncome: 300,
        capital: 0,
        careCostPerWeek: 100,
        entered: { minimumIncomeGuaranteePensionAge: 200, lowerCapitalLimit: 10000 },
      }),
    );
    expect(e.argument).toBe("lowerCapitalLimit");
    expect(e.message).toMatch(/published figure/);
    expect(thrown(() => at(-1)).argument).toBe("capital");
    expect(thrown(() => careChargeWeekly({ priceBase: "2009", weeklyIncome: 1, capital: 0, careCostPerWeek: 1 })).argument).toBe(
      "priceBase",
    );
    expect(thrown(() => at(0, -5)).argument).toBe("weeklyIncome");
    expect(
      thrown(() =>
        careChargeWeekly({
          priceBase: "2026-27",
          weeklyIncome: 1,
          capital: 0,
          careCostPerWeek: 1,
          entered: { ...ENTERED_2026, lowerCapitalLimit: 30000 },
        }),
      ).argument,
    ).toBe("lowerCapitalLimit");
  });

  test("property: the charge is never negative, never above the cost of care, and never falls as capital rises", () => {
    const money = (max: number) => fc.double({ min: 0, max, noNaN: true });
    fc.assert(
      fc.property(money(2000), money(60000), money(60000), money(2000), money(100), (income, c1, c2, cost, dre) => {
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const f = (capital: number) =>
          careChargeWeekly({
            priceBase: "2026-27",
            weeklyIncome: income,
            capital,
            careCostPerWeek: cost,
            disabilityExpenditure: dre,
            entered: ENTERED_2026,
          }).charge;
        const a = f(lo);
        const b = f(hi);
        return a >= 0 && a <= cost + 1e-9 && b >= 0 && b <= cost + 1e-9 && b >= a - 1e-9;
      }),
      { seed: 20260401, numRuns: runs(300) },
    );
  });
});
