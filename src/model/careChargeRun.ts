/**
 * A person's contribution to their care under the Care Act 2014 charging rules (ECH.CARECHARGE)
 * over each current base's program: the graph's (englishBudget.ts) or the same written out as code;
 * and the figures of a base's table a tenant's budget is given. Reads no rows.
 */
import type { Value } from "../calc/values";
import { InputError } from "./errors";
import type { Run } from "./revenueRun";
import { finite, nonNegative } from "./validate";

/** A figure of the tenant table: its key, the ECH.CARECHARGE argument that enters it, and what it is, in words. */
export interface TenantFigureFacts {
  key: string;
  argument: string;
  what: string;
}

/**
 * The values of a base's empty pink cells, in the table's order (`open[k]`: the k-th figure has
 * one): each from `entered`, each of `needed` required. A published figure cannot be entered.
 */
export function enteredCells(
  figures: readonly TenantFigureFacts[],
  open: readonly boolean[],
  id: string,
  entered: Readonly<Record<string, number | undefined>> | undefined,
  needed: readonly string[],
): Value[] {
  const out: Value[] = [];
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    const given = entered?.[f.key];
    if (!open[k]) {
      if (given !== undefined) throw new InputError(f.argument, `${f.what} for ${id} is the published figure; leave the argument empty.`);
      continue;
    }
    if (given === undefined) {
      if (needed.includes(f.key))
        throw new InputError(f.argument, `${f.what} for ${id} has not been checked against a publication; enter it.`);
      out.push(null);
      continue;
    }
    out.push(nonNegative(f.argument, finite(f.argument, given)));
  }
  return out;
}

/** The figures the contribution is worked out from (careChargeWeekly takes these alone as entered). */
export const CHARGE_FIGURES = ["minimumIncomeGuaranteePensionAge", "lowerCapitalLimit", "upperCapitalLimit", "tariffIncomePer250"] as const;

export interface CareChargeInputs {
  priceBase: string;
  /** Weekly income the council counts (Housing Benefit and Council Tax Reduction left out). */
  weeklyIncome: number;
  capital: number;
  careCostPerWeek: number;
  disabilityExpenditure?: number;
  /** The Minimum Income Guarantee, capital limits and tariff income where the base has none verified. */
  entered?: Readonly<Record<string, number | undefined>>;
}

export interface CareCharge {
  tariffIncome: number;
  charge: number;
}

/**
 * What the contribution runs over: the price base of an id (or an InputError naming priceBase),
 * the tenant table's figures in order, and for a current base which have an empty pink cell, their
 * published values, and its program (given the weekly income, capital, cost of care and
 * disability-related expenditure, then its empty cells; it returns the tariff income and the charge).
 */
export interface CareChargePrograms {
  base: (id: string) => { id: string; statutory: boolean };
  figures: readonly TenantFigureFacts[];
  open: (baseId: string) => readonly boolean[];
  published: (baseId: string, key: string) => number | undefined;
  run: (baseId: string) => Run;
}

const amount = (argument: string, value: number | undefined): number =>
  value === undefined ? 0 : nonNegative(argument, value, "an amount in £ a week");

/** A person's assessed contribution to their care a week under the Care Act 2014 charging rules. */
export function careChargeOver(p: CareChargePrograms) {
  return (a: CareChargeInputs): CareCharge => {
    const base = p.base(a.priceBase);
    if (!base.statutory) {
      throw new InputError(
        "priceBase",
        "the published model's price base is Scottish (free personal care); choose a current price base for the English charging rules.",
      );
    }
    const income = nonNegative("weeklyIncome", a.weeklyIncome, "an amount in £ a week");
    const capital = nonNegative("capital", a.capital, "an amount in £");
    const cost = nonNegative("careCostPerWeek", a.careCostPerWeek, "an amount in £ a week");
    const disability = amount("disabilityExpenditure", a.disabilityExpenditure);
    const cells = enteredCells(p.figures, p.open(base.id), base.id, a.entered, CHARGE_FIGURES);
    const figure = (key: string) => p.published(base.id, key) ?? (a.entered?.[key] as number);
    const lower = figure("lowerCapitalLimit");
    const upper = figure("upperCapitalLimit");
    if (lower > upper) throw new InputError("lowerCapitalLimit", `£${lower} is above the upper capital limit of £${upper}.`);
    const v = p.run(base.id)([[income], [capital], [cost], [disability], ...cells.map((c) => [c])]);
    return { tariffIncome: v[0] as number, charge: v[1] as number };
  };
}
