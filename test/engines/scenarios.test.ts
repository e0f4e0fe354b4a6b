/** Switching ECH_ActiveScenario in LibreOffice Calc and Gnumeric moves the headline results to the model's values for that scenario. */
import { writeFileSync } from "fs";
import * as path from "path";
import { scenarioHeadlines, type Scenario } from "../../src/decisions/scenarios";
import { HEADLINES } from "../../src/decisions/sensitivity";
import { DEFAULT_PROJECTION } from "../../src/model";
import { DEFAULT_TEMPLATE_INPUTS, type PlacedTemplate, type TemplateInputs } from "../../src/templates";
import { writeXlsx } from "../../src/writers/xlsx";
import { rangeCells } from "../support/hyperformula";
import { recalcGnumeric, recalcLibreOffice, tempDir, type Results } from "../support/engines";
import { placedTemplate } from "../support/templates";

jest.setTimeout(180_000);

const INPUTS: TemplateInputs = {
  ...DEFAULT_TEMPLATE_INPUTS,
  projection: { ...DEFAULT_PROJECTION, payUplift: 0.03, nonPayUplift: 0.02 },
  // Some high-needs tenants self-fund and the others pay £10 a week: each scenario's net cost moves its own way.
  selfFunderShares: [0, 0, 0.2],
  averageContributions: [10, 10, 10],
  scenarios: [
    { name: "Higher needs", values: { bandShares: [0.2, 0.4, 0.4], careRate: [11] } },
    {
      name: "Forty tenants",
      values: { tenants: [40], "C.blockPrice": [15], occupancy: [0.5, 0.75, null, null, null, null, null, null, null, null, null, null] },
    },
  ] as Scenario[],
};
const CHOICE = { option: "C" as const, pumpPriming: true };

/**
 * The workbook as generated with the selector set to `active` afterwards, as a user would, and
 * without stored results, so the engine must calculate every formula.
 */
function switched(placed: PlacedTemplate, active: number): PlacedTemplate {
  const n = placed.names.find((x) => x.name === "ECH_ActiveScenario")!;
  const ref = rangeCells(n.range)[0];
  return {
    ...placed,
    sheets: placed.sheets.map((s) => ({
      ...s,
      cells: s.cells.map(({ cached: _, ...c }) => (s.id === n.sheet && c.ref === ref ? { ...c, value: active } : c)),
    })),
  };
}

function named(placed: PlacedTemplate, results: Results, name: string): number {
  const n = placed.names.find((x) => x.name === name)!;
  const v = results(n.sheet, rangeCells(n.range)[0]);
  if (typeof v !== "number") throw new Error(`${name} holds ${JSON.stringify(v)}`);
  return v;
}

describe.each(["LibreOffice", "Gnumeric"])("%s follows ECH_ActiveScenario", (engine) => {
  const tmp = tempDir("ech-scenarios-");
  const base = placedTemplate({ option: "C", overlays: ["F"] }, INPUTS);
  const books = [2, 3].map((active) => switched(base, active));
  let results: Results[];
  beforeAll(async () => {
    const files = await Promise.all(
      books.map(async (p, i) => {
        const file = path.join(tmp.dir, `scenario-${i + 2}.xlsx`);
        writeFileSync(file, await writeXlsx(p));
        return file;
      }),
    );
    results =
      engine === "LibreOffice" ? recalcLibreOffice(files, tmp.dir, books) : files.map((f, i) => recalcGnumeric(f, tmp.dir, books[i]));
  });
  afterAll(() => tmp.cleanup());

  test.each([0, 1])("scenario %i in use: every headline result is the model's, and the side-by-side table too", (k) => {
    const r = results[k];
    const model = scenarioHeadlines(CHOICE, INPUTS, INPUTS.scenarios![k].values);
    const inBook = {
      unitCost: named(books[k], r, "ECH_UnitCostPerHour"),
      councilYear: named(books[k], r, "ECH_CouncilAnnualCost"),
      councilNetYear: named(books[k], r, "ECH_CouncilNetCost"),
      npv: named(books[k], r, "ECH_ProjectionNPV"),
    };
    for (const h of HEADLINES) expect(inBook[h.id]).toBeCloseTo(model[h.id], 6);
    expect(r(...cell(books[k], "scenario.check"))).toBe("OK");
    // The table's columns: the base and both scenarios, whichever is in use.
    const baseModel = scenarioHeadlines(CHOICE, INPUTS, {});
    for (const h of HEADLINES) {
      expect(r(...cell(books[k], `scenario0.${h.id}`))).toBeCloseTo(baseModel[h.id], 6);
      expect(r(...cell(books[k], `scenario${k + 1}.${h.id}`))).toBeCloseTo(model[h.id], 6);
    }
    // Not the base's figures: the engine calculated the scenario.
    expect(Math.abs(inBook.councilYear - baseModel.councilYear)).toBeGreaterThan(1000);
    expect(inBook.councilNetYear).toBeLessThan(inBook.councilYear - 1000);
  });
});

function cell(placed: PlacedTemplate, rowId: string): [string, string] {
  const r = placed.rows![rowId];
  return [r.sheet, r.range.split(":")[0]];
}
