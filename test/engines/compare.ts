/** What both engine tests assert: no error cell, the seed figures, and the same numbers as HyperFormula. */
import { pennies } from "../../src/model";
import { PUBLISHED_TEMPLATE_INPUTS, parseTemplateInputs, type PlacedTemplate } from "../../src/templates";
import { WORKED_2026_JSON } from "../support/worked";
import { writeXlsx } from "../../src/writers/xlsx";
import { writeFileSync } from "fs";
import * as path from "path";
import { rangeCells } from "../support/hyperformula";
import { ENGINE_CHOICES } from "../support/choices";
import type { Results } from "../support/engines";
import { hyperFormulaValues, placedTemplate } from "../support/templates";
import { withFormulas } from "../../src/layout/r1c1";

export interface Written {
  placed: PlacedTemplate;
  file: string;
}

export async function writeTemplates(dir: string, choices = ENGINE_CHOICES): Promise<Written[]> {
  return Promise.all(
    choices.map(async (choice) => {
      // The published model's price base: the seed figures, in every engine.
      const placed = placedTemplate(choice, PUBLISHED_TEMPLATE_INPUTS);
      const file = path.join(dir, `${placed.id}.xlsx`);
      writeFileSync(file, await writeXlsx(placed));
      return { placed, file };
    }),
  );
}

export function named(placed: PlacedTemplate, results: Results, name: string): unknown[] {
  const n = placed.names.find((x) => x.name === name)!;
  return rangeCells(n.range).map((ref) => results(n.sheet, ref));
}

/** The worked 2026-27 example of docs/price-base.md as a workbook (option A); with the English budget filled in for ENGLISH_2026_JSON. */
export async function writeWorked2026(dir: string, json: object = WORKED_2026_JSON, name = "worked-2026-27"): Promise<Written> {
  const placed = placedTemplate({ option: "A", overlays: [] }, parseTemplateInputs(json));
  const file = path.join(dir, `${name}.xlsx`);
  writeFileSync(file, await writeXlsx(placed));
  return { placed, file };
}

/** The worked example's figures, as the engine calculated them. */
export function expectWorked2026(placed: PlacedTemplate, results: Results): void {
  expectSameNumbers(placed, results);
  const money = (name: string) => named(placed, results, name).map((v) => pennies(v as number));
  expect(named(placed, results, "ECH_InputCheck")).toEqual(["OK"]);
  expect(named(placed, results, "ECH_PriceBase")).toEqual(["2026-27"]);
  expect(named(placed, results, "ECH_NationalLivingWage")).toEqual([12.71]);
  expect(named(placed, results, "ECH_Workers")).toEqual([27]);
  expect(money("ECH_PaidHours")).toEqual([959.97]);
  expect(money("ECH_EmployerNI")).toEqual([79524.28]);
  expect(money("ECH_EmployerPension")).toEqual([14900.46]);
  expect(money("ECH_TotalStaffCost")).toEqual([759586.59]);
  expect(money("ECH_TotalCost")).toEqual([938849.02]);
  expect(money("ECH_UnitCostPerHour")).toEqual([23.09]);
  expect(money("ECH_UnitCostPerPaidHour")).toEqual([18.81]);
  expect(money("ECH_CostPerPersonWeek")).toEqual([515.85]);
  expect(money("ECH_CostPerPersonYear")).toEqual([26824.26]);
}

/** The worked English budget: £540.90 income, £128.90 contribution, £77.00 left a week. */
export function expectEnglish2026(placed: PlacedTemplate, results: Results): void {
  expectSameNumbers(placed, results);
  const money = (name: string) => named(placed, results, name).map((v) => pennies(v as number));
  expect(named(placed, results, "ECH_EnglishBudgetCheck")).toEqual(["OK"]);
  expect(money("ECH_EnglishWeeklyIncome")).toEqual([540.9]);
  expect(money("ECH_CareContribution")).toEqual([128.9]);
  expect(money("ECH_EnglishLeftWeekly")).toEqual([77]);
  expect(money("ECH_TotalCost")).toEqual([938849.02]);
}

/** No error cell, and every formula cell (and its stored value) the same as HyperFormula's. */
export function expectSameNumbers(placed: PlacedTemplate, results: Results): void {
  const hf = { value: hyperFormulaValues(placed) };
  const errors: string[] = [];
  const diffs: string[] = [];
  for (const s of placed.sheets) {
    for (const c of withFormulas(s.cells)) {
      const got = results(s.id, c.ref);
      if (got !== null && typeof got === "object") errors.push(`${s.name}!${c.ref} ${got.error}`);
      if (c.formula === undefined) continue;
      const want = hf.value(s.id, c.ref);
      // An engine's export cannot tell an empty text result from an empty cell.
      const same =
        typeof want === "number" && typeof got === "number"
          ? Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : // A CSV cannot tell empty text ("") from an empty cell: both are an empty field.
            got === want || (got === null && want === "");
      if (!same) diffs.push(`${s.name}!${c.ref}: engine ${JSON.stringify(got)}, HyperFormula ${JSON.stringify(want)}`);
      // The value stored with the formula (for viewers that do not calculate) is the engine's too.
      const cached = c.cached;
      const sameCached =
        typeof want === "number" && typeof cached === "number"
          ? Math.abs(cached - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : cached === want;
      if (!sameCached) diffs.push(`${s.name}!${c.ref}: stored ${JSON.stringify(cached)}, HyperFormula ${JSON.stringify(want)}`);
    }
  }
  expect(errors).toEqual([]);
  expect(diffs).toEqual([]);
}

export function expectSameAsHyperFormula(placed: PlacedTemplate, results: Results): void {
  expectSameNumbers(placed, results);

  const money = (name: string) => named(placed, results, name).map((v) => pennies(v as number));
  expect(named(placed, results, "ECH_InputCheck")).toEqual(["OK"]);
  expect(named(placed, results, "ECH_OptionCheck")).toEqual(["OK"]);
  expect(rangeCells(placed.rows!.tenantsPerBand.range).map((ref) => results("staffing", ref))).toEqual([10, 17, 10]);
  expect(money("ECH_HoursPerWeek")).toEqual([414.6, 367.4, 782]);
  expect(money("ECH_TotalStaffCost")).toEqual([555415.8]);
  expect(money("ECH_CostPerPersonWeek")).toEqual([305.17]);
  expect(money("ECH_CostPerPersonYear")).toEqual([15869.02]);
  expect(money("ECH_UnitCostPerHour")).toEqual([13.66]);
  expect(money("ECH_TenantMonthlyTotal")).toEqual([1965.38]);
  expect(named(placed, results, "ECH_BlockHours")).toHaveLength(1);
  // With no self-funders and no contributions, the net cost is the cost, and who pays adds up to it.
  const gross = money("ECH_CouncilAnnualCost");
  expect(money("ECH_ContributionsIncome")).toEqual([0]);
  expect(money("ECH_CouncilNetCost")).toEqual(gross);
}
