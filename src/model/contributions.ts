/**
 * What tenants pay towards their care, and the council's net cost: an option's cost to the council
 * less the tenants' contributions. Self-funders pay for all their care at the option's price; the
 * others pay their assessed contribution, never more than their care costs.
 */
import { cellAt, calcCells, calcRow, FMT, fx, inputRow, Program, range, text, type Expr, type Row } from "../calc";
import { DEFAULT_SUPPORT_FUNDING, SUPPORT_FUNDING, WEEKS_PER_YEAR, type SupportFunding } from "./defaults";
import { AMOUNT, SHARE, councilNetCostOver } from "./contributionsRun";
import type { Run } from "./revenueRun";
import * as Scheme from "./scheme";
import { OWN_FIGURE } from "./sources";

const BANDS = ["Low", "Medium", "High"];

export const selfFunderShares = inputRow("selfFunderShares", "Share of the band's tenants who pay for all their care", [0, 0, 0], {
  key: "selfFunderShares",
  source: OWN_FIGURE,
  cellLabels: BANDS,
  unit: "% of tenants",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_SelfFunderShares",
  prompt: "Share of the band's tenants whose capital or income means they pay for all their care themselves (0 if none).",
});
export const averageContributions = inputRow("averageContributions", "Average contribution of the band's other tenants", [0, 0, 0], {
  key: "averageContributions",
  source: OWN_FIGURE,
  cellLabels: BANDS,
  unit: "£ a week",
  format: FMT.money,
  rule: AMOUNT,
  name: "ECH_AverageContributions",
  prompt: "Average weekly charge the council assesses the band's other tenants to pay towards their care (0 if none).",
});

export const supportFunding = inputRow("supportFunding", "How the housing-support share of the hours is funded", DEFAULT_SUPPORT_FUNDING, {
  key: "supportFunding",
  source: OWN_FIGURE,
  rule: { kind: "list", list: SUPPORT_FUNDING },
  name: "ECH_SupportFunding",
  prompt:
    "The council's choice (Housing LIN Technical Brief, Section 2 Part A 4.3.2): as care (tenants can be charged for it), from the housing-related support budget or as a grant (no charge), or through the service charge as a condition of occupancy.",
});

export const CONTRIBUTION_INPUTS = [selfFunderShares, averageContributions, supportFunding] as const;

const [AS_CARE, SUPPORT_BUDGETS, GRANT, SERVICE_CHARGE] = SUPPORT_FUNDING.map((v) => fx`${supportFunding}=${text(v)}`);

/**
 * The rows that turn an option's cost to the council into the net cost and who pays it. Tenants are
 * charged for their share of the care the option buys: the option's cost of care shared by each
 * tenant's care hours (daytime, and an equal share of the night's), so that if every tenant pays in
 * full the charges are exactly that cost. Each band's figures are written out cell by cell, so an
 * option sheet shows the totals alone.
 */
export function netCostRows(id: string, gross: Row | Expr) {
  const supportPart = calcRow(
    `${id}.supportPart`,
    "Housing support's share of the cost",
    fx`${gross}*IF(${Scheme.totalHours}>0,${Scheme.supportHours}/${Scheme.totalHours},0)`,
    { unit: "£ a year", format: FMT.money0, note: "the council's cost × housing support hours ÷ all hours" },
  );
  const chargeable = calcRow(
    `${id}.chargeable`,
    "Cost of the care tenants can be charged for",
    fx`IF(${GRANT},0,${gross}-IF(${AS_CARE},0,${supportPart}))`,
    {
      unit: "£ a year",
      format: FMT.money0,
      note: "the council's cost less housing support, unless housing support is funded as care; nothing when the service is a grant",
    },
  );
  const counted = fx`SUM(${range(Scheme.tenantsPerBand)})`;
  const hoursOf = (i: number): Expr =>
    fx`IF(${AS_CARE},${cellAt(Scheme.bandHours, i)}+${Scheme.nightTotalHours}/${counted},${cellAt(Scheme.careHoursEach, i)}+${Scheme.nightCareHours}/${counted})`;
  const allHours = fx`IF(${AS_CARE},${Scheme.totalHours},${Scheme.careHoursTotal})`;
  const care = (i: number): Expr => fx`IF(${allHours}>0,${chargeable}*(${hoursOf(i)})/${allHours}/${WEEKS_PER_YEAR},0)`;
  const sf = (i: number) => cellAt(selfFunderShares, i);
  const paid = (i: number): Expr => fx`${sf(i)}*${care(i)}+(1-${sf(i)})*MIN(${cellAt(averageContributions, i)},${care(i)})`;
  const cells = [0, 1, 2];
  const careEach = calcCells(`${id}.careEach`, "Cost of a tenant's care", cells.map(care), { unit: "£ a week", format: FMT.money });
  const paidEach = calcCells(`${id}.paidEach`, "Average a tenant pays", cells.map(paid), { unit: "£ a week", format: FMT.money });
  const income = calcRow(
    `${id}.contributions`,
    "Tenants' contributions to their care",
    fx`MIN(${chargeable},(${cellAt(Scheme.tenantsPerBand, 0)}*(${paid(0)})+${cellAt(Scheme.tenantsPerBand, 1)}*(${paid(1)})+${cellAt(Scheme.tenantsPerBand, 2)}*(${paid(2)}))*${WEEKS_PER_YEAR})`,
    {
      unit: "£ a year",
      format: FMT.money0,
      note: "each band's tenants × what they pay a week × 52: self-funders their share of the cost of care (by their care hours), the others their contribution up to that share",
      name: "ECH_ContributionsIncome",
    },
  );
  const serviceCharge = calcRow(`${id}.serviceCharge`, "Service charge paid by tenants", fx`IF(${SERVICE_CHARGE},${supportPart},0)`, {
    unit: "£ a year",
    format: FMT.money0,
    note: "housing support's share, when it is funded through the service charge (Housing Benefit may meet it where it is eligible)",
  });
  const net = calcRow(`${id}.netCost`, "Council's net cost a year", fx`${gross}-${income}-${serviceCharge}`, {
    unit: "£ a year",
    format: FMT.money0,
    note: "council's cost − tenants' contributions − service charge",
    name: "ECH_CouncilNetCost",
    total: true,
  });
  const housingSupport = calcRow(
    `${id}.housingSupport`,
    "Housing-related support budget or grant",
    fx`IF(OR(${SUPPORT_BUDGETS},${GRANT}),${supportPart},0)`,
    { unit: "£ a year", format: FMT.money0, note: "housing support's share, unless it is funded as care or through the service charge" },
  );
  const careBudget = calcRow(`${id}.careBudget`, "Adult social care budget", fx`${net}-${housingSupport}`, {
    unit: "£ a year",
    format: FMT.money0,
    note: "the net cost less the housing-related support",
  });
  const whoPays = calcRow(
    `${id}.whoPays`,
    "The option's cost to the council",
    fx`${careBudget}+${housingSupport}+${income}+${serviceCharge}`,
    {
      unit: "£ a year",
      format: FMT.money0,
      note: "adult social care + housing-related support + tenants' contributions + service charge",
      total: true,
    },
  );
  return { supportPart, chargeable, careEach, paidEach, income, serviceCharge, net, housingSupport, careBudget, whoPays };
}

const given: Row = inputRow("net.gross", "Council's cost a year", 0, { source: OWN_FIGURE, rule: AMOUNT, prompt: "" });
const ROWS = netCostRows("net", given);
export const NET_INPUTS = [given, ...Scheme.HOURS_INPUTS, selfFunderShares, averageContributions];
export const NET_OUT = [
  ROWS.supportPart,
  ROWS.chargeable,
  ROWS.careEach,
  ROWS.paidEach,
  ROWS.income,
  ROWS.serviceCharge,
  ROWS.net,
  ROWS.housingSupport,
  ROWS.careBudget,
];

/**
 * One program for each way of funding housing support, built on its first use: the funding is
 * fixed, so the rows' IFs on it compile to the branch it takes.
 */
interface NetProgram {
  program: Program;
  /** NET_OUT's cells, in order. */
  run: Run;
}
const PROGRAMS = new Map<SupportFunding, NetProgram>();
export function programFor(funding: SupportFunding): NetProgram {
  let built = PROGRAMS.get(funding);
  if (!built) {
    const program = new Program(NET_INPUTS, NET_OUT, undefined, new Map([[supportFunding, [funding]]]));
    built = { program, run: program.runner() };
    PROGRAMS.set(funding, built);
  }
  return built;
}

/** The council's net cost of an option: the same rows as the option sheets' net cost, evaluated. */
export const councilNetCost = councilNetCostOver((funding) => programFor(funding).run);
export { checkSupportFunding, type NetCost, type NetCostInputs } from "./contributionsRun";
