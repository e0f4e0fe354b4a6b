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

/** Pay assumptions used at a current price base (pink cells; the defaults are examples). */
export interface PayInputs {
  /** Care team leader hours a week, paid at their own rate; the estimates and the block options count the same hours. */
  teamLeaderHours: number;
  /** £ an hour. */
  teamLeaderRate: number;
  nightCover: "Waking nights" | "Sleep-in nights";
  /** £ an hour, waking nights. */
  nightRate: number;
  /** Sleep-in nights a week. */
  sleepInNights: number;
  /** £ a night; needed for sleep-in nights only. */
  sleepInAmount: number | null;
  /** Average contracted hours a week of a care or support worker (an assumption). */
  contractedHours: number;
  /** Absence cover, a share of the hours. */
  absenceRate: number;
  /** Training hours of each care and support worker a year. */
  trainingHours: number;
  /** An employer pension rate on whole pay; null: the automatic enrolment minimum. */
  pensionSchemeRate: number | null;
  /** Provider overheads, a share of the staff cost. */
  overheadRate: number;
  /** Provider surplus, a share of staff cost and overheads. */
  surplusRate: number;
  /** Whether the employer claims the Employment Allowance: providers may, councils cannot. */
  employmentAllowance: "No" | "Yes";
}

/**
 * The brief's minimum cover (How much care? 3.1.4), one pink cell each on the Hours needed sheet:
 * its estimates add the night cover, the schedule of cover the handover, and options B, C and D
 * build their blocks on the same three.
 */
export interface MinimumCover {
  /** Hours of night cover a night (the brief: one waking carer, 10). */
  nightHoursPerNight: number;
  /** Handover a day (the brief: 1). */
  handoverHoursPerDay: number;
  /** Days a week of cover (7). */
  daysPerWeek: number;
}

/** Figures not checked against a publication, as the user enters them: base id → figure → value. */
export type EnteredFigures = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

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
  /** "2009 (published model)" (or "2009"), "2024-25", …; absent: the published model. */
  priceBase?: string;
  /** Used at a current price base (its team leader's hours also by the estimates and the block options); absent: DEFAULT_PAY. */
  pay?: PayInputs;
  /** Absent: the brief's (DEFAULT_MINIMUM_COVER). */
  minimumCover?: MinimumCover;
  enteredFigures?: EnteredFigures;
}

/** Hours per week split into housing support and care. */
export interface HoursSplit {
  support: number;
  care: number;
  total: number;
}
