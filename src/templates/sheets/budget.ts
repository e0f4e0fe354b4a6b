/** The Tenant budget sheet: seed 002's weekly budget of a tenant with high needs and a low income. */
import { DEFAULT_TENANT_EXPENDITURE, DEFAULT_TENANT_INCOME, MONTHS_PER_YEAR, WEEKS_PER_YEAR, type ParamRule } from "../../model";
import { SheetBuilder, checkFormula, describeRule, firstProblem, guarded, ruleValidation } from "../builder";
import { FMT } from "../formats";
import type { TemplateInputs } from "../inputs";
import type { NameDef, SheetDef } from "../types";

export const BUDGET_ID = "budget";
export const BUDGET = { expenditureTotal: "B11", incomeTotal: "D11", surplus: "B12", monthly: "B13", check: "B15" } as const;

const AMOUNT: ParamRule = { kind: "number", min: 0 };

export function budgetSheet(inputs: TemplateInputs): { sheet: SheetDef; names: NameDef[] } {
  const s = new SheetBuilder(BUDGET_ID);
  s.text("A1", "Tenant's weekly budget", "title");
  s.text("A2", "Indicative costs and sources of income for a tenant with high needs, a low income and capital below the benefit threshold (seed 002).", "subtitle");
  ["Expenditure per week", "£", "Income source", "£"].forEach((h, c) => s.text(`${"ABCD"[c]}4`, h, "header"));
  const checks: string[] = [];
  const side = (labels: readonly { label: string }[], values: readonly number[], labelCol: string, col: string, what: string) => {
    labels.forEach((l, k) => {
      const r = 5 + k;
      s.text(`${labelCol}${r}`, l.label, "label");
      const error = `${l.label}: ${describeRule(AMOUNT)} (£ a week).`;
      s.input(`${col}${r}`, values[k], FMT.money, ruleValidation(AMOUNT, `${what}: ${l.label}, £ a week.`, error));
      checks.push(checkFormula(`${col}${r}`, AMOUNT, error));
    });
  };
  side(DEFAULT_TENANT_EXPENDITURE, inputs.tenantExpenditure, "A", "B", "Weekly spending");
  side(DEFAULT_TENANT_INCOME, inputs.tenantIncome, "C", "D", "Weekly income");
  s.text("A15", "Budget check", "total");
  s.formula(BUDGET.check, firstProblem(checks), undefined, "check");
  s.name("ECH_BudgetCheck", BUDGET.check, "OK, or what to fix");
  const g = (f: string) => guarded(BUDGET.check, f);
  s.text("A11", "TOTAL", "total");
  s.formula(BUDGET.expenditureTotal, g("SUM(B5:B10)"), FMT.money, "total");
  s.text("C11", "TOTAL", "total");
  s.formula(BUDGET.incomeTotal, g("SUM(D5:D10)"), FMT.money, "total");
  s.text("A12", "Income − expenditure a week", "label");
  s.formula(BUDGET.surplus, g("D11-B11"), FMT.money);
  s.text("A13", "Monthly total (weekly × 52 ÷ 12)", "total");
  s.formula(BUDGET.monthly, g(`B11*${WEEKS_PER_YEAR}/${MONTHS_PER_YEAR}`), FMT.money, "total");
  s.name("ECH_TenantExpenditure", "B5:B10", "£ a week");
  s.name("ECH_TenantIncome", "D5:D10", "£ a week");
  s.name("ECH_TenantMonthlyTotal", BUDGET.monthly, "weekly expenditure × 52 ÷ 12");
  s.text("A17", "Housing Benefit, FPC, social care funding and attendance allowance are subject to eligibility and local charging policy.", "note");
  return {
    sheet: s.sheet({ name: "Tenant budget", columns: [46, 13, 40, 13], freeze: { rows: 4 }, orientation: "portrait" }),
    names: s.names,
  };
}
