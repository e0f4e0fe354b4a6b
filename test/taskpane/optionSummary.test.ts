/* The pane's one adapter to the model's options: what each of A–D costs the council, and the gap. */
import { computeScheme, DEFAULT_OPTION_PARAMS, DEFAULT_SCHEME, PUBLISHED_SCHEME } from "../../src/model";
import { describeGap, isSummary, optionSummaries, type OptionSummary } from "../../src/taskpane/optionSummary";

const summaries = (inputs = PUBLISHED_SCHEME, params = DEFAULT_OPTION_PARAMS) => optionSummaries(inputs, computeScheme(inputs), params);
const pence = (x: number) => Math.round(x * 100) / 100;

describe("optionSummaries under the published model (35 tenants, 27/46/27%, 7/18/28 hours, £10/£10)", () => {
  const all = summaries();
  const get = (id: "A" | "B" | "C" | "D") => {
    const o = all[id];
    if (!isSummary(o)) throw new Error(o.error);
    return o;
  };

  test("option A costs the council £555,415.80 a year; B pays for its 47 non-contact hours on top (prices blank = unit cost)", () => {
    expect(pence(get("A").councilYear)).toBe(555415.8);
    expect(pence(get("A").councilWeek)).toBe(10681.07);
    // B buys 175 + 654 = 829 hours to deliver the 782 contact hours residents need.
    expect(get("B").councilYear).toBeCloseTo((get("A").councilYear * 829) / 782, 6);
  });

  test("A spot-purchases all 782 hours; B blocks a 175-hour core (128 of them contact hours) and spot-purchases 654; neither leaves a gap", () => {
    expect(get("A")).toMatchObject<Partial<OptionSummary>>({ blockHours: 0, spotHours: 782, hoursNeeded: 782, gap: 0 });
    expect(get("B")).toMatchObject<Partial<OptionSummary>>({
      blockHours: 175,
      spotHours: 654,
      hoursNeeded: 782,
      gap: 0,
      nonContactHours: 47,
    });
    expect(get("A").nonContactHours).toBe(0);
  });

  test("C and D block the whole 782 hours residents need: no gap, £555,415.80 a year like A and B", () => {
    for (const id of ["C", "D"] as const) {
      expect(get(id)).toMatchObject<Partial<OptionSummary>>({ blockHours: 782, spotHours: 0, hoursNeeded: 782, gap: 0 });
      expect(pence(get(id).councilYear)).toBe(555415.8);
    }
  });

  test("a target below the need leaves hours unmet, and the gap says how many", () => {
    const params = { ...DEFAULT_OPTION_PARAMS, C: { ...DEFAULT_OPTION_PARAMS.C, targetHours: 400 } };
    const c = summaries(PUBLISHED_SCHEME, params).C;
    expect(isSummary(c) && [c.blockHours, c.gap, pence(c.councilYear)]).toEqual([400, -382, 284100.15]);
  });
});

describe("optionSummaries at the default, 2026-27", () => {
  test("A, C and D cost the council the Staffing total, £944,682.94 a year; B its 47 non-contact hours more; no gap", () => {
    const all = summaries(DEFAULT_SCHEME);
    for (const id of ["A", "C", "D"] as const) {
      const o = all[id];
      expect(isSummary(o) && [pence(o.councilYear), o.gap]).toEqual([944682.94, 0]);
    }
    const b = all.B;
    expect(isSummary(b) && [b.blockHours, b.spotHours, b.gap]).toEqual([175, 654, 0]);
    const a = all.A;
    expect(isSummary(b) && isSummary(a) && b.councilYear / a.councilYear).toBeCloseTo(829 / 782, 12);
  });
});

test("the council's share and the prices come from the option parameters", () => {
  const params = { ...DEFAULT_OPTION_PARAMS, A: { ...DEFAULT_OPTION_PARAMS.A, councilShare: 0.5, spotPrice: 20 } };
  const a = summaries(DEFAULT_SCHEME, params).A;
  expect(isSummary(a) && a.councilWeek).toBe(782 * 20 * 0.5);
});

test("a core delivering more contact hours than the need: hours paid for twice", () => {
  const params = { ...DEFAULT_OPTION_PARAMS, B: { ...DEFAULT_OPTION_PARAMS.B, hoursNeeded: 150 } };
  const b = summaries(DEFAULT_SCHEME, params).B;
  // The core delivers 128 contact hours (56 night + 72 planned care): 22 more are spot-purchased for a need of 150.
  expect(isSummary(b) && [b.blockHours, b.spotHours, b.gap]).toEqual([175, 22, 0]);
  const small = summaries(DEFAULT_SCHEME, { ...DEFAULT_OPTION_PARAMS, B: { ...DEFAULT_OPTION_PARAMS.B, hoursNeeded: 100 } }).B;
  expect(isSummary(small) && [small.blockHours, small.spotHours, small.gap]).toEqual([175, 0, 28]);
  expect(describeGap(28)).toBe("28 paid for twice");
});

test("an option the model cannot cost carries the model's message instead of figures", () => {
  const params = { ...DEFAULT_OPTION_PARAMS, C: { ...DEFAULT_OPTION_PARAMS.C, targetHours: 10 } };
  const c = summaries(DEFAULT_SCHEME, params).C;
  expect(isSummary(c)).toBe(false);
  expect(!isSummary(c) && c.error).toMatch(/targetHours: must be at least the minimum block/);
});

test.each([
  [0, "0"],
  [1e-9, "0"],
  [-1e-9, "0"],
  [-382, "382 unmet"],
  [-0.5, "0.5 unmet"],
  [12.25, "12.3 paid for twice"],
])("describeGap(%d) is %j", (gap, words) => expect(describeGap(gap)).toBe(words));
