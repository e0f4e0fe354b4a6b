import { OPTION_IDS, buildTemplate, templateId } from "../src/templates";
import { insertTemplate } from "../src/writers/officejs";
import { createFakeExcel, installFakeOffice, requestBytes } from "../test/support/fakeExcel";
import { hasFormula } from "../src/layout/r1c1";

/**
 * context.sync calls (each a network round trip in Excel on the web) to generate each option with
 * both overlays, counted through the fake Excel context the tests use. Also the cells written and
 * the non-empty ones among them.
 */
export async function roundTrips(): Promise<
  { template: string; syncs: number; cells: number; nonEmptyCells: number; largestRequestBytes: number }[]
> {
  const restore = installFakeOffice({ ExcelApi: "1.9" });
  try {
    const out = [];
    for (const option of OPTION_IDS) {
      const def = buildTemplate({ option, overlays: ["E", "F"] });
      const fx = createFakeExcel();
      await insertTemplate(fx.context, def);
      out.push({
        template: templateId(def.choice),
        syncs: fx.syncs,
        cells: def.sheets.reduce((n, s) => n + s.cells.length, 0),
        // The target's measure: cells with a value or a formula (an empty pink or header cell is written, not counted).
        nonEmptyCells: def.sheets.reduce(
          (n, s) => n + s.cells.filter((c) => hasFormula(c) || (c.value !== undefined && c.value !== null && c.value !== "")).length,
          0,
        ),
        // Each sync is one request.
        largestRequestBytes: Math.max(0, ...requestBytes(fx.log).values()),
      });
    }
    return out;
  } finally {
    restore();
  }
}
