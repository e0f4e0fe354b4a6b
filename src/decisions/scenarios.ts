/**
 * Scenarios: named sets of key inputs that differ from the base (the pink cells), each a partial
 * set of inputs. The model applies one and returns the headline results; the Scenarios sheet
 * (src/templates/sheets/scenarios.ts) prints the same inputs as pink columns and re-points the
 * workbook to the scenario chosen in ECH_ActiveScenario.
 */
import { Program, checkRowFor, type Row, type Value } from "../calc";
import * as Scheme from "../model/scheme";
import * as ProjectionModel from "../model/projection";
import { InputError } from "../model";
import { BASE_OPTIONS, OVERLAYS, PUMP_PRIMING } from "../options/registry";
import { checkTemplateInputs, type TemplateInputs } from "./templateInputs";
import { inputCheck } from "../model/inputCheck";
import { givenValues, type ProjectionChoice } from "./projection";
import { headlineProgram, readHeadlines, SENSITIVITY_INPUTS, type Headlines } from "./sensitivity";

export { SCENARIO_COUNT, SCENARIO_NAME_MAX } from "./scenarioCount";

/** A scenario's values by input id; `null` (or a missing id) keeps the base value of that cell. */
export type ScenarioValues = Readonly<Record<string, readonly (number | null)[]>>;

export interface Scenario {
  name: string;
  values: ScenarioValues;
}

export interface ScenarioInput {
  /** The input row's id ("tenants", "bandShares", "B.blockPrice"). */
  id: string;
  label: string;
  /** The pink input on the Inputs or option sheet: the base. */
  row: Row;
}

const KEY_ROWS: readonly Row[] = [
  ...Scheme.HOURS_INPUTS,
  Scheme.supportRate,
  Scheme.careRate,
  Scheme.niRate,
  Scheme.coverRate,
  Scheme.superannuationRate,
  Scheme.training,
  Scheme.managerSalary,
  ProjectionModel.payUplift,
  ProjectionModel.nonPayUplift,
  ProjectionModel.occupancy,
];

/** The inputs a scenario may change for this option: the key inputs, then the option's prices (and option F's). */
export function scenarioInputs(choice: ProjectionChoice): ScenarioInput[] {
  // One-cell inputs keep the Sensitivity sheet's words; the band rows their own (each band is a line).
  const label = (r: Row) => (r.size === 1 ? SENSITIVITY_INPUTS.find((s) => s.row === r)?.label : undefined) ?? r.label;
  const list: ScenarioInput[] = KEY_ROWS.map((row) => ({ id: row.id, label: label(row), row }));
  const params = [
    { id: choice.option, params: BASE_OPTIONS[choice.option].params },
    ...(choice.pumpPriming ? [{ id: PUMP_PRIMING, params: OVERLAYS[PUMP_PRIMING].params }] : []),
  ];
  for (const p of params)
    for (const [key, row] of Object.entries(p.params))
      if (/price/i.test(key)) list.push({ id: row.id, label: `Option ${p.id}: ${row.label.toLowerCase()}`, row });
  return list;
}

const ruleChecks = new Map<Row, { program: Program; check: Row }>();
/** "OK", or the input's message for these values (the rule its pink cell's check applies). */
function ruleProblem(row: Row, values: readonly Value[]): string {
  let c = ruleChecks.get(row);
  if (!c) {
    const check = checkRowFor(row);
    ruleChecks.set(row, (c = { program: new Program([row], [check]), check }));
  }
  return String(c.program.run([values]).value(c.check));
}

const inputChecks = new Map<string, Program>();

/** The given rows' values with the scenario applied; throws InputError naming the input when a value breaks its rule. */
export function applyScenario(choice: ProjectionChoice, inputs: TemplateInputs, values: ScenarioValues): (readonly Value[])[] {
  checkTemplateInputs(inputs);
  const c = headlineProgram(choice);
  const list = scenarioInputs(choice);
  const given = givenValues(c.base, inputs).slice();
  for (const [id, cells] of Object.entries(values)) {
    const input = list.find((x) => x.id === id);
    if (!input)
      throw new InputError(id, `is not an input a scenario can change; expected one of: ${list.map((x) => x.id).join(", ")}.`, "type");
    if (!Array.isArray(cells) || cells.length !== input.row.size)
      throw new InputError(id, `must be a list of ${input.row.size} values (null keeps the base value).`, "type");
    const k = c.given.indexOf(input.row);
    const merged = cells.map((v, i) => (v === null ? given[k][i] : v));
    const problem = ruleProblem(input.row, merged);
    if (problem !== "OK") throw new InputError(id, problem);
    given[k] = merged;
  }
  // The rules across inputs (the band shares add up to 100%, …): the Inputs sheet's own check.
  const key = `${choice.option}${choice.pumpPriming ? "+F" : ""}`;
  let p = inputChecks.get(key);
  if (!p) inputChecks.set(key, (p = new Program(c.given, [inputCheck])));
  const problem = String(p.run(given).value(inputCheck));
  if (problem !== "OK") throw new InputError("scenario", problem);
  return given;
}

/** The headline results (unit cost per hour, council's cost a year, present value) with the scenario applied. */
export function scenarioHeadlines(choice: ProjectionChoice, inputs: TemplateInputs, values: ScenarioValues): Headlines {
  return readHeadlines(headlineProgram(choice), applyScenario(choice, inputs, values));
}

/** Each scenario's headline results beside the base's; a scenario whose values break a rule gives its message instead. */
export function compareScenarios(
  choice: ProjectionChoice,
  inputs: TemplateInputs,
  scenarios: readonly Scenario[],
): { base: Headlines; scenarios: ({ name: string } & ({ headlines: Headlines } | { problem: string }))[] } {
  const base = scenarioHeadlines(choice, inputs, {});
  return {
    base,
    scenarios: scenarios.map((s) => {
      try {
        return { name: s.name, headlines: scenarioHeadlines(choice, inputs, s.values) };
      } catch (e) {
        if (e instanceof InputError) return { name: s.name, problem: e.message };
        throw e;
      }
    }),
  };
}

/** The scenario that turns `base` into `other`: the inputs a scenario may change, where they differ (null where a cell is the same). */
export function scenarioBetween(choice: ProjectionChoice, base: TemplateInputs, other: TemplateInputs): ScenarioValues {
  const c = headlineProgram(choice);
  const a = givenValues(c.base, base);
  const b = givenValues(c.base, other);
  const out: Record<string, (number | null)[]> = {};
  for (const input of scenarioInputs(choice)) {
    const k = c.given.indexOf(input.row);
    const cells = b[k].map((v, i) => (v === a[k][i] || typeof v !== "number" ? null : v));
    if (cells.some((v) => v !== null)) out[input.id] = cells;
  }
  return out;
}
