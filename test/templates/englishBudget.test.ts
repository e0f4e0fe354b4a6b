/** The English tenant budget on the Tenant budget sheet: the model's rows printed as formulas and recalculated by HyperFormula. */
import { computeScheme, englishBudget, pennies, type EnglishBudget } from "../../src/model";
import { PUBLISHED_TEMPLATE_INPUTS, parseTemplateInputs } from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { ENGLISH_2026_JSON, WORKED_2026, WORKED_2026_JSON } from "../support/worked";
import { inputError } from "../support/inputError";
import { placedTemplate } from "../support/templates";

// The worked example's entries (the 2026-27 figures not verified are examples, not published figures).
const ENTERED = ENGLISH_2026_JSON.enteredTenantFigures["2026-27"];
const { careRate: _rate, ...TENANT } = ENGLISH_2026_JSON.englishTenant;
const RESULT_ROWS: readonly [keyof EnglishBudget, string][] = [
  ["statePension", "english.statePension"],
  ["occupationalPension", "english.occupationalPensionUsed"],
  ["severeDisabilityAddition", "english.severeDisabilityAddition"],
  ["pensionCredit", "english.pensionCredit"],
  ["attendanceAllowance", "english.attendanceAllowance"],
  ["weeklyIncome", "english.income"],
  ["weeklyExpenditure", "english.expenditure"],
  ["housingCostsNet", "english.housingCostsNet"],
  ["assessableIncome", "english.assessable"],
  ["tariffIncome", "english.tariff"],
  ["careCharge", "english.charge"],
  ["leftWeek", "english.left"],
  ["leftMonth", "english.leftMonthly"],
];

function enter(t: EvaluatedTemplate, careRate: number | null) {
  t.setRows(Object.entries(ENTERED).map(([k, v]) => [`tenantTable.2026-27.${k}`, 0, v]));
  t.setRows(Object.entries(TENANT).map(([k, v]) => [`english.${k}`, 0, v]));
  if (careRate !== null) t.setRows([["english.careRate", 0, careRate]]);
}

describe("the published model's price base: the Scottish budget unchanged, the English section waiting", () => {
  const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, PUBLISHED_TEMPLATE_INPUTS));

  test("£453.55 a week, £1,965.38 a month; the English results are blank and its check is OK", () => {
    expect(pennies(t.row("budget.expenditure")[0] as number)).toBe(453.55);
    expect(pennies(t.named("ECH_TenantMonthlyTotal")[0] as number)).toBe(1965.38);
    expect(t.named("ECH_EnglishBudgetCheck")).toEqual(["OK"]);
    for (const [, id] of RESULT_ROWS) expect(t.row(id)).toEqual([""]);
    expect(t.row("english.note")[0]).toMatch(/^Choose a current price base/);
    expect(t.errors()).toEqual([]);
  });

  test("the table of figures: 2026-27's Attendance Allowance £114.60 and State Pension £241.30 verified; its Minimum Income Guarantee an empty pink cell", () => {
    expect(t.row("tenantTable.2026-27.attendanceAllowanceHigher")).toEqual([114.6]);
    expect(t.row("tenantTable.2026-27.newStatePensionFull")).toEqual([241.3]);
    expect(t.row("tenantTable.2024-25.upperCapitalLimit")).toEqual([23250]);
    const [sheet, ref] = t.at("tenantTable.2026-27.minimumIncomeGuaranteePensionAge");
    const cell = t.placed.sheets.find((s) => s.id === sheet)!.cells.find((c) => c.ref === ref)!;
    expect(cell.style).toBe("input");
    expect(cell.value).toBeUndefined();
  });
});

describe("the sheet as the charging calculator of the tenants' contributions", () => {
  test("under the contribution, a note says it can be entered as the band's average contribution, in the Inputs sheet's own words", () => {
    const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, PUBLISHED_TEMPLATE_INPUTS));
    const texts = (id: string) =>
      t.placed.sheets.find((s) => s.id === id)!.cells.flatMap((c) => (typeof c.value === "string" ? [{ ref: c.ref, text: c.value }] : []));
    const rowOf = (ref: string) => Number(ref.replace(/^[A-Z]+/, ""));
    const note = texts("budget").find((c) => c.text.startsWith("Charging calculator:"))!;
    expect(note.text).toBe(
      `Charging calculator: enter a typical tenant of one needs band above. Their contribution to the cost of care can be entered on the Inputs sheet as that band's "Average contribution of the band's other tenants"; when it is the whole cost of their care, count tenants like them in the band's "Share of the band's tenants who pay for all their care" instead.`,
    );
    const [sheet, ref] = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, PUBLISHED_TEMPLATE_INPUTS)).at(
      "english.charge",
    );
    expect(sheet).toBe("budget");
    expect(rowOf(note.ref)).toBeGreaterThan(rowOf(ref));
    // The rows it names are the Inputs sheet's.
    const inputs = texts("inputs").map((c) => c.text);
    expect(inputs).toContain("Average contribution of the band's other tenants");
    expect(inputs).toContain("Share of the band's tenants who pay for all their care");
  });
});

describe("the worked 2026-27 scheme: the English budget", () => {
  test("the check asks for each figure to enter in turn, naming it and the year", () => {
    const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, parseTemplateInputs(WORKED_2026_JSON)));
    expect(t.named("ECH_EnglishBudgetCheck")[0]).toBe(
      "Enter the Minimum Income Guarantee for 2026-27 in the table below: it is not verified.",
    );
    t.setRows([["tenantTable.2026-27.minimumIncomeGuaranteePensionAge", 0, 250]]);
    expect(t.named("ECH_EnglishBudgetCheck")[0]).toMatch(/^Enter the lower capital limit for 2026-27 in the table below/);
    expect(t.row("english.charge")).toEqual([""]);
    t.setRows([["english.rent", 0, -5]]);
    expect(t.named("ECH_EnglishBudgetCheck")[0]).toMatch(/^Rent/);
    t.setRows([
      ["english.rent", 0, 120],
      ["tenantTable.2025-26.lowerCapitalLimit", 0, -1],
    ]);
    expect(t.named("ECH_EnglishBudgetCheck")[0]).toBe("Lower capital limit, 2025-26: enter a number, 0 or more, or leave it blank.");
  });

  test("10 hours at £30.00: every result as the model gives it, to the penny (£128.90 contribution, £77.00 left a week)", () => {
    const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, parseTemplateInputs(WORKED_2026_JSON)));
    enter(t, 30);
    expect(t.named("ECH_EnglishBudgetCheck")).toEqual(["OK"]);
    const m = englishBudget({ priceBase: "2026-27", ...TENANT, careCostPerWeek: 300, entered: ENTERED });
    for (const [key, id] of RESULT_ROWS) expect([id, pennies(t.row(id)[0] as number)]).toEqual([id, pennies(m[key])]);
    expect(pennies(t.named("ECH_CareContribution")[0] as number)).toBe(128.9);
    expect(pennies(t.named("ECH_EnglishLeftWeekly")[0] as number)).toBe(77);
    expect(t.errors()).toEqual([]);
  });

  test("a blank cost per hour uses the scheme's unit cost per hour: 10 × £23.09 (the worked example) is above the charge", () => {
    const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, parseTemplateInputs(WORKED_2026_JSON)));
    enter(t, null);
    const unit = computeScheme(WORKED_2026).today!.unitCostPerContactHour;
    expect(pennies(unit)).toBe(23.09);
    expect(t.row("english.careCost")[0]).toBeCloseTo(10 * unit, 9);
    expect(pennies(t.row("english.charge")[0] as number)).toBe(128.9);
    t.setRows([["english.capital", 0, 30000]]);
    expect(t.row("english.charge")[0]).toBeCloseTo(10 * unit, 9);
  });
});

describe("income as the tenant's own figures on the sheet", () => {
  test("State Pension £180 and occupational pension £20: Pension Credit £238.00 − £200 = £38.00 and a £125.60 contribution, as the model gives them", () => {
    const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, parseTemplateInputs(WORKED_2026_JSON)));
    enter(t, 30);
    t.setRows([
      ["english.statePensionWeek", 0, 180],
      ["english.occupationalPension", 0, 20],
    ]);
    expect(t.named("ECH_EnglishBudgetCheck")).toEqual(["OK"]);
    expect(pennies(t.row("english.pensionCredit")[0] as number)).toBe(38);
    expect(pennies(t.named("ECH_CareContribution")[0] as number)).toBe(125.6);
    const m = englishBudget({
      priceBase: "2026-27",
      ...TENANT,
      statePension: 180,
      occupationalPension: 20,
      careCostPerWeek: 300,
      entered: ENTERED,
    });
    for (const [key, id] of RESULT_ROWS) expect([id, pennies(t.row(id)[0] as number)]).toEqual([id, pennies(m[key])]);
    expect(t.errors()).toEqual([]);
  });

  test("the severe disability addition: 2026-27's is asked for only when the tenant has it; entered, it adds to Pension Credit", () => {
    const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, parseTemplateInputs(WORKED_2026_JSON)));
    enter(t, 30);
    t.setRows([
      ["english.statePensionWeek", 0, 180],
      ["english.severeDisability", 0, "Yes"],
    ]);
    expect(t.named("ECH_EnglishBudgetCheck")[0]).toBe(
      "Enter the severe disability addition of Pension Credit for 2026-27 in the table below: it is not verified.",
    );
    t.setRows([["tenantTable.2026-27.pensionCreditSevereDisabilitySingle", 0, 86]]);
    expect(t.named("ECH_EnglishBudgetCheck")).toEqual(["OK"]);
    // 238 + 86 − 180
    expect(pennies(t.row("english.pensionCredit")[0] as number)).toBe(144);
    t.setRows([["english.severeDisability", 0, "Maybe"]]);
    expect(t.named("ECH_EnglishBudgetCheck")[0]).toMatch(/^Severe disability addition/);
    t.setRows([
      ["english.severeDisability", 0, "No"],
      ["english.statePensionWeek", 0, -1],
    ]);
    expect(t.named("ECH_EnglishBudgetCheck")[0]).toMatch(/^State Pension a week/);
  });
});

describe("the English budget from template inputs (ech-templates --inputs)", () => {
  test("ENGLISH_2026_JSON fills the pink cells: the same £128.90 and £77.00, no error cell", () => {
    const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }, parseTemplateInputs(ENGLISH_2026_JSON)));
    expect(t.named("ECH_EnglishBudgetCheck")).toEqual(["OK"]);
    expect(pennies(t.named("ECH_CareContribution")[0] as number)).toBe(128.9);
    expect(pennies(t.named("ECH_EnglishLeftWeekly")[0] as number)).toBe(77);
    expect(t.errors()).toEqual([]);
  });

  test("bad entries are errors naming the key", () => {
    const bad = (json: object) => inputError(() => parseTemplateInputs(json)).argument;
    expect(bad({ englishTenant: { rent: -1 } })).toBe("englishTenant.rent");
    expect(bad({ englishTenant: { attendanceRate: "Middle rate" } })).toBe("englishTenant.attendanceRate");
    expect(bad({ englishTenant: { careRate: "x" } })).toBe("englishTenant.careRate");
    expect(bad({ englishTenant: { statePensionWeek: -1 } })).toBe("englishTenant.statePensionWeek");
    expect(bad({ englishTenant: { severeDisability: "Maybe" } })).toBe("englishTenant.severeDisability");
    expect(bad({ enteredTenantFigures: { "2024-25": { lowerCapitalLimit: 1 } } })).toBe("enteredTenantFigures.2024-25.lowerCapitalLimit");
    expect(bad({ enteredTenantFigures: { "2026-27": { minimumIncomeGuaranteePensionAge: -5 } } })).toBe(
      "enteredTenantFigures.2026-27.minimumIncomeGuaranteePensionAge",
    );
  });
});
