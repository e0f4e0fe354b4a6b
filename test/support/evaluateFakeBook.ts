/**
 * Evaluates a fake workbook's formulas (and its defined names) with HyperFormula, so tests of
 * the Office.js side can check the numbers a written workbook would show, not only its formulas.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { parseCell } from "../../src/layout/a1";
import type { FakeWorkbook } from "./fakeExcel";
import type { Value } from "./hyperformula";

export interface EvaluatedBook {
  hf: HyperFormula;
  value(sheet: string, ref: string): Value;
  /** Every error value, as "Sheet!A1 #N/A". */
  errors(): string[];
}

export function evaluateFakeBook(book: FakeWorkbook): EvaluatedBook {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of book.sheets) {
    const grid: RawCellContent[][] = [];
    for (const [ref, c] of s.cells) {
      const { row, col } = parseCell(ref);
      while (grid.length <= row) grid.push([]);
      // An apostrophe keeps text text, as Excel shows it.
      grid[row][col] = c.formula ?? (typeof c.value === "string" && c.value !== "" ? `'${c.value}` : c.value === "" ? null : c.value);
    }
    sheets[s.name] = grid.map((r) => Array.from(r, (v) => v ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  for (const n of book.names) hf.addNamedExpression(n.name, n.formula);
  const value = (sheet: string, ref: string): Value => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`No sheet ${sheet}`);
    const v = hf.getCellValue({ sheet: id, ...parseCell(ref) });
    if (v !== null && typeof v === "object") return { error: String((v as { value: string }).value) };
    return v as Value;
  };
  return {
    hf,
    value,
    errors: () =>
      book.sheets.flatMap((s) =>
        [...s.cells.keys()].flatMap((ref) => {
          const v = value(s.name, ref);
          return v !== null && typeof v === "object" ? [`${s.name}!${ref} ${v.error}`] : [];
        }),
      ),
  };
}
