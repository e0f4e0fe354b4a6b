import type { OnCosts, PayInputs, SchemeInputs, Triple } from "./types";

/** Seed 002's pink-cell defaults: a 35-unit scheme. */
export const DEFAULT_ON_COSTS: OnCosts = { ni: 0.1, cover: 0.04, superannuation: 0.06, training: 35209.46 };
export const DEFAULT_NIGHT_SUPPORT_SHARE = 0.5;
export const WEEKS_PER_YEAR = 52;
/** The published model's own flat-rate method and figures: every seed figure holds under it. */
export const PUBLISHED_PRICE_BASE = "2009 (published model)";
/** The ECH_PriceBase cell's default: the latest price base whose figures are published. */
export const CURRENT_PRICE_BASE = "2026-27";
export const MONTHS_PER_YEAR = 12;

/** The two kinds of night cover, as the ECH_NightCover cell shows them. */
export const NIGHT_COVER = ["Waking nights", "Sleep-in nights"] as const;
/** Whether the employer claims the Employment Allowance: "No" unless a provider that can claim it says so. */
export const EMPLOYMENT_ALLOWANCE = ["No", "Yes"] as const;
/**
 * How the housing-support share of the hours is funded: the Technical Brief's four ways of defining
 * the core (Section 2 Part A 4.3.2). The second is the default: the split of hours into housing
 * support and care exists because the two are funded from different budgets.
 */
export const SUPPORT_FUNDING = [
  "As care, from the care budget",
  "From care and housing support budgets",
  "As a grant",
  "Through the service charge",
] as const;
export type SupportFunding = (typeof SUPPORT_FUNDING)[number];
export const DEFAULT_SUPPORT_FUNDING: SupportFunding = SUPPORT_FUNDING[1];

/**
 * Pay assumptions used at a current price base. The rates and percentages are examples, marked as
 * examples wherever they are shown: the pay rates are at or above the National Living Wage of
 * April 2026 (£12.71), so only a rate the user types can fall below it. The team leader's 37 hours
 * are the Technical Brief's minimum block (How much care? 3.1.4); there is no example sleep-in payment.
 */
export const DEFAULT_PAY: PayInputs = {
  teamLeaderHours: 37,
  teamLeaderRate: 14,
  nightCover: "Waking nights",
  nightRate: 13,
  sleepInNights: 7,
  sleepInAmount: null,
  contractedHours: 37.5,
  absenceRate: 0.04,
  trainingHours: 24,
  pensionSchemeRate: null,
  overheadRate: 0.2,
  surplusRate: 0.03,
  employmentAllowance: "No",
};

/** Seed 002's scheme under the published model's price base: the seed's figures, to the penny. */
export const PUBLISHED_SCHEME: SchemeInputs = {
  tenants: 35,
  bandShares: [0.27, 0.46, 0.27],
  bandHours: [7, 18, 28],
  supportShares: [0.8, 0.6, 0.4],
  nightHours: 126,
  nightSupportShare: DEFAULT_NIGHT_SUPPORT_SHARE,
  hourlyRates: { support: 10, care: 10 },
  managerSalary: 26000,
  onCosts: DEFAULT_ON_COSTS,
  priceBase: PUBLISHED_PRICE_BASE,
  pay: DEFAULT_PAY,
  enteredFigures: {},
};

/**
 * Pay examples at the current price base, labelled as examples wherever they are shown: housing
 * support and care at the National Living Wage of April 2026 (£12.71; Skills for Care's published
 * average for care workers, £12 in December 2024, is below it), and a scheme manager's salary of
 * £30,000 for 35 hours a week (£16.48 an hour; no published survey of the salary was found).
 */
export const CURRENT_EXAMPLE_RATES = { support: 12.71, care: 12.71 } as const;
export const CURRENT_EXAMPLE_MANAGER_SALARY = 30000;
/** The scheme's hours a week, for checking the manager's salary against the National Living Wage. */
export const MANAGER_HOURS = 35;

/** The default scheme: the published scheme's tenants and hours, priced at the current price base. */
export const DEFAULT_SCHEME: SchemeInputs = {
  ...PUBLISHED_SCHEME,
  priceBase: CURRENT_PRICE_BASE,
  hourlyRates: { ...CURRENT_EXAMPLE_RATES },
  managerSalary: CURRENT_EXAMPLE_MANAGER_SALARY,
};

export interface BudgetLine {
  label: string;
  amount: number;
}

/** Seed 002's tenant with high needs and a low income, £ per week. */
export const DEFAULT_TENANT_EXPENDITURE: readonly BudgetLine[] = [
  { label: "Rent (including some housing services)", amount: 60 },
  { label: "Council tax (band B)", amount: 17.55 },
  { label: "Heat, light, power", amount: 15 },
  { label: "Food, clothes, household bills, personal items", amount: 69.25 },
  { label: "Care and support", amount: 269.75 },
  { label: "Service charge (domestic care, laundry)", amount: 22 },
];

export const DEFAULT_TENANT_INCOME: readonly BudgetLine[] = [
  { label: "Housing Benefit", amount: 60 },
  { label: "Council tax benefit", amount: 17.55 },
  { label: "Pension", amount: 84.25 },
  { label: "Free personal care", amount: 151.5 },
  { label: "Social care funding", amount: 118.25 },
  { label: "Attendance allowance / personal income", amount: 22 },
];

export const BUDGET_LINES = 6;

export function triple(values: readonly number[]): Triple {
  return [values[0], values[1], values[2]];
}
