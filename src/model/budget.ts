import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from "./defaults";
import { InputError } from "./errors";
import { nonNegative } from "./validate";

export interface TenantBudget {
  weeklyExpenditure: number;
  weeklyIncome: number;
  /** Income − expenditure: negative when the tenant is short each week. */
  weeklySurplus: number;
  /** Weekly expenditure × 52 / 12. */
  monthlyExpenditure: number;
}

function total(argument: string, amounts: readonly number[]): number {
  if (amounts.length === 0) throw new InputError(argument, "needs at least one amount.");
  return amounts.reduce((sum, a) => sum + nonNegative(argument, a, "an amount in £ per week"), 0);
}

/** Seed 002's indicative weekly budget of a tenant: expenditure against sources of income. */
export function tenantBudget(expenditure: readonly number[], income: readonly number[]): TenantBudget {
  const weeklyExpenditure = total("expenditure", expenditure);
  const weeklyIncome = total("income", income);
  return {
    weeklyExpenditure,
    weeklyIncome,
    weeklySurplus: weeklyIncome - weeklyExpenditure,
    monthlyExpenditure: (weeklyExpenditure * WEEKS_PER_YEAR) / MONTHS_PER_YEAR,
  };
}
