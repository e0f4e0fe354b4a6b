import { evaluate, type Row, type Value } from "../../src/calc";
import { SEED_MINIMUM_BLOCK, coreAndAddOnHours, minimumBlockHours, phasedHours } from "../../src/model";
import * as Hours from "../../src/model/hoursNeeded";
import * as Scheme from "../../src/model/scheme";
import { coreAndAddOnOption } from "../../src/options/B";
import { OPTION as C } from "../../src/options/C";
import { OPTION as D } from "../../src/options/D";
import { DEFAULT_OPTION_PARAMS } from "../../src/options/registry";

const blockC = C.model;
const blockD = D.model;

/** The rows' values for some inputs (the rest at their defaults). */
function rows(given: [Row, Value[]][], wanted: Row[]): number[] {
  const e = evaluate(given, wanted);
  return wanted.map((r) => e.number(r));
}

/** Seed 000, section 6.3: "How much care?" for a 40-unit scheme, worked out by the rows the workbooks print. */
describe("how much care? worked examples", () => {
  test("minimum block: 196 + 70 + 7 + 37 = 310, phased in at 273", () => {
    expect(minimumBlockHours(SEED_MINIMUM_BLOCK)).toEqual({ day: 196, night: 70, handover: 7, teamLeader: 37, total: 310, initial: 273 });
  });

  test("the checks' minimum block and option C's sheet are the same rows: same figures for other inputs", () => {
    const p = { ...DEFAULT_OPTION_PARAMS.C, dayStaff: 3, dayHoursPerDay: 12.5 };
    const cover = { nightHoursPerNight: 10, handoverHoursPerDay: 1, daysPerWeek: 5, teamLeaderHours: 20 };
    const s = { unitCostPerHour: 20, hoursPerWeek: 400, hoursNeeded: 400, cover } as Parameters<typeof blockC>[1];
    expect(blockC(p, s).minimum).toEqual(minimumBlockHours({ ...p, ...cover }));
    expect(minimumBlockHours({ ...p, ...cover })).toEqual({
      day: 187.5,
      night: 50,
      handover: 5,
      teamLeader: 20,
      total: 262.5,
      initial: 242.5,
    });
  });

  test("thirds principle: 342.5, 412.5, 449.5", () => {
    expect(rows([], [Hours.thirdsDay, Hours.thirdsWithNight, Hours.thirds])).toEqual([342.5, 412.5, 449.5]);
  });

  test("schedule of cover: 49.5 a day, 346.5, 416.5, 453.5 a week", () => {
    expect(rows([], [Hours.scheduleDay, Hours.scheduleWeek, Hours.scheduleWithNight, Hours.schedule])).toEqual([49.5, 346.5, 416.5, 453.5]);
  });

  test("the schedule counts the days a week entered, not always 7, and so does the night cover", () => {
    // 49.5 × 5 = 247.5 a week; + 10 × 5 = 50 night hours + 37 = 334.5.
    expect(rows([[Hours.daysPerWeek, [5]]], [Hours.scheduleWeek, Hours.estimateNight, Hours.schedule])).toEqual([247.5, 50, 334.5]);
  });

  test("core and add-on: 175 core of which 40 floating and 72 planned care", () => {
    const core = { nightHours: 56, dayHours: 112, handoverHours: 7, floatingHours: 40 };
    expect(coreAndAddOnHours({ ...core, hoursNeeded: 0 })).toEqual({ core: 175, planned: 72, addOn: 0 });
    // The need is contact hours: 400 − (56 night + 72 planned care).
    expect(coreAndAddOnHours({ ...core, hoursNeeded: 400 })).toEqual({ core: 175, planned: 72, addOn: 272 });
  });

  test("ECH.COREADDON's rows and option B's sheet are the same rows: same figures for other inputs", () => {
    const p = { ...DEFAULT_OPTION_PARAMS.B, nightHours: 70, dayHours: 100.5, floatingHours: 20, hoursNeeded: 333 };
    // The core's handover is the scheme's handover a day × days a week: 0.5 × 6 = 3.
    const cover = { nightHoursPerNight: 10, handoverHoursPerDay: 0.5, daysPerWeek: 6, teamLeaderHours: 37 };
    const b = coreAndAddOnOption(p, { unitCostPerHour: 20, hoursPerWeek: 400, hoursNeeded: 400, cover } as Parameters<
      typeof coreAndAddOnOption
    >[1]);
    expect(coreAndAddOnHours({ ...p, handoverHours: 3 })).toEqual({ core: b.coreHours, planned: b.plannedCare, addOn: b.addOn });
    expect(coreAndAddOnHours({ ...p, handoverHours: 3 })).toEqual({ core: 173.5, planned: 80.5, addOn: 182.5 });
  });

  test("phasing: 310, +50 = 360, then the 400 target (about 100 on top of the minimum block)", () => {
    expect(phasedHours(310, 400, 50)).toEqual([310, 360, 400]);
    expect(phasedHours(310, 330, 50)).toEqual([310, 330, 330]);
  });

  test("ECH.PHASEDBLOCK's rows and option D's sheet are the same rows: same figures for other inputs", () => {
    const p = { ...DEFAULT_OPTION_PARAMS.D, targetHours: 420, phaseStep: 80 };
    const d = blockD(p, { unitCostPerHour: 20, hoursPerWeek: 400, hoursNeeded: 400 } as Parameters<typeof blockD>[1]);
    expect(phasedHours(d.minimum.total, 420, 80)).toEqual(d.phases);
    expect(d.phases).toEqual([310, 390, 420]);
  });

  test("eligibility block: 40 × 4 + 70 + 37", () => {
    expect(rows([[Scheme.tenants, [40]]], [Hours.eligibility])).toEqual([267]);
  });
});
