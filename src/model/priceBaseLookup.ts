/**
 * Finding a price base by its id or its cell's text, and the National Living Wage of one: what the
 * model (priceBase.ts, with every figure's source) and the ECH functions (with the few figures they
 * need) both do. Reads no rows and no sources.
 */
import { InputError } from "./errors";

const BY_NAME = new WeakMap<readonly object[], Map<string, object>>();

/** The base whose id or cell text is `id` (trimmed, any case); an InputError naming priceBase otherwise. */
export function findPriceBase<T extends { id: string; cell: string }>(bases: readonly T[], id: string): T {
  let byName = BY_NAME.get(bases) as Map<string, T> | undefined;
  if (!byName) {
    byName = new Map(bases.flatMap((p) => [[p.id, p] as const, [p.cell, p] as const]));
    BY_NAME.set(bases, byName);
  }
  const exact = byName.get(id);
  if (exact) return exact;
  const key = typeof id === "string" ? id.trim().toLowerCase() : undefined;
  const found = key === undefined ? undefined : bases.find((p) => p.id === key || p.cell.toLowerCase() === key);
  if (!found) {
    throw new InputError("priceBase", `"${String(id)}" is not a price base; use one of ${bases.map((p) => p.id).join(", ")}.`, "type");
  }
  return found;
}

/** The error for a statutory figure asked of the published model's base. */
export function flatBaseError(id: string, what: string): InputError {
  return new InputError("priceBase", `the ${id} price base uses the published model's flat rates; it has no ${what}.`);
}

/** The error for a figure of a base that has not been checked against a publication. */
export function uncheckedError(argument: string, what: string, id: string): InputError {
  return new InputError(argument, `the ${what} for ${id} has not been checked against a publication; enter it.`);
}

/** £ an hour for workers aged 21 and over at a base (null: not checked against a publication). */
export function livingWageOf(base: { id: string; statutory: boolean; nationalLivingWage: number | null }): number {
  if (!base.statutory) throw flatBaseError(base.id, "National Living Wage");
  if (base.nationalLivingWage === null) throw uncheckedError("nationalLivingWage", "National Living Wage", base.id);
  return base.nationalLivingWage;
}
