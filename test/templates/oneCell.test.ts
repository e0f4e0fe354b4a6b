/**
 * One pink cell for one quantity: a quantity the sheets share (the team leader's hours, handover,
 * days a week of cover, the brief's night cover) is typed once and every sheet reads that cell. The
 * night hours that differ on purpose are different quantities, and their labels say which.
 */
import { buildAppraisal, type TemplateDef } from "../../src/templates";
import { cellAddress, parseCell } from "../../src/layout/a1";
import { CHOICES } from "../support/choices";
import { templateDef } from "../support/templates";

interface Pink {
  /** The input row's id (register lines are "register.<id>.<cell>"). */
  id: string;
  /** "Inputs: Team leader hours", without the unit the register adds in brackets. */
  label: string;
  unit: string;
}

/** Every pink input of a workbook, once per row, as its assumption register lists it. */
function pinkInputs(def: TemplateDef): Pink[] {
  const sheet = def.sheets.find((s) => s.id === "sources")!;
  const at = new Map(sheet.cells.map((c) => [c.ref, c]));
  const byId = new Map<string, Pink>();
  for (const [rowId, r] of Object.entries(def.rows ?? {})) {
    const m = /^register\.(.+)\.(\d+)$/.exec(rowId);
    if (!m || m[2] !== "0") continue;
    const { row } = parseCell(r.range.replace(/\$/g, ""));
    // The register writes "Sheet: label (unit)" in one cell.
    const text = String(at.get(cellAddress({ row, col: 0 }))?.value ?? "");
    const [, label, unit] = /^(.*?)(?: \(([^()]*)\))?$/.exec(text)!;
    byId.set(m[1], { id: m[1], label, unit: unit ?? "" });
  }
  return [...byId.values()];
}

const books: [string, TemplateDef][] = [
  ...CHOICES.map((c) => {
    const def = templateDef(c);
    return [def.id, def] as [string, TemplateDef];
  }),
  ["appraisal", buildAppraisal()],
];

/** Quantities every sheet shares: the one pink cell each may have, by its row. */
const SHARED = [
  { what: "the team leader's hours", is: (p: Pink) => /team leader/i.test(p.label) && p.unit === "hours a week", id: "teamLeaderHours" },
  { what: "handover", is: (p: Pink) => /handover/i.test(p.label), id: "hours.handover" },
  { what: "days a week of cover", is: (p: Pink) => /\bdays\b/i.test(p.label) && p.unit === "days", id: "hours.daysPerWeek" },
];

/** The night hours that differ on purpose, each labelled as what it is. */
const NIGHTS: Record<string, RegExp> = {
  // The published model's staffing: 126 a week, what the scheme's cost counts.
  nightHours: /in the scheme's cost/,
  // The brief's minimum cover (How much care? 3.1.4): 10 a night, 70 a week, which the estimates and blocks add.
  "hours.nightPerNight": /the brief's minimum cover/,
  // The brief's core and add-on: 56 a week, 8 hours a night.
  "B.nightHours": /^Option B: Core: night hours/,
};

describe.each(books)("%s: one pink cell for one quantity", (_id, def) => {
  const pink = pinkInputs(def);

  test("the register lists the workbook's pink inputs", () => {
    expect(pink.length).toBeGreaterThan(30);
  });

  test.each(SHARED)("$what is one pink cell, read by every sheet", ({ is, id }) => {
    expect(pink.filter(is).map((p) => p.id)).toEqual([id]);
  });

  test("the night hours that differ on purpose are each labelled as what they are, and there are no others", () => {
    const nights = pink.filter((p) => /night/i.test(p.label) && /^hours a (week|night)$/.test(p.unit));
    for (const p of nights) {
      expect(Object.keys(NIGHTS)).toContain(p.id);
      expect(p.label).toMatch(NIGHTS[p.id]);
    }
    expect(nights.map((p) => p.id)).toEqual(expect.arrayContaining(["nightHours", "hours.nightPerNight"]));
  });

  test("no two pink inputs of a sheet say the same thing", () => {
    const seen = new Map<string, string>();
    for (const p of pink) {
      const key = `${p.label.replace(/^[^:]*: /, "").toLowerCase()}|${p.unit}`;
      // A copy of an input under another option's sheet of the appraisal is that option's own.
      const sheet = p.label.split(":")[0];
      const k = `${sheet}|${key}`;
      expect({ input: p.id, same: seen.get(k) }).toEqual({ input: p.id, same: undefined });
      seen.set(k, p.id);
    }
  });
});
