import { DEFAULT_ON_COSTS, type SchemeInputs } from "../src/model";
import { rng } from "./measure";

/** Random valid schemes: tenants 1–200, any band mix summing to 100%, hours, shares, rates, on-costs. */
export function portfolio(count: number, seed = 2026): SchemeInputs[] {
  const r = rng(seed);
  const pick = (lo: number, hi: number, step = 1) => lo + Math.floor(r() * ((hi - lo) / step + 1)) * step;
  return Array.from({ length: count }, () => {
    const low = pick(0, 100);
    const medium = pick(0, 100 - low);
    return {
      tenants: pick(1, 200),
      bandShares: [low / 100, medium / 100, (100 - low - medium) / 100],
      bandHours: [pick(0, 20, 0.5), pick(0, 30, 0.5), pick(0, 40, 0.5)],
      supportShares: [pick(0, 100) / 100, pick(0, 100) / 100, pick(0, 100) / 100],
      nightHours: pick(0, 168),
      nightSupportShare: pick(0, 100) / 100,
      hourlyRates: { support: pick(800, 2500) / 100, care: pick(800, 2500) / 100 },
      managerSalary: pick(15000, 45000, 100),
      onCosts: { ...DEFAULT_ON_COSTS, ni: pick(0, 15) / 100, training: pick(0, 5000000) / 100 },
    } satisfies SchemeInputs;
  });
}
