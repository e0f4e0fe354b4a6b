/**
 * The workbook's style part (xl/styles.xml): each look a cell has (template style, number format,
 * locked or not) numbered once, and each conditional colouring. The looks themselves are decided in
 * src/templates/styles.ts; this only numbers and prints them.
 */
import { DEFAULT_FONT_SIZE, FONT_NAME, STYLES } from "../../templates/styles";
import type { StyleId } from "../../templates/types";
import { MAIN_NS, Numbered, XML_HEAD, argb, attr, esc } from "./xml";

/** Number formats Excel knows by number; any other is declared from 164 on. */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};

function fontXml(id: StyleId | undefined): string {
  const f = id ? STYLES[id].font : { name: FONT_NAME, size: DEFAULT_FONT_SIZE, bold: false, italic: false, color: undefined };
  return `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}${f.color ? `<color rgb="${argb(f.color)}"/>` : ""}<sz val="${f.size}"/><name val="${esc(f.name)}"/><family val="2"/></font>`;
}

const solid = (tag: "fgColor" | "bgColor", rgb: string) =>
  `<fill><patternFill patternType="solid"><${tag} rgb="${argb(rgb)}"/></patternFill></fill>`;

export class StyleTable {
  // Font 0 is the workbook's default (Arial 11): column widths are counted in its digits.
  private readonly fonts = new Numbered([fontXml(undefined)]);
  // Fills 0 and 1 are reserved by the file format.
  private readonly fills = new Numbered([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Numbered(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Numbered(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly byKey = new Map<string, number>();
  private readonly dxfs = new Numbered();

  private numFmt(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = 164 + this.formats.size));
    return id;
  }

  /** The index of a cell's look (its `s`). */
  xf(style: StyleId | undefined, format: string | undefined, locked: boolean): number {
    const key = `${style ?? ""}|${format ?? ""}|${locked ? 1 : 0}`;
    let i = this.byKey.get(key);
    if (i !== undefined) return i;
    const s = style ? STYLES[style] : undefined;
    const numFmtId = format ? this.numFmt(format) : 0;
    const fontId = this.fonts.id(fontXml(style));
    const fillId = s?.fill ? this.fills.id(solid("fgColor", s.fill)) : 0;
    let borderId = 0;
    if (s?.border) {
      const b = s.border;
      const side = (name: string) =>
        b.sides.includes(name as (typeof b.sides)[number])
          ? `<${name} style="thin"><color rgb="${argb(b.color)}"/></${name}>`
          : `<${name}/>`;
      borderId = this.borders.id(`<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`);
    }
    const aligned = s && (s.wrap || s.horizontal || s.vertical);
    const alignment = aligned
      ? `<alignment${attr("horizontal", s.horizontal)}${attr("vertical", s.vertical)}${s.wrap ? ' wrapText="1"' : ""}/>`
      : "";
    const protection = locked ? "" : '<protection locked="0"/>';
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "") +
      (protection ? ' applyProtection="1"' : "");
    const body = alignment + protection;
    const xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${body ? `>${body}</xf>` : "/>"}`;
    i = this.xfs.id(xml);
    this.byKey.set(key, i);
    return i;
  }

  /** The index of a conditional format's look: a solid fill and a font colour. */
  dxf(fill: string, color: string): number {
    return this.dxfs.id(`<dxf><font><color rgb="${argb(color)}"/></font>${solid("bgColor", fill)}</dxf>`);
  }

  xml(): string {
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (formats.length ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      "</styleSheet>"
    );
  }
}
