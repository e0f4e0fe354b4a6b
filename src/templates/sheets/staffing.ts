/** The Staffing sheet: seed 002's "ECH care/support staffing" and "staff on-costs" tables, as formulas. */
import { BANDS, HEADCOUNT_GUARD_DIGITS, WEEKS_PER_YEAR } from "../../model";
import { SheetBuilder, guarded, xref } from "../builder";
import { FMT } from "../formats";
import type { NameDef, SheetDef } from "../types";
import { IN, INPUTS_ID } from "./inputs";

export const STAFFING_ID = "staffing";

/** Cells other sheets use. */
export const ST = {
  supportHours: "I10",
  careHours: "J10",
  totalHours: "K10",
  totalStaffCost: "B23",
  perPersonWeek: "B25",
  perPersonYear: "B26",
  unitCost: "B27",
} as const;

const inp = (ref: string) => xref(INPUTS_ID, ref);

export function staffingSheet(): { sheet: SheetDef; names: NameDef[] } {
  const s = new SheetBuilder(STAFFING_ID);
  const ok = inp(IN.check);
  const g = (f: string) => guarded(ok, f);
  const H = FMT.hours;

  s.text("A1", "ECH care/support staffing", "title");
  s.formula("A2", `"Seed 002 revenue cost model for a scheme of "&${inp(IN.tenants)}&" tenants (hours a week)"`, undefined, "subtitle");
  const headers = [
    "Needs band", "%age", "User numbers", "HS hrs pw (each)", "Care hrs pw (each)", "Total daytime care & support hrs pw (each)",
    "Allocation: housing support", "Allocation: care", "HS hrs pw", "Care hrs pw", "Overall hrs pw",
  ];
  headers.forEach((h, c) => s.text(`${"ABCDEFGHIJK"[c]}4`, h, "header"));

  BANDS.forEach((band, b) => {
    const r = 5 + b;
    s.text(`A${r}`, band, "label");
    s.formula(`B${r}`, g(inp(IN.bandShares[b])), FMT.percent);
    // Rounded to 9 places before rounding up, so 25 × 28% = 7.000000000000001 is 7 people, not 8.
    s.formula(`C${r}`, g(`ROUNDUP(ROUND(${inp(IN.tenants)}*B${r},${HEADCOUNT_GUARD_DIGITS}),0)`), FMT.count);
    s.formula(`D${r}`, g(`F${r}*G${r}`), H);
    s.formula(`E${r}`, g(`F${r}*H${r}`), H);
    s.formula(`F${r}`, g(inp(IN.bandHours[b])), H);
    s.formula(`G${r}`, g(inp(IN.supportShares[b])), FMT.percent);
    s.formula(`H${r}`, g(`1-G${r}`), FMT.percent);
    s.formula(`I${r}`, g(`C${r}*F${r}*G${r}`), H);
    s.formula(`J${r}`, g(`C${r}*F${r}*H${r}`), H);
    s.formula(`K${r}`, g(`I${r}+J${r}`), H);
  });
  s.text("A8", "Total daytime hrs", "label");
  for (const c of ["I", "J"]) s.formula(`${c}8`, g(`${c}5+${c}6+${c}7`), H);
  s.formula("K8", g("I8+J8"), H);
  s.text("A9", "Total night hrs", "label");
  s.formula("I9", g(`${inp(IN.nightHours)}*${inp(IN.nightSupportShare)}`), H);
  s.formula("J9", g(`${inp(IN.nightHours)}*(1-${inp(IN.nightSupportShare)})`), H);
  s.formula("K9", g("I9+J9"), H);
  s.text("A10", "TOTALS", "total");
  s.formula("I10", g("I8+I9"), H, "total");
  s.formula("J10", g("J8+J9"), H, "total");
  s.formula("K10", g("I10+J10"), H, "total");
  s.name("ECH_HoursPerWeek", "I10:K10", "hours a week: housing support, care, total");
  s.text("A11", "Care cost ph", "label");
  s.formula("I11", g(inp(IN.supportRate)), FMT.money);
  s.formula("J11", g(inp(IN.careRate)), FMT.money);
  s.text("A12", "Care cost pw", "label");
  s.formula("I12", g("I10*I11"), FMT.money);
  s.formula("J12", g("J10*J11"), FMT.money);
  s.formula("K12", g("I12+J12"), FMT.money);
  s.text("A13", "Care cost pa", "label");
  s.formula("I13", g(`I12*${WEEKS_PER_YEAR}`), FMT.money);
  s.formula("J13", g(`J12*${WEEKS_PER_YEAR}`), FMT.money);
  s.formula("K13", g("I13+J13"), FMT.money, "total");

  s.text("A15", "STAFF ONCOSTS", "header");
  s.text("B15", "£ a year", "header");
  s.text("C15", "How it is worked out", "header");
  const lines: [number, string, string, string][] = [
    [16, "scheme manager (35 hrs)", inp(IN.managerSalary), "Inputs"],
    [17, "care cost pa", "K13", "from the staffing table above"],
    [18, "pay base", "B17+B16", "care cost pa + scheme manager"],
    [19, "NI", `${inp(IN.ni)}*B18`, "NI rate × pay base"],
    [20, "cover", `${inp(IN.cover)}*B18`, "cover rate × pay base"],
    [21, "superannuation", `${inp(IN.superannuation)}*(B18+B20)`, "superannuation rate × (pay base + cover)"],
    [22, "training", inp(IN.training), "an amount (Inputs)"],
  ];
  for (const [r, label, f, how] of lines) {
    s.text(`A${r}`, label, "label");
    s.formula(`B${r}`, g(f), FMT.money);
    s.text(`C${r}`, how, "note");
  }
  s.text("A23", "TOTAL STAFF COST", "total");
  s.formula(ST.totalStaffCost, g("B16+B17+B19+B20+B21+B22"), FMT.money, "total");
  s.text("C23", "manager + care cost pa + NI + cover + superannuation + training", "note");
  s.name("ECH_TotalStaffCost", ST.totalStaffCost);
  s.text("A25", "Av cost per wk pp", "label");
  s.formula(ST.perPersonWeek, g(`B23/${inp(IN.tenants)}/${WEEKS_PER_YEAR}`), FMT.money);
  s.text("C25", "total ÷ tenants ÷ 52 (tenants, not the rounded-up band total)", "note");
  s.text("A26", "Av cost pa pp", "label");
  s.formula(ST.perPersonYear, g(`B23/${inp(IN.tenants)}`), FMT.money);
  s.text("C26", "total ÷ tenants", "note");
  s.text("A27", "Total unit cost per hr", "total");
  s.formula(ST.unitCost, g(`B23/(K10*${WEEKS_PER_YEAR})`), FMT.money, "total");
  s.text("C27", "total ÷ (total hours a week × 52)", "note");
  s.name("ECH_CostPerPersonWeek", ST.perPersonWeek);
  s.name("ECH_CostPerPersonYear", ST.perPersonYear);
  s.name("ECH_UnitCostPerHour", ST.unitCost);

  return {
    sheet: s.sheet({ name: "Staffing", columns: [26, 12, 10, 10, 10, 14, 12, 12, 12, 12, 12], freeze: { rows: 4, columns: 1 }, orientation: "landscape" }),
    names: s.names,
  };
}
