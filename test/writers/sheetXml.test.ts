import { SharedStrings, sheetXml } from "../../src/writers/xlsx/sheetXml";
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
  test("each kind of value with its type; texts shared; rows in order with their heights", () => {
    const strings = new SharedStrings();
    const xml = sheetXml(
      sheet([
        { ref: "B2", value: " padded ", locked: true },
        { ref: "A1", formula: 'IF(A2<>"OK",NA(),1)', cached: { error: "#N/A" }, locked: true },
        { ref: "A2", formula: 'A3&"x"', cached: "a<b", locked: true },
        { ref: "C1", value: true, locked: false, style: "input" },
        { ref: "B1", formula: "1/3", cached: 1 / 3, locked: true },
      ]),
      new StyleTable(),
      strings,
    );
    expect(xml).toContain('<c r="A1" s="0" t="e"><f>IF(A2&lt;&gt;&quot;OK&quot;,NA(),1)</f><v>#N/A</v></c>');
    expect(xml).toContain(`<c r="B1" s="0"><f>1/3</f><v>${1 / 3}</v></c>`);
    expect(xml).toContain('<c r="A2" s="0" t="str"><f>A3&amp;&quot;x&quot;</f><v>a&lt;b</v></c>');
    expect(xml).toMatch(/<c r="C1" s="[1-9]\d*" t="b"><v>1<\/v><\/c>/);
    expect(xml.indexOf('r="B1"')).toBeLessThan(xml.indexOf('r="C1"'));
    expect(xml).toContain('<row r="3" ht="30" customHeight="1"></row>');
    expect(strings.xml()).toContain('<si><t xml:space="preserve"> padded </t></si>');
    expect(xml).toContain("<oddHeader>&amp;LCosts &amp; more&amp;C&amp;A</oddHeader>");
    expect(xml).toContain('<brk id="11" max="16383" man="1"/>');
  });

  test("a cell under another's merged columns is refused, not written twice", () => {
    const cells: PlacedCell[] = [
      { ref: "A1", value: "A note across", span: 3, locked: true, style: "note" },
      { ref: "B1", value: 5, locked: true },
    ];
    expect(() => sheetXml(sheet(cells), new StyleTable(), new SharedStrings())).toThrow("Sheet!B1 is written twice");
  });
});
