/** Sensitivity: each move agrees with the model run on the moved inputs, the workbook's live table agrees with the model, and it is fast. */
import fc from "fast-check";
import { projectContract, type ProjectionChoice } from "../../src/decisions/projection";
import { HEADLINES, SENSITIVITY_INPUTS, sensitivity, swing, type Headline } from "../../src/decisions/sensitivity";
import { DEFAULT_PROJECTION, InputError, type Triple } from "../../src/model";
import { PUBLISHED_TEMPLATE_INPUTS, type TemplateInputs } from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { templateInputs } from "../templates/arbitraries";
import { runs } from "../support/runs";
import { placedTemplate } from "../support/templates";

const CHOICES: ProjectionChoice[] = (["A", "B", "C", "D"] as const).flatMap((option) => [{ option }, { option, pumpPriming: true }]);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
// £10 a week from every tenant: the net cost is not the cost.
const INPUTS: TemplateInputs = {
  ...PUBLISHED_TEMPLATE_INPUTS,
  projection: { ...DEFAULT_PROJECTION, payUplift: 0.03, nonPayUplift: 0.02 },
  averageContributions: [10, 10, 10],
};

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
  test.each(CHOICES.map((c) => [`${c.option}${c.pumpPriming ? "+F" : ""}`, c] as const))(
    "%s: each move gives what the model gives for the moved inputs",
    (_, c) => {
      const s = sensitivity(c, INPUTS);
      expect(s.items.map((x) => x.id)).toEqual(SENSITIVITY_INPUTS.map((x) => x.id));
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
    },
  );

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
        for (const h of HEADLINES) close(wb.rowNumbers(`sensitivity.${item.id}.${side}.${h.id}`)[0], item[side][h.id as Headline]);
      }
    }
    // The net cost is placed down and up only (the model ranks it).
    for (const h of HEADLINES.filter((x) => x.id !== "councilNetYear")) {
      const ranks = s.items.map((it) => wb.rowNumbers(`sensitivity.${it.id}.rank.${h.id}`)[0]);
      // Rank 1 is the model's first; each rank counts the inputs that swing the result more.
      const first = s.items.findIndex((it) => it.id === s.ranked[h.id][0]);
      expect(ranks[first]).toBe(1);
      s.items.forEach((it, i) =>
        expect(ranks[i]).toBe(1 + s.items.filter((o) => swing(o, h.id) > swing(it, h.id) + 1e-9 * Math.max(1, swing(it, h.id))).length),
      );
    }
  };

  test.each(CHOICES.map((c) => [`${c.option}${c.pumpPriming ? "+F" : ""}`, c] as const))("%s at the defaults with uplifts", (_, c) => {
    const wb = book(c, INPUTS);
    expectTable(wb, c, INPUTS);
    expect(wb.errors()).toEqual([]);
    wb.setRows([["sensitivityRange", 0, 0.25]]);
    expectTable(wb, c, INPUTS, 0.25);
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
