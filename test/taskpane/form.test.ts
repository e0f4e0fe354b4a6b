/* The pane's form: typed text to model inputs, with the model's own validation messages. */
import { computeScheme, DEFAULT_SCHEME, PUBLISHED_SCHEME } from "../../src/model";
import {
  bandTotal,
  choosePriceBase,
  defaultFormText,
  evaluateForm,
  parseNumber,
  thresholdToEnter,
  type FormText,
} from "../../src/taskpane/form";
import { WORKED_2026 } from "../support/worked";

const form = (over: Partial<FormText>) => evaluateForm({ ...defaultFormText(), ...over });
/** The worked example's scheme (a £26,000 manager, the field the pane does not show). */
const worked = (over: Partial<FormText>) => evaluateForm({ ...defaultFormText(), ...over }, WORKED_2026);
const published = () => choosePriceBase(defaultFormText(), "2009 (published model)");

describe("parseNumber", () => {
  test.each([
    ["35", 35],
    [" 1,250 ", 1250],
    ["£10.50", 10.5],
    ["27%", 27],
    [".5", 0.5],
    ["-3", -3],
  ])("%j reads as %d", (text, n) => expect(parseNumber(text)).toBe(n));

  test.each(["", "abc", "12abc", "1.2.3", "--1", "£", "Infinity", "NaN"])("%j is not a number", (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe("evaluateForm", () => {
  test("the defaults are seed 002's scheme at 2026-27 prices and give the model's results, with no warning", () => {
    const s = evaluateForm(defaultFormText());
    expect(s.errors).toEqual({});
    expect(s.warnings).toEqual({});
    expect(s.inputs).toEqual(DEFAULT_SCHEME);
    expect(s.result).toEqual(computeScheme(DEFAULT_SCHEME));
    expect(Math.round(s.result!.totalCost * 100) / 100).toBe(944682.94);
    expect(s.result!.unitCostPerHour).toBeCloseTo(23.23, 2);
  });

  test("changing an input changes the result", () => {
    const s = form({ tenants: "40", rateCare: "13.5" });
    expect(s.inputs).toMatchObject({ tenants: 40, hourlyRates: { support: 12.71, care: 13.5 } });
    expect(s.result).toEqual(computeScheme({ ...DEFAULT_SCHEME, tenants: 40, hourlyRates: { support: 12.71, care: 13.5 } }));
  });

  test("text where a number is needed says what to type, next to that field", () => {
    const s = form({ tenants: "lots" });
    expect(s.errors).toEqual({ tenants: "Enter the number of tenants, for example 35." });
    expect(s.result).toBeNull();
  });

  test("the model's rules give the messages: whole tenants, at least one", () => {
    expect(form({ tenants: "2.5" }).errors.tenants).toBe("Must be a whole number (got 2.5).");
    expect(form({ tenants: "0" }).errors.tenants).toBe("Must be 1 or more (got 0).");
  });

  test("band shares must each be 0–100% and add up to 100%; the sum is the group's message", () => {
    expect(form({ shareLow: "120" }).errors).toEqual({ shareLow: "Must be between 0% and 100% (got 120%)." });
    const s = form({ shareLow: "20" });
    expect(s.errors).toEqual({ bandMix: "The shares must add up to 100% (they add up to 93%)." });
    expect(s.inputs).toBeNull();
  });

  test("negative hourly rates are rejected on the field that has them", () => {
    expect(form({ rateSupport: "-1" }).errors).toEqual({ rateSupport: "Must not be negative (got -1)." });
  });

  test("several problems are all reported at once", () => {
    expect(Object.keys(form({ tenants: "x", rateCare: "", shareHigh: "y" }).errors).sort()).toEqual(["rateCare", "shareHigh", "tenants"]);
  });

  test("a long scheme name is refused with its length", () => {
    expect(form({ scheme: "x".repeat(61) }).errors.scheme).toBe("Use at most 60 characters (this has 61).");
  });
});

describe("bandTotal: the band mix's running total", () => {
  test.each([
    [["27", "46", "27"], "Total 100%", true],
    [["20", "46", "24"], "Total 90%: 10 points short", false],
    [["32", "46", "27"], "Total 105%: 5 points over", false],
    [["28", "46", "27"], "Total 101%: 1 point over", false],
    [["27.1", "46", "27"], "Total 100.1%: 0.1 points over", false],
    [["", "46", "27"], "Total 73%: 27 points short", false],
    [["abc", "46%", " 27 "], "Total 73%: 27 points short", false],
    [["33.333333", "33.333333", "33.333334"], "Total 100%", true],
    [["0", "0", "0"], "Total 0%: 100 points short", false],
  ])("%j gives %j", ([shareLow, shareMedium, shareHigh], message, ok) => {
    const t = bandTotal({ ...defaultFormText(), shareLow, shareMedium, shareHigh });
    expect(t.message).toBe(message);
    expect(t.ok).toBe(ok);
  });

  test("agrees with the model: the total is 100% exactly when the form has no band-mix message", () => {
    for (const low of ["26.99", "26.999", "26.9999", "27", "27.0001", "27.001", "27.01"]) {
      const text = { ...defaultFormText(), shareLow: low };
      expect([low, bandTotal(text).ok]).toEqual([low, evaluateForm(text).errors.bandMix === undefined]);
    }
  });
});

describe("price base in the pane", () => {
  test("2026-27 by default; choosing the published model gives its £10.00 rates and every seed figure", () => {
    expect(defaultFormText().priceBase).toBe("2026-27");
    const text = published();
    expect([text.priceBase, text.rateSupport, text.rateCare]).toEqual(["2009 (published model)", "10", "10"]);
    const s = evaluateForm(text);
    expect(s.inputs).toEqual(PUBLISHED_SCHEME);
    expect(Math.round(s.result!.totalCost * 100) / 100).toBe(555415.8);
    expect(Math.round(s.result!.unitCostPerHour * 100) / 100).toBe(13.66);
    // And back: the examples return; a rate the user typed stays.
    expect(choosePriceBase(text, "2026-27")).toEqual(defaultFormText());
    expect(choosePriceBase({ ...text, rateCare: "11" }, "2026-27").rateCare).toBe("11");
  });

  test("under 2026-27 a £10.00 rate is warned of next to its field with the National Living Wage of £12.71; the costs stand", () => {
    const s = worked({ priceBase: "2026-27", rateSupport: "12.71", rateCare: "10" });
    expect(s.warnings.rateCare).toBe(
      "£10.00 an hour is below the National Living Wage of £12.71 an hour (2026-27, workers aged 21 and over).",
    );
    expect(s.errors).toEqual({});
    expect(s.warnings.rateSupport).toBeUndefined();
    expect(s.result).toEqual(computeScheme({ ...WORKED_2026, hourlyRates: { support: 12.71, care: 10 } }));
  });

  test("2026-27 needs no threshold entered (the published £5,000) and gives the worked example's total", () => {
    expect(thresholdToEnter("2026-27")).toBeNull();
    const s = worked({ priceBase: "2026-27", rateSupport: "12.71", rateCare: "12.71" });
    expect(s.errors).toEqual({});
    expect(Math.round(s.result!.totalCost * 100) / 100).toBe(938849.02);
    expect(Math.round(s.result!.unitCostPerHour * 100) / 100).toBe(23.09);
  });

  test("the team leader's and the night rate default to the model's examples, £14.00 and £13.00", () => {
    expect([defaultFormText().rateTeamLeader, defaultFormText().rateNight]).toEqual(["14", "13"]);
  });

  test("under 2026-27 a team leader or night rate below £12.71 is named next to its field", () => {
    const s = worked({
      priceBase: "2026-27",
      rateSupport: "12.71",
      rateCare: "12.71",
      rateTeamLeader: "12",
      rateNight: "12.70",
    });
    expect(s.warnings.rateTeamLeader).toBe(
      "£12.00 an hour is below the National Living Wage of £12.71 an hour (2026-27, workers aged 21 and over).",
    );
    expect(s.warnings.rateNight).toBe(
      "£12.70 an hour is below the National Living Wage of £12.71 an hour (2026-27, workers aged 21 and over).",
    );
    expect(s.result).not.toBeNull();
    expect(form({ priceBase: "2026-27", rateTeamLeader: "a lot" }).errors.rateTeamLeader).toBe(
      "Enter the team leader's hourly pay in £, for example 14.00.",
    );
  });

  test("an employer that claims the Employment Allowance takes £10,500 off the worked example's National Insurance", () => {
    const at = { priceBase: "2026-27", rateSupport: "12.71", rateCare: "12.71" };
    expect(defaultFormText().employmentAllowance).toBe("No");
    const s = worked({ ...at, employmentAllowance: "Yes" });
    expect(s.errors).toEqual({});
    // £938,849.02 − £10,500 × 1.2 (overheads) × 1.03 (surplus) = £925,871.02.
    expect(Math.round(s.result!.totalCost * 100) / 100).toBe(925871.02);
    expect(form({ ...at, employmentAllowance: "Maybe" }).errors.employmentAllowance).toBe("Choose No or Yes.");
  });

  test("a team leader paid £15.00 instead of £14.00 adds £2,806.12 to the worked example", () => {
    // 37 h × £1.00 × 52 = £1,924 of pay; + 15% NI + 3% pension = £2,270.32; + 20% overheads, then 3% surplus.
    const s = worked({ priceBase: "2026-27", rateSupport: "12.71", rateCare: "12.71", rateTeamLeader: "15" });
    expect(s.errors).toEqual({});
    expect(Math.round(s.result!.totalCost * 100) / 100).toBe(941655.14);
  });

  test("the published model ignores the team leader's and the night rate", () => {
    const s = evaluateForm({ ...published(), rateTeamLeader: "1", rateNight: "" });
    expect(s.errors).toEqual({});
    expect(s.warnings).toEqual({});
    expect(Math.round(s.result!.unitCostPerHour * 100) / 100).toBe(13.66);
  });

  test("an unknown price base is refused next to the choice", () => {
    expect(form({ priceBase: "2023-24" }).errors.priceBase).toMatch(/is not a price base/);
  });
});

describe("tenants' contributions to their care", () => {
  test("none by default: every band 0", () => {
    expect(form({}).contributions).toEqual({
      selfFunderShares: [0, 0, 0],
      averageContributions: [0, 0, 0],
      supportFunding: "From care and housing support budgets",
    });
  });

  test("typed as the user sees them: self-funders in %, contributions in £ a week", () => {
    const f = form({ selfFunderHigh: "50", contributionLow: "£10", contributionMedium: "12.50", contributionHigh: "20" });
    expect(f.errors).toEqual({});
    expect(f.contributions).toMatchObject({ selfFunderShares: [0, 0, 0.5], averageContributions: [10, 12.5, 20] });
  });

  test("how housing support is funded: one of the brief's four ways, else the field says which", () => {
    expect(form({ supportFunding: "As a grant" }).contributions?.supportFunding).toBe("As a grant");
    const f = form({ supportFunding: "By the landlord" });
    expect(f.inputs).toBeNull();
    expect(f.errors.supportFunding).toMatch(/^Choose one of: As care, from the care budget; /);
  });

  test.each([
    [{ selfFunderMedium: "120" }, "selfFunderMedium", /^Must be between 0% and 100% \(got 120%\)\.$/],
    [{ selfFunderLow: "" }, "selfFunderLow", /Enter a percentage, for example 10 \(0 if none\)\./],
    [{ contributionHigh: "-5" }, "contributionHigh", /^Must not be negative \(got -5\)\.$/],
    [{ contributionLow: "ten" }, "contributionLow", /Enter an amount in £ a week, for example 25 \(0 if none\)\./],
  ] as [Partial<FormText>, keyof FormText, RegExp][])("%j is refused next to its field", (over, field, message) => {
    const f = form(over);
    expect(f.errors[field]).toMatch(message);
    expect(f.inputs).toBeNull();
    expect(f.contributions).toBeNull();
  });
});
