import { STYLES } from "../../templates/styles";
import type { StyleId } from "../../templates/types";
import type { Rect } from "../../templates/a1";

const EDGES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;
type Line = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

/**
 * Applies a template style (src/templates/styles.ts, shared with the .xlsx writer) to a
 * rectangle. Borders are per cell in the style table, so a rectangle of several rows or columns
 * also needs the lines between its cells.
 */
export function applyStyle(range: Excel.Range, style: StyleId, rect: Rect): void {
  const st = STYLES[style];
  const f = range.format;
  if (st.fill) f.fill.color = `#${st.fill}`;
  f.font.name = st.font.name;
  f.font.size = st.font.size;
  if (st.font.bold) f.font.bold = true;
  if (st.font.italic) f.font.italic = true;
  if (st.font.color) f.font.color = `#${st.font.color}`;
  if (st.wrap) f.wrapText = true;
  if (st.horizontal) f.horizontalAlignment = ALIGN[st.horizontal];
  if (st.vertical) f.verticalAlignment = "Top";
  if (!st.border) return;
  const sides = new Set(st.border.sides);
  const lines: Line[] = [...sides].map((s) => EDGES[s]);
  if ((sides.has("top") || sides.has("bottom")) && rect.bottom > rect.top) lines.push("InsideHorizontal");
  if ((sides.has("left") || sides.has("right")) && rect.right > rect.left) lines.push("InsideVertical");
  for (const line of lines) {
    const b = f.borders.getItem(line);
    b.style = "Continuous";
    b.weight = "Thin";
    b.color = `#${st.border.color}`;
  }
}
