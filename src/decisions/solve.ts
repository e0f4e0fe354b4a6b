/**
 * Solve for one input: the value of one key input (the sensitivity's list) at which a headline
 * result (unit cost per hour, council's cost a year, present value) reaches a target, everything
 * else held. A bracketed bisection on the compiled projection program: the results are monotonic
 * in each input over most of its range, and a grid scan first finds a bracket where they are not.
 * Tenants and the band mix move results in steps (whole people in each band), so there the answer
 * is the nearest value reachable, and says so.
 */
import type { Row, Value } from "../calc";
import { InputError, MAX_AMOUNT, priceBase } from "../model";
import { withValue } from "./inputValues";
import { checkTemplateInputs, type TemplateInputs } from "./templateInputs";
import { givenValues, type ProjectionChoice } from "./projection";
import {
  HEADLINES,
  SENSITIVITY_INPUTS,
  headlineProgram,
  readHeadlines,
  sensitivityInputsAt,
  type Headline,
  type SensitivityInput,
} from "./sensitivity";

/** How one input is read as a single number, and its valid range. */
interface Knob {
  /** What the number is, for the answer. */
  unit: string;
  get(v: readonly Value[]): number;
  set(v: readonly Value[], x: number): Value[];
  lo: number;
  /** null: no upper limit (searched by doubling). */
  hi(v: readonly Value[]): number | null;
  whole?: boolean;
  /** The precision of the input's field: the answer is a multiple of it (0.01 for pence, 0.0001 for a hundredth of a percent). */
  step: number;
  /** How the input's values are written in messages. */
  kind: "count" | "money" | "hours" | "share" | "factor";
}

const num = (v: Value) => (typeof v === "number" ? v : 0);
const PENNY = 0.01;
const HUNDREDTH_OF_A_PERCENT = 0.0001;
const STEPS: Record<Knob["kind"], number> = { money: PENNY, share: HUNDREDTH_OF_A_PERCENT, count: 1, hours: 0.1, factor: 0.001 };

/** A single pink cell as a knob: its unit, range and precision are its row's (the rule and the number format). */
function cellKnob(row: Row): Knob {
  const rule = row.input!.rule;
  const format = row.format ?? "";
  const kind: Knob["kind"] = format.includes("£") ? "money" : format.includes("%") ? "share" : rule.kind === "whole" ? "count" : "hours";
  const hi = rule.kind === "share" ? 1 : (rule.max ?? null);
  return {
    unit: row.unit ?? "",
    get: (v) => num(v[0]),
    set: (_, x) => [x],
    lo: rule.min ?? 0,
    hi: () => hi,
    ...(rule.kind === "whole" ? { whole: true } : {}),
    kind,
    step: STEPS[kind],
  };
}

/** The inputs of several cells, moved as one number. */
const MOVES: Record<string, Knob> = {
  bandMix: {
    unit: "% of tenants with high needs (the Medium band takes up the difference)",
    get: (v) => num(v[2]),
    set: (v, x) => [num(v[0]), num(v[1]) + num(v[2]) - x, x],
    lo: 0,
    hi: (v) => num(v[1]) + num(v[2]),
    kind: "share",
    step: STEPS.share,
  },
  bandHours: {
    unit: "× today's daytime hours of every band",
    get: () => 1,
    set: (v, x) => v.map((h) => num(h) * x),
    lo: 0,
    hi: () => null,
    kind: "factor",
    step: STEPS.factor,
  },
};

const KNOBS: Record<string, Knob> = Object.fromEntries(SENSITIVITY_INPUTS.map((i) => [i.id, MOVES[i.id] ?? cellKnob(i.row)]));

/** The key inputs whose rows are hourly pay rates: the National Living Wage is their floor at a current price base. */
const PAY_RATES = new Set(SENSITIVITY_INPUTS.filter((i) => i.row.input?.hourlyPay).map((i) => i.id));

/** The lowest value the rules accept: the National Living Wage for an hourly rate at a current price base. */
function floorOf(inputId: string, knob: Knob, inputs: TemplateInputs): { lo: number; why?: string } {
  if (!PAY_RATES.has(inputId) || inputs.priceBase === undefined) return { lo: knob.lo };
  const base = priceBase(inputs.priceBase);
  if (base.method === "flat" || base.rules.nationalLivingWage === null) return { lo: knob.lo };
  return { lo: base.rules.nationalLivingWage.value, why: `the National Living Wage, ${base.id}` };
}

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plainNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A value of the input as its field shows it: £12.71, 27.5%, 35 tenants, 70 hours. */
export function formatInputValue(inputId: string, x: number): string {
  const k = KNOBS[inputId];
  if (!k) return plainNumber.format(x);
  if (k.kind === "money") return gbp.format(x);
  if (k.kind === "share") return `${plainNumber.format(x * 100)}%`;
  if (k.kind === "count") return `${plainNumber.format(x)} ${x === 1 ? "tenant" : "tenants"}`;
  if (k.kind === "hours") return `${plainNumber.format(x)} hours`;
  return `${plainNumber.format(x)} ×`;
}

/** A headline result as the pane shows it (all are in £). */
const formatResult = (x: number) => gbp.format(x);

const solveInput = (i: SensitivityInput) => ({ id: i.id, label: i.label, unit: KNOBS[i.id].unit, step: KNOBS[i.id].step });
export const SOLVE_INPUTS = SENSITIVITY_INPUTS.map(solveInput);
/** The inputs a solve can change at this price base: those that count there. */
export const solveInputsAt = (base: string | undefined) => sensitivityInputsAt(base).map(solveInput);

export interface Solved {
  /** The input as one number (see SOLVE_INPUTS' unit). */
  value: number;
  /** The input row's cells at that value. */
  cells: Value[];
  /** The headline result there. */
  result: number;
  /** Within half a penny of the target; false where the input moves the result in steps. */
  exact: boolean;
}

const HALF_PENNY = 0.005;
const GRID = 64;

/** The value of `inputId` at which `headline` equals `target`, everything else as `inputs`. */
export function solveFor(choice: ProjectionChoice, inputs: TemplateInputs, headline: Headline, target: number, inputId: string): Solved {
  const h = HEADLINES.find((x) => x.id === headline);
  if (!h) throw new InputError("headline", `must be one of ${HEADLINES.map((x) => x.id).join(", ")} (got ${String(headline)}).`);
  const input = SENSITIVITY_INPUTS.find((x) => x.id === inputId);
  if (!input) throw new InputError("input", `must be one of ${SENSITIVITY_INPUTS.map((x) => x.id).join(", ")} (got ${String(inputId)}).`);
  if (typeof target !== "number" || !Number.isFinite(target) || Math.abs(target) > MAX_AMOUNT)
    throw new InputError("target", "must be a number.");
  checkTemplateInputs(inputs);
  const knob = KNOBS[inputId];
  const c = headlineProgram(choice);
  const values = givenValues(c.base, inputs);
  const k = c.given.indexOf(input.row);
  const base = values[k];
  const cellsAt = (x: number) => knob.set(base, knob.whole ? Math.round(x) : x);
  const at = (x: number) => {
    const v = values.slice();
    v[k] = cellsAt(x);
    return readHeadlines(c, v)[headline] - target;
  };

  // A bracket [a, b] with the result on either side of the target (or a point within a tenth of a penny).
  const close = (f: number) => Math.abs(f) <= HALF_PENNY / 5;
  const now = knob.get(base);
  const floor = floorOf(inputId, knob, inputs);
  const lo = floor.lo;
  const flo = at(lo);
  let hi = knob.hi(base) ?? Math.max(2 * now, 1);
  let fhi = at(hi);
  if (knob.hi(base) === null) {
    while (Math.sign(flo) === Math.sign(fhi) && !close(fhi) && hi < MAX_AMOUNT / 2) fhi = at((hi *= 2));
  }
  let [a, fa, b] = [lo, flo, hi];
  let found = close(flo) || close(fhi) || Math.sign(flo) !== Math.sign(fhi);
  if (close(flo)) b = lo;
  else if (close(fhi)) a = hi;
  if (!found) {
    // Not monotonic over the whole range: look for a crossing on a grid.
    // Even steps, and steps of a quarter of a doubling from the value now (an unbounded range is
    // mostly far away; a dip where a fixed cost is spread over few hours is narrow).
    const scale = Math.max(now, 1e-3);
    const points = [
      ...Array.from({ length: GRID - 1 }, (_, i) => lo + ((hi - lo) * (i + 1)) / GRID),
      ...Array.from({ length: 8 * GRID }, (_, j) => lo + scale * 2 ** (j / 4 - 16)),
    ]
      .filter((x) => x > lo && x < hi)
      .sort((x, y) => x - y);
    for (const x of points) {
      if (found) break;
      const fx = at(x);
      if (close(fx)) [a, b, found] = [x, x, true];
      else if (Math.sign(fx) !== Math.sign(fa)) [b, found] = [x, true];
      else [a, fa] = [x, fx];
    }
  }
  if (!found) {
    const ends = [flo + target, fhi + target];
    const from = `${formatInputValue(inputId, lo)}${floor.why ? ` (${floor.why})` : ""}`;
    const upTo = knob.hi(base) === null && hi >= MAX_AMOUNT / 2 ? "upwards" : `to ${formatInputValue(inputId, hi)}`;
    throw new InputError(
      "target",
      `No value of "${input.label}" from ${from} ${upTo} gives that ${h.label.toLowerCase()}: it runs from ${formatResult(Math.min(...ends))} to ${formatResult(Math.max(...ends))} over that range.`,
    );
  }
  // Bisection: each step halves the bracket, until the result is within a tenth of a penny or the bracket is a point.
  for (let i = 0; i < 200 && b > a; i++) {
    if (knob.whole && b - a <= 1) break;
    const m = a + (b - a) / 2;
    if (m === a || m === b) break;
    const fm = at(m);
    if (close(fm) && !knob.whole) [a, b] = [m, m];
    else if (Math.sign(fm) === Math.sign(fa)) [a, fa] = [m, fm];
    else b = m;
  }
  const x = Math.abs(at(a)) <= Math.abs(at(b)) ? a : b;
  // To the field's precision: of the two neighbouring steps within the range, the one nearer the target.
  const round = (y: number) => Number((y / knob.step).toFixed(0)) * knob.step;
  const down = Number((Math.floor(x / knob.step + 1e-9) * knob.step).toFixed(10));
  const up = Number((Math.ceil(x / knob.step - 1e-9) * knob.step).toFixed(10));
  // The bisection stops within a tenth of a penny of the target, so the nearest step may be one further out.
  const near = [down - knob.step, down, up, up + knob.step].map((y) => Number(y.toFixed(10)));
  const inRange = near.filter((y) => y >= lo - 1e-12 && (knob.hi(base) === null || y <= knob.hi(base)! + 1e-12));
  const candidates = inRange.length ? inRange : [round(x)];
  const value = candidates.reduce((best, y) => (Math.abs(at(y)) < Math.abs(at(best)) ? y : best));
  const miss = at(value);
  return { value, cells: cellsAt(value), result: miss + target, exact: Math.abs(miss) <= HALF_PENNY };
}

/** The inputs with one key input set to solved cells, at its row's own place in the template inputs. */
export function withSolved(inputs: TemplateInputs, inputId: string, cells: readonly Value[]): TemplateInputs {
  const input = SENSITIVITY_INPUTS.find((i) => i.id === inputId);
  if (!input) throw new InputError("input", `is not a key input (got ${inputId}).`);
  return withValue(inputs, input.row, cells);
}
