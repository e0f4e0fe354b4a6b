import { STYLES, type StyleSpec } from "../../templates/styles";
import type { StyleId } from "../../templates/types";
import { coveringRects, rectAddress, type Cell, type Rect } from "../../layout/a1";
import { formatRects } from "./areas";

const EDGES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;
type Line = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
type Border = NonNullable<StyleSpec["border"]>;

/**
 * One formatting property of the style table: its value in a style (undefined: not set), and how
 * to set it on a rectangle of cells.
 */
interface Property<V> {
  of: (st: StyleSpec) => V | undefined;
  set: (f: Excel.RangeFormat, v: V, rect: Rect) => void;
}
const property = <V>(of: Property<V>["of"], set: Property<V>["set"]) => ({ of, set }) as Property<unknown>;

const PROPERTIES: readonly Property<unknown>[] = [
  property(
    (st) => st.fill,
    (f, v) => (f.fill.color = `#${v}`),
  ),
  property(
    (st) => st.font.name,
    (f, v) => (f.font.name = v),
  ),
  property(
    (st) => st.font.size,
    (f, v) => (f.font.size = v),
  ),
  property(
    (st) => st.font.bold || undefined,
    (f) => (f.font.bold = true),
  ),
  property(
    (st) => st.font.italic || undefined,
    (f) => (f.font.italic = true),
  ),
  property(
    (st) => st.font.color,
    (f, v) => (f.font.color = `#${v}`),
  ),
  property(
    (st) => st.wrap || undefined,
    (f) => (f.wrapText = true),
  ),
  property(
    (st) => st.horizontal,
    (f, v) => (f.horizontalAlignment = ALIGN[v]),
  ),
  property(
    (st) => st.vertical,
    (f) => (f.verticalAlignment = "Top"),
  ),
  property<Border>((st) => st.border, setBorder),
];

/**
 * Applies the template styles (src/templates/styles.ts, shared with the .xlsx writer) of a sheet's
 * cells. Each property is set once per rectangle of cells that share its value, whatever their
 * style: most styles share the font, its size and top alignment, so these take a few large
 * rectangles instead of one per style, and with `areas` (RangeAreas) the rectangles of one value
 * go in a few operations, which keeps the request to Excel small.
 */
export function applyStyles(ws: Excel.Worksheet, cells: readonly { style?: StyleId; at: Cell }[], areas = false): void {
  for (const p of PROPERTIES) {
    const groups = new Map<string, { value: unknown; at: Cell[] }>();
    for (const c of cells) {
      const value = c.style && p.of(STYLES[c.style]);
      if (value === undefined) continue;
      const key = JSON.stringify(value);
      const g = groups.get(key) ?? groups.set(key, { value, at: [] }).get(key)!;
      g.at.push(c.at);
    }
    for (const { value, at } of groups.values()) {
      const rects = coveringRects(at);
      // Borders draw the lines between a rectangle's cells too, so they go one rectangle at a time.
      if (p.set === setBorder) for (const r of rects) p.set(ws.getRange(rectAddress(r)).format, value, r);
      else formatRects(ws, rects, areas, (f) => p.set(f, value, rects[0]));
    }
  }
}

/** Borders are per cell in the style table, so a rectangle of several rows or columns also needs the lines between its cells. */
function setBorder(f: Excel.RangeFormat, border: Border, rect: Rect): void {
  const sides = new Set(border.sides);
  const lines: Line[] = [...sides].map((s) => EDGES[s]);
  if ((sides.has("top") || sides.has("bottom")) && rect.bottom > rect.top) lines.push("InsideHorizontal");
  if ((sides.has("left") || sides.has("right")) && rect.right > rect.left) lines.push("InsideVertical");
  for (const line of lines) {
    const b = f.borders.getItem(line);
    b.style = "Continuous";
    b.weight = "Thin";
    b.color = `#${border.color}`;
  }
}
