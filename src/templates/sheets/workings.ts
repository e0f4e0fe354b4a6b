/**
 * Workings laid out as a grid: one column per case (a sensitivity move, a scenario), one line per
 * row of the model the cases recalculate, labelled once. A case fills only the lines its inputs
 * reach; the rest it reads where they are, on their own sheets. A row of several cells (the needs
 * bands, months, years) runs down its column, a line per cell.
 */
import type { Row } from "../../calc";
import { SheetLayout } from "../../layout/layout";

export const WORKINGS_ID = "workings";

export interface WorkingsCase {
  /** Header lines of the case's column (undefined: no heading on that line). */
  head: readonly (string | undefined)[];
  /** The rows it recalculates, in the order they are worked out. */
  rows: readonly Row[];
  /** Its figures show while the sheet's check fails (the sheet's guard is another table's). */
  unguarded?: boolean;
}

/** One table's share of the workings sheet: its columns, and the lines its copies share. */
export interface WorkingsPart {
  cases: readonly WorkingsCase[];
  /** Its columns' width in characters. */
  width: number;
  /** A line shared by rows that are not copies of one model row (see workingsGrid). */
  shared?: (r: Row) => { key: string; label: string } | undefined;
  /** The check its figures wait for (#N/A otherwise). */
  guard?: Row;
  /** Lines under the grid. */
  after?: (l: SheetLayout) => void;
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
  // Each case's row on each line (its first, if it has two of one key).
  const byKey = cases.map((c) => {
    const rows = new Map<string, Row>();
    for (const x of c.rows) if (!rows.has(keyOf(x))) rows.set(keyOf(x), x);
    return rows;
  });
  for (const k of order) {
    const r = first.get(k)!;
    const line = l.next;
    for (let i = 0; i < r.size; i++) l.lineAt(line + i, [{ text: `${labelOf(r)}${partLabel(r.size, i)}`, style: "label" }]);
    cases.forEach((c, j) => {
      const mine = byKey[j].get(k);
      if (mine) l.downAt(line, firstCol + j, { row: mine, ...(c.unguarded ? { guard: false } : {}) });
    });
    l.next = line + r.size;
  }
  return top;
}

/**
 * The workings of the Scenarios and Sensitivity tables on one sheet, side by side over one column of
 * labels: a copy of a model row that both recalculate is one line. At most one part may have a guard;
 * the others' figures are not held to it. Only the explanation prints, over the first part's columns.
 */
export function workingsLayout(parts: readonly WorkingsPart[], explanation: string): SheetLayout {
  const guards = parts.filter((p) => p.guard);
  if (guards.length > 1) throw new Error("The workings sheet has one guard");
  const printed = 1 + (parts[0]?.cases.length ?? 0);
  const w = new SheetLayout(WORKINGS_ID, "Model workings", {
    columns: [52, ...parts.flatMap((p) => p.cases.map(() => p.width))],
    orientation: "landscape",
    freezeRows: 4,
    freezeColumns: 1,
    printTitleLines: [3, 3],
  });
  w.guard = guards[0]?.guard;
  w.line([{ text: "Model workings", style: "title" }]);
  w.line([{ cell: { value: explanation, style: "subtitle", span: printed } }]);
  // Only the explanation prints; the grid is live but off the page.
  w.printUpToHere(printed);
  w.gap();
  workingsGrid(
    w,
    ["Figure"],
    parts.flatMap((p) => p.cases.map((c) => (p.guard || !w.guard ? c : { ...c, unguarded: true }))),
    1,
    (r) => parts.reduce<{ key: string; label: string } | undefined>((found, p) => found ?? p.shared?.(r), undefined),
  );
  for (const p of parts) p.after?.(w);
  return w;
}
