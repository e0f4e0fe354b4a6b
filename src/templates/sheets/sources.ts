/** The Sources and assumptions sheet: where each table comes from and what each assumption is. */
import { SEED_SETTINGS } from "../../model";
import { SheetBuilder } from "../builder";
import { FMT } from "../formats";
import type { OptionId, OverlayId, SheetDef } from "../types";

const SEED_002 = "Seed 002: Extra Care Housing (JIT, May 2009)";
const SEED_000 = "Seed 000: Housing LIN Technical Brief (2010, edited 2015)";

const COMMON: readonly [string, string, string][] = [
  ["Inputs", `${SEED_002}, revenue cost model, pink cells`, "Defaults are the seed's 35-unit scheme. Training is an amount in £ a year: the seed does not say how £35,209.46 was derived and no rate on the other lines reproduces it."],
  ["Staffing: care/support staffing", `${SEED_002}, "ECH CARE/SUPPORT STAFFING"`, "Tenants in a band = ROUNDUP(ROUND(tenants × share, 9), 0): head-counts round up (10 + 17 + 10 = 37 of 35); rounding to 9 places first stops floating-point noise adding a person (25 × 28%)."],
  ["Staffing: hours", `${SEED_002}`, "The seed prints 352, 415 and 367 for 351.6, 414.6 and 367.4 hours: the same values shown without decimals. Night hours are split between support and care by the night share (50%)."],
  ["Staffing: staff on-costs", `${SEED_002}, "STAFF ONCOSTS"`, "Pay base = care cost a year + scheme manager. NI and cover are rates on the pay base; superannuation is a rate on pay base + cover."],
  ["Staffing: averages", `${SEED_002}`, "Cost per person divides by the tenants (35), not the rounded-up band total (37). Unit cost per hour = total staff cost ÷ (total hours a week × 52)."],
  ["Tenant budget", `${SEED_002}, "Indicative costs and sources of income for tenants"`, "Monthly total = weekly expenditure × 52 ÷ 12 (£1,965.38)."],
  ["Prices on option sheets", `${SEED_000}, How much care? 3.2.1`, "A price left blank uses the Staffing sheet's unit cost per hour, which loads on-costs and non-contact time into one hourly rate, as the seed describes."],
  ["Weeks and months", "", "52 weeks and 12 months a year."],
];

const BY_OPTION: Record<OptionId | OverlayId, readonly [string, string, string][]> = {
  A: [["Option A sheet", `${SEED_000}, 4.2`, "Round-the-clock cover defaults to one person on site at all times (How much care? 2.1.2). Break-even: hours sold up to the cover hours cost nothing extra, so break-even hours = (cover cost − fixed charges) ÷ spot price. The expected uptake (50%) is an example, not from the seed."]],
  B: [["Option B sheet", `${SEED_000}, 4.3 and How much care? 3.2 (core and add-on example)`, "Core 175 = 56 night + 112 day + 7 handover; 40 of the day hours are floating time, 72 planned care. Add-on = MAX(0, hours needed − core)."]],
  C: [["Option C sheet", `${SEED_000}, 4.4 and How much care? 3.1.4, 3.3.2`, "Minimum block 310 = 196 day + 70 night + 7 handover + 37 team leader; target about 400; phasing: minimum block, +50 a month later, the full block a month after. Opt-outs reduce the block, never below the minimum; their hours are costed at the spot price. No opt-outs by default (the seed gives no number)."]],
  D: [["Option D sheet", `${SEED_000}, 4.5 and How much care? 3.1.4, 3.3.2`, "As option C without opt-outs: the whole service is block-contracted and nothing is spot-purchased."]],
  E: [["Option E sheet", `${SEED_000}, 4.6`, "A group of 10 residents pooling all of their budgets is an example, not from the seed. A blank budget uses the Staffing sheet's average cost per person a week."]],
  F: [["Option F sheet", `${SEED_000}, 4.7.1`, "The 12-month block period is an example; the seed sets none. During the period the option's core is block-contracted and the rest spot-purchased; from the month after, all hours are spot-purchased and the council pays its share."]],
};

export function sourcesSheet(ids: readonly (OptionId | OverlayId)[]): SheetDef {
  const s = new SheetBuilder("sources");
  s.text("A1", "Sources and assumptions", "title");
  s.text("A2", "The seeds' figures are indicative, not a basis for detailed financial planning (seed 002).", "subtitle");
  ["Table or cell", "Source", "Assumption"].forEach((h, c) => s.text(`${"ABC"[c]}4`, h, "header"));
  let r = 5;
  for (const [what, source, note] of [...COMMON, ...ids.flatMap((id) => BY_OPTION[id])]) {
    s.text(`A${r}`, what, "label");
    s.text(`B${r}`, source, "note");
    s.text(`C${r}`, note, "note");
    r++;
  }
  r++;
  s.text(`A${r}`, "Seed 002's capital and revenue comparison: two printed figures do not add up", "header");
  s.text(`B${r}`, "Worked out here", "header");
  s.text(`C${r}`, "Printed", "header");
  r++;
  const ech = SEED_SETTINGS[0];
  const dementia = SEED_SETTINGS[2];
  s.text(`A${r}`, `Gross build cost, ${ech.name}: ${ech.places} × £${ech.unitBuildCost.toLocaleString("en-GB")}`, "label");
  s.formula(`B${r}`, `${ech.places}*${ech.unitBuildCost}`, FMT.money0);
  s.set(`C${r++}`, { value: 1804690, format: FMT.money0 });
  s.text(`A${r}`, `Gross running costs, ${dementia.name}: £${dementia.staffCosts.toLocaleString("en-GB")} + £${dementia.operatingCosts.toLocaleString("en-GB")}`, "label");
  s.formula(`B${r}`, `${dementia.staffCosts}+${dementia.operatingCosts}`, FMT.money0);
  s.set(`C${r++}`, { value: 1004408, format: FMT.money0 });
  s.text(`A${r}`, "The printed per-unit running cost (£62,776) follows the printed total. The comparison assumes £11.50 an hour plus on-costs.", "note");
  return s.sheet({ name: "Sources and assumptions", columns: [40, 50, 90], freeze: { rows: 4 }, orientation: "landscape" });
}
