import { InputError, checkParam, type SchemeFigures } from "../../src/model";
import { DEFAULT_OPTION_PARAMS } from "../../src/options/registry";
import {
  BASE_OPTIONS,
  OPTION_IDS,
  OVERLAYS,
  OVERLAY_IDS,
  POOLING,
  PUMP_PRIMING,
  blockContractOption,
  checkOptionParams,
  coreAndAddOnOption,
  costOption,
  optionSpan,
  pooledBudgets,
  pumpPrimes,
  pumpPriming,
  spotPurchasing,
} from "../../src/options";

/** Seed 002's scheme as the option sheets see it: 35 tenants, 782 hours, £555,415.80 a year. */
const S: SchemeFigures = {
  tenants: 35,
  hoursPerWeek: 782,
  unitCostPerHour: 555415.796 / (782 * 52),
  costPerPersonWeek: 555415.796 / 35 / 52,
};
const D = DEFAULT_OPTION_PARAMS;

describe("option A: spot-purchasing and the provider's break-even", () => {
  test("one person round the clock is 168 hours; at the unit cost it breaks even selling 168 of 782 hours", () => {
    const a = spotPurchasing(D.A, S);
    expect(a.coverHours).toBe(168);
    expect(a.breakEvenHours).toBeCloseTo(168, 9);
    expect(a.breakEvenUptake).toBeCloseTo(168 / 782, 12);
    expect(a.breakEven).toBe("yes");
    expect(a.blockHours).toBe(0);
    expect(a.spotHours).toBe(782);
    expect(a.councilAnnualCost).toBeCloseTo(555415.796, 6);
    // 50% uptake sells 391 hours: 223 more than the cover, each at cost, so the margin is 0.
    expect(a.providerMarginWeek).toBeCloseTo(0, 6);
  });

  test("fixed charges lower the break-even; a price below cost never breaks even", () => {
    expect(spotPurchasing({ ...D.A, fixedChargePerTenantWeek: 20 }, S).breakEvenHours).toBeCloseTo(
      (168 * S.unitCostPerHour - 700) / S.unitCostPerHour,
      9,
    );
    expect(spotPurchasing({ ...D.A, spotPrice: 10 }, S).breakEven).toBe("priceBelowCost");
    expect(spotPurchasing({ ...D.A, hoursNeeded: 100 }, S).breakEven).toBe("notEnoughDemand");
  });
});

describe("option B: core and add-on", () => {
  test("seed 000: core 175 = 56 + 112 + 7, 72 planned care; add-on is the need beyond its 128 contact hours (782 − 128 = 654)", () => {
    const b = coreAndAddOnOption(D.B, S);
    expect([b.blockHours, b.plannedCare, b.addOn, b.spotHours]).toEqual([175, 72, 654, 654]);
    expect(coreAndAddOnOption({ ...D.B, hoursNeeded: 100 }, S).addOn).toBe(0);
  });

  test("the council pays the block and its share of the add-on", () => {
    const b = coreAndAddOnOption({ ...D.B, blockPrice: 15, spotPrice: 12, councilShare: 0.5 }, S);
    expect(b.councilAnnualCost).toBeCloseTo((175 * 15 + 654 * 12 * 0.5) * 52, 9);
  });

  test("floating time cannot exceed the day hours", () => {
    expect(() => coreAndAddOnOption({ ...D.B, floatingHours: 113 }, S)).toThrow(/options\.B\.floatingHours/);
  });
});

describe("options C and D: block contract", () => {
  // The brief's 40-unit example sets a 400-hour target; left blank, the target is the hours tenants need.
  const T400 = { ...D.D, targetHours: 400 };
  test("seed 000: minimum 310, phasing 310, 360, 400", () => {
    const d = blockContractOption("D", T400, S);
    expect(d.minimum.total).toBe(310);
    expect(d.minimum.initial).toBe(273);
    expect(d.phases).toEqual([310, 360, 400]);
    expect(d.blockHours).toBe(400);
  });

  test("a blank target is the hours tenants need plus the block's handover and team leader: the block buys them all, gap 0", () => {
    const d = blockContractOption("D", D.D, S);
    // 782 contact hours + 7 handover + 37 team leader.
    expect([d.blockHours, d.spotHours, d.nonContactHours, d.hoursGap]).toEqual([826, 0, 44, 0]);
    expect(d.phases).toEqual([310, 360, 826]);
    expect(d.councilAnnualCost).toBeCloseTo((555415.796 * 826) / 782, 2);
  });

  test("C: opt-outs reduce the block, never below the minimum, and are spot-purchased", () => {
    const c = blockContractOption("C", { ...D.C, targetHours: 400, optOutResidents: 4, optOutHoursEach: 7.5 }, S);
    expect([c.blockHours, c.spotHours, c.phases[1]]).toEqual([370, 30, 360]);
    expect(blockContractOption("C", { ...D.C, targetHours: 400, optOutResidents: 40, optOutHoursEach: 7.5 }, S).blockHours).toBe(310);
    // D ignores opt-outs: choice is made at entry.
    expect(blockContractOption("D", { ...T400, optOutResidents: 4 }, S).blockHours).toBe(400);
  });

  test("monthly netting: additional minus reduced hours at the block price", () => {
    const additional = [0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const reduced = [0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const c = blockContractOption("C", { ...D.C, targetHours: 400, blockPrice: 15, additionalHours: additional, reducedHours: reduced }, S);
    expect(c.months[2].netHours).toBe(12);
    expect(c.months[2].cost).toBeCloseTo((400 * 15 * 52) / 12 + 12 * 15, 9);
    expect(c.months[0].cost).toBeCloseTo((310 * 15 * 52) / 12, 9);
    expect(c.firstYearCost).toBeCloseTo(
      c.months.reduce((s, m) => s + m.cost, 0),
      9,
    );
  });

  test("the target must be at least the minimum block; months must be 12", () => {
    expect(() => blockContractOption("C", { ...D.C, targetHours: 300 }, S)).toThrow(/options\.C\.targetHours/);
    expect(() => blockContractOption("D", { ...D.D, reducedHours: [1] }, S)).toThrow(/options\.D\.reducedHours/);
  });
});

describe("overlays", () => {
  const b = coreAndAddOnOption({ ...D.B, blockPrice: 15, spotPrice: 12, councilShare: 0.5 }, S);

  test("E: members × budget × share pooled buys pooled ÷ price hours", () => {
    const e = pooledBudgets({ members: 10, budgetPerWeek: 300, pooledShare: 0.5, price: null }, S, b);
    expect([e.pooledWeek, e.pooledYear, e.hours]).toEqual([1500, 78000, 125]);
    expect(pooledBudgets(D.E, S, b).budgetPerWeek).toBeCloseTo(S.costPerPersonWeek, 12);
  });

  test("F: the core is block-contracted for the period, everything spot from the month after", () => {
    const f = pumpPriming({ blockPeriodMonths: 6, blockHours: null, blockPrice: 15 }, S, b);
    expect(f.conversionMonth).toBe(7);
    // In the block period B's core and add-on (654); after it, only the 782 contact hours are spot-purchased.
    expect(f.months[5]).toMatchObject({ blockHours: 175, spotHours: 654 });
    expect(f.months[6]).toMatchObject({ blockHours: 0, spotHours: 782 });
    expect(f.months[6].cost).toBeCloseTo((782 * 12 * 0.5 * 52) / 12, 9);
    expect(f.yearCosts[1]).toBeCloseTo(12 * ((782 * 12 * 0.5 * 52) / 12), 6);
  });
});

describe("checkParam", () => {
  test("blank only where allowed; bounds and whole numbers", () => {
    expect(checkParam("x", null, { kind: "number", blank: true })).toBeNull();
    expect(() => checkParam("x", null, { kind: "number" })).toThrow(InputError);
    expect(() => checkParam("x", 2.5, { kind: "whole", min: 0 })).toThrow(/whole number/);
    expect(() => checkParam("x", 25, { kind: "number", min: 0, max: 24 })).toThrow(/24 or less/);
    expect(() => checkParam("x", 0, { kind: "number", positive: true })).toThrow(/greater than 0/);
    expect(() => checkParam("x", 1.01, { kind: "share" })).toThrow(/100%/);
  });
});

/* The registry entries carry what callers used to choose by an option's letter. */
describe("the option registry", () => {
  test("costOption runs each option's own model", () => {
    expect(costOption("A", D, S)).toEqual(spotPurchasing(D.A, S));
    expect(costOption("B", D, S)).toEqual(coreAndAddOnOption(D.B, S));
    expect(costOption("C", D, S)).toEqual(blockContractOption("C", D.C, S));
    expect(costOption("D", D, S)).toEqual(blockContractOption("D", D.D, S));
    // Different options, different costs: the entry is not one model for all.
    expect(new Set(OPTION_IDS.map((id) => costOption(id, D, S).councilAnnualCost)).size).toBeGreaterThan(1);
  });

  test("the block contracts phase in, and only they; each entry's rows are the model's", () => {
    expect(OPTION_IDS.filter((id) => BASE_OPTIONS[id].phasing)).toEqual(["C", "D"]);
    expect(BASE_OPTIONS.C.phasing).not.toBe(BASE_OPTIONS.D.phasing);
    for (const id of OPTION_IDS) expect(BASE_OPTIONS[id].rows.id).toBe(BASE_OPTIONS[id].layout([]).rows.id);
  });

  test("E pools and F pump-primes; pumpPrimes asks the roles", () => {
    expect([POOLING, PUMP_PRIMING]).toEqual(["E", "F"]);
    expect(OVERLAY_IDS.map((id) => OVERLAYS[id].role)).toEqual(["pooling", "pumpPriming"]);
    expect([pumpPrimes([]), pumpPrimes([POOLING]), pumpPrimes([POOLING, PUMP_PRIMING])]).toEqual([false, false, true]);
  });

  test("checkOptionParams applies the rules across an option's parameters, naming the key", () => {
    expect(() => checkOptionParams("B", { ...D.B, floatingHours: 113 })).toThrow(/options\.B\.floatingHours/);
    expect(() => checkOptionParams("C", { ...D.C, targetHours: 300 })).toThrow(/options\.C\.targetHours.*310/);
    expect(() => checkOptionParams("D", { ...D.D, reducedHours: [1] })).toThrow(/options\.D\.reducedHours/);
    expect(() => checkOptionParams("F", { ...D.F, blockPeriodMonths: -1 })).toThrow(/options\.F\.blockPeriodMonths/);
    for (const id of [...OPTION_IDS, ...OVERLAY_IDS]) expect(() => checkOptionParams(id, D[id] as never)).not.toThrow();
  });

  test("the span of options comes from the list", () => {
    expect([optionSpan(), optionSpan(" to "), optionSpan("-")]).toEqual(["A–D", "A to D", "A-D"]);
  });
});
