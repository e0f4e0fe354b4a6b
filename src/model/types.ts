/** Low, Medium, High needs bands, always in that order. */
export type Triple = readonly [number, number, number];

export const BANDS = ["Low", "Medium", "High"] as const;

export interface HourlyRates {
  /** £ per hour of housing support. */
  support: number;
  /** £ per hour of care. */
  care: number;
}

export interface OnCosts {
  /** Employer's National Insurance, as a share of the pay base. */
  ni: number;
  /** Cover for leave and sickness, as a share of the pay base. */
  cover: number;
  /** Superannuation, as a share of pay base plus cover. */
  superannuation: number;
  /** Training, an amount in £ a year. */
  training: number;
}

/** Everything the seed 002 revenue cost model needs; pink cells in the templates. */
export interface SchemeInputs {
  tenants: number;
  bandShares: Triple;
  bandHours: Triple;
  supportShares: Triple;
  nightHours: number;
  nightSupportShare: number;
  hourlyRates: HourlyRates;
  managerSalary: number;
  onCosts: OnCosts;
}

/** Hours per week split into housing support and care. */
export interface HoursSplit {
  support: number;
  care: number;
  total: number;
}
