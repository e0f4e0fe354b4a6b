import fc from "fast-check";
import {
  columnIndex,
  columnLetters,
  coveredGroups,
  coveringRects,
  fixedAddress,
  fixedRectAddress,
  parseAddress,
  rectAddress,
} from "../../src/layout/a1";

describe("A1 helpers", () => {
  it("converts columns both ways", () => {
    for (const [n, s] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ] as const) {
      expect(columnLetters(n)).toBe(s);
      expect(columnIndex(s)).toBe(n);
    }
  });

  it("parses addresses as Range.address gives them", () => {
    expect(parseAddress("'It''s mine'!$B$5:D7")).toEqual({ sheet: "It's mine", rect: { top: 4, left: 1, bottom: 6, right: 3 } });
    expect(parseAddress("Sheet1!C3")).toEqual({ sheet: "Sheet1", rect: { top: 2, left: 2, bottom: 2, right: 2 } });
    expect(rectAddress({ top: 0, left: 0, bottom: 2, right: 1 })).toBe("A1:B3");
  });

  it("fixes an address's row and column, or its row only, and reads back the same cells", () => {
    expect(fixedAddress({ row: 4, col: 1 })).toBe("$B$5");
    expect(fixedAddress({ row: 4, col: 27 }, true)).toBe("AB$5");
    expect(fixedRectAddress({ top: 4, left: 1, bottom: 4, right: 1 })).toBe("$B$5");
    expect(fixedRectAddress({ top: 4, left: 1, bottom: 6, right: 3 }, true)).toBe("B$5:D$7");
    const rect = fc.record({ top: fc.nat(1_048_575), left: fc.nat(16_383), rows: fc.nat(50), cols: fc.nat(50) });
    fc.assert(
      fc.property(rect, ({ top, left, rows, cols }) => {
        const r = { top, left, bottom: top + rows, right: left + cols };
        const fixed = fixedRectAddress(r);
        expect(fixed.replace(/\$/g, "")).toBe(rectAddress(r));
        expect(parseAddress(fixed).rect).toEqual(r);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it("covers cells with few rectangles, exactly", () => {
    const cells = ["B2", "C2", "D2", "B3", "C3", "D3", "F2", "B5"].map((a) => {
      const { rect } = parseAddress(a);
      return { row: rect.top, col: rect.left };
    });
    const rects = coveringRects(cells);
    expect(rects.map(rectAddress)).toEqual(["B2:D3", "F2", "B5"]);
    const covered = rects.flatMap((r) => {
      const out: string[] = [];
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) out.push(`${i},${j}`);
      return out;
    });
    expect(covered.sort()).toEqual(cells.map((c) => `${c.row},${c.col}`).sort());
  });
});

describe("coveredGroups", () => {
  it("groups items by key in order of first use, leaves out those without one, and covers each group", () => {
    const items = [
      { at: { row: 0, col: 0 }, key: "b" },
      { at: { row: 0, col: 1 }, key: "a" },
      { at: { row: 1, col: 0 }, key: "b" },
      { at: { row: 2, col: 2 }, key: undefined },
    ];
    const groups = coveredGroups(
      items,
      (x) => x.at,
      (x) => x.key,
    );
    expect(groups.map((g) => [g.key, g.items.length])).toEqual([
      ["b", 2],
      ["a", 1],
    ]);
    expect(groups[0].rects).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(groups[1].rects).toEqual([{ top: 0, left: 1, bottom: 0, right: 1 }]);
  });
});
