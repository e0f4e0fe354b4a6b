import { type CellDef, type PlacedTemplate, type Validation } from "../../src/templates";
import { CHOICES } from "../support/choices";
import { EvaluatedTemplate, rangeCells } from "../support/hyperformula";
import { deep } from "../support/runs";
import { placedTemplate } from "../support/templates";

/**
 * Promise 4: workbooks stay sound. Data validation accepts each default and rejects values out of
 * range, and editing any pink input to another value its validation accepts recalculates with no
 * error cell — except where inputs contradict each other (floating hours above the day hours, a
 * target below the minimum block): then a check cell says what to fix and the figures that depend
 * on it show #N/A, never a wrong number or another error.
 */

/** Excel's reading of a validation rule (blank cells pass only where the rule allows them). */
function accepts(v: Validation, value: unknown): boolean {
  if (value === null || value === undefined || value === "") return v.allowBlank === true || v.type === "textLength";
  switch (v.type) {
    case "decimal":
    case "whole":
      return (
        typeof value === "number" &&
        (v.type === "decimal" || Number.isInteger(value)) &&
        (v.min === undefined || value >= v.min) &&
        (v.max === undefined || value <= v.max)
      );
    case "list":
      return typeof value === "string" && (v.list ?? []).includes(value);
    case "textLength":
      return typeof value === "string" && value.length <= (v.max ?? Infinity);
  }
}

/** Values just outside the rule, which Excel's validation must refuse. */
function outOfRange(v: Validation): unknown[] {
  switch (v.type) {
    case "decimal":
      return [v.min !== undefined ? v.min - 0.001 : undefined, v.max !== undefined ? v.max + 0.001 : undefined, "text"].filter(
        (x) => x !== undefined,
      );
    case "whole":
      return [v.min !== undefined ? v.min - 1 : undefined, v.max !== undefined ? v.max + 1 : undefined, (v.min ?? 0) + 0.5].filter(
        (x) => x !== undefined,
      );
    case "list":
      return ["not one of them"];
    case "textLength":
      return ["x".repeat((v.max ?? 255) + 1)];
  }
}

/** Other valid values an officer might type. */
function otherValid(v: Validation, current: unknown): unknown[] {
  switch (v.type) {
    case "decimal":
    case "whole": {
      const lo = v.min ?? 0;
      const hi = v.max ?? Math.max(lo + 1000, typeof current === "number" ? current * 2 : 0);
      const mid = v.type === "whole" ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
      // The ends of the range find what the middle would; test:deep tries the middle too.
      return [lo, ...(deep ? [mid] : []), hi, ...(v.allowBlank ? [null] : [])];
    }
    case "list":
      return [...(v.list ?? [])];
    case "textLength":
      // Within the cell's length limit (a scenario's name takes 20 characters).
      return ["", "Edited by the commissioner".slice(0, v.max ?? Infinity)];
  }
}

/** Band shares must add up to 100% together, so they are edited as a group. */
const GROUPS = ["ECH_BandShares"];

function inputs(placed: PlacedTemplate): { sheet: string; cell: CellDef }[] {
  const grouped = new Set(
    placed.names.filter((n) => GROUPS.includes(n.name)).flatMap((n) => rangeCells(n.range).map((r) => `${n.sheet}!${r}`)),
  );
  return placed.sheets.flatMap((s) =>
    s.cells.filter((c) => c.validation && !grouped.has(`${s.id}!${c.ref}`)).map((cell) => ({ sheet: s.id, cell })),
  );
}

/**
 * A pink cell's identity across templates: its row and its place in the row's range; for a cell of
 * no row (a scenario's or a sensitivity move's), its sheet, address and prompt.
 */
function identities(placed: PlacedTemplate): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, at] of Object.entries(placed.rows ?? {}))
    rangeCells(at.range).forEach((ref, i) => out.set(`${at.sheet}!${ref}`, `${id}#${i}`));
  for (const { sheet, cell } of inputs(placed)) {
    const at = `${sheet}!${cell.ref}`;
    if (!out.has(at)) out.set(at, `${at}:${cell.validation!.prompt}`);
  }
  return out;
}

const TESTED = CHOICES.filter((c) => c.overlays.length === 2 || (deep && c.overlays.length === 0));

/**
 * Which template edits each pink cell. An input every tested template holds is edited in one of
 * them, in turn (its formulas are the same rows in each); an input of some templates only, in each
 * of those. test:deep edits every input in every template.
 */
function editedHere(): Map<string, Set<string>> {
  const ids = TESTED.map((c) => identities(placedTemplate(c)));
  const seen = new Map<string, number>();
  for (const m of ids) for (const id of new Set(m.values())) seen.set(id, (seen.get(id) ?? 0) + 1);
  const everywhere = [...seen].filter(([, n]) => n === TESTED.length).map(([id]) => id);
  const owner = new Map(everywhere.map((id, i) => [id, i % TESTED.length]));
  return new Map(
    TESTED.map((c, t) => [
      placedTemplate(c).id,
      new Set([...ids[t]].filter(([, id]) => deep || (owner.get(id) ?? t) === t).map(([cell]) => cell)),
    ]),
  );
}

/** Error cells, unless a check cell explains them and they are all the deliberate #N/A. */
function unexplainedErrors(wb: EvaluatedTemplate, placed: PlacedTemplate): string[] {
  const errors = wb.errors();
  if (errors.length === 0) return [];
  const checks = placed.sheets.flatMap((s) => s.cells.filter((c) => c.style === "check").map((c) => wb.value(s.id, c.ref)));
  const explained = checks.some((v) => typeof v === "string" && v !== "OK" && v.length > 10);
  return explained ? errors.filter((e) => !e.endsWith("#N/A")) : errors;
}

const EDITED = editedHere();

// Each option with both overlays holds every pink cell of its smaller templates; test:deep adds the bare ones.
describe.each(TESTED)("option $option with $overlays", (choice) => {
  const placed = placedTemplate(choice);
  const wb = new EvaluatedTemplate(placed);
  const here = EDITED.get(placed.id)!;
  const cells = inputs(placed).filter(({ sheet, cell }) => here.has(`${sheet}!${cell.ref}`));
  if (process.env.ECH_COUNTS) console.log(placed.id, cells.length);

  test("every pink cell has a validation that accepts its default and refuses values out of range", () => {
    const pink = placed.sheets.flatMap((s) => s.cells.filter((c) => c.style === "input"));
    expect(pink.length).toBeGreaterThan(20);
    for (const c of pink) {
      expect(c.validation).toBeDefined();
      expect(c.validation!.prompt.length).toBeGreaterThan(5);
      expect(c.validation!.error.length).toBeGreaterThan(5);
      expect(accepts(c.validation!, c.value)).toBe(true);
      for (const bad of outOfRange(c.validation!)) expect([c.ref, bad, accepts(c.validation!, bad)]).toEqual([c.ref, bad, false]);
    }
  });

  test("editing any input to another valid value recalculates without an error cell", () => {
    expect(wb.errors()).toEqual([]);
    // The previous input goes back to its default in the same recalculation as the next edit.
    let restore: [string, string, never][] = [];
    for (const { sheet, cell } of cells) {
      for (const value of otherValid(cell.validation!, cell.value)) {
        expect(accepts(cell.validation!, value)).toBe(true);
        wb.setMany([...restore, [sheet, cell.ref, value as never]]);
        restore = [];
        const errors = unexplainedErrors(wb, placed);
        if (errors.length) throw new Error(`${sheet}!${cell.ref} = ${JSON.stringify(value)} gives ${errors.join(", ")}`);
      }
      restore = [[sheet, cell.ref, (cell.value ?? null) as never]];
    }
    wb.setMany(restore);
    expect(wb.errors()).toEqual([]);
    // The errors followed edit by edit are those a fresh read of every sheet finds.
    expect(wb.errors().sort()).toEqual([...wb.scanErrors().values()].sort());
  });

  test("the band mix edited as a group", () => {
    const shares = placed.names.find((n) => n.name === "ECH_BandShares")!;
    const refs = rangeCells(shares.range);
    for (const mix of [
      [1, 0, 0],
      [0, 0, 1],
      [0.2, 0.3, 0.5],
      [1 / 3, 1 / 3, 1 / 3],
    ]) {
      wb.setMany(refs.map((r, i) => [shares.sheet, r, mix[i]]));
      expect(unexplainedErrors(wb, placed)).toEqual([]);
    }
    // Shares that do not add up are flagged, and the outputs refuse to show a number.
    wb.setMany(refs.map((r, i) => [shares.sheet, r, [0.5, 0.5, 0.5][i]]));
    expect(wb.named("ECH_InputCheck")[0]).toMatch(/100%/);
    expect(wb.named("ECH_TotalStaffCost")[0]).toEqual({ error: "#N/A" });
  });
});
