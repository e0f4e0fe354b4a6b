/**
 * A formula copied across a sheet is written once: a copy's cells name the cell whose formula they
 * copy, only where the copy reads the same in R1C1 (each case below is one way it could not).
 */
import { calcRow, fx, inputRow, rowCopier, type Expr, type Row } from "../../src/calc";
import type { CellDef } from "../../src/layout/cells";
import { SheetLayout } from "../../src/layout/layout";
import { withFormulas } from "../../src/layout/r1c1";
import { renderLayouts, type Repoint } from "../../src/layout/render";

const n = inputRow("test.n", "Tenants", 10, { rule: { kind: "number", min: 0 }, prompt: "a number", source: "own" });
const opts = { columns: [20, 10], orientation: "portrait" as const };

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

  test.each([
    { why: "shared where", both: true, shared: true },
    { why: "printed in full unless", both: false, shared: false },
  ])("$why both moved inputs are another sheet's rows read by the column relative to the reader's", ({ both, shared }) => {
    const [m1, m2] = [1, 2].map(moved);
    const r1 = calcRow("test.r", "R", fx`${m1}*${n}+SUM(${m1})`);
    const r2 = copier(r1, new Map([[m1, m2]]), 2);
    const cells = copies((w, inputs) => {
      inputs.lineAt(3, [null, { row: m1, acrossColumns: true }, { row: m2, acrossColumns: both }]);
      w.downAt(1, 1, { row: r1 });
      w.downAt(1, 2, { row: r2 });
    });
    expect(at(cells, "B2")).toMatchObject({ formula: "{inputs}!B$4*{inputs}!$B$1+SUM({inputs}!B$4)" });
    if (shared) {
      expect(at(cells, "C2")).toMatchObject({ copiedFrom: "B2", cached: 132 });
      expect(at(withFormulas(cells), "C2")!.formula).toBe("{inputs}!C$4*{inputs}!$B$1+SUM({inputs}!C$4)");
    } else expect(at(cells, "C2")).toMatchObject({ formula: "{inputs}!$C$4*{inputs}!$B$1+SUM({inputs}!$C$4)" });
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
