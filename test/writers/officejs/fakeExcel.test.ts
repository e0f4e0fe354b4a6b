/** The fake must behave like Office.js where the add-in relies on it, or its tests prove nothing. */
import { createFakeExcel } from "../../support/fakeExcel";

describe("fake Excel", () => {
  it("applies queued changes only on sync, and counts syncs", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("S");
    const ws = fx.context.workbook.worksheets.getItem("S");
    ws.getRange("A1:B1").formulas = [["=1+1", "x"]];
    expect(fx.book.cell("S", "A1")).toBeUndefined();
    await fx.context.sync();
    expect(fx.book.cell("S", "A1")!.formula).toBe("=1+1");
    expect(fx.book.cell("S", "B1")!.value).toBe("x");
    expect(fx.syncs).toBe(1);
  });

  it("refuses to read a property that was not loaded and synced", async () => {
    const fx = createFakeExcel();
    fx.book.setCell("S", "A1", 5);
    const r = fx.context.workbook.worksheets.getItem("S").getRange("A1");
    expect(() => r.values).toThrow(/not available/);
    r.load("values");
    expect(() => r.values).toThrow(/not available/);
    await fx.context.sync();
    expect(r.values).toEqual([[5]]);
    expect(() => r.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("adds cell-value conditional formats on sync, checks their rule, and denies them on a protected sheet", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("S");
    const ws = fx.context.workbook.worksheets.getItem("S");
    const cf = ws.getRange("D7:D9").conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = "#C6EFCE";
    cf.cellValue.format.font.color = "#006100";
    cf.cellValue.rule = { formula1: '="OK"', operator: "EqualTo" };
    expect(fx.book.sheet("S")!.conditionalFormats).toEqual([]);
    await fx.context.sync();
    expect(fx.book.sheet("S")!.conditionalFormats).toEqual([
      { range: "D7:D9", type: "CellValue", rule: { formula1: '="OK"', operator: "EqualTo" }, format: { fill: "#C6EFCE", fontColor: "#006100" } },
    ]);

    ws.getRange("A1").conditionalFormats.add("CellValue").cellValue.rule = { formula1: "=1", operator: "Between" };
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });

    ws.protection.protect({ allowFormatCells: false });
    ws.getRange("A2").conditionalFormats.add("CellValue");
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fx.book.sheet("S")!.conditionalFormats.map((c) => c.range)).toEqual(["D7:D9", "A1"]);
  });

  it("stops a batch at the failing operation, keeping what came before", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("S");
    const ws = fx.context.workbook.worksheets.getItem("S");
    ws.getRange("A1").values = [[1]];
    fx.context.workbook.worksheets.add("s"); // same name, other case
    ws.getRange("A2").values = [[2]];
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(fx.book.cell("S", "A1")!.value).toBe(1);
    expect(fx.book.cell("S", "A2")).toBeUndefined();
  });

  it("blocks writes to locked cells of a protected sheet, allows unlocked ones", async () => {
    const fx = createFakeExcel();
    fx.book.setCell("S", "A1", 1);
    fx.book.setCell("S", "B1", 2).locked = false;
    fx.book.sheet("S")!.protection = { protected: true, options: {} };
    const ws = fx.context.workbook.worksheets.getItem("S");
    ws.getRange("B1").values = [[3]];
    await fx.context.sync();
    expect(fx.book.cell("S", "B1")!.value).toBe(3);
    ws.getRange("A1").formulas = [["=9"]];
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    ws.getRange("B1").format.fill.color = "#FF0000";
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    ws.protection.protect();
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("checks the shape of 2-D arrays and reads text as Excel does", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("S");
    const ws = fx.context.workbook.worksheets.getItem("S");
    ws.getRange("A1:B1").formulas = [["1"]];
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.getRange("A1:D1").formulas = [["2026", "'2026", "TRUE", null]];
    await fx.context.sync();
    expect(["A1", "B1", "C1"].map((a) => fx.book.cell("S", a)!.value)).toEqual([2026, "2026", true]);
    expect(fx.book.cell("S", "D1")!.value).toBe("");
  });

  it("resolves *OrNullObject proxies on sync and breaks names that pointed at a deleted sheet", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("Keep");
    fx.book.addSheet("Gone");
    fx.book.addName("N", "=Gone!$A$1");
    const missing = fx.context.workbook.worksheets.getItemOrNullObject("Nope");
    const present = fx.context.workbook.worksheets.getItemOrNullObject("Gone");
    await fx.context.sync();
    expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    present.delete();
    missing.delete();
    await fx.context.sync();
    expect(fx.book.sheets.map((s) => s.name)).toEqual(["Keep"]);
    expect(fx.book.names[0].formula).toBe("=#REF!$A$1");
  });

  it("fails on request: a given sync, after some operations, or at a named operation", async () => {
    const fx = createFakeExcel();
    fx.book.addSheet("S");
    const ws = fx.context.workbook.worksheets.getItem("S");
    fx.fake.failOn({ sync: 1, afterOps: 1, code: "Conflict" });
    ws.getRange("A1").values = [[1]];
    ws.getRange("A2").values = [[2]];
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "Conflict" });
    expect(fx.book.cell("S", "A1")!.value).toBe(1);
    expect(fx.book.cell("S", "A2")).toBeUndefined();
    fx.fake.failOn({ op: "RangeFill.color" });
    ws.getRange("A3").values = [[3]];
    ws.getRange("A3").format.fill.color = "#000000";
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(fx.book.cell("S", "A3")!.value).toBe(3);
    expect(fx.syncs).toBe(2);
  });
});
