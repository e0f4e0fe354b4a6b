/** Option A: spot-purchasing (Housing LIN Technical Brief, Section 2 Part A, 4.2). */
import { calcRow, fx, Program, text, type Row } from "../calc";
import { priceOrUnitCost, positive, type SchemeFigures, type SpotResult, type BreakEven, sharedCover } from "../model";
import * as HoursNeeded from "../model/hoursNeeded";
import * as Scheme from "../model/scheme";
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

export interface SpotParams {
  coverStaff: number;
  coverHoursPerDay: number;
  hoursNeeded: number | null;
  fixedChargePerTenantWeek: number;
  providerCostPerHour: number | null;
  spotPrice: number | null;
  councilShare: number;
  expectedUptake: number;
}

const COVER = technicalBrief("How much care? 2.1.2");

const SPEC: ParamSpec<SpotParams> = {
  defaults: {
    coverStaff: 1,
    coverHoursPerDay: 24,
    hoursNeeded: null,
    fixedChargePerTenantWeek: 0,
    providerCostPerHour: null,
    spotPrice: null,
    councilShare: 1,
    expectedUptake: 0.5,
  },
  rules: {
    coverStaff: { kind: "whole", min: 1 },
    coverHoursPerDay: { kind: "number", min: 0, max: 24 },
    hoursNeeded: { kind: "number", positive: true, blank: true },
    fixedChargePerTenantWeek: { kind: "number", min: 0 },
    providerCostPerHour: { kind: "number", min: 0, blank: true },
    spotPrice: PRICE_RULE,
    councilShare: { kind: "share" },
    expectedUptake: { kind: "share" },
  },
  sources: {
    coverStaff: COVER,
    coverHoursPerDay: COVER,
    hoursNeeded: OWN_FIGURE,
    fixedChargePerTenantWeek: EXAMPLE_FIGURE,
    providerCostPerHour: OWN_FIGURE,
    spotPrice: OWN_FIGURE,
    councilShare: EXAMPLE_FIGURE,
    expectedUptake: EXAMPLE_FIGURE,
  },
};
const param = paramMaker("A", SPEC);
const UNIT = "the unit cost per hour (Staffing sheet)";
const NEEDED = "the estimate on the Hours needed sheet";

export const PARAMS = {
  coverStaff: param("coverStaff", {
    label: "Staff on duty round the clock",
    unit: "staff",
    format: FMT.count,
    prompt: "Staff the provider keeps on site at all times (the brief: one person available to deliver care at all times).",
  }),
  coverHoursPerDay: param("coverHoursPerDay", {
    label: "Hours of cover a day",
    unit: "hours a day",
    format: FMT.hours,
    prompt: "Hours a day the cover is on site (24 for round-the-clock).",
  }),
  hoursNeeded: param("hoursNeeded", {
    label: "Care and support tenants need",
    unit: "hours a week",
    format: FMT.hours,
    prompt: "Hours a week tenants need in all.",
    blankMeans: NEEDED,
  }),
  fixedChargePerTenantWeek: param("fixedChargePerTenantWeek", {
    label: "Fixed charge per tenant for the cover",
    unit: "£ a week",
    format: FMT.money,
    prompt: "Weekly charge every tenant pays for the cover, for example its support element (the brief, 4.2.1); 0 if none.",
  }),
  providerCostPerHour: param("providerCostPerHour", {
    label: "Provider's cost of an hour of cover",
    unit: "£ an hour",
    format: FMT.money,
    prompt: "What an hour of cover costs the provider.",
    blankMeans: UNIT,
  }),
  spotPrice: param("spotPrice", {
    label: "Spot price (the provider's price)",
    unit: "£ an hour",
    format: FMT.money,
    prompt: "The provider's price for an hour of care bought on the spot.",
    blankMeans: UNIT,
  }),
  councilShare: param("councilShare", {
    label: "Council's share of spot-purchased hours",
    unit: "% of hours",
    format: FMT.percent,
    prompt: "Share of spot-purchased hours the council pays for (the rest: self-funders).",
  }),
  expectedUptake: param("expectedUptake", {
    label: "Expected uptake of on-site care",
    unit: "% of hours",
    format: FMT.percent,
    prompt: "Share of the tenants' hours you expect them to buy from the on-site provider (an example, not from the sources).",
  }),
};
const PARAM_ROWS = Object.values(PARAMS);

/** The verdict texts (the model's BreakEven values). */
export const BREAK_EVEN_TEXT: Record<BreakEven, string> = {
  yes: "Yes, if tenants buy at least the break-even share of their care on site.",
  priceBelowCost: "No: the spot price is below the cost of the cover, and fixed charges do not make up the gap.",
  notEnoughDemand: "No: it would need more hours than the tenants need.",
};

const cover = calcRow("A.cover", "Round-the-clock cover", fx`${PARAMS.coverStaff}*${PARAMS.coverHoursPerDay}*${HoursNeeded.daysPerWeek}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "staff × hours a day × days a week of cover (Hours needed sheet)",
  name: "ECH_CoverHours",
});
const needed = used(
  "A.hoursNeeded",
  "Hours tenants need",
  PARAMS.hoursNeeded,
  HoursNeeded.hoursNeeded,
  "hours a week",
  FMT.hours,
  "pink cell, or the Hours needed sheet",
);
const cost = priceUsed("A.providerCost", "Cost of an hour of cover", PARAMS.providerCostPerHour);
const price = priceUsed("A.spotPrice", "Spot price used", PARAMS.spotPrice);
const coverCost = calcRow("A.coverCost", "Cost of the cover", fx`${cover}*${cost}`, {
  unit: "£ a week",
  format: FMT.money,
  note: "cover hours × cost an hour",
});
const fixed = calcRow("A.fixed", "Fixed charges", fx`${PARAMS.fixedChargePerTenantWeek}*${Scheme.tenants}`, {
  unit: "£ a week",
  format: FMT.money,
  note: "charge × tenants",
});
const beh = calcRow("A.breakEvenHours", "Hours to sell to break even", fx`MAX(0,${coverCost}-${fixed})/${price}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "(cover cost − fixed charges) ÷ spot price",
});
const uptake = calcRow("A.breakEvenUptake", "Break-even uptake of on-site care", fx`${beh}/${needed}`, {
  unit: "% of hours",
  format: FMT.percent1,
  note: "break-even hours ÷ hours tenants need",
  name: "ECH_BreakEvenUptake",
  total: true,
});
const verdict = calcRow(
  "A.verdict",
  "Can the provider break even?",
  fx`IF(${coverCost}-${fixed}>${cover}*${price},${text(BREAK_EVEN_TEXT.priceBelowCost)},IF(${uptake}>1,${text(BREAK_EVEN_TEXT.notEnoughDemand)},${text(BREAK_EVEN_TEXT.yes)}))`,
);
const expected = calcRow("A.expectedHours", "Hours sold at the expected uptake", fx`${PARAMS.expectedUptake}*${needed}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "uptake × hours needed",
});
const margin = calcRow(
  "A.margin",
  "Provider's margin at the expected uptake",
  fx`${expected}*${price}+${fixed}-MAX(${cover},${expected})*${cost}`,
  {
    unit: "£ a week",
    format: FMT.money,
    note: "sales + fixed charges − cost of the staff on duty",
  },
);
const marginWhy = calcRow(
  "A.marginWhy",
  "Why the margin is what it is",
  fx`IF(AND(${price}=${cost},${expected}>=${cover},${fixed}=0),"£0: the provider's price equals its cost of an hour, so selling more hours adds nothing. Enter the provider's price (above the cost) to see a margin.",IF(${margin}<0,"A loss: at the expected uptake the sales and fixed charges do not pay for the cover.","The price and fixed charges above the cost of the hours delivered."))`,
);
const share = calcRow("A.share", "Council's share used", fx`${PARAMS.councilShare}`, { unit: "% of hours", format: FMT.percent });
const council = councilRows("A", {
  need: needed,
  block: fx`0`,
  blockPrice: fx`0`,
  spot: needed,
  spotPrice: price,
  share,
  blockNote: "option A block-contracts nothing",
  providerRisk: { hours: cover, costPerHour: cost },
});

export const ROWS: BaseRows = {
  id: "A",
  sheetName: "Option A",
  check: undefined as unknown as Row,
  need: council.need,
  blockHours: council.blockHours,
  spotHours: council.spotHours,
  gap: council.gap,
  coreHours: cover,
  phase1: cover,
  phase2: cover,
  blockPrice: price,
  spotPrice: price,
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
  const f = new OptionSheet(at.sheetId ?? "option", "A", "Option A", prior, "portrait", undefined, at.nameSuffix);
  f.params(
    PARAM_ROWS,
    new Map([
      [PARAMS.providerCostPerHour, Scheme.unitCost],
      [PARAMS.spotPrice, Scheme.unitCost],
      [PARAMS.hoursNeeded, HoursNeeded.hoursNeeded],
    ]),
  );
  f.section("Provider's break-even");
  f.out(cover, needed, cost, price, coverCost, fixed, beh, uptake, verdict, expected, margin, marginWhy, share);
  f.council(council);
  const check = f.finish("ECH_OptionCheck");
  return { layout: f.l, rows: { ...ROWS, check } };
}

const program = new Program(
  [...PARAM_ROWS, Scheme.tenants, HoursNeeded.hoursNeeded, Scheme.unitCost, HoursNeeded.daysPerWeek],
  [cover, uptake, verdict, margin, council.year, council.gap, council.councilRisk, council.providerRisk, beh, fixed, coverCost, expected],
);

/** The parameters' rules; InputError names the key as "options.A.…". */
export const checkParams = (p: SpotParams): void => checkParamRules("A", SPEC, p);

/** Option A in the model: the same rows, evaluated. */
export function spotPurchasing(p: SpotParams, s: SchemeFigures): SpotResult {
  checkParams(p);
  if (p.hoursNeeded === null) positive("options.A.hoursNeeded", s.hoursNeeded ?? s.hoursPerWeek);
  priceOrUnitCost("options.A.spotPrice", p.spotPrice, s.unitCostPerHour);
  const e = program.run([
    ...(Object.keys(PARAMS) as (keyof SpotParams)[]).map((k) => [p[k]]),
    [s.tenants],
    [s.hoursNeeded ?? s.hoursPerWeek],
    [s.unitCostPerHour],
    [(s.cover ?? sharedCover({})).daysPerWeek],
  ]);
  const n = (row: Row) => e.number(row);
  const verdictText = e.value(verdict);
  const breakEven = (Object.keys(BREAK_EVEN_TEXT) as BreakEven[]).find((k) => BREAK_EVEN_TEXT[k] === verdictText)!;
  return {
    blockHours: 0,
    spotHours: n(needed),
    coreHours: n(cover),
    blockPrice: 0,
    spotPrice: n(price),
    councilShare: p.councilShare,
    councilWeeklyCost: n(council.week),
    councilAnnualCost: n(council.year),
    firstYearCost: n(council.year),
    hoursGap: n(council.gap),
    nonContactHours: 0,
    councilRisk: n(council.councilRisk),
    providerRisk: n(council.providerRisk),
    coverHours: n(cover),
    hoursNeeded: n(needed),
    providerCostPerHour: n(cost),
    coverCostWeek: n(coverCost),
    fixedIncomeWeek: n(fixed),
    breakEvenHours: n(beh),
    breakEvenUptake: n(uptake),
    breakEven,
    expectedHours: n(expected),
    providerMarginWeek: n(margin),
  };
}

export const OPTION: BaseOption<SpotParams, SpotResult> = {
  kind: "base",
  params: PARAMS,
  spec: SPEC,
  sheetSources: [
    [
      "Option A sheet",
      `${briefSection("4.2")}; ${howMuchCare("2.1.2")}`,
      "Round-the-clock cover defaults to one person on site at all times. Break-even: hours sold up to the cover hours cost nothing extra, so break-even hours = (cover cost − fixed charges) ÷ spot price. The expected uptake (50%) is an example.",
    ],
  ],
  rows: ROWS,
  layout,
  model: spotPurchasing,
  checkParams,
};
