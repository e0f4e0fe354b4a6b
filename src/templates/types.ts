/**
 * One definition of each template workbook, as data. The Office.js writer and the .xlsx writer both
 * render a PlacedTemplate (see place.ts) and nothing else, so the two cannot drift apart.
 *
 * Formulas use Excel's native functions only (a provider without the add-in must see live numbers)
 * and refer to other sheets of the template by id in braces: `{inputs}!$B$5`. Placing the template
 * replaces `{inputs}` with the sheet's real, quoted name, which may differ when a name is taken.
 */

import type { OptionId, OverlayId } from "../options/ids";
import type { CellDef, ConditionalRule, NameDef, SheetDef } from "../layout/cells";
export type { OptionId, OverlayId };
export type { CellDef, ConditionalRule, NameDef, SheetDef, StyleId, Validation } from "../layout/cells";

export interface TemplateChoice {
  option: OptionId;
  overlays: readonly OverlayId[];
  scheme?: string;
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

/**
 * Header or footer sections in Excel's codes (&P page, &N pages, &A sheet name, &D date, && a
 * literal &), which Excel, LibreOffice and Gnumeric all print.
 */
export interface HeaderFooterText {
  left: string;
  center: string;
  right: string;
}

/** How a sheet prints: both writers render exactly this (see src/templates/print.ts). */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /**
   * Print scale in percent, chosen so the sheet's columns fit one page wide without shrinking
   * text below a readable size (no fit-to-width); its height runs to as many pages as it needs.
   */
  scale: number;
  /** Page margins in inches (narrow at the sides, so wide tables fit at a readable scale). */
  margins: PageMargins;
  /** The range printed ("A1:N60"): the sheet's reader's part; absent on a sheet that shows nothing. */
  area?: string;
  /** Rows repeated at the top of every printed page, 1-based and inclusive. */
  titleRows?: readonly [number, number];
  /** Rows (1-based) that start a new page, so a section is not split across two. */
  breaks?: readonly number[];
  header: HeaderFooterText;
  footer: HeaderFooterText;
}

/** Sheet protection, without a password: what users may still do on a protected sheet. */
export interface SheetProtection {
  /** Resize columns (to read a long label). */
  formatColumns: boolean;
  /** Resize rows. */
  formatRows: boolean;
  /** Select locked cells (to copy a figure). */
  selectLockedCells: boolean;
  selectUnlockedCells: boolean;
}

/** A cell as written: the definition's plus what placing decided. */
export interface PlacedCell extends CellDef {
  /** False only for input cells: the cells a user may edit on the protected sheet. */
  locked: boolean;
}

/** Conditional format rules over a rectangle of a sheet (see CONDITIONAL in styles.ts). */
export interface PlacedConditionalFormat {
  /** A1 rectangle on the sheet, e.g. "D5:D9". */
  range: string;
  rules: readonly ConditionalRule[];
}

/** A template with its final sheet names, defined names and formulas, ready to write. */
export interface PlacedSheet extends Omit<SheetDef, "name" | "cells"> {
  name: string;
  cells: readonly PlacedCell[];
  protection: SheetProtection;
  print: PrintSetup;
  /** Rows given a height (points) so their wrapped text fits; other rows keep the default. */
  rowHeights: readonly { row: number; height: number }[];
  /** Conditional formats, from the cells' styles: each style's cells covered by rectangles. */
  conditionalFormats: readonly PlacedConditionalFormat[];
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
