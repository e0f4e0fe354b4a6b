/**
 * Workings laid out as a grid: one column per case (a sensitivity move, a scenario), one line per
 * row of the model the cases recalculate, labelled once. A case fills only the lines its inputs
 * reach; the rest it reads where they are, on their own sheets. A row of several cells (the needs
 * bands, months, years) runs down its column, a line per cell.
 */
import type { Row } from "../../calc";
import type { SheetLayout } from "../../layout/layout";

export interface WorkingsCase {
  /** Header lines of the case's column (undefined: no heading on that line). */
  head: readonly (string | undefined)[];
  /** The rows it recalculates, in the order they are worked out. */
  rows: readonly Row[];
}

/** What a copy is a copy of: the model row's id, without the case's tag. */
const copyOf = (r: Row) => `${r.id.replace(/@.*$/, "")}#${r.size}`;

const PART: Record<number, readonly string[]> = { 3: ["Low", "Medium", "High"] };
function partLabel(size: number, i: number): string {
  if (size === 1) return "";
  if (PART[size]) return `: ${PART[size][i]}`;
  return size === 12 ? `: month ${i + 1}` : size === 24 ? `: month ${i + 1}` : `: ${i + 1}`;
}

/**
 * Lays out the grid from the layout's next line: the header (`corner` over the labels), then the
 * lines, each named by its first case's row. Returns the line of the header.
 */
export function workingsGrid(
  l: SheetLayout,
  corner: readonly string[],
  cases: readonly WorkingsCase[],
  firstCol: number,
  /** A line shared by rows that are not copies of one model row (each case's moved input). */
  shared?: (r: Row) => { key: string; label: string } | undefined,
): number {
  const keyOf = (r: Row) => shared?.(r)?.key ?? copyOf(r);
  const labelOf = (r: Row) => shared?.(r)?.label ?? r.label;
  const order: string[] = [];
  const first = new Map<string, Row>();
  for (const c of cases)
    for (const r of c.rows) {
      const k = keyOf(r);
      if (!first.has(k)) {
        first.set(k, r);
        order.push(k);
      }
    }
  const headLines = Math.max(corner.length, ...cases.map((c) => c.head.length));
  const top = l.next;
  for (let h = 0; h < headLines; h++)
    l.line([
      ...(corner[h] !== undefined ? [{ text: corner[h], style: "header" as const }] : [null]),
      ...Array.from({ length: firstCol - 1 }, () => null),
      ...cases.map((c) => {
        const text = c.head[h];
        return text !== undefined ? { text, style: "header" as const } : null;
      }),
    ]);
  for (const k of order) {
    const r = first.get(k)!;
    const line = l.next;
    for (let i = 0; i < r.size; i++) l.lineAt(line + i, [{ text: `${labelOf(r)}${partLabel(r.size, i)}`, style: "label" }]);
    cases.forEach((c, j) => {
      const mine = c.rows.find((x) => keyOf(x) === k);
      if (mine) l.downAt(line, firstCol + j, { row: mine });
    });
    l.next = line + r.size;
  }
  return top;
}
