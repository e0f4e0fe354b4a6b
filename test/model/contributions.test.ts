import fc from "fast-check";
import {
  councilNetCost,
  DEFAULT_SCHEME,
  tenantsPerBand,
  type NetCostInputs,
  SUPPORT_FUNDING,
  type SchemeFigures,
  type Triple,
} from "../../src/model";
import { DEFAULT_OPTION_PARAMS } from "../../src/options/registry";
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
const net = (grossCost: number, x: Partial<NetCostInputs> = {}) =>
  councilNetCost({ councilAnnualCost: grossCost, ...SCHEME, selfFunderShares: ZERO, averageContributions: ZERO, ...x });
/** The published model's night: 126 hours a week, half housing support. */
const NIGHT = { nightHours: 126, nightSupportShare: 0.5 };
const G = 555415.796;
const [AS_CARE, BUDGETS, GRANT, SERVICE_CHARGE] = SUPPORT_FUNDING;

const b = coreAndAddOnOption(D.B, S);
/** Every option's and overlay's cost to the council a year, with its price an hour. */
const OPTIONS: [string, number][] = [
  ["A", spotPurchasing(D.A, S).councilAnnualCost],
  ["B", b.councilAnnualCost],
  ["C", blockContractOption("C", D.C, S).councilAnnualCost],
  ["D", blockContractOption("D", D.D, S).councilAnnualCost],
  ["E", pooledBudgets(D.E, S, b).pooledYear],
  ["F year 1", pumpPriming(D.F, S, b).yearCosts[0]],
  ["F year 2", pumpPriming(D.F, S, b).yearCosts[1]],
];

describe("the council's net cost", () => {
  test("35 tenants at 27%, 46%, 27% count 10, 17, 10 in the bands (rounded up to whole people, as the published model does)", () => {
    expect(tenantsPerBand(SCHEME.tenants, SCHEME.bandShares)).toEqual([10, 17, 10]);
  });

  test.each(OPTIONS)("option %s: with no self-funders and no contributions the net cost is the gross", (_, gross) => {
    expect(gross).toBeGreaterThan(100000);
    const r = net(gross, NIGHT);
    expect(r.contributions).toBe(0);
    expect(r.netCost).toBe(gross);
  });

  test.each(OPTIONS)("option %s: £10 a week from every tenant is £10 × the 37 tenants counted × 52 = £19,240 a year", (_, gross) => {
    const r = net(gross, { ...NIGHT, averageContributions: [10, 10, 10] });
    expect(r.contributions).toBeCloseTo(10 * 37 * 52, 9);
    expect(r.netCost).toBeCloseTo(gross - 19240, 9);
  });

  test("40 tenants split 25%, 50%, 25% with no rounding: £10 a week from each is £10 × 40 × 52 = £20,800", () => {
    const r = net(500000, { tenants: 40, bandShares: [0.25, 0.5, 0.25], averageContributions: [10, 10, 10] });
    expect(r.contributions).toBeCloseTo(20800, 9);
    expect(r.netCost).toBeCloseTo(500000 - 20800, 9);
  });

  test("a tenant's care is the option's cost of care shared by care hours, the night's care equally among the 37 tenants", () => {
    // 367.4 of the 782 hours are care, so the cost of care is G × 367.4 / 782; an hour of care costs G / (782 × 52) a week.
    const r = net(G, NIGHT);
    expect(r.chargeable).toBeCloseTo((G * 367.4) / 782, 6);
    const hour = G / (782 * 52);
    expect(r.careEach[0]).toBeCloseTo((1.4 + 63 / 37) * hour, 9);
    expect(r.careEach[1]).toBeCloseTo((7.2 + 63 / 37) * hour, 9);
    expect(r.careEach[2]).toBeCloseTo((16.8 + 63 / 37) * hour, 9);
    // The 37 tenants' shares add up to the cost of care.
    expect((10 * r.careEach[0] + 17 * r.careEach[1] + 10 * r.careEach[2]) * 52).toBeCloseTo(r.chargeable, 6);
  });

  test("a contribution above a tenant's care is capped; half a band self-funding pays half its care", () => {
    const r = net(G, { ...NIGHT, selfFunderShares: [0.5, 0, 0], averageContributions: [0, 1000, 10] });
    expect(r.paidEach[0]).toBeCloseTo(r.careEach[0] / 2, 12);
    expect(r.paidEach[1]).toBe(r.careEach[1]);
    expect(r.paidEach[2]).toBe(10);
    expect(r.contributions).toBeCloseTo((10 * r.careEach[0] * 0.5 + 17 * r.careEach[1] + 10 * 10) * 52, 6);
  });

  test("who pays at the published model's hours: 414.6 of 782 hours a week are housing support, so 414.6/782 of the cost", () => {
    const r = net(G, { ...NIGHT, averageContributions: [10, 10, 10] });
    expect(r.supportPart).toBeCloseTo((G * 414.6) / 782, 6);
    expect(r.housingSupport).toBeCloseTo((G * 414.6) / 782, 6);
    expect(r.careBudget).toBeCloseTo(G - 19240 - (G * 414.6) / 782, 6);
    expect(r.serviceCharge).toBe(0);
  });

  describe("how housing support is funded (the brief's 4.3.2)", () => {
    test("as care: tenants can be charged for all of it, so self-funders in every band leave the council nothing", () => {
      const r = net(G, { ...NIGHT, supportFunding: AS_CARE, selfFunderShares: [1, 1, 1] });
      expect(r.chargeable).toBe(G);
      expect(r.housingSupport).toBe(0);
      expect(r.contributions).toBeCloseTo(G, 6);
      expect(r.netCost).toBeCloseTo(0, 6);
      // A tenant's share now counts their housing support hours too: 7 of the Low band's, and half the night's 126 ÷ 37.
      expect(r.careEach[0]).toBeCloseTo((7 + 126 / 37) * (G / (782 * 52)), 9);
    });
    test("as a grant: the council collects no charges (4.3.4), whatever the tenants could pay", () => {
      const r = net(G, { ...NIGHT, supportFunding: GRANT, selfFunderShares: [1, 1, 1], averageContributions: [50, 50, 50] });
      expect(r.contributions).toBe(0);
      expect(r.netCost).toBe(G);
      expect(r.housingSupport).toBeCloseTo((G * 414.6) / 782, 6);
    });
    test("through the service charge: the tenants pay housing support's share, and the council the rest", () => {
      const r = net(G, { ...NIGHT, supportFunding: SERVICE_CHARGE });
      expect(r.serviceCharge).toBeCloseTo((G * 414.6) / 782, 6);
      expect(r.housingSupport).toBe(0);
      expect(r.netCost).toBeCloseTo((G * 367.4) / 782, 6);
      expect(r.careBudget).toBeCloseTo(r.netCost, 9);
    });
  });

  test("the council never collects more than it pays: the net cost stops at 0", () => {
    const r = net(1000, { supportFunding: AS_CARE, averageContributions: [1e6, 1e6, 1e6] });
    expect(r.contributions).toBe(1000);
    expect(r.netCost).toBe(0);
  });

  test("bad input names the argument", () => {
    expect(() => net(1000, { selfFunderShares: [1.2, 0, 0] })).toThrow(/selfFunderShares/);
    expect(() => net(1000, { averageContributions: [-1, 0, 0] })).toThrow(/averageContributions/);
    expect(() => net(-1)).toThrow(/councilAnnualCost/);
    expect(() => net(1000, { bandShares: [0.5, 0.5, 0.5] })).toThrow(/bandShares/);
    expect(() => net(1000, { supportFunding: "Somebody else" as never })).toThrow(/supportFunding/);
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

  test("property: contributions never exceed the cost of the tenants' care; all self-funders leave the council only what it chose to fund", () => {
    fc.assert(
      fc.property(
        scheme,
        fc.double({ min: 0, max: 200, noNaN: true }),
        share,
        fc.constantFrom(...SUPPORT_FUNDING),
        triple(share),
        triple(amount),
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        (s, nightHours, nightSupportShare, supportFunding, sf, avg, gross) => {
          const x = { councilAnnualCost: gross, ...s, nightHours, nightSupportShare, supportFunding };
          const r = councilNetCost({ ...x, selfFunderShares: sf, averageContributions: avg });
          const counts = tenantsPerBand(s.tenants, s.bandShares);
          const care = counts.reduce((sum, n, i) => sum + n * r.careEach[i] * 52, 0);
          // The tenants' shares are the cost of care that can be charged, when there are care hours to share it by.
          if (care > 0) expect(care).toBeCloseTo(r.chargeable, 4);
          expect(r.contributions).toBeLessThanOrEqual(r.chargeable);
          expect(r.contributions).toBeLessThanOrEqual(care * (1 + 1e-12) + 1e-9);
          r.paidEach.forEach((p, i) => expect(p).toBeLessThanOrEqual(r.careEach[i] * (1 + 1e-12) + 1e-12));
          expect(r.netCost).toBeGreaterThanOrEqual(-1e-9);
          // Who pays adds up to the council's cost, each part 0 or more.
          expect(r.careBudget + r.housingSupport + r.contributions + r.serviceCharge).toBeCloseTo(gross, 6);
          for (const part of [r.careBudget, r.housingSupport, r.contributions, r.serviceCharge]) expect(part).toBeGreaterThanOrEqual(-1e-6);
          // Every tenant a self-funder: the council keeps only the housing support it chose to fund, or all of a grant.
          const all = councilNetCost({ ...x, selfFunderShares: [1, 1, 1], averageContributions: avg });
          const kept = supportFunding === GRANT ? gross : supportFunding === BUDGETS ? all.supportPart : 0;
          if (care > 0 || supportFunding === GRANT) expect(all.netCost).toBeCloseTo(kept, 4);
        },
      ),
      { seed: 21021, numRuns: runs(30) },
    );
  });
});
