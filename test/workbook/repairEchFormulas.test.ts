import { repairEchFormulas } from "../../src/workbook";
import { createFakeExcel, installFakeOffice } from "../support/fakeExcel";

let restoreOffice: () => void;
beforeEach(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.12" });
});
afterEach(() => restoreOffice());

/** Once the add-in is loaded, a re-entered ECH formula calculates. */
const evaluate = (_b: unknown, _s: string, _a: string, formula: string) => (/ECH\./i.test(formula) ? 267 : 0);

function workbook() {
  const fx = createFakeExcel({ evaluate });
  const b = fx.book;
  b.setCell("Scheme", "B1", 40);
  b.setCell("Scheme", "B2", "=ECH.ELIGIBILITYBLOCK(B1)", "#NAME?");
  b.setCell("Scheme", "B3", "=ECH.ELIGIBILITYBLOCK(B1)", 267);
  b.setCell("Scheme", "B4", "=MYSTERY(B1)", "#NAME?");
  b.setCell("Locked", "C5", "=ECH.UNITCOST(A1:C1,D1,E1)", "#NAME?");
  b.setCell("Locked", "C6", 12);
  b.sheet("Locked")!.protection = { protected: true, options: { allowFormatColumns: true, allowInsertRows: true } };
  return fx;
}

describe("repairEchFormulas", () => {
  it("re-enters only #NAME? cells that call ECH, on protected sheets too, and re-protects them", async () => {
    const fx = workbook();
    const report = await repairEchFormulas(fx.context);

    expect(report.repaired).toBe(2);
    expect(report.cells).toEqual([
      { sheet: "Scheme", address: "B2", formula: "=ECH.ELIGIBILITYBLOCK(B1)" },
      { sheet: "Locked", address: "C5", formula: "=ECH.UNITCOST(A1:C1,D1,E1)" },
    ]);
    expect(report.reprotected).toEqual(["Locked"]);
    // Scan (2), password probe (1), the open sheet (1), the protected sheet (1).
    expect(report.syncs).toBe(5);

    expect(fx.book.cell("Scheme", "B2")).toMatchObject({ formula: "=ECH.ELIGIBILITYBLOCK(B1)", value: 267 });
    expect(fx.book.cell("Locked", "C5")).toMatchObject({ formula: "=ECH.UNITCOST(A1:C1,D1,E1)", value: 267 });
    // A #NAME? from something else is not ours to touch.
    expect(fx.book.cell("Scheme", "B4")!.value).toBe("#NAME?");
    expect(fx.book.sheet("Locked")!.protection).toEqual({
      protected: true,
      options: { allowFormatColumns: true, allowInsertRows: true },
      password: undefined,
    });
    expect(fx.log.map((l) => `${l.op} ${l.sheet}${l.address ? "!" + l.address : ""}`)).toEqual([
      "unprotect Locked",
      "protect Locked",
      "set formulas Scheme!B2",
      "unprotect Locked",
      "set formulas Locked!C5",
      "protect Locked",
    ]);
  });

  it("refuses a password-protected sheet before changing anything, and says so clearly", async () => {
    const fx = workbook();
    fx.book.sheet("Locked")!.protection.password = "pw";
    const before = fx.book.snapshot();
    const error = await repairEchFormulas(fx.context).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "EchExcelError", code: "PasswordProtected" });
    expect((error as Error).message).toMatch(/"Locked".*password/);
    expect(fx.book.sheet("Locked")!.protection).toMatchObject({ protected: true, password: "pw" });
    expect(fx.book.cell("Locked", "C5")!.value).toBe("#NAME?");
    expect(fx.book.snapshot()).toEqual(before);
  });

  it("where Excel can tell, refuses a password-protected sheet before changing anything", async () => {
    restoreOffice();
    restoreOffice = installFakeOffice({ ExcelApi: "1.12", ExcelApiOnline: "1.1" });
    const fx = workbook();
    fx.book.sheet("Locked")!.protection.password = "pw";
    const error = await repairEchFormulas(fx.context).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PasswordProtected" });
    expect(fx.log).toEqual([]);
  });

  it("a failure after unprotecting still leaves the sheet protected, and says what was already done", async () => {
    const fx = workbook();
    // The protected sheet's batch: unprotect, write, [fail here] protect.
    fx.fake.failOn({ sync: 5, afterOps: 2 });
    const error = await repairEchFormulas(fx.context).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "Interrupted", cause: expect.objectContaining({ code: "GeneralException" }) });
    expect((error as Error).message).toMatch(/stopped at Locked after changing "Scheme"/);
    expect(fx.book.sheet("Locked")!.protection).toMatchObject({
      protected: true,
      options: { allowFormatColumns: true, allowInsertRows: true },
    });
  });

  it("refuses, with a clear message, an Excel too old to scan the workbook", async () => {
    restoreOffice();
    restoreOffice = installFakeOffice({ ExcelApi: "1.6" });
    const fx = workbook();
    await expect(repairEchFormulas(fx.context)).rejects.toMatchObject({
      code: "ApiNotSupported",
      message: expect.stringMatching(/^Repair ECH formulas needs/),
    });
    expect(fx.syncs).toBe(0);
  });

  it("does nothing when nothing is broken", async () => {
    const fx = createFakeExcel();
    fx.book.setCell("Sheet1", "A1", "=ECH.ELIGIBILITYBLOCK(40)", 267);
    const report = await repairEchFormulas(fx.context);
    expect(report).toEqual({ repaired: 0, cells: [], reprotected: [], syncs: 2 });
    expect(fx.log).toEqual([]);
  });
});
