/**
 * Pink cells the chosen price base does not use show greyed out (a conditional format of the
 * definition), and they are truly unused: changing one changes no result. The checks beside the
 * inputs and the input check never disagree about an input that is missing or wrong.
 */
import { ENTER_CELLS, NIGHT_COVER, PUBLISHED_PRICE_BASE } from "../../src/model";
import { INPUT_CHECKS } from "../../src/model/inputCheck";
import * as S from "../../src/model/scheme";
import type { Row } from "../../src/calc";
import { parseCell } from "../../src/layout/a1";
import { EvaluatedTemplate } from "../support/hyperformula";
import { placedTemplate } from "../support/templates";

const t = new EvaluatedTemplate(placedTemplate({ option: "A", overlays: [] }));
const [, baseRef] = t.at("priceBase");
const setBase = (base: string) => t.set("inputs", baseRef, base);

/** The input cells of a sheet greyed out now: each formula rule evaluated in a spare cell of the sheet. */
function greyed(sheetId = "inputs"): Set<string> {
  const sheet = t.placed.sheets.find((s) => s.id === sheetId)!;
  const spare = { sheet: t.hf.getSheetId(sheet.name)!, row: 500, col: 30 };
  const out = new Set<string>();
  for (const cf of sheet.conditionalFormats) {
    const rule = cf.rules[0];
    if (!("formula" in rule)) continue;
    t.hf.setCellContents(spare, [[`=${rule.formula}`]]);
    const on = t.hf.getCellValue(spare);
    expect(typeof on).toBe("boolean");
    const [a, b = a] = cf.range.split(":").map(parseCell);
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) if (on) out.add(`${r}:${c}`);
  }
  t.hf.setCellContents(spare, [[null]]);
  return out;
}
const cellKey = (rowId: string, i = 0) => {
  const { row, col } = parseCell(t.at(rowId, i)[1]);
  return `${row}:${col}`;
};
const keysOf = (rows: readonly { id: string; size: number }[]) =>
  rows.flatMap((r) => Array.from({ length: r.size }, (_, i) => cellKey(r.id, i)));

const FLAT = [S.niRate, S.coverRate, S.superannuationRate, S.training];
const PAY = S.PAY_INPUTS.filter((r) => r !== S.teamLeaderHours);
const SLEEP_IN = [S.sleepInNights, S.sleepInAmount];

afterEach(() => setBase("2026-27"));

test("under the published model the flat on-costs are pink, and the pay rules and every figure to enter are greyed out", () => {
  setBase(PUBLISHED_PRICE_BASE);
  const g = greyed();
  expect(keysOf(FLAT).filter((k) => g.has(k))).toEqual([]);
  expect(keysOf([...PAY, ...ENTER_CELLS.map((c) => c.row)]).filter((k) => !g.has(k))).toEqual([]);
  // The team leader's hours count at every base (the estimates and the blocks add them).
  expect(g.has(cellKey(S.teamLeaderHours.id))).toBe(false);
  expect(g.size).toBe(keysOf([...PAY, ...ENTER_CELLS.map((c) => c.row)]).length);
});

test.each(["2024-25", "2025-26", "2026-27"])(
  "at %s the flat on-costs and the other bases' figures are greyed out, its own pink",
  (base) => {
    setBase(base);
    const g = greyed();
    expect(keysOf(FLAT).filter((k) => !g.has(k))).toEqual([]);
    // Waking nights by default: the sleep-in lines are not used, the night pay is.
    expect(keysOf(SLEEP_IN).filter((k) => !g.has(k))).toEqual([]);
    expect(keysOf(PAY.filter((r) => !SLEEP_IN.includes(r))).filter((k) => g.has(k))).toEqual([]);
    for (const c of ENTER_CELLS)
      expect({ cell: c.row.id, greyed: g.has(cellKey(c.row.id)) }).toEqual({ cell: c.row.id, greyed: c.base !== base });
  },
);

test("with sleep-in nights the sleep-in lines are pink and the waking night pay greyed out", () => {
  t.setRows([["nightCover", 0, NIGHT_COVER[1]]]);
  try {
    const g = greyed();
    expect(keysOf(SLEEP_IN).filter((k) => g.has(k))).toEqual([]);
    expect(g.has(cellKey(S.nightRate.id))).toBe(true);
  } finally {
    t.setRows([["nightCover", 0, NIGHT_COVER[0]]]);
  }
});

test("a scenario's flat on-costs are greyed out at a current base, like the Inputs sheet's, and no other scenario cell", () => {
  const flat = Object.keys(t.placed.rows!).filter((id) => /^scenario[1-5]\.(niRate|coverRate|superannuationRate|training)$/.test(id));
  expect(flat.length).toBe(20);
  const cells = new Set(flat.map((id) => cellKey(id)));
  expect(greyed("scenarios")).toEqual(cells);
  setBase(PUBLISHED_PRICE_BASE);
  expect(greyed("scenarios")).toEqual(new Set());
});

test("the English budget's pink cells are greyed out under the published model, and a figure to enter at another base than its own", () => {
  const english = Object.keys(t.placed.rows!).filter((id) => /^(english|tenantTable)\.[^.]+(\.[^.]+)?$/.test(id) && !id.endsWith(".check"));
  const pinkIds = english.filter((id) => {
    const [sheet, ref] = t.at(id);
    return t.placed.sheets.find((s) => s.id === sheet)!.cells.find((c) => c.ref === ref)?.style === "input";
  });
  expect(pinkIds.length).toBeGreaterThan(10);
  const at26 = greyed("budget");
  setBase(PUBLISHED_PRICE_BASE);
  const at09 = greyed("budget");
  for (const id of pinkIds) {
    expect({ id, at09: at09.has(cellKey(id)) }).toEqual({ id, at09: true });
    // At 2026-27 the tenant's cells are pink, and the figures to enter only in the 2026-27 column.
    expect({ id, at26: at26.has(cellKey(id)) }).toEqual({ id, at26: /^tenantTable\.(2024-25|2025-26)\./.test(id) });
  }
});

const RESULTS = [
  "ECH_TotalStaffCost",
  "ECH_UnitCostPerHour",
  "ECH_CouncilAnnualCost",
  "ECH_ProjectionNPV",
  "ECH_InputCheck",
  "ECH_EnglishWeeklyIncome",
  "ECH_CareContribution",
  "ECH_EnglishBudgetCheck",
];
test.each([PUBLISHED_PRICE_BASE, "2026-27"])("at %s a greyed-out cell changes no result", (base) => {
  setBase(base);
  const before = RESULTS.map((n) => t.named(n));
  let tried = 0;
  for (const sheet of ["inputs", "budget", "scenarios"]) {
    const g = greyed(sheet);
    for (const c of t.placed.sheets.find((s) => s.id === sheet)!.cells) {
      const { row, col } = parseCell(c.ref);
      if (!g.has(`${row}:${col}`)) continue;
      // Another value the cell accepts: the other choice of a list, half a number (1 where it is 0 or empty).
      const other =
        c.validation?.type === "list"
          ? c.validation.list!.find((v) => v !== c.value)!
          : typeof c.value === "number" && c.value > 0
            ? c.value / 2
            : 1;
      t.set(sheet, c.ref, other);
      expect({ cell: `${sheet}!${c.ref}`, results: RESULTS.map((n) => t.named(n)) }).toEqual({
        cell: `${sheet}!${c.ref}`,
        results: before,
      });
      t.set(sheet, c.ref, c.value ?? null);
      tried++;
    }
  }
  expect(tried).toBeGreaterThanOrEqual(4);
});

/** The input's own check and the input check, with `v` in the input's `i`-th cell: they agree on a missing or wrong input. */
function agree(row: Row, check: Row, i: number, v: string | number | null): void {
  const [, ref] = t.at(row.id, i);
  const was = t.value("inputs", ref);
  t.set("inputs", ref, v);
  const own = t.row(check.id)[i];
  const all = t.named("ECH_InputCheck")[0];
  // A pay rate below the National Living Wage is a warning beside it; the costs stand.
  if (own !== "OK" && !/below the National Living Wage/.test(String(own)))
    expect({ input: row.id, v, own, all }).toEqual({ input: row.id, v, own, all: expect.not.stringMatching(/^OK$/) });
  // The input check asks for a missing figure of the table only when that cell's own check does.
  if (ENTER_CELLS.some((c) => c.row === row) && all !== "OK" && String(all).startsWith("Enter "))
    expect({ input: row.id, own }).toEqual({ input: row.id, own: all });
  t.set("inputs", ref, was as never);
}

test("the input check never says OK while an input's own check says it is missing or wrong", () => {
  for (const [row, check] of INPUT_CHECKS) for (let i = 0; i < row.size; i++) agree(row, check, i, "x");
});

test.each([PUBLISHED_PRICE_BASE, "2024-25", "2025-26", "2026-27"])(
  "at %s an empty figure of the table: its check and the input check agree",
  (base) => {
    setBase(base);
    for (const c of ENTER_CELLS) agree(c.row, INPUT_CHECKS.get(c.row)!, 0, null);
  },
);
