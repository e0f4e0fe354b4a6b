/**
 * From pay to the council's cost, line by line, as the pane shows it: each amount is one the model
 * computed, and the lines of each block add up to its total (pay, staff cost, total cost). Then the
 * total ÷ the hours a year gives the unit cost, and the option's hours the council pays for × the
 * prices give the council's cost.
 */
import { DEFAULT_SCHEME, WEEKS_PER_YEAR, type SchemeInputs, type SchemeResult } from "../model";
import * as Scheme from "../model/scheme";
import type { OptionFigures } from "./optionComparison";

export interface CostLine {
  label: string;
  /** £ a year; negative for a deduction. */
  value: number;
  /** A total of the lines above it since the previous total. */
  total?: boolean;
}

export interface CostBuildUp {
  lines: CostLine[];
  /** £ a year: the last total. */
  totalCost: number;
  hoursPerWeek: number;
  hoursPerYear: number;
  unitCost: number;
}

const pct = (x: number) => `${Number((x * 100).toPrecision(6))}%`;
const pennies = (x: number) => Math.round(x * 100) / 100;

/**
 * Each line to the penny, as shown, so that a reader adding up a block's lines (the previous total
 * first) gets the total shown: the block's rounding difference, a penny or so, goes on its largest
 * line, as in published accounts. Totals keep the model's figure to the penny.
 */
function inPennies(lines: readonly CostLine[]): CostLine[] {
  const out = lines.map((l) => ({ ...l, value: pennies(l.value) }));
  let start = 0;
  let carried = 0;
  out.forEach((line, i) => {
    if (!line.total) return;
    const parts = out.slice(start, i);
    const diff = pennies(line.value - carried - parts.reduce((sum, p) => sum + p.value, 0));
    if (diff !== 0 && parts.length > 0) {
      const largest = parts.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
      largest.value = pennies(largest.value + diff);
    }
    carried = line.value;
    start = i + 1;
  });
  return out;
}

/** The lines behind the total cost a year, at the scheme's price base, as the model computed them. */
export function costLines(inputs: SchemeInputs, result: SchemeResult): CostLine[] {
  const t = result.today;
  const lines: CostLine[] = [];
  if (t) {
    const pay = inputs.pay ?? DEFAULT_SCHEME.pay!;
    lines.push(
      { label: `${Scheme.careWorkerPay.label} (training included)`, value: t.pay.careWorkers },
      { label: Scheme.teamLeaderPay.label, value: t.pay.teamLeaders },
      { label: `Pay: ${Scheme.manager.label.toLowerCase()}`, value: t.pay.manager },
      { label: Scheme.payNow.label, value: t.pay.total, total: true },
      { label: Scheme.employerNI.label, value: t.employerNI },
    );
    if (t.employmentAllowance > 0) lines.push({ label: Scheme.employmentAllowanceClaimed.label, value: -t.employmentAllowance });
    lines.push(
      { label: Scheme.employerPension.label, value: t.employerPension },
      { label: Scheme.totalStaffCost.label, value: t.staffCost, total: true },
      { label: `${Scheme.overheads.label} (${pct(pay.overheadRate)} of staff cost)`, value: t.overheads },
      { label: `${Scheme.surplus.label} (${pct(pay.surplusRate)} of staff cost and overheads)`, value: t.surplus },
      { label: `${Scheme.totalCost.label} a year`, value: t.totalCost, total: true },
    );
  } else {
    const s = result.staff;
    lines.push(
      { label: Scheme.costYear.label, value: s.careCostYear },
      { label: Scheme.manager.label, value: s.manager },
      { label: Scheme.nationalInsurance.label, value: s.ni },
      { label: Scheme.cover.label, value: s.cover },
      { label: Scheme.superannuation.label, value: s.superannuation },
      { label: Scheme.trainingCost.label, value: s.training },
      { label: `${Scheme.totalCost.label} a year`, value: s.total, total: true },
    );
  }
  return lines;
}

/** The build-up as shown: the lines to the penny, then the total ÷ the hours a year. */
export function costBuildUp(inputs: SchemeInputs, result: SchemeResult): CostBuildUp {
  const hoursPerWeek = result.hours.total;
  return {
    lines: inPennies(costLines(inputs, result)),
    totalCost: result.totalCost,
    hoursPerWeek,
    hoursPerYear: hoursPerWeek * WEEKS_PER_YEAR,
    unitCost: result.unitCostPerHour,
  };
}

export interface CouncilLine {
  label: string;
  /** Hours a year the council pays for at this price. */
  hoursPerYear: number;
  price: number;
  /** £ a year. */
  value: number;
}

/** The option's council cost a year as hours × price: the block, and the council's share of the hours outside it. */
export function councilCostLines(o: OptionFigures): CouncilLine[] {
  const lines: CouncilLine[] = [];
  const add = (label: string, hoursPerWeek: number, price: number) => {
    if (hoursPerWeek === 0) return;
    const hoursPerYear = hoursPerWeek * WEEKS_PER_YEAR;
    lines.push({ label, hoursPerYear, price, value: hoursPerYear * price });
  };
  add("Block hours", o.blockHours, o.blockPrice);
  add(
    o.councilShare === 1 ? "Hours outside the block" : `Council's ${pct(o.councilShare)} of the hours outside the block`,
    o.spotHours * o.councilShare,
    o.spotPrice,
  );
  return lines;
}
