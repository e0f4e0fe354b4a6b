/**
 * The cells and sheets a layout produces, as data: what a cell holds, its style, number format and
 * validation, a sheet's columns and print hints, a defined name. The templates place them and the
 * writers render them.
 */

/** Named cell styles; each writer maps them to its own API (see styles.ts). */
export type StyleId = "title" | "subtitle" | "header" | "label" | "input" | "output" | "total" | "note" | "check";

export interface Validation {
  /** "textLength": free text of at most `max` characters (scheme name, notes). */
  type: "decimal" | "whole" | "list" | "textLength";
  min?: number;
  max?: number;
  /** For "list": the allowed values. */
  list?: readonly string[];
  /** The cell may be left empty (e.g. a price left blank means "use the unit cost"). */
  allowBlank?: boolean;
  /** Shown when the cell is selected. */
  prompt: string;
  /** Shown when a value breaks the rule. */
  error: string;
}

export interface CellDef {
  /** A1 address on its sheet, e.g. "B5". */
  ref: string;
  value?: string | number | boolean;
  /** Formula without the leading "=", e.g. "SUM(B5:B7)" or "{inputs}!$B$5*2". */
  formula?: string;
  /**
   * The cell on the same sheet whose formula this one is, copied here (the same in R1C1: each
   * relative reference moved as far as this cell is from that one), in place of `formula`. A file
   * writes its text once (a shared formula); withFormulas (layout/r1c1.ts) gives it in A1.
   */
  copiedFrom?: string;
  style?: StyleId;
  /** Excel number format code, e.g. "£#,##0.00". */
  format?: string;
  /**
   * Input cells (style "input") are pink and the only unlocked cells on a protected sheet; every
   * input cell has a validation, and only input cells have one.
   */
  validation?: Validation;
  /** A formula cell's computed value, stored so viewers that do not calculate show it. */
  cached?: string | number | boolean | null | { error: string };
  /**
   * An input cell the workbook uses only sometimes (the published model's flat on-costs, the pay
   * rules of a current price base): a formula without "=", TRUE while the cell is used. While it is
   * FALSE the cell shows greyed out instead of pink (a conditional format), so a reader sees which
   * pink cells count at the chosen price base.
   */
  inUse?: string;
  /**
   * Columns the cell spans (merged), from its own: 1 or absent for one cell. placeTemplate gives a
   * prose cell (subtitle, note) alone at the end of its row the rest of the sheet's columns.
   */
  span?: number;
}

export interface SheetDef {
  /** Stable id used in formulas ({id}) and names. */
  id: string;
  /** Preferred tab name (31 characters at most, no []:*?/\). */
  name: string;
  cells: readonly CellDef[];
  /** Column widths in characters, from column A. */
  columns: readonly number[];
  /** Rows (and columns) kept in view when scrolling. */
  freeze?: { rows: number; columns?: number };
  orientation: "portrait" | "landscape";
  /** Tab colour, hex RRGGBB. */
  tabColor?: string;
  /**
   * Rows printed at the top of every page (the table's header rows), 1-based and inclusive, e.g.
   * [4, 4]. The layout fills it; without it the frozen rows repeat.
   */
  printTitleRows?: readonly [number, number];
  /**
   * The reader's part, where a sheet prints less than it holds: its first `rows` rows (and first
   * `columns` columns). What lies below is workings: live, read by the figures above, not printed.
   */
  printed?: { rows: number; columns?: number };
  /** The other sheets its formulas read (their ids, in the order first met), where the renderer gives them. */
  reads?: readonly string[];
}

export interface NameDef {
  /** Workbook-scope defined name, e.g. "ECH_Tenants". */
  name: string;
  sheet: string;
  /** Range on that sheet, absolute, e.g. "$B$5:$B$7". */
  range: string;
  comment?: string;
}

/**
 * A conditional format rule: while a cell's value is equal (or not equal) to `text`, or while
 * `formula` is TRUE, its fill and font colour are these, over its own style. Rendered as a "cell
 * value" rule (cellIs in the .xlsx file, Office.js CellValue) or a formula rule (expression, Office.js
 * custom) by both writers, which Excel, LibreOffice and Gnumeric all show.
 */
export type ConditionalRule = (
  | { operator: "equal" | "notEqual"; text: string }
  /** A formula without "=", its references absolute (a rule's relative references move from cell to cell). */
  | { formula: string }
) & {
  /** Background colour, RRGGBB. */
  fill: string;
  /** Font colour, RRGGBB. */
  color: string;
};
