/* One tenant's contribution for the pane's calculator: the model's charging functions, the figures a price base leaves to enter. */
import fc from "fast-check";
import { chargingFigures, tenantCharge, type TenantChargeInputs } from "../../src/decisions/tenantCharge";
import { careChargeWeekly, englishBudget, pennies } from "../../src/model";
import { inputError } from "../support/inputError";
import { runs } from "../support/runs";

// docs/price-base.md, "Worked example: a 2026-27 tenant": the unverified figures typed in as a user would.
const ENTERED_2026 = {
  minimumIncomeGuaranteePensionAge: 250,
  lowerCapitalLimit: 14250,
  upperCapitalLimit: 23250,
  tariffIncomePer250: 1,
};
const EXAMPLE: TenantChargeInputs = {
  priceBase: "2026-27",
  attendanceRate: "Higher rate",
  capital: 20000,
  careHours: 10,
  costPerHour: 30,
  disabilityExpenditure: 0,
  entered: ENTERED_2026,
};

describe("the figures a price base leaves to enter", () => {
  test("2026-27: the Minimum Income Guarantee and the capital rules; the State Pension, the Pension Credit guarantee and Attendance Allowance are published", () => {
    const f = Object.fromEntries(chargingFigures("2026-27").map((c) => [c.figure.key, c.value]));
    expect(f).toEqual({
      newStatePensionFull: 241.3,
      pensionCreditStandardGuaranteeSingle: 238,
      attendanceAllowanceLower: 76.7,
      attendanceAllowanceHigher: 114.6,
      minimumIncomeGuaranteePensionAge: null,
      lowerCapitalLimit: null,
      upperCapitalLimit: null,
      tariffIncomePer250: null,
    });
  });

  test("2024-25 publishes the capital rules; the published model's (Scottish) base has no charging figures", () => {
    const f = Object.fromEntries(chargingFigures("2024-25").map((c) => [c.figure.key, c.value]));
    expect([f.lowerCapitalLimit, f.upperCapitalLimit, f.tariffIncomePer250, f.minimumIncomeGuaranteePensionAge]).toEqual([
      14250,
      23250,
      1,
      null,
    ]);
    expect(chargingFigures("2009")).toEqual([]);
  });
});

describe("one tenant's contribution", () => {
  test("the documented 2026-27 tenant: income counted £355.90, tariff £23.00, contribution £128.90 a week", () => {
    const c = tenantCharge(EXAMPLE);
    expect(pennies(c.statePension)).toBe(241.3);
    expect(c.pensionCredit).toBe(0);
    expect(pennies(c.attendanceAllowance)).toBe(114.6);
    expect(pennies(c.incomeCounted)).toBe(355.9);
    expect(c.tariffIncome).toBe(23);
    expect(c.careCost).toBe(300);
    expect(pennies(c.contribution)).toBe(128.9);
    expect([c.paysAll, c.aboveUpperLimit]).toEqual([false, false]);
  });

  test("capital above the upper limit: the full cost of the care", () => {
    const c = tenantCharge({ ...EXAMPLE, capital: 23250.01 });
    expect(c.contribution).toBe(300);
    expect([c.paysAll, c.aboveUpperLimit]).toEqual([true, true]);
  });

  test("2024-25's published figures: only the guarantee is entered; no Pension Credit above its guarantee, no Attendance Allowance at None", () => {
    const c = tenantCharge({
      ...EXAMPLE,
      priceBase: "2024-25",
      attendanceRate: "None",
      entered: { minimumIncomeGuaranteePensionAge: 200 },
    });
    // 221.20 State Pension + 0 Pension Credit (guarantee 218.15 is lower) + 23 tariff − 200.
    expect(pennies(c.incomeCounted)).toBe(221.2);
    expect(pennies(c.contribution)).toBe(44.2);
  });

  test("bad input is an error naming what to fix, never a number", () => {
    expect(
      inputError(() => tenantCharge({ ...EXAMPLE, entered: { ...ENTERED_2026, minimumIncomeGuaranteePensionAge: undefined } })).argument,
    ).toBe("minimumIncomeGuarantee");
    expect(inputError(() => tenantCharge({ ...EXAMPLE, entered: { ...ENTERED_2026, lowerCapitalLimit: 30000 } })).argument).toBe(
      "lowerCapitalLimit",
    );
    expect(inputError(() => tenantCharge({ ...EXAMPLE, costPerHour: -1 })).argument).toBe("costPerHour");
    expect(inputError(() => tenantCharge({ ...EXAMPLE, capital: -5 })).argument).toBe("capital");
    expect(inputError(() => tenantCharge({ ...EXAMPLE, priceBase: "2009" })).argument).toBe("priceBase");
  });

  test("property: the same contribution as the Tenant budget's rows and ECH.CARECHARGE's, never above the cost of the care", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 60000, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.constantFrom("None", "Lower rate", "Higher rate" as const),
        (capital, careHours, costPerHour, attendanceRate) => {
          const x = { ...EXAMPLE, capital, careHours, costPerHour, attendanceRate } as TenantChargeInputs;
          const c = tenantCharge(x);
          const budget = englishBudget({ ...x, careCostPerWeek: careHours * costPerHour });
          const charge = careChargeWeekly({
            priceBase: "2026-27",
            weeklyIncome: budget.assessableIncome,
            capital,
            careCostPerWeek: careHours * costPerHour,
            entered: { minimumIncomeGuaranteePensionAge: 250, lowerCapitalLimit: 14250, upperCapitalLimit: 23250, tariffIncomePer250: 1 },
          });
          return (
            c.contribution === budget.careCharge && c.contribution === charge.charge && c.contribution <= c.careCost && c.contribution >= 0
          );
        },
      ),
      { seed: 20261205, numRuns: runs(40) },
    );
  });
});
