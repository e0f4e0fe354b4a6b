import { buildTemplate } from "../../src/templates";
import { compareOptions, comparisonTemplate, listOptionTemplates } from "../../src/workbook";
import { insertTemplate } from "../../src/writers/officejs";
import { templatesFromNames } from "../../src/workbook/compareOptions";
import { createFakeExcel, installFakeOffice } from "../support/fakeExcel";
import { evaluateFakeBook } from "../support/evaluateFakeBook";
import { parseAddress, parseCell, rectAddress } from "../../src/layout/a1";

let restoreOffice: () => void;
beforeEach(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.9" });
});
afterEach(() => restoreOffice());

describe("templatesFromNames", () => {
  it("groups a template's names by suffix, labels it by its option sheet and skips broken names", () => {
    const names = [
      { name: "ECH_BlockHours", formula: "='Option B'!$B$20" },
      { name: "ECH_SpotHours", formula: "='Option B'!$B$22" },
      { name: "ECH_CouncilAnnualCost", formula: "='Option B'!$B$26" },
      { name: "ECH_CostPerPersonWeek", formula: "=Staffing!$B$30" },
      { name: "ECH_BlockHours_2", formula: "='Option C (2)'!$B$20" },
      { name: "ECH_SpotHours_2", formula: "='Option C (2)'!$B$22" },
      { name: "ECH_CouncilAnnualCost_2", formula: "='Option C (2)'!$B$26" },
      { name: "ECH_SchemeName_2", formula: "='Inputs (2)'!$B$3" },
      // A template whose sheets were deleted.
      { name: "ECH_BlockHours_3", formula: "=#REF!$B$20" },
      { name: "ECH_SpotHours_3", formula: "=#REF!$B$22" },
      { name: "ECH_CouncilAnnualCost_3", formula: "=#REF!$B$26" },
      // Not an option template: no block/spot hours.
      { name: "ECH_CostPerPersonWeek_4", formula: "=Staffing!$B$30" },
      { name: "ECH_BlockHoursExtra", formula: "=Sheet1!$A$1" },
    ];
    expect(templatesFromNames(names)).toEqual([
      {
        key: "1",
        label: "Option B",
        names: {
          BlockHours: "ECH_BlockHours",
          SpotHours: "ECH_SpotHours",
          CouncilAnnualCost: "ECH_CouncilAnnualCost",
          CostPerPersonWeek: "ECH_CostPerPersonWeek",
        },
      },
      {
        key: "2",
        label: "Option C (2)",
        names: {
          BlockHours: "ECH_BlockHours_2",
          SpotHours: "ECH_SpotHours_2",
          CouncilAnnualCost: "ECH_CouncilAnnualCost_2",
          SchemeName: "ECH_SchemeName_2",
        },
      },
    ]);
  });
});

describe("comparisonTemplate", () => {
  it("puts each option in a column of live formulas on its names", () => {
    const def = comparisonTemplate(
      templatesFromNames([
        { name: "ECH_BlockHours", formula: "='Option B'!$B$20" },
        { name: "ECH_SpotHours", formula: "='Option B'!$B$22" },
        { name: "ECH_CouncilAnnualCost", formula: "='Option B'!$B$26" },
        { name: "ECH_BlockHours_2", formula: "='Option D'!$B$20" },
        { name: "ECH_SpotHours_2", formula: "='Option D'!$B$22" },
        { name: "ECH_CouncilAnnualCost_2", formula: "='Option D'!$B$26" },
        { name: "ECH_CostPerPersonWeek_2", formula: "=Staffing!$B$30" },
      ]),
    );
    const cell = (ref: string) => def.sheets[0].cells.find((c) => c.ref === ref);
    expect(cell("B4")!.value).toBe("Option B");
    expect(cell("C4")!.value).toBe("Option D");
    expect(cell("B6")!.formula).toBe("ECH_CouncilAnnualCost");
    expect(cell("C6")!.formula).toBe("ECH_CouncilAnnualCost_2");
    expect(cell("C7")!.formula).toBe("ECH_BlockHours_2");
    expect(cell("C8")!.formula).toBe("ECH_SpotHours_2");
    expect(cell("C9")!.formula).toBe('IF(C7+C8=0,"",C7/(C7+C8))');
    // Option B's template has no cost-per-person name: said, not invented.
    expect(cell("B10")).toMatchObject({ value: "n/a" });
    expect(cell("C10")!.formula).toBe("ECH_CostPerPersonWeek_2");
    expect(cell("C11")!.formula).toBe("C6-$B$6");
  });
});

describe("compareOptions with generated templates", () => {
  async function workbookWithOptions() {
    const fx = createFakeExcel();
    fx.book.setCell("Sheet1", "A1", "The officer's own notes");
    fx.book.addSheet("Option comparison");
    const b = await insertTemplate(fx.context, buildTemplate({ option: "B", overlays: ["F"] }));
    const c = await insertTemplate(fx.context, buildTemplate({ option: "C", overlays: [], scheme: "Elm Court" }));
    return { fx, b, c };
  }

  it("lists the generated options", async () => {
    const { fx, c } = await workbookWithOptions();
    const list = await listOptionTemplates(fx.context);
    expect(list.map((t) => [t.key, t.label])).toEqual([
      ["1", "Option B"],
      ["2", c.sheets.find((s) => s.startsWith("Option C"))],
    ]);
    expect(c.names).toContain("ECH_CouncilAnnualCost_2");
  });

  it("builds a new comparison sheet whose live formulas show each option's figures", async () => {
    const { fx } = await workbookWithOptions();
    const before = fx.syncs;
    const report = await compareOptions(fx.context);

    expect(report.sheet).toBe("Option comparison (2)");
    // Names, the templates' versions, then insertTemplate's two.
    expect(report.syncs).toBe(4);
    expect(fx.syncs - before).toBe(4);
    expect(report.compared.map((t) => t.version)).toEqual([2, 2]);
    expect(fx.book.cell("Option comparison", "A1")).toBeUndefined();
    expect(fx.book.cell(report.sheet, "B6")!.formula).toBe("=ECH_CouncilAnnualCost");
    expect(fx.book.cell(report.sheet, "C6")!.formula).toBe("=ECH_CouncilAnnualCost_2");

    const ev = evaluateFakeBook(fx.book);
    expect(ev.errors()).toEqual([]);
    const where = (n: string) => {
      const { sheet, rect } = parseAddress(fx.book.names.find((x) => x.name === n)!.formula.slice(1));
      return { sheet: sheet!, ref: rectAddress({ ...rect, bottom: rect.top, right: rect.left }) };
    };
    const named = (n: string) => ev.value(where(n).sheet, where(n).ref);
    for (const [col, suffix] of [
      ["B", ""],
      ["C", "_2"],
    ]) {
      expect(ev.value(report.sheet, `${col}6`)).toBe(named(`ECH_CouncilAnnualCost${suffix}`));
      expect(ev.value(report.sheet, `${col}7`)).toBe(named(`ECH_BlockHours${suffix}`));
      expect(ev.value(report.sheet, `${col}8`)).toBe(named(`ECH_SpotHours${suffix}`));
      expect(ev.value(report.sheet, `${col}10`)).toBe(named(`ECH_CostPerPersonWeek${suffix}`));
      expect(typeof ev.value(report.sheet, `${col}6`)).toBe("number");
    }
    expect(ev.value(report.sheet, "C5")).toBe("Elm Court");
    expect(ev.value(report.sheet, "C11")).toBeCloseTo(
      (ev.value(report.sheet, "C6") as number) - (ev.value(report.sheet, "B6") as number),
      6,
    );

    // Live: change option C's tenants and the comparison follows; option B's column does not move.
    const [b10, c10] = [ev.value(report.sheet, "B10"), ev.value(report.sheet, "C10")];
    const tenants = where("ECH_Tenants_2");
    ev.hf.setCellContents({ sheet: ev.hf.getSheetId(tenants.sheet)!, ...parseCell(tenants.ref) }, [[70]]);
    expect(ev.value(report.sheet, "C10")).not.toBe(c10);
    expect(ev.value(report.sheet, "C10")).toBe(named("ECH_CostPerPersonWeek_2"));
    expect(ev.value(report.sheet, "B10")).toBe(b10);
  });

  it("compares only the options picked, and says which are gone", async () => {
    const { fx } = await workbookWithOptions();
    const report = await compareOptions(fx.context, ["2"]);
    expect(report.compared.map((t) => t.key)).toEqual(["2"]);
    expect(fx.book.cell(report.sheet, "B6")!.formula).toBe("=ECH_CouncilAnnualCost_2");
    expect(fx.book.cell(report.sheet, "C6")).toBeUndefined();
    await expect(compareOptions(fx.context, ["7"])).rejects.toMatchObject({ code: "UnknownOption" });
    await expect(compareOptions(fx.context, [])).rejects.toMatchObject({ code: "NothingToCompare" });
  });

  it("explains that there is nothing to compare in a workbook without options", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    await expect(compareOptions(fx.context)).rejects.toMatchObject({ code: "NothingToCompare" });
    expect(fx.book.sheets).toHaveLength(1);
  });
});
