/**
 * The contract over its life: the chosen option's council cost in each contract year, uplifted for
 * pay and non-pay from the second year, the scheme filling up in the first year with empty units'
 * rent and service charge indemnified, the present value at the Green Book rate, and the hourly
 * price at which the council's cost meets a budget. Every row is defined here, or in
 * projectionYears.ts, once; the Projection sheet prints them and src/decisions evaluates them.
 */
import { cellAt, blankOr, calcRow, fx, range, text, type Expr, type Row } from "../calc";
import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from "./defaults";
import * as Scheme from "./scheme";
import {
  PROJECTION_FORMATS as FMT,
  BY_YEAR,
  budget,
  contractYears,
  discountFactor,
  nonPayUplift,
  payUplift,
  upliftFactor,
  voidsByYear,
  year,
} from "./projectionYears";

export * from "./projectionYears";

/** What the projection reads from the option (and option F, when it overlays it). */
export interface ProjectionSource {
  /** "A", "C+F": one set of rows per base option with or without F. */
  key: string;
  blockHours: Row;
  spotHours: Row;
  councilShare: Row;
  councilAnnualCost: Row;
  /** The same less the tenants' contributions (its sheet's ECH_CouncilNetCost). */
  councilNetCost: Row;
  /** Options C and D: the first year month by month (the block phases in). */
  phasing?: { blockMonths: Row; spotMonths: Row; firstYear: Row };
  /** Option F: a block for a period, then spot-purchasing. */
  /** `contact`: the hours spot-purchased after conversion (the block's non-contact time ends with it). */
  pump?: {
    period: Row;
    blockHours: Row;
    total: Row;
    contact: Row;
    spotPrice: Row;
    share: Row;
    laterBlockMonth: Row;
    year1: Row;
    year2: Row;
  };
}

function rowsFor(src: ProjectionSource) {
  const within = (e: Expr) => fx`IF(${year}>${contractYears},0,${e})`;
  const H = { ...BY_YEAR, format: FMT.hours };
  let blockMonths: Row | undefined;
  let baseCost: Expr;
  let block: Expr;
  let spot: Expr;
  if (src.pump) {
    const f = src.pump;
    blockMonths = calcRow("projection.blockMonths", "Months on the block contract", fx`MAX(0,MIN(12,${f.period}-12*(${year}-1)))`, {
      ...BY_YEAR,
      format: FMT.count,
      note: "option F's block-contract period falling in the year",
    });
    const spotMonth = fx`${f.contact}*${f.spotPrice}*${f.share}*${WEEKS_PER_YEAR}/${MONTHS_PER_YEAR}`;
    baseCost = fx`IF(${year}=1,${f.year1},IF(${year}=2,${f.year2},${blockMonths}*${f.laterBlockMonth}+(12-${blockMonths})*${spotMonth}))`;
    block = fx`${blockMonths}*${f.blockHours}/12`;
    spot = fx`(${blockMonths}*MAX(0,${f.total}-${f.blockHours})+(12-${blockMonths})*${f.contact})/12`;
  } else if (src.phasing) {
    const c = src.phasing;
    baseCost = fx`IF(${year}=1,${c.firstYear},${src.councilAnnualCost})`;
    block = fx`IF(${year}=1,SUM(${range(c.blockMonths)})/12,${src.blockHours})`;
    spot = fx`IF(${year}=1,SUM(${range(c.spotMonths)})/12,${src.spotHours})`;
  } else {
    baseCost = fx`${src.councilAnnualCost}`;
    block = fx`${src.blockHours}`;
    spot = fx`${src.spotHours}`;
  }
  const firstNote = src.pump
    ? "option F's years 1 and 2, then its block and spot months"
    : src.phasing
      ? "the option's first year (phased in), then its cost a year"
      : "the option's cost a year";
  const blockByYear = calcRow("projection.blockHours", "Hours block-contracted", within(block), {
    ...H,
    note: "hours a week, on average over the year",
    name: "ECH_ProjectionBlockHours",
  });
  const spotByYear = calcRow("projection.spotHours", "Hours spot-purchased", within(spot), {
    ...H,
    note: "hours a week, on average over the year",
    name: "ECH_ProjectionSpotHours",
  });
  const careAtToday = calcRow("projection.costAtToday", "Care and support at today's prices", within(baseCost), {
    ...BY_YEAR,
    format: FMT.money0,
    note: firstNote,
  });
  const careCost = calcRow("projection.careCost", "Care and support, uplifted", fx`${careAtToday}*${upliftFactor}`, {
    ...BY_YEAR,
    format: FMT.money0,
    note: "at today's prices × uplift factor",
  });
  const yearCosts = calcRow("projection.yearCosts", "Council's cost in the year", fx`${careCost}+${voidsByYear}`, {
    ...BY_YEAR,
    format: FMT.money0,
    note: "care and support + voids indemnity; 0 beyond the contract",
    name: "ECH_ProjectionYearCosts",
    total: true,
  });
  const total = calcRow("projection.total", "Council's cost over the contract", fx`SUM(${range(yearCosts)})`, {
    unit: "£",
    format: FMT.money0,
    name: "ECH_ProjectionTotal",
    total: true,
  });
  const presentValues = calcRow("projection.presentValues", "Present value of the year", fx`${yearCosts}*${discountFactor}`, {
    ...BY_YEAR,
    format: FMT.money0,
    note: "cost × discount factor",
  });
  const npv = calcRow("projection.npv", "Present value of the contract", fx`SUM(${range(presentValues)})`, {
    unit: "£",
    format: FMT.money0,
    note: "year 1 + year 2 ÷ (1 + rate) + year 3 ÷ (1 + rate)² …",
    name: "ECH_ProjectionNPV",
    total: true,
  });
  // Contributions are taken to keep their share of the council's cost each year (the steady state's).
  const netShare = calcRow(
    "projection.netShare",
    "Share of the cost the council pays after tenants' contributions",
    fx`IF(${src.councilAnnualCost}>0,${src.councilNetCost}/${src.councilAnnualCost},1)`,
    {
      unit: "% of cost",
      format: FMT.percent1,
      note: "net cost a year ÷ cost a year on the option's sheet (100% when the cost is 0), the same every year",
    },
  );
  const netYearCosts = calcRow("projection.netYearCosts", "Council's net cost in the year", fx`${yearCosts}*${netShare}`, {
    ...BY_YEAR,
    format: FMT.money0,
    note: "cost in the year × the share the council pays after contributions",
    name: "ECH_ProjectionNetYearCosts",
    total: true,
  });
  const netTotal = calcRow("projection.netTotal", "Council's net cost over the contract", fx`SUM(${range(netYearCosts)})`, {
    unit: "£",
    format: FMT.money0,
    note: "the net cost of every year added up",
    name: "ECH_ProjectionNetTotal",
    total: true,
  });
  const netNpv = calcRow("projection.netNpv", "Present value of the net cost", fx`${npv}*${netShare}`, {
    unit: "£",
    format: FMT.money0,
    note: "present value of the contract × the share the council pays after contributions",
    name: "ECH_ProjectionNetNPV",
    total: true,
  });
  const basis = calcRow(
    "projection.basis",
    "Real or nominal",
    fx`IF(AND(${payUplift}=0,${nonPayUplift}=0),${text(REAL)},${text(NOMINAL)})`,
    { name: "ECH_ProjectionBasis" },
  );
  // Break-even: the council's cost a year is (block hours + spot hours × share) × price × 52, linear in the price.
  const budgetUsed = calcRow("projection.budgetUsed", "Budget used", blankOr(budget, src.councilAnnualCost), {
    unit: "£ a year",
    format: FMT.money0,
    note: "pink cell, or the council's cost a year",
  });
  const paidHours = calcRow(
    "projection.paidHours",
    "Hours the council pays for",
    fx`${src.blockHours}+${src.spotHours}*${src.councilShare}`,
    {
      unit: "hours a week",
      format: FMT.hours,
      note: "block hours + spot hours × council's share",
    },
  );
  const breakEvenPrice = calcRow(
    "projection.breakEvenPrice",
    "Break-even price",
    fx`IF(${paidHours}>0,${budgetUsed}/(${paidHours}*${WEEKS_PER_YEAR}),${text(NO_PAID_HOURS)})`,
    {
      unit: "£ an hour",
      format: FMT.money,
      note: "budget ÷ (hours the council pays for × 52): block and spot price alike",
      name: "ECH_BreakEvenPrice",
      total: true,
    },
  );
  // Hours and the high-needs share the budget carries: every hour bought (block and outside the block, in
  // today's mix) costs the council the option's average price, so the cost a year is linear in the hours.
  const hoursBought = calcRow("projection.hoursBought", "Hours bought", fx`${src.blockHours}+${src.spotHours}`, {
    unit: "hours a week",
    format: FMT.hours,
    note: "block hours + hours outside the block",
  });
  const breakEvenHours = calcRow(
    "projection.breakEvenHours",
    "Hours the budget carries",
    fx`IF(${src.councilAnnualCost}>0,${hoursBought}*${budgetUsed}/${src.councilAnnualCost},${text(NO_COST)})`,
    {
      unit: "hours a week",
      format: FMT.hours,
      note: "hours bought × budget ÷ council's cost a year (the average price)",
      name: "ECH_BreakEvenHours",
      total: true,
    },
  );
  const highStep = calcRow(
    "projection.highStep",
    "Extra hours for a high-needs tenant",
    fx`${cellAt(Scheme.bandHours, 2)}-${cellAt(Scheme.bandHours, 1)}`,
    {
      unit: "hours a week",
      format: FMT.hours,
      note: "High band's daytime hours − Medium band's",
    },
  );
  const highNow = cellAt(Scheme.bandShares, 2);
  const highMost = fx`${cellAt(Scheme.bandShares, 1)}+${highNow}`;
  const raw = fx`${highNow}+(${breakEvenHours}-${hoursBought})/(${Scheme.tenants}*${highStep})`;
  const breakEvenHighShare = calcRow(
    "projection.breakEvenHighShare",
    "Share of high-needs tenants the budget carries",
    fx`IF(ISNUMBER(${breakEvenHours}),IF(${highStep}>0,IF(${raw}<0,${text(SHARE_BELOW)},IF(${raw}>${highMost},${text(SHARE_ABOVE)},${raw})),${text(SAME_HOURS)}),${breakEvenHours})`,
    {
      unit: "% of tenants",
      format: FMT.percent1,
      note: "High share + (hours carried − hours bought) ÷ (tenants × extra hours)",
      name: "ECH_BreakEvenHighShare",
      total: true,
    },
  );
  return {
    blockMonths,
    blockByYear,
    spotByYear,
    careAtToday,
    careCost,
    yearCosts,
    total,
    presentValues,
    npv,
    netShare,
    netYearCosts,
    netTotal,
    netNpv,
    basis,
    budgetUsed,
    paidHours,
    breakEvenPrice,
    hoursBought,
    breakEvenHours,
    highStep,
    breakEvenHighShare,
  };
}

export const REAL = "Real: no uplifts, so every year is at today's prices, and the Green Book rate is a real rate.";
export const NOMINAL =
  "Nominal: the uplifts make later years cash amounts, not today's prices. The Green Book rate is a real rate: for a nominal present value add expected inflation to it, or enter uplifts above inflation only.";
export { NO_COST, NO_PAID_HOURS, SAME_HOURS, SHARE_ABOVE, SHARE_BELOW } from "./breakEvenMessages";
import { NO_COST, NO_PAID_HOURS, SAME_HOURS, SHARE_ABOVE, SHARE_BELOW } from "./breakEvenMessages";

export type ProjectionRows = ReturnType<typeof rowsFor>;
const cache = new Map<string, ProjectionRows>();

/** The projection's rows over an option (the same objects each time for the same key). */
export function projectionRows(src: ProjectionSource): ProjectionRows {
  let r = cache.get(src.key);
  if (!r) cache.set(src.key, (r = rowsFor(src)));
  return r;
}
