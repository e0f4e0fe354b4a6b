/**
 * Dated price bases: the pay rules and benefit rates a cost is priced at (issue 11).
 *
 * "2009" is the published model's own method: flat on-cost percentages and the printed figures.
 * The other bases apply the statutory pay rules of that financial year. Every figure names the
 * publication it was checked against; a figure that could not be checked is `null`, and the
 * workbook shows it as an empty pink cell marked "enter". Adding a year is one entry in PRICE_BASES.
 */
import type { Source } from "../calc/sources";
import {
  DEFAULT_ON_COSTS,
  DEFAULT_SCHEME,
  PUBLISHED_SCHEME,
  DEFAULT_TENANT_EXPENDITURE,
  DEFAULT_TENANT_INCOME,
  PUBLISHED_PRICE_BASE,
} from "./defaults";
import { findPriceBase, flatBaseError, livingWageOf, uncheckedError } from "./priceBaseLookup";
import type { SchemeInputs } from "./types";
import { finite, nonNegative } from "./validate";

export type { Source };

export interface Figure {
  value: number;
  source: Source;
}

/** `null`: not verified against a publication, so the user enters it. */
export type CheckedFigure = Figure | null;

/** Weekly amounts for a tenant's budget and the charging rules a council applies (England). */
export interface TenantFigures {
  newStatePensionFull: CheckedFigure;
  pensionCreditStandardGuaranteeSingle: CheckedFigure;
  /** The additional amount for severe disability in the Pension Credit guarantee, single person. */
  pensionCreditSevereDisabilitySingle: CheckedFigure;
  attendanceAllowanceLower: CheckedFigure;
  attendanceAllowanceHigher: CheckedFigure;
  /** Minimum Income Guarantee, single person of pension credit age, care in their own home. */
  minimumIncomeGuaranteePensionAge: CheckedFigure;
  upperCapitalLimit: CheckedFigure;
  lowerCapitalLimit: CheckedFigure;
  /** £ a week of assumed income for each £250 (or part) of capital between the limits. */
  tariffIncomePer250: CheckedFigure;
}

export interface StatutoryRules {
  /** £ an hour, workers aged 21 and over, from 1 April. */
  nationalLivingWage: CheckedFigure;
  /** Employer (secondary) Class 1 National Insurance rate, a share of pay above the threshold. */
  employerNationalInsuranceRate: CheckedFigure;
  /** £ a year. */
  secondaryThreshold: CheckedFigure;
  /** £ a year off an employer's bill; providers only: councils and other public bodies cannot claim it. */
  employmentAllowance: CheckedFigure;
  /** Automatic enrolment: the employer's minimum share of qualifying earnings. */
  pensionEmployerMinimum: CheckedFigure;
  /** £ a year: qualifying earnings run from the lower to the upper limit. */
  pensionLowerLimit: CheckedFigure;
  pensionUpperLimit: CheckedFigure;
  /** £ a year at which a worker must be enrolled automatically. */
  pensionEarningsTrigger: CheckedFigure;
  /** Statutory paid holiday, weeks a year. */
  holidayWeeks: CheckedFigure;
  /** Homecare Association Minimum Price for Homecare, England, £ an hour. */
  homecareMinimumPrice: CheckedFigure;
  /** Living Wage Foundation real Living Wage, UK rate, £ an hour. */
  realLivingWage: CheckedFigure;
  /** HM Treasury Green Book discount rate for the first 30 years, real terms. */
  discountRate: CheckedFigure;
  tenant: TenantFigures;
}

/** The 2009 model's flat rates and printed amounts. */
export interface FlatRates {
  nationalInsuranceRate: Figure;
  coverRate: Figure;
  /** Applied to pay plus cover in the 2009 model. */
  superannuationRate: Figure;
  training: Figure;
  hourlyRateSupport: Figure;
  hourlyRateCare: Figure;
  managerSalary: Figure;
  /** The rate the 2009 text quotes for overnight waking care, "plus on-costs". */
  indicativeHourlyRate: Figure;
  tenantExpenditure: readonly { label: string; weekly: Figure }[];
  tenantIncome: readonly { label: string; weekly: Figure }[];
}

/** `cell`: what the pink ECH_PriceBase cell and the pane's list show (and what functions accept, as well as the id). */
export type PriceBase =
  | { id: string; cell: string; label: string; method: "flat"; flat: FlatRates }
  | { id: string; cell: string; label: string; method: "statutory"; from: string; rules: StatutoryRules };

// ---- Publications -------------------------------------------------------------------------------

const MODEL_2009: Source = {
  title: "Extra Care Housing (revenue cost model and tenant budget)",
  publisher: "Joint Improvement Team (Tony Homer)",
  date: "May 2009",
  section: "ECH care/support staffing; Staff on-costs; Indicative costs and sources of income for tenants",
};

const MINIMUM_WAGE_RATES: Source = {
  title: "National Minimum Wage and National Living Wage rates",
  publisher: "GOV.UK",
  date: "not dated (lists the April 2025 and April 2026 rates)",
  section: "Current rates; Previous rates: rates from 1 April 2024",
  url: "https://www.gov.uk/national-minimum-wage-rates",
};

const NI_ACT_2025_NOTES: Source = {
  title: "National Insurance Contributions (Secondary Class 1 Contributions) Act 2025: Explanatory Notes",
  publisher: "legislation.gov.uk (The National Archives)",
  date: "Act of 3 April 2025",
  section: "Commentary on provisions: sections 1, 2 and 3",
  url: "https://www.legislation.gov.uk/ukpga/2025/11/notes/division/6/index.htm",
};

const TPR_THRESHOLDS: Source = {
  title: "Automatic enrolment earnings thresholds",
  publisher: "The Pensions Regulator",
  date: "not dated (lists 2025-2026 and 2024-2025)",
  section: "Earnings thresholds for the current tax year; previous tax years",
  url: "https://www.thepensionsregulator.gov.uk/en/business-advisers/automatic-enrolment-guide-for-business-advisers/automatic-enrolment-earnings-threshold",
};

// The Act specifies £5,000 "for the tax year 2025-26" (s.2(4)) with no end date; HM Revenue and
// Customs' policy paper announcing it sets the period it runs for, which covers 2026-27.
const SECONDARY_THRESHOLD_POLICY: Source = {
  title:
    "Changes to the Class 1 National Insurance contributions Secondary Threshold, the Secondary Class 1 National Insurance contributions rate, and the Employment Allowance from 6 April 2025",
  publisher: "HM Revenue and Customs (GOV.UK policy paper)",
  date: "13 November 2024",
  section: 'General description of the measure ("£5,000 a year will be in effect from 6 April 2025 until 5 April 2028")',
  url: "https://www.gov.uk/government/publications/changes-to-the-class-1-national-insurance-contributions-secondary-threshold-the-secondary-class-1-national-insurance-contributions-rate-and-the-empl/changes-to-the-class-1-national-insurance-contributions-secondary-threshold-the-secondary-class-1-national-insurance-contributions-rate-and-the-empl",
};

const UPRATING_ORDER_2025: Source = {
  title: "Social Security Benefits Up-rating Order 2025 (the Minister's opening speech)",
  publisher: "UK Parliament, Hansard, House of Lords Grand Committee",
  date: "25 February 2025",
  section: '"the full rate of the new state pension will increase from £221.20 to £230.25 a week"',
  url: "https://parallelparliament.co.uk/debate/2025-02-25/lords/grand-committee/social-security-benefits-up-rating-order-2025/ministerial-extracts",
};

const BENEFIT_RATES_2024: Source = {
  title: "Benefit and pension rates 2024 to 2025",
  publisher: "Department for Work and Pensions (GOV.UK)",
  date: "28 November 2023",
  section: "Attendance Allowance (rates 2023/24 and 2024/25)",
  url: "https://www.gov.uk/government/publications/benefit-and-pension-rates-2024-to-2025/benefit-and-pension-rates-2024-to-2025",
};

const THRESHOLDS_2026: Source = {
  title: "Automatic Enrolment Earnings Trigger and Qualifying Earnings Band Review 2026-27 (written statement HCWS1206)",
  publisher: "UK Parliament, Hansard (Torsten Bell, Parliamentary Secretary to the Treasury)",
  date: "18 December 2025",
  url: "https://parallelparliament.co.uk/debate/2025-12-18/commons/written-statements/automatic-enrolment-earnings-trigger-and-qualifying-earnings-band-review-2026-27",
};

const TPR_CONTRIBUTIONS: Source = {
  title: "Employer pension contributions and funding",
  publisher: "The Pensions Regulator",
  date: "not dated (minimum from 6 April 2019)",
  section: "How much you must pay",
  url: "https://tpr.gov.uk/en/employers/managing-a-scheme/contributions-and-funding",
};

const HOLIDAY_ENTITLEMENT: Source = {
  title: "Holiday entitlement",
  publisher: "GOV.UK",
  date: "not dated",
  section: "Statutory annual leave entitlement",
  url: "https://www.gov.uk/holiday-entitlement-rights",
};

const GREEN_BOOK_REVIEW: Source = {
  title: "Review of discounting in the Green Book: Terms of Reference",
  publisher: "HM Treasury",
  date: "16 December 2025",
  section: "1. Discounting in the Green Book",
  url: "https://www.gov.uk/government/publications/green-book-discount-rate-review-2026/review-of-discounting-in-the-green-book-terms-of-reference",
};

const CHARGING_CIRCULAR_2024: Source = {
  title: "Social care - charging for care and support: local authority circular (2024 to 2025)",
  publisher: "Department of Health and Social Care",
  date: "9 February 2024",
  section: "Summary; Annex: Capital limits",
  url: "https://www.gov.uk/government/publications/social-care-charging-for-local-authorities-2024-to-2025/social-care-charging-for-care-and-support-local-authority-circular",
};

const BENEFIT_RATES_2026: Source = {
  title: "Proposed benefit and pension rates 2026 to 2027",
  publisher: "Department for Work and Pensions (GOV.UK)",
  date: "updated 12 January 2026",
  section: "Attendance Allowance (rates 2025/26 and 2026/27)",
  url: "https://www.gov.uk/government/publications/benefit-and-pension-rates-2026-to-2027/proposed-benefit-and-pension-rates-2026-to-2027",
};

// The stored copy of the page shows the 2025-26 rates (the guarantee "tops up ... to £227.10").
const PENSION_CREDIT_GUIDE_2025: Source = {
  title: "Pension Credit: What you'll get",
  publisher: "Department for Work and Pensions (GOV.UK)",
  date: "not dated (sets out the rates for 2025-26)",
  section: "If you have a severe disability",
  url: "https://www.gov.uk/pension-credit/what-youll-get",
};

const UPRATING_STATEMENT_2026: Source = {
  title: "Statutory Review of State Pension and Benefit Rates 2026-27 (written statement)",
  publisher: "UK Parliament, Hansard (Pat McFadden, Secretary of State for Work and Pensions)",
  date: "26 November 2025",
  section: "Standard Minimum Guarantee in Pension Credit",
  url: "https://parallelparliament.co.uk/mp/pat-mcfadden/debate/Commons/2025-11-26/debates/25112623000010/StatutoryReviewOfStatePensionAndBenefitRates2026-27",
};

const UPRATING_ORDER_2026: Source = {
  title: "Pensions and Social Security: Social Security Benefits Up-rating Order 2026 (the Minister's opening speech)",
  publisher: "UK Parliament, Hansard, House of Commons (Sir Stephen Timms, Minister for Social Security and Disability)",
  date: "10 February 2026",
  section: '"the full rate of the new state pension will increase from £230.25 at the moment to £241.30 per week"',
  url: "https://www.parallelparliament.co.uk/debate/2026-02-10/commons/commons-chamber/pensions-and-social-security",
};

const UPRATING_2024: Source = {
  title: "Benefits uprating 2024/25 (research briefing CBP-9872)",
  publisher: "House of Commons Library",
  date: "not dated (sets out the rates for 2024/25)",
  section: "Pension rates in 2024/25",
  url: "https://commonslibrary.parliament.uk/research-briefings/cbp-9872/",
};

// The Foundation names its rates by the year they are announced (October); accredited employers
// must pay them by 1 May of the next year, so the 2023-24 rate is the one paid through 2024-25.
const REAL_LIVING_WAGE_2023: Source = {
  title: "Real Living Wage increases to £12 in UK and £13.15 in London",
  publisher: "Living Wage Foundation",
  date: "24 October 2023 (the rates for 2023-24; employers have until 1 May 2024 to pay them)",
  section: "UK rate",
  url: "https://www.livingwage.org.uk/news/real-living-wage-increases-%C2%A312-uk-and-%C2%A31315-london",
};

function fig(value: number, source: Source): Figure {
  return { value, source };
}

function homecare(value: number, title: string, date: string, url: string): Figure {
  return fig(value, { title, publisher: "Homecare Association", date, url });
}

const NO_TENANT_FIGURES: TenantFigures = {
  newStatePensionFull: null,
  pensionCreditStandardGuaranteeSingle: null,
  pensionCreditSevereDisabilitySingle: null,
  attendanceAllowanceLower: null,
  attendanceAllowanceHigher: null,
  minimumIncomeGuaranteePensionAge: null,
  upperCapitalLimit: null,
  lowerCapitalLimit: null,
  tariffIncomePer250: null,
};

const HOLIDAY = fig(5.6, HOLIDAY_ENTITLEMENT);
const EMPLOYER_MINIMUM = fig(0.03, TPR_CONTRIBUTIONS);
const DISCOUNT = fig(0.035, GREEN_BOOK_REVIEW);
// The 15% rate and the £10,500 allowance are written into the Acts with no end date, so they hold
// for 2026-27.
const NI_RATE_FROM_2025 = fig(0.15, NI_ACT_2025_NOTES);
const ALLOWANCE_FROM_2025 = fig(10500, NI_ACT_2025_NOTES);

// ---- The price bases ----------------------------------------------------------------------------

export const PRICE_BASES: readonly PriceBase[] = [
  {
    id: "2009",
    cell: PUBLISHED_PRICE_BASE,
    label: "2009 published model (flat rates)",
    method: "flat",
    flat: {
      nationalInsuranceRate: fig(DEFAULT_ON_COSTS.ni, MODEL_2009),
      coverRate: fig(DEFAULT_ON_COSTS.cover, MODEL_2009),
      superannuationRate: fig(DEFAULT_ON_COSTS.superannuation, MODEL_2009),
      training: fig(DEFAULT_ON_COSTS.training, MODEL_2009),
      hourlyRateSupport: fig(PUBLISHED_SCHEME.hourlyRates.support, MODEL_2009),
      hourlyRateCare: fig(PUBLISHED_SCHEME.hourlyRates.care, MODEL_2009),
      managerSalary: fig(PUBLISHED_SCHEME.managerSalary, MODEL_2009),
      indicativeHourlyRate: fig(11.5, MODEL_2009),
      tenantExpenditure: DEFAULT_TENANT_EXPENDITURE.map((l) => ({ label: l.label, weekly: fig(l.amount, MODEL_2009) })),
      tenantIncome: DEFAULT_TENANT_INCOME.map((l) => ({ label: l.label, weekly: fig(l.amount, MODEL_2009) })),
    },
  },
  {
    id: "2024-25",
    cell: "2024-25",
    label: "Prices of 2024-25 (April 2024 to March 2025)",
    method: "statutory",
    from: "2024-04-01",
    rules: {
      nationalLivingWage: fig(11.44, MINIMUM_WAGE_RATES),
      employerNationalInsuranceRate: fig(0.138, NI_ACT_2025_NOTES),
      secondaryThreshold: fig(9100, NI_ACT_2025_NOTES),
      employmentAllowance: fig(5000, NI_ACT_2025_NOTES),
      pensionEmployerMinimum: EMPLOYER_MINIMUM,
      pensionLowerLimit: fig(6240, TPR_THRESHOLDS),
      pensionUpperLimit: fig(50270, TPR_THRESHOLDS),
      pensionEarningsTrigger: fig(10000, TPR_THRESHOLDS),
      holidayWeeks: HOLIDAY,
      homecareMinimumPrice: homecare(
        28.53,
        "Homecare Association publishes Minimum Price for Homecare 2024-25",
        "14 December 2023",
        "https://www.homecareassociation.org.uk/resource/homecare-association-publishes-minimum-price-for-homecare-2024-25.html",
      ),
      realLivingWage: fig(12, REAL_LIVING_WAGE_2023),
      discountRate: DISCOUNT,
      // The severe disability addition (£81.50) is known only from advice sites, not DWP's rates page.
      tenant: {
        ...NO_TENANT_FIGURES,
        newStatePensionFull: fig(221.2, UPRATING_2024),
        pensionCreditStandardGuaranteeSingle: fig(218.15, UPRATING_2024),
        attendanceAllowanceLower: fig(72.65, BENEFIT_RATES_2024),
        attendanceAllowanceHigher: fig(108.55, BENEFIT_RATES_2024),
        upperCapitalLimit: fig(23250, CHARGING_CIRCULAR_2024),
        lowerCapitalLimit: fig(14250, CHARGING_CIRCULAR_2024),
        tariffIncomePer250: fig(1, CHARGING_CIRCULAR_2024),
      },
    },
  },
  {
    id: "2025-26",
    cell: "2025-26",
    label: "Prices of 2025-26 (April 2025 to March 2026)",
    method: "statutory",
    from: "2025-04-01",
    rules: {
      nationalLivingWage: fig(12.21, MINIMUM_WAGE_RATES),
      employerNationalInsuranceRate: NI_RATE_FROM_2025,
      secondaryThreshold: fig(5000, NI_ACT_2025_NOTES),
      employmentAllowance: ALLOWANCE_FROM_2025,
      pensionEmployerMinimum: EMPLOYER_MINIMUM,
      pensionLowerLimit: fig(6240, TPR_THRESHOLDS),
      pensionUpperLimit: fig(50270, TPR_THRESHOLDS),
      pensionEarningsTrigger: fig(10000, TPR_THRESHOLDS),
      holidayWeeks: HOLIDAY,
      homecareMinimumPrice: homecare(
        32.14,
        "The Homecare Association releases its Minimum Price for Homecare 2025/26",
        "18 December 2024",
        "https://homecareassociation.org.uk/resource/the-homecare-association-releases-its-minimum-price-for-homecare-2025-26.html",
      ),
      // £12.60 (announced 23 October 2024) is known only from press reports, not the Foundation's page.
      realLivingWage: null,
      discountRate: DISCOUNT,
      // Pension Credit £227.10 is known only from press reports of the Minister's speeches.
      tenant: {
        ...NO_TENANT_FIGURES,
        newStatePensionFull: fig(230.25, UPRATING_ORDER_2025),
        pensionCreditSevereDisabilitySingle: fig(82.9, PENSION_CREDIT_GUIDE_2025),
        attendanceAllowanceLower: fig(73.9, BENEFIT_RATES_2026),
        attendanceAllowanceHigher: fig(110.4, BENEFIT_RATES_2026),
      },
    },
  },
  {
    id: "2026-27",
    cell: "2026-27",
    label: "Prices of 2026-27 (April 2026 to March 2027)",
    method: "statutory",
    from: "2026-04-01",
    rules: {
      nationalLivingWage: fig(12.71, MINIMUM_WAGE_RATES),
      employerNationalInsuranceRate: NI_RATE_FROM_2025,
      secondaryThreshold: fig(5000, SECONDARY_THRESHOLD_POLICY),
      employmentAllowance: ALLOWANCE_FROM_2025,
      pensionEmployerMinimum: EMPLOYER_MINIMUM,
      pensionLowerLimit: fig(6240, THRESHOLDS_2026),
      pensionUpperLimit: fig(50270, THRESHOLDS_2026),
      pensionEarningsTrigger: fig(10000, THRESHOLDS_2026),
      holidayWeeks: HOLIDAY,
      // Published 22 December 2025; the stored copy of the announcement does not show the figure.
      homecareMinimumPrice: null,
      // £13.45 (announced 22 October 2025) is known only from press reports, not the Foundation's page.
      realLivingWage: null,
      discountRate: DISCOUNT,
      // The severe disability addition (£86.05) is known only from a third-party calculator, not DWP's rates page.
      tenant: {
        ...NO_TENANT_FIGURES,
        newStatePensionFull: fig(241.3, UPRATING_ORDER_2026),
        pensionCreditStandardGuaranteeSingle: fig(238, UPRATING_STATEMENT_2026),
        attendanceAllowanceLower: fig(76.7, BENEFIT_RATES_2026),
        attendanceAllowanceHigher: fig(114.6, BENEFIT_RATES_2026),
      },
    },
  },
];

export const PRICE_BASE_IDS: readonly string[] = PRICE_BASES.map((p) => p.id);
/** The choices of the ECH_PriceBase cell, in order. */
export const PRICE_BASE_CELLS: readonly string[] = PRICE_BASES.map((p) => p.cell);

// ---- Helpers ------------------------------------------------------------------------------------

/**
 * The scheme's defaults at a price base: the published model's own figures (£10 rates, £26,000) under
 * its base, the current examples under any other. Choosing the published model is then one choice.
 */
export function schemeDefaults(id: string): SchemeInputs {
  const base = priceBase(id);
  if (base.method === "flat") return PUBLISHED_SCHEME;
  return { ...DEFAULT_SCHEME, priceBase: base.cell };
}

/** The bases by id and by cell, as given: the model looks one up for every scheme. */
const BY_NAME = new Map<string, PriceBase>(PRICE_BASES.flatMap((p) => [[p.id, p] as const, [p.cell, p] as const]));

export function priceBase(id: string): PriceBase {
  return BY_NAME.get(id) ?? findPriceBase(PRICE_BASES, id);
}

function statutory(id: string, what: string): StatutoryRules {
  const base = priceBase(id);
  if (base.method === "flat") throw flatBaseError(base.id, what);
  return base.rules;
}

/** The figure's value, or the user's entry when the figure is not verified (an empty pink cell). */
function checked(figure: CheckedFigure, entered: number | undefined, argument: string, what: string, id: string): number {
  if (entered !== undefined) return finite(argument, entered);
  if (figure === null) throw uncheckedError(argument, what, id);
  return figure.value;
}

/** £ an hour for workers aged 21 and over. */
export function nationalLivingWage(id: string): number {
  const base = priceBase(id);
  return livingWageOf({
    id: base.id,
    statutory: base.method === "statutory",
    nationalLivingWage: base.method === "statutory" ? (base.rules.nationalLivingWage?.value ?? null) : null,
  });
}

/** A message when the pay is under the automatic-enrolment earnings trigger, otherwise null. */
export function belowEarningsTrigger(annualPay: number, id: string): string | null {
  nonNegative("annualPay", annualPay);
  const rules = statutory(id, "automatic enrolment");
  const trigger = checked(rules.pensionEarningsTrigger, undefined, "pensionEarningsTrigger", "earnings trigger", id);
  if (annualPay >= trigger) return null;
  return `£${money(annualPay)} a year is under the automatic enrolment earnings trigger of £${money(trigger)} (${id}): the worker is not enrolled automatically but may opt in; the pension cost assumes they do.`;
}

/** A warning naming the rate and the National Living Wage when `rate` is below it; otherwise null. */
export function belowNationalLivingWage(rate: number, id: string): string | null {
  nonNegative("rate", rate);
  const base = priceBase(id);
  // The 2009 method predates the National Living Wage (April 2016): nothing to check against.
  if (base.method === "flat" || base.rules.nationalLivingWage === null) return null;
  const floor = base.rules.nationalLivingWage.value;
  if (rate >= floor) return null;
  return `£${money(rate)} an hour is below the National Living Wage of £${money(floor)} an hour (${base.id}, workers aged 21 and over).`;
}

/** Every figure of a statutory base that is not verified: the cells the user must enter. */
export function unverifiedFigures(id: string): string[] {
  const rules = statutory(id, "statutory figures");
  const top = Object.entries(rules)
    .filter(([k, v]) => k !== "tenant" && v === null)
    .map(([k]) => k);
  const tenant = Object.entries(rules.tenant)
    .filter(([, v]) => v === null)
    .map(([k]) => `tenant.${k}`);
  return [...top, ...tenant];
}

function money(x: number): string {
  return x.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
