import { sheetXml } from "../../src/writers/xlsx/sheetXml";
import { escText } from "../../src/writers/xlsx/xml";
import { StyleTable } from "../../src/writers/xlsx/styleTable";
import { PAGE_MARGINS, TEMPLATE_PROTECTION } from "../../src/templates/print";
import type { PlacedCell, PlacedSheet } from "../../src/templates/types";

function sheet(cells: PlacedCell[]): PlacedSheet {
  return {
    id: "s",
    name: "Sheet",
    cells,
    columns: [20, 10, 10],
    orientation: "portrait",
    protection: TEMPLATE_PROTECTION,
    print: {
      orientation: "portrait",
      paper: "A4",
      scale: 80,
      margins: { ...PAGE_MARGINS },
      header: { left: "Costs & more", center: "&A", right: "" },
      footer: { left: "", center: "", right: "" },
      breaks: [12],
    },
    rowHeights: [{ row: 3, height: 30 }],
    conditionalFormats: [],
  };
}

describe("a sheet's XML", () => {
  test("each kind of value with its type; texts in their cells; rows in order with their heights", () => {
    const xml = sheetXml(
      sheet([
        { ref: "B2", value: " padded ", locked: true },
        { ref: "A1", formula: 'IF(A2<>"OK",NA(),1)', cached: { error: "#N/A" }, locked: true },
        { ref: "A2", formula: 'A3&"x"', cached: "a<b", locked: true },
        { ref: "C1", value: true, locked: false, style: "input" },
        { ref: "B1", formula: "1/3", cached: 1 / 3, locked: true },
      ]),
      new StyleTable(),
    );
    // Element text escapes & and < only: quotes and > stay as the formula has them.
    expect(xml).toContain('<c r="A1" s="0" t="e"><f>IF(A2&lt;>"OK",NA(),1)</f><v>#N/A</v></c>');
    expect(xml).toContain(`<c r="B1" s="0"><f>1/3</f><v>${1 / 3}</v></c>`);
    expect(xml).toContain('<c r="A2" s="0" t="str"><f>A3&amp;"x"</f><v>a&lt;b</v></c>');
    expect(xml).toMatch(/<c r="C1" s="[1-9]\d*" t="b"><v>1<\/v><\/c>/);
    expect(xml.indexOf('r="B1"')).toBeLessThan(xml.indexOf('r="C1"'));
    expect(xml).toContain('<row r="3" ht="30" customHeight="1"></row>');
    expect(xml).toContain('<c r="B2" s="0" t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c>');
    expect(xml).toContain("<oddHeader>&amp;LCosts &amp; more&amp;C&amp;A</oddHeader>");
    expect(xml).toContain('<brk id="11" max="16383" man="1"/>');
  });

  test("a formula copied across is written once, in its first cell, for the range its copies cover", () => {
    const xml = sheetXml(
      sheet([
        { ref: "B4", formula: "B3*2", cached: 2, locked: true },
        { ref: "C4", copiedFrom: "B4", cached: 4, locked: true },
        { ref: "D4", copiedFrom: "B4", cached: "x", locked: true },
        { ref: "B5", formula: "B4+1", cached: 3, locked: true },
        { ref: "C5", copiedFrom: "B5", cached: 5, locked: true },
        { ref: "D5", formula: "1", cached: 1, locked: true },
      ]),
      new StyleTable(),
    );
    expect(xml).toContain('<c r="B4" s="0"><f t="shared" ref="B4:D4" si="0">B3*2</f><v>2</v></c>');
    expect(xml).toContain('<c r="C4" s="0"><f t="shared" si="0"/><v>4</v></c>');
    expect(xml).toContain('<c r="D4" s="0" t="str"><f t="shared" si="0"/><v>x</v></c>');
    expect(xml).toContain('<c r="B5" s="0"><f t="shared" ref="B5:C5" si="1">B4+1</f><v>3</v></c>');
    expect(xml).toContain('<c r="C5" s="0"><f t="shared" si="1"/><v>5</v></c>');
    expect(xml).toContain('<c r="D5" s="0"><f>1</f><v>1</v></c>');
  });

  test("a copy left of or above the cell it copies is refused", () => {
    const cells: PlacedCell[] = [
      { ref: "C4", formula: "B3*2", cached: 2, locked: true },
      { ref: "B4", copiedFrom: "C4", cached: 4, locked: true },
    ];
    expect(() => sheetXml(sheet(cells), new StyleTable())).toThrow("Sheet!C4: a copy of its formula lies above or left of it");
  });

  test("a copy of a cell without a formula is refused", () => {
    const cells: PlacedCell[] = [
      { ref: "B4", value: 2, locked: true },
      { ref: "C4", copiedFrom: "B4", cached: 4, locked: true },
    ];
    expect(() => sheetXml(sheet(cells), new StyleTable())).toThrow("Sheet!B4: copied, but holds no formula");
  });

  test("a cell under another's merged columns is refused, not written twice", () => {
    const cells: PlacedCell[] = [
      { ref: "A1", value: "A note across", span: 3, locked: true, style: "note" },
      { ref: "B1", value: 5, locked: true },
    ];
    expect(() => sheetXml(sheet(cells), new StyleTable())).toThrow("Sheet!B1 is written twice");
  });

  test("cells written in one workbook are written again in another with that workbook's numbers for their looks", () => {
    const cells: PlacedCell[] = [
      { ref: "A1", value: "Label", locked: true, style: "label" },
      { ref: "B1", value: 3, locked: false, style: "input", format: "0.00" },
      { ref: "C1", formula: "B1*2", cached: 6, locked: true, style: "output", format: "0.00" },
    ];
    const other = sheet([{ ref: "A1", value: 1, locked: false, style: "input", format: "0.00" }]);
    const first = sheetXml(sheet(cells), new StyleTable());
    // The same cells after another sheet has numbered a look of theirs first.
    const table = new StyleTable();
    sheetXml(other, table);
    const again = sheetXml(sheet(cells), table);
    const fresh = new StyleTable();
    sheetXml(other, fresh);
    expect(again).toBe(sheetXml(sheet(cells.map((c) => ({ ...c }))), fresh));
    expect(again).not.toBe(first);
    // And once more in a workbook numbered as the first: the same text.
    expect(sheetXml(sheet(cells), new StyleTable())).toBe(first);
  });
});

describe("escText: element text as XML needs it", () => {
  test("escapes & and <, and > only where it would close a CDATA section; drops characters XML cannot hold", () => {
    expect(escText('IF(A1<>"OK",1&2,"a]]>b")')).toBe('IF(A1&lt;>"OK",1&amp;2,"a]]&gt;b")');
    expect(escText("tab\there\u0001")).toBe("tab\there");
  });
});
