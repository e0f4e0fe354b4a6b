/** The price base in the workbook: the same rows as the model, printed as formulas and recalculated by HyperFormula. */
import { DEFAULT_SCHEME, computeScheme, pennies } from "../../src/model";
import { PUBLISHED_TEMPLATE_INPUTS, parseTemplateInputs, type PlacedTemplate } from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { WORKED_2026, WORKED_2026_JSON } from "../support/worked";
import { placedTemplate } from "../support/templates";

function workedTemplate(): PlacedTemplate {
  return placedTemplate({ option: "A", overlays: [] }, parseTemplateInputs(WORKED_2026_JSON));
}

const money = (t: EvaluatedTemplate, name: string) => t.named(name).map((v) => pennies(v as number));

describe("the default workbook: 2026-27, complete", () => {
  const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }));
  const model = computeScheme(DEFAULT_SCHEME);

  test("ECH_PriceBase is a pink list cell showing 2026-27; every result is the model's, no error cell, the checks OK", () => {
    expect(t.named("ECH_PriceBase")).toEqual(["2026-27"]);
    const cell = t.placed.sheets.find((s) => s.id === "inputs")!.cells.find((c) => c.ref === t.at("priceBase")[1])!;
    expect(cell.style).toBe("input");
    expect(cell.validation?.list).toEqual(["2009 (published model)", "2024-25", "2025-26", "2026-27"]);
    expect(t.errors()).toEqual([]);
    expect(t.named("ECH_InputCheck")).toEqual(["OK"]);
    expect(t.named("ECH_PayWarning")).toEqual(["OK"]);
    expect(t.named("ECH_NationalLivingWage")).toEqual([12.71]);
    expect(t.named("ECH_Workers")).toEqual([27]);
    expect(money(t, "ECH_EmployerNI")).toEqual([80124.28]);
    expect(money(t, "ECH_TotalCost")).toEqual([944682.94]);
    expect(money(t, "ECH_TotalCost")).toEqual([pennies(model.totalCost)]);
    expect(money(t, "ECH_UnitCostPerHour")).toEqual([23.23]);
    expect(money(t, "ECH_CouncilAnnualCost")).toEqual([944682.94]);
  });

  test("no pink cell the cost needs is empty: the table of price bases has every needed figure of 2026-27", () => {
    expect(t.row("priceTable.2026-27.nationalLivingWage")).toEqual([12.71]);
    expect(t.row("priceTable.2024-25.secondaryThreshold")).toEqual([9100]);
    expect(t.row("priceTable.2026-27.secondaryThreshold")).toEqual([5000]);
    const [sheet, ref] = t.at("priceTable.2026-27.homecareMinimumPrice");
    const cell = t.placed.sheets.find((s) => s.id === sheet)!.cells.find((c) => c.ref === ref)!;
    expect(cell.style).toBe("input");
    expect(cell.value).toBeUndefined();
    expect(t.value(sheet, ref)).toBeNull();
  });

  test("a £10.00 rate warns, naming the rate and £12.71, and the costs stand (the model's at £10.00)", () => {
    const u = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }));
    u.setRows([["careRate", 0, 10]]);
    const warning =
      "Hourly pay of care: £10.00 an hour is below the National Living Wage of £12.71 an hour (2026-27, workers aged 21 and over).";
    expect(u.named("ECH_PayWarning")).toEqual([warning]);
    expect(u.row("careRate.check")).toEqual([warning]);
    expect(u.row("staffing.payWarning")).toEqual([warning]);
    expect(u.named("ECH_InputCheck")).toEqual(["OK"]);
    expect(u.errors()).toEqual([]);
    const at10 = computeScheme({ ...DEFAULT_SCHEME, hourlyRates: { support: 12.71, care: 10 } });
    expect(money(u, "ECH_TotalCost")).toEqual([pennies(at10.totalCost)]);
    expect(at10.warnings.map((w) => w.message)).toEqual([warning]);
  });

  test("an input the model cannot use stops the results, with the reason on the Staffing sheet too", () => {
    const u = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }));
    u.setRows([["bandShares", 0, 0.5]]);
    const reason = u.named("ECH_InputCheck")[0];
    expect(reason).toMatch(/100%/);
    expect(u.row("staffing.inputCheck")).toEqual([reason]);
    expect(u.named("ECH_TotalCost")[0]).toEqual({ error: "#N/A" });
  });

  test("choosing the published model with its own figures gives every seed figure", () => {
    const u = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, PUBLISHED_TEMPLATE_INPUTS));
    expect(u.named("ECH_PriceBase")).toEqual(["2009 (published model)"]);
    expect(u.named("ECH_NationalLivingWage")).toEqual([""]);
    expect(u.named("ECH_Workers")).toEqual([""]);
    expect(money(u, "ECH_TotalCost")).toEqual([555415.8]);
    expect(money(u, "ECH_UnitCostPerHour")).toEqual([13.66]);
    expect(u.errors()).toEqual([]);
    // The same from the inputs file: naming the published model brings its figures.
    const json = new EvaluatedTemplate(
      placedTemplate({ option: "A", overlays: [] }, parseTemplateInputs({ priceBase: "2009 (published model)" })),
    );
    expect(money(json, "ECH_TotalCost")).toEqual([555415.8]);
  });

  test("a price base that is not on the list is named by the check", () => {
    const u = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }));
    u.setRows([["priceBase", 0, "2023-24"]]);
    expect(u.named("ECH_InputCheck")[0]).toBe("Price base: choose one of: 2009 (published model), 2024-25, 2025-26, 2026-27.");
  });
});

describe("the worked 2026-27 example in the workbook", () => {
  const t = new EvaluatedTemplate(workedTemplate());
  const model = computeScheme(WORKED_2026);
  const today = model.today!;

  test("every figure the model gives, to the penny, and no error cell", () => {
    expect(t.errors()).toEqual([]);
    expect(t.named("ECH_InputCheck")).toEqual(["OK"]);
    expect(t.named("ECH_PriceBase")).toEqual(["2026-27"]);
    expect(t.named("ECH_NationalLivingWage")).toEqual([12.71]);
    expect(t.named("ECH_Workers")).toEqual([27]);
    expect(money(t, "ECH_PaidHours")).toEqual([pennies(today.paidHoursPerWeek)]);
    expect(money(t, "ECH_EmployerNI")).toEqual([79524.28]);
    expect(money(t, "ECH_EmployerPension")).toEqual([14900.46]);
    expect(money(t, "ECH_TotalStaffCost")).toEqual([759586.59]);
    expect(money(t, "ECH_TotalCost")).toEqual([938849.02]);
    expect(money(t, "ECH_UnitCostPerHour")).toEqual([23.09]);
    expect(money(t, "ECH_UnitCostPerPaidHour")).toEqual([18.81]);
    expect(money(t, "ECH_CostPerPersonWeek")).toEqual([515.85]);
    expect(money(t, "ECH_CostPerPersonYear")).toEqual([26824.26]);
    expect(t.named("ECH_HomecareBenchmark")).toEqual([""]);
    for (const [id, want] of [
      ["daySupportPay", today.pay.daySupport],
      ["nightCarePay", today.pay.nightCare],
      ["teamLeaderPay", today.pay.teamLeaders],
      ["overheads", today.overheads],
      ["surplus", today.surplus],
    ] as const) {
      expect(t.rowNumbers(id)[0]).toBeCloseTo(want, 6);
    }
  });

  test("the Employment Allowance: a pink No by default; Yes takes £10,500 off, as the model does", () => {
    const u = new EvaluatedTemplate(workedTemplate());
    expect(u.named("ECH_ClaimsEmploymentAllowance")).toEqual(["No"]);
    expect(u.row("priceTable.2026-27.employmentAllowance")).toEqual([10500]);
    u.setRows([["employmentAllowance", 0, "Yes"]]);
    expect(u.named("ECH_InputCheck")).toEqual(["OK"]);
    expect(u.rowNumbers("employmentAllowanceClaimed")).toEqual([10500]);
    expect(money(u, "ECH_EmployerNI")).toEqual([79524.28]);
    expect(money(u, "ECH_TotalCost")).toEqual([925871.02]);
    const model = computeScheme({ ...WORKED_2026, pay: { ...WORKED_2026.pay!, employmentAllowance: "Yes" } });
    expect(money(u, "ECH_TotalCost")).toEqual([pennies(model.totalCost)]);
    expect(u.errors()).toEqual([]);
  });

  test("employer National Insurance rises from 2024-25 to 2026-27 at equal pay", () => {
    const u = new EvaluatedTemplate(workedTemplate());
    u.setRows([["priceBase", 0, "2024-25"]]);
    expect(money(u, "ECH_EmployerNI")).toEqual([57885.74]);
    expect(u.named("ECH_HomecareBenchmark")).toEqual([28.53]);
  });

  test("the workbook's stored values are the model's (viewers that do not calculate)", () => {
    const placed = workedTemplate();
    const [sheet, ref] = new EvaluatedTemplate(placed).at("totalCost");
    const cell = placed.sheets.find((s) => s.id === sheet)!.cells.find((c) => c.ref === ref)!;
    expect(pennies(cell.cached as number)).toBe(938849.02);
  });
});
