/** Option B: core and add-on (Housing LIN Technical Brief, Section 2 Part A, 4.3). */
import { calcRow, fx, Program, type Row } from "../calc";
import {
  DEFAULT_OPTION_PARAMS,
  OPTION_PARAM_RULES,
  checkParamRules,
  coreAndAddOnRows,
  InputError,
  priceOrUnitCost,
  type CoreParams,
  type CoreResult,
  type SchemeFigures,
  sharedCover,
} from "../model";
import * as N from "../model/hoursNeeded";
import * as S from "../model/scheme";
import type { SheetLayout } from "../layout/layout";
import { councilRows, FMT, OptionSheet, param, used, type BaseRows, type Placement, type Prior } from "./sheet";

const d = DEFAULT_OPTION_PARAMS.B;
const r = OPTION_PARAM_RULES.B;
const UNIT = "the unit cost per hour (Staffing sheet)";

export const P = {
  nightHours: param("B", "nightHours", d.nightHours, r.nightHours, {
    label: "Core: night hours",
    unit: "hours a week",
    format: FMT.hours,
    prompt:
      "Night hours in the core block (the brief's example: 56, one carer 8 hours a night): the core's own night, not the minimum cover's night a night on the Hours needed sheet nor the published model's night hours on the Inputs sheet.",
  }),
  dayHours: param("B", "dayHours", d.dayHours, r.dayHours, {
    label: "Core: day hours",
    unit: "hours a week",
    format: FMT.hours,
    prompt: "Day hours in the core block (the brief's example: 112, one carer 16 hours a day).",
  }),
  floatingHours: param("B", "floatingHours", d.floatingHours, r.floatingHours, {
    label: "Of the day hours: management and floating time",
    unit: "hours a week",
    format: FMT.hours,
    prompt: "Day hours kept for management and emergencies, not planned care (the brief's example: 40).",
  }),
  hoursNeeded: param("B", "hoursNeeded", d.hoursNeeded, r.hoursNeeded, {
    label: "Care and support tenants need",
    unit: "hours a week",
    format: FMT.hours,
    prompt: "Hours a week tenants need in all.",
    blankMeans: "the estimate on the Hours needed sheet",
  }),
  blockPrice: param("B", "blockPrice", d.blockPrice, r.blockPrice, {
    label: "Block price",
    unit: "£ an hour",
    format: FMT.money,
    prompt: "Price of an hour of block-contracted care.",
    blankMeans: UNIT,
  }),
  spotPrice: param("B", "spotPrice", d.spotPrice, r.spotPrice, {
    label: "Spot price",
    unit: "£ an hour",
    format: FMT.money,
    prompt: "Price of an hour of spot-purchased care.",
    blankMeans: UNIT,
  }),
  councilShare: param("B", "councilShare", d.councilShare, r.councilShare, {
    label: "Council's share of spot-purchased hours",
    unit: "% of hours",
    format: FMT.percent,
    prompt: "Share of spot-purchased hours the council pays for (the rest: self-funders).",
  }),
};
const PARAMS = Object.values(P);
/** The core's handover is the scheme's handover a day, every day of cover: one pink cell, on the Hours needed sheet. */
const handover = calcRow("B.handover", "Core: handover", fx`${N.handover}*${N.daysPerWeek}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "handover a day × days a week, on the Hours needed sheet (the brief's example: 7)",
});
const SHARED = [N.handover, N.daysPerWeek] as const;

const needed = used(
  "B.hoursNeeded",
  "Hours tenants need",
  P.hoursNeeded,
  N.hoursNeeded,
  "hours a week",
  FMT.hours,
  "pink cell, or the Hours needed sheet",
);
const { core, planned, coreContact, coreNonContact, addOn } = coreAndAddOnRows("B", { ...P, handoverHours: handover }, needed);

const bp = used("B.blockPrice", "Block price used", P.blockPrice, S.unitCost, "£ an hour", FMT.money, "pink cell, or the unit cost");
const sp = used("B.spotPrice", "Spot price used", P.spotPrice, S.unitCost, "£ an hour", FMT.money, "pink cell, or the unit cost");
const share = calcRow("B.share", "Council's share used", fx`${P.councilShare}`, { unit: "% of hours", format: FMT.percent });
const nightNeed = calcRow("B.nightNeed", "Night hours on the Inputs sheet", fx`${S.nightHours}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "the night cover tenants need",
});
const nightGap = calcRow("B.nightGap", "Night hours the core does not cover", fx`${nightNeed}-${P.nightHours}`, {
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
    PARAMS,
    new Map([
      [P.blockPrice, S.unitCost],
      [P.spotPrice, S.unitCost],
      [P.hoursNeeded, N.hoursNeeded],
    ]),
  );
  f.cross(fx`${P.floatingHours}>${P.dayHours}`, "Floating time cannot be more than the core's day hours; it is part of them.");
  f.section("Core and add-on");
  f.out(handover, core, planned, coreContact, coreNonContact, needed, addOn, nightNeed, nightGap, coreNote, bp, sp, share);
  f.council(council);
  const check = f.finish("ECH_OptionCheck");
  return { layout: f.l, rows: { ...ROWS, check } };
}

const program = new Program(
  [...PARAMS, N.hoursNeeded, S.unitCost, ...SHARED],
  [core, planned, addOn, council.year, council.gap, council.councilRisk, council.providerRisk, coreNonContact],
);

/** The parameters' rules, and a core that leaves the floating hours room in the hours needed. */
export function checkParams(p: CoreParams): void {
  checkParamRules("B", p);
  if (p.floatingHours > p.dayHours)
    throw new InputError("options.B.floatingHours", `cannot be more than the day hours (${p.dayHours}); floating time is part of them.`);
}

export function coreAndAddOnOption(p: CoreParams, s: SchemeFigures): CoreResult {
  checkParams(p);
  priceOrUnitCost("options.B.blockPrice", p.blockPrice, s.unitCostPerHour);
  priceOrUnitCost("options.B.spotPrice", p.spotPrice, s.unitCostPerHour);
  const cover = s.cover ?? sharedCover({});
  const e = program.run([
    ...(Object.keys(P) as (keyof CoreParams)[]).map((k) => [p[k]]),
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
