/**
 * The one place where the pane asks the model what each commissioning option costs the council.
 * Everything the pane shows about options A–D (the chosen option's figures, the comparison chart
 * and its table) comes through `optionSummaries`; point this module at a new model API and the
 * rest of the pane follows.
 *
 * The option parameters are the templates' defaults (DEFAULT_OPTION_PARAMS: prices left blank, so
 * the Staffing sheet's unit cost per hour; the council pays 100% of spot hours); the pane only sets
 * the headline scheme inputs. So the figures here are the ones the generated option sheet shows
 * before its own pink cells are changed.
 */
import { blockContractOption, coreAndAddOnOption, OPTION_IDS, spotPurchasing } from "../options";
import { DEFAULT_OPTION_PARAMS, isInputError, type OptionParams, type SchemeFigures, type SchemeInputs, type SchemeResult } from "../model";
import type { OptionId } from "../templates/types";
import { formatHours } from "./format";

export const COMPARED_OPTIONS: readonly OptionId[] = OPTION_IDS;

export interface OptionSummary {
  id: OptionId;
  /** The council's cost, £ a week and £ a year (52 weeks). */
  councilWeek: number;
  councilYear: number;
  /** Hours a week the council block-contracts and spot-purchases. */
  blockHours: number;
  spotHours: number;
  /** Hours a week the residents need (the Staffing sheet's total unless the option says otherwise). */
  hoursNeeded: number;
  /** Contact hours delivered − hours needed: below 0 some need is unmet, above 0 some hours are paid for twice. */
  gap: number;
  /** Hours bought that are not care delivered (option B's floating time and handover). */
  nonContactHours: number;
}

/** An option the model could not cost with these inputs, with its message. */
export interface OptionFailure {
  id: OptionId;
  error: string;
}

export type OptionOutcome = OptionSummary | OptionFailure;

export const isSummary = (o: OptionOutcome): o is OptionSummary => !("error" in o);

/** What the Staffing sheet hands the option sheets. */
function schemeFigures(inputs: SchemeInputs, result: SchemeResult): SchemeFigures {
  return {
    tenants: inputs.tenants,
    hoursPerWeek: result.hours.total,
    unitCostPerHour: result.unitCostPerHour,
    costPerPersonWeek: result.perPerson.week,
  };
}

function summarise(id: OptionId, s: SchemeFigures, params: OptionParams): OptionSummary {
  const r =
    id === "A" ? spotPurchasing(params.A, s) : id === "B" ? coreAndAddOnOption(params.B, s) : blockContractOption(id, params[id], s);
  const need = r.blockHours + r.spotHours - r.nonContactHours - r.hoursGap;
  return {
    id,
    councilWeek: r.councilWeeklyCost,
    councilYear: r.councilAnnualCost,
    blockHours: r.blockHours,
    spotHours: r.spotHours,
    hoursNeeded: need,
    gap: r.hoursGap,
    nonContactHours: r.nonContactHours,
  };
}

/** Options A–D for the scheme on screen, each costed by the model or with the model's message. */
export function optionSummaries(
  inputs: SchemeInputs,
  result: SchemeResult,
  params: OptionParams = DEFAULT_OPTION_PARAMS,
): Record<OptionId, OptionOutcome> {
  const s = schemeFigures(inputs, result);
  const out = {} as Record<OptionId, OptionOutcome>;
  for (const id of COMPARED_OPTIONS) {
    try {
      out[id] = summarise(id, s, params);
    } catch (e) {
      const message = isInputError(e) || e instanceof Error ? e.message : String(e);
      out[id] = { id, error: message };
    }
  }
  return out;
}

/** Differences smaller than this (a rounding error in hours a week) count as no gap. */
const GAP_TOLERANCE = 1e-6;

/** The gap in hours a week, in words: "0" when block + spot hours match the need, else "382 unmet" or "25 paid for twice". */
export function describeGap(gap: number): string {
  if (Math.abs(gap) < GAP_TOLERANCE) return "0";
  return `${formatHours(Math.abs(gap))} ${gap < 0 ? "unmet" : "paid for twice"}`;
}
