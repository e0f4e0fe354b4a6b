/**
 * Excel on the web refuses a request over its payload limit, and each sync is a round trip: each
 * option with both overlays goes in two syncs (read, then one write), the write at most 500 KB
 * (sizes as the JSON of each request's operations, computed through the fake).
 */
import { OPTION_IDS } from "../../../src/templates";
import { SCENARIO_COUNT } from "../../../src/decisions/scenarios";
import { parseAddress } from "../../../src/layout/a1";
import { withFormulas } from "../../../src/layout/r1c1";
import { placeTemplate } from "../../../src/templates/place";
import { insertTemplate } from "../../../src/writers/officejs";
import { formulaEntry } from "../../../src/writers/officejs/insertTemplate";
import { createFakeExcel, installFakeOffice, requestBytes } from "../../support/fakeExcel";
import { templateDef } from "../../support/templates";

const KB = 1024;

let restoreOffice: () => void;
beforeAll(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.9" });
});
afterAll(() => restoreOffice());

describe("insertTemplate request size", () => {
  it.each(OPTION_IDS)("option %s with overlays E and F: 2 syncs, the write at most 500 KB", async (option) => {
    const def = templateDef({ option, overlays: ["E", "F"] });
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    const report = await insertTemplate(fx.context, def);
    expect(report.syncs).toBe(2);
    const bytes = requestBytes(fx.log);
    expect(Math.max(...bytes.values())).toBeLessThanOrEqual(500 * KB);
    // The scenarios' columns of the workings read their own scenario's column, so a line of them is one copied formula.
    const across = fx.log
      .filter((l) => l.op === "set formulasR1C1" && l.sheet === "Model workings")
      .map((l) => parseAddress(l.address!).rect)
      .filter((r) => r.right - r.left + 1 >= SCENARIO_COUNT);
    expect(across.length).toBeGreaterThan(10);
    // Formulas copied down or across go once a block: the contents weigh at most three quarters of
    // every cell's entry written one by one.
    const oneByOne = placeTemplate(def, ["Sheet1"], [])
      .sheets.flatMap((s) => withFormulas(s.cells))
      .reduce((n, c) => n + Buffer.byteLength(JSON.stringify(formulaEntry(c))), 0);
    const contents = requestBytes(fx.log.filter((l) => l.op === "set formulas" || l.op === "set formulasR1C1")).get(2)!;
    expect(contents).toBeLessThan(0.75 * oneByOne);
  });
});
