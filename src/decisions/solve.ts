/**
 * Solve for one input: the value of one key input (the sensitivity's list) at which a headline
 * result (unit cost per hour, council's cost a year, present value) reaches a target, everything
 * else held. A bracketed bisection on the compiled projection program: the results are monotonic
 * in each input over most of its range, and a grid scan first finds a bracket where they are not.
 * Tenants and the band mix move results in steps (whole people in each band), so there the answer
 * is the nearest value reachable, and says so.
 */
import type { Value } from "../calc";
import { DEFAULT_PROJECTION, InputError, MAX_AMOUNT } from "../model";
import { checkTemplateInputs, type TemplateInputs } from "../templates/inputs";
import { givenValues, type ProjectionChoice } from "./projection";
import { HEADLINES, SENSITIVITY_INPUTS, headlineProgram, readHeadlines, type Headline } from "./sensitivity";

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
}

const num = (v: Value) => (typeof v === "number" ? v : 0);
const one = (unit: string, hi: number | null = null): Knob => ({ unit, get: (v) => num(v[0]), set: (_, x) => [x], lo: 0, hi: () => hi });

const KNOBS: Record<string, Knob> = {
  tenants: { ...one("tenants"), lo: 1, whole: true },
  bandMix: {
    unit: "% of tenants with high needs (the Medium band takes up the difference)",
    get: (v) => num(v[2]),
    set: (v, x) => [num(v[0]), num(v[1]) + num(v[2]) - x, x],
    lo: 0,
    hi: (v) => num(v[1]) + num(v[2]),
  },
  bandHours: {
    unit: "× today's daytime hours of every band",
    get: () => 1,
    set: (v, x) => v.map((h) => num(h) * x),
    lo: 0,
    hi: () => null,
  },
  supportRate: one("£ an hour"),
  careRate: one("£ an hour"),
  niRate: one("% of pay", 1),
  coverRate: one("% of pay", 1),
  superannuationRate: one("% of pay", 1),
  training: one("£ a year"),
  managerSalary: one("£ a year"),
  nightHours: one("hours a week"),
  payUplift: one("% a year", 1),
  nonPayUplift: one("% a year", 1),
};

export const SOLVE_INPUTS = SENSITIVITY_INPUTS.map((i) => ({ id: i.id, label: i.label, unit: KNOBS[i.id].unit }));

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
  const lo = knob.lo;
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
    // Even steps, and doubling steps from the value now (an unbounded range is mostly far away).
    const scale = Math.max(now, 1e-3);
    const points = [
      ...Array.from({ length: GRID - 1 }, (_, i) => lo + ((hi - lo) * (i + 1)) / GRID),
      ...Array.from({ length: 2 * GRID }, (_, j) => lo + scale * 2 ** (j - 16)),
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
    throw new InputError(
      "target",
      `No value of "${input.label}" from ${lo} to ${hi} gives that ${h.label.toLowerCase()}: it runs from ${Math.min(...ends).toFixed(2)} to ${Math.max(...ends).toFixed(2)} over that range.`,
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
  const value = knob.whole ? Math.round(x) : x;
  const miss = at(value);
  return { value, cells: cellsAt(value), result: miss + target, exact: Math.abs(miss) <= HALF_PENNY };
}

/** The inputs with one input set to solved cells (the row's own place in the template inputs). */
export function withSolved(inputs: TemplateInputs, inputId: string, cells: readonly Value[]): TemplateInputs {
  const n = cells.map(num);
  const p = inputs.projection ?? DEFAULT_PROJECTION;
  switch (inputId) {
    case "tenants":
      return { ...inputs, tenants: n[0] };
    case "bandMix":
      return { ...inputs, bandShares: [n[0], n[1], n[2]] };
    case "bandHours":
      return { ...inputs, bandHours: [n[0], n[1], n[2]] };
    case "supportRate":
      return { ...inputs, hourlyRates: { ...inputs.hourlyRates, support: n[0] } };
    case "careRate":
      return { ...inputs, hourlyRates: { ...inputs.hourlyRates, care: n[0] } };
    case "niRate":
      return { ...inputs, onCosts: { ...inputs.onCosts, ni: n[0] } };
    case "coverRate":
      return { ...inputs, onCosts: { ...inputs.onCosts, cover: n[0] } };
    case "superannuationRate":
      return { ...inputs, onCosts: { ...inputs.onCosts, superannuation: n[0] } };
    case "training":
      return { ...inputs, onCosts: { ...inputs.onCosts, training: n[0] } };
    case "managerSalary":
      return { ...inputs, managerSalary: n[0] };
    case "nightHours":
      return { ...inputs, nightHours: n[0] };
    case "payUplift":
      return { ...inputs, projection: { ...p, payUplift: n[0] } };
    case "nonPayUplift":
      return { ...inputs, projection: { ...p, nonPayUplift: n[0] } };
  }
  throw new InputError("input", `is not a key input (got ${inputId}).`);
}
