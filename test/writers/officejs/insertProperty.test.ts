/**
 * "Nothing of the user's is overwritten or lost": for random workbooks that already hold sheets and
 * names called like the template's (any case, earlier generations included) and a failure injected
 * at a random point, inserting either adds the template beside everything that was there, or fails
 * and leaves the workbook exactly as it was.
 */
import fc from "fast-check";
import { isDeepStrictEqual } from "util";
import { buildTemplate } from "../../../src/templates";
import { insertTemplate } from "../../../src/writers/officejs";
import { createFakeExcel, installFakeOffice } from "../../support/fakeExcel";
import { runs } from "../../support/runs";

let restoreOffice: () => void;
beforeAll(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.9" });
});
afterAll(() => restoreOffice());

const def = buildTemplate({ option: "D", overlays: ["E"] });
const sheetNames = def.sheets.map((s) => s.name);
const nameNames = def.names.map((n) => n.name);

const caseOf = (s: string, flip: boolean) => (flip ? s.toUpperCase() : s);
const sheetName = fc.oneof(
  fc.tuple(fc.constantFrom(...sheetNames), fc.boolean()).map(([s, f]) => caseOf(s, f)),
  fc.constantFrom(...sheetNames).map((s) => `${s} (2)`),
  fc.constantFrom("Sheet1", "Budget 2026", "Notes"),
);
const definedName = fc.oneof(
  fc.tuple(fc.constantFrom(...nameNames), fc.boolean()).map(([s, f]) => caseOf(s, f)),
  fc.constantFrom(...nameNames).map((s) => `${s}_2`),
  fc.constantFrom("MyTotal", "Rates"),
);

/** toEqual, with node's deep equality first: jest's takes most of the time on whole workbooks. */
function expectSame(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

it("adds beside what exists, or fails leaving the workbook as it was", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(sheetName, { minLength: 1, maxLength: 6, selector: (s) => s.toLowerCase() }),
      fc.uniqueArray(definedName, { maxLength: 6, selector: (s) => s.toLowerCase() }),
      fc.option(fc.nat({ max: 4000 }), { nil: undefined }),
      // The contents' request (2) or the formatting's (3).
      fc.constantFrom(2, 3),
      fc.boolean(),
      async (sheets, names, failAfter, failingSync, generatedBefore) => {
        const fx = createFakeExcel();
        sheets.forEach((s, i) => {
          fx.book.setCell(s, "B5", i * 10);
          fx.book.setCell(s, "C5", `=B5*${i + 1}`, i * 10 * (i + 1));
        });
        fx.book.sheet(sheets[0])!.protection = { protected: true, options: {} };
        for (const n of names) fx.book.addName(n, `='${sheets[0]}'!$B$5`);
        if (generatedBefore) await insertTemplate(fx.context, def);
        const before = fx.book.snapshot() as { sheets: unknown[]; names: unknown[] };
        const syncsBefore = fx.syncs;
        if (failAfter !== undefined) fx.fake.failOn({ sync: syncsBefore + failingSync, afterOps: failAfter });

        const result = await insertTemplate(fx.context, def).catch((e: unknown) => e);
        const after = fx.book.snapshot() as typeof before;

        // Three syncs, and one more to clean up after a failure.
        expect(fx.syncs - syncsBefore).toBeLessThanOrEqual(result instanceof Error ? 4 : 3);
        if (result instanceof Error) {
          expect(result).toMatchObject({ code: "InsertFailed" });
          expectSame(after, before);
        } else {
          expectSame(after.sheets.slice(0, before.sheets.length), before.sheets);
          expectSame(after.names.slice(0, before.names.length), before.names);
          expect(after.sheets).toHaveLength(before.sheets.length + def.sheets.length);
          expect(after.names).toHaveLength(before.names.length + def.names.length);
        }
      },
    ),
    { numRuns: runs(20) },
  );
});
