/**
 * A tenant's weekly budget in England at a current price base, as rows of the calculation graph
 * (englishBudget.ts evaluates them): State Pension, Pension
 * Credit, Housing Benefit, Council Tax Reduction and Attendance Allowance against rent, service
 * charge, council tax, living costs and the person's assessed contribution to their care under the
 * Care Act 2014 charging rules. The published (Scottish) budget of budget.ts is untouched.
 *
 * The charging rule (Social care - charging for care and support: local authority circular,
 * Department of Health and Social Care, Annex to the circular: Capital limits; Minimum income
 * guarantee): above the upper capital limit the person pays the full cost of their care; between
 * the limits, £1 a week of tariff income is assumed for each £250 (or part) above the lower limit;
 * the weekly charge is assessable income + tariff income − Minimum Income Guarantee −
 * disability-related expenditure, never below 0 and never above the cost of the care.
 * Housing Benefit and Council Tax Reduction are disregarded as income for charging. The rules are
 * those of the Care and Support (Charging and Assessment of Resources) Regulations 2014
 * (SI 2014/2672): regulation 7 (minimum income guaranteed amount), 12 (capital limit), 15 and
 * Schedule 1 (sums disregarded), 25 (tariff income).
 */
import { FMT, calcRow, checkRowFor, fx, inputRow, text, type Expr, type Row } from "../calc";
import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from "./defaults";
import type { TenantFigures } from "./priceBase";
import { CURRENT, STATUTORY_BASES, chosen, priceBaseIndex, tableCell, type TableSpec } from "./priceRows";
import { unitCost } from "./scheme";
import { EXAMPLE_FIGURE, OWN_FIGURE } from "./sources";

const MONEY = "£#,##0.00;-£#,##0.00";
const WEEK = "£ a week";

export type TenantKey = keyof TenantFigures;
export interface TenantFigureSpec extends TableSpec {
  key: TenantKey;
  /** The argument of ECH.CARECHARGE that enters it when it is not verified. */
  argument: string;
}

/** The figures of the table of price bases on the Tenant budget sheet, in order. */
export const TENANT_FIGURES: readonly TenantFigureSpec[] = [
  {
    key: "newStatePensionFull",
    argument: "statePension",
    label: "New State Pension, full rate",
    what: "the full new State Pension",
    unit: WEEK,
    format: MONEY,
  },
  {
    key: "pensionCreditStandardGuaranteeSingle",
    argument: "pensionCreditGuarantee",
    label: "Pension Credit guarantee, single person",
    what: "the Pension Credit guarantee (single)",
    unit: WEEK,
    format: MONEY,
  },
  {
    key: "pensionCreditSevereDisabilitySingle",
    argument: "severeDisabilityAddition",
    label: "Pension Credit severe disability addition, single person",
    what: "the severe disability addition of Pension Credit",
    unit: WEEK,
    format: MONEY,
  },
  {
    key: "attendanceAllowanceLower",
    argument: "attendanceAllowance",
    label: "Attendance Allowance, lower rate",
    what: "the lower rate of Attendance Allowance",
    unit: WEEK,
    format: MONEY,
  },
  {
    key: "attendanceAllowanceHigher",
    argument: "attendanceAllowance",
    label: "Attendance Allowance, higher rate",
    what: "the higher rate of Attendance Allowance",
    unit: WEEK,
    format: MONEY,
  },
  {
    key: "minimumIncomeGuaranteePensionAge",
    argument: "minimumIncomeGuarantee",
    label: "Minimum Income Guarantee, pension age",
    what: "the Minimum Income Guarantee",
    unit: WEEK,
    format: MONEY,
  },
  {
    key: "lowerCapitalLimit",
    argument: "lowerCapitalLimit",
    label: "Lower capital limit",
    what: "the lower capital limit",
    unit: "£",
    format: FMT.money0,
  },
  {
    key: "upperCapitalLimit",
    argument: "upperCapitalLimit",
    label: "Upper capital limit",
    what: "the upper capital limit",
    unit: "£",
    format: FMT.money0,
  },
  {
    key: "tariffIncomePer250",
    argument: "tariffIncome",
    label: "Tariff income per £250 over lower limit",
    what: "the tariff income per £250",
    unit: WEEK,
    format: MONEY,
  },
];

/** TENANT_TABLE[key][k]: the cell of the k-th current price base. */
export const TENANT_TABLE: Readonly<Record<TenantKey, readonly Row[]>> = Object.fromEntries(
  TENANT_FIGURES.map((f) => [f.key, STATUTORY_BASES.map((b) => tableCell(`tenantTable.${b.id}.${f.key}`, b, f, b.rules.tenant[f.key]))]),
) as unknown as Record<TenantKey, readonly Row[]>;

/** The empty pink cells of the tenant table, with the base and figure each stands for. */
export const TENANT_ENTER_CELLS: readonly { row: Row; base: string; figure: TenantFigureSpec; column: number }[] = TENANT_FIGURES.flatMap(
  (f) =>
    TENANT_TABLE[f.key].flatMap((row, k) => (row.kind === "input" ? [{ row, base: STATUTORY_BASES[k].id, figure: f, column: k }] : [])),
);

/** The chosen base's figures ("" under the published model or while a cell is left empty). */
export const TENANT_FIGURE: Readonly<Record<TenantKey, Row>> = Object.fromEntries(
  TENANT_FIGURES.map((f) => [f.key, chosen(`tenantFigure.${f.key}`, f, TENANT_TABLE[f.key])]),
) as unknown as Record<TenantKey, Row>;

// ---- The tenant's pink cells --------------------------------------------------------------------

const AMOUNT = { kind: "number", min: 0 } as const;
const weekly = (id: string, label: string, prompt: string) =>
  inputRow(id, label, 0, { unit: WEEK, format: MONEY, rule: AMOUNT, prompt: `${prompt} £ a week; 0 if none.`, source: OWN_FIGURE });

export const ATTENDANCE_RATES = ["None", "Lower rate", "Higher rate"] as const;
export const YES_NO = ["No", "Yes"] as const;

/** The figure only a tenant with the severe disability addition needs; the others every tenant does. */
export const SEVERE_DISABILITY_FIGURE: TenantKey = "pensionCreditSevereDisabilitySingle";
/** The table's figures a tenant needs, with or without the severe disability addition. */
export const figuresNeeded = (severeDisability: boolean): readonly TenantFigureSpec[] =>
  TENANT_FIGURES.filter((f) => severeDisability || f.key !== SEVERE_DISABILITY_FIGURE);

export const ENGLISH_INPUT = {
  statePension: inputRow("english.statePensionWeek", "State Pension a week", null, {
    unit: WEEK,
    format: MONEY,
    rule: { kind: "number", min: 0, blank: true },
    blankMeans: "the full new State Pension of the price base (an example)",
    source: EXAMPLE_FIGURE,
    prompt:
      "The tenant's State Pension, £ a week: lower it for a basic State Pension or a part record; leave blank for the full new State Pension (an example).",
  }),
  occupationalPension: weekly(
    "english.occupationalPension",
    "Occupational or private pension a week",
    "The tenant's occupational or private pension: it counts as income for Pension Credit and for charging,",
  ),
  severeDisability: inputRow("english.severeDisability", "Severe disability addition", YES_NO[0], {
    rule: { kind: "list", list: YES_NO },
    source: OWN_FIGURE,
    prompt:
      "Yes if the tenant's Pension Credit includes the severe disability addition: they get Attendance Allowance (or a like benefit), live alone and no one gets Carer's Allowance for looking after them.",
  }),
  attendanceRate: inputRow("english.attendanceRate", "Attendance Allowance rate", "Higher rate", {
    rule: { kind: "list", list: ATTENDANCE_RATES },
    source: OWN_FIGURE,
    prompt: `Which rate of Attendance Allowance the tenant gets: ${ATTENDANCE_RATES.join(", ")}. It is not means-tested; the rate depends on the help needed by day and by night.`,
  }),
  housingBenefit: weekly(
    "english.housingBenefit",
    "Housing Benefit",
    "Housing Benefit the tenant receives: it depends on the rent, the service charge and the tenant's income, so enter it.",
  ),
  councilTaxReduction: weekly(
    "english.councilTaxReduction",
    "Council Tax Reduction",
    "Council Tax Reduction the tenant receives: each council runs its own scheme, so enter it.",
  ),
  rent: weekly("english.rent", "Rent", "The tenant's rent:"),
  serviceCharge: weekly("english.serviceCharge", "Service charge", "The scheme's service charge:"),
  councilTax: weekly("english.councilTax", "Council tax", "Council tax of the flat:"),
  livingCosts: weekly("english.livingCosts", "Living costs (food, fuel, other)", "The tenant's own living costs:"),
  capital: inputRow("english.capital", "Capital (savings, investments)", 0, {
    unit: "£",
    format: FMT.money0,
    rule: AMOUNT,
    source: OWN_FIGURE,
    prompt: "The tenant's capital after the disregards of the financial assessment, £; the home they rent is not capital.",
  }),
  careHours: inputRow("english.careHours", "Hours of care a week (an example)", 10, {
    unit: "hours a week",
    format: FMT.hours,
    rule: AMOUNT,
    source: EXAMPLE_FIGURE,
    prompt: "Hours of care a week the council arranges for the tenant (10 is an example).",
  }),
  careRate: inputRow("english.careRate", "Cost of care per hour", null, {
    unit: "£ an hour",
    format: MONEY,
    rule: { kind: "number", min: 0, blank: true },
    blankMeans: "the scheme's unit cost per hour (on the Staffing sheet)",
    source: OWN_FIGURE,
    prompt: "What the council pays for an hour of the tenant's care, £; leave blank for the scheme's unit cost per hour.",
  }),
  disabilityExpenditure: weekly(
    "english.disabilityExpenditure",
    "Disability-related expenditure",
    "Extra costs of the tenant's disability that the council allows in the financial assessment:",
  ),
} as const;

export const ENGLISH_INPUTS: readonly Row[] = Object.values(ENGLISH_INPUT);

// ---- The rows -----------------------------------------------------------------------------------

const money = (id: string, label: string, e: Expr, o: { note?: string; name?: string; total?: boolean; unit?: string } = {}) =>
  calcRow(id, label, e, { unit: WEEK, format: MONEY, ...o });

/** The cost of the care a week: hours × the entered rate, or × the scheme's unit cost when it is blank. */
export const careRateUsed = calcRow(
  "english.careRateUsed",
  "Cost of care per hour used",
  fx`IF(ISBLANK(${ENGLISH_INPUT.careRate}),IF(ISNUMBER(${unitCost}),${unitCost},""),${ENGLISH_INPUT.careRate})`,
  { unit: "£ an hour", format: MONEY, note: "the pink cell, or the scheme's unit cost per hour" },
);
export const careCostWeek = money(
  "english.careCost",
  "Cost of the care",
  fx`IF(ISNUMBER(${careRateUsed}),${ENGLISH_INPUT.careHours}*${careRateUsed},"")`,
  {
    note: "hours × cost per hour",
  },
);

/** Each pink cell's check; an empty cell of the tenant table is asked for by englishCheck, for the chosen base only. */
export const INPUT_CHECKS: ReadonlyMap<Row, Row> = new Map(ENGLISH_INPUTS.map((row): [Row, Row] => [row, checkRowFor(row)]));
/** The tenant table's pink cells: each blank, or a number of 0 or more. One row, each cell read once per test (formulas stay short). */
export const tableCheck = calcRow(
  "english.tableCheck",
  "Check of the table of figures",
  TENANT_ENTER_CELLS.reduceRight<Expr>(
    (rest, c) =>
      fx`IF(OR(ISBLANK(${c.row}),AND(ISNUMBER(${c.row}),${c.row}>=0)),${rest},${text(`${c.figure.label}, ${c.base}: enter a number, 0 or more, or leave it blank.`)})`,
    text("OK"),
  ),
  { check: true },
);

/** A figure of the chosen base left empty and needed: the severe disability addition only when the tenant has it. */
const wanted = (c: (typeof TENANT_ENTER_CELLS)[number]): Expr =>
  c.figure.key === SEVERE_DISABILITY_FIGURE
    ? fx`AND(${priceBaseIndex}=${c.column + 2},ISBLANK(${c.row}),${ENGLISH_INPUT.severeDisability}=${text(YES_NO[1])})`
    : fx`AND(${priceBaseIndex}=${c.column + 2},ISBLANK(${c.row}))`;

/** "OK", or the first figure of the chosen base still to be entered, or that the cost of care is missing. */
const missing: Expr = TENANT_ENTER_CELLS.reduceRight<Expr>(
  (rest, c) => fx`IF(${wanted(c)},${text(`Enter ${c.figure.what} for ${c.base} in the table below: it is not verified.`)},${rest})`,
  fx`IF(AND(${CURRENT},NOT(ISNUMBER(${careCostWeek}))),"Cost of care per hour: enter it, or complete the Inputs sheet for the unit cost.","OK")`,
);

// Nested IFs over the check rows, ending in `missing` (written once: the formula stays within Excel's limits).
export const englishCheck = calcRow(
  "englishCheck",
  "English budget check",
  [...INPUT_CHECKS.values(), tableCheck].reduceRight<Expr>((rest, c) => fx`IF(${c}<>"OK",${c},${rest})`, missing),
  {
    check: true,
    name: "ECH_EnglishBudgetCheck",
  },
);

/** A result: shown at a current price base once the English budget check is OK, "" otherwise. */
const when = (e: Expr): Expr => fx`IF(AND(${CURRENT},${englishCheck}="OK"),${e},"")`;

export const statePension = money(
  "english.statePension",
  "State Pension",
  when(fx`IF(ISBLANK(${ENGLISH_INPUT.statePension}),${TENANT_FIGURE.newStatePensionFull},${ENGLISH_INPUT.statePension})`),
  { note: "the pink cell, or the full new State Pension" },
);
export const occupationalPension = money(
  "english.occupationalPensionUsed",
  "Occupational or private pension",
  when(fx`${ENGLISH_INPUT.occupationalPension}`),
);
/** The addition of the Pension Credit guarantee (State Pension Credit Regulations 2002, regulation 6(4) and Schedule I). */
export const severeDisabilityAddition = money(
  "english.severeDisabilityAddition",
  "Severe disability addition",
  when(fx`IF(${ENGLISH_INPUT.severeDisability}=${text(YES_NO[1])},${TENANT_FIGURE.pensionCreditSevereDisabilitySingle},0)`),
  { note: "added to the guarantee Pension Credit tops income up to" },
);
export const pensionCredit = money(
  "english.pensionCredit",
  "Pension Credit (guarantee credit)",
  when(
    fx`MAX(0,${TENANT_FIGURE.pensionCreditStandardGuaranteeSingle}+${severeDisabilityAddition}-(${statePension}+${occupationalPension}))`,
  ),
  { note: "tops State Pension and other pension up to the guarantee" },
);
export const attendanceAllowance = money(
  "english.attendanceAllowance",
  "Attendance Allowance",
  when(
    fx`IF(${ENGLISH_INPUT.attendanceRate}=${text(ATTENDANCE_RATES[2])},${TENANT_FIGURE.attendanceAllowanceHigher},IF(${ENGLISH_INPUT.attendanceRate}=${text(ATTENDANCE_RATES[1])},${TENANT_FIGURE.attendanceAllowanceLower},0))`,
  ),
);
export const weeklyIncome = money(
  "english.income",
  "Weekly income",
  when(
    fx`${statePension}+${occupationalPension}+${pensionCredit}+${ENGLISH_INPUT.housingBenefit}+${ENGLISH_INPUT.councilTaxReduction}+${attendanceAllowance}`,
  ),
  { total: true, name: "ECH_EnglishWeeklyIncome" },
);
export const weeklyExpenditure = money(
  "english.expenditure",
  "Expenditure a week, before care",
  when(fx`${ENGLISH_INPUT.rent}+${ENGLISH_INPUT.serviceCharge}+${ENGLISH_INPUT.councilTax}+${ENGLISH_INPUT.livingCosts}`),
  { total: true },
);
/** The tenant's own housing costs; the charging rule for them is not applied (not found in the regulations). */
export const housingCostsNet = money(
  "english.housingCostsNet",
  "Housing costs after Housing Benefit",
  when(fx`${ENGLISH_INPUT.rent}+${ENGLISH_INPUT.serviceCharge}-${ENGLISH_INPUT.housingBenefit}`),
  { note: "rent + service charge − Housing Benefit" },
);
/** Income the council counts: Housing Benefit and Council Tax Reduction are disregarded. */
export const assessableIncome = money(
  "english.assessable",
  "Income assessed for charging",
  when(fx`${statePension}+${occupationalPension}+${pensionCredit}+${attendanceAllowance}`),
  { note: "Housing Benefit and Council Tax Reduction are disregarded" },
);
export const tariffIncome = money(
  "english.tariff",
  "Tariff income from capital",
  when(
    fx`IF(${ENGLISH_INPUT.capital}<=${TENANT_FIGURE.lowerCapitalLimit},0,ROUNDUP((MIN(${ENGLISH_INPUT.capital},${TENANT_FIGURE.upperCapitalLimit})-${TENANT_FIGURE.lowerCapitalLimit})/250,0)*${TENANT_FIGURE.tariffIncomePer250})`,
  ),
  { note: "£1 a week for each £250 (or part) above the lower limit" },
);
export const careCharge = money(
  "english.charge",
  "Contribution to the cost of care",
  when(
    fx`IF(${ENGLISH_INPUT.capital}>${TENANT_FIGURE.upperCapitalLimit},${careCostWeek},MIN(${careCostWeek},MAX(0,${assessableIncome}+${tariffIncome}-${TENANT_FIGURE.minimumIncomeGuaranteePensionAge}-${ENGLISH_INPUT.disabilityExpenditure})))`,
  ),
  { note: "Care Act 2014 charging rules", name: "ECH_CareContribution" },
);
export const leftWeek = money("english.left", "Left a week", when(fx`${weeklyIncome}-${weeklyExpenditure}-${careCharge}`), {
  note: "income − expenditure − contribution",
  name: "ECH_EnglishLeftWeekly",
});
export const leftMonth = money("english.leftMonthly", "Left a month", when(fx`${leftWeek}*${WEEKS_PER_YEAR}/${MONTHS_PER_YEAR}`), {
  unit: "£ a month",
  note: "weekly × 52 ÷ 12",
  total: true,
});

export const ENGLISH_RESULTS: readonly Row[] = [
  statePension,
  occupationalPension,
  severeDisabilityAddition,
  pensionCredit,
  attendanceAllowance,
  weeklyIncome,
  weeklyExpenditure,
  housingCostsNet,
  assessableIncome,
  tariffIncome,
  careCharge,
  leftWeek,
  leftMonth,
];
