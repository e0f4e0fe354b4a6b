import { describeItem, prepareForSharing, SHARING_LIMITS } from "../../src/workbook";
import { createFakeExcel, installFakeOffice, type FakeExcel } from "../support/fakeExcel";

let restoreOffice: () => void;
beforeEach(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.12" });
});
afterEach(() => restoreOffice());

/** A finance officer's workbook: ECH functions, a spilled ECH result, links, and ordinary cells. */
function officersWorkbook(): FakeExcel {
  const fx = createFakeExcel();
  const b = fx.book;
  b.setCell("Scheme", "A1", "Residents");
  b.setCell("Scheme", "B1", 40);
  b.setCell("Scheme", "B2", "=ECH.ELIGIBILITYBLOCK(B1)", 267);
  b.setCell("Scheme", "B3", "=ECH.CAREHOURS(B1,C1:E1,C2:E2,C3:E3,126)", undefined, [[449.6, 403.4, 853]]);
  b.setCell("Scheme", "B4", "=SUM(B1:B2)", 307);
  b.setCell("Scheme", "B5", "='[Budget.xlsx]Rates'!$B$2*2", 21.5);
  b.setCell("Scheme", "B6", '="see ECH.CAREHOURS(" & B1', "see ECH.CAREHOURS(40");
  b.setCell("Scheme", "B7", "=ECH.UNITCOST(B3:D3,B8,26000)", "#NAME?");
  b.setCell("Scheme", "B8", "=ECH.TENANTBUDGET(C10:C15,D10:D15)", undefined, [["2026", 12.5, "", true]]);
  b.setCell("Other", "A1", "=Scheme!B4*2", 614);
  return fx;
}

describe("prepareForSharing", () => {
  it("reports ECH functions and external links without changing anything", async () => {
    const fx = officersWorkbook();
    const before = fx.book.snapshot();
    const report = await prepareForSharing(fx.context);

    expect(report.changes).toEqual([]);
    expect(fx.book.snapshot()).toEqual(before);
    expect(fx.log).toEqual([]);
    expect(report.syncs).toBe(3);
    expect(report.findings).toEqual([
      {
        sheet: "Scheme",
        address: "B2",
        range: "B2",
        formula: "=ECH.ELIGIBILITYBLOCK(B1)",
        reasons: ["custom-function"],
        replacement: { kind: "native", formula: "=((B1)*4+70+37)" },
      },
      {
        sheet: "Scheme",
        address: "B3",
        range: "B3:D3",
        formula: "=ECH.CAREHOURS(B1,C1:E1,C2:E2,C3:E3,126)",
        reasons: ["custom-function"],
        replacement: { kind: "values", values: [[449.6, 403.4, 853]] },
      },
      {
        sheet: "Scheme",
        address: "B5",
        range: "B5",
        formula: "='[Budget.xlsx]Rates'!$B$2*2",
        reasons: ["external-link"],
        replacement: { kind: "values", values: [[21.5]] },
      },
      {
        sheet: "Scheme",
        address: "B7",
        range: "B7",
        formula: "=ECH.UNITCOST(B3:D3,B8,26000)",
        reasons: ["custom-function"],
        replacement: { kind: "skipped", reason: "It shows #NAME?: run Repair ECH formulas first, then prepare for sharing again." },
      },
      {
        sheet: "Scheme",
        address: "B8",
        range: "B8:E8",
        formula: "=ECH.TENANTBUDGET(C10:C15,D10:D15)",
        reasons: ["custom-function"],
        replacement: { kind: "values", values: [["2026", 12.5, "", true]] },
      },
    ]);
  });

  it("replaces exactly what it reports and nothing else", async () => {
    const fx = officersWorkbook();
    const before = fx.book.snapshot() as { sheets: { name: string; cells: [string, unknown][] }[] };
    const report = await prepareForSharing(fx.context, { change: ["formulas"] });

    expect(report.changes.map((c) => `${c.sheet}!${c.range}`)).toEqual(["Scheme!B2", "Scheme!B3:D3", "Scheme!B5", "Scheme!B8:E8"]);
    const cell = (r: string) => fx.book.cell("Scheme", r)!;
    expect(cell("B2").formula).toBe("=((B1)*4+70+37)");
    expect(cell("B3")).toMatchObject({ formula: undefined, value: 449.6, spill: undefined });
    expect(cell("D3")).toMatchObject({ formula: undefined, value: 853 });
    expect(cell("B5")).toMatchObject({ formula: undefined, value: 21.5 });
    // Text that looks like a number stays text; a blank stays blank.
    expect(cell("B8")).toMatchObject({ formula: undefined, value: "2026" });
    expect(cell("D8").value).toBe("");
    expect(cell("E8").value).toBe(true);

    // Every cell outside the reported ranges is as it was.
    const changed = new Set(["B2", "B3", "C3", "D3", "B5", "B8", "C8", "D8", "E8"]);
    const after = fx.book.snapshot() as typeof before;
    for (const sheet of before.sheets) {
      const now = after.sheets.find((s) => s.name === sheet.name)!;
      const untouched = (cells: [string, unknown][]) => cells.filter(([k]) => sheet.name !== "Scheme" || !changed.has(k));
      expect(untouched(now.cells)).toEqual(untouched(sheet.cells));
    }
    const writes = fx.log.filter((l) => l.op.startsWith("set"));
    expect(writes.map((w) => `${w.sheet}!${w.address}`)).toEqual(["Scheme!B2", "Scheme!B3:D3", "Scheme!B5", "Scheme!B8:E8"]);
  });

  it("unprotects and re-protects a protected sheet with its own options", async () => {
    const fx = officersWorkbook();
    fx.book.sheet("Scheme")!.protection = { protected: true, options: { allowFormatColumns: true, allowSort: true } };
    const report = await prepareForSharing(fx.context, { change: ["formulas"] });
    expect(report.changes).toHaveLength(4);
    expect(fx.book.sheet("Scheme")!.protection).toEqual({
      protected: true,
      options: { allowFormatColumns: true, allowSort: true },
      password: undefined,
    });
    expect(fx.book.cell("Scheme", "B2")!.formula).toBe("=((B1)*4+70+37)");
  });

  it("refuses a password-protected sheet and changes nothing on it", async () => {
    const fx = officersWorkbook();
    fx.book.sheet("Scheme")!.protection = { protected: true, options: {}, password: "secret" };
    // An unprotected sheet with findings too: it must not be changed either.
    fx.book.setCell("Other", "B1", "=ECH.ELIGIBILITYBLOCK(5)", 127);
    const before = fx.book.snapshot();
    const error = await prepareForSharing(fx.context, { change: ["formulas"] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PasswordProtected" });
    expect(String((error as Error).message)).toMatch(/"Scheme"/);
    expect(fx.book.snapshot()).toEqual(before);
  });

  it("without spill support (before ExcelApi 1.12) treats each formula as one cell", async () => {
    restoreOffice();
    restoreOffice = installFakeOffice({ ExcelApi: "1.9" });
    const fx = officersWorkbook();
    const report = await prepareForSharing(fx.context);
    expect(report.syncs).toBe(2);
    expect(report.findings.find((f) => f.address === "B3")!.range).toBe("B3");
  });

  it("finds nothing in a workbook without ECH functions or links", async () => {
    const fx = createFakeExcel();
    fx.book.setCell("Sheet1", "A1", "=SUM(B1:B3)", 0);
    fx.book.addSheet("Empty");
    const report = await prepareForSharing(fx.context, { change: ["formulas"] });
    // Excel API 1.12 lists comments but not notes (1.18): the report says so rather than finding none.
    expect(report).toEqual({
      findings: [],
      changes: [],
      items: [],
      done: [],
      unchecked: [{ kind: "notes", reason: SHARING_LIMITS.notes }],
      syncs: 2,
    });
  });
});

/** What a council checks besides formulas: hidden sheets, comments, notes, properties, settings. */
function councilWorkbook(): FakeExcel {
  const fx = officersWorkbook();
  const b = fx.book;
  b.addSheet("Workings").visibility = "Hidden";
  b.addSheet("Salaries").visibility = "VeryHidden";
  b.addComment("Scheme", "B1", "Is 40 right? Ask finance", "Ann Smith", [{ authorName: "Bob Jones", content: "Yes" }]);
  b.addNote("Other", "A1", "Doubled for the board", "Bob Jones");
  Object.assign(b.properties, { author: "Ann Smith", company: "Riverside Council", lastAuthor: "Bob Jones", title: "ECH costs draft" });
  b.properties.custom.push(
    { key: "Reviewer", value: "C. Patel", type: "String" },
    { key: "MSIP_Label_1234_Enabled", value: "true", type: "String" },
  );
  b.settings.push({ key: "ech-choice", value: { option: "B" } });
  return fx;
}

describe("prepareForSharing: what a council checks besides formulas", () => {
  beforeEach(() => {
    restoreOffice();
    restoreOffice = installFakeOffice({ ExcelApi: "1.18" });
  });

  it("lists hidden sheets, comments, notes, properties and settings in the same reads, changing nothing", async () => {
    const fx = councilWorkbook();
    const before = fx.book.snapshot();
    const report = await prepareForSharing(fx.context);
    expect(fx.book.snapshot()).toEqual(before);
    expect(fx.log).toEqual([]);
    expect(report.syncs).toBe(3);
    expect(report.unchecked).toEqual([]);
    expect(report.done).toEqual([]);
    expect(report.items).toEqual([
      { kind: "hidden-sheets", sheet: "Workings", visibility: "Hidden" },
      { kind: "hidden-sheets", sheet: "Salaries", visibility: "VeryHidden" },
      { kind: "comments", sheet: "Scheme", address: "B1", author: "Ann Smith", text: "Is 40 right? Ask finance" },
      { kind: "notes", sheet: "Other", address: "A1", author: "Bob Jones", text: "Doubled for the board" },
      { kind: "properties", property: "author", label: "Author", value: "Ann Smith", custom: false },
      {
        kind: "properties",
        property: "lastAuthor",
        label: "Last modified by",
        value: "Bob Jones",
        custom: false,
        kept: SHARING_LIMITS.lastAuthor,
      },
      { kind: "properties", property: "company", label: "Company", value: "Riverside Council", custom: false },
      { kind: "properties", property: "title", label: "Title", value: "ECH costs draft", custom: false },
      { kind: "properties", property: "Reviewer", label: "Reviewer", value: "C. Patel", custom: true },
      {
        kind: "properties",
        property: "MSIP_Label_1234_Enabled",
        label: "MSIP_Label_1234_Enabled",
        value: "true",
        custom: true,
        kept: SHARING_LIMITS.sensitivityLabel,
      },
      { kind: "settings", key: "ech-choice", value: '{"option":"B"}' },
    ]);
    expect(report.items.map(describeItem)).toContain("“Salaries” (hidden so that Excel's Unhide does not list it)");
  });

  it("changes only the kinds asked for, and reports each change", async () => {
    const fx = councilWorkbook();
    const report = await prepareForSharing(fx.context, { change: ["comments", "properties"] });
    expect(report.changes).toEqual([]);
    expect(report.done.map(describeItem)).toEqual([
      "Scheme!B1: comment by Ann Smith: “Is 40 right? Ask finance”",
      "Author: “Ann Smith”",
      "Company: “Riverside Council”",
      "Title: “ECH costs draft”",
      "Reviewer: “C. Patel”",
    ]);
    const b = fx.book;
    expect(b.sheet("Scheme")!.comments).toEqual([]);
    expect(b.properties).toMatchObject({ author: "", company: "", title: "", lastAuthor: "Bob Jones" });
    expect(b.properties.custom.map((p) => p.key)).toEqual(["MSIP_Label_1234_Enabled"]);
    // The other kinds are as they were.
    expect(b.sheet("Other")!.notes).toHaveLength(1);
    expect(b.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Hidden", "VeryHidden"]);
    expect(b.settings).toHaveLength(1);
    expect(b.cell("Scheme", "B2")!.formula).toBe("=ECH.ELIGIBILITYBLOCK(B1)");
  });

  it("shows hidden sheets, deletes notes and settings, on protected sheets too", async () => {
    const fx = councilWorkbook();
    fx.book.sheet("Other")!.protection = { protected: true, options: { allowSort: true } };
    const report = await prepareForSharing(fx.context, { change: ["hidden-sheets", "notes", "settings"] });
    expect(report.done.map((i) => i.kind)).toEqual(["hidden-sheets", "hidden-sheets", "notes", "settings"]);
    expect(fx.book.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Visible", "Visible"]);
    expect(fx.book.sheet("Other")!.notes).toEqual([]);
    expect(fx.book.sheet("Other")!.protection).toEqual({ protected: true, options: { allowSort: true }, password: undefined });
    expect(fx.book.settings).toEqual([]);
    expect(fx.book.sheet("Scheme")!.comments).toHaveLength(1);
  });

  it("keeps hidden sheets hidden, and says why, when the workbook's structure is protected", async () => {
    const fx = councilWorkbook();
    fx.book.protection = { protected: true };
    const report = await prepareForSharing(fx.context, { change: ["hidden-sheets", "settings"] });
    expect(report.items.filter((i) => i.kind === "hidden-sheets").map((i) => i.kept)).toEqual([
      SHARING_LIMITS.protectedStructure,
      SHARING_LIMITS.protectedStructure,
    ]);
    expect(report.done.map((i) => i.kind)).toEqual(["settings"]);
    expect(fx.book.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Hidden", "VeryHidden"]);
  });

  it("refuses a password-protected sheet before deleting any comment or note", async () => {
    const fx = councilWorkbook();
    fx.book.sheet("Other")!.protection = { protected: true, options: {}, password: "secret" };
    const before = fx.book.snapshot();
    await expect(prepareForSharing(fx.context, { change: ["comments", "notes", "settings"] })).rejects.toMatchObject({
      code: "PasswordProtected",
    });
    expect(fx.book.snapshot()).toEqual(before);
  });

  it("an Excel without the comment and note API says it could not check them, and leaves them alone", async () => {
    restoreOffice();
    restoreOffice = installFakeOffice({ ExcelApi: "1.9" });
    const fx = councilWorkbook();
    const report = await prepareForSharing(fx.context, { change: ["comments", "notes"] });
    expect(report.unchecked).toEqual([
      { kind: "comments", reason: SHARING_LIMITS.comments },
      { kind: "notes", reason: SHARING_LIMITS.notes },
    ]);
    expect(report.items.some((i) => i.kind === "comments" || i.kind === "notes")).toBe(false);
    expect(report.done).toEqual([]);
    expect(fx.book.sheet("Scheme")!.comments).toHaveLength(1);
    expect(fx.book.sheet("Other")!.notes).toHaveLength(1);
  });
});
