import {
  InputError,
  SEED_CORE,
  SEED_MINIMUM_BLOCK,
  SEED_SCHEDULE,
  SEED_THIRDS,
  coreAndAddOn,
  eligibilityBlock,
  minimumBlock,
  phasedBlock,
  scheduleOfCover,
  thirdsEstimate,
} from "../../src/model";

/** Seed 000, section 6.3: "How much care?" for a 40-unit scheme. */
describe("how much care? worked examples", () => {
  test("minimum block: 196 + 70 + 7 + 37 = 310, phased in at 273", () => {
    expect(minimumBlock(SEED_MINIMUM_BLOCK)).toEqual({
      day: 196,
      night: 70,
      handover: 7,
      teamLeader: 37,
      total: 310,
      initial: 273,
    });
  });

  test("thirds principle: 342.5, 412.5, 449.5", () => {
    const e = thirdsEstimate(
      SEED_THIRDS.map((g) => g.occupants),
      SEED_THIRDS.map((g) => g.hoursEach),
    );
    expect(e).toEqual({ day: 342.5, withNight: 412.5, withTeamLeader: 449.5 });
  });

  test("schedule of cover: 49.5 a day, 346.5, 416.5, 453.5 a week", () => {
    const s = scheduleOfCover(
      SEED_SCHEDULE.map((x) => x.hours),
      SEED_SCHEDULE.map((x) => x.staff),
    );
    expect(s).toEqual({ perDay: 49.5, day: 346.5, withNight: 416.5, withTeamLeader: 453.5 });
  });

  test("core and add-on: 175 core of which 40 floating and 72 planned care", () => {
    const c = coreAndAddOn(SEED_CORE.nightHours, SEED_CORE.dayHours, SEED_CORE.handoverHours, SEED_CORE.floatingHours);
    expect(c).toEqual({ core: 175, floating: 40, plannedCare: 72, addOn: 0 });
    // The need is contact hours: 400 − (56 night + 72 planned care).
    expect(coreAndAddOn(56, 112, 7, 40, 400).addOn).toBe(272);
  });

  test("phasing: 310, +50 = 360, then the 400 target (about 100 on top of the minimum block)", () => {
    expect(phasedBlock(310, 400)).toEqual([310, 360, 400]);
    expect(400 - 310).toBe(90);
    expect(phasedBlock(310, 330)).toEqual([310, 330, 330]);
  });

  test("eligibility block: 40 × 4 + 70 + 37", () => {
    expect(eligibilityBlock(40)).toBe(267);
  });

  test("bad input", () => {
    expect(() => phasedBlock(310, 300)).toThrow(InputError);
    expect(() => coreAndAddOn(56, 30, 7, 40)).toThrow(/floatingHours/);
    expect(() => thirdsEstimate([13, 13], [3])).toThrow(/hoursEach/);
    expect(() => scheduleOfCover([20, 10], [1, 1])).toThrow(/24 hours/);
    expect(() => minimumBlock({ ...SEED_MINIMUM_BLOCK, daysPerWeek: 8 })).toThrow(/daysPerWeek/);
  });
});
