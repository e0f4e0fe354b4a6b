/** The Tenant budget sheet: the published model's weekly budget of a tenant with high needs and a low income. */
import { calcRow, checkRowFor, constRow, firstProblem, fx, type Row } from "../../calc";
import { BUDGET_ROWS, DEFAULT_TENANT_EXPENDITURE, DEFAULT_TENANT_INCOME } from "../../model";
import { averageContributions, selfFunderShares } from "../../model/contributions";
import * as EnglishBudget from "../../model/englishBudget";
import { CURRENT, CURRENT_CHOSEN, STATUTORY_BASES, enterCellChosen, priceBaseInput } from "../../model/priceRows";
import { SheetLayout } from "../../layout/layout";
import { titleRow } from "../../model/inputCheck";

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
const checks = [checkRowFor(BUDGET_ROWS.expenditure), checkRowFor(BUDGET_ROWS.income)];
export const budgetCheck = calcRow("budgetCheck", "Budget check", firstProblem(checks), { check: true, name: "ECH_BudgetCheck" });
const title = titleRow(BUDGET_ID, "Tenant's weekly budget");

export function budgetLayout(): SheetLayout {
  const l = new SheetLayout(
    BUDGET_ID,
    "Tenant budget",
    { columns: [40, 12, 34, 12, 22], orientation: "portrait", freezeRows: 4 },
    budgetCheck,
  );
  l.line([{ row: title, style: "title" }]);
  l.line([
    {
      text: "The source's example (a Scottish one): indicative costs and income of a tenant with high needs, a low income and capital below the benefit threshold (Joint Improvement Team, Extra Care Housing, 2009). Free personal care and council tax benefit do not exist in England.",
      style: "subtitle",
    },
  ]);
  l.gap();
  l.table(
    ["Expenditure a week", "£", "Income source a week", "£"],
    [{ row: expenditureLabels }, { row: BUDGET_ROWS.expenditure }, { row: incomeLabels }, { row: BUDGET_ROWS.income }],
    BUDGET_ROWS.expenditure.size,
  );
  l.line([
    { text: "Total", style: "total" },
    { row: BUDGET_ROWS.expenditureTotal },
    { text: "Total", style: "total" },
    { row: BUDGET_ROWS.incomeTotal },
  ]);
  l.line([{ text: BUDGET_ROWS.surplus.label + " a week", style: "label" }, { row: BUDGET_ROWS.surplus }]);
  l.line([{ text: "Monthly total (weekly × 52 ÷ 12)", style: "total" }, { row: BUDGET_ROWS.monthly }]);
  l.gap();
  l.line([{ text: budgetCheck.label, style: "total" }, { row: budgetCheck }, { row: checks[0] }, { row: checks[1] }]);
  l.gap();
  l.line([
    {
      text: "Housing Benefit, free personal care, social care funding and Attendance Allowance are subject to eligibility and local charging policy.",
      style: "note",
    },
  ]);
  englishSection(l);
  return l;
}

/** What the English section is, beside its header: the chosen base, or how to see it. */
const englishNote = calcRow(
  "english.note",
  "",
  fx`IF(${CURRENT},"At "&${priceBaseInput}&" prices: weekly amounts for a single tenant of State Pension age in England. Pink cells are the tenant's own figures.","Choose a current price base (2024-25, 2025-26 or 2026-27) on the Inputs sheet to see this budget; the published model's price base keeps the Scottish budget above.")`,
  { check: true },
);

/** The English budget at a current price base (issue 11): the figures, the tenant's cells, the results. */
function englishSection(l: SheetLayout): void {
  const input = (row: Row) =>
    l.line([
      { text: row.label, style: "label" },
      { row },
      { text: row.unit ?? "", style: "note" },
      { row: EnglishBudget.INPUT_CHECKS.get(row)! },
    ]);
  const result = (row: Row, style: "label" | "total" = "label") =>
    l.line([{ text: row.label, style }, { row }, { text: [row.unit, row.note].filter(Boolean).join(": "), style: "note" }]);
  l.gap();
  l.line([{ text: "English budget at a current price base (Care Act 2014 charging)", style: "header" }]);
  l.line([{ row: englishNote, style: "note" }]);
  l.gap();
  l.line([{ text: "The tenant", style: "header" }]);
  for (const row of EnglishBudget.ENGLISH_INPUTS) input(row);
  // Used at a current price base only, and a figure to enter at its own base only: grey otherwise.
  l.inUseWhen(CURRENT_CHOSEN, EnglishBudget.ENGLISH_INPUTS);
  for (const c of EnglishBudget.TENANT_ENTER_CELLS) l.inUseWhen(enterCellChosen(c), [c.row]);
  result(EnglishBudget.careRateUsed);
  result(EnglishBudget.careCostWeek);
  l.gap();
  l.line([{ text: "Weekly budget", style: "header" }]);
  for (const row of EnglishBudget.ENGLISH_RESULTS) result(row, row.total ? "total" : "label");
  // The sheet as the charging calculator of the tenants' contributions on the Inputs sheet, in the Inputs sheet's words.
  l.line([
    {
      text: `Charging calculator: enter a typical tenant of one needs band above. Their ${EnglishBudget.careCharge.label.toLowerCase()} can be entered on the Inputs sheet as that band's "${averageContributions.label}"; when it is the whole cost of their care, count tenants like them in the band's "${selfFunderShares.label}" instead.`,
      style: "note",
    },
  ]);
  l.gap();
  l.line([{ text: EnglishBudget.englishCheck.label, style: "total" }, { row: EnglishBudget.englishCheck }]);
  l.line([
    {
      text: "The contribution follows the Care Act 2014 charging rules as the charging circular sets them out: above the upper capital limit the full cost of the care; between the limits £1 a week for each £250 (or part) above the lower limit; the charge is income counted + tariff income − Minimum Income Guarantee − disability-related expenditure, never below £0 or above the cost of the care. Housing Benefit and Council Tax Reduction are not counted. Councils may charge less. Below, read in the workbook and not printed: the figures of each price base (pensions, allowances, Minimum Income Guarantee, capital limits) and those of the chosen base.",
      style: "note",
    },
  ]);
  // The statutory figures of each price base, and those of the chosen base, are read on screen beside
  // the tenant's figures: printed, they took the sheet to a second page.
  l.printUpToHere();
  l.gap();
  l.line(
    ["Figures of each price base", ...STATUTORY_BASES.map(() => null), "Units"].map((h) =>
      h === null ? null : { text: h, style: "header" as const },
    ),
  );
  l.line([{ text: "Price base", style: "label" }, ...STATUTORY_BASES.map((b) => ({ text: b.cell, style: "header" as const }))]);
  for (const f of EnglishBudget.TENANT_FIGURES) {
    const cells = EnglishBudget.TENANT_TABLE[f.key];
    l.line([
      { text: f.label, style: "label" },
      ...cells.map((row) => ({ row, style: row.kind === "input" ? undefined : ("output" as const) })),
      { text: f.unit, style: "note" },
    ]);
  }
  l.line([
    {
      text: "Empty pink cells are figures not checked against a publication: enter them. Sources: the Sources and assumptions sheet.",
      style: "note",
    },
  ]);
  l.line([{ text: EnglishBudget.tableCheck.label, style: "label" }, { row: EnglishBudget.tableCheck }]);
  l.gap();
  l.line([{ text: "At the chosen price base, looked up from the table above", style: "header" }]);
  for (const f of EnglishBudget.TENANT_FIGURES) {
    const row = EnglishBudget.TENANT_FIGURE[f.key];
    l.line([{ text: row.label, style: "label" }, { row }, { text: row.unit ?? "", style: "note" }]);
  }
}
