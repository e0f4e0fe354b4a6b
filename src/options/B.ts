/** Option B: core and add-on (Housing LIN Technical Brief, Section 2 Part A, 4.3). */
import { calcRow, fx, Program, type Row } from "../calc";
import { CORE_RULES, coreAndAddOnRows, InputError, priceOrUnitCost, type CoreResult, type SchemeFigures, sharedCover } from "../model";
import * as HoursNeeded from "../model/hoursNeeded";
import * as Scheme from "../model/scheme";
import { SEED_CORE } from "../model/howMuchCare";
import { briefSection, howMuchCare } from "../model/citations";
import { EXAMPLE_FIGURE, OWN_FIGURE, technicalBrief } from "../model/sources";
import type { SheetLayout } from "../layout/layout";
import {
  checkParamRules,
  councilRows,
  FMT,
  OptionSheet,
  paramMaker,
  PRICE_RULE,
  priceUsed,
  used,
  type BaseOption,
  type BaseRows,
  type ParamSpec,
  type Placement,
  type Prior,
} from "./sheet";

/** The core's handover is the minimum cover's handover a day × days a week (the Hours needed sheet's cells). */
export interface CoreParams {
  nightHours: number;
  dayHours: number;
  floatingHours: number;
  hoursNeeded: number | null;
  blockPrice: number | null;
  spotPrice: number | null;
  councilShare: number;
}

const CORE = technicalBrief('How much care? 3.1, "Example calculation – Core and add-on"');

const SPEC: ParamSpec<CoreParams> = {
  defaults: {
    nightHours: SEED_CORE.nightHours,
    dayHours: SEED_CORE.dayHours,
    floatingHours: SEED_CORE.floatingHours,
    hoursNeeded: null,
    blockPrice: null,
    spotPrice: null,
    councilShare: 1,
  },
  rules: {
    nightHours: CORE_RULES.nightHours,
    dayHours: CORE_RULES.dayHours,
    floatingHours: CORE_RULES.floatingHours,
    hoursNeeded: { kind: "number", min: 0, blank: true },
    blockPrice: PRICE_RULE,
    spotPrice: PRICE_RULE,
    councilShare: { kind: "share" },
  },
  sources: {
    nightHours: CORE,
    dayHours: CORE,
    floatingHours: CORE,
    hoursNeeded: OWN_FIGURE,
    blockPrice: OWN_FIGURE,
    spotPrice: OWN_FIGURE,
    councilShare: EXAMPLE_FIGURE,
  },
};
const param = paramMaker("B", SPEC);
const UNIT = "the unit cost per hour (Staffing sheet)";

export const PARAMS = {
  nightHours: param("nightHours", {
    label: "Core: night hours",
    unit: "hours a week",
    format: FMT.hours,
    prompt:
      "Night hours in the core block (the brief's example: 56, one carer 8 hours a night): the core's own night, not the minimum cover's night a night on the Hours needed sheet nor the published model's night hours on the Inputs sheet.",
  }),
  dayHours: param("dayHours", {
    label: "Core: day hours",
    unit: "hours a week",
    format: FMT.hours,
    prompt: "Day hours in the core block (the brief's example: 112, one carer 16 hours a day).",
  }),
  floatingHours: param("floatingHours", {
    label: "Of the day hours: management and floating time",
    unit: "hours a week",
    format: FMT.hours,
    prompt: "Day hours kept for management and emergencies, not planned care (the brief's example: 40).",
  }),
  hoursNeeded: param("hoursNeeded", {
    label: "Care and support tenants need",
    unit: "hours a week",
    format: FMT.hours,
    prompt: "Hours a week tenants need in all.",
    blankMeans: "the estimate on the Hours needed sheet",
  }),
  blockPrice: param("blockPrice", {
    label: "Block price",
    unit: "£ an hour",
    format: FMT.money,
    prompt: "Price of an hour of block-contracted care.",
    blankMeans: UNIT,
  }),
  spotPrice: param("spotPrice", {
    label: "Spot price",
    unit: "£ an hour",
    format: FMT.money,
    prompt: "Price of an hour of spot-purchased care.",
    blankMeans: UNIT,
  }),
  councilShare: param("councilShare", {
    label: "Council's share of spot-purchased hours",
    unit: "% of hours",
    format: FMT.percent,
    prompt: "Share of spot-purchased hours the council pays for (the rest: self-funders).",
  }),
};
const PARAM_ROWS = Object.values(PARAMS);
/** The core's handover is the scheme's handover a day, every day of cover: one pink cell, on the Hours needed sheet. */
const handover = calcRow("B.handover", "Core: handover", fx`${HoursNeeded.handover}*${HoursNeeded.daysPerWeek}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "handover a day × days a week, on the Hours needed sheet (the brief's example: 7)",
});
const SHARED = [HoursNeeded.handover, HoursNeeded.daysPerWeek] as const;

const needed = used(
  "B.hoursNeeded",
  "Hours tenants need",
  PARAMS.hoursNeeded,
  HoursNeeded.hoursNeeded,
  "hours a week",
  FMT.hours,
  "pink cell, or the Hours needed sheet",
);
const { core, planned, coreContact, coreNonContact, addOn } = coreAndAddOnRows("B", { ...PARAMS, handoverHours: handover }, needed);

const bp = priceUsed("B.blockPrice", "Block price used", PARAMS.blockPrice);
const sp = priceUsed("B.spotPrice", "Spot price used", PARAMS.spotPrice);
const share = calcRow("B.share", "Council's share used", fx`${PARAMS.councilShare}`, { unit: "% of hours", format: FMT.percent });
const nightNeed = calcRow("B.nightNeed", "Night hours on the Inputs sheet", fx`${Scheme.nightHours}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "the night cover tenants need",
});
const nightGap = calcRow("B.nightGap", "Night hours the core does not cover", fx`${nightNeed}-${PARAMS.nightHours}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "Inputs night hours − core night hours: bought in the add-on (negative: the core covers more nights than the Inputs sheet)",
});
const coreNote = calcRow(
  "B.coreNote",
  "How the add-on is counted",
  fx`"The hours tenants need are contact hours: the core's night and planned care count against them, and the add-on is the rest. Floating time and handover are paid for on top, as non-contact hours."`,
);
const council = councilRows("B", {
  need: needed,
  block: core,
  blockPrice: bp,
  spot: addOn,
  spotPrice: sp,
  share,
  nonContact: coreNonContact,
});

export const ROWS: BaseRows = {
  id: "B",
  sheetName: "Option B",
  check: undefined as unknown as Row,
  need: council.need,
  blockHours: council.blockHours,
  spotHours: council.spotHours,
  gap: council.gap,
  coreHours: core,
  phase1: core,
  phase2: core,
  blockPrice: bp,
  spotPrice: sp,
  councilShare: share,
  councilAnnualCost: council.year,
  councilNetCost: council.net,
  careBudget: council.careBudget,
  housingSupport: council.housingSupport,
  contributions: council.income,
  serviceCharge: council.serviceCharge,
  nonContact: council.nonContact,
  firstYear: council.year,
  perNeed: council.perNeed,
  councilRisk: council.councilRisk,
  providerRisk: council.providerRisk,
  riskWho: council.who,
};

export function layout(prior: readonly Prior[], at: Placement = {}): { layout: SheetLayout; rows: BaseRows } {
  const f = new OptionSheet(at.sheetId ?? "option", "B", "Option B", prior, "portrait", undefined, at.nameSuffix);
  f.params(
    PARAM_ROWS,
    new Map([
      [PARAMS.blockPrice, Scheme.unitCost],
      [PARAMS.spotPrice, Scheme.unitCost],
      [PARAMS.hoursNeeded, HoursNeeded.hoursNeeded],
    ]),
  );
  f.cross(fx`${PARAMS.floatingHours}>${PARAMS.dayHours}`, "Floating time cannot be more than the core's day hours; it is part of them.");
  f.section("Core and add-on");
  f.out(handover, core, planned, coreContact, coreNonContact, needed, addOn, nightNeed, nightGap, coreNote, bp, sp, share);
  f.council(council);
  const check = f.finish("ECH_OptionCheck");
  return { layout: f.l, rows: { ...ROWS, check } };
}

const program = new Program(
  [...PARAM_ROWS, HoursNeeded.hoursNeeded, Scheme.unitCost, ...SHARED],
  [core, planned, addOn, council.year, council.gap, council.councilRisk, council.providerRisk, coreNonContact],
);

/** The parameters' rules, and a core that leaves the floating hours room in the hours needed. */
export function checkParams(p: CoreParams): void {
  checkParamRules("B", SPEC, p);
  if (p.floatingHours > p.dayHours)
    throw new InputError("options.B.floatingHours", `cannot be more than the day hours (${p.dayHours}); floating time is part of them.`);
}

export function coreAndAddOnOption(p: CoreParams, s: SchemeFigures): CoreResult {
  checkParams(p);
  priceOrUnitCost("options.B.blockPrice", p.blockPrice, s.unitCostPerHour);
  priceOrUnitCost("options.B.spotPrice", p.spotPrice, s.unitCostPerHour);
  const cover = s.cover ?? sharedCover({});
  const e = program.run([
    ...(Object.keys(PARAMS) as (keyof CoreParams)[]).map((k) => [p[k]]),
    [s.hoursNeeded ?? s.hoursPerWeek],
    [s.unitCostPerHour],
    [cover.handoverHoursPerDay],
    [cover.daysPerWeek],
  ]);
  const n = (row: Row) => e.number(row);
  return {
    blockHours: n(core),
    spotHours: n(addOn),
    coreHours: n(core),
    blockPrice: n(bp),
    spotPrice: n(sp),
    councilShare: p.councilShare,
    councilWeeklyCost: n(council.week),
    councilAnnualCost: n(council.year),
    firstYearCost: n(council.year),
    hoursGap: n(council.gap),
    nonContactHours: n(coreNonContact),
    councilRisk: n(council.councilRisk),
    providerRisk: n(council.providerRisk),
    plannedCare: n(planned),
    floating: p.floatingHours,
    hoursNeeded: n(needed),
    addOn: n(addOn),
  };
}

export const OPTION: BaseOption<CoreParams, CoreResult> = {
  kind: "base",
  params: PARAMS,
  spec: SPEC,
  sheetSources: [
    [
      "Option B sheet",
      `${briefSection("4.3")}; ${howMuchCare('3.1, "Example calculation – Core and add-on"')}`,
      "The core of 175 hours pares the minimum block down to one carer on site at any one time: 112 ÷ 7 = 16 hours of day and 56 ÷ 7 = 8 of night cover, plus an hour's handover a day. 40 of the day hours are floating time, 72 planned care. Add-on = hours needed − core, never below 0.",
    ],
  ],
  rows: ROWS,
  layout,
  model: coreAndAddOnOption,
  checkParams,
};
