import { Program } from "../calc/graph";
import { calcRow, constRow, fx, rebound, type Row } from "../calc";
import { capitalRevenueOver } from "./revenueRun";

/** The three settings as printed in seed 002 (Jan 2008 / Aug 2007 prices). */
export const SEED_SETTINGS = [
  {
    name: "24-apartment extra care scheme",
    places: 24,
    unitBuildCost: 75195,
    staffCosts: 469298,
    operatingCosts: 156433,
    printedBuild: 1804690,
    printedRunning: 625731,
    printedPerPlace: 26072,
  },
  {
    name: "40-bed care home",
    places: 40,
    unitBuildCost: 48750,
    staffCosts: 1541769,
    operatingCosts: 404468,
    printedBuild: 1950000,
    printedRunning: 1946237,
    printedPerPlace: 48656,
  },
  {
    name: "16-bed dementia unit",
    places: 16,
    unitBuildCost: 48750,
    staffCosts: 703068,
    operatingCosts: 301323,
    printedBuild: 780000,
    printedRunning: 1004408,
    printedPerPlace: 62776,
  },
] as const;

// The published capital and revenue comparison as rows, settings across (the sheet and the function share them).
const money0 = "£#,##0;-£#,##0";
const across = <K extends keyof (typeof SEED_SETTINGS)[number]>(k: K) => SEED_SETTINGS.map((s) => s[k]);
export const CAPITAL = (() => {
  const settings = constRow("capital.settings", "Setting", across("name"));
  const places = constRow("capital.places", "Places", across("places"), { format: "0" });
  const unitBuildCost = constRow("capital.unitBuildCost", "Build cost a place", across("unitBuildCost"), {
    format: money0,
    note: "January 2008 (extra care) and August 2007 prices",
  });
  const staffCosts = constRow("capital.staffCosts", "Staff costs", across("staffCosts"), { unit: "£ a year", format: money0 });
  const operatingCosts = constRow("capital.operatingCosts", "Operating costs", across("operatingCosts"), {
    unit: "£ a year",
    format: money0,
  });
  const grossBuildCost = calcRow("capital.grossBuild", "Gross build cost", fx`${places}*${unitBuildCost}`, {
    size: 3,
    format: money0,
    note: "places × build cost a place",
  });
  const printedBuild = constRow("capital.printedBuild", "Gross build cost as printed", across("printedBuild"), { format: money0 });
  const buildDifference = calcRow("capital.buildDifference", "Printed − worked out", fx`${printedBuild}-${grossBuildCost}`, {
    size: 3,
    format: money0,
  });
  const grossRunningCost = calcRow("capital.grossRunning", "Gross running costs", fx`${staffCosts}+${operatingCosts}`, {
    size: 3,
    unit: "£ a year",
    format: money0,
    note: "staff + operating costs",
  });
  const printedRunning = constRow("capital.printedRunning", "Gross running costs as printed", across("printedRunning"), {
    unit: "£ a year",
    format: money0,
  });
  const runningDifference = calcRow("capital.runningDifference", "Printed − worked out", fx`${printedRunning}-${grossRunningCost}`, {
    size: 3,
    unit: "£ a year",
    format: money0,
  });
  const perPlace = calcRow("capital.perPlace", "Running cost a place", fx`${grossRunningCost}/${places}`, {
    size: 3,
    unit: "£ a year",
    format: money0,
    note: "gross running costs ÷ places",
  });
  const printedPerPlace = constRow("capital.printedPerPlace", "Running cost a place as printed", across("printedPerPlace"), {
    unit: "£ a year",
    format: money0,
  });
  return {
    settings,
    places,
    unitBuildCost,
    staffCosts,
    operatingCosts,
    grossBuildCost,
    printedBuild,
    buildDifference,
    grossRunningCost,
    printedRunning,
    runningDifference,
    perPlace,
    printedPerPlace,
  };
})();

// One setting at a time, for ECH.CAPITALREVENUE: the same expressions over one-cell rows.
const one = (row: Row): Row => ({ ...row, id: `${row.id}.1`, size: 1, values: row.values?.slice(0, 1) });
const P1 = one(CAPITAL.places);
const U1 = one(CAPITAL.unitBuildCost);
const S1 = one(CAPITAL.staffCosts);
const O1 = one(CAPITAL.operatingCosts);
const BUILD = rebound(
  CAPITAL.grossBuildCost,
  new Map([
    [CAPITAL.places, P1],
    [CAPITAL.unitBuildCost, U1],
  ]),
  1,
);
const RUNNING = rebound(
  CAPITAL.grossRunningCost,
  new Map([
    [CAPITAL.staffCosts, S1],
    [CAPITAL.operatingCosts, O1],
  ]),
  1,
);
const PER_PLACE = rebound(
  CAPITAL.perPlace,
  new Map([
    [CAPITAL.grossRunningCost, RUNNING],
    [CAPITAL.places, P1],
  ]),
  1,
);
/** One setting at a time (ECH.CAPITALREVENUE). */
export const CAPITAL_PROGRAM = new Program([P1, U1, S1, O1], [BUILD, RUNNING, PER_PLACE]);

export const capitalRevenue = capitalRevenueOver(CAPITAL_PROGRAM.runner());
export type { CapitalRevenue } from "./revenueRun";
