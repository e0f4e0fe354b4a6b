/**
 * The council's net cost after tenants' contributions (ECH.NETCOST, the pane's net cost) over the
 * program for each way of funding housing support: the graph's (contributions.ts) or the same
 * written out as code. Reads no rows.
 */
import type { ParamRule } from "../calc/expr";
import { CalcError } from "../calc/values";
import { DEFAULT_NIGHT_SUPPORT_SHARE, DEFAULT_SUPPORT_FUNDING, SUPPORT_FUNDING, type SupportFunding } from "./defaults";
import { InputError } from "./errors";
import { checkTriple, hoursCells, type CareHoursInputs, type Run } from "./revenueRun";
import type { Triple } from "./types";
import { MAX_AMOUNT, checkParam, sharesSummingToOne } from "./validate";

export const SHARE: ParamRule = { kind: "share" };
export const AMOUNT: ParamRule = { kind: "number", min: 0 };
const COST: ParamRule = { kind: "number", min: 0, max: MAX_AMOUNT };
const TENANTS: ParamRule = { kind: "whole", min: 1 };

/** What the net cost is worked out from: the scheme's hours (night hours, none when absent). */
export interface NetCostInputs extends CareHoursInputs {
  /** The option's cost to the council, £ a year. */
  councilAnnualCost: number;
  selfFunderShares: Triple;
  averageContributions: Triple;
  /** How the housing-support share of the hours is funded (the default when absent). */
  supportFunding?: SupportFunding;
}

export interface NetCost {
  grossCost: number;
  contributions: number;
  netCost: number;
  /** £ a year: housing support's share of the cost, and the cost of the care tenants can be charged for. */
  supportPart: number;
  chargeable: number;
  /** A tenant's share of the cost of care a week, by band. */
  careEach: Triple;
  /** What a tenant pays a week on average, by band. */
  paidEach: Triple;
  /** Who pays the council's cost, £ a year: adult social care, housing-related support, tenants' contributions, the service charge. */
  careBudget: number;
  housingSupport: number;
  serviceCharge: number;
}

/** Throws InputError unless `value` is one of the brief's four ways of funding housing support. */
export function checkSupportFunding(value: string): SupportFunding {
  const found = SUPPORT_FUNDING.find((f) => f === value);
  if (found === undefined)
    throw new InputError("supportFunding", `is "${value}"; use ${SUPPORT_FUNDING.map((n) => `"${n}"`).join(", ")}.`, "type");
  return found;
}

function triple(argument: string, values: Triple, rule: ParamRule): Triple {
  return checkTriple(argument, values, (a, v) => checkParam(a, v, rule) as number);
}

/** The council's net cost of an option: the same rows as the option sheets' net cost, evaluated. */
/**
 * The net cost over `programFor(funding)`, which returns the cells of housing support's part, the
 * chargeable cost, each band's cost of care and payment (3 each), the contributions, the service
 * charge, the net cost, the housing-related support and the care budget, in that order.
 */
export function councilNetCostOver(programFor: (funding: SupportFunding) => Run) {
  return (x: NetCostInputs): NetCost => councilNetCostWith(programFor, x);
}

function councilNetCostWith(programFor: (funding: SupportFunding) => Run, x: NetCostInputs): NetCost {
  checkParam("councilAnnualCost", x.councilAnnualCost, COST);
  checkParam("tenants", x.tenants, TENANTS);
  triple("bandShares", x.bandShares, SHARE);
  sharesSummingToOne("bandShares", x.bandShares);
  triple("bandHours", x.bandHours, AMOUNT);
  triple("supportShares", x.supportShares, SHARE);
  triple("selfFunderShares", x.selfFunderShares, SHARE);
  triple("averageContributions", x.averageContributions, AMOUNT);
  checkParam("nightHours", x.nightHours ?? 0, AMOUNT);
  checkParam("nightSupportShare", x.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE, SHARE);
  const funding = checkSupportFunding(x.supportFunding ?? DEFAULT_SUPPORT_FUNDING);
  const v = programFor(funding)([[x.councilAnnualCost], ...hoursCells(x), x.selfFunderShares, x.averageContributions]);
  const number = (k: number): number => {
    const value = v[k];
    if (typeof value !== "number")
      throw new Error(`The net cost's cell ${k} is ${value instanceof CalcError ? value.code : JSON.stringify(value)}, not a number`);
    return value;
  };
  return {
    grossCost: x.councilAnnualCost,
    supportPart: number(0),
    chargeable: number(1),
    careEach: [number(2), number(3), number(4)],
    paidEach: [number(5), number(6), number(7)],
    contributions: number(8),
    serviceCharge: number(9),
    netCost: number(10),
    housingSupport: number(11),
    careBudget: number(12),
  };
}
