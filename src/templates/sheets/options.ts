/**
 * The option sheets. Each computes, with formulas, what src/model/options.ts computes for the option
 * (spotPurchasing, coreAndAddOnOption, blockContractOption, pooledBudgets, pumpPriming) and defines
 * ECH_BlockHours, ECH_SpotHours and ECH_CouncilAnnualCost; overlays E and F read the option sheet.
 */
import {
  MONTHS_PER_YEAR,
  NETTING_MONTHS,
  OPTION_PARAM_RULES,
  PUMP_PRIMING_MONTHS,
  WEEKS_PER_YEAR,
  type BlockParams,
  type CoreParams,
  type OptionParams,
  type PoolParams,
  type PumpParams,
  type SpotParams,
} from "../../model";
import { checkFormula, describeRule, ruleValidation, str, xref } from "../builder";
import { OPTION_CONTENT } from "../content";
import { FMT } from "../formats";
import type { NameDef, OptionId, OverlayId, SheetDef } from "../types";
import { FormSheet, type ParamSpec } from "./form";
import { IN, INPUTS_ID } from "./inputs";
import { ST, STAFFING_ID } from "./staffing";

const W = WEEKS_PER_YEAR;
const M = MONTHS_PER_YEAR;
const unitCost = xref(STAFFING_ID, ST.unitCost);
const totalHours = xref(STAFFING_ID, ST.totalHours);
const UNIT = { means: "the unit cost per hour (Staffing sheet)", formula: unitCost };
const INPUTS_CHECK = { ref: xref(INPUTS_ID, IN.check), sheet: "Inputs" };

/** What overlays need from an option sheet (references in {sheet}!$B$5 form). */
export interface OptionRefs {
  sheetId: string;
  sheetName: string;
  check: string;
  blockHours: string;
  spotHours: string;
  coreHours: string;
  spotPrice: string;
  councilShare: string;
}

export interface BuiltSheet {
  sheet: SheetDef;
  names: NameDef[];
}

type Specs<T> = { [K in keyof T]?: Omit<ParamSpec, "rule"> };

function params<T extends object>(f: FormSheet, id: keyof OptionParams, values: T, specs: Specs<T>): Record<keyof T, string> {
  const out = {} as Record<keyof T, string>;
  const rules = OPTION_PARAM_RULES[id] as unknown as Record<keyof T, ParamSpec["rule"]>;
  for (const key of Object.keys(specs) as (keyof T)[]) {
    const spec = specs[key]!;
    out[key] = f.param({ ...spec, rule: rules[key] }, values[key] as number | null);
  }
  return out;
}

/** The value to use: the pink cell, or its default when left blank. */
function used(cell: string, blank: { formula: string }): string {
  return `IF(ISBLANK(${cell}),${blank.formula},${cell})`;
}

function header(id: OptionId | OverlayId, scheme: string | undefined): [string, string[]] {
  const c = OPTION_CONTENT[id];
  return [`Option ${id}: ${c.title}${scheme ? ` (${scheme})` : ""}`, [c.summary, c.contracting]];
}

/** Block and spot hours, prices and the council's cost: the same rows on every option sheet. */
function summary(f: FormSheet, block: string, blockPrice: string, spot: string, spotPrice: string, share: string, blockNote = ""): Pick<OptionRefs, "blockHours" | "spotHours"> {
  f.section("What the council buys");
  const b = f.out("Hours block-contracted", block, FMT.hours, "hours/week", blockNote, "ECH_BlockHours");
  const bp = f.out("Block price", blockPrice, FMT.money, "£/hour", blockNote);
  const s = f.out("Hours spot-purchased or bought with personal budgets", spot, FMT.hours, "hours/week", "");
  const sp = f.out("Spot price", spotPrice, FMT.money, "£/hour", "");
  const sh = f.out("Council's share of spot-purchased hours", share, FMT.percent, "%", "");
  const week = f.out("Council's cost a week", `${b}*${bp}+${s}*${sp}*${sh}`, FMT.money, "£/week", "block hours × block price + spot hours × spot price × council's share");
  f.out("Council's cost a year", `${week}*${W}`, FMT.money, "£/year", "a week's cost × 52", "ECH_CouncilAnnualCost", true);
  f.s.name("ECH_SpotHours", s);
  return { blockHours: ref(f, b), spotHours: ref(f, s) };
}

const ref = (f: FormSheet, cell: string) => xref(f.s.id, cell);

const SHARE_SPEC = { label: "Council's share of spot-purchased hours", units: "%", format: FMT.percent, prompt: "Share of spot-purchased hours the council pays for (the rest: self-funders)." };
const SPOT_SPEC = { label: "Spot price", units: "£/hour", format: FMT.money, prompt: "Price of an hour of spot-purchased care.", blank: UNIT };
const BLOCK_SPEC = { label: "Block price", units: "£/hour", format: FMT.money, prompt: "Price of an hour of block-contracted care.", blank: UNIT };
const NEEDED = { means: "the total hours a week (Staffing sheet)", formula: totalHours };

export function optionA(p: SpotParams, scheme?: string): BuiltSheet & { refs: OptionRefs } {
  const [title, lines] = header("A", scheme);
  const f = new FormSheet("option", title, lines, [INPUTS_CHECK]);
  const c = params(f, "A", p, {
    coverStaff: { label: "Staff on duty round the clock", units: "staff", format: FMT.count, prompt: "Staff the provider keeps on site at all times (seed 000: one person available to deliver care at all times)." },
    coverHoursPerDay: { label: "Hours of cover a day", units: "hours/day", format: FMT.hours, prompt: "Hours a day the cover is on site (24 for round-the-clock)." },
    coverDays: { label: "Days a week", units: "days", format: FMT.hours, prompt: "Days a week of cover (7)." },
    hoursNeeded: { label: "Care and support residents need", units: "hours/week", format: FMT.hours, prompt: "Hours a week residents need in all.", blank: NEEDED },
    fixedChargePerTenantWeek: { label: "Fixed charge per tenant for the cover", units: "£/week", format: FMT.money, prompt: "Weekly charge every tenant pays for the cover, e.g. its support element (seed 000, 4.2.1); 0 if none." },
    providerCostPerHour: { label: "Provider's cost of an hour of cover", units: "£/hour", format: FMT.money, prompt: "What an hour of cover costs the provider.", blank: UNIT },
    spotPrice: SPOT_SPEC,
    councilShare: SHARE_SPEC,
    expectedUptake: { label: "Expected uptake of on-site care", units: "% of hours", format: FMT.percent, prompt: "Share of the residents' hours you expect them to buy from the on-site provider (an example; not from the seed)." },
  });
  f.section("Provider's break-even");
  const cover = f.out("Round-the-clock cover", `${c.coverStaff}*${c.coverHoursPerDay}*${c.coverDays}`, FMT.hours, "hours/week", "staff × hours a day × days", "ECH_CoverHours");
  const needed = f.out("Hours residents need", used(c.hoursNeeded, NEEDED), FMT.hours, "hours/week", "pink cell, or Staffing total");
  const cost = f.out("Cost of an hour of cover", used(c.providerCostPerHour, UNIT), FMT.money, "£/hour", "pink cell, or unit cost");
  const price = f.out("Spot price used", used(c.spotPrice, UNIT), FMT.money, "£/hour", "pink cell, or unit cost");
  const coverCost = f.out("Cost of the cover", `${cover}*${cost}`, FMT.money, "£/week", "cover hours × cost an hour");
  const fixed = f.out("Fixed charges", `${c.fixedChargePerTenantWeek}*${xref(INPUTS_ID, IN.tenants)}`, FMT.money, "£/week", "charge × tenants");
  const beh = f.out("Hours to sell to break even", `MAX(0,${coverCost}-${fixed})/${price}`, FMT.hours, "hours/week", "(cover cost − fixed charges) ÷ spot price");
  const uptake = f.out("Break-even uptake of on-site care", `${beh}/${needed}`, FMT.percent, "% of hours", "break-even hours ÷ hours residents need", "ECH_BreakEvenUptake", true);
  f.out(
    "Can the provider break even?",
    `IF(${coverCost}-${fixed}>${cover}*${price},${str(BREAK_EVEN_TEXT.priceBelowCost)},IF(${uptake}>1,${str(BREAK_EVEN_TEXT.notEnoughDemand)},${str(BREAK_EVEN_TEXT.yes)}))`,
    undefined, "", "",
  );
  const expected = f.out("Hours sold at the expected uptake", `${c.expectedUptake}*${needed}`, FMT.hours, "hours/week", "uptake × hours needed");
  f.out("Provider's margin at the expected uptake", `${expected}*${price}+${fixed}-MAX(${cover},${expected})*${cost}`, FMT.money, "£/week", "sales + fixed charges − cost of the staff on duty");
  const sh = f.out("Council's share used", c.councilShare, FMT.percent, "%", "");
  const sum = summary(f, "0", "0", needed, price, sh, "option A block-contracts nothing");
  const built = f.finish("Option A", "ECH_OptionCheck", [46, 14, 12, 60], "portrait");
  return { ...built, refs: { sheetId: "option", sheetName: "Option A", check: f.checkRef, ...sum, coreHours: ref(f, cover), spotPrice: ref(f, price), councilShare: ref(f, sh) } };
}

/** The verdict texts of option A (the model's BreakEven values). */
export const BREAK_EVEN_TEXT = {
  yes: "Yes, if residents buy at least the break-even share of their care on site.",
  priceBelowCost: "No: the spot price is below the cost of the cover, and fixed charges do not make up the gap.",
  notEnoughDemand: "No: it would need more hours than the residents need.",
} as const;

export function optionB(p: CoreParams, scheme?: string): BuiltSheet & { refs: OptionRefs } {
  const [title, lines] = header("B", scheme);
  const f = new FormSheet("option", title, lines, [INPUTS_CHECK]);
  const c = params(f, "B", p, {
    nightHours: { label: "Core: night hours", units: "hours/week", format: FMT.hours, prompt: "Night hours in the core block (seed 000 example: 56)." },
    dayHours: { label: "Core: day hours", units: "hours/week", format: FMT.hours, prompt: "Day hours in the core block (seed 000 example: 112)." },
    handoverHours: { label: "Core: handover", units: "hours/week", format: FMT.hours, prompt: "Handover hours in the core block (seed 000 example: 7)." },
    floatingHours: { label: "Of the day hours: management and floating time", units: "hours/week", format: FMT.hours, prompt: "Day hours kept for management and emergencies, not planned care (seed 000 example: 40)." },
    hoursNeeded: { label: "Care and support residents need", units: "hours/week", format: FMT.hours, prompt: "Hours a week residents need in all.", blank: NEEDED },
    blockPrice: BLOCK_SPEC,
    spotPrice: SPOT_SPEC,
    councilShare: SHARE_SPEC,
  });
  f.crossCheck(`${c.floatingHours}>${c.dayHours}`, "Floating time cannot be more than the core's day hours; it is part of them.");
  f.section("Core and add-on");
  const core = f.out("Core block", `${c.nightHours}+${c.dayHours}+${c.handoverHours}`, FMT.hours, "hours/week", "night + day + handover (seed: 56 + 112 + 7 = 175)", "ECH_CoreHours", true);
  f.out("Planned care in the core", `${c.dayHours}-${c.floatingHours}`, FMT.hours, "hours/week", "day hours − floating time (seed: 72)");
  const needed = f.out("Hours residents need", used(c.hoursNeeded, NEEDED), FMT.hours, "hours/week", "pink cell, or Staffing total");
  const addOn = f.out("Add-on", `MAX(0,${needed}-${core})`, FMT.hours, "hours/week", "MAX(0, hours needed − core)", "ECH_AddOnHours", true);
  const bp = f.out("Block price used", used(c.blockPrice, UNIT), FMT.money, "£/hour", "pink cell, or unit cost");
  const sp = f.out("Spot price used", used(c.spotPrice, UNIT), FMT.money, "£/hour", "pink cell, or unit cost");
  const sh = f.out("Council's share used", c.councilShare, FMT.percent, "%", "");
  const sum = summary(f, core, bp, addOn, sp, sh);
  const built = f.finish("Option B", "ECH_OptionCheck", [46, 14, 12, 60], "portrait");
  return { ...built, refs: { sheetId: "option", sheetName: "Option B", check: f.checkRef, ...sum, coreHours: ref(f, core), spotPrice: ref(f, sp), councilShare: ref(f, sh) } };
}

export function optionCD(id: "C" | "D", p: BlockParams, scheme?: string): BuiltSheet & { refs: OptionRefs } {
  const [title, lines] = header(id, scheme);
  const f = new FormSheet("option", title, lines, [INPUTS_CHECK]);
  const specs: Specs<BlockParams> = {
    dayStaff: { label: "Minimum block: staff on site by day", units: "staff", format: FMT.count, prompt: "Staff on site during the day (seed 000: 2)." },
    dayHoursPerDay: { label: "Day cover a day", units: "hours/day", format: FMT.hours, prompt: "Hours of day cover a day (seed 000: 14)." },
    nightHoursPerNight: { label: "Night cover a night", units: "hours/night", format: FMT.hours, prompt: "Hours of night cover a night (seed 000: 10)." },
    handoverHoursPerDay: { label: "Handover a day", units: "hours/day", format: FMT.hours, prompt: "Handover time a day (seed 000: 1)." },
    teamLeaderHours: { label: "Care team leader / floating time", units: "hours/week", format: FMT.hours, prompt: "Team leader and floating hours a week (seed 000: 37)." },
    daysPerWeek: { label: "Days a week", units: "days", format: FMT.hours, prompt: "Days a week of cover (7)." },
    targetHours: { label: "Target block (whole service)", units: "hours/week", format: FMT.hours, prompt: "Hours a week the block should reach (seed 000: about 400 for 40 units); at least the minimum block." },
    phaseStep: { label: "Phasing: hours added in month 2", units: "hours/week", format: FMT.hours, prompt: "Hours added about a month after opening (seed 000: 50); the full block follows a month later." },
  };
  if (id === "C") {
    specs.optOutResidents = { label: "Residents who opt out", units: "residents", format: FMT.count, prompt: "Residents who spend their personal budgets elsewhere (the block is reduced for them)." };
    specs.optOutHoursEach = { label: "Their care hours each", units: "hours/week", format: FMT.hours, prompt: "Average care hours a week of a resident who opts out (seed 000 'thirds' example: 7.5 for medium needs)." };
  }
  Object.assign(specs, { blockPrice: BLOCK_SPEC, spotPrice: { ...SPOT_SPEC, prompt: id === "C" ? "Price of an hour bought elsewhere by residents who opt out." : "Price of an hour of spot-purchased care (used if the block ends, e.g. option F)." }, councilShare: SHARE_SPEC });
  const c = params(f, id, p, specs) as Record<keyof BlockParams, string>;
  const minFormula = `${c.dayStaff}*${c.dayHoursPerDay}*${c.daysPerWeek}+${c.nightHoursPerNight}*${c.daysPerWeek}+${c.handoverHoursPerDay}*${c.daysPerWeek}+${c.teamLeaderHours}`;
  f.crossCheck(`${c.targetHours}<${minFormula}`, "The target block must be at least the minimum block.");

  // The month table starts at a fixed row, so its cells keep their addresses (C and D alike).
  const tableTop = 60;
  f.section("Minimum block (seed 000, 6.3)");
  const day = f.out("Day cover", `${c.dayStaff}*${c.dayHoursPerDay}*${c.daysPerWeek}`, FMT.hours, "hours/week", "staff × hours × days (seed: 196)");
  const night = f.out("Night cover", `${c.nightHoursPerNight}*${c.daysPerWeek}`, FMT.hours, "hours/week", "hours × days (seed: 70)");
  const hand = f.out("Handover", `${c.handoverHoursPerDay}*${c.daysPerWeek}`, FMT.hours, "hours/week", "hours × days (seed: 7)");
  const min = f.out("Minimum block", `${day}+${night}+${hand}+${c.teamLeaderHours}`, FMT.hours, "hours/week", "day + night + handover + team leader (seed: 310)", "ECH_MinimumBlockHours", true);
  f.out("Phased in without the team leader", `${min}-${c.teamLeaderHours}`, FMT.hours, "hours/week", "if the scheme fills slowly (seed: 273)");
  let block: string;
  let spot = "0";
  if (id === "C") {
    spot = f.out("Hours of residents who opt out", `${c.optOutResidents}*${c.optOutHoursEach}`, FMT.hours, "hours/week", "residents × hours each; bought elsewhere");
    block = f.out("Block after opt-outs", `MAX(${min},${c.targetHours}-${spot})`, FMT.hours, "hours/week", "target − opt-outs, never below the minimum block", undefined, true);
  } else {
    block = f.out("Block", `MAX(${min},${c.targetHours})`, FMT.hours, "hours/week", "the target (the whole service)", undefined, true);
  }
  f.section("Phasing (seed 000, 3.3.2)");
  const p1 = f.out("Month 1: minimum block", min, FMT.hours, "hours/week", "");
  const p2 = f.out("Month 2: + phasing step", `MIN(${block},${min}+${c.phaseStep})`, FMT.hours, "hours/week", "minimum + step, at most the full block");
  const p3 = f.out("Month 3 on: full block", block, FMT.hours, "hours/week", "");
  f.s.name("ECH_BlockPhasing", `${p1}:${p3}`, "block hours a week in months 1, 2 and 3 on");
  const bp = f.out("Block price used", used(c.blockPrice, UNIT), FMT.money, "£/hour", "pink cell, or unit cost");
  const sp = f.out("Spot price used", used(c.spotPrice, UNIT), FMT.money, "£/hour", "pink cell, or unit cost");
  const sh = f.out("Council's share used", c.councilShare, FMT.percent, "%", "");
  const sum = summary(f, block, bp, spot, sp, sh);

  const t = f.nextRow(2);
  if (t > tableTop) throw new Error(`Option ${id} sheet rows overlap its month table`);
  const top = tableTop;
  f.s.text(`A${top - 1}`, `Council's cost by month, with additional or reduced hours netted off each month at the block price`, "header");
  ["Month", "Block hours/week", "Spot hours/week", "Additional hours in month", "Reduced hours in month", "Net hours", "Council's cost in month", "Check"].forEach((h, k) =>
    f.s.text(`${"ABCDEFGH"[k]}${top}`, h, "header"),
  );
  const HOURS = OPTION_PARAM_RULES[id].additionalHours;
  for (let m = 1; m <= NETTING_MONTHS; m++) {
    const r = top + m;
    f.s.set(`A${r}`, { value: m, format: FMT.months, style: "label" });
    f.s.formula(`B${r}`, f.guard(m === 1 ? p1 : m === 2 ? p2 : p3), FMT.hours);
    f.s.formula(`C${r}`, f.guard(spot === "0" ? "0" : spot), FMT.hours);
    const checks: string[] = [];
    for (const [col, key, what] of [["D", "additionalHours", "Additional hours"], ["E", "reducedHours", "Reduced hours"]] as const) {
      const error = `${what} in month ${m}: ${describeRule(HOURS)}.`;
      f.s.input(`${col}${r}`, p[key][m - 1], FMT.hours, ruleValidation(HOURS, `${what} delivered in month ${m} (netted off at the block price).`, error));
      checks.push(checkFormula(`${col}${r}`, HOURS, error));
    }
    f.s.formula(`H${r}`, `IF(${checks[0]}<>"OK",${checks[0]},${checks[1]})`, undefined, "check");
    f.addCheck(`H${r}`);
    f.s.formula(`F${r}`, f.guard(`D${r}-E${r}`), FMT.hours);
    f.s.formula(`G${r}`, f.guard(`(B${r}*${bp}+C${r}*${sp}*${sh})*${W}/${M}+F${r}*${bp}`), FMT.money);
  }
  const last = top + NETTING_MONTHS;
  f.s.name("ECH_CouncilCostByMonth", `G${top + 1}:G${last}`, "£, months 1 to 12");
  f.s.text(`A${last + 1}`, "First year", "total");
  f.s.formula(`G${last + 1}`, f.guard(`SUM(G${top + 1}:G${last})`), FMT.money, "total");
  f.s.name("ECH_FirstYearCost", `G${last + 1}`, "£, months 1 to 12 with phasing and netting");
  const built = f.finish(`Option ${id}`, "ECH_OptionCheck", [46, 14, 12, 44, 12, 12, 14, 40], "landscape");
  return { ...built, refs: { sheetId: "option", sheetName: `Option ${id}`, check: f.checkRef, ...sum, coreHours: ref(f, block), spotPrice: ref(f, sp), councilShare: ref(f, sh) } };
}

export function optionE(p: PoolParams, option: OptionRefs, scheme?: string): BuiltSheet {
  const [title, lines] = header("E", scheme);
  const f = new FormSheet("pooled", title, lines, [INPUTS_CHECK, { ref: option.check, sheet: option.sheetName }]);
  const perPerson = { means: "the average cost per person a week (Staffing sheet)", formula: xref(STAFFING_ID, ST.perPersonWeek) };
  const optionPrice = { means: `the spot price on the ${option.sheetName} sheet`, formula: option.spotPrice };
  const c = params(f, "E", p, {
    members: { label: "Residents in the group", units: "residents", format: FMT.count, prompt: "Residents who pool their personal budgets (an example; not from the seed)." },
    budgetPerWeek: { label: "Personal budget each", units: "£/week", format: FMT.money, prompt: "Each member's personal budget a week.", blank: perPerson },
    pooledShare: { label: "Share of each budget pooled", units: "%", format: FMT.percent, prompt: "Share of each personal budget the group pools." },
    price: { label: "Price the group pays an hour", units: "£/hour", format: FMT.money, prompt: "Hourly price the group negotiates.", blank: optionPrice },
  });
  f.section("Pooled personal budgets");
  const budget = f.out("Personal budget used", used(c.budgetPerWeek, perPerson), FMT.money, "£/week", "pink cell, or average cost per person");
  const price = f.out("Price used", used(c.price, optionPrice), FMT.money, "£/hour", "pink cell, or the option's spot price");
  const week = f.out("Pooled budget a week", `${c.members}*${budget}*${c.pooledShare}`, FMT.money, "£/week", "members × budget × share pooled", "ECH_PooledBudgetWeek", true);
  f.out("Pooled budget a year", `${week}*${W}`, FMT.money, "£/year", "× 52", "ECH_PooledBudgetYear");
  const hours = f.out("Hours the pool buys", `${week}/${price}`, FMT.hours, "hours/week", "pooled budget ÷ price", "ECH_PooledHours", true);
  f.out("Hours per member", `${hours}/${c.members}`, FMT.hours, "hours/week", "hours ÷ members");
  f.out("Average hours a tenant needs", `${totalHours}/${xref(INPUTS_ID, IN.tenants)}`, FMT.hours, "hours/week", "Staffing total hours ÷ tenants, for comparison");
  return f.finish("Option E", "ECH_PooledCheck", [46, 14, 12, 60], "portrait");
}

export function optionF(p: PumpParams, option: OptionRefs, scheme?: string): BuiltSheet {
  const [title, lines] = header("F", scheme);
  const f = new FormSheet("pumpPriming", title, lines, [INPUTS_CHECK, { ref: option.check, sheet: option.sheetName }]);
  const core = { means: `the core of the ${option.sheetName} sheet`, formula: option.coreHours };
  const c = params(f, "F", p, {
    blockPeriodMonths: { label: "Block-contract period", units: "months", format: FMT.months, prompt: "Months the block contract runs before converting to spot-purchasing (an example; the seed sets no period).", name: "ECH_BlockPeriodMonths" },
    blockHours: { label: "Hours block-contracted during the period", units: "hours/week", format: FMT.hours, prompt: "Hours a week block-contracted while pump-priming.", blank: core },
    blockPrice: BLOCK_SPEC,
  });
  f.section("Pump-priming");
  f.out("Converts to spot-purchasing in month", `${c.blockPeriodMonths}+1`, FMT.months, "month", "period + 1", "ECH_ConversionMonth", true);
  const bh = f.out("Block hours used", used(c.blockHours, core), FMT.hours, "hours/week", "pink cell, or the option's core");
  const bp = f.out("Block price used", used(c.blockPrice, UNIT), FMT.money, "£/hour", "pink cell, or unit cost");
  const total = f.out("All hours the option buys", `${option.blockHours}+${option.spotHours}`, FMT.hours, "hours/week", "the option's block + spot hours; all spot after conversion");
  const sp = f.out("Spot price", option.spotPrice, FMT.money, "£/hour", `from the ${option.sheetName} sheet`);
  const sh = f.out("Council's share of spot hours", option.councilShare, FMT.percent, "%", `from the ${option.sheetName} sheet`);

  const top = f.nextRow(2);
  ["Month", "Contract", "Block hours/week", "Spot hours/week", "Council's cost in month"].forEach((h, k) => f.s.text(`${"ABCDE"[k]}${top}`, h, "header"));
  for (let m = 1; m <= PUMP_PRIMING_MONTHS; m++) {
    const r = top + m;
    const inBlock = `${m}<=${c.blockPeriodMonths}`;
    f.s.set(`A${r}`, { value: m, format: FMT.months, style: "label" });
    f.s.formula(`B${r}`, f.guard(`IF(${inBlock},"Block","Spot")`));
    f.s.formula(`C${r}`, f.guard(`IF(${inBlock},${bh},0)`), FMT.hours);
    f.s.formula(`D${r}`, f.guard(`IF(${inBlock},MAX(0,${total}-${bh}),${total})`), FMT.hours);
    f.s.formula(`E${r}`, f.guard(`(C${r}*${bp}+D${r}*${sp}*${sh})*${W}/${M}`), FMT.money);
  }
  const last = top + PUMP_PRIMING_MONTHS;
  f.s.name("ECH_PumpPrimingCostByMonth", `E${top + 1}:E${last}`, "£, months 1 to 24");
  f.s.text(`A${last + 1}`, "Year 1", "total");
  f.s.formula(`E${last + 1}`, f.guard(`SUM(E${top + 1}:E${top + 12})`), FMT.money, "total");
  f.s.text(`A${last + 2}`, "Year 2", "total");
  f.s.formula(`E${last + 2}`, f.guard(`SUM(E${top + 13}:E${last})`), FMT.money, "total");
  f.s.name("ECH_PumpPrimingYearCosts", `E${last + 1}:E${last + 2}`, "£, years 1 and 2");
  return f.finish("Option F", "ECH_PumpPrimingCheck", [46, 14, 12, 60, 16], "portrait");
}
