import { nonNegative, wholeNumber } from "./validate";

export interface CapitalRevenue {
  grossBuildCost: number;
  grossRunningCost: number;
  runningCostPerPlace: number;
}

/** Seed 002's capital and revenue comparison, one setting (ECH, care home, dementia unit) at a time. */
export function capitalRevenue(
  places: number,
  unitBuildCost: number,
  staffCosts: number,
  operatingCosts: number,
): CapitalRevenue {
  const n = wholeNumber("places", places, { min: 1 });
  const grossRunningCost = nonNegative("staffCosts", staffCosts) + nonNegative("operatingCosts", operatingCosts);
  return {
    grossBuildCost: n * nonNegative("unitBuildCost", unitBuildCost),
    grossRunningCost,
    runningCostPerPlace: grossRunningCost / n,
  };
}

/** The three settings as printed in seed 002 (Jan 2008 / Aug 2007 prices). */
export const SEED_SETTINGS = [
  { name: "24-apartment ECH", places: 24, unitBuildCost: 75195, staffCosts: 469298, operatingCosts: 156433 },
  { name: "40-bed care home", places: 40, unitBuildCost: 48750, staffCosts: 1541769, operatingCosts: 404468 },
  { name: "16-bed dementia unit", places: 16, unitBuildCost: 48750, staffCosts: 703068, operatingCosts: 301323 },
] as const;
