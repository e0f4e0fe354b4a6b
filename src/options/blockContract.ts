/** Options C and D: a block contract for the whole service (Section 2 Part A, 4.4 and 4.5), phased in. */
import { cellAt, calcRow, constRow, firstProblem, fx, range, Program, text, type Row } from "../calc";
import {
  MONTHS_PER_YEAR,
  NETTING_MONTHS,
  WEEKS_PER_YEAR,
  MAX_AMOUNT,
  InputError,
  MINIMUM_BLOCK_RULES,
  priceOrUnitCost,
  minimumBlockFormula,
  minimumBlockHours,
  minimumBlockRows,
  phasingRows,
  type BlockResult,
  type BlockStaffing,
  type MonthCost,
  type SchemeFigures,
  type SharedCover,
  sharedCover,
} from "../model";
import * as HoursNeeded from "../model/hoursNeeded";
import * as Scheme from "../model/scheme";
import { SEED_MINIMUM_BLOCK, SEED_PHASE_STEP } from "../model/howMuchCare";
import { EXAMPLE_FIGURE, OWN_FIGURE, monthLabels, technicalBrief } from "../model/sources";
import type { SheetLayout } from "../layout/layout";
import {
  checkParamRules,
  councilRows,
  FMT,
  HOURS_RULE,
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
  type SheetSource,
} from "./sheet";

/**
 * The block's own staffing by day, then its own inputs; the rest of the minimum block (night cover,
 * handover, days a week, the team leader's hours) is shared with the scheme (SchemeFigures.cover).
 */
export interface BlockParams extends BlockStaffing {
  /** Blank (null): the hours tenants need. */
  targetHours: number | null;
  phaseStep: number;
  /** Option C only: tenants who opt out and buy their care elsewhere with personal budgets. */
  optOutResidents: number;
  optOutHoursEach: number;
  blockPrice: number | null;
  spotPrice: number | null;
  councilShare: number;
  /** Hours delivered above the block in each of the first 12 months (netted monthly). */
  additionalHours: readonly number[];
  /** Block hours not delivered in each of the first 12 months. */
  reducedHours: readonly number[];
}

const MINIMUM_BLOCK = technicalBrief("How much care? 3.1.4");
const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);

const SPEC: ParamSpec<BlockParams> = {
  defaults: {
    dayStaff: SEED_MINIMUM_BLOCK.dayStaff,
    dayHoursPerDay: SEED_MINIMUM_BLOCK.dayHoursPerDay,
    targetHours: null,
    phaseStep: SEED_PHASE_STEP,
    optOutResidents: 0,
    optOutHoursEach: 7.5,
    blockPrice: null,
    spotPrice: null,
    councilShare: 1,
    additionalHours: zeros(NETTING_MONTHS),
    reducedHours: zeros(NETTING_MONTHS),
  },
  rules: {
    dayStaff: MINIMUM_BLOCK_RULES.dayStaff,
    dayHoursPerDay: MINIMUM_BLOCK_RULES.dayHoursPerDay,
    targetHours: { kind: "number", min: 0, blank: true },
    phaseStep: HOURS_RULE,
    optOutResidents: { kind: "whole", min: 0 },
    optOutHoursEach: HOURS_RULE,
    blockPrice: PRICE_RULE,
    spotPrice: PRICE_RULE,
    councilShare: { kind: "share" },
    additionalHours: HOURS_RULE,
    reducedHours: HOURS_RULE,
  },
  sources: {
    dayStaff: MINIMUM_BLOCK,
    dayHoursPerDay: MINIMUM_BLOCK,
    targetHours: OWN_FIGURE,
    phaseStep: MINIMUM_BLOCK,
    optOutResidents: EXAMPLE_FIGURE,
    optOutHoursEach: EXAMPLE_FIGURE,
    blockPrice: OWN_FIGURE,
    spotPrice: OWN_FIGURE,
    councilShare: EXAMPLE_FIGURE,
    additionalHours: EXAMPLE_FIGURE,
    reducedHours: EXAMPLE_FIGURE,
  },
};

const UNIT = "the unit cost per hour (Staffing sheet)";

/** Option C or D, whose sheet rests on `sheetSources`. */
export function blockContract(id: "C" | "D", sheetSources: readonly SheetSource[]): BaseOption<BlockParams, BlockResult> {
  const p = paramMaker(id, SPEC);
  const PARAMS = {
    dayStaff: p("dayStaff", {
      label: "Minimum block: staff on site by day",
      unit: "staff",
      format: FMT.count,
      prompt: "Staff on site during the day (the brief: 2).",
    }),
    dayHoursPerDay: p("dayHoursPerDay", {
      label: "Day cover a day",
      unit: "hours a day",
      format: FMT.hours,
      prompt: "Hours of day cover a day (the brief: 14).",
    }),
    targetHours: p("targetHours", {
      label: "Target block (whole service)",
      unit: "hours a week",
      format: FMT.hours,
      blankMeans: "the hours tenants need, plus the block's handover and team leader time",
      prompt:
        "Hours a week the block should reach, handover and team leader time included; at least the minimum block. The brief's example is about 400 for a 40-unit scheme.",
    }),
    phaseStep: p("phaseStep", {
      label: "Phasing: hours added in month 2",
      unit: "hours a week",
      format: FMT.hours,
      prompt: "Hours added about a month after opening (the brief: 50); the full block follows a month later.",
    }),
    optOutResidents: p("optOutResidents", {
      label: "Tenants who opt out",
      unit: "tenants",
      format: FMT.count,
      prompt: "Tenants who spend their personal budgets elsewhere (the block is reduced for them).",
    }),
    optOutHoursEach: p("optOutHoursEach", {
      label: "Their care hours each",
      unit: "hours a week",
      format: FMT.hours,
      prompt: "Average care hours a week of a tenant who opts out (the brief's thirds example: 7.5 for medium needs).",
    }),
    blockPrice: p("blockPrice", {
      label: "Block price",
      unit: "£ an hour",
      format: FMT.money,
      prompt: "Price of an hour of block-contracted care.",
      blankMeans: UNIT,
    }),
    spotPrice: p("spotPrice", {
      label: "Spot price",
      unit: "£ an hour",
      format: FMT.money,
      blankMeans: UNIT,
      prompt:
        id === "C"
          ? "Price of an hour bought elsewhere by tenants who opt out."
          : "Price of an hour of spot-purchased care (used if the block ends, as in option F).",
    }),
    councilShare: p("councilShare", {
      label: "Council's share of spot-purchased hours",
      unit: "% of hours",
      format: FMT.percent,
      prompt: "Share of spot-purchased hours the council pays for (the rest: self-funders).",
    }),
    additionalHours: p("additionalHours", {
      label: "Additional hours in the month",
      unit: "hours",
      format: FMT.hours,
      prompt: "Hours delivered above the block in this month (netted off at the block price).",
      cellLabels: monthLabels(NETTING_MONTHS),
    }),
    reducedHours: p("reducedHours", {
      label: "Reduced hours in the month",
      unit: "hours",
      format: FMT.hours,
      prompt: "Block hours not delivered in this month (netted off at the block price).",
      cellLabels: monthLabels(NETTING_MONTHS),
    }),
  };
  const scalarParams = Object.values(PARAMS).filter(
    (x) => x.size === 1 && (id === "C" || (x !== PARAMS.optOutResidents && x !== PARAMS.optOutHoursEach)),
  );
  const hours = { unit: "hours a week", format: FMT.hours };
  // Night cover, handover and days a week are the Hours needed sheet's cells, the team leader's hours the Inputs sheet's.
  const shared = {
    nightHoursPerNight: HoursNeeded.nightPerNight,
    handoverHoursPerDay: HoursNeeded.handover,
    teamLeaderHours: Scheme.teamLeaderHours,
    daysPerWeek: HoursNeeded.daysPerWeek,
  } as const;
  const SHARED_KEYS = Object.keys(shared) as (keyof typeof shared)[];
  const minimum = minimumBlockRows(id, { ...PARAMS, ...shared });
  const { day: dayCover, night: nightCover, handover, total: min, initial } = minimum;
  const optOut =
    id === "C"
      ? calcRow(`${id}.optOut`, "Hours of tenants who opt out", fx`${PARAMS.optOutResidents}*${PARAMS.optOutHoursEach}`, {
          ...hours,
          note: "tenants × hours each; bought elsewhere",
        })
      : undefined;
  // Handover and the team leader's time are paid for in the block but are not care delivered to
  // tenants: a blank target buys them on top of the hours tenants need.
  const nonContact = calcRow(`${id}.blockNonContact`, "Non-contact hours in the block", fx`${handover}+${Scheme.teamLeaderHours}`, {
    ...hours,
    note: "handover + the team leader's hours (Inputs sheet)",
  });
  const target = used(
    `${id}.target`,
    "Target block used",
    PARAMS.targetHours,
    fx`${HoursNeeded.hoursNeeded}+${nonContact}`,
    "hours a week",
    FMT.hours,
    "pink cell, or the hours tenants need + non-contact hours",
  );
  const block = optOut
    ? calcRow(`${id}.block`, "Block after opt-outs", fx`MAX(${min},${target}-${optOut})`, {
        ...hours,
        note: "target − opt-outs, never below the minimum block",
        total: true,
      })
    : calcRow(`${id}.block`, "Block", fx`MAX(${min},${target})`, {
        ...hours,
        note: "the target (the whole service), never below the minimum block",
        total: true,
      });
  const [p1, p2, p3] = phasingRows(id, min, block, PARAMS.phaseStep);
  const bp = priceUsed(`${id}.blockPrice`, "Block price used", PARAMS.blockPrice);
  const sp = priceUsed(`${id}.spotPrice`, "Spot price used", PARAMS.spotPrice);
  const share = calcRow(`${id}.share`, "Council's share used", fx`${PARAMS.councilShare}`, { unit: "% of hours", format: FMT.percent });
  const council = councilRows(id, {
    need: HoursNeeded.hoursNeeded,
    block,
    blockPrice: bp,
    spot: optOut ?? fx`0`,
    spotPrice: sp,
    share,
    nonContact,
  });
  const spot = council.spotHours;

  // The first year month by month: phasing, and additional or reduced hours netted each month.
  const M = { size: NETTING_MONTHS };
  const month = constRow(
    `${id}.month`,
    "Month",
    Array.from({ length: NETTING_MONTHS }, (_, m) => m + 1),
    { format: FMT.months },
  );
  const blockM = calcRow(`${id}.monthBlock`, "Block hours a week", fx`IF(${month}=1,${p1},IF(${month}=2,${p2},${p3}))`, { ...M, ...hours });
  const spotM = calcRow(`${id}.monthSpot`, "Spot hours a week", fx`${spot}`, { ...M, ...hours });
  const net = calcRow(`${id}.monthNet`, "Net hours", fx`${PARAMS.additionalHours}-${PARAMS.reducedHours}`, { ...M, format: FMT.hours });
  const costM = calcRow(
    `${id}.monthCost`,
    "Council's cost in the month",
    fx`(${blockM}*${bp}+${spotM}*${sp}*${share})*${WEEKS_PER_YEAR}/${MONTHS_PER_YEAR}+${net}*${bp}`,
    {
      ...M,
      format: FMT.money,
      name: "ECH_CouncilCostByMonth",
    },
  );
  const firstYear = calcRow(`${id}.firstYear`, "First year", fx`SUM(${range(costM)})`, {
    format: FMT.money0,
    name: "ECH_FirstYearCost",
    total: true,
  });
  const monthCheck = (row: Row, what: string) => {
    const m = fx`${text(`${what} in month `)}&${month}&${text(": enter a number of 0 or more.")}`;
    return fx`IF(NOT(ISNUMBER(${row})),${m},IF(OR(${row}<0,${row}>${MAX_AMOUNT}),${m},"OK"))`;
  };
  const monthChecks = calcRow(
    `${id}.monthCheck`,
    "Check",
    fx`IF(${monthCheck(PARAMS.additionalHours, "Additional hours")}<>"OK",${monthCheck(PARAMS.additionalHours, "Additional hours")},${monthCheck(PARAMS.reducedHours, "Reduced hours")})`,
    { ...M, check: true },
  );

  const ROWS: BaseRows = {
    id,
    sheetName: `Option ${id}`,
    check: undefined as unknown as Row,
    need: council.need,
    blockHours: council.blockHours,
    spotHours: council.spotHours,
    gap: council.gap,
    coreHours: block,
    phase1: p1,
    phase2: p2,
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
    firstYear,
    perNeed: council.perNeed,
    councilRisk: council.councilRisk,
    providerRisk: council.providerRisk,
    riskWho: council.who,
  };

  function layout(prior: readonly Prior[], where: Placement = {}): { layout: SheetLayout; rows: BaseRows } {
    const f = new OptionSheet(
      where.sheetId ?? "option",
      id,
      `Option ${id}`,
      prior,
      "landscape",
      [42, 13, 13, 42, 13, 11, 13, 26],
      where.nameSuffix,
    );
    f.params(
      scalarParams,
      new Map([
        [PARAMS.blockPrice, Scheme.unitCost],
        [PARAMS.spotPrice, Scheme.unitCost],
      ]),
    );
    f.cross(
      fx`AND(NOT(ISBLANK(${PARAMS.targetHours})),${PARAMS.targetHours}<${minimumBlockFormula(minimum)})`,
      "The target block must be at least the minimum block.",
    );
    f.section("Minimum block (How much care? 3.1.4)");
    f.out(dayCover, nightCover, handover, min, initial, nonContact, target, ...(optOut ? [optOut] : []), block);
    f.section("Phasing (How much care? 3.3.2)");
    f.out(p1, p2, p3);
    f.l.nameRows("ECH_BlockPhasing", [p1, p2, p3], "block hours a week in months 1, 2 and 3 on");
    f.out(bp, sp, share);
    f.council(council);
    f.l.gap();
    f.l.line([
      {
        text: "Council's cost by month: additional or reduced hours are netted off each month at the block price (Extra Care Housing, Joint Improvement Team, May 2009, Service Specification and Contract Arrangements)",
        style: "subtitle",
      },
    ]);
    f.l.table(
      [
        "Month",
        "Block hours a week",
        "Spot hours a week",
        "Additional hours in the month",
        "Reduced hours in the month",
        "Net hours",
        "Council's cost in the month",
        "Check",
      ],
      [
        { row: month },
        { row: blockM },
        { row: spotM },
        { row: PARAMS.additionalHours },
        { row: PARAMS.reducedHours },
        { row: net },
        { row: costM },
        { row: monthChecks },
      ],
      NETTING_MONTHS,
    );
    f.l.line([{ text: "First year", style: "total" }, null, null, null, null, null, { row: firstYear }]);
    f.addCheck(firstProblem(Array.from({ length: NETTING_MONTHS }, (_, m) => cellAt(monthChecks, m))));
    const check = f.finish("ECH_OptionCheck");
    return { layout: f.l, rows: { ...ROWS, check } };
  }

  const allParams = Object.values(PARAMS);
  const program = new Program(
    [...allParams, Scheme.unitCost, HoursNeeded.hoursNeeded, ...SHARED_KEYS.map((k) => shared[k])],
    [
      dayCover,
      nightCover,
      handover,
      min,
      initial,
      block,
      p1,
      p2,
      p3,
      council.year,
      council.nonContact,
      costM,
      firstYear,
      spot,
      council.gap,
      council.councilRisk,
      council.providerRisk,
    ],
  );

  /** The parameters' rules, a month for each netting value, and a target no smaller than the minimum block. */
  function checkParams(params: BlockParams, cover: SharedCover = sharedCover({})): void {
    checkParamRules(id, SPEC, params);
    const prefix = `options.${id}.`;
    for (const key of ["additionalHours", "reducedHours"] as const) {
      if (params[key].length !== NETTING_MONTHS)
        throw new InputError(prefix + key, `must have ${NETTING_MONTHS} values, one a month.`, "type");
    }
    const least = minimumBlockHours({ ...params, ...cover }).total;
    if (params.targetHours !== null && params.targetHours < least) {
      throw new InputError(prefix + "targetHours", `must be at least the minimum block (${least} hours).`);
    }
  }

  function model(params: BlockParams, s: SchemeFigures): BlockResult {
    const cover = s.cover ?? sharedCover({});
    checkParams(params, cover);
    priceOrUnitCost(`options.${id}.blockPrice`, params.blockPrice, s.unitCostPerHour);
    priceOrUnitCost(`options.${id}.spotPrice`, params.spotPrice, s.unitCostPerHour);
    const given = (Object.keys(PARAMS) as (keyof BlockParams)[]).map((k) => {
      const v = params[k];
      return Array.isArray(v) ? (v as number[]) : [v as number | null];
    });
    const e = program.run([...given, [s.unitCostPerHour], [s.hoursNeeded ?? s.hoursPerWeek], ...SHARED_KEYS.map((k) => [cover[k]])]);
    const n = (row: Row, i = 0) => e.number(row, i);
    const costs = e.numbers(costM);
    const months = costs.map((cost, m): MonthCost => ({ blockHours: n(blockM, m), spotHours: n(spotM, m), netHours: n(net, m), cost }));
    return {
      blockHours: n(block),
      spotHours: n(spot),
      coreHours: n(block),
      blockPrice: n(bp),
      spotPrice: n(sp),
      councilShare: params.councilShare,
      councilWeeklyCost: n(council.week),
      councilAnnualCost: n(council.year),
      hoursGap: n(council.gap),
      nonContactHours: n(council.nonContact),
      councilRisk: n(council.councilRisk),
      providerRisk: n(council.providerRisk),
      minimum: {
        day: n(dayCover),
        night: n(nightCover),
        handover: n(handover),
        teamLeader: cover.teamLeaderHours,
        total: n(min),
        initial: n(initial),
      },
      optOutHours: n(spot),
      phases: [n(p1), n(p2), n(p3)],
      months,
      firstYearCost: n(firstYear),
    };
  }

  /** The first year month by month (the Projection sheet reads these). */
  const phasing = { blockMonths: blockM, spotMonths: spotM, firstYear };

  return { kind: "base", params: PARAMS, spec: SPEC, sheetSources, rows: ROWS, layout, model, checkParams, phasing };
}
