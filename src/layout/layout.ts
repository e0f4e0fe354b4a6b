/**
 * The layout step: places graph rows on sheets (render.ts then resolves every reference to an
 * address and prints each cell's formula from the row's expression). No sheet definition writes
 * an address: a row is placed once and every formula that reads it gets its address from there.
 */
import { cellAt, type Expr, type Row } from "../calc";
import type { CellDef, StyleId } from "./cells";

export interface Placement {
  sheet: string;
  row: number;
  col: number;
  down: boolean;
  acrossColumns?: boolean;
}

/** What a line of a sheet holds, column by column from A. */
export type Slot =
  | null
  | string
  | { text: string; style?: StyleId }
  /** A cell given whole (a pink answer cell with a list, a fixed number). */
  | { cell: Omit<CellDef, "ref"> }
  /**
   * A row's cells, across (or down in a table); `guard: false` shows it even while the sheet's check
   * fails; `acrossColumns`: read from other sheets by its column relative to the reader's (one of a
   * row of columns, each read by the formula copied across another sheet's columns).
   */
  | { row: Row; style?: StyleId; guard?: boolean; acrossColumns?: boolean };

interface Pending {
  sheet: string;
  row: number;
  col: number;
  slot: Slot;
  down: boolean;
}

export interface SheetOptions {
  columns: readonly number[];
  orientation: "portrait" | "landscape";
  tabColor?: string;
  /** Rows kept in view; they repeat on printed pages too. */
  freezeRows?: number;
  freezeColumns?: number;
  /** Added to every defined name on the sheet ("_A"), where one workbook holds several sheets of a kind. */
  nameSuffix?: string;
  /** Lines repeated at the top of printed pages (0-based, inclusive); the frozen lines otherwise. */
  printTitleLines?: readonly [number, number];
}

/** One sheet being laid out: lines from the top, each a list of slots. */
export class SheetLayout {
  /** Next free line, 0-based. */
  next = 0;
  readonly slots: Pending[] = [];
  readonly names: { name: string; rows: readonly Row[]; comment?: string }[] = [];
  /** Input rows used only while a condition holds (see inUseWhen). */
  readonly inUse = new Map<Row, Expr>();
  /** What prints, when not the whole sheet (see SheetDef). */
  printed?: { rows: number; columns?: number };

  /** `guard`: the check whose "OK" the sheet's results wait for (#N/A otherwise). */
  constructor(
    readonly id: string,
    readonly name: string,
    readonly options: SheetOptions,
    public guard?: Row,
  ) {}

  /** A line of slots from column A (or `col`); returns the line's index. */
  line(slots: readonly Slot[], col = 0): number {
    const r = this.next++;
    this.lineAt(r, slots, col);
    return r;
  }

  /** Slots on a line kept free earlier (e.g. a check that can only be written once its parts exist). */
  lineAt(r: number, slots: readonly Slot[], col = 0): void {
    let c = col;
    for (const slot of slots) {
      if (slot !== null) this.slots.push({ sheet: this.id, row: r, col: c, slot, down: false });
      c += slot !== null && typeof slot === "object" && "row" in slot ? slot.row.size : 1;
    }
  }

  /** The calculated rows placed on the sheet, in the order they were laid out. */
  calcRows(): Row[] {
    return this.slots.flatMap(({ slot }) =>
      slot !== null && typeof slot === "object" && "row" in slot && slot.row.kind === "calc" ? [slot.row] : [],
    );
  }

  /** Only the lines so far print (`columns` of them across, if given): the lines after are workings. */
  printUpToHere(columns?: number): void {
    this.printed = { rows: this.next, ...(columns ? { columns } : {}) };
  }

  gap(lines = 1): void {
    this.next += lines;
  }

  /**
   * A table: a header line, then each row's cells down its own column, one line per cell. Rows
   * in `slots` must all be `length` cells long; text slots repeat down the column.
   */
  table(header: readonly (string | null)[], slots: readonly Slot[], length: number, headerStyle: StyleId = "header"): number {
    this.line(header.map((h) => (h === null ? null : { text: h, style: headerStyle })));
    return this.down(slots, length);
  }

  /** Each row's cells down its own column from the next line, one line per cell (a table without its header). */
  down(slots: readonly Slot[], length: number): number {
    const top = this.next;
    slots.forEach((slot, c) => {
      if (slot === null) return;
      if (typeof slot === "object" && "row" in slot && slot.row.size !== length) {
        throw new Error(`${slot.row.id} has ${slot.row.size} cells, the table ${length}`);
      }
      this.slots.push({ sheet: this.id, row: top, col: c, slot, down: true });
    });
    this.next += length;
    return top;
  }

  /** A row's cells down one column from line `top` (a grid of workings, where each column is a case). */
  downAt(top: number, col: number, slot: { row: Row; style?: StyleId; guard?: boolean }): void {
    this.slots.push({ sheet: this.id, row: top, col, slot, down: true });
    this.next = Math.max(this.next, top + slot.row.size);
  }

  /**
   * The input rows' pink cells count only while `condition` is TRUE (a price base that uses them):
   * otherwise they show greyed out. One condition a row.
   */
  inUseWhen(condition: Expr, rows: readonly Row[]): void {
    for (const row of rows) {
      if (this.inUse.has(row)) throw new Error(`${row.id} is given two conditions of use`);
      this.inUse.set(row, condition);
    }
  }

  /** A defined name over rows placed next to each other (one row, or one-cell rows one under the other). */
  nameRows(name: string, rows: readonly Row[], comment?: string): void {
    this.names.push({ name, rows, comment });
  }
}

/** A pink free-text cell for the user's own notes (up to 1,000 characters). */
export function noteCell(prompt: string): Slot {
  return {
    cell: {
      style: "input",
      validation: { type: "textLength", min: 0, max: 1000, allowBlank: true, prompt, error: "Keep notes to 1,000 characters or fewer." },
    },
  };
}

/** A reference to a row's single cell, for expressions built outside fx. */
export const cellOf = (row: Row, i = 0): Expr => cellAt(row, i);
