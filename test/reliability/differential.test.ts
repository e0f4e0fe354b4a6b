import fc from "fast-check";
import { writeFileSync } from "fs";
import * as path from "path";
import * as ECH from "../../src/functions/functions";
import { computeScheme, pennies, tenantBudget } from "../../src/model";
import { PUBLISHED_TEMPLATE_INPUTS, buildTemplate, placeTemplate, type TemplateInputs } from "../../src/templates";
import { writeXlsx } from "../../src/writers/xlsx";
import { recalcGnumeric, recalcLibreOffice, tempDir, type Results } from "../support/engines";
import { EvaluatedTemplate, rangeCells } from "../support/hyperformula";
import { templateInputs } from "../templates/arbitraries";
import { runs } from "../support/runs";
import { inputCells, placedTemplate } from "../support/templates";

/**
 * Promise 1: no wrong numbers. For random valid schemes the pure model, every ECH function and the
 * generated workbook's native formulas agree to the penny — in HyperFormula for 500 schemes, and in
 * LibreOffice Calc and Gnumeric for a sample.
 */
jest.setTimeout(240_000);

/**
 * Every (tenants 1–200, whole-percent share) pair whose head-count floating-point noise would change:
 * tenants × share is a whole number in decimal but not in binary (25 × 0.28 = 7.000000000000001).
 */
function noisyHeadCounts(): TemplateInputs[] {
  const out: TemplateInputs[] = [];
  for (let t = 1; t <= 200; t++) {
    for (let k = 1; k < 100; k++) {
      if ((t * k) % 100 === 0 && !Number.isInteger(t * (k / 100))) {
        const rest = 100 - k;
        const m = Math.floor(rest / 2);
        out.push({ ...PUBLISHED_TEMPLATE_INPUTS, tenants: t, bandShares: [k / 100, m / 100, (rest - m) / 100] });
      }
    }
  }
  return out;
}

const row = (v: readonly number[]) => [v.slice()];
const money = (xs: readonly number[]) => xs.map(pennies);

/** What the model says, to the penny (head-counts exact). */
function modelFigures(i: TemplateInputs) {
  const s = computeScheme(i);
  const b = tenantBudget(i.tenantExpenditure, i.tenantIncome);
  return {
    tenantsPerBand: s.hours.tenantsPerBand.slice(),
    hours: money([s.hours.support, s.hours.care, s.hours.total]),
    totalStaffCost: pennies(s.staff.total),
    unitCost: pennies(s.unitCostPerHour),
    perPerson: money([s.perPerson.week, s.perPerson.year]),
    monthly: pennies(b.monthlyExpenditure),
  };
}

function functionFigures(i: TemplateInputs) {
  const hours = ECH.carehours(
    i.tenants,
    row(i.bandShares),
    row(i.bandHours),
    row(i.supportShares),
    i.nightHours,
    i.nightSupportShare,
  ) as number[][];
  const rates = row([i.hourlyRates.support, i.hourlyRates.care]);
  const onCosts = row([i.onCosts.ni, i.onCosts.cover, i.onCosts.superannuation, i.onCosts.training]);
  const staff = ECH.staffcosts(hours, rates, i.managerSalary, onCosts) as number[][];
  const bands = ECH.bandhours(i.tenants, row(i.bandShares), row(i.bandHours), row(i.supportShares)) as number[][];
  const cost = ECH.carecost(hours, rates, "year") as number[][];
  // The pieces agree with the whole they come from.
  expect(pennies(bands.reduce((sum, b) => sum + b[2], 0) + i.nightHours)).toBe(pennies(hours[0][2]));
  expect(pennies(cost[0][2])).toBe(pennies(staff[0][0]));
  return {
    tenantsPerBand: (ECH.tenantsperband(i.tenants, row(i.bandShares)) as number[][])[0],
    hours: money(hours[0]),
    totalStaffCost: pennies(staff[0][6]),
    unitCost: pennies(ECH.unitcost(hours, rates, i.managerSalary, onCosts) as number),
    perPerson: money((ECH.costperperson(staff[0][6], i.tenants) as number[][])[0]),
    monthly: pennies((ECH.tenantbudget(row(i.tenantExpenditure), row(i.tenantIncome)) as number[][])[0][3]),
  };
}

type Lookup = (name: string) => number[];

function workbookFigures(named: Lookup, staffingBands: number[]) {
  return {
    tenantsPerBand: staffingBands,
    hours: money(named("ECH_HoursPerWeek")),
    totalStaffCost: pennies(named("ECH_TotalStaffCost")[0]),
    unitCost: pennies(named("ECH_UnitCostPerHour")[0]),
    perPerson: money([named("ECH_CostPerPersonWeek")[0], named("ECH_CostPerPersonYear")[0]]),
    monthly: pennies(named("ECH_TenantMonthlyTotal")[0]),
  };
}

const schemes = [...noisyHeadCounts(), ...fc.sample(templateInputs, { numRuns: runs(35), seed: 20261124 })];

test("the sample is what the promise asks for", () => {
  expect(schemes.length).toBeGreaterThanOrEqual(runs(35));
  const noisy = noisyHeadCounts();
  expect(noisy.length).toBeGreaterThan(30);
  for (const n of noisy)
    expect(n.bandShares.some((s) => !Number.isInteger(n.tenants * s) && Number.isInteger(pennies(n.tenants * s)))).toBe(true);
});

describe("model, ECH functions and template formulas (HyperFormula) agree", () => {
  const placed = placedTemplate({ option: "A", overlays: [] });
  const wb = new EvaluatedTemplate(placed);

  test.each(schemes.map((s, n) => [n, s] as const))("scheme %i", (_n, inputs) => {
    const model = modelFigures(inputs);
    expect(functionFigures(inputs)).toEqual(model);
    wb.setMany(inputCells(placed, { option: "A", overlays: [] }, inputs));
    expect(workbookFigures((n) => wb.numbers(n), wb.rowNumbers("tenantsPerBand"))).toEqual(model);
  });
});

describe("LibreOffice Calc and Gnumeric agree on a sample", () => {
  const sample = [schemes[0], schemes[1], ...schemes.slice(40, 46)];
  const tmp = tempDir("ech-diff-");
  let written: { placed: ReturnType<typeof placeTemplate>; file: string; inputs: TemplateInputs }[];
  beforeAll(async () => {
    written = await Promise.all(
      sample.map(async (inputs, n) => {
        const placed = placeTemplate(buildTemplate({ option: (["A", "B", "C", "D"] as const)[n % 4], overlays: ["E", "F"] }, inputs));
        const file = path.join(tmp.dir, `scheme-${n}.xlsx`);
        writeFileSync(file, await writeXlsx(placed));
        return { placed, file, inputs };
      }),
    );
  });
  afterAll(() => tmp.cleanup());

  const figures = (w: (typeof written)[number], results: Results) =>
    workbookFigures(
      (name) => {
        const n = w.placed.names.find((x) => x.name === name)!;
        return rangeCells(n.range).map((ref) => results(n.sheet, ref) as number);
      },
      rangeCells(w.placed.rows!.tenantsPerBand.range).map((ref) => results("staffing", ref) as number),
    );

  test("LibreOffice", () => {
    const results = recalcLibreOffice(
      written.map((w) => w.file),
      tmp.dir,
      written.map((w) => w.placed),
    );
    written.forEach((w, n) => expect(figures(w, results[n])).toEqual(modelFigures(w.inputs)));
  });

  test("Gnumeric", () => {
    for (const w of written) expect(figures(w, recalcGnumeric(w.file, tmp.dir, w.placed))).toEqual(modelFigures(w.inputs));
  });
});
