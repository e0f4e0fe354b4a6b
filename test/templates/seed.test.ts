import { pennies } from "../../src/model";
import { PUBLISHED_TEMPLATE_INPUTS, type OptionId, type OverlayId } from "../../src/templates";
import { CHOICES } from "../support/choices";
import { EvaluatedTemplate } from "../support/hyperformula";
import { placedTemplate } from "../support/templates";

const p = (xs: number[]) => xs.map(pennies);

describe.each(CHOICES)("template $option with overlays $overlays, the published model's price base", (choice) => {
  const wb = new EvaluatedTemplate(placedTemplate(choice, PUBLISHED_TEMPLATE_INPUTS));

  test("no error cell anywhere and every check is OK", () => {
    expect(wb.errors()).toEqual([]);
    expect(wb.named("ECH_InputCheck")).toEqual(["OK"]);
    expect(wb.named("ECH_OptionCheck")).toEqual(["OK"]);
    expect(wb.named("ECH_BudgetCheck")).toEqual(["OK"]);
    if (choice.overlays.includes("E")) expect(wb.named("ECH_PooledCheck")).toEqual(["OK"]);
    if (choice.overlays.includes("F")) expect(wb.named("ECH_PumpPrimingCheck")).toEqual(["OK"]);
  });

  test("inputs are seed 002's pink cells", () => {
    expect(wb.numbers("ECH_Tenants")).toEqual([35]);
    expect(wb.numbers("ECH_BandShares")).toEqual([0.27, 0.46, 0.27]);
    expect(wb.numbers("ECH_BandHours")).toEqual([7, 18, 28]);
    expect(wb.numbers("ECH_SupportShares")).toEqual([0.8, 0.6, 0.4]);
    expect(wb.numbers("ECH_NightHours")).toEqual([126]);
    expect(wb.numbers("ECH_HourlyRates")).toEqual([10, 10]);
    expect(wb.numbers("ECH_ManagerSalary")).toEqual([26000]);
    expect(wb.numbers("ECH_OnCosts")).toEqual([0.1, 0.04, 0.06, 35209.46]);
    expect(wb.numbers("ECH_TenantExpenditure")).toEqual([60, 17.55, 15, 69.25, 269.75, 22]);
    expect(wb.numbers("ECH_TenantIncome")).toEqual([60, 17.55, 84.25, 151.5, 118.25, 22]);
  });

  test("care/support staffing table (seed 002)", () => {
    const bands = (id: string) => p(wb.rowNumbers(id));
    expect(bands("tenantsPerBand")).toEqual([10, 17, 10]);
    expect(bands("tenantsCounted")).toEqual([37]);
    expect(bands("supportHoursEach")).toEqual([5.6, 10.8, 11.2]);
    expect(bands("careHoursEach")).toEqual([1.4, 7.2, 16.8]);
    expect(bands("bandSupportHours")).toEqual([56, 183.6, 112]);
    expect(bands("bandCareHours")).toEqual([14, 122.4, 168]);
    expect(bands("bandTotalHours")).toEqual([70, 306, 280]);
    const rows = (...ids: string[]) => p(ids.map((id) => wb.rowNumbers(id)[0]));
    expect(rows("daySupportHours", "dayCareHours", "dayTotalHours")).toEqual([351.6, 304.4, 656]);
    expect(rows("nightSupportHours", "nightCareHours", "nightTotalHours")).toEqual([63, 63, 126]);
    expect(p(wb.numbers("ECH_HoursPerWeek"))).toEqual([414.6, 367.4, 782]);
    expect(rows("supportCostWeek", "careCostWeek", "costWeek")).toEqual([4146, 3674, 7820]);
    expect(rows("supportCostYear", "careCostYear", "costYear")).toEqual([215592, 191048, 406640]);
  });

  test("staff on-costs and unit cost (seed 002)", () => {
    const b = (id: string) => pennies(wb.rowNumbers(id)[0]);
    expect([b("manager"), b("payBase"), b("ni"), b("cover"), b("superannuation"), b("trainingCost")]).toEqual([
      26000, 432640, 43264, 17305.6, 26996.74, 35209.46,
    ]);
    expect(p(wb.numbers("ECH_TotalStaffCost"))).toEqual([555415.8]);
    expect(p(wb.numbers("ECH_CostPerPersonWeek"))).toEqual([305.17]);
    expect(p(wb.numbers("ECH_CostPerPersonYear"))).toEqual([15869.02]);
    expect(p(wb.numbers("ECH_UnitCostPerHour"))).toEqual([13.66]);
  });

  test("tenant budget (seed 002)", () => {
    expect(pennies(wb.rowNumbers("budget.expenditure")[0])).toBe(453.55);
    expect(pennies(wb.rowNumbers("budget.income")[0])).toBe(453.55);
    expect(pennies(wb.rowNumbers("budget.surplus")[0])).toBe(0);
    expect(p(wb.numbers("ECH_TenantMonthlyTotal"))).toEqual([1965.38]);
  });

  test("every option sheet names its block, spot hours and annual cost", () => {
    for (const n of ["ECH_BlockHours", "ECH_SpotHours", "ECH_CouncilAnnualCost"]) expect(wb.numbers(n)).toHaveLength(1);
  });
});

describe("option sheets reproduce seed 000's worked examples", () => {
  const load = (option: OptionId, overlays: OverlayId[] = []) =>
    new EvaluatedTemplate(placedTemplate({ option, overlays }, PUBLISHED_TEMPLATE_INPUTS));

  test("A: no block; all 782 needed hours spot-purchased; cover of 168 hours breaks even at 168/782 uptake", () => {
    const wb = load("A");
    expect(wb.numbers("ECH_BlockHours")).toEqual([0]);
    expect(wb.numbers("ECH_SpotHours")).toEqual([782]);
    expect(wb.numbers("ECH_CoverHours")).toEqual([168]);
    expect(wb.numbers("ECH_BreakEvenUptake")[0]).toBeCloseTo(168 / 782, 9);
    // All hours at the unit cost cost the council exactly the Staffing total.
    expect(p(wb.numbers("ECH_CouncilAnnualCost"))).toEqual([555415.8]);
  });

  test("B: core 175 = 56 + 112 + 7, 72 planned care, add-on = 782 − (56 + 72) contact hours", () => {
    const wb = load("B");
    expect(wb.numbers("ECH_CoreHours")).toEqual([175]);
    expect(wb.numbers("ECH_BlockHours")).toEqual([175]);
    expect(wb.numbers("ECH_AddOnHours")).toEqual([654]);
    expect(wb.numbers("ECH_SpotHours")).toEqual([654]);
  });

  test.each(["C", "D"] as const)(
    "%s: minimum block 310 = 196 + 70 + 7 + 37 (273 phased), phasing 310, 360, 400 with the brief's 400-hour target",
    (id) => {
      const wb = load(id);
      wb.setRows([[`${id}.targetHours`, 0, 400]]);
      expect(wb.numbers("ECH_MinimumBlockHours")).toEqual([310]);
      const one = (row: string) => wb.rowNumbers(`${id}.${row}`)[0];
      expect([one("day"), one("night"), one("handover")]).toEqual([196, 70, 7]);
      expect(one("initial")).toBe(273);
      expect(wb.numbers("ECH_BlockPhasing")).toEqual([310, 360, 400]);
      expect(wb.numbers("ECH_BlockHours")).toEqual([400]);
      expect(wb.numbers("ECH_SpotHours")).toEqual([0]);
    },
  );

  test.each(["A", "B", "C", "D"] as const)(
    "%s at the defaults delivers the contact hours tenants need: gap 0; A costs the council the total staff cost a year, B, C and D their non-contact hours more",
    (id) => {
      const wb = load(id);
      const nonContact = { A: 0, B: 47, C: 44, D: 44 }[id];
      expect(wb.numbers("ECH_HoursNeeded")).toEqual([782]);
      expect(wb.row(`${id}.nonContact`)).toEqual([nonContact]);
      expect(wb.row(`${id}.contact`)).toEqual([782]);
      expect(wb.numbers("ECH_BlockHours")[0] + wb.numbers("ECH_SpotHours")[0]).toBe(782 + nonContact);
      expect(wb.numbers("ECH_HoursGap")).toEqual([0]);
      expect(wb.named("ECH_HoursCheck")).toEqual(["OK"]);
      // B pays for its 47 hours of floating time and handover on top, at the same price an hour.
      expect(p(wb.numbers("ECH_CouncilAnnualCost"))).toEqual([{ A: 555415.8, B: 588797.56, C: 586666.81, D: 586666.81 }[id]]);
    },
  );

  test("F on C follows C's phasing and price: its first year is C's own first year", () => {
    const wb = load("C", ["F"]);
    expect(p(wb.numbers("ECH_PumpPrimingYearCosts"))[0]).toBe(p(wb.numbers("ECH_FirstYearCost"))[0]);
  });

  test("F on B: block for 12 months, spot from month 13", () => {
    const wb = load("B", ["F"]);
    expect(wb.numbers("ECH_BlockPeriodMonths")).toEqual([12]);
    expect(wb.numbers("ECH_ConversionMonth")).toEqual([13]);
    expect(wb.numbers("ECH_PumpPrimingCostByMonth")).toHaveLength(24);
  });
});
