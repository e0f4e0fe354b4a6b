import fc from "fast-check";
import { cellAddress, columnLetters } from "../../src/layout/a1";
import { hasFormula, toA1, toR1C1, withFormulas } from "../../src/layout/r1c1";

describe("toR1C1 and toA1", () => {
  it.each([
    ["B5*2", { row: 4, col: 2 }, "RC[-1]*2"],
    ["$B$5+B6", { row: 4, col: 1 }, "R5C2+R[1]C"],
    ["'Inputs'!$B$3*A1", { row: 1, col: 1 }, "'Inputs'!R3C2*R[-1]C[-1]"],
    ["SUM($B5:C$7)", { row: 4, col: 3 }, "SUM(RC2:R7C[-1])"],
    ['IF(A1="B5","AA10",LOG10(A1))', { row: 0, col: 1 }, 'IF(RC[-1]="B5","AA10",LOG10(RC[-1]))'],
    ["ECH_Tenants*AB12", { row: 11, col: 0 }, "ECH_Tenants*RC[27]"],
    // A sheet name that looks like a cell is not read as one.
    ["'Year A1'!C3", { row: 2, col: 2 }, "'Year A1'!RC"],
  ])("%s in %j is %s", (a1, at, r1c1) => {
    expect(toR1C1(a1, at)).toBe(r1c1);
    expect(toA1(r1c1, at)).toBe(a1);
  });

  it("leaves whole columns and rows, and text that already reads as R1C1, untranslated", () => {
    expect(toR1C1("SUM(B:B)", { row: 0, col: 0 })).toBeUndefined();
    expect(toR1C1("SUM(3:5)", { row: 0, col: 0 })).toBeUndefined();
    expect(toR1C1("RC*2", { row: 0, col: 0 })).toBeUndefined();
  });

  it("a reference copied to another cell reads the same in R1C1 and moves with it in A1", () => {
    const cell = fc.record({ row: fc.nat(200), col: fc.nat(60) });
    fc.assert(
      fc.property(cell, cell, fc.boolean(), fc.boolean(), fc.nat(20), fc.nat(20), (target, at, fixRow, fixCol, dr, dc) => {
        const ref = (t: { row: number; col: number }) => `${fixCol ? "$" : ""}${columnLetters(t.col)}${fixRow ? "$" : ""}${t.row + 1}`;
        const a1 = `${ref(target)}*2`;
        const r1c1 = toR1C1(a1, at)!;
        expect(toA1(r1c1, at)).toBe(a1);
        // Copied dr rows down and dc columns across: relative parts move, fixed parts stay.
        const moved = { row: fixRow ? target.row : target.row + dr, col: fixCol ? target.col : target.col + dc };
        expect(toA1(r1c1, { row: at.row + dr, col: at.col + dc })).toBe(`${ref(moved)}*2`);
        expect(cellAddress(moved)).toMatch(/^[A-Z]+\d+$/);
      }),
      { seed: 20, numRuns: 200 },
    );
  });
});

describe("withFormulas: every copied formula written out", () => {
  it("moves a copy's relative references as far as it is from the cell it copies, and keeps the rest", () => {
    const cells = [
      { ref: "B2", formula: "B1*'Option C'!$B$5+SUM(B$1:C1)", cached: 1 },
      { ref: "D2", copiedFrom: "B2", cached: 2 },
      { ref: "B3", value: 7 },
    ];
    expect(withFormulas(cells)).toEqual([cells[0], { ref: "D2", formula: "D1*'Option C'!$B$5+SUM(D$1:E1)", cached: 2 }, cells[2]]);
    expect(cells.map(hasFormula)).toEqual([true, true, false]);
  });

  it("gives the cells themselves where none is a copy", () => {
    const cells = [{ ref: "A1", formula: "1" }];
    expect(withFormulas(cells)).toBe(cells);
  });

  it("refuses a copy of a cell without a formula", () => {
    expect(() =>
      withFormulas([
        { ref: "A1", value: 1 },
        { ref: "B1", copiedFrom: "A1" },
      ]),
    ).toThrow("B1 copies the formula of A1, which has none");
  });
});
