import { insertTemplate } from "../../../src/writers/officejs";
import { contentBands, formulaEntry } from "../../../src/writers/officejs/insertTemplate";
import { charsToPoints } from "../../../src/templates/print";
import { describeOfficeError } from "../../../src/writers/officejs/errors";
import type { TemplateDef } from "../../../src/templates/types";
import { INPUT_FILL, STYLES } from "../../../src/templates/styles";
import { createFakeExcel, installFakeOffice } from "../../support/fakeExcel";
import { withFormulas } from "../../../src/layout/r1c1";
import { buildTemplate, placeTemplate } from "../../../src/templates";
import { EvaluatedTemplate } from "../../support/hyperformula";
import { evaluateFakeBook } from "../../support/evaluateFakeBook";
import { parseAddress } from "../../../src/layout/a1";

/** A two-sheet template with every feature the writer handles. */
function smallTemplate(): TemplateDef {
  return {
    id: "B",
    title: "Option B test",
    choice: { option: "B", overlays: [] },
    sheets: [
      {
        id: "inputs",
        name: "Inputs",
        orientation: "portrait",
        columns: [40, 12, 12],
        freeze: { rows: 2 },
        printTitleRows: [1, 2],
        tabColor: "FF66CC",
        cells: [
          { ref: "A1", value: "Scheme inputs", style: "title" },
          { ref: "A3", value: "Tenants", style: "label" },
          {
            ref: "B3",
            value: 35,
            style: "input",
            format: "0",
            validation: { type: "whole", min: 1, max: 200, prompt: "Number of tenants.", error: "Enter a whole number from 1 to 200." },
          },
          { ref: "A4", value: "Hourly rate", style: "label" },
          {
            ref: "B4",
            value: 10,
            style: "input",
            format: "£#,##0.00",
            validation: { type: "decimal", min: 0, prompt: "Hourly cost in £.", error: "Enter an amount of 0 or more." },
          },
          { ref: "A5", value: "Year", style: "label" },
          {
            ref: "B6",
            style: "input",
            validation: { type: "textLength", max: 60, allowBlank: true, prompt: "The scheme's name.", error: "60 characters at most." },
          },
          { ref: "B5", value: "2026" },
          { ref: "C5", value: "=not a formula" },
        ],
      },
      {
        id: "costs",
        name: "Costs",
        orientation: "landscape",
        columns: [30, 14],
        freeze: { rows: 1, columns: 1 },
        cells: [
          { ref: "A1", value: "Cost", style: "header" },
          { ref: "A2", value: "Weekly cost", style: "label" },
          { ref: "B2", formula: "{inputs}!$B$3*{inputs}!$B$4", style: "output", format: "£#,##0.00" },
          { ref: "B3", formula: "B2*52", style: "total", format: "£#,##0" },
        ],
      },
    ],
    names: [
      { name: "ECH_Tenants", sheet: "inputs", range: "$B$3", comment: "Tenants" },
      { name: "ECH_WeeklyCost", sheet: "costs", range: "$B$2" },
    ],
  };
}

let restoreOffice: () => void;
beforeEach(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.9" });
});
afterEach(() => restoreOffice());

describe("insertTemplate", () => {
  it("reads the workbook in one sync, then writes sheets, names, contents, formats, styles, validation and protection in the next", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    const report = await insertTemplate(fx.context, smallTemplate());

    expect(report).toEqual({ sheets: ["Inputs", "Costs"], names: ["ECH_Tenants", "ECH_WeeklyCost"], firstSheet: "Inputs", syncs: 2 });
    expect(fx.syncs).toBe(2);
    // Sync 1 only reads; everything is written in sync 2.
    expect(fx.log.filter((l) => l.sync !== 2)).toEqual([]);
    expect(fx.log.map((l) => l.op)).toEqual(
      expect.arrayContaining(["addName", "addSheet", "set formulas", "set numberFormat", "RangeFont.name", "protect"]),
    );
    expect(fx.book.sheets.map((s) => s.name)).toEqual(["Sheet1", "Inputs", "Costs"]);

    // One formulas write per sheet here, over the cells with content (Inputs' empty pink B6 is left as it is).
    const writes = fx.log.filter((l) => l.op === "set formulas");
    expect(writes.map((w) => [w.sheet, w.address])).toEqual([
      ["Inputs", "A1:C5"],
      ["Costs", "A1:B3"],
    ]);

    const cell = (s: string, r: string) => fx.book.cell(s, r)!;
    expect(cell("Inputs", "B3").value).toBe(35);
    expect(cell("Inputs", "A3").value).toBe("Tenants");
    // Text that looks like a number or formula stays text.
    expect(cell("Inputs", "B5").value).toBe("2026");
    expect(cell("Inputs", "C5")).toMatchObject({ value: "=not a formula", formula: undefined });
    // Sheet references resolved to the placed names.
    expect(cell("Costs", "B2").formula).toBe("=Inputs!$B$3*Inputs!$B$4");
    expect(cell("Costs", "B3").formula).toBe("=B2*52");

    expect(cell("Inputs", "B4").numberFormat).toBe("£#,##0.00");
    expect(cell("Costs", "B3").numberFormat).toBe("£#,##0");
    expect(cell("Inputs", "A3").numberFormat).toBe("General");

    // Styles come from the table the .xlsx writer uses too.
    expect(cell("Inputs", "B3").format.fill).toBe(`#${INPUT_FILL}`);
    expect(cell("Inputs", "A1").format).toMatchObject({
      bold: true,
      fontSize: STYLES.title.font!.size,
      fontColor: `#${STYLES.title.font!.color}`,
    });
    expect(cell("Costs", "B3").format.bold).toBe(true);
    // B3:B4 is one rectangle of input style: each cell gets all four borders, the line between them included.
    const all = { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" };
    expect(cell("Inputs", "B3").format.borders).toEqual(all);
    expect(cell("Inputs", "B4").format.borders).toEqual(all);
    expect(cell("Inputs", "A3").format.borders).toBeUndefined();

    expect(cell("Inputs", "B3").validation).toEqual({
      rule: { wholeNumber: { operator: "Between", formula1: 1, formula2: 200 } },
      ignoreBlanks: false,
      prompt: { showPrompt: true, title: "Input", message: "Number of tenants." },
      errorAlert: { showAlert: true, style: "Stop", title: "Check this value", message: "Enter a whole number from 1 to 200." },
    });
    expect(cell("Inputs", "B4").validation!.rule).toEqual({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
    expect(cell("Inputs", "B6").validation).toMatchObject({
      rule: { textLength: { operator: "LessThanOrEqualTo", formula1: 60 } },
      ignoreBlanks: true,
    });
    expect(cell("Inputs", "B6").locked).toBe(false);

    // Only the input cells are unlocked, and every sheet is protected without a password.
    expect(cell("Inputs", "B3").locked).toBe(false);
    expect(cell("Inputs", "B4").locked).toBe(false);
    expect(cell("Inputs", "A3").locked).toBe(true);
    expect(cell("Costs", "B2").locked).toBe(true);
    for (const name of ["Inputs", "Costs"]) {
      expect(fx.book.sheet(name)!.protection).toEqual({
        protected: true,
        options: { allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" },
        password: undefined,
      });
    }

    const inputs = fx.book.sheet("Inputs")!;
    expect([...inputs.columnWidths.entries()]).toEqual([
      [0, charsToPoints(40)],
      [1, charsToPoints(12)],
      [2, charsToPoints(12)],
    ]);
    expect(inputs.freeze).toEqual({ rows: 2, columns: 0 });
    expect(fx.book.sheet("Costs")!.freeze).toEqual({ rows: 1, columns: 1 });
    expect(inputs.tabColor).toBe("#FF66CC");
    expect(inputs.pageLayout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      printTitleRows: "$1:$2",
      zoom: { scale: 100 },
      leftMargin: 18,
      printArea: "A1:C5",
    });
    expect(inputs.pageLayout.headersFooters).toEqual({
      leftHeader: expect.stringContaining("Extra care housing cost model"),
      centerHeader: "&A",
      rightHeader: "&D",
      leftFooter: "Indicative costs: check the inputs",
      centerFooter: "",
      rightFooter: "Page &P of &N",
    });
    expect(fx.book.sheet("Costs")!.pageLayout.orientation).toBe("Landscape");

    expect(fx.book.names).toEqual([
      { name: "ECH_Tenants", formula: "=Inputs!$B$3", comment: "Tenants", visible: true },
      { name: "ECH_WeeklyCost", formula: "=Costs!$B$2", comment: "", visible: true },
    ]);
    expect(fx.book.activeSheet).toBe("Inputs");
  });

  it("leaves existing sheets and names untouched and gives the new ones free names", async () => {
    const fx = createFakeExcel();
    fx.book.setCell("Inputs", "B3", 99);
    fx.book.setCell("inputs (2)", "A1", "mine too");
    fx.book.addName("ECH_Tenants", "=Inputs!$B$3", "my own");
    const before = fx.book.snapshot();

    const report = await insertTemplate(fx.context, smallTemplate());

    expect(report.sheets).toEqual(["Inputs (3)", "Costs"]);
    expect(report.names).toEqual(["ECH_Tenants_2", "ECH_WeeklyCost"]);
    expect(report.syncs).toBe(2);
    const after = fx.book.snapshot() as { sheets: unknown[]; names: unknown[] };
    const b = before as { sheets: unknown[]; names: unknown[] };
    expect(after.sheets.slice(0, 2)).toEqual(b.sheets);
    expect(after.names[0]).toEqual(b.names[0]);
    expect(fx.book.cell("Costs", "B2")!.formula).toBe("='Inputs (3)'!$B$3*'Inputs (3)'!$B$4");
    expect(fx.book.names[1]).toMatchObject({ name: "ECH_Tenants_2", formula: "='Inputs (3)'!$B$3" });
    // No operation of the insert addressed an existing sheet.
    expect(fx.log.filter((l) => l.sheet === "Inputs" || l.sheet === "inputs (2)")).toEqual([]);
  });

  it("inserting the same template twice keeps both copies intact", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    await insertTemplate(fx.context, smallTemplate());
    const second = await insertTemplate(fx.context, smallTemplate());
    expect(second.sheets).toEqual(["Inputs (2)", "Costs (2)"]);
    expect(second.names).toEqual(["ECH_Tenants_2", "ECH_WeeklyCost_2"]);
    expect(fx.book.cell("Costs", "B2")!.formula).toBe("=Inputs!$B$3*Inputs!$B$4");
    expect(fx.book.cell("Costs (2)", "B2")!.formula).toBe("='Inputs (2)'!$B$3*'Inputs (2)'!$B$4");
    expect(fx.syncs).toBe(4);
  });

  // A failure anywhere in the write (sync 2) is cleaned up in sync 3.
  it.each([
    ["the first operation", { sync: 2, afterOps: 0 }, 3],
    ["a sheet add", { op: "WorksheetCollection.add", code: "ItemAlreadyExists" }, 3],
    ["a defined name", { op: "NamedItemCollection.add" }, 3],
    ["the first format", { op: "Range.numberFormat" }, 3],
    ["data validation", { op: "DataValidation.rule", code: "InvalidArgument" }, 3],
    ["protection", { op: "WorksheetProtection.protect" }, 3],
    ["the end of the write", { sync: 2, afterOps: 10_000 }, 3],
  ])("a failure at %s removes everything added, in %i syncs", async (_label, rule, syncs) => {
    const fx = createFakeExcel();
    fx.book.setCell("Sheet1", "A1", "keep me");
    fx.book.addName("Mine", "=Sheet1!$A$1");
    const before = fx.book.snapshot();
    fx.fake.failOn(rule);

    const error = await insertTemplate(fx.context, smallTemplate()).catch((e: unknown) => e);

    expect(error).toMatchObject({ name: "EchExcelError", code: "InsertFailed" });
    expect(describeOfficeError(error).text).toMatch(/nothing was added/);
    expect(fx.syncs).toBe(syncs);
    expect(fx.book.snapshot()).toEqual(before);
    expect(fx.book.activeSheet).toBe("Sheet1");
  });

  it.each([
    ["a sheet add", { op: "WorksheetCollection.add" }],
    ["a defined name", { op: "NamedItemCollection.add" }],
    ["protection", { op: "WorksheetProtection.protect" }],
  ])("where deleting a missing item throws, a failure at %s is still cleaned up", async (_label, rule) => {
    const fx = createFakeExcel({ nullObjectCalls: "throw" });
    fx.book.setCell("Sheet1", "A1", "keep me");
    const before = fx.book.snapshot();
    fx.fake.failOn(rule);
    const error = await insertTemplate(fx.context, smallTemplate()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InsertFailed" });
    expect(fx.book.snapshot()).toEqual(before);
    // Protection fails after every sheet and name exists, so the one-batch cleanup suffices.
    expect(fx.syncs).toBe(rule.op === "WorksheetProtection.protect" ? 3 : 5);
  });

  it("reports a cleanup that failed with what to remove by hand", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    fx.fake.failOn({ op: "RangeFormat.columnWidth" });
    fx.fake.failOn({ sync: 3 });
    fx.fake.failOn({ sync: 4 });
    const error = await insertTemplate(fx.context, smallTemplate()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CleanupFailed" });
    expect(describeOfficeError(error).action).toMatch(/Inputs, Costs/);
  });

  it("refuses, before any change, an Excel without the API set it needs", async () => {
    restoreOffice();
    restoreOffice = installFakeOffice({ ExcelApi: "1.7" });
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    const error = await insertTemplate(fx.context, smallTemplate()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ApiNotSupported" });
    expect(describeOfficeError(error).text).toMatch(/newer version of Excel.*Microsoft 365/);
    expect(fx.syncs).toBe(0);
    expect(fx.book.sheets).toHaveLength(1);
  });

  it("skips page layout on Excel without ExcelApi 1.9 and still inserts", async () => {
    restoreOffice();
    restoreOffice = installFakeOffice({ ExcelApi: "1.8" });
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    await insertTemplate(fx.context, smallTemplate());
    expect(fx.book.sheet("Inputs")!.pageLayout).toEqual({});
    expect(fx.book.sheet("Inputs")!.protection.protected).toBe(true);
  });

  it("reports progress up to the total", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    const calls: [number, number][] = [];
    await insertTemplate(fx.context, smallTemplate(), { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls[0]).toEqual([1, 5]);
    expect(calls[calls.length - 1]).toEqual([5, 5]);
    expect(calls.map((c) => c[0])).toEqual([...calls.map((c) => c[0])].sort((a, b) => a - b));
  });

  it("a large template still takes two syncs", async () => {
    const def = smallTemplate();
    const cells = Array.from({ length: 2000 }, (_, i) => ({ ref: `${"ABCDEFGHIJ"[i % 10]}${Math.floor(i / 10) + 1}`, formula: `${i}*2` }));
    const big: TemplateDef = { ...def, sheets: [...def.sheets, { ...def.sheets[1], id: "big", name: "Big", cells }] };
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    const report = await insertTemplate(fx.context, big);
    expect(report.syncs).toBe(2);
    expect(fx.book.cell("Big", "J200")!.formula).toBe("=1999*2");
  });

  it("writes a formula copied down or across once for its block, and every cell holds it as written", async () => {
    const def = smallTemplate();
    const long = "IF(ISBLANK({inputs}!$B$6),<2>*{inputs}!$B$3+<1>/7,<2>*{inputs}!$B$4-ROUND(<1>,2))";
    const cells = [
      ...Array.from({ length: 30 }, (_, i) => ({ ref: `A${i + 1}`, value: i })),
      ...Array.from({ length: 30 }, (_, i) => ({ ref: `B${i + 1}`, value: 30 - i })),
      // C1:D30 each read the two cells to their left in their own row: one R1C1 text fills the block.
      ...Array.from({ length: 60 }, (_, i) => {
        const row = (i % 30) + 1;
        const [col, left2, left1] = i < 30 ? ["C", "A", "B"] : ["D", "B", "C"];
        return { ref: `${col}${row}`, formula: long.replace(/<2>/g, `${left2}${row}`).replace(/<1>/g, `${left1}${row}`) };
      }),
      // A lone formula stays in the grid.
      { ref: "E1", formula: "SUM(C1:C30)" },
    ];
    const copied: TemplateDef = { ...def, sheets: [...def.sheets, { ...def.sheets[1], id: "copied", name: "Copied", cells }] };
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    await insertTemplate(fx.context, copied);
    const blocks = fx.log.filter((l) => l.op === "set formulasR1C1");
    expect(blocks.map((b) => [b.sheet, b.address])).toEqual([["Copied", "C1:D30"]]);
    // The block's text goes once, as one value.
    expect(typeof blocks[0].detail).toBe("string");
    for (const c of cells) {
      const expected = "formula" in c ? `=${c.formula!.replace(/\{inputs\}/g, "Inputs")}` : undefined;
      expect(fx.book.cell("Copied", c.ref)!.formula).toBe(expected);
    }
  });
});

describe("insertTemplate with and without RangeAreas", () => {
  it("formats the same cells either way; with RangeAreas (ExcelApi 1.9) in far fewer operations", async () => {
    const def = buildTemplate({ option: "C", overlays: ["E", "F"] });
    const insert = async (api: string) => {
      restoreOffice();
      restoreOffice = installFakeOffice({ ExcelApi: api });
      const fx = createFakeExcel();
      fx.book.addSheet("Sheet1");
      await insertTemplate(fx.context, def);
      return fx;
    };
    const withAreas = await insert("1.9");
    const without = await insert("1.8");
    const formatted = (fx: Awaited<ReturnType<typeof insert>>) =>
      fx.book.sheets.map((s) => ({
        cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
        rows: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
        columns: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      }));
    expect(formatted(withAreas)).toEqual(formatted(without));
    const count = (fx: Awaited<ReturnType<typeof insert>>, op: string) => fx.log.filter((l) => l.op === op).length;
    for (const op of ["RangeFont.name", "RangeFormat.verticalAlignment", "rowHeight", "FormatProtection.locked"])
      expect(count(withAreas, op) * 3).toBeLessThan(count(without, op));
    // No address given to getRanges is longer than a reference Excel takes anywhere.
    expect(Math.max(...withAreas.log.map((l) => (l.address ?? "").length))).toBeLessThanOrEqual(255);
  });
});

describe("formulaEntry", () => {
  it.each([
    [{ ref: "A1", value: "Tenants" }, "Tenants"],
    [{ ref: "A1", value: "2026" }, "'2026"],
    [{ ref: "A1", value: "10%" }, "'10%"],
    [{ ref: "A1", value: "-" }, "'-"],
    [{ ref: "A1", value: "TRUE" }, "'TRUE"],
    [{ ref: "A1", value: "1 April 2026" }, "1 April 2026"],
    [{ ref: "A1", value: 3.5 }, 3.5],
    [{ ref: "A1", value: false }, false],
    [{ ref: "A1", formula: "SUM(B1:B3)" }, "=SUM(B1:B3)"],
    [{ ref: "A1" }, ""],
  ])("%j is written as %j", (cell, expected) => {
    expect(formulaEntry(cell)).toEqual(expected);
  });
});

describe("insertTemplate with a real template (option B + F)", () => {
  it("writes the definition exactly: same numbers as the definition evaluated directly, inputs the only unlocked cells", async () => {
    const def = buildTemplate({ option: "B", overlays: ["F"] });
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    const report = await insertTemplate(fx.context, def);

    expect(report.syncs).toBe(2);
    expect(report.sheets).toEqual(def.sheets.map((s) => s.name));
    expect(report.names).toEqual(def.names.map((n) => n.name));
    // The contents go in bands of lines, no cell written twice.
    for (const sheet of def.sheets) {
      const bands = fx.log.filter((l) => l.op === "set formulas" && l.sheet === sheet.name).map((l) => parseAddress(l.address!).rect);
      expect(bands.length).toBeGreaterThan(0);
      bands.forEach((b, i) => expect(bands.slice(i + 1).filter((o) => o.top <= b.bottom && b.top <= o.bottom)).toEqual([]));
    }

    const expected = new EvaluatedTemplate(placeTemplate(def, ["Sheet1"], []));
    const ev = evaluateFakeBook(fx.book);
    expect(ev.errors()).toEqual([]);
    for (const sheet of def.sheets) {
      const ws = fx.book.sheet(sheet.name)!;
      expect(ws.protection.protected).toBe(true);
      for (const c of withFormulas(sheet.cells)) {
        const written = ws.cells.get(c.ref)!;
        if (c.formula !== undefined) expect(ev.value(sheet.name, c.ref)).toEqual(expected.value(sheet.id, c.ref));
        else expect(written.value).toEqual(c.value ?? "");
        expect(written.numberFormat).toBe(c.format ?? "General");
        const input = c.style === "input";
        expect({ ref: `${sheet.name}!${c.ref}`, locked: written.locked }).toEqual({ ref: `${sheet.name}!${c.ref}`, locked: !input });
        if (c.validation) expect(written.validation?.errorAlert?.message).toBe(c.validation.error);
      }
    }
    expect(fx.book.names.map((n) => n.name)).toEqual(def.names.map((n) => n.name));
  });
});

describe("contentBands", () => {
  const cell = (row: number, col: number, size = 10) => ({ at: { row, col }, size });

  it("covers every cell once, in bands of whole lines", () => {
    const cells = [cell(0, 0), cell(1, 0), cell(1, 3), cell(40, 0), cell(41, 20), cell(42, 2)];
    const bands = contentBands(cells);
    for (const c of cells)
      expect(bands.filter((b) => b.top <= c.at.row && c.at.row <= b.bottom && b.left <= c.at.col && c.at.col <= b.right)).toHaveLength(1);
    bands.forEach((b, i) => expect(bands.slice(i + 1).filter((o) => o.top <= b.bottom && b.top <= o.bottom)).toEqual([]));
  });

  it("writes two tables far apart on their own, and neighbouring lines together", () => {
    expect(contentBands([cell(0, 0), cell(1, 1), cell(2, 0), cell(60, 0), cell(61, 1)])).toEqual([
      { top: 0, bottom: 2, left: 0, right: 1 },
      { top: 60, bottom: 61, left: 0, right: 1 },
    ]);
    // A wide line and narrow ones: the narrow lines apart, not padded to its width.
    expect(contentBands([cell(0, 0), cell(1, 0), cell(2, 0), cell(3, 0, 3000), cell(3, 60)])).toEqual([
      { top: 0, bottom: 2, left: 0, right: 0 },
      { top: 3, bottom: 3, left: 0, right: 60 },
    ]);
    expect(contentBands([])).toEqual([]);
  });
});
