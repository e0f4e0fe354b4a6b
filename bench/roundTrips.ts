import { OPTION_IDS, buildTemplate, templateId } from "../src/templates";
import { insertTemplate } from "../src/writers/officejs";
import { createFakeExcel, installFakeOffice } from "../test/support/fakeExcel";

/**
 * context.sync calls (each a network round trip in Excel on the web) to generate each option with
 * both overlays, counted through the fake Excel context the tests use. Also the cells written, to
 * show the count does not grow with the template's size.
 */
export async function roundTrips(): Promise<{ template: string; syncs: number; cells: number; largestRequestBytes: number }[]> {
  const restore = installFakeOffice({ ExcelApi: "1.9" });
  try {
    const out = [];
    for (const option of OPTION_IDS) {
      const def = buildTemplate({ option, overlays: ["E", "F"] });
      const fx = createFakeExcel();
      await insertTemplate(fx.context, def);
      // Each sync is one request: its size is estimated as the JSON of the operations it carries,
      // with their arguments (values, formulas, formats, validation), as Office.js serialises them.
      const bytes = new Map<number, number>();
      for (const op of fx.log) bytes.set(op.sync, (bytes.get(op.sync) ?? 0) + Buffer.byteLength(JSON.stringify(op)));
      out.push({
        template: templateId(def.choice),
        syncs: fx.syncs,
        cells: def.sheets.reduce((n, s) => n + s.cells.length, 0),
        largestRequestBytes: Math.max(0, ...bytes.values()),
      });
    }
    return out;
  } finally {
    restore();
  }
}
