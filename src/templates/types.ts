/**
 * One definition of each template workbook, as data. The Office.js writer and the .xlsx writer both
 * render a PlacedTemplate (see place.ts) and nothing else, so the two cannot drift apart.
 *
 * Formulas use Excel's native functions only (a provider without the add-in must see live numbers)
 * and refer to other sheets of the template by id in braces: `{inputs}!$B$5`. Placing the template
 * replaces `{inputs}` with the sheet's real, quoted name, which may differ when a name is taken.
 */

import type { OptionId, OverlayId } from "../options/ids";
export type { OptionId, OverlayId };

export interface TemplateChoice {
  option: OptionId;
  overlays: readonly OverlayId[];
  scheme?: string;
}

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
}

export interface NameDef {
  /** Workbook-scope defined name, e.g. "ECH_Tenants". */
  name: string;
  sheet: string;
  /** Range on that sheet, absolute, e.g. "$B$5:$B$7". */
  range: string;
  comment?: string;
}

export interface TemplateDef {
  /** "B" or "B+F" or "C+E+F". */
  id: string;
  /** Where each calculation row is (sheet id and range), as the layout placed it. */
  rows?: Readonly<Record<string, { sheet: string; range: string }>>;
  title: string;
  choice: TemplateChoice;
  sheets: readonly SheetDef[];
  names: readonly NameDef[];
}

/** A template with its final sheet names, defined names and formulas, ready to write. */
export interface PlacedSheet extends Omit<SheetDef, "name"> {
  name: string;
}

export interface PlacedName extends NameDef {
  /** The name actually used (e.g. "ECH_Tenants_2" when "ECH_Tenants" was taken). */
  placedName: string;
  /** Absolute reference including the quoted sheet name, e.g. "'Inputs'!$B$5:$B$7". */
  reference: string;
}

export interface PlacedTemplate {
  id: string;
  /** Where each calculation row is (sheet id and range), as the layout placed it. */
  rows?: Readonly<Record<string, { sheet: string; range: string }>>;
  title: string;
  sheets: readonly PlacedSheet[];
  names: readonly PlacedName[];
}
