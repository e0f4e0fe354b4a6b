/** Sheet names in references: as they are where Excel reads them so, quoted everywhere else. */
import { placeTemplate, quoteSheet, resolveFormula } from "../../src/templates/place";
import fc from "fast-check";
import { buildAppraisal, buildTemplate } from "../../src/templates";
import { CHOICES } from "../support/choices";
import { templateDef } from "../support/templates";

describe("quoteSheet", () => {
  it.each([
    ["Inputs", "Inputs"],
    ["Model_workings", "Model_workings"],
    ["Option C", "'Option C'"],
    ["Inputs (2)", "'Inputs (2)'"],
    ["Bob's", "'Bob''s'"],
    // Names Excel would read as a cell, an R1C1 reference or a truth value.
    ["AB12", "'AB12'"],
    ["R", "'R'"],
    ["c", "'c'"],
    ["R1C1", "'R1C1'"],
    ["C2", "'C2'"],
    ["TRUE", "'TRUE'"],
    ["2026", "'2026'"],
    ["Année", "'Année'"],
  ])("%s is written %s", (name, quoted) => {
    expect(quoteSheet(name)).toBe(quoted);
  });

  it("resolves sheet ids to the placed names, quoted where needed", () => {
    const names = new Map([
      ["inputs", "Inputs"],
      ["costs", "Costs (2)"],
    ]);
    expect(resolveFormula("{inputs}!$B$3*{costs}!B2", names)).toBe("Inputs!$B$3*'Costs (2)'!B2");
  });

  it("reads a sheet reference as {a letter, then letters, digits or _}, anywhere, and nothing else", () => {
    const names = new Map([
      ["a", "A sheet"],
      ["b_2", "Plain"],
    ]);
    // What it replaces, written as a pattern; the formulas' own braces and stray text stay as they are.
    const expected = (f: string) =>
      f.replace(/\{([a-zA-Z][a-zA-Z0-9_]*)\}/g, (_, id: string) => {
        const name = names.get(id);
        if (!name) throw new Error(`unknown sheet {${id}}`);
        return quoteSheet(name);
      });
    const outcome = (f: (s: string) => string, s: string) => {
      try {
        return f(s);
      } catch (e) {
        return (e as Error).message.match(/unknown sheet \{\w+\}/)?.[0];
      }
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("{a}", "{b_2}", "{", "}", "{2}", "{_a}", "{a", "b}", "!$B$3", "*", '"{"', "{{a}}", "x"), {
          maxLength: 12,
        }),
        (parts) => {
          const f = parts.join("");
          expect(outcome((x) => resolveFormula(x, names), f)).toBe(outcome(expected, f));
        },
      ),
      { seed: 20261206, numRuns: 500 },
    );
    expect(() => resolveFormula("1+{nowhere}!A1", names)).toThrow(/unknown sheet \{nowhere\}/);
  });
});

describe("placeTemplate", () => {
  // One definition placed in a new workbook and in one that has an Inputs sheet already: the sheets
  // placed once are shared between workbooks, and must still read the Inputs sheet by its name in each.
  const def = buildTemplate({ option: "B", overlays: [] });
  const formulas = (p: ReturnType<typeof placeTemplate>) => p.sheets.flatMap((s) => s.cells.flatMap((c) => (c.formula ? [c.formula] : [])));

  it("resolves each workbook's formulas to its own sheet names", () => {
    const fresh = placeTemplate(def);
    const clash = placeTemplate(def, ["Inputs"]);
    const again = placeTemplate(def);
    expect(clash.sheets.map((s) => s.name)).toContain("Inputs (2)");
    expect(formulas(fresh).some((f) => f.includes("Inputs!"))).toBe(true);
    expect(formulas(fresh).some((f) => f.includes("'Inputs (2)'!"))).toBe(false);
    expect(formulas(clash).some((f) => /(^|[^'])Inputs!/.test(f))).toBe(false);
    expect(formulas(clash).some((f) => f.includes("'Inputs (2)'!"))).toBe(true);
    expect(formulas(again)).toEqual(formulas(fresh));
  });
});

describe("the sheets a sheet reads, as the renderer notes them", () => {
  // Found again in the text: every "{id}" of its formulas and conditions of use, in order, its own id apart.
  const found = (s: ReturnType<typeof buildTemplate>["sheets"][number]) => {
    const ids: string[] = [];
    for (const c of s.cells)
      for (const f of [c.formula, c.inUse])
        for (const m of (f ?? "").matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)) if (!ids.includes(m[1])) ids.push(m[1]);
    return ids;
  };
  it("are every sheet its formulas name, in the order first met, in every template and the appraisal", () => {
    for (const def of [...CHOICES.map((c) => templateDef(c)), buildAppraisal()])
      for (const s of def.sheets)
        expect({ sheet: `${def.id} ${s.name}`, reads: s.reads }).toEqual({ sheet: `${def.id} ${s.name}`, reads: found(s) });
  });
});
