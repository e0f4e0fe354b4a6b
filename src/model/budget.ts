import { Program } from "../calc/graph";
import { calcRow, fx, inputRow, range, rebound, type ParamRule } from "../calc";
import { publishedModel } from "./sources";
import { DEFAULT_TENANT_EXPENDITURE, DEFAULT_TENANT_INCOME, MONTHS_PER_YEAR, WEEKS_PER_YEAR } from "./defaults";
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
  total("expenditure", expenditure);
  total("income", income);
  // The graph's rows have the template's six lines; the function takes any number, so it sizes its own.
  const { program, rows } = budgetProgram(expenditure.length, income.length);
  const e = program.run([expenditure, income]);
  return {
    weeklyExpenditure: e.number(rows.expenditureTotal),
    weeklyIncome: e.number(rows.incomeTotal),
    weeklySurplus: e.number(rows.surplus),
    monthlyExpenditure: e.number(rows.monthly),
  };
}

// The tenant's budget as graph rows: the Tenant budget sheet prints them, tenantBudget evaluates them.
const AMOUNT: ParamRule = { kind: "number", min: 0 };
const MONEY = "£#,##0.00;-£#,##0.00";
const TENANT_BUDGET = publishedModel("Indicative costs and sources of income for tenants");

/** The budget's rows: six lines of expenditure and six of income, as the published budget has. */
function budgetRows() {
  const lines = (id: string, label: string, values: readonly number[], prompt: string, name: string, cellLabels: readonly string[]) =>
    inputRow(id, label, values, {
      source: TENANT_BUDGET,
      cellLabels,
      unit: "£ a week",
      format: MONEY,
      rule: AMOUNT,
      prompt,
      name,
    });
  const exp = lines(
    "tenantExpenditure",
    "Expenditure",
    DEFAULT_TENANT_EXPENDITURE.map((l) => l.amount),
    "Weekly spending on this line, £ a week.",
    "ECH_TenantExpenditure",
    DEFAULT_TENANT_EXPENDITURE.map((l) => l.label),
  );
  const inc = lines(
    "tenantIncome",
    "Income",
    DEFAULT_TENANT_INCOME.map((l) => l.amount),
    "Weekly income from this source, £ a week.",
    "ECH_TenantIncome",
    DEFAULT_TENANT_INCOME.map((l) => l.label),
  );
  const expenditureTotal = calcRow("budget.expenditure", "Total expenditure", fx`SUM(${range(exp)})`, {
    unit: "£ a week",
    format: MONEY,
    total: true,
  });
  const incomeTotal = calcRow("budget.income", "Total income", fx`SUM(${range(inc)})`, { unit: "£ a week", format: MONEY, total: true });
  const surplus = calcRow("budget.surplus", "Income − expenditure", fx`${incomeTotal}-${expenditureTotal}`, {
    unit: "£ a week",
    format: MONEY,
  });
  const monthly = calcRow("budget.monthly", "Monthly expenditure", fx`${expenditureTotal}*${WEEKS_PER_YEAR}/${MONTHS_PER_YEAR}`, {
    unit: "£ a month",
    format: MONEY,
    note: "weekly × 52 ÷ 12",
    name: "ECH_TenantMonthlyTotal",
    total: true,
  });
  return { expenditure: exp, income: inc, expenditureTotal, incomeTotal, surplus, monthly };
}

export const BUDGET_ROWS = budgetRows();
type BudgetRows = typeof BUDGET_ROWS;

/** The same rows for n lines of expenditure and m of income (ECH.TENANTBUDGET takes any number). */
function resized(n: number, m: number): BudgetRows {
  const R = BUDGET_ROWS;
  if (n === R.expenditure.size && m === R.income.size) return R;
  const expenditure = { ...R.expenditure, id: `${R.expenditure.id}.${n}`, size: n, values: Array<number>(n).fill(0) };
  const income = { ...R.income, id: `${R.income.id}.${m}`, size: m, values: Array<number>(m).fill(0) };
  const expenditureTotal = rebound(R.expenditureTotal, new Map([[R.expenditure, expenditure]]));
  const incomeTotal = rebound(R.incomeTotal, new Map([[R.income, income]]));
  const to = new Map([
    [R.expenditureTotal, expenditureTotal],
    [R.incomeTotal, incomeTotal],
  ]);
  return { expenditure, income, expenditureTotal, incomeTotal, surplus: rebound(R.surplus, to), monthly: rebound(R.monthly, to) };
}

const programs = new Map<string, { program: Program; rows: BudgetRows }>();

export function budgetProgram(n: number, m: number): { program: Program; rows: BudgetRows } {
  const key = `${n},${m}`;
  let p = programs.get(key);
  if (!p) {
    const rows = resized(n, m);
    p = { program: new Program([rows.expenditure, rows.income], [rows.surplus, rows.monthly]), rows };
    programs.set(key, p);
  }
  return p;
}
