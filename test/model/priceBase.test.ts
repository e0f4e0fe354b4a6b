import fc from "fast-check";
import { Program, evaluate, type Row, type Value } from "../../src/calc";
import * as S from "../../src/model/scheme";
import { runs } from "../support/runs";
import {
  InputError,
  PRICE_BASES,
  PRICE_BASE_IDS,
  belowEarningsTrigger,
  belowNationalLivingWage,
  PRICE_FIGURES,
  STATUTORY_BASES,
  TABLE,
  priceBaseInput,
  nationalLivingWage,
  pennies,
  priceBase,
  unverifiedFigures,
} from "../../src/model";

const CURRENT = ["2024-25", "2025-26", "2026-27"] as const;
const pay = fc.double({ min: 0, max: 1e6, noNaN: true });
const weeks = fc.double({ min: 0, max: 51.9, noNaN: true });

describe("price base table", () => {
  test("the four bases, in order", () => {
    expect(PRICE_BASE_IDS).toEqual(["2009", "2024-25", "2025-26", "2026-27"]);
  });

  test("an unknown base is an InputError naming priceBase and listing the known ones", () => {
    const e = (() => {
      try {
        priceBase("2023-24");
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).argument).toBe("priceBase");
    expect((e as InputError).message).toBe('priceBase: "2023-24" is not a price base; use one of 2009, 2024-25, 2025-26, 2026-27.');
    expect(() => nationalLivingWage("2027-28")).toThrow(/not a price base/);
    expect(() => priceBase("")).toThrow(InputError);
  });

  test("every figure is either null or a value with a dated, titled source", () => {
    const figures: unknown[] = [];
    for (const base of PRICE_BASES) {
      if (base.method === "flat") {
        const f = base.flat;
        figures.push(...Object.values(f).filter((v) => !Array.isArray(v)));
        figures.push(...f.tenantExpenditure.map((l) => l.weekly), ...f.tenantIncome.map((l) => l.weekly));
      } else {
        const { tenant, ...rest } = base.rules;
        figures.push(...Object.values(rest), ...Object.values(tenant));
      }
    }
    expect(figures.length).toBeGreaterThan(60);
    for (const f of figures) {
      if (f === null) continue;
      const { value, source } = f as { value: number; source: Record<string, string> };
      expect(Number.isFinite(value)).toBe(true);
      expect(source.title.length).toBeGreaterThan(5);
      expect(source.publisher.length).toBeGreaterThan(3);
      expect(source.date.length).toBeGreaterThan(3);
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  test("the 2009 base keeps every printed figure of the published model", () => {
    const base = priceBase("2009");
    if (base.method !== "flat") throw new Error("2009 must be the flat method");
    const f = base.flat;
    expect([f.nationalInsuranceRate.value, f.coverRate.value, f.superannuationRate.value]).toEqual([0.1, 0.04, 0.06]);
    expect(f.training.value).toBe(35209.46);
    expect([f.hourlyRateSupport.value, f.hourlyRateCare.value, f.managerSalary.value]).toEqual([10, 10, 26000]);
    expect(f.indicativeHourlyRate.value).toBe(11.5);
    expect(f.tenantExpenditure.map((l) => l.weekly.value)).toEqual([60, 17.55, 15, 69.25, 269.75, 22]);
    expect(f.tenantIncome.map((l) => l.weekly.value)).toEqual([60, 17.55, 84.25, 151.5, 118.25, 22]);
    expect(f.training.source.date).toBe("May 2009");
  });

  test("figures that could not be checked are listed for the user to enter", () => {
    expect(unverifiedFigures("2026-27")).toEqual(
      expect.arrayContaining(["homecareMinimumPrice", "realLivingWage", "tenant.minimumIncomeGuaranteePensionAge"]),
    );
    expect(unverifiedFigures("2026-27")).not.toContain("secondaryThreshold");
    expect(unverifiedFigures("2026-27")).not.toContain("tenant.newStatePensionFull");
    expect(unverifiedFigures("2025-26")).not.toContain("tenant.newStatePensionFull");
    expect(unverifiedFigures("2024-25")).not.toContain("secondaryThreshold");
    expect(unverifiedFigures("2024-25")).not.toContain("tenant.upperCapitalLimit");
    expect(unverifiedFigures("2025-26")).toContain("realLivingWage");
    expect(() => unverifiedFigures("2009")).toThrow(/flat rates/);
  });

  test("the Real Living Wage of 2024-25 is the £12.00 UK rate announced on 24 October 2023 and paid from 1 May 2024", () => {
    const base = priceBase("2024-25");
    if (base.method !== "statutory") throw new Error("2024-25 must be statutory");
    expect(base.rules.realLivingWage?.value).toBe(12);
    expect(base.rules.realLivingWage?.source.publisher).toBe("Living Wage Foundation");
    expect(base.rules.realLivingWage?.source.date).toMatch(/^24 October 2023.*1 May 2024/);
  });
});

describe("National Living Wage", () => {
  test("£11.44, £12.21, £12.71 from April 2024, 2025, 2026", () => {
    expect(CURRENT.map(nationalLivingWage)).toEqual([11.44, 12.21, 12.71]);
  });

  test("the 2009 base has none", () => {
    expect(() => nationalLivingWage("2009")).toThrow(/flat rates; it has no National Living Wage/);
  });

  test("a rate below it is named with the wage; at or above it there is no message", () => {
    expect(belowNationalLivingWage(12, "2025-26")).toBe(
      "£12.00 an hour is below the National Living Wage of £12.21 an hour (2025-26, workers aged 21 and over).",
    );
    expect(belowNationalLivingWage(12.21, "2025-26")).toBeNull();
    expect(belowNationalLivingWage(12.5, "2026-27")).toMatch(/£12\.71/);
    expect(belowNationalLivingWage(10, "2009")).toBeNull();
    expect(() => belowNationalLivingWage(-1, "2025-26")).toThrow(/rate: must not be negative/);
  });
});

/**
 * Employer National Insurance, pension and the holiday uplift are rows of the scheme graph
 * (src/model/scheme.ts): each worker of a group earns the group's average pay. These run them.
 */
const onePerson = (wanted: Row) => new Program([priceBaseInput, S.managerSalary, S.pensionSchemeRate], [wanted]);
const NI = onePerson(S.managerCosts.ni);
const PENSION = onePerson(S.managerCosts.pension);
const niOf = (pay: number, base: string) => NI.run([[base], [pay], [null]]).number(S.managerCosts.ni);
const pensionOf = (pay: number, base: string, scheme: number | null = null) =>
  PENSION.run([[base], [pay], [scheme]]).number(S.managerCosts.pension);
/** The rows' values with some inputs or figures given. */
const rows = (given: [Row, Value[]][], wanted: Row) => evaluate(given, [wanted]).number(wanted);
/** The 2026-27 column's cell of a figure of the table of price bases. */
const cell2026 = (key: keyof typeof TABLE) => TABLE[key][STATUTORY_BASES.findIndex((b) => b.id === "2026-27")];

describe("employer National Insurance", () => {
  test("a worker on £20,000: 13.8% × £10,900 = £1,504.20 in 2024-25; 15% × £15,000 = £2,250.00 in 2025-26", () => {
    expect(pennies(niOf(20000, "2024-25"))).toBe(1504.2);
    expect(pennies(niOf(20000, "2025-26"))).toBe(2250);
  });

  test("pay at or below the threshold costs nothing", () => {
    expect(niOf(9100, "2024-25")).toBe(0);
    expect(niOf(4000, "2025-26")).toBe(0);
  });

  test("2026-27: 15% above the £5,000 threshold of HM Revenue and Customs' policy paper (13 November 2024)", () => {
    expect(pennies(niOf(20000, "2026-27"))).toBe(2250);
    const base = priceBase("2026-27");
    if (base.method !== "statutory") throw new Error("2026-27 must be statutory");
    expect(base.rules.secondaryThreshold?.source.publisher).toMatch(/HM Revenue and Customs/);
    expect(base.rules.secondaryThreshold?.source.date).toBe("13 November 2024");
    const entered: [Row, Value[]][] = [
      [priceBaseInput, ["2026-27"]],
      [S.managerSalary, [20000]],
      [cell2026("secondaryThreshold"), [6000]],
    ];
    expect(pennies(rows(entered, S.managerCosts.ni))).toBe(2100);
  });

  test("at equal pay it rises from 2024-25 to 2026-27", () => {
    const y24 = niOf(23000, "2024-25");
    const y26 = niOf(23000, "2026-27");
    expect(pennies(y24)).toBe(1918.2); // 13.8% × £13,900
    expect(pennies(y26)).toBe(2700); // 15% × £18,000
    expect(y26).toBeGreaterThan(y24);
  });

  test("the 2009 base charges its flat 10% on the whole pay: £432,640 gives the printed £43,264", () => {
    expect(
      pennies(
        rows(
          [
            [priceBaseInput, ["2009"]],
            [S.payBase, [432640]],
          ],
          S.nationalInsurance,
        ),
      ),
    ).toBe(43264);
  });

  test("a group: 12 workers on an average £20,000 in 2025-26 cost £27,000; no workers, nothing", () => {
    const group = (workers: number, pay: number) =>
      rows(
        [
          [priceBaseInput, ["2025-26"]],
          [S.careWorkers, [workers]],
          [S.careWorkerPay, [pay]],
        ],
        S.careWorkerCosts.ni,
      );
    expect(pennies(group(12, 12 * 20000))).toBe(27000);
    expect(group(0, 0)).toBe(0);
  });

  test("properties: never negative, never more than rate × pay, and monotone in pay", () => {
    fc.assert(
      fc.property(fc.constantFrom("2024-25", "2025-26"), pay, pay, (id, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const niLo = niOf(lo, id);
        const niHi = niOf(hi, id);
        expect(niLo).toBeGreaterThanOrEqual(0);
        expect(niHi).toBeGreaterThanOrEqual(niLo);
        expect(niHi).toBeLessThanOrEqual(0.15 * hi + 1e-9);
      }),
      { numRuns: runs(50), seed: 22 },
    );
  });
});

describe("employer pension", () => {
  test("3% of qualifying earnings: £20,000 gives 3% × (£20,000 − £6,240) = £412.80 each year", () => {
    for (const id of CURRENT) expect(pennies(pensionOf(20000, id))).toBe(412.8);
  });

  test("capped at the upper limit and nothing below the lower limit", () => {
    expect(pennies(pensionOf(80000, "2025-26"))).toBe(pennies(0.03 * (50270 - 6240)));
    expect(pensionOf(6000, "2025-26")).toBe(0);
  });

  test("a scheme rate applies to the whole pay", () => {
    expect(pennies(pensionOf(20000, "2025-26", 0.19))).toBe(3800);
  });

  test("the 2009 base: 6% on pay plus cover, £449,945.60 gives the printed £26,996.74", () => {
    const given: [Row, Value[]][] = [
      [priceBaseInput, ["2009"]],
      [S.payBase, [449945.6]],
      [S.cover, [0]],
    ];
    expect(pennies(rows(given, S.superannuation))).toBe(26996.74);
  });

  test("under the £10,000 earnings trigger there is a note; at or over it none", () => {
    expect(belowEarningsTrigger(9000, "2026-27")).toMatch(
      /£9,000\.00 a year is under the automatic enrolment earnings trigger of £10,000\.00/,
    );
    expect(belowEarningsTrigger(10000, "2026-27")).toBeNull();
  });

  test("property: between 0 and 3% × (upper − lower), and monotone in pay", () => {
    const cap = 0.03 * (50270 - 6240);
    fc.assert(
      fc.property(fc.constantFrom(...CURRENT), pay, pay, (id, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pLo = pensionOf(lo, id);
        const pHi = pensionOf(hi, id);
        expect(pLo).toBeGreaterThanOrEqual(0);
        expect(pHi).toBeLessThanOrEqual(cap + 1e-9);
        expect(pHi).toBeGreaterThanOrEqual(pLo);
      }),
      { numRuns: runs(50), seed: 22 },
    );
  });
});

describe("holiday uplift", () => {
  const uplift = (weeks: number | null) =>
    rows(
      [[priceBaseInput, ["2025-26"]], ...(weeks === null ? [] : [[PRICE_FIGURES.holidayWeeks, [weeks]] as [Row, Value[]]])],
      S.holidayUplift,
    );

  test("5.6 weeks, the statutory entitlement: 52 ÷ 46.4, a 12.07% uplift", () => {
    expect(uplift(null)).toBeCloseTo(52 / 46.4, 12);
    expect(Math.round((uplift(null) - 1) * 10000) / 100).toBe(12.07);
    expect(uplift(0)).toBe(1);
  });

  test("property: at least 1 and rising with the weeks", () => {
    fc.assert(
      fc.property(weeks, weeks, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(uplift(lo)).toBeGreaterThanOrEqual(1);
        expect(uplift(hi)).toBeGreaterThanOrEqual(uplift(lo));
      }),
      { numRuns: runs(30), seed: 22 },
    );
  });
});
