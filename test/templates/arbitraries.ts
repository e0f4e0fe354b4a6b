/** Random valid template inputs for property tests (fast-check). */
import fc from "fast-check";
import { DEFAULT_PAY, minimumBlockHours, type SharedCover } from "../../src/model";
import type { BlockParams } from "../../src/options/registry";
import type { TemplateInputs } from "../../src/templates";

const frac = (max: number, scale: number) => fc.integer({ min: 0, max: max * scale }).map((n) => n / scale);
const share = frac(1, 100);
const money = (max: number) => frac(max, 100);
const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 3 });
const price = orNull(fc.integer({ min: 500, max: 3000 }).map((n) => n / 100));
const months = fc.array(frac(30, 2), { minLength: 12, maxLength: 12 });

/** The minimum cover and the team leader's hours the estimates and options B, C and D share. */
const cover: fc.Arbitrary<SharedCover> = fc.record({
  nightHoursPerNight: frac(24, 2),
  handoverHoursPerDay: frac(3, 2),
  teamLeaderHours: frac(40, 2),
  daysPerWeek: fc.integer({ min: 0, max: 7 }),
});

/** A block whose target is at least its minimum block over the shared cover. */
const block = (c: SharedCover): fc.Arbitrary<BlockParams> =>
  fc
    .record({
      dayStaff: fc.integer({ min: 0, max: 3 }),
      dayHoursPerDay: frac(24, 2),
      extra: frac(200, 2),
      phaseStep: frac(100, 1),
      optOutResidents: fc.integer({ min: 0, max: 10 }),
      optOutHoursEach: frac(20, 2),
      blockPrice: price,
      spotPrice: price,
      councilShare: share,
      additionalHours: months,
      reducedHours: months,
    })
    .map(({ extra, ...p }) => ({ ...p, targetHours: minimumBlockHours({ ...p, ...c }).total + extra }));

export const templateInputs: fc.Arbitrary<TemplateInputs> = cover.chain((c) =>
  fc
    .record({
      tenants: fc.integer({ min: 1, max: 200 }),
      shares: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
      bandHours: fc.tuple(frac(40, 10), frac(40, 10), frac(40, 10)),
      supportShares: fc.tuple(share, share, share),
      nightHours: fc.integer({ min: 1, max: 200 }),
      nightSupportShare: share,
      hourlyRates: fc.record({
        support: fc.integer({ min: 100, max: 3000 }).map((n) => n / 100),
        care: fc.integer({ min: 100, max: 3000 }).map((n) => n / 100),
      }),
      managerSalary: money(60000),
      onCosts: fc.record({ ni: frac(0.2, 1000), cover: frac(0.1, 1000), superannuation: frac(0.1, 1000), training: money(50000) }),
      tenantExpenditure: fc.array(money(500), { minLength: 6, maxLength: 6 }),
      tenantIncome: fc.array(money(500), { minLength: 6, maxLength: 6 }),
      A: fc.record({
        coverStaff: fc.integer({ min: 1, max: 3 }),
        coverHoursPerDay: fc.integer({ min: 0, max: 24 }),
        hoursNeeded: orNull(fc.integer({ min: 1, max: 1000 })),
        fixedChargePerTenantWeek: money(50),
        providerCostPerHour: price,
        spotPrice: price,
        councilShare: share,
        expectedUptake: share,
      }),
      B: fc
        .record({
          nightHours: frac(100, 2),
          dayHours: frac(200, 2),
          floatingShare: share,
          hoursNeeded: orNull(fc.integer({ min: 0, max: 1000 })),
          blockPrice: price,
          spotPrice: price,
          councilShare: share,
        })
        .map(({ floatingShare, ...b }) => ({ ...b, floatingHours: Math.floor(b.dayHours * floatingShare) })),
      C: block(c),
      D: block(c),
      E: fc.record({ members: fc.integer({ min: 1, max: 40 }), budgetPerWeek: orNull(money(600)), pooledShare: share, price }),
      F: fc.record({ blockPeriodMonths: fc.integer({ min: 0, max: 30 }), blockHours: orNull(frac(500, 2)), blockPrice: price }),
    })
    .map(({ shares: [a, b], A, B, C, D, E, F, ...rest }) => {
      const [x, y] = a + b > 100 ? [100 - a, 100 - b] : [a, b];
      const { teamLeaderHours, ...minimumCover } = c;
      return {
        ...rest,
        bandShares: [x / 100, y / 100, (100 - x - y) / 100] as const,
        pay: { ...DEFAULT_PAY, teamLeaderHours },
        minimumCover,
        options: { A, B, C, D, E, F },
      };
    }),
);
