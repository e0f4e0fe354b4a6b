/**
 * The style table both writers use: style id -> font, fill, border, alignment. Colours are RRGGBB.
 * Pink marks input cells, as in seed 002 ("Pink cells indicate input cells"). Every decision about
 * how a cell looks is here; the writers only translate it to their API.
 */
import type { ConditionalRule, StyleId } from "./types";

export type { ConditionalRule };

export interface StyleSpec {
  /** Background colour, RRGGBB. */
  fill?: string;
  /** Every style names its font, so Excel, LibreOffice and Gnumeric print the same metrics. */
  font: { name: string; size: number; bold?: boolean; italic?: boolean; color?: string };
  /** Thin border of this colour on these sides. */
  border?: { sides: readonly ("top" | "bottom" | "left" | "right")[]; color: string };
  /** Long text wraps onto more lines (the row is made tall enough, see print.ts). */
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  /** Text starts at the top of its cell, so a row made tall by one wrapped cell reads across. */
  vertical?: "top";
}

export const INPUT_FILL = "FFCCE5";
/** Arial: in Excel everywhere, and LibreOffice and Gnumeric print it with Liberation Sans, same metrics. */
export const FONT_NAME = "Arial";
/** Size of text in cells without a style (the workbook's default font). */
export const DEFAULT_FONT_SIZE = 11;
const BORDER = "808080";
const base = { name: FONT_NAME, size: DEFAULT_FONT_SIZE };

export const STYLES: Readonly<Record<StyleId, StyleSpec>> = {
  title: { font: { ...base, bold: true, size: 14, color: "1F3864" }, vertical: "top" },
  subtitle: { font: { ...base, italic: true, color: "404040" }, wrap: true, vertical: "top" },
  header: { fill: "D9E1F2", font: { ...base, bold: true }, border: { sides: ["bottom"], color: BORDER }, wrap: true, vertical: "top" },
  label: { font: base, wrap: true, vertical: "top" },
  input: { fill: INPUT_FILL, font: base, border: { sides: ["top", "bottom", "left", "right"], color: BORDER }, vertical: "top" },
  output: { fill: "F2F2F2", font: base, vertical: "top" },
  total: { font: { ...base, bold: true }, border: { sides: ["top", "bottom"], color: BORDER }, wrap: true, vertical: "top" },
  note: { font: { ...base, italic: true, color: "595959" }, wrap: true, vertical: "top" },
  // Neutral until its conditional format (CONDITIONAL below) colours it green or red.
  check: { font: { ...base, bold: true }, vertical: "top" },
};

/**
 * How an input cell looks while the chosen price base does not use it (CellDef.inUse is FALSE):
 * grey, like a worked-out figure, with grey text, instead of pink.
 */
export const UNUSED_INPUT: Pick<ConditionalRule, "fill" | "color"> = { fill: "E7E6E6", color: "7F7F7F" };

/**
 * Styles whose cells are also conditionally formatted: placeTemplate gives every cell of the style
 * these rules (see conditionalFormats in print.ts). The rules of a style exclude each other, so
 * their order (priority) does not matter.
 */
export const CONDITIONAL: Readonly<Partial<Record<StyleId, readonly ConditionalRule[]>>> = {
  // A check cell says "OK" (green) or what to fix (red); the colours are Excel's Good and Bad.
  check: [
    { operator: "equal", text: "OK", fill: "C6EFCE", color: "006100" },
    { operator: "notEqual", text: "OK", fill: "FFC7CE", color: "9C0006" },
  ],
};
