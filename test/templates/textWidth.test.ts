import { textWidth, wrappedLines } from "../../src/templates/textWidth";

describe("wrapped lines of a cell's text", () => {
  test("a line may break after a hyphen, as Excel and LibreOffice break it", () => {
    // A column half as wide again as "Housing-" in bold: LibreOffice prints Housing- / related /
    // support / budget or / grant. Read as one long word broken at the edge, "related" would share a
    // line with "support", and the row would be a line short (the last line clipped).
    const width = textWidth("Housing-", 11, true) * 1.45;
    expect(wrappedLines("Housing-related support budget or grant", width, 11, true)).toBe(5);
    expect(wrappedLines("Housing-related", width, 11, true)).toBe(2);
    // Where both halves fit, the hyphenated word stays on one line.
    expect(wrappedLines("Housing-related", textWidth("Housing-related", 11, true) + 1, 11, true)).toBe(1);
  });

  test("words are still kept whole and a word wider than the cell breaks", () => {
    const width = textWidth("support", 11) + 1;
    expect(wrappedLines("support budget", width, 11)).toBe(2);
    expect(wrappedLines("supportsupport", width, 11)).toBe(2);
  });
});
