/** Sheet names in references: as they are where Excel reads them so, quoted everywhere else. */
import { quoteSheet, resolveFormula } from "../../src/templates/place";

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
});
