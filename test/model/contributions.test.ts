import fc from "fast-check";
import {
  councilNetCost,
  DEFAULT_OPTION_PARAMS,
  DEFAULT_SCHEME,
  tenantsPerBand,
  type NetCostInputs,
  type SchemeFigures,
  type Triple,
} from "../../src/model";
import { blockContractOption, coreAndAddOnOption, pooledBudgets, pumpPriming, spotPurchasing } from "../../src/options";
import { runs } from "../support/runs";

/** The published model's scheme as the option sheets see it: 35 tenants, 782 hours, £555,415.80 a year. */
const S: SchemeFigures = {
  tenants: 35,
  hoursPerWeek: 782,
  unitCostPerHour: 555415.796 / (782 * 52),
  costPerPersonWeek: 555415.796 / 35 / 52,
};
const D = DEFAULT_OPTION_PARAMS;
const ZERO: Triple = [0, 0, 0];
const SCHEME = {
  tenants: DEFAULT_SCHEME.tenants,
  bandShares: DEFAULT_SCHEME.bandShares,
  bandHours: DEFAULT_SCHEME.bandHours,
  supportShares: DEFAULT_SCHEME.supportShares,
};
const net = (grossCost: number, price: number, x: Partial<NetCostInputs> = {}) =>
  councilNetCost({ councilAnnualCost: grossCost, price, ...SCHEME, selfFunderShares: ZERO, averageContributions: ZERO, ...x });

const b = coreAndAddOnOption(D.B, S);
/** Every option's and overlay's cost to the council a year, with its price an hour. */
const OPTIONS: [string, number, number][] = [
  ["A", spotPurchasing(D.A, S).councilAnnualCost, spotPurchasing(D.A, S).spotPrice],
  ["B", b.councilAnnualCost, b.spotPrice],
  ["C", blockContractOption("C", D.C, S).councilAnnualCost, blockContractOption("C", D.C, S).spotPrice],
  ["D", blockContractOption("D", D.D, S).councilAnnualCost, blockContractOption("D", D.D, S).spotPrice],
  ["E", pooledBudgets(D.E, S, b).pooledYear, pooledBudgets(D.E, S, b).price],
  ["F year 1", pumpPriming(D.F, S, b).yearCosts[0], b.spotPrice],
  ["F year 2", pumpPriming(D.F, S, b).yearCosts[1], b.spotPrice],
];

describe("the council's net cost", () => {
  test("35 tenants at 27%, 46%, 27% count 10, 17, 10 in the bands (rounded up to whole people, as the published model does)", () => {
    expect(tenantsPerBand(SCHEME.tenants, SCHEME.bandShares)).toEqual([10, 17, 10]);
  });

  test.each(OPTIONS)("option %s: with no self-funders and no contributions the net cost is the gross", (_, gross, price) => {
    expect(gross).toBeGreaterThan(100000);
    const r = net(gross, price);
    expect(r.contributions).toBe(0);
    expect(r.netCost).toBe(gross);
  });

  test.each(OPTIONS)("option %s: £10 a week from every tenant is £10 × the 37 tenants counted × 52 = £19,240 a year", (_, gross, price) => {
    const r = net(gross, price, { averageContributions: [10, 10, 10] });
    expect(r.contributions).toBeCloseTo(10 * 37 * 52, 9);
    expect(r.netCost).toBeCloseTo(gross - 19240, 9);
  });

  test("40 tenants split 25%, 50%, 25% with no rounding: £10 a week from each is £10 × 40 × 52 = £20,800", () => {
    const r = net(500000, 20, { tenants: 40, bandShares: [0.25, 0.5, 0.25], averageContributions: [10, 10, 10] });
    expect(r.contributions).toBeCloseTo(20800, 9);
    expect(r.netCost).toBeCloseTo(500000 - 20800, 9);
  });

  test("a tenant's care at the price: care hours × price; a contribution above it is capped", () => {
    // Low band: 7 hours, 80% housing support, so 1.4 hours of care; at £20 an hour, £28 a week.
    const r = net(1e6, 20, { averageContributions: [50, 10, 10] });
    expect(r.careEach[0]).toBeCloseTo(28, 12);
    expect(r.careEach[1]).toBeCloseTo(18 * 0.4 * 20, 12);
    expect(r.paidEach).toEqual([r.careEach[0], 10, 10]);
    expect(r.contributions).toBeCloseTo((10 * 28 + 17 * 10 + 10 * 10) * 52, 9);
  });

  test("self-funders pay for all their care; half of a band self-funding pays half its care", () => {
    const r = net(1e6, 20, { selfFunderShares: [0.5, 0, 1] });
    const high = 28 * 0.6 * 20;
    expect(r.paidEach[0]).toBeCloseTo(14, 12);
    expect(r.paidEach[2]).toBeCloseTo(high, 12);
    expect(r.contributions).toBeCloseTo((10 * 14 + 10 * high) * 52, 9);
  });

  test("who pays at the published model's hours: 414.6 of 782 hours a week are housing support, so 414.6/782 of the cost", () => {
    const r = net(555415.796, 20, { nightHours: 126, nightSupportShare: 0.5, averageContributions: [10, 10, 10] });
    expect(r.housingSupport).toBeCloseTo((555415.796 * 414.6) / 782, 6);
    expect(r.careBudget).toBeCloseTo(555415.796 - 19240 - (555415.796 * 414.6) / 782, 6);
  });

  test("the council never collects more than it pays: the net cost stops at 0", () => {
    const r = net(1000, 20, { selfFunderShares: [1, 1, 1] });
    expect(r.contributions).toBe(1000);
    expect(r.netCost).toBe(0);
  });

  test("bad input names the argument", () => {
    expect(() => net(1000, 20, { selfFunderShares: [1.2, 0, 0] })).toThrow(/selfFunderShares/);
    expect(() => net(1000, 20, { averageContributions: [-1, 0, 0] })).toThrow(/averageContributions/);
    expect(() => net(-1, 20)).toThrow(/councilAnnualCost/);
    expect(() => net(1000, 20, { bandShares: [0.5, 0.5, 0.5] })).toThrow(/bandShares/);
  });

  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const amount = fc.double({ min: 0, max: 500, noNaN: true });
  const triple = <T>(a: fc.Arbitrary<T>) => fc.tuple(a, a, a);
  const scheme = fc.record({
    tenants: fc.integer({ min: 1, max: 200 }),
    bandShares: fc
      .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 10 }))
      .map(([x, y, z]) => {
        const t = x + y + z;
        return [x / t, y / t, 1 - x / t - y / t] as Triple;
      }),
    bandHours: triple(fc.double({ min: 0, max: 40, noNaN: true })),
    supportShares: triple(share),
  });

  test("property: contributions never exceed the cost of the tenants' care; all self-funders leave the council the rest", () => {
    fc.assert(
      fc.property(
        scheme,
        triple(share),
        triple(amount),
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (s, sf, avg, gross, price) => {
          const r = councilNetCost({ councilAnnualCost: gross, price, ...s, selfFunderShares: sf, averageContributions: avg });
          const counts = tenantsPerBand(s.tenants, s.bandShares);
          const care = counts.reduce((sum, n, i) => sum + n * s.bandHours[i] * (1 - s.supportShares[i]) * price * 52, 0);
          expect(r.contributions).toBeLessThanOrEqual(care * (1 + 1e-12) + 1e-9);
          expect(r.contributions).toBeLessThanOrEqual(gross);
          expect(r.netCost).toBeGreaterThanOrEqual(0);
          // Who pays adds up to the council's cost, each part 0 or more.
          expect(r.careBudget + r.housingSupport + r.contributions).toBeCloseTo(gross, 6);
          expect(Math.min(r.careBudget, r.housingSupport)).toBeGreaterThanOrEqual(0);
          r.paidEach.forEach((p, i) => expect(p).toBeLessThanOrEqual(r.careEach[i] * (1 + 1e-12) + 1e-12));
          // Every tenant a self-funder: the council keeps only what it pays beyond the tenants' care.
          const all = councilNetCost({ councilAnnualCost: gross, price, ...s, selfFunderShares: [1, 1, 1], averageContributions: avg });
          expect(all.netCost).toBeCloseTo(Math.max(0, gross - care), 6);
        },
      ),
      { seed: 21021, numRuns: runs(20) },
    );
  });
});
