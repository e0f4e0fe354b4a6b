/* The first screen's comparison of options A–D, the overlays' effects, and the cost built up to the council's cost. */
import fc from "fast-check";
import { runs } from "../support/runs";
import { costBuildUp, costLines, councilCostLines } from "../../src/decisions/costBuildUp";
import { compareOptions, isCosted, type OptionFigures } from "../../src/decisions/optionComparison";
import { DEFAULT_OPTION_PARAMS } from "../../src/options/registry";
import { computeScheme, DEFAULT_SCHEME, PUBLISHED_SCHEME, sharedCover, type SchemeInputs } from "../../src/model";
import { blockContractOption, coreAndAddOnOption, spotPurchasing } from "../../src/options";

const PUBLISHED: SchemeInputs = PUBLISHED_SCHEME;
const CURRENT: SchemeInputs = {
  ...DEFAULT_SCHEME,
  priceBase: "2026-27",
  hourlyRates: { support: 13, care: 13 },
  enteredFigures: { "2026-27": { secondaryThreshold: 5000 } },
};
const pence = (x: number) => Math.round(x * 100) / 100;

function compare(inputs: SchemeInputs, overlays: ("E" | "F")[] = [], chosen: "A" | "B" | "C" | "D" = "A", params = DEFAULT_OPTION_PARAMS) {
  const c = compareOptions(inputs, computeScheme(inputs), chosen, overlays, params);
  const get = (id: "A" | "B" | "C" | "D"): OptionFigures => {
    const o = c.options[id];
    if (!isCosted(o)) throw new Error(o.error);
    return o;
  };
  return { c, get };
}

describe("compareOptions at the published model's prices (35 tenants, 782 hours a week)", () => {
  const { get } = compare(PUBLISHED);

  test("option A costs the council £555,415.80 a year once running, the others their non-contact hours more (prices blank = the unit cost)", () => {
    expect(pence(get("A").councilYear)).toBe(555415.8);
    // B pays for its 47 non-contact hours on top of the 782 contact hours; C and D for their 44.
    expect(pence(get("B").councilYear)).toBe(588797.56);
    for (const id of ["C", "D"] as const) expect(pence(get(id).councilYear)).toBe(586666.81);
  });

  test("no contributions: every option's net cost is its cost; £10 a week from each of the 37 tenants counted takes £19,240 off", () => {
    for (const id of ["A", "B", "C", "D"] as const) {
      expect(get(id).contributionsYear).toBe(0);
      expect(get(id).councilNetYear).toBe(get(id).councilYear);
    }
    const ten = compareOptions(PUBLISHED, computeScheme(PUBLISHED), "A", [], DEFAULT_OPTION_PARAMS, {
      selfFunderShares: [0, 0, 0],
      averageContributions: [10, 10, 10],
    });
    for (const id of ["A", "B", "C", "D"] as const) {
      const o = ten.options[id] as OptionFigures;
      expect(o.contributionsYear).toBeCloseTo(19240, 9);
      expect(pence(o.councilNetYear)).toBe(pence(get(id).councilYear - 19240));
    }
  });

  test("what differs: non-contact hours bought on top of the need (A none; B its floating time and handover; C and D their handover and team leader)", () => {
    expect(get("A")).toMatchObject({ paidHours: 782, contactHours: 782, nonContactHours: 0 });
    expect(get("B")).toMatchObject({ paidHours: 829, contactHours: 782, nonContactHours: 47 });
    expect(get("C")).toMatchObject({ paidHours: 826, contactHours: 782, nonContactHours: 44 });
    expect(get("D")).toMatchObject({ paidHours: 826, contactHours: 782, nonContactHours: 44 });
  });

  test("who carries the risk of under-use, and how much: the option models' own figures", () => {
    const s = computeScheme(PUBLISHED);
    const figs = { tenants: 35, hoursPerWeek: 782, unitCostPerHour: s.unitCostPerHour, costPerPersonWeek: s.perPerson.week };
    const a = spotPurchasing(DEFAULT_OPTION_PARAMS.A, figs);
    expect(get("A")).toMatchObject({ riskCarrier: "provider", providerRisk: a.providerRisk, councilRisk: 0 });
    // The provider's round-the-clock cover: 168 hours a week at the unit cost.
    expect(pence(get("A").providerRisk)).toBe(pence(168 * s.unitCostPerHour * 52));
    expect(get("B")).toMatchObject({ riskCarrier: "council", councilRisk: coreAndAddOnOption(DEFAULT_OPTION_PARAMS.B, figs).councilRisk });
    expect(pence(get("B").councilRisk)).toBe(pence(175 * s.unitCostPerHour * 52));
    expect(get("C").councilRisk).toBe(blockContractOption("C", DEFAULT_OPTION_PARAMS.C, figs).councilRisk);
    expect(pence(get("C").councilRisk)).toBe(586666.81);
  });

  test("the first year: C and D phase the block in, so they cost less than A and B in year 1", () => {
    expect(pence(get("A").firstYear)).toBe(555415.8);
    expect(get("C").firstYear).toBeLessThan(get("A").firstYear);
    expect(get("C").firstYear).toBe(get("D").firstYear);
  });
});

describe("overlays", () => {
  test("F: every option's first year is option F's year 1, and the chosen option's block and years are given", () => {
    const { c, get } = compare(PUBLISHED, ["F"], "B");
    expect(c.pumpPriming && "yearCosts" in c.pumpPriming).toBe(true);
    const f = c.pumpPriming as { blockHours: number; blockMonths: number; yearCosts: readonly number[] };
    expect(f.blockMonths).toBe(DEFAULT_OPTION_PARAMS.F.blockPeriodMonths);
    expect(get("B").firstYear).toBe(f.yearCosts[0]);
    expect(c.pooling).toBeUndefined();
  });

  test("E: the pooled budgets and the hours they buy; the council's cost does not change", () => {
    const without = compare(PUBLISHED).get("A").councilYear;
    const { c, get } = compare(PUBLISHED, ["E"]);
    const e = c.pooling as { members: number; pooledYear: number; hours: number; hoursPerMember: number };
    expect(e.members).toBe(DEFAULT_OPTION_PARAMS.E.members);
    expect(e.pooledYear).toBeGreaterThan(0);
    expect(pence(e.hours / e.members)).toBe(pence(e.hoursPerMember));
    expect(get("A").councilYear).toBe(without);
  });
});

test("non-contact hours are the option model's own: B's floating time and handover, C and D's handover and team leader, none for A", () => {
  const { get } = compare(PUBLISHED);
  expect(get("A").nonContactHours).toBe(0);
  expect(get("B").nonContactHours).toBe(DEFAULT_OPTION_PARAMS.B.floatingHours + 7);
  expect(get("B").contactHours + get("B").nonContactHours).toBe(get("B").paidHours);
  // The handover and team leader are the scheme's, one cell each: B's handover and C and D's are the same 7 hours.
  const c = sharedCover(PUBLISHED);
  expect(get("B").nonContactHours).toBe(DEFAULT_OPTION_PARAMS.B.floatingHours + c.handoverHoursPerDay * c.daysPerWeek);
  for (const id of ["C", "D"] as const) {
    expect(get(id).nonContactHours).toBe(c.handoverHoursPerDay * c.daysPerWeek + c.teamLeaderHours);
    expect(get(id).contactHours + get(id).nonContactHours).toBe(get(id).paidHours);
  }
});

describe("costBuildUp: each block of lines adds up to its total, and on to the council's cost", () => {
  function check(inputs: SchemeInputs) {
    const r = computeScheme(inputs);
    const b = costBuildUp(inputs, r);
    let running = 0;
    for (const l of b.lines) {
      if (l.total) {
        expect(pence(l.value)).toBe(pence(running));
        running = l.value;
      } else running += l.value;
    }
    expect(b.lines[b.lines.length - 1].value).toBe(pence(r.totalCost));
    expect(b.unitCost * b.hoursPerYear).toBeCloseTo(r.totalCost, 6);
    return b;
  }

  test("on random schemes every block adds up to the penny as shown, and no line is more than 2p from the model's (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1271, max: 3000 }),
        fc.integer({ min: 1271, max: 3000 }),
        fc.boolean(),
        (tenants, support, care, published) => {
          const base = published ? PUBLISHED : DEFAULT_SCHEME;
          const inputs = { ...base, tenants, hourlyRates: { support: support / 100, care: care / 100 } };
          const b = check(inputs);
          const exact = costLines(inputs, computeScheme(inputs));
          b.lines.forEach((l, i) => expect(Math.abs(l.value - exact[i].value)).toBeLessThanOrEqual(0.02 + 1e-9));
        },
      ),
      { numRuns: runs(100) },
    );
  });

  test("at the published model's prices: £555,415.80 from six lines", () => {
    const b = check(PUBLISHED);
    expect(pence(b.totalCost)).toBe(555415.8);
    expect(b.lines.filter((l) => !l.total)).toHaveLength(6);
  });

  test("at 2026-27: pay (training counted once), National Insurance, pension, overheads and surplus to the model's total", () => {
    const b = check(CURRENT);
    expect(pence(b.totalCost)).toBe(pence(computeScheme(CURRENT).totalCost));
    expect(b.lines.map((l) => l.label)).toContain("Total staff cost");
    expect(b.lines.find((l) => l.label.startsWith("Provider overheads"))!.label).toBe("Provider overheads (20% of staff cost)");
  });

  test("the option's hours × prices give its council cost a year", () => {
    for (const inputs of [PUBLISHED, CURRENT]) {
      const { get } = compare(inputs);
      for (const id of ["A", "B", "C", "D"] as const) {
        const o = get(id);
        const sum = councilCostLines(o).reduce((s, l) => s + l.value, 0);
        expect(sum).toBeCloseTo(o.councilYear, 6);
      }
    }
    const b = councilCostLines(compare(PUBLISHED).get("B"));
    expect(b.map((l) => [l.label, l.hoursPerYear])).toEqual([
      ["Block hours", 175 * 52],
      ["Hours outside the block", 654 * 52],
    ]);
  });
});
