/**
 * The style table both writers use: style id -> fill, font, border, alignment. Colours are RRGGBB.
 * Pink marks input cells, as in seed 002 ("Pink cells indicate input cells").
 */
import type { StyleId } from "./types";

export interface StyleSpec {
  /** Background colour, RRGGBB. */
  fill?: string;
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  /** Thin border on these sides. */
  border?: readonly ("top" | "bottom" | "left" | "right")[];
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
}

export const INPUT_FILL = "FFCCE5";

export const STYLES: Readonly<Record<StyleId, StyleSpec>> = {
  title: { font: { bold: true, size: 14, color: "1F3864" } },
  subtitle: { font: { italic: true, size: 10, color: "404040" } },
  header: { fill: "D9E1F2", font: { bold: true }, border: ["bottom"], wrap: true },
  label: {},
  input: { fill: INPUT_FILL, border: ["top", "bottom", "left", "right"] },
  output: { fill: "F2F2F2" },
  total: { font: { bold: true }, border: ["top", "bottom"] },
  note: { font: { italic: true, color: "595959" }, wrap: true },
  check: { font: { bold: true, color: "C00000" } },
};
