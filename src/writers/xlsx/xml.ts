/** XML text and attribute values for the workbook's parts. */

/** The declaration every part starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** SpreadsheetML's namespace (the workbook, its sheets and styles). */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** The namespace of relationships between a package's parts. */
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** An RRGGBB colour as the file writes it, opaque. */
export const argb = (rgb: string): string => `FF${rgb}`;

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** Characters XML 1.0 cannot hold at all (controls other than tab, line feed and carriage return). */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escaped for element text or a double-quoted attribute. */
export function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ENTITIES[c]).replace(INVALID, "");
}

/**
 * Escaped for element text only, where XML needs just & and < escaped (and > after "]]"): the
 * cells' formulas and texts, most of a workbook, keep their quotes and comparisons as written.
 */
export function escText(s: string): string {
  return s.replace(/[&<]|]]>/g, (c) => (c === "]]>" ? "]]&gt;" : ENTITIES[c])).replace(INVALID, "");
}

/** ` name="value"`, or nothing for an absent value. */
export function attr(name: string, value: string | number | undefined): string {
  return value === undefined ? "" : ` ${name}="${typeof value === "number" ? value : esc(value)}"`;
}

/** Numbers each distinct item (a font, a fill, a text) in order of first use. */
export class Numbered {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    for (const x of initial) this.id(x);
  }
  id(item: string): number {
    let i = this.index.get(item);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(item, i);
    }
    return i;
  }
}
