/**
 * What tenants pay towards their care, and the council's net cost: an option's cost to the council
 * less the tenants' contributions. Self-funders pay for all their care at the option's price; the
 * others pay their assessed contribution, never more than their care costs.
 */
import { at, calcCells, calcRow, FMT, fx, inputRow, Program, type Expr, type ParamRule, type Row } from "../calc";
import { DEFAULT_NIGHT_SUPPORT_SHARE, WEEKS_PER_YEAR } from "./defaults";
import { InputError } from "./errors";
import { checkParam } from "./options";
import * as S from "./scheme";
import { OWN_FIGURE } from "./sources";
import type { CareHoursInputs } from "./revenue";
import type { Triple } from "./types";
import { MAX_AMOUNT, sharesSummingToOne } from "./validate";

const BANDS = ["Low", "Medium", "High"];
const SHARE: ParamRule = { kind: "share" };
const AMOUNT: ParamRule = { kind: "number", min: 0 };

export const selfFunderShares = inputRow("selfFunderShares", "Share of the band's tenants who pay for all their care", [0, 0, 0], {
  source: OWN_FIGURE,
  cellLabels: BANDS,
  unit: "% of tenants",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_SelfFunderShares",
  prompt: "Share of the band's tenants whose capital or income means they pay for all their care themselves (0 if none).",
});
export const averageContributions = inputRow("averageContributions", "Average contribution of the band's other tenants", [0, 0, 0], {
  source: OWN_FIGURE,
  cellLabels: BANDS,
  unit: "£ a week",
  format: FMT.money,
  rule: AMOUNT,
  name: "ECH_AverageContributions",
  prompt: "Average weekly charge the council assesses the band's other tenants to pay towards their care (0 if none).",
});

export const CONTRIBUTION_INPUTS = [selfFunderShares, averageContributions] as const;

/**
 * The rows that turn an option's cost to the council and its price an hour into the net cost. Each
 * band's figures are written out cell by cell, so an option sheet shows the total alone.
 */
export function netCostRows(id: string, gross: Row | Expr, price: Row | Expr) {
  const care = (i: number): Expr => fx`${at(S.careHoursEach, i)}*${price}`;
  const sf = (i: number) => at(selfFunderShares, i);
  const paid = (i: number): Expr => fx`${sf(i)}*${care(i)}+(1-${sf(i)})*MIN(${at(averageContributions, i)},${care(i)})`;
  const cells = [0, 1, 2];
  const careEach = calcCells(`${id}.careEach`, "Cost of a tenant's care", cells.map(care), { unit: "£ a week", format: FMT.money });
  const paidEach = calcCells(`${id}.paidEach`, "Average a tenant pays", cells.map(paid), { unit: "£ a week", format: FMT.money });
  const income = calcRow(
    `${id}.contributions`,
    "Tenants' contributions to their care",
    fx`MIN(${gross},(${at(S.tenantsPerBand, 0)}*(${paid(0)})+${at(S.tenantsPerBand, 1)}*(${paid(1)})+${at(S.tenantsPerBand, 2)}*(${paid(2)}))*${WEEKS_PER_YEAR})`,
    {
      unit: "£ a year",
      format: FMT.money0,
      note: "each band's tenants × what they pay a week (self-funders all their care at the spot price, the others their contribution up to that) × 52, never more than the council pays",
      name: "ECH_ContributionsIncome",
    },
  );
  const net = calcRow(`${id}.netCost`, "Council's net cost a year", fx`${gross}-${income}`, {
    unit: "£ a year",
    format: FMT.money0,
    note: "council's cost − tenants' contributions",
    name: "ECH_CouncilNetCost",
    total: true,
  });
  // Contributions pay for care, so the housing-support part of the cost stays with the council.
  const housingSupport = calcRow(
    `${id}.housingSupport`,
    "Housing-related support",
    fx`MIN(${net},${gross}*IF(${S.totalHours}>0,${S.supportHours}/${S.totalHours},0))`,
    { unit: "£ a year", format: FMT.money0, note: "the council's cost × the housing-support share of the hours, at most the net cost" },
  );
  const careBudget = calcRow(`${id}.careBudget`, "Adult social care budget", fx`${net}-${housingSupport}`, {
    unit: "£ a year",
    format: FMT.money0,
    note: "the net cost less the housing-related support",
  });
  const whoPays = calcRow(`${id}.whoPays`, "The option's cost to the council", fx`${careBudget}+${housingSupport}+${income}`, {
    unit: "£ a year",
    format: FMT.money0,
    note: "adult social care + housing-related support + tenants' contributions",
    total: true,
  });
  return { careEach, paidEach, income, net, housingSupport, careBudget, whoPays };
}

/** What the net cost is worked out from. */
/** The scheme's hours (night hours weigh the housing-support share of the hours; none when absent). */
export interface NetCostInputs extends CareHoursInputs {
  /** The option's cost to the council, £ a year. */
  councilAnnualCost: number;
  /** The option's price for an hour of care, £. */
  price: number;
  selfFunderShares: Triple;
  averageContributions: Triple;
}

export interface NetCost {
  grossCost: number;
  contributions: number;
  netCost: number;
  /** A tenant's care a week, by band, at the option's price. */
  careEach: Triple;
  /** What a tenant pays a week on average, by band. */
  paidEach: Triple;
  /** Who pays the council's cost, £ a year: the housing-support share of the hours, and adult social care the rest of the net cost. */
  housingSupport: number;
  careBudget: number;
}

const given: Row = inputRow("net.gross", "Council's cost a year", 0, { source: OWN_FIGURE, rule: AMOUNT, prompt: "" });
const givenPrice: Row = inputRow("net.price", "Price an hour", 0, { source: OWN_FIGURE, rule: AMOUNT, prompt: "" });
const ROWS = netCostRows("net", given, givenPrice);
const PROGRAM = new Program(
  [
    given,
    givenPrice,
    S.tenants,
    S.bandShares,
    S.bandHours,
    S.supportShares,
    S.nightHours,
    S.nightSupportShare,
    selfFunderShares,
    averageContributions,
  ],
  [ROWS.careEach, ROWS.paidEach, ROWS.income, ROWS.net, ROWS.housingSupport, ROWS.careBudget],
);

function triple(argument: string, values: Triple, rule: ParamRule): Triple {
  if (!Array.isArray(values) || values.length !== 3) throw new InputError(argument, "must have exactly 3 values: Low, Medium, High.");
  values.forEach((v) => checkParam(argument, v, rule));
  return values;
}

/** The council's net cost of an option: the same rows as the option sheets' net cost, evaluated. */
export function councilNetCost(x: NetCostInputs): NetCost {
  checkParam("councilAnnualCost", x.councilAnnualCost, { kind: "number", min: 0, max: MAX_AMOUNT });
  checkParam("price", x.price, AMOUNT);
  checkParam("tenants", x.tenants, { kind: "whole", min: 1 });
  triple("bandShares", x.bandShares, SHARE);
  sharesSummingToOne("bandShares", x.bandShares);
  triple("bandHours", x.bandHours, AMOUNT);
  triple("supportShares", x.supportShares, SHARE);
  triple("selfFunderShares", x.selfFunderShares, SHARE);
  triple("averageContributions", x.averageContributions, AMOUNT);
  checkParam("nightHours", x.nightHours ?? 0, AMOUNT);
  checkParam("nightSupportShare", x.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE, SHARE);
  const e = PROGRAM.run([
    [x.councilAnnualCost],
    [x.price],
    [x.tenants],
    x.bandShares,
    x.bandHours,
    x.supportShares,
    [x.nightHours ?? 0],
    [x.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE],
    x.selfFunderShares,
    x.averageContributions,
  ]);
  const t = (row: Row): Triple => {
    const v = e.numbers(row);
    return [v[0], v[1], v[2]];
  };
  return {
    grossCost: x.councilAnnualCost,
    contributions: e.number(ROWS.income),
    netCost: e.number(ROWS.net),
    careEach: t(ROWS.careEach),
    paidEach: t(ROWS.paidEach),
    housingSupport: e.number(ROWS.housingSupport),
    careBudget: e.number(ROWS.careBudget),
  };
}
