import { hasExternalLink, nativeEquivalent, usesEchFunction } from "../../../src/writers/officejs/formulaText";
import { eligibilityblock } from "../../../src/functions/functions";
import { HyperFormula } from "hyperformula";

describe("usesEchFunction", () => {
  it.each([
    ["=ECH.CAREHOURS(B2,B3:D3,B4:D4,B5:D5)", true],
    ["=SUM(ECH.STAFFCOSTS(A1:C1,D1,E1))", true],
    ["=ech.unitcost(A1:C1,D1,E1)", true],
    ["=_xldudf_ECH_CAREHOURS(B2)", true],
    ['="ECH.CAREHOURS(" & A1', false],
    ["=MYECH.CAREHOURS(A1)", false],
    ["=ECH_Tenants*2", false],
    ["ECH.CAREHOURS(A1)", false],
  ])("%s → %s", (f, expected) => expect(usesEchFunction(f)).toBe(expected));
});

describe("hasExternalLink", () => {
  it.each([
    ["=[Budget.xlsx]Sheet1!A1", true],
    ["='[Budget 2026.xlsx]Cost sheet'!$B$5*2", true],
    ["='C:\\Finance\\[Budget.xlsx]Sheet1'!A1", true],
    ["=[1]Sheet1!A1", true],
    ["=SUM(Table1[Cost])", false],
    ["=Table1[@Cost]*2", false],
    ["=Table1[[#This Row],[Cost]]", false],
    ['="[Book.xlsx]Sheet!A1"', false],
    ["='Inputs (2)'!$B$3", false],
  ])("%s → %s", (f, expected) => expect(hasExternalLink(f)).toBe(expected));
});

describe("nativeEquivalent", () => {
  it("translates ECH.ELIGIBILITYBLOCK with defaults for omitted arguments", () => {
    expect(nativeEquivalent("=ECH.ELIGIBILITYBLOCK(B2)")).toBe("=((B2)*4+70+37)");
    expect(nativeEquivalent("=ECH.ELIGIBILITYBLOCK(B2,,C2)*2")).toBe('=((B2)*4+IF((C2)="",70,(C2))+37)*2');
    expect(nativeEquivalent("=ECH.ELIGIBILITYBLOCK(40, 5, 70, 0)")).toBe("=((40)*(5)+(70)+(0))");
  });

  it("leaves formulas with untranslatable ECH calls or links alone", () => {
    expect(nativeEquivalent("=ECH.UNITCOST(A1:C1,D1,E1)")).toBeUndefined();
    expect(nativeEquivalent("=ECH.ELIGIBILITYBLOCK(ECH.UNITCOST(A1:C1,D1,E1))")).toBeUndefined();
    expect(nativeEquivalent("=ECH.ELIGIBILITYBLOCK([Book.xlsx]S!A1)")).toBeUndefined();
    expect(nativeEquivalent("=ECH.ELIGIBILITYBLOCK()")).toBeUndefined();
  });

  it("keeps string literals that mention ECH as they are", () => {
    expect(nativeEquivalent('=ECH.ELIGIBILITYBLOCK(B2)&" ECH.X(1)"')).toBe('=((B2)*4+70+37)&" ECH.X(1)"');
  });

  it("computes what the custom function computes, in a formula engine", () => {
    const cases: [number, number | null, number | null, number | null][] = [
      [40, null, null, null],
      [12, 6, 84, 20],
      [1, 0, 0, 0],
      [200, 3.5, null, 37],
    ];
    for (const [residents, hours, night, leader] of cases) {
      const args = [residents, hours, night, leader];
      const hf = HyperFormula.buildFromArray([args.map((a) => (a === null ? null : a)) as (number | null)[]], { licenseKey: "gpl-v3" });
      const formula = nativeEquivalent("=ECH.ELIGIBILITYBLOCK(A1,B1,C1,D1)")!;
      hf.setCellContents({ sheet: 0, row: 1, col: 0 }, formula);
      const native = hf.getCellValue({ sheet: 0, row: 1, col: 0 });
      expect(native).toBeCloseTo(eligibilityblock(residents, hours ?? undefined, night ?? undefined, leader ?? undefined) as number, 10);
      hf.destroy();
    }
  });
});
