/* The pane's one adapter to the model's options: what each of A–D costs the council, and the gap. */
import { computeScheme, DEFAULT_OPTION_PARAMS, DEFAULT_SCHEME } from "../../src/model";
import { describeGap, isSummary, optionSummaries, type OptionSummary } from "../../src/taskpane/optionSummary";

const summaries = (inputs = DEFAULT_SCHEME, params = DEFAULT_OPTION_PARAMS) => optionSummaries(inputs, computeScheme(inputs), params);
const pence = (x: number) => Math.round(x * 100) / 100;

describe("optionSummaries with the default inputs (35 tenants, 27/46/27%, 7/18/28 hours, £10/£10)", () => {
  const all = summaries();
  const get = (id: "A" | "B" | "C" | "D") => {
    const o = all[id];
    if (!isSummary(o)) throw new Error(o.error);
    return o;
  };

  test("options A and B cost the council £555,415.80 a year (prices blank = unit cost, council pays 100%)", () => {
    for (const id of ["A", "B"] as const) {
      expect(pence(get(id).councilYear)).toBe(555415.8);
      expect(pence(get(id).councilWeek)).toBe(10681.07);
    }
  });

  test("A spot-purchases all 782 hours; B blocks a 175-hour core and spot-purchases 607; neither leaves a gap", () => {
    expect(get("A")).toMatchObject<Partial<OptionSummary>>({ blockHours: 0, spotHours: 782, hoursNeeded: 782, gap: 0 });
    expect(get("B")).toMatchObject<Partial<OptionSummary>>({ blockHours: 175, spotHours: 607, hoursNeeded: 782, gap: 0 });
  });

  test("C and D block the whole 782 hours residents need: no gap, £555,415.80 a year like A and B", () => {
    for (const id of ["C", "D"] as const) {
      expect(get(id)).toMatchObject<Partial<OptionSummary>>({ blockHours: 782, spotHours: 0, hoursNeeded: 782, gap: 0 });
      expect(pence(get(id).councilYear)).toBe(555415.8);
    }
  });

  test("a target below the need leaves hours unmet, and the gap says how many", () => {
    const params = { ...DEFAULT_OPTION_PARAMS, C: { ...DEFAULT_OPTION_PARAMS.C, targetHours: 400 } };
    const c = summaries(DEFAULT_SCHEME, params).C;
    expect(isSummary(c) && [c.blockHours, c.gap, pence(c.councilYear)]).toEqual([400, -382, 284100.15]);
  });
});

test("the council's share and the prices come from the option parameters", () => {
  const params = { ...DEFAULT_OPTION_PARAMS, A: { ...DEFAULT_OPTION_PARAMS.A, councilShare: 0.5, spotPrice: 20 } };
  const a = summaries(DEFAULT_SCHEME, params).A;
  expect(isSummary(a) && a.councilWeek).toBe(782 * 20 * 0.5);
});

test("a core bigger than the need: hours paid for twice", () => {
  const params = { ...DEFAULT_OPTION_PARAMS, B: { ...DEFAULT_OPTION_PARAMS.B, hoursNeeded: 150 } };
  const b = summaries(DEFAULT_SCHEME, params).B;
  expect(isSummary(b) && [b.blockHours, b.spotHours, b.gap]).toEqual([175, 0, 25]);
  expect(describeGap(25)).toBe("25 paid for twice");
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
