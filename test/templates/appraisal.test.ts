import fc from "fast-check";
import { computeScheme, pennies, sharedCover } from "../../src/model";
import { DEFAULT_SUPPORT_FUNDING, SUPPORT_FUNDING } from "../../src/model/defaults";
import { blockContractOption, coreAndAddOnOption, spotPurchasing } from "../../src/options";
import {
  DEFAULT_TEMPLATE_INPUTS,
  PUBLISHED_TEMPLATE_INPUTS,
  buildAppraisal,
  placeTemplate,
  type TemplateInputs,
} from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { templateInputs } from "./arbitraries";
import { runs } from "../support/runs";

const p = (xs: number[]) => xs.map(pennies);

describe("the appraisal workbook: options A–D over one scheme (the published model's price base)", () => {
  const placed = placeTemplate(buildAppraisal(PUBLISHED_TEMPLATE_INPUTS));
  const wb = new EvaluatedTemplate(placed);

  test("sheets, and no error cell at the defaults", () => {
    expect(placed.sheets.map((s) => s.name)).toEqual([
      "Appraisal",
      "Inputs",
      "Staffing",
      "Hours needed",
      "Option A",
      "Option B",
      "Option C",
      "Option D",
      "Residential care",
      "Assessment",
      "Sources and assumptions",
    ]);
    expect(wb.errors()).toEqual([]);
  });

  test("like for like: every option delivers the 782 contact hours needed, gap 0; A costs the total staff cost a year, B its 47 non-contact hours more, C and D their 44", () => {
    expect(wb.rowNumbers("appraisal.need")).toEqual([782, 782, 782, 782]);
    expect(wb.numbers("ECH_AppraisalHoursGap")).toEqual([0, 0, 0, 0]);
    expect(p(wb.numbers("ECH_AppraisalCouncilCost"))).toEqual([555415.8, 588797.56, 586666.81, 586666.81]);
    // C and D phase in: their first year is lower than the steady state; A and B do not phase.
    const first = p(wb.numbers("ECH_AppraisalFirstYear"));
    expect(first.slice(0, 2)).toEqual([555415.8, 588797.56]);
    expect(first[2]).toBeLessThan(586666.81);
    expect(wb.row("appraisal.risk")).toEqual(["Provider", "Council", "Council", "Council"]);
  });

  test("net of tenants' contributions: the cost with none; £10 a week from each of the 37 tenants counted is £19,240 less", () => {
    expect(p(wb.numbers("ECH_AppraisalNetCost"))).toEqual([555415.8, 588797.56, 586666.81, 586666.81]);
    wb.setRows([0, 1, 2].map((i) => ["averageContributions", i, 10] as const));
    expect(p(wb.numbers("ECH_AppraisalNetCost"))).toEqual([536175.8, 569557.56, 567426.81, 567426.81]);
    // Who pays on each option sheet adds up to the option's cost.
    expect(["A", "B", "C", "D"].map((id) => p(wb.rowNumbers(`${id}.whoPays`))[0])).toEqual([555415.8, 588797.56, 586666.81, 586666.81]);
    // And so does the appraisal's Who pays table, its contributions the net cost's difference.
    expect(p(wb.numbers("ECH_AppraisalWhoPays"))).toEqual([555415.8, 588797.56, 586666.81, 586666.81]);
    expect(p(wb.rowNumbers("appraisal.contributions"))).toEqual([19240, 19240, 19240, 19240]);
    wb.setRows([0, 1, 2].map((i) => ["averageContributions", i, 0] as const));
  });

  test("who pays, for each way of funding housing support: the four parts add up to the option's cost", () => {
    const cost = p(wb.numbers("ECH_AppraisalCouncilCost"));
    const parts = () => ["careBudget", "housingSupport", "contributions", "serviceCharge"].map((id) => p(wb.rowNumbers(`appraisal.${id}`)));
    for (const funding of SUPPORT_FUNDING) {
      wb.setRows([["supportFunding", 0, funding]]);
      expect(wb.row("appraisal.supportFunding")).toEqual([funding]);
      const [care, support, tenants, service] = parts();
      cost.forEach((c, i) => expect(pennies(care[i] + support[i] + tenants[i] + service[i])).toBeCloseTo(c, 2));
      expect(p(wb.numbers("ECH_AppraisalWhoPays"))).toEqual(cost);
      // Housing support's share sits in one place: the support budgets, the service charge, or the care budget.
      const supportShare = p(wb.rowNumbers("A.supportPart"))[0];
      expect(support[0] + service[0]).toBeCloseTo(funding === SUPPORT_FUNDING[0] ? 0 : supportShare, 2);
    }
    wb.setRows([["supportFunding", 0, DEFAULT_SUPPORT_FUNDING]]);
  });

  test("the answers are counted per option", () => {
    wb.setRows([
      ["appraisal.answersB", 0, "Yes"],
      ["appraisal.answersB", 1, "Yes"],
      ["appraisal.answersB", 2, "No"],
      ["appraisal.answersD", 4, "Partly"],
    ]);
    // Options A and C have no answer yet: their counts stay blank.
    expect(wb.row("appraisal.Yes")).toEqual(["", 2, "", 0]);
    expect(wb.row("appraisal.No")).toEqual(["", 1, "", 0]);
    expect(wb.row("appraisal.Partly")).toEqual(["", 0, "", 1]);
    wb.setRows([["appraisal.answersA", 8, "Not yet known"]]);
    expect(wb.row("appraisal.Yes")).toEqual([0, 2, "", 0]);
  });
});

/** The invariant of like-for-like costing: prices blank (the unit cost) and the council paying every hour. */
function likeForLike(i: TemplateInputs): TemplateInputs {
  const o = i.options;
  return {
    ...i,
    options: {
      ...o,
      A: { ...o.A, hoursNeeded: null, spotPrice: null, councilShare: 1 },
      B: { ...o.B, hoursNeeded: null, blockPrice: null, spotPrice: null, councilShare: 1 },
      C: { ...o.C, targetHours: null, blockPrice: null, spotPrice: null, councilShare: 1 },
      D: { ...o.D, targetHours: null, blockPrice: null, spotPrice: null, councilShare: 1 },
    },
  };
}

test("on random schemes whose need covers each option's core and minimum block, every option delivers exactly the need and costs the staff cost for the hours it buys (model and workbook)", () => {
  const wb = new EvaluatedTemplate(placeTemplate(buildAppraisal()));
  const pink = (i: TemplateInputs) => {
    const mine = placeTemplate(buildAppraisal(i));
    return mine.sheets.flatMap((s) =>
      s.cells.filter((c) => c.style === "input").map((c) => [s.id, c.ref, c.value ?? null] as [string, string, string | number | null]),
    );
  };
  let checked = 0;
  fc.assert(
    fc.property(templateInputs, (raw) => {
      const i = likeForLike(raw);
      const scheme = computeScheme(i);
      const s = {
        tenants: i.tenants,
        hoursPerWeek: scheme.hours.total,
        unitCostPerHour: scheme.unitCostPerHour,
        costPerPersonWeek: scheme.perPerson.week,
        cover: sharedCover(i),
      };
      const results = [
        spotPurchasing(i.options.A, s),
        coreAndAddOnOption(i.options.B, s),
        blockContractOption("C", i.options.C, s),
        blockContractOption("D", i.options.D, s),
      ];
      const b = results[1] as ReturnType<typeof coreAndAddOnOption>;
      const c = results[2] as ReturnType<typeof blockContractOption>;
      const d = results[3] as ReturnType<typeof blockContractOption>;
      const covered =
        s.hoursPerWeek >= b.coreHours &&
        s.hoursPerWeek >= c.minimum.total + c.optOutHours &&
        s.hoursPerWeek >= d.minimum.total &&
        s.unitCostPerHour > 0;
      fc.pre(covered);
      checked++;
      // Every hour bought costs the unit cost: the need's cost, and B's non-contact hours on top.
      const costOf = (r: (typeof results)[number]) => (scheme.staff.total * (s.hoursPerWeek + r.nonContactHours)) / s.hoursPerWeek;
      for (const r of results) {
        expect(r.hoursGap).toBeCloseTo(0, 9);
        expect(r.blockHours + r.spotHours - r.nonContactHours).toBeCloseTo(s.hoursPerWeek, 9);
        expect(r.councilAnnualCost).toBeCloseTo(costOf(r), 6);
      }
      expect(b.nonContactHours).toBe(i.options.B.floatingHours + s.cover.handoverHoursPerDay * s.cover.daysPerWeek);
      wb.setMany(pink(i));
      expect(wb.numbers("ECH_AppraisalHoursGap").map((g) => Math.abs(g) < 1e-9)).toEqual([true, true, true, true]);
      expect(p(wb.numbers("ECH_AppraisalCouncilCost"))).toEqual(p(results.map((r) => r.councilAnnualCost)));
    }),
    { numRuns: runs(20), seed: 20261125 },
  );
  expect(checked).toBeGreaterThanOrEqual(runs(20));
});

test("the defaults are the template's defaults", () => {
  expect(buildAppraisal(DEFAULT_TEMPLATE_INPUTS).sheets.length).toBe(11);
});
