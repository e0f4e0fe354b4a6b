/** ECH.CARECHARGE: a person's contribution to their care under the Care Act 2014 charging rules, as Excel calls it. */
import "../setup/customFunctionsGlobal";
import * as ECH from "../../src/functions/functions";
import { englishBudget, pennies } from "../../src/model";

function message(v: unknown): string {
  expect(v).toBeInstanceOf(CustomFunctions.Error);
  return (v as CustomFunctions.Error).message ?? "";
}

describe("ECH.CARECHARGE", () => {
  // 2026-27: the Minimum Income Guarantee (£250.00 here) and the capital rules are the user's entries.
  const y26 = (capital: number | string | null, cost: number | string | null = 300, income: number | string | null = 355.9) =>
    ECH.carecharge("2026-27", income, capital, cost, undefined, 250, 14250, 23250, 1) as number[][];

  test("2026-27, capital £20,000, income £355.90, care £300: tariff £23, charge £128.90", () => {
    expect(y26(20000)[0].map(pennies)).toEqual([23, 128.9]);
  });

  test("State Pension £180 and occupational pension £20: the income the English budget counts, £352.60, gives the same £125.60 charge", () => {
    const b = englishBudget({
      priceBase: "2026-27",
      statePension: 180,
      occupationalPension: 20,
      capital: 20000,
      careCostPerWeek: 300,
      entered: { minimumIncomeGuaranteePensionAge: 250, lowerCapitalLimit: 14250, upperCapitalLimit: 23250, tariffIncomePer250: 1 },
    });
    // Pension Credit 238.00 − 200 = 38.00; counted 180 + 20 + 38 + 114.60.
    expect(pennies(b.pensionCredit)).toBe(38);
    expect(pennies(b.assessableIncome)).toBe(352.6);
    expect(y26(20000, 300, b.assessableIncome)[0].map(pennies)).toEqual([23, 125.6]);
    expect(y26(20000, 300, 352.6)[0].map(pennies)).toEqual([23, 125.6]);
  });

  test("above the upper capital limit: the full cost of the care", () => {
    expect(y26(23250.01)[0]).toEqual([36, 300]);
  });

  test("2024-25 uses the circular's published limits: capital £15,000 → £3 tariff; only the guarantee is entered", () => {
    const out = ECH.carecharge("2024-25", [[300]], [[15000]], [[200]], [[10]], [[250]]) as number[][];
    expect(out[0].map(pennies)).toEqual([3, 43]);
  });

  test("errors name the argument", () => {
    expect(message(ECH.carecharge("2026-27", 300, 0, 100))).toMatch(/^minimumIncomeGuarantee: .*2026-27 has not been checked/);
    expect(message(ECH.carecharge("2026-27", 300, 0, 100, 0, 250))).toMatch(/^lowerCapitalLimit: /);
    expect(message(ECH.carecharge("2024-25", 300, 0, 100, 0, 250, 10000))).toMatch(/^lowerCapitalLimit: .*published figure/);
    expect(message(y26(-1))).toMatch(/^capital: /);
    expect(message(y26(0, "x"))).toMatch(/^careCostPerWeek: /);
    expect(message(ECH.carecharge("2009", 300, 0, 100))).toMatch(/^priceBase: .*Scottish/);
    expect(message(ECH.carecharge("2023-24", 300, 0, 100))).toMatch(/^priceBase: "2023-24" is not a price base/);
  });
});
