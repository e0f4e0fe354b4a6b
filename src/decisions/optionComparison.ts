/**
 * What each way of contracting (options A–D) buys and costs the council for one scheme, side by side,
 * and what the overlays E and F change: the figures the pane's first screen compares. Everything is
 * read from the options' own model functions, the split into contact and non-contact hours too.
 *
 * Contact hours are hours of care and support delivered to tenants (night cover included); non-contact
 * hours are the management, floating and handover time a contract pays for as such ("the costs of the
 * Care Team Leader post and other non-contact activities", How much care?, 3.2.1). Option A buys only
 * hours delivered; option B's core block holds its floating time and handover.
 */
import {
  councilNetCost,
  isInputError,
  type OptionResult,
  type SchemeFigures,
  type SchemeInputs,
  type SchemeResult,
  type SupportFunding,
  type Triple,
  sharedCover,
} from "../model";
import {
  costOption,
  DEFAULT_OPTION_PARAMS,
  OPTION_IDS,
  POOLING,
  PUMP_PRIMING,
  pooledBudgets,
  pumpPriming,
  type OptionId,
  type OptionParams,
  type OverlayId,
} from "../options/registry";

import { type OptionComparison, type OptionFigures, type RiskCarrier } from "./optionFigures";

export * from "./optionFigures";

/** What the Staffing sheet hands the option sheets. */
export function schemeFigures(inputs: SchemeInputs, result: SchemeResult): SchemeFigures {
  return {
    tenants: inputs.tenants,
    hoursPerWeek: result.hours.total,
    unitCostPerHour: result.unitCostPerHour,
    costPerPersonWeek: result.perPerson.week,
    cover: sharedCover(inputs),
  };
}

function carrier(councilRisk: number, providerRisk: number): RiskCarrier {
  if (councilRisk > 0) return providerRisk > 0 ? "council and provider" : "council";
  return providerRisk > 0 ? "provider" : "neither";
}

const messageOf = (e: unknown) => (isInputError(e) || e instanceof Error ? e.message : String(e));

/** What the tenants of each needs band pay towards their care (none unless given). */
export interface Contributions {
  selfFunderShares: Triple;
  averageContributions: Triple;
  /** How the housing-support share of the hours is funded; the default when absent. */
  supportFunding?: SupportFunding;
}
export const NO_CONTRIBUTIONS: Contributions = { selfFunderShares: [0, 0, 0], averageContributions: [0, 0, 0] };

function figures(id: OptionId, r: OptionResult, firstYear: number, inputs: SchemeInputs, c: Contributions): OptionFigures {
  const paidHours = r.blockHours + r.spotHours * r.councilShare;
  const nonContact = r.nonContactHours;
  const net = councilNetCost({ ...inputs, ...c, councilAnnualCost: r.councilAnnualCost });
  return {
    id,
    councilYear: r.councilAnnualCost,
    firstYear,
    contributionsYear: net.contributions,
    serviceChargeYear: net.serviceCharge,
    councilNetYear: net.netCost,
    hoursNeeded: r.blockHours + r.spotHours - r.hoursGap,
    blockHours: r.blockHours,
    spotHours: r.spotHours,
    gap: r.hoursGap,
    paidHours,
    contactHours: paidHours - nonContact,
    nonContactHours: nonContact,
    blockPrice: r.blockPrice,
    spotPrice: r.spotPrice,
    councilShare: r.councilShare,
    councilRisk: r.councilRisk,
    providerRisk: r.providerRisk,
    riskCarrier: carrier(r.councilRisk, r.providerRisk),
  };
}

/**
 * Every way of contracting for one scheme, each costed by the model (or with the model's message), with
 * the overlays' effects on the chosen option. With pump-priming on, each option's first year is pump-priming's.
 */
export function compareOptions(
  inputs: SchemeInputs,
  result: SchemeResult,
  chosen: OptionId,
  overlays: readonly OverlayId[] = [],
  params: OptionParams = DEFAULT_OPTION_PARAMS,
  contributions: Contributions = NO_CONTRIBUTIONS,
): OptionComparison {
  const s = schemeFigures(inputs, result);
  const pumped = overlays.includes(PUMP_PRIMING);
  const options = {} as OptionComparison["options"];
  const results = {} as Partial<Record<OptionId, OptionResult>>;
  for (const id of OPTION_IDS) {
    try {
      const r = costOption(id, params, s);
      results[id] = r;
      options[id] = figures(id, r, pumped ? pumpPriming(params[PUMP_PRIMING], s, r).yearCosts[0] : r.firstYearCost, inputs, contributions);
    } catch (e) {
      options[id] = { id, error: messageOf(e) };
    }
  }
  const out: OptionComparison = { options };
  const base = results[chosen];
  const chosenError = (options[chosen] as { error?: string }).error ?? "";
  if (overlays.includes(POOLING)) {
    try {
      if (!base) throw new Error(chosenError);
      const e = pooledBudgets(params[POOLING], s, base);
      out.pooling = {
        members: params[POOLING].members,
        budgetPerWeek: e.budgetPerWeek,
        pooledYear: e.pooledYear,
        hours: e.hours,
        hoursPerMember: e.hoursPerMember,
      };
    } catch (e) {
      out.pooling = { error: messageOf(e) };
    }
  }
  if (pumped) {
    try {
      if (!base) throw new Error(chosenError);
      const f = pumpPriming(params[PUMP_PRIMING], s, base);
      out.pumpPriming = { blockHours: f.blockHours, blockMonths: f.conversionMonth - 1, yearCosts: f.yearCosts };
    } catch (e) {
      out.pumpPriming = { error: messageOf(e) };
    }
  }
  return out;
}
