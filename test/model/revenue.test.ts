import {
  PUBLISHED_SCHEME,
  InputError,
  careCost,
  careHours,
  computeScheme,
  costPerPerson,
  pennies,
  staffCosts,
  tenantsPerBand,
  unitCostPerHour,
} from "../../src/model";

/** Seed 002, "ECH CARE/SUPPORT STAFFING" and "STAFF ONCOSTS", scheme of 35 units. */
describe("revenue cost model reproduces seed 002", () => {
  const result = computeScheme(PUBLISHED_SCHEME);

  test("tenants per band round up: 10, 17, 10 (37 > 35)", () => {
    expect(result.hours.tenantsPerBand).toEqual([10, 17, 10]);
  });

  test("hours per band", () => {
    const b = result.hours.bands;
    expect(b.map((x) => pennies(x.support))).toEqual([56, 183.6, 112]);
    expect(b.map((x) => pennies(x.care))).toEqual([14, 122.4, 168]);
    expect(b.map((x) => pennies(x.total))).toEqual([70, 306, 280]);
  });

  test("daytime, night and total hours (printed 352/415/367 are the same values at 0 dp)", () => {
    const h = result.hours;
    expect([pennies(h.daytime.support), pennies(h.daytime.care), pennies(h.daytime.total)]).toEqual([351.6, 304.4, 656]);
    expect([h.night.support, h.night.care, h.night.total]).toEqual([63, 63, 126]);
    expect([pennies(h.support), pennies(h.care), pennies(h.total)]).toEqual([414.6, 367.4, 782]);
    expect(Math.round(h.daytime.support)).toBe(352);
    expect(Math.round(h.support)).toBe(415);
    expect(Math.round(h.care)).toBe(367);
  });

  test("care cost per week and per year", () => {
    const c = result.careCost;
    expect([c.week.support, c.week.care, c.week.total].map(pennies)).toEqual([4146, 3674, 7820]);
    expect([c.year.support, c.year.care, c.year.total].map(pennies)).toEqual([215592, 191048, 406640]);
  });

  test("staff on-costs", () => {
    const s = result.staff;
    expect(pennies(s.payBase)).toBe(432640);
    expect(pennies(s.manager)).toBe(26000);
    expect(pennies(s.ni)).toBe(43264);
    expect(pennies(s.cover)).toBe(17305.6);
    expect(pennies(s.superannuation)).toBe(26996.74);
    expect(pennies(s.training)).toBe(35209.46);
    expect(pennies(s.total)).toBe(555415.8);
  });

  test("averages and unit cost", () => {
    expect(pennies(result.perPerson.week)).toBe(305.17);
    expect(pennies(result.perPerson.year)).toBe(15869.02);
    expect(pennies(result.unitCostPerHour)).toBe(13.66);
    expect(result.unitCostPerHour).toBeCloseTo(13.65866, 5);
  });

  test("the pieces compose to the whole", () => {
    const hours = careHours(PUBLISHED_SCHEME);
    expect(careCost(hours, PUBLISHED_SCHEME.hourlyRates).year.total).toBe(result.careCost.year.total);
    const s = staffCosts(hours, PUBLISHED_SCHEME.hourlyRates, 26000);
    expect(s.total).toBe(result.staff.total);
    expect(unitCostPerHour(s.total, hours.total)).toBe(result.unitCostPerHour);
    expect(costPerPerson(s.total, 35)).toEqual(result.perPerson);
  });
});

describe("head-counts follow Excel, not binary noise", () => {
  test("25 × 28% is 7 people, though 25 * 0.28 = 7.000000000000001 in binary", () => {
    expect(25 * 0.28).toBeGreaterThan(7);
    expect(tenantsPerBand(25, [0.28, 0.44, 0.28])).toEqual([7, 11, 7]);
  });

  test("a true fraction still rounds up", () => {
    expect(tenantsPerBand(35, [0.27, 0.46, 0.27])).toEqual([10, 17, 10]);
    expect(tenantsPerBand(10, [0.01, 0.5, 0.49])).toEqual([1, 5, 5]);
  });

  test("0 tenants gives empty bands", () => {
    expect(tenantsPerBand(0, [0.27, 0.46, 0.27])).toEqual([0, 0, 0]);
  });
});

describe("bad input is an InputError naming the argument", () => {
  const bad = (f: () => unknown, argument: string) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).argument).toBe(argument);
      return;
    }
    throw new Error("expected an InputError");
  };

  test.each([
    [() => tenantsPerBand(-1, [0.27, 0.46, 0.27]), "tenants"],
    [() => tenantsPerBand(3.5, [0.27, 0.46, 0.27]), "tenants"],
    [() => tenantsPerBand(35, [0.27, 0.46, 0.28]), "bandShares"],
    [() => tenantsPerBand(35, [1.2, -0.2, 0]), "bandShares"],
    [() => careHours({ ...PUBLISHED_SCHEME, bandHours: [7, -1, 28] }), "bandHours"],
    [() => careHours({ ...PUBLISHED_SCHEME, supportShares: [0.8, 1.6, 0.4] }), "supportShares"],
    [() => careHours({ ...PUBLISHED_SCHEME, nightSupportShare: 2 }), "nightSupportShare"],
    [() => careHours({ ...PUBLISHED_SCHEME, nightHours: NaN }), "nightHours"],
    [() => careCost({ support: 1, care: 2, total: 4 }, { support: 10, care: 10 }), "careHours"],
    [() => staffCosts({ support: 1, care: 2, total: 3 }, { support: 10, care: 10 }, -5), "managerSalary"],
    [() => unitCostPerHour(1000, 0), "careHours"],
    [() => costPerPerson(1000, 0), "tenants"],
  ])("case %#", (f, argument) => bad(f, argument as string));

  test("shares within a hundredth of a percent of 100% are accepted", () => {
    expect(() => tenantsPerBand(35, [0.27, 0.46, 0.27005])).not.toThrow();
  });
});
