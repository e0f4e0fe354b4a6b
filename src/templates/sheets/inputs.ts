/** The Inputs sheet: seed 002's pink cells with their defaults, validation and the input check. */
import { BANDS, SHARE_SUM_TOLERANCE, type ParamRule } from "../../model";
import { SheetBuilder, checkFormula, describeRule, firstProblem, ruleValidation, str } from "../builder";
import { FMT } from "../formats";
import type { TemplateInputs } from "../inputs";
import type { NameDef, SheetDef } from "../types";

export const INPUTS_ID = "inputs";

/** Where each input lives on the Inputs sheet (other sheets refer to these). */
export const IN = {
  scheme: "B3",
  tenants: "B5",
  bandShares: ["B6", "C6", "D6"],
  bandHours: ["B7", "C7", "D7"],
  supportShares: ["B8", "C8", "D8"],
  nightHours: "B9",
  nightSupportShare: "B10",
  supportRate: "B11",
  careRate: "B12",
  managerSalary: "B13",
  ni: "B14",
  cover: "B15",
  superannuation: "B16",
  training: "B17",
  check: "B19",
} as const;

const WHOLE_1: ParamRule = { kind: "whole", min: 1 };
const AMOUNT: ParamRule = { kind: "number", min: 0 };
const SHARE: ParamRule = { kind: "share" };

interface Row {
  row: number;
  label: string;
  units: string;
  format: string;
  rule: ParamRule;
  prompt: string;
  name: string;
  values: readonly number[];
}

function rows(i: TemplateInputs): Row[] {
  const r = (row: number, label: string, units: string, format: string, rule: ParamRule, prompt: string, name: string, values: readonly number[]): Row => ({
    row, label, units, format, rule, prompt, name, values,
  });
  return [
    r(5, "Tenants in the scheme", "tenants", FMT.count, WHOLE_1, "Number of tenants (units) in the scheme. Seed 002 uses 35.", "ECH_Tenants", [i.tenants]),
    r(6, "Share of tenants in each needs band", "% of tenants", FMT.percent, SHARE, "Share of tenants in the Low, Medium and High needs bands; the three must add up to 100%.", "ECH_BandShares", i.bandShares),
    r(7, "Daytime care & support hours per tenant", "hours/week", FMT.hours, AMOUNT, "Daytime care and support hours a week for each tenant in the band (seed: 7, 18, 28).", "ECH_BandHours", i.bandHours),
    r(8, "Share of those hours that is housing support", "% of hours", FMT.percent, SHARE, "Share of the band's hours that is housing support; the rest is care (seed: 80%, 60%, 40%).", "ECH_SupportShares", i.supportShares),
    r(9, "Night hours", "hours/week", FMT.hours, AMOUNT, "Night cover hours a week for the whole scheme (seed: 126).", "ECH_NightHours", [i.nightHours]),
    r(10, "Share of night hours that is housing support", "% of hours", FMT.percent, SHARE, "Share of the night hours counted as housing support; the rest is care (seed: 50%).", "ECH_NightSupportShare", [i.nightSupportShare]),
    r(11, "Hourly cost of housing support", "£/hour", FMT.money, AMOUNT, "Cost of an hour of housing support before on-costs (seed: £10.00).", "", [i.hourlyRates.support]),
    r(12, "Hourly cost of care", "£/hour", FMT.money, AMOUNT, "Cost of an hour of care before on-costs (seed: £10.00).", "", [i.hourlyRates.care]),
    r(13, "Scheme manager salary (35 hours)", "£/year", FMT.money, AMOUNT, "Scheme manager's salary a year (seed: £26,000).", "ECH_ManagerSalary", [i.managerSalary]),
    r(14, "Employer's National Insurance", "% of pay base", FMT.percent, SHARE, "NI as a share of the pay base: care cost a year + scheme manager (seed: 10%).", "", [i.onCosts.ni]),
    r(15, "Cover for leave and sickness", "% of pay base", FMT.percent, SHARE, "Cover as a share of the pay base (seed: 4%).", "", [i.onCosts.cover]),
    r(16, "Superannuation", "% of pay base + cover", FMT.percent, SHARE, "Superannuation as a share of the pay base plus cover (seed: 6%).", "", [i.onCosts.superannuation]),
    r(17, "Training", "£/year", FMT.money, AMOUNT, "Training, an amount a year; the seed does not say how £35,209.46 was worked out.", "", [i.onCosts.training]),
  ];
}

const COLS = ["B", "C", "D"];

export function inputsSheet(inputs: TemplateInputs, scheme: string | undefined): { sheet: SheetDef; names: NameDef[] } {
  const s = new SheetBuilder(INPUTS_ID);
  s.text("A1", "ECH Cost Model: inputs", "title");
  s.text("A2", "Pink cells are inputs; everything else is worked out from them. Outputs show #N/A until the input check says OK.", "subtitle");
  s.text("A3", "Scheme name", "label");
  s.input(IN.scheme, scheme ?? null, undefined, {
    type: "textLength",
    min: 0,
    max: 100,
    allowBlank: true,
    prompt: "The scheme's name, shown for your reference (optional).",
    error: "Keep the scheme name to 100 characters or fewer.",
  });
  ["Input", ...BANDS, "Units", "Check"].forEach((h, c) => s.text(`${"ABCDEF"[c]}4`, h, "header"));

  const checks: string[] = [];
  for (const row of rows(inputs)) {
    s.text(`A${row.row}`, row.label, "label");
    s.text(`E${row.row}`, row.units, "note");
    const error = `${row.label}: ${describeRule(row.rule)}.`;
    const cells = row.values.map((v, k) => s.input(`${COLS[k]}${row.row}`, v, row.format, ruleValidation(row.rule, row.prompt, error)));
    let check = checkFormula(cells, row.rule, error);
    if (row.name === "ECH_BandShares") {
      const sum = `ABS(${cells.join("+")}-1)>${SHARE_SUM_TOLERANCE}`;
      check = `IF(${check}<>"OK",${check},IF(${sum},${str("Band shares must add up to 100% (within 0.01 percentage point).")},"OK"))`;
    }
    s.formula(`F${row.row}`, check, undefined, "check");
    checks.push(`F${row.row}`);
    if (row.name) s.name(row.name, cells.length === 1 ? cells[0] : `${cells[0]}:${cells[cells.length - 1]}`);
  }
  s.name("ECH_HourlyRates", `${IN.supportRate}:${IN.careRate}`, "£ an hour: housing support, care");
  s.name("ECH_OnCosts", `${IN.ni}:${IN.training}`, "NI, cover, superannuation rates; training £ a year");
  s.name("ECH_SchemeName", IN.scheme);

  // The model cannot work out a cost per hour when there are no hours at all.
  const noHours = `AND(${IN.nightHours}=0,B6*B7=0,C6*C7=0,D6*D7=0)`;
  checks.push(`IF(${noHours},${str("There are no care or support hours: enter some band or night hours.")},"OK")`);
  s.text("A19", "Input check", "total");
  s.formula(IN.check, firstProblem(checks), undefined, "check");
  s.name("ECH_InputCheck", IN.check, "OK, or what to fix");
  s.text("A20", "Band head-counts round up, so they can add up to more than the tenants (seed: 10 + 17 + 10 = 37 of 35).", "note");

  return {
    sheet: s.sheet({ name: "Inputs", columns: [46, 13, 13, 13, 20, 60], freeze: { rows: 4 }, orientation: "landscape", tabColor: "FF66B2" }),
    names: s.names,
  };
}
