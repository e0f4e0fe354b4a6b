/** Loads a PlacedTemplate into HyperFormula so tests can evaluate every formula of a template. */
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { PlacedTemplate } from "../../src/templates";

export type Value = number | string | boolean | null | { error: string };

/** "B5" -> { row: 4, col: 1 } (zero-based). */
export function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`Not a cell reference: ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** Every cell of a range "$B$5:$D$5", row by row. */
export function rangeCells(range: string): string[] {
  const [a, b = a] = range.split(":").map(parseRef);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(`${colName(c)}${r + 1}`);
  return out;
}

function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export class EvaluatedTemplate {
  readonly hf: HyperFormula;
  private readonly sheetIndex = new Map<string, number>();

  constructor(readonly placed: PlacedTemplate) {
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const s of placed.sheets) {
      const grid: RawCellContent[][] = [];
      for (const c of s.cells) {
        const { row, col } = parseRef(c.ref);
        while (grid.length <= row) grid.push([]);
        grid[row][col] = c.formula !== undefined ? `=${c.formula}` : (c.value ?? null);
      }
      sheets[s.name] = grid.map((r) => Array.from(r, (v) => v ?? null));
    }
    this.hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
    for (const s of placed.sheets) this.sheetIndex.set(s.id, this.hf.getSheetId(s.name)!);
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

  /** Every error value in the workbook, as "Sheet!A1 #N/A". */
  errors(): string[] {
    const out: string[] = [];
    for (const s of this.placed.sheets) {
      for (const c of s.cells) {
        const v = this.value(s.id, c.ref);
        if (v !== null && typeof v === "object") out.push(`${s.name}!${c.ref} ${v.error}`);
      }
    }
    return out;
  }
}
