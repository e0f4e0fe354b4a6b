/** Loads a PlacedTemplate into HyperFormula so tests can evaluate every formula of a template. */
import { ExportedCellChange, HyperFormula, type RawCellContent } from "hyperformula";
import { cellAddress, parseCell } from "../../src/layout/a1";
import { withFormulas } from "../../src/layout/r1c1";
import type { CellDef, PlacedTemplate } from "../../src/templates";

export type Value = number | string | boolean | null | { error: string };

/** "B5" -> { row: 4, col: 1 } (zero-based). */
export const parseRef = parseCell;

/** Every cell of a range "$B$5:$D$5", row by row. */
export function rangeCells(range: string): string[] {
  const [a, b = a] = range.split(":").map(parseCell);
  const out: string[] = [];
  for (let row = a.row; row <= b.row; row++) for (let col = a.col; col <= b.col; col++) out.push(cellAddress({ row, col }));
  return out;
}

/** A sheet's cells as HyperFormula's rows; `formula` may rewrite each formula (e.g. its sheet references). */
export function sheetGrid(cells: readonly CellDef[], formula: (f: string) => string = (f) => f): RawCellContent[][] {
  const grid: RawCellContent[][] = [];
  for (const c of withFormulas(cells)) {
    const { row, col } = parseCell(c.ref);
    while (grid.length <= row) grid.push([]);
    grid[row][col] = c.formula !== undefined ? `=${formula(c.formula)}` : (c.value ?? null);
  }
  return grid.map((r) => Array.from(r, (v) => v ?? null));
}

export class EvaluatedTemplate {
  readonly hf: HyperFormula;
  private readonly sheetIndex = new Map<string, number>();

  constructor(readonly placed: PlacedTemplate) {
    const sheets = Object.fromEntries(placed.sheets.map((s) => [s.name, sheetGrid(s.cells)]));
    this.hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
    for (const s of placed.sheets) this.sheetIndex.set(s.id, this.hf.getSheetId(s.name)!);
    // Only cells whose value changed can start or stop being errors: errors() after each edit
    // reads the changes, not every sheet again.
    this.hf.on("valuesUpdated", (changes) => {
      if (!this.errorCells) return;
      for (const ch of changes) {
        if (!(ch instanceof ExportedCellChange)) continue;
        const key = `${ch.sheet}:${ch.row}:${ch.col}`;
        const v = ch.newValue;
        if (v !== null && typeof v === "object") this.errorCells.set(key, this.errorText(ch.sheet, ch.row, ch.col, v));
        else this.errorCells.delete(key);
      }
    });
  }

  /** Error cells by "sheet:row:col", once errors() has read the whole workbook. */
  private errorCells?: Map<string, string>;
  private sheetNames?: Map<number, string>;

  private errorText(sheet: number, row: number, col: number, v: object): string {
    this.sheetNames ??= new Map(this.placed.sheets.map((s) => [this.sheetIndex.get(s.id)!, s.name]));
    return `${this.sheetNames.get(sheet)}!${cellAddress({ row, col })} ${String((v as { value: string }).value)}`;
  }

  private address(sheetId: string, ref: string) {
    const sheet = this.sheetIndex.get(sheetId);
    if (sheet === undefined) throw new Error(`No sheet ${sheetId}`);
    return { sheet, ...parseRef(ref) };
  }

  value(sheetId: string, ref: string): Value {
    const v = this.hf.getCellValue(this.address(sheetId, ref));
    if (v !== null && typeof v === "object") return { error: String((v as { value: string }).value) };
    return v as Value;
  }

  number(sheetId: string, ref: string): number {
    const v = this.value(sheetId, ref);
    if (typeof v !== "number") throw new Error(`${sheetId}!${ref} is ${JSON.stringify(v)}, not a number`);
    return v;
  }

  /** Sheet id and cell of a calculation row's cell, as the layout placed it. */
  at(rowId: string, i = 0): [sheet: string, ref: string] {
    const r = this.placed.rows?.[rowId];
    if (!r) throw new Error(`No row ${rowId} in this template`);
    const cells = rangeCells(r.range);
    if (i >= cells.length) throw new Error(`Row ${rowId} has no cell ${i}`);
    return [r.sheet, cells[i]];
  }

  /** The values of a calculation row's cells. */
  row(rowId: string): Value[] {
    const r = this.placed.rows?.[rowId];
    if (!r) throw new Error(`No row ${rowId} in this template`);
    return rangeCells(r.range).map((ref) => this.value(r.sheet, ref));
  }

  rowNumbers(rowId: string): number[] {
    return this.row(rowId).map((v) => {
      if (typeof v !== "number") throw new Error(`${rowId} holds ${JSON.stringify(v)}`);
      return v;
    });
  }

  /** Sets cells of rows by row id: [rowId, cell index, value]. */
  setRows(cells: readonly [rowId: string, i: number, value: RawCellContent][]): void {
    this.setMany(cells.map(([id, i, v]) => [...this.at(id, i), v]));
  }

  /** The values of a defined name (by its template name), row by row. */
  named(name: string): Value[] {
    const n = this.placed.names.find((x) => x.name === name);
    if (!n) throw new Error(`No name ${name}`);
    return rangeCells(n.range).map((ref) => this.value(n.sheet, ref));
  }

  numbers(name: string): number[] {
    return this.named(name).map((v) => {
      if (typeof v !== "number") throw new Error(`${name} holds ${JSON.stringify(v)}`);
      return v;
    });
  }

  set(sheetId: string, ref: string, value: RawCellContent): void {
    this.hf.setCellContents(this.address(sheetId, ref), [[value]]);
  }

  /** Sets several cells at once (one recalculation). */
  setMany(cells: readonly [sheetId: string, ref: string, value: RawCellContent][]): void {
    this.hf.batch(() => cells.forEach(([s, r, v]) => this.set(s, r, v)));
  }

  /** Every error value in the workbook, as "Sheet!A1 #N/A" (kept up to date from the changes). */
  errors(): string[] {
    this.errorCells ??= this.scanErrors();
    return [...this.errorCells.values()];
  }

  /** The error cells read afresh from every sheet, to check errors() against. */
  scanErrors(): Map<string, string> {
    const found = new Map<string, string>();
    for (const s of this.placed.sheets) {
      const sheet = this.sheetIndex.get(s.id)!;
      // One read of the whole sheet: far cheaper than a call a cell on large sheets.
      const grid = this.hf.getSheetValues(sheet);
      for (const c of s.cells) {
        const { row, col } = parseRef(c.ref);
        const v = grid[row]?.[col];
        if (v !== null && v !== undefined && typeof v === "object") found.set(`${sheet}:${row}:${col}`, this.errorText(sheet, row, col, v));
      }
    }
    return found;
  }
}
