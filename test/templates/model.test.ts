import fc from "fast-check";
import {
  blockContractOption,
  coreAndAddOnOption,
  costOption,
  pooledBudgets,
  pumpPriming,
  spotPurchasing,
  BREAK_EVEN_TEXT,
} from "../../src/options";
import {
  computeScheme,
  councilNetCost,
  tenantBudget,
  type OptionResult,
  type SchemeFigures,
  type Triple,
  SUPPORT_FUNDING,
  sharedCover,
} from "../../src/model";
import {
  buildTemplate,
  placeTemplate,
  type OptionId,
  type PlacedTemplate,
  type TemplateChoice,
  type TemplateInputs,
} from "../../src/templates";
import { projectContract } from "../../src/decisions/projection";
import { EvaluatedTemplate } from "../support/hyperformula";
import { templateInputs } from "./arbitraries";
import { runs } from "../support/runs";
import { inputCells, placedTemplate } from "../support/templates";

/** HyperFormula shows results to about 10 decimal places; money and hours agree far inside a penny. */
function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-8 + 1e-12 * Math.abs(expected);
}

function expectClose(what: string, actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    if (!close(a, expected[i])) throw new Error(`${what}[${i}]: workbook ${a}, model ${expected[i]}`);
  });
}

/** Types the pink cells of the template built from `inputs` into the loaded workbook. */
function load(wb: EvaluatedTemplate, option: OptionId, inputs: TemplateInputs): void {
  wb.setMany(inputCells(wb.placed, { option, overlays: ["E", "F"] }, inputs));
}

const pink = (placed: PlacedTemplate) =>
  placed.sheets.flatMap((s) =>
    s.cells.filter((c) => c.style === "input").map((c) => [`${s.id}!${c.ref}`, c.value ?? null] as [string, unknown]),
  );

test.each([
  { option: "A", overlays: [] },
  { option: "C", overlays: ["E", "F"] },
] as TemplateChoice[])("typing the inputs' pink cells into $option + $overlays gives the template built at those inputs", (choice) => {
  const base = placedTemplate(choice);
  for (const inputs of fc.sample(templateInputs, { numRuns: 4, seed: 20261204 })) {
    const typed = new Map(pink(base));
    for (const [sheet, ref, v] of inputCells(base, choice, inputs)) typed.set(`${sheet}!${ref}`, v);
    expect(new Map(pink(placeTemplate(buildTemplate(choice, inputs))))).toEqual(typed);
  }
});

/** Everything the template computes, from the model. */
function modelFigures(option: OptionId, i: TemplateInputs) {
  const scheme = computeScheme(i);
  const s: SchemeFigures = {
    tenants: i.tenants,
    hoursPerWeek: scheme.hours.total,
    unitCostPerHour: scheme.unitCostPerHour,
    costPerPersonWeek: scheme.perPerson.week,
    cover: sharedCover(i),
  };
  const opt: OptionResult = costOption(option, i.options, s);
  return {
    scheme,
    s,
    opt,
    pool: pooledBudgets(i.options.E, s, opt),
    pump: pumpPriming(i.options.F, s, opt),
    budget: tenantBudget(i.tenantExpenditure, i.tenantIncome),
  };
}

/** Tenants' contributions by band: none, some self-funders, some contributions (the pink cells default to 0). */
const band = <T>(a: fc.Arbitrary<T>) => fc.tuple(a, a, a);
const contributions = fc.tuple(
  band(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }))) as fc.Arbitrary<Triple>,
  band(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 400, noNaN: true }))) as fc.Arbitrary<Triple>,
  fc.constantFrom(...SUPPORT_FUNDING),
);

describe.each(["A", "B", "C", "D"] as OptionId[])("option %s + E + F agrees with the pure model", (option) => {
  const wb = new EvaluatedTemplate(placedTemplate({ option, overlays: ["E", "F"] }));

  test(`for ${runs(15)} random valid inputs (each with E and F)`, () => {
    fc.assert(
      fc.property(templateInputs, contributions, (inputs, [sf, avg, funding]) => {
        load(wb, option, inputs);
        wb.setRows([
          ...[0, 1, 2].flatMap((i): [string, number, number][] => [
            ["selfFunderShares", i, sf[i]],
            ["averageContributions", i, avg[i]],
          ]),
          ["supportFunding", 0, funding],
        ]);
        const m = modelFigures(option, inputs);
        expect(wb.named("ECH_InputCheck")).toEqual(["OK"]);
        expect(wb.row("option.check")).toEqual(["OK"]);
        expect(wb.rowNumbers("tenantsPerBand")).toEqual([...m.scheme.hours.tenantsPerBand]);
        const h = m.scheme.hours;
        expectClose("ECH_HoursPerWeek", wb.numbers("ECH_HoursPerWeek"), [h.support, h.care, h.total]);
        expectClose("ECH_TotalStaffCost", wb.numbers("ECH_TotalStaffCost"), [m.scheme.staff.total]);
        expectClose("ECH_UnitCostPerHour", wb.numbers("ECH_UnitCostPerHour"), [m.scheme.unitCostPerHour]);
        expectClose("ECH_CostPerPersonWeek", wb.numbers("ECH_CostPerPersonWeek"), [m.scheme.perPerson.week]);
        expectClose("ECH_CostPerPersonYear", wb.numbers("ECH_CostPerPersonYear"), [m.scheme.perPerson.year]);
        expectClose("ECH_TenantMonthlyTotal", wb.numbers("ECH_TenantMonthlyTotal"), [m.budget.monthlyExpenditure]);
        expectClose("ECH_BlockHours", wb.numbers("ECH_BlockHours"), [m.opt.blockHours]);
        expectClose("ECH_SpotHours", wb.numbers("ECH_SpotHours"), [m.opt.spotHours]);
        expectClose("ECH_CouncilAnnualCost", wb.numbers("ECH_CouncilAnnualCost"), [m.opt.councilAnnualCost]);
        const net = councilNetCost({
          councilAnnualCost: m.opt.councilAnnualCost,
          ...inputs,
          selfFunderShares: sf,
          averageContributions: avg,
          supportFunding: funding,
        });
        expectClose("ECH_ContributionsIncome", wb.numbers("ECH_ContributionsIncome"), [net.contributions]);
        expectClose("ECH_CouncilNetCost", wb.numbers("ECH_CouncilNetCost"), [net.netCost]);
        // Who pays: adult social care, housing-related support and the tenants add up to the council's cost.
        expectClose("housing-related support", wb.rowNumbers(`${option}.housingSupport`), [net.housingSupport]);
        expectClose("adult social care", wb.rowNumbers(`${option}.careBudget`), [net.careBudget]);
        expectClose("service charge", wb.rowNumbers(`${option}.serviceCharge`), [net.serviceCharge]);
        expectClose("who pays", wb.rowNumbers(`${option}.whoPays`), [m.opt.councilAnnualCost]);
        if (option === "A") {
          const a = spotPurchasing(inputs.options.A, m.s);
          expectClose("ECH_CoverHours", wb.numbers("ECH_CoverHours"), [a.coverHours]);
          expectClose("ECH_BreakEvenUptake", wb.numbers("ECH_BreakEvenUptake"), [a.breakEvenUptake]);
          expect(wb.named("ECH_BreakEvenUptake").length).toBe(1);
          expect(wb.row("A.verdict")).toEqual([BREAK_EVEN_TEXT[a.breakEven]]);
        }
        if (option === "B") expectClose("ECH_AddOnHours", wb.numbers("ECH_AddOnHours"), [coreAndAddOnOption(inputs.options.B, m.s).addOn]);
        if (option === "C" || option === "D") {
          const c = blockContractOption(option, inputs.options[option], m.s);
          expectClose("ECH_MinimumBlockHours", wb.numbers("ECH_MinimumBlockHours"), [c.minimum.total]);
          expectClose("ECH_BlockPhasing", wb.numbers("ECH_BlockPhasing"), c.phases);
          expectClose(
            "ECH_CouncilCostByMonth",
            wb.numbers("ECH_CouncilCostByMonth"),
            c.months.map((x) => x.cost),
          );
          expectClose("ECH_FirstYearCost", wb.numbers("ECH_FirstYearCost"), [c.firstYearCost]);
        }
        expectClose("ECH_PooledBudgetWeek", wb.numbers("ECH_PooledBudgetWeek"), [m.pool.pooledWeek]);
        expectClose("ECH_PooledBudgetYear", wb.numbers("ECH_PooledBudgetYear"), [m.pool.pooledYear]);
        expectClose("ECH_PooledHours", wb.numbers("ECH_PooledHours"), [m.pool.hours]);
        expectClose("ECH_ConversionMonth", wb.numbers("ECH_ConversionMonth"), [m.pump.conversionMonth]);
        expectClose(
          "ECH_PumpPrimingCostByMonth",
          wb.numbers("ECH_PumpPrimingCostByMonth"),
          m.pump.months.map((x) => x.cost),
        );
        expectClose("ECH_PumpPrimingYearCosts", wb.numbers("ECH_PumpPrimingYearCosts"), m.pump.yearCosts);
        // The net cost by year: each year's cost × the steady state's net ÷ cost (1 when the cost is 0).
        const p = projectContract(
          { option, pumpPriming: true },
          { ...inputs, selfFunderShares: sf, averageContributions: avg, supportFunding: funding },
        );
        const share = m.opt.councilAnnualCost > 0 ? net.netCost / m.opt.councilAnnualCost : 1;
        expectClose(
          "model's net cost by year",
          p.netYearCosts,
          p.yearCosts.map((y) => y * share),
        );
        expectClose("ECH_ProjectionNetYearCosts", wb.numbers("ECH_ProjectionNetYearCosts"), p.netYearCosts);
        expectClose("ECH_ProjectionNetNPV", wb.numbers("ECH_ProjectionNetNPV"), [p.netNpv]);
      }),
      { numRuns: runs(15), seed: 20261124 },
    );
  });
});

describe("band head-counts are not changed by floating-point noise", () => {
  const wb = new EvaluatedTemplate(placedTemplate({ option: "B", overlays: [] }));
  test.each([
    [25, [0.28, 0.44, 0.28], [7, 11, 7]],
    [100, [0.07, 0.29, 0.64], [7, 29, 64]],
    [100, [0.56, 0.07, 0.37], [56, 7, 37]],
  ] as const)("%d tenants at %j are %j people", (tenants, shares, people) => {
    // The products carry noise above a whole number, which ROUNDUP alone would turn into one more person.
    expect(shares.some((s) => tenants * s > Math.round(tenants * s) && Number.isInteger(Math.round(tenants * s * 1e9) / 1e9))).toBe(true);
    wb.setRows([
      ["tenants", 0, tenants],
      ["bandShares", 0, shares[0]],
      ["bandShares", 1, shares[1]],
      ["bandShares", 2, shares[2]],
    ]);
    const model = computeScheme({ ...buildInputs(), tenants, bandShares: shares }).hours.tenantsPerBand;
    expect(wb.rowNumbers("tenantsPerBand")).toEqual([...model]);
    expect(model).toEqual(people);
  });
});

function buildInputs(): TemplateInputs {
  return JSON.parse(JSON.stringify(require("../../src/templates").DEFAULT_TEMPLATE_INPUTS));
}
