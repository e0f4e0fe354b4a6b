import { DEFAULT_TENANT_EXPENDITURE, DEFAULT_TENANT_INCOME, InputError, pennies, tenantBudget } from "../../src/model";

describe("tenant weekly budget (seed 002)", () => {
  const b = tenantBudget(
    DEFAULT_TENANT_EXPENDITURE.map((l) => l.amount),
    DEFAULT_TENANT_INCOME.map((l) => l.amount),
  );

  test("totals 453.55 each side, no surplus, £1,965.38 a month", () => {
    expect(pennies(b.weeklyExpenditure)).toBe(453.55);
    expect(pennies(b.weeklyIncome)).toBe(453.55);
    expect(pennies(b.weeklySurplus)).toBe(0);
    expect(pennies(b.monthlyExpenditure)).toBe(1965.38);
  });

  test("a shortfall is a negative surplus", () => {
    expect(tenantBudget([100, 50], [120]).weeklySurplus).toBe(-30);
  });

  test("negative or missing amounts are rejected", () => {
    expect(() => tenantBudget([-1], [1])).toThrow(InputError);
    expect(() => tenantBudget([], [1])).toThrow(/expenditure/);
  });
});
