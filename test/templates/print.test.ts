/** The generic layout placeTemplate fills in for the writers (src/templates/print.ts). */
import { type SheetDef, type TemplateDef } from "../../src/templates";
import {
  cellHeight,
  DEFAULT_ROW_HEIGHT,
  headerFooter,
  MIN_PRINT_SCALE,
  pageBreaks,
  printableHeight,
  printableWidth,
  printedColumns,
  printedColumnWidth,
  printSetup,
  rowHeights,
  shownText,
  withSpans,
  wrappedLines,
} from "../../src/templates/print";
import { STYLES } from "../../src/templates/styles";
import { parseCell } from "../../src/layout/a1";
import { CHOICES } from "../support/choices";
import { placedTemplate } from "../support/templates";

describe("wrappedLines", () => {
  it("wraps at word boundaries and breaks a word wider than the cell", () => {
    expect(wrappedLines("short", 100, 11)).toBe(1);
    expect(wrappedLines("one two three four five six seven eight nine ten", 60, 11)).toBeGreaterThan(3);
    expect(wrappedLines("a\nb", 100, 11)).toBe(2);
    expect(wrappedLines("x".repeat(100), 50, 11)).toBeGreaterThan(5);
  });
});

describe("shownText", () => {
  it("is a text value, or a text formula's literals with room for what they join", () => {
    expect(shownText({ ref: "A1", value: "Hello" })).toBe("Hello");
    expect(shownText({ ref: "A1", value: 5 })).toBeUndefined();
    expect(shownText({ ref: "A1", formula: "SUM(B1:B3)" })).toBeUndefined();
    expect(shownText({ ref: "A1", formula: '"For "&B5&" tenants"' })).toBe("For  tenants000000000000");
  });
});

describe("shownText of a copied formula", () => {
  it("reads the texts of the formula it copies where its value is not a text or number", () => {
    const master = { ref: "B1", formula: 'IF(A1,"Enter the tenants","")', cached: null };
    const copy = { ref: "C1", copiedFrom: "B1", cached: null };
    expect(shownText(copy, (ref) => (ref === "B1" ? master : undefined))).toBe("Enter the tenants");
    expect(shownText({ ...copy, cached: "Shown" })).toBe("Shown");
    expect(() => shownText(copy, () => undefined)).toThrow("The formula C1 copies (B1) is not among the sheet's cells");
  });
});

describe("placeTemplate's layout, for every template", () => {
  test.each(CHOICES)("option %j", (choice) => {
    const placed = placedTemplate(choice);
    for (const s of placed.sheets) {
      const heights = new Map(s.rowHeights.map((r) => [r.row, r.height]));
      for (const c of s.cells) {
        // Only input cells are unlocked.
        expect(c.locked).toBe(c.style !== "input");
        // Every cell fits its row.
        const row = parseCell(c.ref).row + 1;
        expect(cellHeight(c, s.columns)).toBeLessThanOrEqual(heights.get(row) ?? DEFAULT_ROW_HEIGHT);
        // Long text wraps rather than running into the next cell.
        if (typeof c.value === "string" && c.value.length > 40 && c.style !== "title") expect(c.style && STYLES[c.style].wrap).toBe(true);
      }
      expect(s.protection).toEqual({ formatColumns: true, formatRows: true, selectLockedCells: true, selectUnlockedCells: true });
      expect(s.print).toMatchObject({ paper: "A4" });
      // At a readable scale, never fitted smaller; the printed columns one page wide.
      expect(s.print.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
      const width = printedColumns(s).reduce((sum, w) => sum + printedColumnWidth(w), 0);
      expect((width * s.print.scale) / 100).toBeLessThanOrEqual(printableWidth(s.print.orientation));
      // The print area is the reader's part: the used range, or the rows and columns above the workings.
      const area = s.print.area!;
      const [, right, bottom] = /^A1:([A-Z]+)(\d+)$/.exec(area)!;
      expect(Number(bottom)).toBeLessThanOrEqual(s.printed?.rows ?? Infinity);
      expect(parseCell(`${right}1`).col + 1).toBe(printedColumns(s).length);
      expect(s.print.titleRows).toEqual(s.printTitleRows);
      // A page starts only at a heading, within the printed rows.
      const headings = new Set(s.cells.filter((c) => c.style === "header").map((c) => parseCell(c.ref).row + 1));
      for (const b of s.print.breaks ?? [])
        expect({ sheet: s.name, row: b, heading: headings.has(b) }).toEqual({ sheet: s.name, row: b, heading: true });
    }
  });
});

describe("page breaks keep a section on one page", () => {
  // A landscape page at 100% holds about 30 rows of 17.25 points.
  const rows = Math.floor((printableHeight("landscape") * 0.98) / 17.25);
  const sheet = (sections: number[]) => {
    const cells: { ref: string; value: string; style: "header" | "label" }[] = [];
    let r = 1;
    for (const n of sections) {
      for (let k = 0; k < n; k++)
        cells.push({ ref: `A${r + k}`, value: k === 0 ? "Heading" : "Line", style: k === 0 ? "header" : "label" });
      r += n + 1;
    }
    const heights = Array.from({ length: r }, (_, i) => ({ row: i + 1, height: 17.25 }));
    return { cells, heights, last: r - 1 };
  };
  const breaks = (sections: number[], titleRows?: readonly [number, number]) => {
    const s = sheet(sections);
    return pageBreaks(s.cells, s.heights, {
      orientation: "landscape",
      scale: 100,
      area: `A1:C${s.last}`,
      ...(titleRows ? { titleRows } : {}),
    });
  };

  it("moves a section that would straddle the foot of a page to the next page, at its heading", () => {
    // 20 rows and a gap, then a section of 10: it would run past row `rows`, so it starts page 2 at row 22.
    expect(breaks([20, 10])).toEqual([22]);
    // Sections that fit where they are: no break.
    expect(breaks([10, 10])).toEqual([]);
  });

  it("lets a section longer than a page run on, but never leaves its heading at the foot of a page", () => {
    // A long table whose heading and first lines fit: no break.
    expect(breaks([5, rows + 10])).toEqual([]);
    // A heading two rows from the foot of the page moves over with its table.
    expect(breaks([rows - 3, rows + 10])).toEqual([rows - 1]);
  });

  it("counts the repeated title rows on every later page", () => {
    // Page 2 starts at row 22 with its section of 10 and a gap; a section of 15 then fits beside
    // them, but not with 4 title rows repeated above: kept whole, the sections would take three
    // pages where split they take two, so they are split.
    expect(breaks([20, 10, 15])).toEqual([22]);
    expect(breaks([20, 10, 15], [1, 4])).toEqual([]);
    // Kept whole, four sections would take four pages; split, three, with a heading never left at a
    // page's foot: the fourth section's heading falls two lines from the foot of page 2 and moves over.
    const third = 20 + 2 * (rows - 28);
    expect(breaks([20, 10, third, 10])).toEqual([34 + third]);
  });

  it("keeps option B's table of statutory figures on the Inputs sheet on one page", () => {
    const b = placedTemplate({ option: "B", overlays: [] }).sheets.find((s) => s.name === "Inputs")!;
    const row = b.cells.find((c) => c.value === "Statutory figures of each price base")!;
    expect(b.print.breaks).toContain(parseCell(row.ref).row + 1);
  });
});

describe("the layout reads only the definition", () => {
  const sheet: SheetDef = {
    id: "s",
    name: "S",
    columns: [10, 10, 10],
    orientation: "portrait",
    cells: [
      { ref: "A1", value: "A long subtitle that would not fit in one narrow column at all", style: "subtitle" },
      { ref: "A2", value: "Label", style: "label" },
      { ref: "B2", value: "A note with a neighbour on its right", style: "note" },
      { ref: "C2", value: 1 },
    ],
    freeze: { rows: 2 },
    printTitleRows: [2, 2],
  };
  const def: TemplateDef = {
    id: "A",
    title: "T",
    choice: { option: "A", overlays: [], scheme: "Fish & Chips Court" },
    sheets: [sheet],
    names: [],
  };

  it("spans a prose cell that ends its row, and no other", () => {
    const cells = withSpans(sheet);
    expect(cells[0].span).toBe(3);
    expect(cells[2].span).toBeUndefined();
  });

  it("gives a row with wrapped text the height it needs, and leaves the others", () => {
    const h = rowHeights(withSpans(sheet), sheet.columns);
    expect(h.map((r) => r.row)).toEqual([1, 2]);
    expect(h.find((r) => r.row === 2)!.height).toBeGreaterThan(DEFAULT_ROW_HEIGHT);
  });

  it("repeats the rows the sheet names, and not its frozen checks and figures", () => {
    expect(printSetup(def, sheet).titleRows).toEqual([2, 2]);
    expect(printSetup(def, { ...sheet, printTitleRows: undefined }).titleRows).toBeUndefined();
  });

  it("puts the scheme in the header with its & escaped, the sheet, date and page x of y", () => {
    expect(headerFooter(def)).toEqual({
      header: { left: "Fish && Chips Court: Extra care housing cost model, option A", center: "&A", right: "&D" },
      footer: { left: "Indicative costs: check the inputs", center: "", right: "Page &P of &N" },
    });
  });
});
