/**
 * A tenant's weekly budget in England at a current price base (issue 11): State Pension, Pension
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
import { Program } from "../calc/graph";
import { FMT, calcRow, checkRowFor, fx, inputRow, text, type Expr, type Row, type Value } from "../calc";
import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from "./defaults";
import { InputError } from "./errors";
import { priceBase, type TenantFigures } from "./priceBase";
import { CURRENT, STATUTORY_BASES, chosen, priceBaseIndex, priceBaseInput, tableCell, type Statutory, type TableSpec } from "./priceRows";
import { unitCost } from "./scheme";
import { checkParam } from "./options";
import { finite, nonNegative } from "./validate";
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
export const TF: Readonly<Record<TenantKey, Row>> = Object.fromEntries(
  TENANT_FIGURES.map((f) => [f.key, chosen(`tenantFigure.${f.key}`, f, TENANT_TABLE[f.key])]),
) as unknown as Record<TenantKey, Row>;

// ---- The tenant's pink cells --------------------------------------------------------------------

const AMOUNT = { kind: "number", min: 0 } as const;
const weekly = (id: string, label: string, prompt: string) =>
  inputRow(id, label, 0, { unit: WEEK, format: MONEY, rule: AMOUNT, prompt: `${prompt} £ a week; 0 if none.`, source: OWN_FIGURE });

export const ATTENDANCE_RATES = ["None", "Lower rate", "Higher rate"] as const;

export const E = {
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

export const ENGLISH_INPUTS: readonly Row[] = Object.values(E);

// ---- The rows -----------------------------------------------------------------------------------

const money = (id: string, label: string, e: Expr, o: { note?: string; name?: string; total?: boolean; unit?: string } = {}) =>
  calcRow(id, label, e, { unit: WEEK, format: MONEY, ...o });

/** The cost of the care a week: hours × the entered rate, or × the scheme's unit cost when it is blank. */
export const careRateUsed = calcRow(
  "english.careRateUsed",
  "Cost of care per hour used",
  fx`IF(ISBLANK(${E.careRate}),IF(ISNUMBER(${unitCost}),${unitCost},""),${E.careRate})`,
  { unit: "£ an hour", format: MONEY, note: "the pink cell, or the scheme's unit cost per hour" },
);
export const careCostWeek = money(
  "english.careCost",
  "Cost of the care",
  fx`IF(ISNUMBER(${careRateUsed}),${E.careHours}*${careRateUsed},"")`,
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

/** "OK", or the first figure of the chosen base still to be entered, or that the cost of care is missing. */
const missing: Expr = TENANT_ENTER_CELLS.reduceRight<Expr>(
  (rest, c) =>
    fx`IF(AND(${priceBaseIndex}=${c.column + 2},ISBLANK(${c.row})),${text(
      `Enter ${c.figure.what} for ${c.base} in the table above: it is not verified.`,
    )},${rest})`,
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

export const statePension = money("english.statePension", "New State Pension (full rate)", when(fx`${TF.newStatePensionFull}`));
export const pensionCredit = money(
  "english.pensionCredit",
  "Pension Credit (guarantee credit)",
  when(fx`MAX(0,${TF.pensionCreditStandardGuaranteeSingle}-${statePension})`),
  { note: "tops income up to the standard minimum guarantee" },
);
export const attendanceAllowance = money(
  "english.attendanceAllowance",
  "Attendance Allowance",
  when(
    fx`IF(${E.attendanceRate}=${text(ATTENDANCE_RATES[2])},${TF.attendanceAllowanceHigher},IF(${E.attendanceRate}=${text(ATTENDANCE_RATES[1])},${TF.attendanceAllowanceLower},0))`,
  ),
);
export const weeklyIncome = money(
  "english.income",
  "Weekly income",
  when(fx`${statePension}+${pensionCredit}+${E.housingBenefit}+${E.councilTaxReduction}+${attendanceAllowance}`),
  { total: true, name: "ECH_EnglishWeeklyIncome" },
);
export const weeklyExpenditure = money(
  "english.expenditure",
  "Expenditure a week, before care",
  when(fx`${E.rent}+${E.serviceCharge}+${E.councilTax}+${E.livingCosts}`),
  { total: true },
);
/** Income the council counts: Housing Benefit and Council Tax Reduction are disregarded. */
export const assessableIncome = money(
  "english.assessable",
  "Income assessed for charging",
  when(fx`${statePension}+${pensionCredit}+${attendanceAllowance}`),
  { note: "Housing Benefit and Council Tax Reduction are disregarded" },
);
export const tariffIncome = money(
  "english.tariff",
  "Tariff income from capital",
  when(
    fx`IF(${E.capital}<=${TF.lowerCapitalLimit},0,ROUNDUP((MIN(${E.capital},${TF.upperCapitalLimit})-${TF.lowerCapitalLimit})/250,0)*${TF.tariffIncomePer250})`,
  ),
  { note: "£1 a week for each £250 (or part) above the lower limit" },
);
export const careCharge = money(
  "english.charge",
  "Contribution to the cost of care",
  when(
    fx`IF(${E.capital}>${TF.upperCapitalLimit},${careCostWeek},MIN(${careCostWeek},MAX(0,${assessableIncome}+${tariffIncome}-${TF.minimumIncomeGuaranteePensionAge}-${E.disabilityExpenditure})))`,
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
  pensionCredit,
  attendanceAllowance,
  weeklyIncome,
  weeklyExpenditure,
  assessableIncome,
  tariffIncome,
  careCharge,
  leftWeek,
  leftMonth,
];

// ---- Evaluated in TypeScript --------------------------------------------------------------------

export interface EnglishBudgetInputs {
  priceBase: string;
  attendanceRate?: (typeof ATTENDANCE_RATES)[number];
  housingBenefit?: number;
  councilTaxReduction?: number;
  rent?: number;
  serviceCharge?: number;
  councilTax?: number;
  livingCosts?: number;
  capital?: number;
  /** The cost of the tenant's care a week (hours × cost per hour). */
  careCostPerWeek: number;
  disabilityExpenditure?: number;
  /** Figures of the price base that are not verified (empty pink cells), by key. */
  entered?: Partial<Record<TenantKey, number>>;
}

export interface EnglishBudget {
  statePension: number;
  pensionCredit: number;
  attendanceAllowance: number;
  weeklyIncome: number;
  weeklyExpenditure: number;
  assessableIncome: number;
  tariffIncome: number;
  careCharge: number;
  leftWeek: number;
  leftMonth: number;
}

const ALL_FIGURES: readonly TenantKey[] = TENANT_FIGURES.map((f) => f.key);
const GIVEN: readonly Row[] = [priceBaseInput, ...ENGLISH_INPUTS, ...TENANT_ENTER_CELLS.map((c) => c.row), careCostWeek];
const PROGRAM = new Program(GIVEN, ENGLISH_RESULTS);

/** For each current base, each figure: its empty pink cell, or undefined when the figure is published. */
const ENTER_CELL: ReadonlyMap<string, readonly (Row | undefined)[]> = new Map(
  STATUTORY_BASES.map((b) => [b.id, TENANT_FIGURES.map((f) => TENANT_ENTER_CELLS.find((c) => c.base === b.id && c.figure === f)?.row)]),
);

/**
 * Fills the tenant table's empty pink cells through `set`: the base's own from `entered` (each of
 * `needed` must be there), the other bases' left empty. A figure that is verified cannot be entered.
 */
function enterFigures(
  set: (row: Row, value: Value) => void,
  id: string,
  entered: Partial<Record<TenantKey, number>> | undefined,
  needed: readonly TenantKey[],
): void {
  for (let k = 0; k < TENANT_ENTER_CELLS.length; k++) set(TENANT_ENTER_CELLS[k].row, null);
  const cells = ENTER_CELL.get(id)!;
  for (let k = 0; k < TENANT_FIGURES.length; k++) {
    const f = TENANT_FIGURES[k];
    const given = entered?.[f.key];
    const cell = cells[k];
    if (!cell) {
      if (given !== undefined) {
        throw new InputError(f.argument, `${f.what} for ${id} is the published figure; leave the argument empty.`);
      }
      continue;
    }
    if (given === undefined) {
      if (needed.includes(f.key)) {
        throw new InputError(f.argument, `${f.what} for ${id} has not been checked against a publication; enter it.`);
      }
      continue;
    }
    set(cell, nonNegative(f.argument, finite(f.argument, given)));
  }
}

/** A figure of the base: the published one, or the entry for its pink cell. */
/** A figure of the base: the published one, else the one entered. */
export function figureValue(base: Statutory, key: TenantKey, entered: Partial<Record<TenantKey, number>> | undefined): number {
  return base.rules.tenant[key]?.value ?? (entered?.[key] as number);
}

function amount(argument: string, value: number | undefined): number {
  return value === undefined ? 0 : nonNegative(argument, value, "an amount in £ a week");
}

/** The English weekly budget of a tenant at a current price base; throws InputError naming the argument. */
export function englishBudget(a: EnglishBudgetInputs): EnglishBudget {
  const base = priceBase(a.priceBase);
  if (base.method !== "statutory") {
    throw new InputError(
      "priceBase",
      "the published model's budget is the Scottish one of 2009; choose a current price base for the English budget.",
    );
  }
  const rate = a.attendanceRate ?? "Higher rate";
  if (!ATTENDANCE_RATES.includes(rate)) {
    throw new InputError("attendanceRate", `is "${String(rate)}"; use ${ATTENDANCE_RATES.map((r) => `"${r}"`).join(", ")}.`, "type");
  }
  const values = new Map<Row, Value>([
    [priceBaseInput, base.cell],
    [E.attendanceRate, rate],
    [E.housingBenefit, amount("housingBenefit", a.housingBenefit)],
    [E.councilTaxReduction, amount("councilTaxReduction", a.councilTaxReduction)],
    [E.rent, amount("rent", a.rent)],
    [E.serviceCharge, amount("serviceCharge", a.serviceCharge)],
    [E.councilTax, amount("councilTax", a.councilTax)],
    [E.livingCosts, amount("livingCosts", a.livingCosts)],
    [E.capital, nonNegative("capital", a.capital ?? 0, "an amount in £")],
    [E.careHours, 0],
    [E.careRate, null],
    [E.disabilityExpenditure, amount("disabilityExpenditure", a.disabilityExpenditure)],
    [careCostWeek, nonNegative("careCostPerWeek", a.careCostPerWeek, "an amount in £ a week")],
  ]);
  enterFigures((row, v) => values.set(row, v), base.id, a.entered, ALL_FIGURES);
  const r = PROGRAM.run(GIVEN.map((row) => [values.get(row) ?? null]));
  const n = (row: Row) => r.number(row);
  return {
    statePension: n(statePension),
    pensionCredit: n(pensionCredit),
    attendanceAllowance: n(attendanceAllowance),
    weeklyIncome: n(weeklyIncome),
    weeklyExpenditure: n(weeklyExpenditure),
    assessableIncome: n(assessableIncome),
    tariffIncome: n(tariffIncome),
    careCharge: n(careCharge),
    leftWeek: n(leftWeek),
    leftMonth: n(leftMonth),
  };
}

// ---- The contribution alone (ECH.CARECHARGE) ----------------------------------------------------

// The first six rows are given in this order by careChargeWeekly; the tenant table's cells follow.
const CHARGE_GIVEN: readonly Row[] = [
  priceBaseInput,
  englishCheck,
  assessableIncome,
  E.capital,
  careCostWeek,
  E.disabilityExpenditure,
  ...TENANT_ENTER_CELLS.map((c) => c.row),
];
/** One cell a given row, refilled on each call (no allocation on the hot path; calls never overlap). */
const CHARGE_VALUES: Value[][] = CHARGE_GIVEN.map(() => [null]);
const CHARGE_AT = new Map<Row, number>(CHARGE_GIVEN.map((row, k) => [row, k]));
const setCharge = (row: Row, value: Value) => {
  CHARGE_VALUES[CHARGE_AT.get(row)!][0] = value;
};
const CHARGE_PROGRAM = new Program(CHARGE_GIVEN, [tariffIncome, careCharge]);
/** The figures the contribution is worked out from (careChargeWeekly takes these alone as entered). */
export const CHARGE_FIGURES: readonly TenantKey[] = [
  "minimumIncomeGuaranteePensionAge",
  "lowerCapitalLimit",
  "upperCapitalLimit",
  "tariffIncomePer250",
];

export interface CareChargeInputs {
  priceBase: string;
  /** Weekly income the council counts (Housing Benefit and Council Tax Reduction left out). */
  weeklyIncome: number;
  capital: number;
  careCostPerWeek: number;
  disabilityExpenditure?: number;
  /** The Minimum Income Guarantee, capital limits and tariff income where the base has none verified. */
  entered?: Partial<Record<TenantKey, number>>;
}

export interface CareCharge {
  tariffIncome: number;
  charge: number;
}

/** A person's assessed contribution to their care a week under the Care Act 2014 charging rules. */
export function careChargeWeekly(a: CareChargeInputs): CareCharge {
  const base = priceBase(a.priceBase);
  if (base.method !== "statutory") {
    throw new InputError(
      "priceBase",
      "the published model's price base is Scottish (free personal care); choose a current price base for the English charging rules.",
    );
  }
  const v = CHARGE_VALUES;
  v[0][0] = base.cell;
  v[1][0] = "OK";
  v[2][0] = nonNegative("weeklyIncome", a.weeklyIncome, "an amount in £ a week");
  v[3][0] = nonNegative("capital", a.capital, "an amount in £");
  v[4][0] = nonNegative("careCostPerWeek", a.careCostPerWeek, "an amount in £ a week");
  v[5][0] = amount("disabilityExpenditure", a.disabilityExpenditure);
  enterFigures(setCharge, base.id, a.entered, CHARGE_FIGURES);
  const lower = figureValue(base, "lowerCapitalLimit", a.entered);
  const upper = figureValue(base, "upperCapitalLimit", a.entered);
  if (lower > upper) throw new InputError("lowerCapitalLimit", `£${lower} is above the upper capital limit of £${upper}.`);
  const r = CHARGE_PROGRAM.run(v);
  return { tariffIncome: r.number(tariffIncome), charge: r.number(careCharge) };
}

// ---- The pink cells as template inputs (ech-templates --inputs) ----------------------------------

/** The English budget's pink cells by key ("rent", "careRate", …): numbers, the Attendance Allowance rate as text, null for a blank cost per hour. */
export type EnglishCells = Readonly<Record<string, number | string | null>>;

const cellKey = (row: Row) => row.id.replace(/^english\./, "");

export const DEFAULT_ENGLISH_CELLS: EnglishCells = Object.fromEntries(
  ENGLISH_INPUTS.map((row) => [cellKey(row), row.values![0] as number | string | null]),
);

/** Every figure of the tenant table left for the user to enter, empty: base → figure → null. */
export const NO_TENANT_ENTRIES: Readonly<Record<string, Readonly<Record<string, number | null>>>> = TENANT_ENTER_CELLS.reduce<
  Record<string, Record<string, number | null>>
>((out, c) => ({ ...out, [c.base]: { ...out[c.base], [c.figure.key]: null } }), {});

/** Throws InputError naming the key ("englishTenant.rent", "enteredTenantFigures.2026-27.lowerCapitalLimit") unless every value can be used. */
export function checkEnglishCells(cells: EnglishCells, entered: typeof NO_TENANT_ENTRIES): void {
  for (const row of ENGLISH_INPUTS) {
    const key = `englishTenant.${cellKey(row)}`;
    const value = cells[cellKey(row)];
    const rule = row.input!.rule;
    if (rule.kind === "list") {
      if (typeof value !== "string" || !(rule.list ?? []).includes(value)) {
        throw new InputError(key, `is "${String(value)}"; use ${(rule.list ?? []).map((r) => `"${r}"`).join(", ")}.`, "type");
      }
    } else checkParam(key, value as number | null, rule);
  }
  for (const [base, figures] of Object.entries(entered)) {
    for (const [figure, value] of Object.entries(figures)) {
      const known = TENANT_ENTER_CELLS.some((c) => c.base === base && c.figure.key === figure);
      const key = `enteredTenantFigures.${base}.${figure}`;
      if (!known) throw new InputError(key, "is not a figure left to enter for that price base.", "type");
      if (value !== null) nonNegative(key, value);
    }
  }
}

/** The pink cells' values: the tenant's cells and the tenant table's entered figures. */
export function englishValues(cells: EnglishCells, entered: typeof NO_TENANT_ENTRIES): Map<Row, readonly Value[]> {
  const v = new Map<Row, readonly Value[]>(ENGLISH_INPUTS.map((row) => [row, [cells[cellKey(row)] ?? null]]));
  for (const c of TENANT_ENTER_CELLS) v.set(c.row, [entered[c.base]?.[c.figure.key] ?? null]);
  return v;
}
