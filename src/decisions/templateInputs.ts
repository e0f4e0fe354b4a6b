/**
 * The values a template's pink cells are filled with: seed 002's scheme, the tenant budget and the
 * option parameters. parseTemplateInputs reads them from JSON (e.g. `ech-templates --inputs`).
 */
import {
  BUDGET_LINES,
  DEFAULT_SCHEME,
  PUBLISHED_SCHEME,
  schemeDefaults,
  DEFAULT_TENANT_EXPENDITURE,
  DEFAULT_TENANT_INCOME,
  ENTER_CELLS,
  InputError,
  computeScheme,
  renamingArguments,
  tenantBudget,
  type ProjectionParams,
  DEFAULT_PROJECTION,
  checkProjectionParams,
  type SchemeInputs,
  DEFAULT_ENGLISH_CELLS,
  NO_TENANT_ENTRIES,
  checkEnglishCells,
  type EnglishCells,
  averageContributions,
  checkParam,
  selfFunderShares,
  DEFAULT_SUPPORT_FUNDING,
  checkSupportFunding,
  type SupportFunding,
  DEFAULT_MINIMUM_COVER,
  MINIMUM_BLOCK_RULES,
  sharedCover,
  type MinimumCover,
} from "../model";
import { checkOptionParams, DEFAULT_OPTION_PARAMS, type OptionParams } from "../options/registry";
import { SCENARIO_COUNT, SCENARIO_NAME_MAX } from "./scenarioCount";

export type TemplateInputs = SchemeInputs & {
  /** £ a week, the six lines of seed 002's tenant budget. */
  tenantExpenditure: readonly number[];
  tenantIncome: readonly number[];
  options: OptionParams;
  /** The Projection sheet's pink cells (contract length, uplifts, discount rate, fill-up, budget); the defaults when absent. */
  projection?: ProjectionParams;
  /** The English budget's pink cells on the Tenant budget sheet (rent, capital, hours of care, …); the defaults when absent. */
  englishTenant?: EnglishCells;
  /** Tenant figures not verified, by price base and figure (e.g. "2026-27": { "newStatePensionFull": … }); null leaves the cell empty. */
  enteredTenantFigures?: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** The Scenarios sheet's named scenarios (up to five) and the one in use (1 = the base, 2–6). */
  scenarios?: readonly { name: string; values: Readonly<Record<string, readonly (number | null)[]>> }[];
  activeScenario?: number;
  /** Tenants' contributions to their care, by needs band (Low, Medium, High): the share who pay for all their care, and the others' average contribution, £ a week. None when absent. */
  selfFunderShares?: readonly number[];
  averageContributions?: readonly number[];
  /** How the housing-support share of the hours is funded (the Technical Brief's 4.3.2); the default when absent. */
  supportFunding?: SupportFunding;
};

/** No self-funders and no contributions: the council's net cost is its cost. */
export const NO_CONTRIBUTIONS_BY_BAND: readonly number[] = [0, 0, 0];

/** Every figure of the table of price bases left for the user to enter, empty. */
const NO_ENTRIES: Record<string, Record<string, number | null>> = {};
for (const c of ENTER_CELLS) (NO_ENTRIES[c.base] ??= {})[c.figure.key] = null;

export const DEFAULT_TEMPLATE_INPUTS: TemplateInputs = {
  ...DEFAULT_SCHEME,
  enteredFigures: NO_ENTRIES,
  tenantExpenditure: DEFAULT_TENANT_EXPENDITURE.map((l) => l.amount),
  tenantIncome: DEFAULT_TENANT_INCOME.map((l) => l.amount),
  minimumCover: DEFAULT_MINIMUM_COVER,
  options: DEFAULT_OPTION_PARAMS,
  projection: DEFAULT_PROJECTION,
  englishTenant: DEFAULT_ENGLISH_CELLS,
  enteredTenantFigures: NO_TENANT_ENTRIES,
  selfFunderShares: NO_CONTRIBUTIONS_BY_BAND,
  averageContributions: NO_CONTRIBUTIONS_BY_BAND,
  supportFunding: DEFAULT_SUPPORT_FUNDING,
};

/** The same under the published model's price base: its £10 rates and £26,000 manager, every seed figure. */
export const PUBLISHED_TEMPLATE_INPUTS: TemplateInputs = { ...DEFAULT_TEMPLATE_INPUTS, ...PUBLISHED_SCHEME, enteredFigures: NO_ENTRIES };

/** The template defaults at a price base (the scheme's figures of schemeDefaults). */
export function templateDefaults(priceBase: string): TemplateInputs {
  return { ...DEFAULT_TEMPLATE_INPUTS, ...schemeDefaults(priceBase), enteredFigures: NO_ENTRIES };
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Merges `json` over `defaults`, key by key: the shape (object, array length, number or null) must
 * match the default's, and every key must be known. Errors name the key path, e.g. "hourlyRates.care".
 */
function merge(path: string, defaults: Json, json: Json, blankable: boolean): Json {
  const name = path || "inputs";
  if (isObject(defaults)) {
    if (!isObject(json)) throw new InputError(name, "must be an object with named values.", "type");
    const out: Record<string, Json> = { ...defaults };
    for (const [key, value] of Object.entries(json)) {
      // An empty key still gets a visible name in the message.
      const label = key === "" ? '""' : key;
      const sub = path ? `${path}.${label}` : label;
      if (!(key in defaults)) {
        throw new InputError(sub, `is not a known input; expected one of: ${Object.keys(defaults).join(", ")}.`, "type");
      }
      out[key] = merge(sub, defaults[key], value, blankableKey(sub));
    }
    return out;
  }
  if (Array.isArray(defaults)) {
    if (!Array.isArray(json) || json.length !== defaults.length) {
      throw new InputError(name, `must be a list of ${defaults.length} numbers.`, "type");
    }
    return json.map((v, i) => merge(`${name}[${i}]`, defaults[i], v, false));
  }
  if (typeof defaults === "string") {
    if (typeof json !== "string") throw new InputError(name, "must be text.", "type");
    return json;
  }
  if (json === null && blankable) return null;
  if (typeof json !== "number" || !Number.isFinite(json)) {
    throw new InputError(name, blankable ? "must be a number, or null to use the default." : "must be a number.", "type");
  }
  return json;
}

/** Option parameters that may be blank (null: "use the Staffing sheet's figure"). */
function blankableKey(path: string): boolean {
  if (
    /^entered(Tenant)?Figures\.[^.]+\.\w+$/.test(path) ||
    path === "englishTenant.careRate" ||
    path === "pay.sleepInAmount" ||
    path === "pay.pensionSchemeRate"
  )
    return true;
  const q = /^projection\.(\w+)$/.exec(path);
  if (q) return (DEFAULT_PROJECTION as unknown as Record<string, unknown>)[q[1]] === null;
  const m = /^options\.(\w+)\.(\w+)$/.exec(path);
  if (!m || !(m[1] in DEFAULT_OPTION_PARAMS)) return false;
  const id = m[1] as keyof OptionParams;
  return DEFAULT_OPTION_PARAMS[id][m[2] as never] === null;
}

/** Throws InputError naming the key unless every value is one the model can compute with. */
export function checkTemplateInputs(inputs: TemplateInputs): TemplateInputs {
  computeScheme(inputs);
  if (inputs.tenantExpenditure.length !== BUDGET_LINES)
    throw new InputError("tenantExpenditure", `must have ${BUDGET_LINES} lines.`, "type");
  if (inputs.tenantIncome.length !== BUDGET_LINES) throw new InputError("tenantIncome", `must have ${BUDGET_LINES} lines.`, "type");
  const keys: Record<string, string> = { expenditure: "tenantExpenditure", income: "tenantIncome" };
  renamingArguments(
    (a) => keys[a] ?? a,
    () => tenantBudget(inputs.tenantExpenditure, inputs.tenantIncome),
  );
  const cover = inputs.minimumCover ?? DEFAULT_MINIMUM_COVER;
  for (const key of Object.keys(DEFAULT_MINIMUM_COVER) as (keyof MinimumCover)[])
    checkParam(`minimumCover.${key}`, cover[key], MINIMUM_BLOCK_RULES[key]);
  for (const id of Object.keys(inputs.options) as (keyof OptionParams)[])
    checkOptionParams(id, inputs.options[id] as never, sharedCover(inputs));
  if (inputs.projection)
    renamingArguments(
      (a) => `projection.${a}`,
      () => checkProjectionParams(inputs.projection!),
    );
  checkEnglishCells(inputs.englishTenant ?? DEFAULT_ENGLISH_CELLS, inputs.enteredTenantFigures ?? NO_TENANT_ENTRIES);
  for (const row of [selfFunderShares, averageContributions]) {
    const key = row.id as "selfFunderShares" | "averageContributions";
    const values = inputs[key] ?? NO_CONTRIBUTIONS_BY_BAND;
    if (values.length !== 3) throw new InputError(key, "must have 3 values: Low, Medium, High.", "type");
    values.forEach((v, i) => checkParam(`${key}[${i}]`, v, row.input!.rule));
  }
  checkSupportFunding(inputs.supportFunding ?? DEFAULT_SUPPORT_FUNDING);
  return inputs;
}

/**
 * Template inputs from parsed JSON: any subset of DEFAULT_TEMPLATE_INPUTS' keys, the rest taking
 * the defaults. Throws InputError naming the key for unknown keys, wrong types and invalid values.
 */
export function parseTemplateInputs(json: unknown): TemplateInputs {
  const { scenarios, activeScenario, ...rest } = isObject(json) ? json : { json };
  // Choosing the published model's price base takes its own figures for whatever the JSON leaves out.
  const chosen = isObject(json) && typeof json.priceBase === "string" ? json.priceBase : undefined;
  let defaults = DEFAULT_TEMPLATE_INPUTS;
  if (chosen !== undefined) {
    try {
      defaults = templateDefaults(chosen);
    } catch {
      // An unknown price base is refused below, with the key named.
    }
  }
  const merged = merge("", defaults, isObject(json) ? rest : json, false) as TemplateInputs;
  if (scenarios !== undefined) merged.scenarios = parseScenarios(scenarios);
  if (activeScenario !== undefined) {
    if (
      typeof activeScenario !== "number" ||
      !Number.isInteger(activeScenario) ||
      activeScenario < 1 ||
      activeScenario > SCENARIO_COUNT + 1
    )
      throw new InputError("activeScenario", `must be a whole number from 1 (the base) to ${SCENARIO_COUNT + 1}.`, "type");
    merged.activeScenario = activeScenario;
  }
  return checkTemplateInputs(merged);
}

/** The Scenarios sheet's scenarios: a name and, by input id, the cells that differ (null keeps the base). */
function parseScenarios(json: Json): NonNullable<TemplateInputs["scenarios"]> {
  if (!Array.isArray(json) || json.length > SCENARIO_COUNT)
    throw new InputError("scenarios", `must be a list of at most ${SCENARIO_COUNT} scenarios.`, "type");
  return json.map((s: Json, k) => {
    const at = `scenarios[${k}]`;
    if (!isObject(s) || typeof s.name !== "string" || s.name.length > SCENARIO_NAME_MAX)
      throw new InputError(`${at}.name`, `must be text of at most ${SCENARIO_NAME_MAX} characters.`, "type");
    const values = s.values ?? {};
    if (!isObject(values)) throw new InputError(`${at}.values`, "must be an object of input ids and lists of values.", "type");
    for (const [id, v] of Object.entries(values))
      if (!Array.isArray(v) || v.some((x) => x !== null && (typeof x !== "number" || !Number.isFinite(x))))
        throw new InputError(`${at}.values.${id}`, "must be a list of numbers, with null where the base value stays.", "type");
    return { name: s.name, values: values as Record<string, (number | null)[]> };
  });
}
