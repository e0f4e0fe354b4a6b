/** The cost at a current price base: the worked 2026-27 example of docs/price-base.md, and its rules. */
import fc from "fast-check";
import { DEFAULT_PAY, DEFAULT_SCHEME, PUBLISHED_SCHEME, computeScheme, pennies } from "../../src/model";
import { WORKED_2026 } from "../support/worked";
import { inputError } from "../support/inputError";
import { runs } from "../support/runs";

const error = inputError;

describe("the worked 2026-27 example (docs/price-base.md)", () => {
  const r = computeScheme(WORKED_2026);
  const t = r.today!;

  test("paid hours: holiday 52 ÷ 46.4, absence 4%, 25 care and support workers, 27 in all", () => {
    expect(t.nationalLivingWage).toBe(12.71);
    expect(t.paidPerHour).toBeCloseTo((52 / 46.4) * 1.04, 12);
    expect(pennies(t.paidHoursPerWeek)).toBe(959.97);
    expect([t.careWorkers, t.teamLeaders, t.workers]).toEqual([25, 1, 27]);
  });

  test("pay a year, line by line", () => {
    expect(pennies(t.pay.daySupport)).toBe(270842.28);
    expect(pennies(t.pay.dayCare)).toBe(234483.48);
    expect(pennies(t.pay.night)).toBe(99274.1);
    expect([pennies(t.pay.nightSupport), pennies(t.pay.nightCare)]).toEqual([49637.05, 49637.05]);
    expect(pennies(t.pay.training)).toBe(7626);
    expect(pennies(t.pay.careWorkers)).toBe(612225.85);
    expect(pennies(t.pay.teamLeaders)).toBe(26936);
    expect(pennies(t.pay.total)).toBe(665161.85);
  });

  test("employer National Insurance and pension per worker, then the totals", () => {
    expect(pennies(t.employerNI)).toBe(79524.28);
    expect(pennies(t.employerPension)).toBe(14900.46);
    expect(pennies(t.staffCost)).toBe(759586.59);
    expect(pennies(t.overheads)).toBe(151917.32);
    expect(pennies(t.surplus)).toBe(27345.12);
    expect(pennies(t.totalCost)).toBe(938849.02);
    expect(pennies(r.totalCost)).toBe(938849.02);
    expect(pennies(r.staff.total)).toBe(759586.59);
  });

  test("unit costs and cost per person; no benchmark for 2026-27 until it is entered", () => {
    expect(pennies(r.unitCostPerHour)).toBe(23.09);
    expect(pennies(t.unitCostPerPaidHour)).toBe(18.81);
    expect(pennies(r.perPerson.week)).toBe(515.85);
    expect(pennies(r.perPerson.year)).toBe(26824.26);
    expect(t.benchmark).toBeNull();
    expect(
      computeScheme({ ...WORKED_2026, enteredFigures: { "2026-27": { secondaryThreshold: 5000, homecareMinimumPrice: 33 } } }).today!
        .benchmark,
    ).toBe(33);
    expect(computeScheme({ ...WORKED_2026, priceBase: "2025-26" }).today!.benchmark).toBe(32.14);
  });
});

describe("the Employment Allowance (providers only)", () => {
  test("not claimed by default: nothing comes off and the worked example stands", () => {
    expect(DEFAULT_PAY.employmentAllowance).toBe("No");
    expect(computeScheme(WORKED_2026).today!.employmentAllowance).toBe(0);
  });

  test("claimed at 2026-27: £10,500 off £79,524.28 of National Insurance; × 1.2 overheads × 1.03 surplus, £12,978 off the total", () => {
    const t = computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, employmentAllowance: "Yes" } }).today!;
    expect(pennies(t.employerNI)).toBe(79524.28);
    expect(t.employmentAllowance).toBe(10500);
    // £759,586.59 − £10,500 = £749,086.59; × 1.2 × 1.03 = £925,871.02 (£938,849.02 − £12,978.00).
    expect(pennies(t.staffCost)).toBe(749086.59);
    expect(pennies(t.totalCost)).toBe(925871.02);
    expect(pennies(t.unitCostPerContactHour)).toBe(22.77);
  });

  test("claimed at 2024-25: £5,000, so £6,180 off the total of £912,103.78", () => {
    const t = computeScheme({ ...WORKED_2026, priceBase: "2024-25", pay: { ...DEFAULT_PAY, employmentAllowance: "Yes" } }).today!;
    expect(t.employmentAllowance).toBe(5000);
    expect(pennies(t.totalCost)).toBe(905923.78);
  });

  test("never more than the National Insurance: a small scheme whose workers all earn under the threshold pays none and gets none off", () => {
    const small = {
      ...WORKED_2026,
      tenants: 1,
      nightHours: 0,
      managerSalary: 4000,
      pay: { ...DEFAULT_PAY, teamLeaderHours: 0, employmentAllowance: "Yes" as const },
    };
    const t = computeScheme(small).today!;
    expect(t.employmentAllowance).toBe(t.employerNI);
    expect(t.staffCost).toBeCloseTo(t.pay.total + t.employerPension, 6);
  });

  test("anything but No or Yes names the argument", () => {
    const bad = { ...WORKED_2026, pay: { ...DEFAULT_PAY, employmentAllowance: "Maybe" as "Yes" } };
    expect(error(() => computeScheme(bad)).message).toBe('employmentAllowance: is "Maybe"; use "No" or "Yes".');
  });
});

describe("price bases", () => {
  test("the published model's base keeps every printed figure", () => {
    for (const pb of [undefined, "2009", "2009 (published model)"]) {
      const r = computeScheme({ ...PUBLISHED_SCHEME, priceBase: pb });
      expect(pennies(r.staff.total)).toBe(555415.8);
      expect(pennies(r.totalCost)).toBe(555415.8);
      expect(pennies(r.unitCostPerHour)).toBe(13.66);
      expect([pennies(r.perPerson.week), pennies(r.perPerson.year)]).toEqual([305.17, 15869.02]);
      expect(r.today).toBeNull();
      expect(r.priceBase).toBe("2009");
    }
  });

  test("employer National Insurance rises from 2024-25 to 2026-27 at equal pay", () => {
    const y24 = computeScheme({ ...WORKED_2026, priceBase: "2024-25" }).today!;
    const y26 = computeScheme(WORKED_2026).today!;
    expect(y24.pay.total).toBe(y26.pay.total);
    expect(pennies(y24.employerNI)).toBe(57885.74);
    expect(y26.employerNI).toBeGreaterThan(y24.employerNI);
  });

  test("a £10.00 care rate under 2026-27 is costed, with a warning naming the rate and the National Living Wage", () => {
    const r = computeScheme({ ...WORKED_2026, hourlyRates: { support: 12.71, care: 10 } });
    expect(r.warnings).toEqual([
      {
        argument: "hourlyRates",
        message:
          "Hourly pay of care: £10.00 an hour is below the National Living Wage of £12.71 an hour (2026-27, workers aged 21 and over).",
      },
    ]);
    // The cost is the model's at £10.00: below the worked example's at £12.71.
    expect(r.totalCost).toBeLessThan(computeScheme(WORKED_2026).totalCost);
    expect(computeScheme(WORKED_2026).warnings).toEqual([]);
    expect(computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, teamLeaderRate: 12 } }).warnings.map((w) => w.argument)).toEqual([
      "teamLeaderRate",
    ]);
    expect(computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, nightRate: 11 } }).warnings[0].message).toMatch(
      /^Hourly pay at night \(waking nights\): £11\.00 .*£12\.71/,
    );
    // A sleep-in night is a flat amount, not an hourly rate: the night rate is not used.
    expect(() =>
      computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, nightRate: 11, nightCover: "Sleep-in nights", sleepInAmount: 60 } }),
    ).not.toThrow();
  });

  test("the default scheme is costed at 2026-27 with the examples: £944,682.94 a year, £23.23 an hour, no warning", () => {
    expect(DEFAULT_SCHEME.priceBase).toBe("2026-27");
    const r = computeScheme(DEFAULT_SCHEME);
    expect(r.priceBase).toBe("2026-27");
    expect(r.warnings).toEqual([]);
    // The worked example with a £30,000 manager: £4,000 more pay, + 15% NI + 3% pension on it, + overheads and surplus.
    expect(pennies(r.today!.employerNI)).toBe(80124.28);
    expect(pennies(r.totalCost)).toBe(944682.94);
    expect(pennies(r.unitCostPerHour)).toBe(23.23);
    expect(pennies(r.totalCost - computeScheme(WORKED_2026).totalCost)).toBe(pennies(4000 * 1.18 * 1.2 * 1.03));
  });

  test("the 2026-27 secondary threshold is published (£5,000): nothing to enter for the worked example", () => {
    expect(pennies(computeScheme({ ...WORKED_2026, enteredFigures: {} }).today!.totalCost)).toBe(938849.02);
  });

  test("an unknown price base names the argument and lists the known ones", () => {
    expect(error(() => computeScheme({ ...WORKED_2026, priceBase: "2023-24" })).message).toBe(
      'priceBase: "2023-24" is not a price base; use one of 2009, 2024-25, 2025-26, 2026-27.',
    );
  });

  test("sleep-in nights: nights × payment × holiday × 52, split between housing support and care", () => {
    const r = computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, nightCover: "Sleep-in nights", sleepInAmount: 60 } }).today!;
    expect(r.pay.night).toBeCloseTo(7 * 60 * (52 / 46.4) * 52, 9);
    expect(r.pay.nightSupport).toBeCloseTo(r.pay.night / 2, 9);
    expect(error(() => computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, nightCover: "Sleep-in nights" } })).argument).toBe(
      "sleepInAmount",
    );
  });

  test("a scheme pension rate applies to the whole pay", () => {
    const r = computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, pensionSchemeRate: 0.19 } }).today!;
    expect(r.employerPension).toBeCloseTo(0.19 * r.pay.total, 6);
  });

  test("bad pay inputs name their argument", () => {
    expect(error(() => computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, contractedHours: 0 } })).argument).toBe("contractedHours");
    expect(error(() => computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, overheadRate: 1.5 } })).argument).toBe("overheadRate");
    expect(error(() => computeScheme({ ...WORKED_2026, pay: { ...DEFAULT_PAY, nightCover: "Dozing" as never } })).argument).toBe(
      "nightCover",
    );
  });
});

describe("properties at a current price base", () => {
  const rate = fc.double({ min: 12.71, max: 40, noNaN: true });
  test("the total covers the staff cost; a higher care rate never costs less; NI is higher in 2026-27 than 2024-25", () => {
    fc.assert(
      fc.property(
        rate,
        rate,
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 10, max: 48, noNaN: true }),
        (a, b, extra, contracted) => {
          const pay = { ...DEFAULT_PAY, contractedHours: contracted };
          const lo = computeScheme({ ...WORKED_2026, pay, hourlyRates: { support: a, care: b } });
          const hi = computeScheme({ ...WORKED_2026, pay, hourlyRates: { support: a, care: b + extra } });
          expect(lo.totalCost).toBeGreaterThanOrEqual(lo.staff.total);
          expect(hi.totalCost).toBeGreaterThanOrEqual(lo.totalCost - 1e-6);
          expect(lo.today!.unitCostPerPaidHour).toBeLessThanOrEqual(lo.unitCostPerHour);
          const y24 = computeScheme({ ...WORKED_2026, pay, priceBase: "2024-25", hourlyRates: { support: a, care: b } });
          expect(lo.today!.employerNI).toBeGreaterThan(y24.today!.employerNI);
          expect(lo.today!.employerNI).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: runs(60) },
    );
  });
});
