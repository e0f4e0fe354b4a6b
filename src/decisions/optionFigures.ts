/**
 * The shapes of the options' comparison (src/decisions/optionComparison.ts), with no model code, so
 * the pane's first screen can show them before the model has loaded.
 */
import type { OptionId } from "../options/ids";

/** Who pays for hours that are not used. */
export type RiskCarrier = "council" | "provider" | "council and provider" | "neither";

export interface OptionFigures {
  id: OptionId;
  /** £ a year with the full block (steady state), and in the first year (phasing; option F's block when F is on). */
  councilYear: number;
  firstYear: number;
  /** £ a year: tenants' contributions to their care, the service charge they pay for housing support (when funded so), and the council's cost a year less both. */
  contributionsYear: number;
  serviceChargeYear: number;
  councilNetYear: number;
  /** Hours a week the tenants need, block-contracted, bought outside the block, and bought − needed. */
  hoursNeeded: number;
  blockHours: number;
  spotHours: number;
  gap: number;
  /** Hours a week the council pays for: the block and its share of the hours outside the block. */
  paidHours: number;
  /** Of those, hours delivered to tenants and hours of management, floating time and handover. */
  contactHours: number;
  nonContactHours: number;
  /** £ an hour. */
  blockPrice: number;
  spotPrice: number;
  councilShare: number;
  /** £ a year paid for hours whether or not they are used: by the council (the block) and by the provider (its cover). */
  councilRisk: number;
  providerRisk: number;
  riskCarrier: RiskCarrier;
}

/** Option E: personal budgets pooled by a group of tenants (it does not change the council's cost). */
export interface PoolingEffect {
  members: number;
  budgetPerWeek: number;
  pooledYear: number;
  /** Hours a week the pooled budgets buy, in all and for each member. */
  hours: number;
  hoursPerMember: number;
}

/** Option F: a block for a set period, then spot-purchasing. */
export interface PumpPrimingEffect {
  blockHours: number;
  blockMonths: number;
  /** £, years 1 and 2 of the contract. */
  yearCosts: readonly [number, number];
}

export interface OptionComparison {
  options: Record<OptionId, OptionFigures | { id: OptionId; error: string }>;
  /** Present when the overlay is on, for the chosen option (or the model's message). */
  pooling?: PoolingEffect | { error: string };
  pumpPriming?: PumpPrimingEffect | { error: string };
}

export const isCosted = (o: OptionFigures | { error: string }): o is OptionFigures => !("error" in o);
