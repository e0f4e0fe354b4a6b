/**
 * "Prepare for sharing changes only what it reports", for many random workbooks: every cell outside
 * the reported ranges, every sheet's protection and every name stay exactly as they were, and every
 * reported change is in the workbook afterwards.
 */
import fc from "fast-check";
import { prepareForSharing } from "../../src/workbook";
import { cellAddress, parseAddress } from "../../src/templates/a1";
import { createFakeExcel, installFakeOffice, type CellValue } from "../support/fakeExcel";

let restoreOffice: () => void;
beforeAll(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.12" });
});
afterAll(() => restoreOffice());

type Spec = { formula?: string; value: CellValue; spill?: CellValue[][] };

const constant = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom("Tenants", "2026", "", "=not formula", "TRUE"), fc.boolean());
const formulaCell: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({ formula: fc.constantFrom("=SUM(A1:A3)", "=A1*2", '="ECH.CAREHOURS(" & A1', "=Table1[Cost]*2"), value: fc.integer() }),
  fc.record({ formula: fc.constantFrom("=ECH.ELIGIBILITYBLOCK(A1)", "=ECH.UNITCOST(A1:C1,D1,E1)*2", "=[Budget.xlsx]Rates!$B$2"), value: fc.oneof(fc.integer(), fc.constant("#NAME?")) }),
  fc.record({
    formula: fc.constant("=ECH.CAREHOURS(A1,B1:D1,B2:D2,B3:D3)"),
    value: fc.constant(0),
    spill: fc.array(fc.oneof(fc.integer(), fc.constant("text")), { minLength: 2, maxLength: 3 }).map((row) => [row]),
  }),
);
const sheet = fc.record({
  protected: fc.boolean(),
  // Cells on a 6 × 6 grid; later ones win where they land on the same cell or a spill.
  cells: fc.array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 5 }), fc.oneof(constant.map((value) => ({ value }) as Spec), formulaCell)), { maxLength: 14 }),
});

it("changes exactly the reported cells, for random workbooks", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
      const fx = createFakeExcel();
      sheets.forEach((s, i) => {
        const name = `S${i}`;
        fx.book.addSheet(name);
        for (const [row, col, c] of s.cells) {
          const ref = cellAddress({ row, col });
          const occupied = fx.book.cell(name, ref);
          if (occupied?.spilledFrom || (c.spill && col + c.spill[0].length > 6)) continue;
          fx.book.setCell(name, ref, c.formula ?? c.value, c.value, c.spill);
        }
        fx.book.sheet(name)!.protection = { protected: s.protected, options: s.protected ? { allowSort: true } : {} };
      });
      fx.book.addName("Keep", "=S0!$A$1");
      const before = fx.book.snapshot() as { sheets: { name: string; cells: [string, unknown][]; protection: unknown }[]; names: unknown };

      const report = await prepareForSharing(fx.context, { change: ["formulas"] });

      const after = fx.book.snapshot() as typeof before;
      const inChange = (sheetName: string, ref: string) =>
        report.changes.some((c) => {
          if (c.sheet !== sheetName) return false;
          const r = parseAddress(c.range).rect;
          const p = parseAddress(ref).rect;
          return p.top >= r.top && p.top <= r.bottom && p.left >= r.left && p.left <= r.right;
        });
      for (const b of before.sheets) {
        const a = after.sheets.find((x) => x.name === b.name)!;
        expect(a.protection).toEqual(b.protection);
        const keep = (cells: [string, unknown][]) => cells.filter(([ref]) => !inChange(b.name, ref));
        expect(keep(a.cells)).toEqual(keep(b.cells));
      }
      expect(after.names).toEqual(before.names);
      for (const c of report.changes) {
        const anchor = fx.book.cell(c.sheet, c.address)!;
        if (c.replacement.kind === "native") expect(anchor.formula).toBe(c.replacement.formula);
        else expect(anchor.formula).toBeUndefined();
      }
      // Nothing that needs the add-in or another workbook is left, except what was reported as skipped.
      const again = await prepareForSharing(fx.context);
      expect(again.findings.map((f) => `${f.sheet}!${f.address}`)).toEqual(
        report.findings.filter((f) => f.replacement.kind === "skipped").map((f) => `${f.sheet}!${f.address}`),
      );
    }),
    { numRuns: 150 },
  );
});
