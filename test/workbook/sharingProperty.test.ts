/**
 * "Prepare for sharing changes only what it reports", for many random workbooks with hidden sheets,
 * comments, notes, document properties and stored settings, changing a random choice of kinds:
 * every cell outside the reported ranges, every sheet's protection, every name, and every hidden
 * sheet, comment, note, property and setting not reported as changed stay exactly as they were;
 * every reported change is in the workbook afterwards; and exactly the listed items of the chosen
 * kinds that are not kept are changed.
 */
import fc from "fast-check";
import { DOCUMENT_PROPERTIES, prepareForSharing, SHARING_KINDS, type SharingItem } from "../../src/workbook";
import { cellAddress, parseAddress } from "../../src/layout/a1";
import {
  createFakeExcel,
  installFakeOffice,
  type CellValue,
  type FakeComment,
  type FakeDocumentProperties,
  type FakeNote,
} from "../support/fakeExcel";
import { runs } from "../support/runs";

let restoreOffice: () => void;
beforeAll(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.18" });
});
afterAll(() => restoreOffice());

type Spec = { formula?: string; value: CellValue; spill?: CellValue[][] };

const constant = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom("Tenants", "2026", "", "=not formula", "TRUE"),
  fc.boolean(),
);
const formulaCell: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({ formula: fc.constantFrom("=SUM(A1:A3)", "=A1*2", '="ECH.CAREHOURS(" & A1', "=Table1[Cost]*2"), value: fc.integer() }),
  fc.record({
    formula: fc.constantFrom("=ECH.ELIGIBILITYBLOCK(A1)", "=ECH.UNITCOST(A1:C1,D1,E1)*2", "=[Budget.xlsx]Rates!$B$2"),
    value: fc.oneof(fc.integer(), fc.constant("#NAME?")),
  }),
  fc.record({
    formula: fc.constant("=ECH.CAREHOURS(A1,B1:D1,B2:D2,B3:D3)"),
    value: fc.constant(0),
    spill: fc.array(fc.oneof(fc.integer(), fc.constant("text")), { minLength: 2, maxLength: 3 }).map((row) => [row]),
  }),
);
const text = fc.constantFrom("", " ", "Ann Smith", "Riverside Council", "draft 2", "x".repeat(120));
const sheet = fc.record({
  protected: fc.boolean(),
  visibility: fc.constantFrom("Visible", "Visible", "Hidden", "VeryHidden") as fc.Arbitrary<"Visible" | "Hidden" | "VeryHidden">,
  // Comments and notes on random cells (a cell has at most one of them).
  annotations: fc.array(fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 7 }), fc.boolean(), text), { maxLength: 4 }),
  // Cells on a 6 × 6 grid; later ones win where they land on the same cell or a spill.
  cells: fc.array(
    fc.tuple(
      fc.nat({ max: 5 }),
      fc.nat({ max: 5 }),
      fc.oneof(
        constant.map((value) => ({ value }) as Spec),
        formulaCell,
      ),
    ),
    { maxLength: 14 },
  ),
});

const properties = fc.record({
  author: text,
  company: text,
  lastAuthor: text,
  title: text,
  keywords: text,
  comments: text,
  manager: text,
});
const custom = fc.uniqueArray(
  fc.record({
    key: fc.constantFrom("Reviewer", "Project", "MSIP_Label_9_Enabled", "Budget line"),
    value: fc.oneof(text, fc.integer(), fc.boolean()),
  }),
  { selector: (p) => p.key, maxLength: 3 },
);
const settings = fc.uniqueArray(
  fc.record({ key: fc.constantFrom("ech-choice", "last-run", "pane"), value: fc.oneof(text, fc.integer(), fc.constant({ option: "B" })) }),
  {
    selector: (x) => x.key,
    maxLength: 2,
  },
);
const book = fc.record({
  sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }),
  structureProtected: fc.boolean(),
  properties,
  custom,
  settings,
  kinds: fc.subarray([...SHARING_KINDS]),
});

type Snap = {
  sheets: {
    name: string;
    cells: [string, unknown][];
    protection: unknown;
    visibility: string;
    comments: FakeComment[];
    notes: FakeNote[];
  }[];
  names: unknown;
  properties: FakeDocumentProperties;
  settings: { key: string; value: unknown }[];
  protection: unknown;
};

/** Whether an item of the report is this hidden sheet, comment, note, property or setting. */
const isSheet = (i: SharingItem, sheet: string) => i.kind === "hidden-sheets" && i.sheet === sheet;
const isAt = (i: SharingItem, kind: "comments" | "notes", sheet: string, address: string) =>
  i.kind === kind && i.sheet === sheet && i.address === address;
const isProperty = (i: SharingItem, property: string, isCustom: boolean) =>
  i.kind === "properties" && i.property === property && i.custom === isCustom;
const isSetting = (i: SharingItem, key: string) => i.kind === "settings" && i.key === key;

it("changes exactly the reported cells and items, for random workbooks", async () => {
  await fc.assert(
    fc.asyncProperty(book, async ({ sheets, structureProtected, properties, custom, settings, kinds }) => {
      const fx = createFakeExcel();
      sheets.forEach((s, i) => {
        const name = `S${i}`;
        fx.book.addSheet(name);
        // Excel keeps at least one sheet visible.
        fx.book.sheet(name)!.visibility = i === 0 ? "Visible" : s.visibility;
        for (const [row, col, isNote, content] of s.annotations) {
          const ref = cellAddress({ row, col });
          const taken = (a: { address: string }) => a.address === ref;
          if (fx.book.sheet(name)!.comments.some(taken) || fx.book.sheet(name)!.notes.some(taken)) continue;
          if (isNote) fx.book.addNote(name, ref, content, "Bob Jones");
          else fx.book.addComment(name, ref, content, "Ann Smith");
        }
        for (const [row, col, c] of s.cells) {
          const ref = cellAddress({ row, col });
          const occupied = fx.book.cell(name, ref);
          if (occupied?.spilledFrom || (c.spill && col + c.spill[0].length > 6)) continue;
          fx.book.setCell(name, ref, c.formula ?? c.value, c.value, c.spill);
        }
        fx.book.sheet(name)!.protection = { protected: s.protected, options: s.protected ? { allowSort: true } : {} };
      });
      fx.book.addName("Keep", "=S0!$A$1");
      fx.book.protection = { protected: structureProtected };
      Object.assign(fx.book.properties, properties);
      fx.book.properties.custom = custom.map((p) => ({
        ...p,
        type: typeof p.value === "number" ? "Number" : typeof p.value === "boolean" ? "Boolean" : "String",
      }));
      fx.book.settings = structuredClone(settings);
      const before = fx.book.snapshot() as Snap;

      const report = await prepareForSharing(fx.context, { change: kinds });

      const after = fx.book.snapshot() as Snap;
      // Exactly the listed items of the chosen kinds that are not kept were changed.
      expect(report.done).toEqual(report.items.filter((i) => kinds.includes(i.kind) && i.kept === undefined));
      if (!kinds.includes("formulas")) expect(report.changes).toEqual([]);
      const done = (match: (i: SharingItem) => boolean) => report.done.some(match);
      const listed = (match: (i: SharingItem) => boolean) => report.items.some(match);
      for (const b of before.sheets) {
        const a = after.sheets.find((x) => x.name === b.name)!;
        expect(listed((i) => isSheet(i, b.name))).toBe(b.visibility !== "Visible");
        expect(a.visibility).toBe(done((i) => isSheet(i, b.name)) ? "Visible" : b.visibility);
        for (const kind of ["comments", "notes"] as const) {
          for (const c of b[kind]) expect(listed((i) => isAt(i, kind, b.name, c.address))).toBe(true);
          expect(a[kind]).toEqual(b[kind].filter((c) => !done((i) => isAt(i, kind, b.name, c.address))));
        }
      }
      for (const { property } of DOCUMENT_PROPERTIES) {
        const was = before.properties[property];
        expect(listed((i) => isProperty(i, property, false))).toBe(was.trim() !== "");
        expect(after.properties[property]).toBe(done((i) => isProperty(i, property, false)) ? "" : was);
      }
      expect(after.properties.lastAuthor).toBe(before.properties.lastAuthor);
      for (const p of before.properties.custom) expect(listed((i) => isProperty(i, p.key, true))).toBe(true);
      expect(after.properties.custom).toEqual(before.properties.custom.filter((p) => !done((i) => isProperty(i, p.key, true))));
      expect(after.properties.custom.some((p) => p.key.startsWith("MSIP_Label_"))).toBe(
        before.properties.custom.some((p) => p.key.startsWith("MSIP_Label_")),
      );
      for (const x of before.settings) expect(listed((i) => isSetting(i, x.key))).toBe(true);
      expect(after.settings).toEqual(before.settings.filter((x) => !done((i) => isSetting(i, x.key))));
      expect(after.protection).toEqual(before.protection);
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
      // What was changed is gone from a second check; everything else is listed again.
      const again = await prepareForSharing(fx.context);
      expect(again.findings.map((f) => `${f.sheet}!${f.address}`)).toEqual(
        report.findings.filter((f) => !report.changes.includes(f)).map((f) => `${f.sheet}!${f.address}`),
      );
      expect(again.items).toEqual(report.items.filter((i) => !report.done.includes(i)));
    }),
    { numRuns: runs(150) },
  );
});
