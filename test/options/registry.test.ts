/* The registry entries carry what callers used to choose by an option's letter. */
import { DEFAULT_OPTION_PARAMS, type SchemeFigures } from "../../src/model";
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
  pumpPrimes,
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
