import { InputError } from "../../src/model";
import { DEFAULT_TEMPLATE_INPUTS, checkTemplateInputs, type OptionId, type TemplateInputs } from "../../src/templates";
import { EvaluatedTemplate } from "../support/hyperformula";
import { placedTemplate } from "../support/templates";

interface Case {
  what: string;
  option: OptionId;
  sheet: string;
  cells: [rowId: string, i: number, value: string | number | null][];
  /** Where the problem is reported and part of the message. */
  check: [rowId: string, text: string];
  /** The same values in TemplateInputs, and the key the model's InputError names; absent for text. */
  model?: { set: (i: TemplateInputs) => void; argument: string };
  /** Names that must be #N/A. */
  na: string[];
}

const staff = [
  "ECH_HoursPerWeek",
  "ECH_TotalStaffCost",
  "ECH_UnitCostPerHour",
  "ECH_CostPerPersonWeek",
  "ECH_CostPerPersonYear",
  "ECH_CouncilAnnualCost",
];
const opt = ["ECH_BlockHours", "ECH_SpotHours", "ECH_CouncilAnnualCost"];
const inputs = (text: string): [string, string] => ["inputCheck", text];
const option = (text: string): [string, string] => ["option.check", text];

const CASES: Case[] = [
  {
    what: "no tenants",
    option: "B",
    sheet: "inputs",
    cells: [["tenants", 0, 0]],
    check: inputs("Tenants in the scheme"),
    model: { set: (i) => (i.tenants = 0), argument: "tenants" },
    na: staff,
  },
  {
    what: "a fraction of a tenant",
    option: "B",
    sheet: "inputs",
    cells: [["tenants", 0, 2.5]],
    check: inputs("whole number"),
    model: { set: (i) => (i.tenants = 2.5), argument: "tenants" },
    na: staff,
  },
  {
    what: "text for tenants",
    option: "A",
    sheet: "inputs",
    cells: [["tenants", 0, "thirty"]],
    check: inputs("Tenants in the scheme"),
    na: staff,
  },
  { what: "blank tenants", option: "C", sheet: "inputs", cells: [["tenants", 0, null]], check: inputs("Tenants in the scheme"), na: staff },
  {
    what: "too many tenants",
    option: "D",
    sheet: "inputs",
    cells: [["tenants", 0, 2e12]],
    check: inputs("Tenants in the scheme"),
    model: { set: (i) => (i.tenants = 2e12), argument: "tenants" },
    na: staff,
  },
  {
    what: "band shares adding up to 103%",
    option: "B",
    sheet: "inputs",
    cells: [["bandShares", 0, 0.3]],
    check: inputs("add up to 100%"),
    model: { set: (i) => (i.bandShares = [0.3, 0.46, 0.27]), argument: "bandShares" },
    na: staff,
  },
  {
    what: "a negative band share",
    option: "B",
    sheet: "inputs",
    cells: [
      ["bandShares", 0, -0.1],
      ["bandShares", 1, 0.83],
    ],
    check: inputs("Share of tenants"),
    model: { set: (i) => (i.bandShares = [-0.1, 0.83, 0.27]), argument: "bandShares" },
    na: staff,
  },
  {
    what: "negative band hours",
    option: "C",
    sheet: "inputs",
    cells: [["bandHours", 1, -1]],
    check: inputs("Daytime care"),
    model: { set: (i) => (i.bandHours = [7, -1, 28]), argument: "bandHours" },
    na: staff,
  },
  {
    what: "a support share over 100%",
    option: "D",
    sheet: "inputs",
    cells: [["supportShares", 2, 1.2]],
    check: inputs("housing support"),
    model: { set: (i) => (i.supportShares = [0.8, 0.6, 1.2]), argument: "supportShares" },
    na: staff,
  },
  {
    what: "negative night hours",
    option: "A",
    sheet: "inputs",
    cells: [["nightHours", 0, -5]],
    check: inputs("Night hours"),
    model: { set: (i) => (i.nightHours = -5), argument: "nightHours" },
    na: staff,
  },
  {
    what: "a night share of 200%",
    option: "A",
    sheet: "inputs",
    cells: [["nightSupportShare", 0, 2]],
    check: inputs("night hours"),
    model: { set: (i) => (i.nightSupportShare = 2), argument: "nightSupportShare" },
    na: staff,
  },
  {
    what: "a negative care rate",
    option: "B",
    sheet: "inputs",
    cells: [["careRate", 0, -1]],
    check: inputs("Hourly pay of care"),
    model: { set: (i) => (i.hourlyRates = { support: 10, care: -1 }), argument: "hourlyRates" },
    na: staff,
  },
  {
    what: "a negative salary",
    option: "B",
    sheet: "inputs",
    cells: [["managerSalary", 0, -1]],
    check: inputs("Scheme manager"),
    model: { set: (i) => (i.managerSalary = -1), argument: "managerSalary" },
    na: staff,
  },
  {
    what: "NI of 150%",
    option: "C",
    sheet: "inputs",
    cells: [["niRate", 0, 1.5]],
    check: inputs("National Insurance"),
    model: { set: (i) => (i.onCosts = { ...i.onCosts, ni: 1.5 }), argument: "onCosts" },
    na: staff,
  },
  {
    what: "negative training",
    option: "C",
    sheet: "inputs",
    cells: [["training", 0, -1]],
    check: inputs("Training"),
    model: { set: (i) => (i.onCosts = { ...i.onCosts, training: -1 }), argument: "onCosts" },
    na: staff,
  },
  {
    what: "no hours at all",
    option: "B",
    sheet: "inputs",
    cells: [
      ["bandHours", 0, 0],
      ["bandHours", 1, 0],
      ["bandHours", 2, 0],
      ["nightHours", 0, 0],
    ],
    check: inputs("no care or support hours"),
    model: { set: (i) => ((i.bandHours = [0, 0, 0]), (i.nightHours = 0)), argument: "careHours" },
    na: staff,
  },
  {
    what: "B: floating time over the day hours",
    option: "B",
    sheet: "option",
    cells: [["B.floatingHours", 0, 150]],
    check: option("Floating time"),
    model: { set: (i) => (i.options = { ...i.options, B: { ...i.options.B, floatingHours: 150 } }), argument: "options.B.floatingHours" },
    na: opt,
  },
  {
    what: "C: target below the minimum block",
    option: "C",
    sheet: "option",
    cells: [["C.targetHours", 0, 300]],
    check: option("at least the minimum block"),
    model: { set: (i) => (i.options = { ...i.options, C: { ...i.options.C, targetHours: 300 } }), argument: "options.C.targetHours" },
    na: opt,
  },
  {
    what: "A: a spot price of 0",
    option: "A",
    sheet: "option",
    cells: [["A.spotPrice", 0, 0]],
    check: option("Spot price"),
    model: { set: (i) => (i.options = { ...i.options, A: { ...i.options.A, spotPrice: 0 } }), argument: "options.A.spotPrice" },
    na: opt,
  },
  {
    what: "D: negative additional hours in month 3",
    option: "D",
    sheet: "option",
    cells: [["D.additionalHours", 2, -4]],
    check: option("Additional hours in month 3"),
    model: {
      set: (i) => (i.options = { ...i.options, D: { ...i.options.D, additionalHours: [0, 0, -4, 0, 0, 0, 0, 0, 0, 0, 0, 0] } }),
      argument: "options.D.additionalHours",
    },
    na: ["ECH_CouncilCostByMonth", ...opt],
  },
  {
    what: "budget: negative rent",
    option: "B",
    sheet: "budget",
    cells: [["tenantExpenditure", 0, -1]],
    check: ["budgetCheck", "Expenditure"],
    model: { set: (i) => (i.tenantExpenditure = [-1, 17.55, 15, 69.25, 269.75, 22]), argument: "tenantExpenditure" },
    na: ["ECH_TenantMonthlyTotal"],
  },
];

describe("the check cells flag exactly what the model rejects, and outputs show #N/A", () => {
  const books = new Map<OptionId, EvaluatedTemplate>();
  const book = (o: OptionId) => {
    if (!books.has(o)) books.set(o, new EvaluatedTemplate(placedTemplate({ option: o, overlays: ["E", "F"] })));
    return books.get(o)!;
  };

  test.each(CASES)("$what", (c) => {
    const wb = book(c.option);
    const original = c.cells.map(([id, i]) => {
      const [sheet, ref] = wb.at(id, i);
      return [id, i, wb.placed.sheets.find((s) => s.id === sheet)!.cells.find((x) => x.ref === ref)?.value ?? null] as [
        string,
        number,
        string | number | null,
      ];
    });
    wb.setRows(c.cells);
    try {
      const [checkRow, text] = c.check;
      const message = wb.row(checkRow)[0];
      expect(typeof message).toBe("string");
      expect(message).not.toBe("OK");
      expect(String(message).toLowerCase()).toContain(text.toLowerCase());
      for (const n of c.na) for (const v of wb.named(n)) expect(v).toEqual({ error: "#N/A" });
      // A check cell says what to fix; it never shows an error itself.
      const checkErrors = wb.placed.sheets.flatMap((s) =>
        s.cells
          .filter((x) => x.style === "check" && typeof wb.value(s.id, x.ref) === "object" && wb.value(s.id, x.ref) !== null)
          .map((x) => `${s.name}!${x.ref}`),
      );
      expect(checkErrors).toEqual([]);
      if (c.sheet === "inputs")
        for (const o of ["option", "pooled", "pumpPriming"]) expect(wb.row(`${o}.check`)[0]).toMatch(/^Fix the Inputs sheet first/);
      if (c.sheet === "option")
        for (const o of ["pooled", "pumpPriming"]) expect(wb.row(`${o}.check`)[0]).toMatch(/^Fix the Option . sheet first/);
      if (c.model) {
        const i: TemplateInputs = JSON.parse(JSON.stringify(DEFAULT_TEMPLATE_INPUTS));
        c.model.set(i);
        expect(() => checkTemplateInputs(i)).toThrow(InputError);
        try {
          checkTemplateInputs(i);
        } catch (e) {
          expect((e as InputError).argument).toBe(c.model.argument);
        }
      }
    } finally {
      wb.setRows(original);
    }
    expect(wb.row("inputCheck")).toEqual(["OK"]);
    expect(wb.row("option.check")).toEqual(["OK"]);
  });

  test("band shares within 0.01 percentage point of 100% are accepted, as by the model", () => {
    const wb = book("B");
    wb.setRows([["bandShares", 0, 0.27009]]);
    expect(wb.row("inputCheck")).toEqual(["OK"]);
    expect(() => checkTemplateInputs({ ...DEFAULT_TEMPLATE_INPUTS, bandShares: [0.27009, 0.46, 0.27] })).not.toThrow();
    wb.setRows([["bandShares", 0, 0.27011]]);
    expect(wb.row("inputCheck")[0]).toMatch(/add up to 100%/);
    expect(() => checkTemplateInputs({ ...DEFAULT_TEMPLATE_INPUTS, bandShares: [0.27011, 0.46, 0.27] })).toThrow(/bandShares/);
    wb.setRows([["bandShares", 0, 0.27]]);
  });

  test("a blank price means the unit cost per hour", () => {
    const wb = book("B");
    const unit = wb.numbers("ECH_UnitCostPerHour")[0];
    const before = wb.numbers("ECH_CouncilAnnualCost")[0];
    expect(before).toBeCloseTo((175 * unit + 654 * unit) * 52, 6);
    wb.setRows([["B.blockPrice", 0, 20]]);
    expect(wb.numbers("ECH_CouncilAnnualCost")[0]).toBeCloseTo((175 * 20 + 654 * unit) * 52, 6);
    wb.setRows([["B.blockPrice", 0, null]]);
  });
});
