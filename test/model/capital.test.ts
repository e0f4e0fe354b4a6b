import { SEED_SETTINGS, capitalRevenue } from "../../src/model";

/** Seed 002's capital and revenue comparison. The calculator computes; two printed totals differ. */
describe("capital and revenue comparison", () => {
  const [ech, home, dementia] = SEED_SETTINGS.map((s) => capitalRevenue(s.places, s.unitBuildCost, s.staffCosts, s.operatingCosts));

  test("24-apartment ECH: 24 × £75,195 = £1,804,680 (the seed prints £1,804,690)", () => {
    expect(ech.grossBuildCost).toBe(1804680);
    expect(ech.grossBuildCost).not.toBe(1804690);
    expect(ech.grossRunningCost).toBe(625731);
    expect(Math.round(ech.runningCostPerPlace)).toBe(26072);
  });

  test("40-bed care home", () => {
    expect(home.grossBuildCost).toBe(1950000);
    expect(home.grossRunningCost).toBe(1946237);
    expect(Math.round(home.runningCostPerPlace)).toBe(48656);
  });

  test("16-bed dementia unit: £703,068 + £301,323 = £1,004,391 (printed £1,004,408, per unit £62,776)", () => {
    expect(dementia.grossBuildCost).toBe(780000);
    expect(dementia.grossRunningCost).toBe(1004391);
    expect(Math.round(dementia.runningCostPerPlace)).toBe(62774);
    expect(Math.round(1004408 / 16)).toBe(62776);
  });
});
