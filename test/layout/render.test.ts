/**
 * A sheet rendered for one workbook is kept for another only where it comes out the same: its
 * formulas read rows placed alike and, where the workbooks re-point its rows otherwise, the figures
 * it reads come out the same. Each case renders a second workbook with the first's cache and alone.
 */
import { calcRow, fx, inputRow, type Row } from "../../src/calc";
import { SheetLayout } from "../../src/layout/layout";
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
