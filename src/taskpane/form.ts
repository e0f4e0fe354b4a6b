/**
 * The pane's headline inputs as the user types them, and their validation. The rules are the
 * model's own validators (so the pane, the functions and the templates agree); this file only turns
 * typed text into numbers and model errors into messages next to the right field.
 */
import {
  averageContributions,
  ENTER_CELLS,
  PRICE_BASES,
  PUBLISHED_PRICE_BASE,
  EMPLOYMENT_ALLOWANCE,
  SUPPORT_FUNDING,
  DEFAULT_SUPPORT_FUNDING,
  belowNationalLivingWage,
  checkParam,
  priceBase as findPriceBase,
  computeScheme,
  isInputError,
  nonNegative,
  share,
  sharesSummingToOne,
  wholeNumber,
  DEFAULT_SCHEME,
  schemeDefaults,
  SHARE_SUM_TOLERANCE,
  type SchemeInputs,
  type SchemeResult,
  type Triple,
} from "../model";
import type { Contributions } from "../decisions/optionComparison";

export const BAND_FIELDS = ["shareLow", "shareMedium", "shareHigh"] as const;
/** Tenants' contributions to their care by needs band: the share who pay for all of it (%), the others' average (£ a week). */
export const SELF_FUNDER_FIELDS = ["selfFunderLow", "selfFunderMedium", "selfFunderHigh"] as const;
export const CONTRIBUTION_FIELDS = ["contributionLow", "contributionMedium", "contributionHigh"] as const;

export type FieldId =
  | "scheme"
  | "tenants"
  | (typeof BAND_FIELDS)[number]
  | (typeof SELF_FUNDER_FIELDS)[number]
  | (typeof CONTRIBUTION_FIELDS)[number]
  | "rateSupport"
  | "rateCare"
  | "priceBase"
  | "secondaryThreshold"
  | PayRateField
  | "employmentAllowance"
  | "supportFunding";

/** Pay rates used only at a current price base, with the pay input each one sets. */
export const PAY_RATE_FIELDS = { rateTeamLeader: "teamLeaderRate", rateNight: "nightRate" } as const;
export type PayRateField = keyof typeof PAY_RATE_FIELDS;

/** Statutory pay rules apply: the team leader's and the night rate count, and every rate is checked against the National Living Wage. */
export function isCurrentPriceBase(priceBase: string): boolean {
  return PRICE_BASES.some((p) => p.cell === priceBase && p.method === "statutory");
}

/** The price bases the pane offers, as the workbook's ECH_PriceBase cell shows them. */
export const PRICE_BASE_CHOICES: readonly string[] = PRICE_BASES.map((p) => p.cell);

/** The figure the chosen base needs the user to enter (not checked against a publication), if any. */
export function thresholdToEnter(priceBase: string): string | null {
  const c = ENTER_CELLS.find(
    (e) => e.figure.needed && e.figure.key === "secondaryThreshold" && PRICE_BASES.find((p) => p.cell === priceBase)?.id === e.base,
  );
  return c ? c.base : null;
}

/** What the user typed, field by field (percentages as percent, money in £). */
export type FormText = Record<FieldId, string>;

/** "bandMix": the three shares together; "form": anything the model rejects that no field owns. */
export type FieldErrors = Partial<Record<FieldId | "bandMix" | "form", string>>;

export const SCHEME_NAME_MAX = 60;

function percentText(share: number): string {
  return String(Number((share * 100).toPrecision(10)));
}

export function defaultFormText(base: SchemeInputs = DEFAULT_SCHEME, scheme = ""): FormText {
  return {
    scheme,
    tenants: String(base.tenants),
    shareLow: percentText(base.bandShares[0]),
    shareMedium: percentText(base.bandShares[1]),
    shareHigh: percentText(base.bandShares[2]),
    // None until the user enters their own: no published averages exist.
    selfFunderLow: "0",
    selfFunderMedium: "0",
    selfFunderHigh: "0",
    contributionLow: "0",
    contributionMedium: "0",
    contributionHigh: "0",
    supportFunding: DEFAULT_SUPPORT_FUNDING,
    rateSupport: String(base.hourlyRates.support),
    rateCare: String(base.hourlyRates.care),
    rateTeamLeader: String(payOf(base).teamLeaderRate),
    rateNight: String(payOf(base).nightRate),
    employmentAllowance: payOf(base).employmentAllowance,
    priceBase: base.priceBase === undefined ? PUBLISHED_PRICE_BASE : findPriceBase(base.priceBase).cell,
    secondaryThreshold: "",
  };
}

function payOf(base: SchemeInputs) {
  return base.pay ?? DEFAULT_SCHEME.pay!;
}

/** Reads a number as people type it in the UK: "1,250", "£10.50", "27%" and " 35 " all count. */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/[£,%\s]/g, "");
  if (cleaned === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** The model's message without its "argument: " prefix (the field already says which input). */
export function messageOf(e: unknown): string {
  if (isInputError(e)) return e.message.slice(e.argument.length + 2).replace(/^./, (c) => c.toUpperCase());
  return e instanceof Error ? e.message : String(e);
}

/** Runs a model check; false (and the message on the field) when it fails. */
function check(errors: FieldErrors, field: keyof FieldErrors, run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (e) {
    errors[field] = messageOf(e);
    return false;
  }
}

export interface FormState {
  errors: FieldErrors;
  /** A pay rate below the National Living Wage, by field: shown in red, the results still stand. */
  warnings: FieldErrors;
  /** The scheme inputs when every field is valid, else null. */
  inputs: SchemeInputs | null;
  /** What the tenants pay towards their care, when every field is valid, else null. */
  contributions: Contributions | null;
  result: SchemeResult | null;
}

const NUMBER_HINT: Record<
  Exclude<FieldId, "scheme" | "priceBase" | "secondaryThreshold" | PayRateField | "employmentAllowance" | "supportFunding">,
  string
> = {
  tenants: "Enter the number of tenants, for example 35.",
  shareLow: "Enter a percentage, for example 27.",
  shareMedium: "Enter a percentage, for example 46.",
  shareHigh: "Enter a percentage, for example 27.",
  rateSupport: "Enter an hourly rate in £, for example 10.50.",
  rateCare: "Enter an hourly rate in £, for example 10.50.",
  ...(Object.fromEntries(SELF_FUNDER_FIELDS.map((f) => [f, "Enter a percentage, for example 10 (0 if none)."])) as Record<
    (typeof SELF_FUNDER_FIELDS)[number],
    string
  >),
  ...(Object.fromEntries(CONTRIBUTION_FIELDS.map((f) => [f, "Enter an amount in £ a week, for example 25 (0 if none)."])) as Record<
    (typeof CONTRIBUTION_FIELDS)[number],
    string
  >),
};

const PAY_RATE_HINT: Record<PayRateField, string> = {
  rateTeamLeader: "Enter the team leader's hourly pay in £, for example 14.00.",
  rateNight: "Enter the hourly pay for waking nights in £, for example 13.00.",
};

/** A number for people: no floating-point noise (27.1 + 46 + 27 is 100.1, not 100.10000000000001). */
function plainNumber(x: number): string {
  return String(Number(x.toPrecision(10)));
}

export interface BandTotal {
  /** The three shares added up, in %; a share that is not a number yet counts as 0. */
  total: number;
  /** True when the total is 100% (within the model's tolerance). */
  ok: boolean;
  /** "Total 100%", "Total 90%: 10 points short" or "Total 105%: 5 points over". */
  message: string;
}

/** The band mix's total as the user types, with how far it is from 100%. */
export function bandTotal(text: FormText): BandTotal {
  const values = BAND_FIELDS.map((f) => parseNumber(text[f]) ?? 0);
  const total = values.reduce((sum, v) => sum + v, 0);
  const diff = total - 100;
  // The model's own test (sharesSummingToOne), in the same arithmetic, so the two always agree.
  const ok = Math.abs(values.reduce((sum, v) => sum + v / 100, 0) - 1) <= SHARE_SUM_TOLERANCE;
  const points = (n: number) => `${plainNumber(n)} ${plainNumber(n) === "1" ? "point" : "points"}`;
  const message = ok
    ? `Total ${plainNumber(total)}%`
    : `Total ${plainNumber(total)}%: ${points(Math.abs(diff))} ${diff < 0 ? "short" : "over"}`;
  return { total, ok, message };
}

/** The scheme's defaults for the fields the pane does not show, at the price base typed (the current examples if it is not one). */
function defaultsAt(priceBase: string): SchemeInputs {
  try {
    return schemeDefaults(priceBase);
  } catch {
    return DEFAULT_SCHEME;
  }
}

/**
 * The form after the user chooses a price base: a rate field still showing the old base's default
 * takes the new base's, so choosing "2009 (published model)" gives the published figures, and a
 * current base its examples; a rate the user typed is kept.
 */
export function choosePriceBase(text: FormText, priceBase: string): FormText {
  const before = defaultFormText(defaultsAt(text.priceBase), text.scheme);
  const after = defaultFormText(defaultsAt(priceBase), text.scheme);
  const next: FormText = { ...text, priceBase };
  for (const field of ["rateSupport", "rateCare", "rateTeamLeader", "rateNight"] as const)
    if (parseNumber(text[field]) === parseNumber(before[field])) next[field] = after[field];
  return next;
}

/** Validates every field and, when all are valid, computes the scheme with the model. */
export function evaluateForm(text: FormText, base: SchemeInputs = defaultsAt(text.priceBase)): FormState {
  const errors: FieldErrors = {};
  const warnings: FieldErrors = {};
  const n = {} as Record<keyof typeof NUMBER_HINT, number>;
  for (const field of Object.keys(NUMBER_HINT) as (keyof typeof NUMBER_HINT)[]) {
    const value = parseNumber(text[field]);
    if (value === null) errors[field] = NUMBER_HINT[field];
    else n[field] = value;
  }
  if (text.scheme.trim().length > SCHEME_NAME_MAX) {
    errors.scheme = `Use at most ${SCHEME_NAME_MAX} characters (this has ${text.scheme.trim().length}).`;
  }
  // A scheme needs at least one tenant for the cost per person.
  if (!errors.tenants) check(errors, "tenants", () => wholeNumber("tenants", n.tenants, { min: 1 }));
  for (const field of BAND_FIELDS) if (!errors[field]) check(errors, field, () => share("bandShares", n[field] / 100));
  if (BAND_FIELDS.every((f) => !errors[f])) {
    check(errors, "bandMix", () =>
      sharesSummingToOne(
        "bandShares",
        BAND_FIELDS.map((f) => n[f] / 100),
      ),
    );
  }
  for (const field of SELF_FUNDER_FIELDS) if (!errors[field]) check(errors, field, () => share("selfFunderShares", n[field] / 100));
  for (const field of CONTRIBUTION_FIELDS)
    if (!errors[field]) check(errors, field, () => checkParam("averageContributions", n[field], averageContributions.input!.rule));
  if (!errors.rateSupport) check(errors, "rateSupport", () => nonNegative("hourlyRates", n.rateSupport));
  if (!errors.rateCare) check(errors, "rateCare", () => nonNegative("hourlyRates", n.rateCare));
  // The price base: a rate below its National Living Wage is named next to the rate.
  let id: string | null = null;
  check(errors, "priceBase", () => (id = findPriceBase(text.priceBase).id));
  // The team leader's and the night rate count only at a current price base (the fields show then).
  const current = id !== null && isCurrentPriceBase(text.priceBase);
  const pay = { ...payOf(base) };
  if (current) {
    for (const field of Object.keys(PAY_RATE_FIELDS) as PayRateField[]) {
      const value = parseNumber(text[field]);
      if (value === null) errors[field] = PAY_RATE_HINT[field];
      else if (check(errors, field, () => nonNegative(PAY_RATE_FIELDS[field], value))) pay[PAY_RATE_FIELDS[field]] = value;
    }
    const claims = EMPLOYMENT_ALLOWANCE.find((c) => c === text.employmentAllowance);
    if (claims === undefined) errors.employmentAllowance = `Choose ${EMPLOYMENT_ALLOWANCE.join(" or ")}.`;
    else pay.employmentAllowance = claims;
  }
  if (id !== null) {
    const rates: [keyof FieldErrors, number | undefined][] = [
      ["rateSupport", n.rateSupport],
      ["rateCare", n.rateCare],
      ["rateTeamLeader", current ? pay.teamLeaderRate : undefined],
      // Sleep-in nights are paid a flat amount a night, not an hourly rate.
      ["rateNight", current && pay.nightCover === "Waking nights" ? pay.nightRate : undefined],
    ];
    for (const [field, rate] of rates) {
      const below = errors[field] || rate === undefined ? null : belowNationalLivingWage(rate, id);
      if (below) warnings[field] = below;
    }
  }
  const enteredFor = thresholdToEnter(text.priceBase);
  let entered: SchemeInputs["enteredFigures"] = {};
  if (enteredFor) {
    const threshold = parseNumber(text.secondaryThreshold);
    if (threshold === null) {
      errors.secondaryThreshold = `Enter the National Insurance secondary threshold for ${enteredFor} in £ a year: it has not been checked against a publication.`;
    } else {
      check(errors, "secondaryThreshold", () => nonNegative("secondaryThreshold", threshold));
      entered = { [enteredFor]: { secondaryThreshold: threshold } };
    }
  }

  const funding = SUPPORT_FUNDING.find((f) => f === text.supportFunding);
  if (funding === undefined) errors.supportFunding = `Choose one of: ${SUPPORT_FUNDING.join("; ")}.`;
  if (Object.keys(errors).length > 0 || funding === undefined) return { errors, warnings, inputs: null, contributions: null, result: null };
  const triple = (f: readonly (keyof typeof n)[], scale: number): Triple => [n[f[0]] / scale, n[f[1]] / scale, n[f[2]] / scale];
  const contributions: Contributions = {
    selfFunderShares: triple(SELF_FUNDER_FIELDS, 100),
    averageContributions: triple(CONTRIBUTION_FIELDS, 1),
    supportFunding: funding,
  };
  const inputs: SchemeInputs = {
    ...base,
    tenants: n.tenants,
    bandShares: [n.shareLow / 100, n.shareMedium / 100, n.shareHigh / 100],
    hourlyRates: { support: n.rateSupport, care: n.rateCare },
    pay,
    priceBase: text.priceBase,
    enteredFigures: entered,
  };
  try {
    return { errors, warnings, inputs, contributions, result: computeScheme(inputs) };
  } catch (e) {
    // The model found something the field checks did not (e.g. no hours at all): say so at the top.
    return { errors: { ...errors, ...routeModelError(e) }, warnings, inputs: null, contributions: null, result: null };
  }
}

/** Puts a model error next to the field it names. */
function routeModelError(e: unknown): FieldErrors {
  const message = messageOf(e);
  if (!isInputError(e)) return { form: message };
  switch (e.argument) {
    case "tenants":
      return { tenants: message };
    case "bandShares":
      return { bandMix: message };
    case "hourlyRates":
      return { rateCare: message };
    case "priceBase":
      return { priceBase: message };
    case "secondaryThreshold":
      return { secondaryThreshold: message };
    case "teamLeaderRate":
      return { rateTeamLeader: message };
    case "nightRate":
      return { rateNight: message };
    default:
      return { form: message };
  }
}
