/**
 * A sheet rendered for one workbook is kept for another only where it comes out the same: its
 * formulas read rows placed alike and, where the workbooks re-point its rows otherwise, the figures
 * it reads come out the same. Each case renders a second workbook with the first's cache and alone.
 */
import { calcRow, fx, inputRow, rowCopier, type Expr, type Row } from "../../src/calc";
import type { CellDef } from "../../src/layout/cells";
import { SheetLayout } from "../../src/layout/layout";
import { withFormulas } from "../../src/layout/r1c1";
import { renderCache, renderLayouts, type Repoint } from "../../src/layout/render";

const n = inputRow("test.n", "Tenants", 10, { rule: { kind: "number", min: 0 }, prompt: "a number", source: "own" });
const opts = { columns: [20, 10], orientation: "portrait" as const };

/** The shared sheet: one figure from the tenants, which a workbook may re-point to its own row. */
const twice = calcRow("test.twice", "Twice", fx`${n}*2`);
function sharedSheet(): SheetLayout {
  const l = new SheetLayout("shared", "Shared", opts);
  l.line([{ row: n }]);
  l.line([{ row: twice }]);
  return l;
}

/** A workbook's own sheet: the tenants in use, from `expr`, on line `at`; re-pointing the shared sheet to it or not. */
function workbook(shared: SheetLayout, expr: ReturnType<typeof fx>, at: number, repointed = true) {
  const own = calcRow("test.inUse", "Tenants in use", expr);
  const l = new SheetLayout("own", "Own", opts);
  for (let i = 0; i < at; i++) l.line([null]);
  l.line([{ row: own }]);
  const repoint: Repoint | undefined = repointed ? { to: new Map<Row, Row>([[n, own]]), keep: new Set([own]) } : undefined;
  return { layouts: [shared, l], repoint };
}

function render(w: ReturnType<typeof workbook>, cache?: ReturnType<typeof renderCache>) {
  if (cache) {
    cache.shared.add(w.layouts[0]);
    cache.common.add(w.layouts[0]);
  }
  return renderLayouts(w.layouts, new Map(), w.repoint, cache);
}

const cellOf = (r: ReturnType<typeof render>, ref: string) => r.sheets[0].cells.find((c) => c.ref === ref);

describe("a shared sheet rendered once", () => {
  test("kept, the same sheet, where the row it reads is placed alike and its figure is the same", () => {
    const shared = sharedSheet();
    const cache = renderCache();
    const first = render(workbook(shared, fx`${n}+0`, 0), cache);
    const second = render(workbook(shared, fx`${n}*1`, 0), cache);
    expect(second.sheets[0]).toBe(first.sheets[0]);
    expect(cellOf(second, "A2")).toMatchObject({ formula: "{own}!$A$1*2", cached: 20 });
  });

  // Each: the first workbook, the second, and what the second's figure shows.
  type Own = Parameters<typeof workbook> extends [unknown, ...infer R] ? R : never;
  test.each<{ why: string; first: Own; second: Own; shows: object }>([
    {
      why: "the row it reads is placed alike but its figure differs",
      first: [fx`${n}+0`, 0],
      second: [fx`${n}+5`, 0],
      shows: { formula: "{own}!$A$1*2", cached: 30 },
    },
    {
      why: "the row it reads is placed elsewhere",
      first: [fx`${n}+0`, 0],
      second: [fx`${n}+0`, 3],
      shows: { formula: "{own}!$A$4*2", cached: 20 },
    },
    {
      why: "a workbook does not re-point it, though every row it read before is placed alike",
      first: [fx`${n}+0`, 0],
      second: [fx`${n}+0`, 0, false],
      shows: { formula: "A1*2", cached: 20 },
    },
  ])("rendered again where $why", ({ first, second, shows }) => {
    const shared = sharedSheet();
    const cache = renderCache();
    render(workbook(shared, ...first), cache);
    const w = workbook(shared, ...second);
    const again = render(w, cache);
    expect(cellOf(again, "A2")).toMatchObject(shows);
    expect(again).toEqual(render(w));
  });

  test("rendered again where its pink cell's value differs", () => {
    const shared = sharedSheet();
    const cache = renderCache();
    // The figure it shows reads a row that does not depend on the pink cell: only the cell differs.
    render(workbook(shared, fx`10`, 0), cache);
    const w = workbook(shared, fx`10`, 0);
    const second = renderLayouts(w.layouts, new Map([[n, [7]]]), w.repoint, cache);
    expect(cellOf(second, "A1")).toMatchObject({ value: 7 });
    expect(cellOf(second, "A2")).toMatchObject({ formula: "{own}!$A$1*2", cached: 20 });
    expect(second).toEqual(renderLayouts(w.layouts, new Map([[n, [7]]]), w.repoint));
  });
});

describe("a formula copied across, written once", () => {
  /** Inputs on their own sheet (B1), and on the workings sheet a row, its moved inputs and copies. */
  function copies(build: (w: SheetLayout, inputs: SheetLayout) => void, repoint?: Repoint) {
    const inputs = new SheetLayout("inputs", "Inputs", opts);
    inputs.line([null, { row: n }]);
    inputs.line([null, { row: check }]);
    const w = new SheetLayout("w", "Workings", { ...opts, columns: [20, 10, 10, 10] });
    build(w, inputs);
    return renderLayouts([inputs, w], new Map(), repoint).sheets[1].cells;
  }
  const moved = (k: number) => calcRow(`test.moved${k}`, "Moved", fx`${n}+${k}`);
  const copier = (from: Row, to: Map<Row, Row>, k: number) => rowCopier([from], to, (id) => `${id}@${k}`, "a test row")(from);
  const at = (cells: readonly CellDef[], ref: string) => cells.find((c) => c.ref === ref);

  test("a copy reading the cells to its right of those its original reads is its original's formula, moved", () => {
    const [m1, m2, m3] = [1, 2, 3].map(moved);
    const r1 = calcRow("test.r", "R", fx`${m1}*${n}`);
    const r2 = copier(r1, new Map([[m1, m2]]), 2);
    const r3 = copier(r1, new Map([[m1, m3]]), 3);
    const cells = copies((w) => {
      [m1, m2, m3].forEach((m, k) => w.downAt(0, 1 + k, { row: m }));
      [r1, r2, r3].forEach((r, k) => w.downAt(1, 1 + k, { row: r }));
    });
    expect(at(cells, "B2")).toMatchObject({ formula: "B1*{inputs}!$B$1", cached: 110 });
    // The third is made from the first, two columns on: both copies are in the first's run.
    expect(at(cells, "C2")).toMatchObject({ copiedFrom: "B2", cached: 120 });
    expect(at(cells, "D2")).toMatchObject({ copiedFrom: "B2", cached: 130 });
    expect(at(cells, "C2")!.formula).toBeUndefined();
    const full = withFormulas(cells);
    expect(at(full, "C2")).toMatchObject({ formula: "C1*{inputs}!$B$1" });
    expect(at(full, "D2")).toMatchObject({ formula: "D1*{inputs}!$B$1" });
    expect(at(full, "D2")!.copiedFrom).toBeUndefined();
  });

  /** A formula of its own, to stand beside the copies. */
  const other = calcRow("test.other", "Other", fx`${n}*5`);
  const check = calcRow("test.check", "Check", fx`"OK"`, { check: true });

  /** Where a row goes: line and column, on the workings sheet or the inputs sheet. */
  type Place = readonly [line: number, col: number, sheet?: "inputs"];
  type Placed = "m1" | "m2" | "r1" | "r2" | "other" | "other2" | "local";
  test.each<{ why: string; at: Partial<Record<Placed, Place>>; guard?: "own"; unguarded?: Placed[]; readsLocal?: boolean }>([
    { why: "its moved input is not as far to the right as it is", at: { m1: [0, 1], m2: [0, 3], r1: [1, 1], r2: [1, 2] } },
    {
      why: "it is not on its original's line, though the cell to its left is a formula",
      at: { m1: [0, 1], m2: [0, 2], r1: [1, 1], other: [2, 1], r2: [2, 2] },
    },
    {
      why: "a formula of its own stands between it and its original",
      at: { m1: [0, 1], m2: [0, 3], r1: [1, 1], other: [1, 2], r2: [1, 3] },
    },
    {
      why: "both read a cell of this sheet (a relative address that would move with the copy)",
      readsLocal: true,
      at: { m1: [0, 1], m2: [0, 2], r1: [1, 1], r2: [1, 2], local: [5, 1] },
    },
    { why: "its moved input is as far to the right but on another line", at: { m1: [0, 1], m2: [3, 2], r1: [1, 1], r2: [1, 2] } },
    {
      why: "its moved input is as far to the right on another sheet (a fixed address)",
      at: { m1: [3, 1, "inputs"], m2: [3, 2, "inputs"], r1: [1, 1], r2: [1, 2], other: [2, 1], other2: [2, 2] },
    },
    {
      why: "its original's moved input is on another sheet, its own as far to the right on this one",
      at: { m1: [3, 1, "inputs"], m2: [3, 2], r1: [1, 1], r2: [1, 2] },
    },
    {
      why: "its original is on another sheet, where the formula to its left is on this one",
      unguarded: ["m1", "m2", "other", "r2"],
      at: { m1: [0, 2], m2: [0, 3], r1: [1, 2, "inputs"], other: [1, 2], r2: [1, 3] },
    },
    {
      why: "its moved input is as far to the right on this sheet, its original's on another",
      at: { m1: [3, 1], m2: [3, 2, "inputs"], r1: [1, 1], r2: [1, 2] },
    },
    {
      why: "both are guarded by a check of this sheet (a relative address)",
      guard: "own",
      unguarded: ["m1", "m2"],
      at: { m1: [0, 1], m2: [0, 2], r1: [1, 1], r2: [1, 2] },
    },
    {
      why: "its original is not guarded as it is",
      unguarded: ["m1", "m2", "r1"],
      at: { m1: [0, 1], m2: [0, 2], r1: [1, 1], r2: [1, 2] },
    },
  ])("printed in full where $why", ({ at: places, guard, unguarded = [], readsLocal }) => {
    const [m1, m2] = [1, 2].map(moved);
    const local = calcRow("test.local", "Local", fx`${n}*3`);
    const r1 = calcRow("test.r", "R", readsLocal ? fx`${m1}*${local}` : fx`${m1}*${n}`);
    const r2 = copier(r1, new Map([[m1, m2]]), 2);
    const rows: Record<Placed, Row> = { m1, m2, r1, r2, other, other2: calcRow("test.other2", "Other", fx`${n}*6`), local };
    const cells = copies((w, inputs) => {
      w.guard = guard ? calcRow("test.ownCheck", "Check", fx`"OK"`, { check: true }) : check;
      if (guard) w.downAt(4, 1, { row: w.guard });
      for (const [id, [line, col, sheet]] of Object.entries(places) as [Placed, Place][])
        (sheet ? inputs : w).downAt(line, col, { row: rows[id], ...(unguarded.includes(id) ? { guard: false } : {}) });
    });
    expect(cells.filter((c) => c.copiedFrom !== undefined)).toEqual([]);
    // Every figure worked out has its formula in full.
    expect(cells.filter((c) => c.cached !== undefined && c.formula === undefined)).toEqual([]);
  });

  test.each([
    { why: "of another size", way: "down" },
    { why: "placed across, not down", way: "across" },
  ])("printed in full where its moved input is as far to the right but $why", ({ way }) => {
    const m1 = calcRow("test.m1", "Moved", fx`${n}+1`, { size: 3 });
    const m2 = calcRow("test.m2", "Moved", fx`${n}+2`, { size: way === "down" ? 1 : 3 });
    const r1 = calcRow("test.r", "R", fx`${way === "down" ? m2 : m1}*${n}`, { size: 3 });
    const r2 = copier(r1, new Map([way === "down" ? [m2, m1] : [m1, m2]]), 2);
    const cells = copies((w) => {
      // Down: the original reads a one-cell row, the copy each cell of three; across: three cells down, three across.
      if (way === "down") {
        w.downAt(0, 1, { row: m2 });
        w.downAt(0, 2, { row: m1 });
      } else {
        w.downAt(0, 1, { row: m1 });
        w.lineAt(0, [null, null, { row: m2 }]);
      }
      w.downAt(4, 1, { row: r1 });
      w.downAt(4, 2, { row: r2 });
    });
    expect(cells.filter((c) => c.copiedFrom !== undefined)).toEqual([]);
    expect(at(cells, "C6")!.formula).toBe(way === "down" ? "C2*{inputs}!$B$1" : "D1*{inputs}!$B$1");
  });

  test("printed in full where the workbook re-points the copy's reads but not its original's", () => {
    const [m1, m2] = [1, 2].map(moved);
    const other = calcRow("test.n2", "Tenants in use", fx`${n}+100`);
    const r1 = calcRow("test.r", "R", fx`${m1}*${n}`);
    const r2 = copier(r1, new Map([[m1, m2]]), 2);
    const cells = copies(
      (w, inputs) => {
        inputs.line([null, { row: other }]);
        w.downAt(0, 1, { row: m1 });
        w.downAt(0, 2, { row: m2 });
        w.downAt(1, 1, { row: r1 });
        w.downAt(1, 2, { row: r2 });
      },
      { to: new Map([[n, other]]), keep: new Set([r1, m1, m2, other]) },
    );
    expect(at(cells, "B2")).toMatchObject({ formula: "B1*{inputs}!$B$1" });
    expect(at(cells, "C2")).toMatchObject({ formula: "C1*{inputs}!$B$3" });
  });

  test("printed in full where the copy runs across and its original down", () => {
    const m1 = calcRow("test.m1", "Moved", fx`${n}+1`, { size: 2 });
    const m2 = calcRow("test.m2", "Moved", fx`${n}+2`, { size: 2 });
    const r1 = calcRow("test.r", "R", fx`${m1}*${n}`, { size: 2 });
    const r2 = copier(r1, new Map([[m1, m2]]), 2);
    const cells = copies((w) => {
      w.downAt(0, 1, { row: m1 });
      w.downAt(0, 2, { row: m2 });
      w.downAt(3, 1, { row: r1 });
      w.lineAt(3, [null, null, { row: r2 }]);
    });
    expect(cells.filter((c) => c.copiedFrom !== undefined)).toEqual([]);
    expect(at(cells, "D4")!.formula).toBe("C2*{inputs}!$B$1");
  });

  test("printed in full where both read a row of another sheet by its column relative to theirs", () => {
    const [m1, m2] = [1, 2].map(moved);
    const across = calcRow("test.across", "Across", fx`${n}*4`);
    const r1 = calcRow("test.r", "R", fx`${m1}*${across}`);
    const r2 = copier(r1, new Map([[m1, m2]]), 2);
    const cells = copies((w, inputs) => {
      inputs.line([null, { row: across, acrossColumns: true }]);
      w.downAt(0, 1, { row: m1 });
      w.downAt(0, 2, { row: m2 });
      w.downAt(1, 1, { row: r1 });
      w.downAt(1, 2, { row: r2 });
    });
    expect(at(cells, "B2")).toMatchObject({ formula: "B1*{inputs}!B$3" });
    expect(at(cells, "C2")).toMatchObject({ formula: "C1*{inputs}!B$3" });
  });

  test("shared where the copy and its original have one guard, on another sheet", () => {
    const [m1, m2] = [1, 2].map(moved);
    const r1 = calcRow("test.r", "R", fx`${m1}*${n}`);
    const r2 = copier(r1, new Map([[m1, m2]]), 2);
    const cells = copies((w) => {
      w.guard = check;
      w.downAt(0, 1, { row: m1, guard: false });
      w.downAt(0, 2, { row: m2, guard: false });
      w.downAt(1, 1, { row: r1 });
      w.downAt(1, 2, { row: r2 });
    });
    expect(at(cells, "B2")).toMatchObject({ formula: 'IF({inputs}!$B$2<>"OK",NA(),B1*{inputs}!$B$1)' });
    expect(at(cells, "C2")).toMatchObject({ copiedFrom: "B2", cached: 120 });
  });

  test("printed in full where the copy's expression changed after it was made", () => {
    const [m1, m2] = [1, 2].map(moved);
    const r1 = calcRow("test.r", "R", fx`${m1}*${n}`);
    const r2 = copier(r1, new Map([[m1, m2]]), 2);
    (r2 as { expr?: Expr }).expr = fx`${m2}*${n}+1`;
    const cells = copies((w) => {
      w.downAt(0, 1, { row: m1 });
      w.downAt(0, 2, { row: m2 });
      w.downAt(1, 1, { row: r1 });
      w.downAt(1, 2, { row: r2 });
    });
    expect(at(cells, "C2")).toMatchObject({ formula: "C1*{inputs}!$B$1+1", cached: 121 });
  });
});
