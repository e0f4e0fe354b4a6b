/**
 * Excel on the web refuses a request over its payload limit, so no single context.sync may carry
 * the whole of the largest templates: each option with both overlays goes in at most three syncs,
 * none over 1 MB (sizes as the JSON of each request's operations, computed through the fake).
 */
import { OPTION_IDS } from "../../../src/templates";
import { insertTemplate } from "../../../src/writers/officejs";
import { createFakeExcel, installFakeOffice, requestBytes } from "../../support/fakeExcel";
import { templateDef } from "../../support/templates";

const MB = 1_000_000;

let restoreOffice: () => void;
beforeAll(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.9" });
});
afterAll(() => restoreOffice());

describe("insertTemplate request size", () => {
  it.each(OPTION_IDS)("option %s with overlays E and F: at most 3 syncs, none over 1 MB", async (option) => {
    const def = templateDef({ option, overlays: ["E", "F"] });
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    const report = await insertTemplate(fx.context, def);
    expect(report.syncs).toBeLessThanOrEqual(3);
    const bytes = requestBytes(fx.log);
    // The template is big: were it all in one request, that request would be over the limit.
    expect([...bytes.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(MB);
    expect(Math.max(...bytes.values())).toBeLessThanOrEqual(MB);
  });
});
