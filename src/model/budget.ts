import { Program } from "../calc/graph";
import { calcRow, fx, inputRow, range, rebound, type ParamRule } from "../calc";
import { publishedModel } from "./sources";
import { DEFAULT_TENANT_EXPENDITURE, DEFAULT_TENANT_INCOME, MONTHS_PER_YEAR, WEEKS_PER_YEAR } from "./defaults";
import { tenantBudgetOver, type Run } from "./revenueRun";

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
      key: id,
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

const programs = new Map<string, { program: Program; rows: BudgetRows; run: Run }>();

/** The budget's program for n lines of expenditure and m of income; `run` returns the totals, the surplus and the monthly expenditure. */
export function budgetProgram(n: number, m: number): { program: Program; rows: BudgetRows; run: Run } {
  const key = `${n},${m}`;
  let p = programs.get(key);
  if (!p) {
    const rows = resized(n, m);
    const program = new Program([rows.expenditure, rows.income], [rows.expenditureTotal, rows.incomeTotal, rows.surplus, rows.monthly]);
    p = { program, rows, run: program.runner() };
    programs.set(key, p);
  }
  return p;
}

export const tenantBudget = tenantBudgetOver((n, m) => budgetProgram(n, m).run);
export type { TenantBudget } from "./revenueRun";
