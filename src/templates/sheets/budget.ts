/** The Tenant budget sheet: the published model's weekly budget of a tenant with high needs and a low income. */
import { calcRow, checkRowFor, constRow, firstProblem } from "../../calc";
import { BUDGET_ROWS as R, DEFAULT_TENANT_EXPENDITURE, DEFAULT_TENANT_INCOME } from "../../model";
import { SheetLayout } from "../layout";
import { titleRow } from "./inputs";

export const BUDGET_ID = "budget";

const expenditureLabels = constRow(
  "budget.expenditureLabels",
  "Expenditure",
  DEFAULT_TENANT_EXPENDITURE.map((l) => l.label),
);
const incomeLabels = constRow(
  "budget.incomeLabels",
  "Income source",
  DEFAULT_TENANT_INCOME.map((l) => l.label),
);
const checks = [checkRowFor(R.expenditure), checkRowFor(R.income)];
export const budgetCheck = calcRow("budgetCheck", "Budget check", firstProblem(checks), { check: true, name: "ECH_BudgetCheck" });
const title = titleRow(BUDGET_ID, "Tenant's weekly budget");

export function budgetLayout(): SheetLayout {
  const l = new SheetLayout(
    BUDGET_ID,
    "Tenant budget",
    { columns: [46, 13, 40, 13, 30], orientation: "portrait", freezeRows: 4 },
    budgetCheck,
  );
  l.line([{ row: title, style: "title" }]);
  l.line([
    {
      text: "The source's example (a Scottish one): indicative costs and income of a tenant with high needs, a low income and capital below the benefit threshold (JIT, Extra Care Housing, 2009). Free personal care and council tax benefit do not exist in England.",
      style: "subtitle",
    },
  ]);
  l.gap();
  l.table(
    ["Expenditure a week", "£", "Income source a week", "£"],
    [{ row: expenditureLabels }, { row: R.expenditure }, { row: incomeLabels }, { row: R.income }],
    R.expenditure.size,
  );
  l.line([{ text: "Total", style: "total" }, { row: R.expenditureTotal }, { text: "Total", style: "total" }, { row: R.incomeTotal }]);
  l.line([{ text: R.surplus.label + " a week", style: "label" }, { row: R.surplus }]);
  l.line([{ text: "Monthly total (weekly × 52 ÷ 12)", style: "total" }, { row: R.monthly }]);
  l.gap();
  l.line([{ text: budgetCheck.label, style: "total" }, { row: budgetCheck }, { row: checks[0] }, { row: checks[1] }]);
  l.gap();
  l.line([
    {
      text: "Housing Benefit, free personal care, social care funding and Attendance Allowance are subject to eligibility and local charging policy.",
      style: "note",
    },
  ]);
  return l;
}
