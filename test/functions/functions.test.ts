import * as fc from "fast-check";
import * as ECH from "../../src/functions/functions";
import { pennies } from "../../src/model";

const isError = (v: unknown): v is CustomFunctions.Error => v instanceof CustomFunctions.Error;
const col = (...v: (number | string | boolean | null)[]) => v.map((x) => [x]);
const row = (...v: (number | string | boolean | null)[]) => [v];

const SHARES = row(0.27, 0.46, 0.27);
const HOURS = row(7, 18, 28);
const HS = row(0.8, 0.6, 0.4);
const seedHours = () => ECH.carehours(35, SHARES, HOURS, HS, 126) as number[][];

function expectError(v: unknown, code: string, mentions: string | RegExp) {
  expect(isError(v)).toBe(true);
  const e = v as CustomFunctions.Error;
  expect(e.code).toBe(code);
  expect(e.message).toMatch(mentions);
}

describe("headline functions reproduce the seeds", () => {
  test("CAREHOURS → 414.6, 367.4, 782", () => {
    expect(seedHours()[0].map(pennies)).toEqual([414.6, 367.4, 782]);
  });

  test("ranges may run down or across", () => {
    const down = ECH.carehours(35, col(0.27, 0.46, 0.27), col(7, 18, 28), col(0.8, 0.6, 0.4), 126) as number[][];
    expect(down).toEqual(seedHours());
  });

  test("UNITCOST composes with CAREHOURS → £13.66", () => {
    const u = ECH.unitcost(seedHours(), row(10, 10), 26000) as number;
    expect(pennies(u)).toBe(13.66);
    expect(ECH.unitcost(seedHours(), [[10]], 26000)).toBe(u);
    expect(ECH.unitcost(seedHours(), col(10, 10), 26000, row(0.1, 0.04, 0.06, 35209.46))).toBe(u);
  });

  test("TENANTBUDGET → 453.55, 453.55, 0, 1965.38", () => {
    const b = ECH.tenantbudget(col(60, 17.55, 15, 69.25, 269.75, 22), col(60, 17.55, 84.25, 151.5, 118.25, 22)) as number[][];
    expect(b[0].map(pennies)).toEqual([453.55, 453.55, 0, 1965.38]);
  });
});

describe("the rest of the model", () => {
  test("TENANTSPERBAND and BANDHOURS", () => {
    expect(ECH.tenantsperband(35, SHARES)).toEqual([[10, 17, 10]]);
    expect(ECH.tenantsperband(25, row(0.28, 0.44, 0.28))).toEqual([[7, 11, 7]]);
    const b = ECH.bandhours(35, SHARES, HOURS, HS) as number[][];
    expect(b.map((r) => r.map(pennies))).toEqual([
      [56, 14, 70],
      [183.6, 122.4, 306],
      [112, 168, 280],
    ]);
  });

  test("CARECOST per week and per year", () => {
    expect((ECH.carecost(seedHours(), row(10, 10)) as number[][])[0].map(pennies)).toEqual([4146, 3674, 7820]);
    expect((ECH.carecost(seedHours(), row(10, 10), "Year") as number[][])[0].map(pennies)).toEqual([215592, 191048, 406640]);
  });

  test("STAFFCOSTS and COSTPERPERSON", () => {
    const s = (ECH.staffcosts(seedHours(), row(10, 10), 26000) as number[][])[0];
    expect(s.map(pennies)).toEqual([406640, 26000, 43264, 17305.6, 26996.74, 35209.46, 555415.8]);
    expect((ECH.costperperson(s[6], 35) as number[][])[0].map(pennies)).toEqual([305.17, 15869.02]);
  });

  test("how much care?", () => {
    expect(ECH.minblock(2, 14, 10, 1, 37)).toEqual([[196, 70, 7, 37, 310, 273]]);
    expect(ECH.thirdshours(col(13, 13, 7, 5, 2), col(3, 7.5, 13, 15, 20))).toEqual([[342.5, 412.5, 449.5]]);
    expect(ECH.schedulehours(col(2.5, 2, 2, 4, 4), col(5, 2, 4, 2, 4))).toEqual([[49.5, 346.5, 416.5, 453.5]]);
    expect(ECH.coreaddon(56, 112, 7, 40)).toEqual([[175, 40, 72, 0]]);
    expect(ECH.phasedblock(310, 400)).toEqual([[310, 360, 400]]);
  });

  test("how much care? on other inputs: ranges of any length, and the days a week of the schedule", () => {
    expect(ECH.thirdshours(row(10, 2), row(4, 20.5), 0, 0)).toEqual([[81, 81, 81]]);
    expect(ECH.thirdshours(col(1, 1, 1, 1, 1, 1, 1), col(1, 2, 3, 4, 5, 6, 7), 10, 1)).toEqual([[28, 38, 39]]);
    expect(ECH.schedulehours(col(2.5, 2, 2, 4, 4), col(5, 2, 4, 2, 4), null, null, null, 5)).toEqual([[49.5, 247.5, 317.5, 354.5]]);
    expect(ECH.schedulehours(row(12), row(3), 2, 0, 0, 1)).toEqual([[38, 38, 38, 38]]);
    expect(ECH.minblock(3, 12.5, 10, 1, 20, 5)).toEqual([[187.5, 50, 5, 20, 262.5, 242.5]]);
    expect(ECH.coreaddon(56, 100, 7, 40, 400)).toEqual([[163, 40, 60, 284]]);
    expect(ECH.phasedblock(310, 330, 100)).toEqual([[310, 330, 330]]);
    expect(ECH.eligibilityblock(10, 2, 0, 5)).toBe(25);
  });

  test.each<[string, () => unknown, string, RegExp]>([
    ["more than 7 days", () => ECH.minblock(2, 14, 10, 1, 37, 8), "#NUM!", /^daysPerWeek: must be 7 or less/],
    ["a schedule of more than 7 days", () => ECH.schedulehours(row(2), row(1), 1, 70, 37, 7.5), "#NUM!", /^daysPerWeek/],
    ["sessions over 24 hours", () => ECH.schedulehours(col(20, 10), col(1, 1)), "#NUM!", /^sessionHours: .*24 hours/],
    ["part of a tenant", () => ECH.thirdshours(col(1.5), col(3)), "#NUM!", /^tenants: .*whole number/],
    ["floating time over the day hours", () => ECH.coreaddon(56, 30, 7, 40), "#NUM!", /^floatingHours: /],
    ["a target under the minimum block", () => ECH.phasedblock(310, 300), "#NUM!", /^targetHours: .*minimum block/],
    ["no tenants", () => ECH.eligibilityblock(0), "#NUM!", /^tenants: /],
    ["negative night hours", () => ECH.eligibilityblock(40, 4, -1), "#NUM!", /^nightHours: /],
  ])("how much care? %s is an error naming the argument", (_name, call, code, message) => expectError(call(), code, message));

  test("ELIGIBILITYBLOCK: an illustration (40 × 4 + 70 + 37), not a printed figure", () => {
    expect(ECH.eligibilityblock(40)).toBe(267);
  });

  test("CAPITALREVENUE computes where the printed table does not add up", () => {
    expect(ECH.capitalrevenue(24, 75195, 469298, 156433)).toEqual([[1804680, 625731, 625731 / 24]]);
    expect((ECH.capitalrevenue(16, 48750, 703068, 301323) as number[][])[0][1]).toBe(1004391);
  });
});

describe("ECH.NETCOST: the council's net cost", () => {
  const G = 555415.796;
  const NONE = row(0, 0, 0);
  test("no contributions: the net cost is the council's cost", () => {
    expect(ECH.netcost(G, 35, SHARES, HOURS, HS, NONE, NONE, 126, 0.5)).toEqual([[0, G]]);
  });
  test("£10 a week from each of the 37 tenants counted in the bands: £19,240 a year", () => {
    const [[income, net]] = ECH.netcost(G, 35, SHARES, HOURS, HS, NONE, row(10, 10, 10), 126, 0.5) as number[][];
    expect(income).toBeCloseTo(19240, 9);
    expect(net).toBeCloseTo(G - 19240, 9);
  });
  test("all self-funders in the High band pay their share of the cost of care: 10 × (16.8 care hours + 63 night hours ÷ 37) × G ÷ 782 hours", () => {
    const [[income]] = ECH.netcost(G, 35, SHARES, HOURS, HS, row(0, 0, 1), NONE, 126, 0.5) as number[][];
    expect(income).toBeCloseTo((10 * (16.8 + 63 / 37) * G) / 782, 6);
  });
  test("housing support through the service charge: the council's net cost is the care's share, 367.4 of 782 hours", () => {
    const [[income, net]] = ECH.netcost(G, 35, SHARES, HOURS, HS, NONE, NONE, 126, 0.5, "through the service charge") as number[][];
    expect(income).toBe(0);
    expect(net).toBeCloseTo((G * 367.4) / 782, 6);
  });
  test("bad input names the argument", () => {
    const e = ECH.netcost(1000, 35, SHARES, HOURS, HS, row(0, 2, 0), NONE);
    expect(isError(e) && e.code).toBe("#NUM!");
    expect(isError(e) && e.message).toMatch(/selfFunderShares/);
    const t = ECH.netcost("lots", 35, SHARES, HOURS, HS, NONE, NONE);
    expect(isError(t) && t.message).toMatch(/councilAnnualCost/);
    const f = ECH.netcost(1000, 35, SHARES, HOURS, HS, NONE, NONE, 126, 0.5, "the landlord");
    expect(isError(f) && f.message).toMatch(/supportFunding/);
  });
});

describe("bad input gets a clear error naming the argument", () => {
  test.each<[string, () => unknown, string, RegExp]>([
    ["text tenants", () => ECH.carehours("thirty", SHARES, HOURS, HS), "#VALUE!", /tenants.*text/],
    ["blank tenants", () => ECH.carehours(null, SHARES, HOURS, HS), "#VALUE!", /tenants.*blank/],
    ["negative tenants", () => ECH.carehours(-3, SHARES, HOURS, HS), "#NUM!", /tenants.*3 or more|tenants.*0 or more/],
    ["fractional tenants", () => ECH.carehours(3.5, SHARES, HOURS, HS), "#NUM!", /tenants.*whole number/],
    ["shares not 100%", () => ECH.carehours(35, row(0.3, 0.46, 0.27), HOURS, HS), "#NUM!", /bandShares.*100%.*103%/],
    ["share over 1", () => ECH.carehours(35, SHARES, HOURS, row(0.8, 6, 0.4)), "#NUM!", /supportShares.*between 0% and 100%/],
    ["wrong size", () => ECH.carehours(35, row(0.5, 0.5), HOURS, HS), "#VALUE!", /bandShares.*3 cells/],
    [
      "2-D range",
      () =>
        ECH.carehours(
          35,
          [
            [0.27, 0.46],
            [0.27, 0],
          ],
          HOURS,
          HS,
        ),
      "#VALUE!",
      /bandShares.*single row or column/,
    ],
    ["blank cell in range", () => ECH.carehours(35, row(0.27, null, 0.27), HOURS, HS), "#VALUE!", /bandShares.*cell 2 of 3 is blank/],
    ["boolean", () => ECH.carehours(true, SHARES, HOURS, HS), "#VALUE!", /tenants.*TRUE/],
    [
      "error value",
      () => ECH.carehours(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable), SHARES, HOURS, HS),
      "#VALUE!",
      /tenants.*#N\/A/,
    ],
    ["not a CAREHOURS row", () => ECH.unitcost(row(400, 300, 782), row(10, 10), 26000), "#NUM!", /careHours.*ECH.CAREHOURS/],
    ["zero hours", () => ECH.unitcost(row(0, 0, 0), row(10, 10), 26000), "#NUM!", /careHours/],
    ["rates of 3 cells", () => ECH.unitcost(seedHours(), row(10, 10, 10), 26000), "#VALUE!", /hourlyRates.*1 or 2 cells/],
    ["on-costs of 3 cells", () => ECH.unitcost(seedHours(), row(10), 26000, row(0.1, 0.04, 0.06)), "#VALUE!", /onCosts.*4 cells/],
    ["bad period", () => ECH.carecost(seedHours(), row(10), "month"), "#VALUE!", /period.*"week" or "year"/],
    ["negative budget", () => ECH.tenantbudget(col(60, -1), col(60)), "#NUM!", /expenditure.*negative/],
    ["mismatched lengths", () => ECH.thirdshours(col(13, 13), col(3)), "#VALUE!", /hoursEach.*as many cells/],
    ["0 tenants per person", () => ECH.costperperson(1000, 0), "#NUM!", /tenants/],
  ])("%s", (_name, call, code, message) => expectError(call(), code, message));
});

describe("properties", () => {
  test("CAREHOURS: support + care = total, and never negative, for any valid scheme", () => {
    const sharesArb = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
      .filter(([a, b]) => a + b <= 100)
      .map(([a, b]) => [a / 100, b / 100, (100 - a - b) / 100]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        sharesArb,
        fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (t, s, h, hs) => {
          const r = ECH.carehours(t, [s], [h], [hs], 126);
          expect(isError(r)).toBe(false);
          const [support, care, total] = (r as number[][])[0];
          expect(support).toBeGreaterThanOrEqual(0);
          expect(care).toBeGreaterThanOrEqual(-1e-9);
          expect(support + care).toBeCloseTo(total, 9);
        },
      ),
    );
  });
});
