/** The projection in LibreOffice Calc and Gnumeric: uplifts, years beyond the contract, the present value and the break-even price, hours and share. */
import { writeFileSync } from "fs";
import * as path from "path";
import { projectContract } from "../../src/decisions/projection";
import { DEFAULT_PROJECTION, pennies } from "../../src/model";
import { DEFAULT_TEMPLATE_INPUTS, type OptionId, type OverlayId, type PlacedTemplate, type TemplateInputs } from "../../src/templates";
import { writeXlsx } from "../../src/writers/xlsx";
import { rangeCells } from "../support/hyperformula";
import { recalcGnumeric, recalcLibreOffice, tempDir, type Results } from "../support/engines";
import { placedTemplate } from "../support/templates";

jest.setTimeout(180_000);

const CASES: { option: OptionId; overlays: OverlayId[]; uplift: number; budget?: number }[] = [
  { option: "A", overlays: [], uplift: 0 },
  { option: "A", overlays: [], uplift: 0, budget: 600000 },
  { option: "B", overlays: [], uplift: 0.03 },
  { option: "C", overlays: [], uplift: 0.03 },
  { option: "D", overlays: ["F"], uplift: 0.03 },
  { option: "B", overlays: ["E", "F"], uplift: 0 },
];
const YEARS = 4;

function inputs(uplift: number, budget = 300000): TemplateInputs {
  // £10 a week from every tenant: the net cost is not the cost.
  return {
    ...DEFAULT_TEMPLATE_INPUTS,
    averageContributions: [10, 10, 10],
    projection: { ...DEFAULT_PROJECTION, contractYears: YEARS, payUplift: uplift, nonPayUplift: uplift, budget },
  };
}

function named(placed: PlacedTemplate, results: Results, name: string): number[] {
  const n = placed.names.find((x) => x.name === name)!;
  return rangeCells(n.range).map((ref) => {
    const v = results(n.sheet, ref);
    if (typeof v !== "number") throw new Error(`${name} holds ${JSON.stringify(v)}`);
    return v;
  });
}

function nameValue(placed: PlacedTemplate, results: Results, name: string) {
  const n = placed.names.find((x) => x.name === name)!;
  return results(n.sheet, rangeCells(n.range)[0]);
}

describe.each(["LibreOffice", "Gnumeric"])("%s recalculates the Projection sheet as the model does", (engine) => {
  const tmp = tempDir("ech-projection-");
  const placed = CASES.map((c) => placedTemplate({ option: c.option, overlays: c.overlays }, inputs(c.uplift, c.budget)));
  let results: Results[];
  beforeAll(async () => {
    const files = await Promise.all(
      placed.map(async (p, i) => {
        const file = path.join(tmp.dir, `${i}-${p.id.replace(/\+/g, "_")}.xlsx`);
        writeFileSync(file, await writeXlsx(p));
        return file;
      }),
    );
    results =
      engine === "LibreOffice" ? recalcLibreOffice(files, tmp.dir, placed) : files.map((f, i) => recalcGnumeric(f, tmp.dir, placed[i]));
  });
  afterAll(() => tmp.cleanup());

  test.each(CASES.map((c, i) => ({ ...c, i })))(
    "option $option with $overlays, uplift $uplift, budget $budget",
    ({ i, option, overlays, uplift, budget }) => {
      const r = results[i];
      const years = named(placed[i], r, "ECH_ProjectionYearCosts");
      const steady = named(placed[i], r, "ECH_CouncilAnnualCost")[0];
      expect(years).toHaveLength(10);
      expect(years.slice(YEARS)).toEqual([0, 0, 0, 0, 0, 0]);
      const model = projectContract({ option, pumpPriming: overlays.includes("F") }, inputs(uplift, budget));
      for (let t = 1; t < YEARS; t++) {
        // Year t + 1 is the steady state × (1 + uplift)^t; after F's conversion the council spot-purchases the contact hours only.
        if (!overlays.includes("F")) expect(years[t]).toBeCloseTo(steady * (1 + uplift) ** t, 6);
        expect(years[t]).toBeCloseTo(model.yearCosts[t], 6);
        if (t >= 2) expect(years[t]).toBeCloseTo(years[t - 1] * (1 + uplift), 6);
      }
      const npv = named(placed[i], r, "ECH_ProjectionNPV")[0];
      expect(npv).toBeCloseTo(
        years.reduce((s, c, t) => s + c / 1.035 ** t, 0),
        6,
      );
      expect(pennies(npv)).toBe(pennies(model.npv));
      // Net of £10 a week from the 37 tenants counted: each year keeps the steady state's share.
      const share = (steady - 19240) / steady;
      const net = named(placed[i], r, "ECH_ProjectionNetYearCosts");
      net.forEach((v, t) => expect(v).toBeCloseTo(years[t] * share, 6));
      net.forEach((v, t) => expect(v).toBeCloseTo(model.netYearCosts[t], 6));
      expect(named(placed[i], r, "ECH_ProjectionNetNPV")[0]).toBeCloseTo(model.netNpv, 6);
      expect(named(placed[i], r, "ECH_BreakEvenPrice")[0]).toBeCloseTo(model.breakEvenPrice!, 9);
      // Hours the budget carries: at the average price they cost the budget to the penny.
      const hours = named(placed[i], r, "ECH_BreakEvenHours")[0];
      expect(hours).toBeCloseTo(model.breakEvenHours as number, 9);
      // The option's own hours at its own cost a year (F's conversion does not change the average price).
      const bought = named(placed[i], r, "ECH_BlockHours")[0] + named(placed[i], r, "ECH_SpotHours")[0];
      expect(pennies((steady * hours) / bought)).toBe(pennies(budget ?? 300000));
      const high = nameValue(placed[i], r, "ECH_BreakEvenHighShare");
      if (typeof model.breakEvenHighShare === "number") expect(high).toBeCloseTo(model.breakEvenHighShare, 9);
      else expect(high).toBe(model.breakEvenHighShare);
    },
  );
});
