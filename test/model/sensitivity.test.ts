/** Sensitivity: each move agrees with the model run on the moved inputs, the workbook's live table agrees with the model, and it is fast. */
import fc from "fast-check";
import { projectContract, type ProjectionChoice } from "../../src/decisions/projection";
import {
  HEADLINES,
  SENSITIVITY_INPUTS,
  sensitivity,
  sensitivityInputsAt,
  sensitivityLineId,
  sensitivityLines,
  swing,
  type Headline,
} from "../../src/decisions/sensitivity";
import { DEFAULT_PAY, DEFAULT_PROJECTION, InputError, type Triple } from "../../src/model";
import { DEFAULT_TEMPLATE_INPUTS, PUBLISHED_TEMPLATE_INPUTS, type TemplateInputs } from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { templateInputs } from "../templates/arbitraries";
import { deep, runs } from "../support/runs";
import { placedTemplate } from "../support/templates";

const CHOICES: ProjectionChoice[] = (["A", "B", "C", "D"] as const).flatMap((option) => [{ option }, { option, pumpPriming: true }]);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
// £10 a week from every tenant: the net cost is not the cost.
const INPUTS: TemplateInputs = {
  ...PUBLISHED_TEMPLATE_INPUTS,
  projection: { ...DEFAULT_PROJECTION, payUplift: 0.03, nonPayUplift: 0.02 },
  averageContributions: [10, 10, 10],
};
// Today's price base, the pane's and the templates' default.
const TODAY: TemplateInputs = { ...DEFAULT_TEMPLATE_INPUTS, projection: INPUTS.projection, averageContributions: [10, 10, 10] };

/** The inputs with one key input moved as the sensitivity says, written out by hand. */
function movedByHand(i: TemplateInputs, id: string, f: number): TemplateInputs {
  const p = i.projection!;
  const x = (v: number) => v * f;
  const t = (v: Triple): Triple => [x(v[0]), x(v[1]), x(v[2])];
  switch (id) {
    case "tenants":
      return { ...i, tenants: Math.max(1, Math.round(i.tenants * f)) };
    case "bandMix": {
      const [l, m, h] = i.bandShares;
      const d = f < 1 ? -h * (1 - f) : Math.min(h * (f - 1), m);
      return { ...i, bandShares: [l, m - d, h + d] };
    }
    case "bandHours":
      return { ...i, bandHours: t(i.bandHours) };
    case "supportRate":
      return { ...i, hourlyRates: { ...i.hourlyRates, support: x(i.hourlyRates.support) } };
    case "careRate":
      return { ...i, hourlyRates: { ...i.hourlyRates, care: x(i.hourlyRates.care) } };
    case "niRate":
      return { ...i, onCosts: { ...i.onCosts, ni: x(i.onCosts.ni) } };
    case "coverRate":
      return { ...i, onCosts: { ...i.onCosts, cover: x(i.onCosts.cover) } };
    case "superannuationRate":
      return { ...i, onCosts: { ...i.onCosts, superannuation: x(i.onCosts.superannuation) } };
    case "training":
      return { ...i, onCosts: { ...i.onCosts, training: x(i.onCosts.training) } };
    case "teamLeaderRate":
    case "nightRate":
    case "absenceRate":
    case "overheadRate": {
      const pay = i.pay ?? DEFAULT_PAY;
      return { ...i, pay: { ...pay, [id]: x(pay[id]) } };
    }
    case "managerSalary":
      return { ...i, managerSalary: x(i.managerSalary) };
    case "nightHours":
      return { ...i, nightHours: x(i.nightHours) };
    case "payUplift":
      return { ...i, projection: { ...p, payUplift: x(p.payUplift) } };
    case "nonPayUplift":
      return { ...i, projection: { ...p, nonPayUplift: x(p.nonPayUplift) } };
  }
  throw new Error(id);
}

describe("sensitivity in the model", () => {
  const CASES = [
    ...CHOICES.map((c) => [`${c.option}${c.pumpPriming ? "+F" : ""}, 2009 base`, c, INPUTS] as const),
    ...CHOICES.map((c) => [`${c.option}${c.pumpPriming ? "+F" : ""}, today's base`, c, TODAY] as const),
  ];
  test.each(CASES)("%s: each move gives what the model gives for the moved inputs", (_, c, INPUTS) => {
    const s = sensitivity(c, INPUTS);
    expect(s.items.map((x) => x.id)).toEqual(sensitivityInputsAt(INPUTS.priceBase).map((x) => x.id));
    const base = projectContract(c, INPUTS);
    close(s.base.npv, base.npv);
    close(s.base.councilYear, base.councilAnnualCost);
    close(s.base.councilNetYear, base.councilNetYear);
    expect(s.base.councilNetYear).toBeLessThan(s.base.councilYear);
    for (const item of s.items) {
      for (const [side, f] of [
        ["low", 0.9],
        ["high", 1.1],
      ] as const) {
        const p = projectContract(c, movedByHand(INPUTS, item.id, f));
        close(item[side].npv, p.npv);
        close(item[side].councilYear, p.councilAnnualCost);
        close(item[side].councilNetYear, p.councilNetYear);
        close(item[side].unitCost, p.unitCostPerHour);
      }
    }
    for (const h of HEADLINES) {
      const swings = s.ranked[h.id].map((id) =>
        swing(
          s.items.find((x) => x.id === id)!,
          h.id,
        ),
      );
      expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    }
  });

  test("each base moves the inputs it counts: the flat on-costs at 2009, the pay build-up's today", () => {
    const ids = (i: TemplateInputs) => sensitivity({ option: "A" }, i).items.map((x) => x.id);
    expect(ids(INPUTS)).toEqual(expect.arrayContaining(["niRate", "coverRate", "superannuationRate", "training"]));
    expect(ids(INPUTS)).not.toContain("overheadRate");
    expect(ids(TODAY)).toEqual(expect.arrayContaining(["teamLeaderRate", "nightRate", "absenceRate", "overheadRate"]));
    expect(ids(TODAY)).not.toContain("niRate");
    // Every input that counts moves the council's cost at its base, the uplifts apart.
    for (const i of [INPUTS, TODAY]) {
      const s = sensitivity({ option: "A" }, i);
      for (const item of s.items.filter((x) => !/Uplift$/.test(x.id))) expect(swing(item, "councilYear")).toBeGreaterThan(0);
    }
  });

  test("the sheet's lines hold every input once; a shared line pairs a 2009-only input with a today-only one", () => {
    const lines = sensitivityLines();
    expect(
      lines
        .flatMap((l) => l.inputs)
        .map((x) => x.id)
        .sort(),
    ).toEqual(SENSITIVITY_INPUTS.map((x) => x.id).sort());
    // Every line that holds an input of one base only holds one of each.
    for (const line of lines.filter((l) => l.inputs.some((x) => x.countsAt !== "every")))
      expect(line.inputs.map((x) => x.countsAt)).toEqual(["published", "current"]);
    expect(sensitivityLineId("niRate")).toBe("niRate_teamLeaderRate");
    expect(sensitivityLineId("tenants")).toBe("tenants");
  });

  test("what moves what: the care rate moves the unit cost; the uplifts move the present value only", () => {
    const s = sensitivity({ option: "B" }, INPUTS);
    const get = (id: string) => s.items.find((x) => x.id === id)!;
    expect(get("careRate").high.unitCost).toBeGreaterThan(s.base.unitCost);
    expect(get("careRate").low.unitCost).toBeLessThan(s.base.unitCost);
    expect(swing(get("payUplift"), "unitCost")).toBe(0);
    expect(swing(get("payUplift"), "councilYear")).toBe(0);
    expect(swing(get("payUplift"), "councilNetYear")).toBe(0);
    // Tenants pay £10 a week whatever the care rate: the net cost moves by as much as the cost.
    close(get("careRate").high.councilNetYear - get("careRate").low.councilNetYear, swing(get("careRate"), "councilYear"));
    expect(swing(get("payUplift"), "npv")).toBeGreaterThan(0);
    expect(s.ranked.unitCost[s.ranked.unitCost.length - 1]).toMatch(/Uplift$/);
  });

  test("the range is checked, naming it", () => {
    expect(() => sensitivity({ option: "A" }, INPUTS, 0)).toThrow(InputError);
    expect(() => sensitivity({ option: "A" }, INPUTS, 1.5)).toThrow(/range/);
  });
});

describe("the Sensitivity sheet's live table gives the model's figures (HyperFormula)", () => {
  const placed = (c: ProjectionChoice, inputs: TemplateInputs) =>
    placedTemplate({ option: c.option, overlays: c.pumpPriming ? ["F"] : [] }, inputs);
  const book = (c: ProjectionChoice, inputs: TemplateInputs) => new EvaluatedTemplate(placed(c, inputs));
  const expectTable = (wb: EvaluatedTemplate, c: ProjectionChoice, inputs: TemplateInputs, range = 0.1) => {
    const s = sensitivity(c, inputs, range);
    expect(wb.named("ECH_SensitivityCheck")).toEqual(["OK"]);
    for (const item of s.items) {
      for (const side of ["low", "high"] as const) {
        for (const h of HEADLINES)
          close(wb.rowNumbers(`sensitivity.${sensitivityLineId(item.id)}.${side}.${h.id}`)[0], item[side][h.id as Headline]);
      }
    }
    // The net cost is placed down and up only (the model ranks it).
    for (const h of HEADLINES.filter((x) => x.id !== "councilNetYear")) {
      const ranks = s.items.map((it) => wb.rowNumbers(`sensitivity.${sensitivityLineId(it.id)}.rank.${h.id}`)[0]);
      // Rank 1 is the model's first; each rank counts the inputs that swing the result more.
      const first = s.items.findIndex((it) => it.id === s.ranked[h.id][0]);
      expect(ranks[first]).toBe(1);
      s.items.forEach((it, i) =>
        expect(ranks[i]).toBe(1 + s.items.filter((o) => swing(o, h.id) > swing(it, h.id) + 1e-9 * Math.max(1, swing(it, h.id))).length),
      );
    }
  };

  // Each option once, with and without F in turn (every choice in test:deep): a whole workbook each.
  const SHEET_CHOICES = deep ? CHOICES : CHOICES.filter((c) => !!c.pumpPriming === ["B", "D"].includes(c.option));
  test.each(SHEET_CHOICES.map((c) => [`${c.option}${c.pumpPriming ? "+F" : ""}`, c] as const))(
    "%s at the defaults with uplifts",
    (_, c) => {
      const wb = book(c, INPUTS);
      expectTable(wb, c, INPUTS);
      expect(wb.errors()).toEqual([]);
      wb.setRows([["sensitivityRange", 0, 0.25]]);
      expectTable(wb, c, INPUTS, 0.25);
    },
  );

  test("at today's price base, a shared line reads and moves the input that counts there", () => {
    const c: ProjectionChoice = { option: "B" };
    const wb = book(c, TODAY);
    expectTable(wb, c, TODAY);
    expect(wb.errors()).toEqual([]);
    expect(wb.row("sensitivity.niRate_teamLeaderRate.label")).toEqual(["Hourly pay of the team leader"]);
    wb.setRows([["priceBase", 0, "2009 (published model)"]]);
    expect(wb.row("sensitivity.niRate_teamLeaderRate.label")).toEqual(["Employer's National Insurance rate"]);
  });

  test("for random inputs (property)", () => {
    const c: ProjectionChoice = { option: "C", pumpPriming: true };
    const wb = book(c, INPUTS);
    fc.assert(
      fc.property(
        templateInputs,
        fc.integer({ min: 0, max: 60 }).map((n) => n / 1000),
        (base, uplift) => {
          const inputs: TemplateInputs = { ...base, projection: { ...DEFAULT_PROJECTION, payUplift: uplift, nonPayUplift: uplift } };
          try {
            projectContract(c, inputs);
          } catch (e) {
            if (e instanceof InputError) return;
            throw e;
          }
          wb.setMany(
            placed(c, inputs).sheets.flatMap((s) =>
              s.cells
                .filter((x) => x.style === "input")
                .map((x) => [s.id, x.ref, x.value ?? null] as [string, string, string | number | boolean | null]),
            ),
          );
          expectTable(wb, c, inputs);
        },
      ),
      { numRuns: runs(12) },
    );
  });
});
