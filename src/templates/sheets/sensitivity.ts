/**
 * The Sensitivity sheet: each key input moved down and up, the headline results at each, ranked,
 * all live. A move is a copy of every row between the input and the results with the input
 * replaced by its moved value (the same rows the model evaluates, re-pointed), laid out in the
 * workings below the table; rows the input does not reach are read where they are. Only portable
 * functions (IF, MIN, MAX, ROUND, ABS, SUM), no data tables.
 */
import { calcRow, checkRowFor, fx, text, type Expr, type Row } from "../../calc";
import { cone, mirrorCone } from "../../calc/cone";
import { inlineRows } from "../../calc/inline";
import { bandMixWeights, HEADLINES, sensitivityLines, sensitivityRange, type SensitivityInput } from "../../decisions/sensitivity";
import { CURRENT } from "../../model/priceRows";
import { SheetLayout, type Slot } from "../../layout/layout";
import { titleRow } from "../../model/inputCheck";
import type { WorkingsPart } from "./workings";
import type { Prior } from "../../options/sheet";

export const SENSITIVITY_ID = "sensitivity";

const title = titleRow(SENSITIVITY_ID, "Sensitivity");

interface Case {
  /** The line's id (see sensitivityLines). */
  id: string;
  /** Its inputs: one, or one of the published model's and one of a current base's (see sensitivityLines). */
  inputs: SensitivityInput[];
  /** The label and "how it moves": text, or for a pair a formula choosing by the price base. */
  label: Slot;
  how: Slot;
  /** Low and high: each headline's value row, in HEADLINES order. */
  low: Row[];
  high: Row[];
  workings: { rows: Row[] }[];
}

/** Lays out the sheet over the chosen option's projection. */
/** `results`: the headline rows, in HEADLINES order. */
export function sensitivityLayout(results: readonly Row[], prior: readonly Prior[]): [SheetLayout, WorkingsPart] {
  const l = new SheetLayout(SENSITIVITY_ID, "Sensitivity", {
    // Down, up, swing and rank for each result, the net cost down and up only: one A4 page wide at 80%.
    // Unit costs take 8 characters (their swing 7), every other amount up to £9,999,999.
    columns: [28, 22, 8, 8, 7, 4, 10, 10, 10, 4, 10, 10, 10, 10, 10, 4],
    orientation: "landscape",
    freezeRows: 4,
    freezeColumns: 1,
  });
  const rangeCheck = checkRowFor(
    sensitivityRange,
    (base) => fx`IF(${base}<>"OK",${base},IF(${sensitivityRange}=0,"Move each input down and up by: enter a share above 0%.","OK"))`,
  );
  let chain: Expr = fx`${rangeCheck}`;
  for (const p of [...prior].reverse())
    chain = fx`IF(${p.check}<>"OK",${text(`Fix the ${p.sheet} sheet first: its check is not OK.`)},${chain})`;
  const check = calcRow("sensitivity.check", "Check", chain, { check: true, name: "ECH_SensitivityCheck" });
  l.guard = check;

  const moves = new Map<Row, SensitivityInput>();
  const cases: Case[] = sensitivityLines().map(({ id, inputs }) => {
    const byBase = (what: string, pick: (i: SensitivityInput) => string, style: "label" | "note"): Slot => {
      if (inputs.length === 1) return { text: pick(inputs[0]), style };
      const [published, current] = inputs;
      return {
        row: calcRow(`sensitivity.${id}.${what}`, what, fx`IF(${CURRENT},${text(pick(current))},${text(pick(published))})`),
        style,
      };
    };
    type Side = { heads: Row[]; workings: { rows: Row[] }; tag: string; moved: Row[]; memo: Map<Row, Row> };
    const side = (sign: -1 | 1, other?: Side): Side => {
      const tag = `${id}.${sign < 0 ? "low" : "high"}`;
      const moved = inputs.map((input) => {
        const row = calcRow(
          `sensitivity.${inputs.length === 1 ? tag : `${input.id}.${sign < 0 ? "low" : "high"}`}`,
          `${input.label}, moved ${sign < 0 ? "down" : "up"}`,
          input.expr(sign, fx`${sensitivityRange}`),
          {
            size: input.row.size,
            format: input.row.format,
            unit: input.row.unit,
          },
        );
        moves.set(row, input);
        return row;
      });
      let memo: Map<Row, Row>;
      let kept: Row[];
      if (other) {
        // The other side's rows, folded as they were, reading this side's moved inputs: the same shapes fold the same way.
        ({ memo, rows: kept } = mirrorCone(
          { rows: other.workings.rows.slice(other.moved.length), memo: other.memo, tag: other.tag },
          new Map(other.moved.map((r, k) => [r, moved[k]])),
          tag,
        ));
      } else {
        const made: Row[] = [];
        memo = cone(results, new Map(inputs.map((input, k) => [input.row, moved[k]])), tag, made);
        kept = made;
      }
      // The result in the table: the copy the move reaches, or the unmoved row where it does not reach it.
      const heads = results.map((r, h) =>
        calcRow(`sensitivity.${tag}.${HEADLINES[h].id}`, HEADLINES[h].label, fx`${memo.get(r)!}`, { format: r.format, unit: r.unit }),
      );
      return { heads, workings: { rows: [...moved, ...(other ? kept : inlineRows(kept, [], heads))] }, tag, moved, memo };
    };
    const lo = side(-1);
    const hi = side(1, lo);
    return {
      id,
      inputs,
      label: byBase("label", (i) => i.label, "label"),
      how: byBase("how", (i) => i.how, "note"),
      low: lo.heads,
      high: hi.heads,
      workings: [lo.workings, hi.workings],
    };
  });
  // The net cost sits beside the cost, down and up only: it ranks as the cost does unless contributions are
  // capped by it, and the sheet stays light (the pane ranks by it).
  const ranked = (k: number) => HEADLINES[k].id !== "councilNetYear";
  const swings = HEADLINES.map((h, k) =>
    (ranked(k) ? cases : []).map((c) =>
      calcRow(`sensitivity.${c.id}.swing.${h.id}`, "Swing", fx`ABS(${c.high[k]}-${c.low[k]})`, { format: c.low[k].format }),
    ),
  );
  const ranks = HEADLINES.map((h, k) =>
    (ranked(k) ? cases : []).map((c, i) => {
      const others = swings[k].filter((_, j) => j !== i).map((s) => fx`IF(${s}>${swings[k][i]},1,0)`);
      const sum = others.reduce<Expr>((a, b) => fx`${a}+${b}`, fx`1`);
      return calcRow(`sensitivity.${c.id}.rank.${h.id}`, "Rank", sum, { format: "0" });
    }),
  );

  l.line([{ row: title, style: "title" }]);
  l.line([
    {
      text: "Each key input moved down and up with everything else held, and the headline results at each. Every figure is a live formula: change an input anywhere in the workbook and the table follows. Rank 1 moves the result most.",
      style: "subtitle",
    },
  ]);
  l.line([{ text: "Check", style: "total" }, { row: check }]);
  l.line([
    { text: sensitivityRange.label, style: "label" },
    { row: sensitivityRange },
    { text: sensitivityRange.unit!, style: "note" },
    { row: rangeCheck },
  ]);
  l.gap();
  const header: (string | null)[] = ["Input", "How it moves"];
  HEADLINES.forEach((h, k) => header.push(`${h.label}: down`, "up", ...(ranked(k) ? ["Swing", "Rank"] : [])));
  l.line(header.map((h) => ({ text: h ?? "", style: "header" as const })));
  cases.forEach((c, i) => {
    const slots: Slot[] = [c.label, c.how];
    HEADLINES.forEach((_, k) => {
      slots.push({ row: c.low[k] }, { row: c.high[k] });
      if (ranked(k)) slots.push({ row: swings[k][i] }, { row: ranks[k][i] });
    });
    l.line(slots);
  });
  l.line([
    { text: "Results with no input moved", style: "total" },
    null,
    ...HEADLINES.flatMap((h, k) => [
      { text: `${h.label} (${h.unit})`, style: "note" as const },
      { row: baseRows[k](results[k]) },
      ...(ranked(k) ? [null, null] : []),
    ]),
  ]);
  l.line([
    {
      text: "The band mix moves the share of high-needs tenants; the medium band takes up the difference. The council's net cost is its cost less the tenants' contributions, worked out as on the option's sheet. The uplifts move the present value only; with uplifts of 0% they do not move it. Occupancy during fill-up is not moved.",
      style: "note",
    },
  ]);

  l.line([
    {
      text: "How each move is worked out is on the Model workings sheet.",
      style: "note",
    },
  ]);

  const workings: WorkingsPart = {
    // One header line: the input and "down" over the first of its two columns, "up" over the second.
    cases: cases.flatMap((c) =>
      c.workings.map((x, j) => ({ head: [j === 0 ? `${c.inputs.map((i) => i.label).join(" or ")}: down` : "up"], rows: x.rows })),
    ),
    width: 13,
    shared: (r) => {
      const input = moves.get(r);
      if (!input) return undefined;
      // A line shared by two inputs moves both: the one of a current base has its own grid line.
      return input.countsAt === "current"
        ? { key: `movedCurrent#${r.size}`, label: "The input at a current price base, moved" }
        : { key: `moved#${r.size}`, label: "The input, moved" };
    },
    guard: check,
    after: (w) => w.line([{ text: bandMixWeights.label, style: "label" }, { row: bandMixWeights }]),
  };
  return [l, workings];
}

const baseCache = new Map<Row, Row>();
const baseRows = HEADLINES.map((_, k) => k).map((k) => (r: Row) => {
  let b = baseCache.get(r);
  if (!b)
    baseCache.set(r, (b = calcRow(`sensitivity.base.${HEADLINES[k].id}.${r.id}`, HEADLINES[k].label, fx`${r}`, { format: r.format })));
  return b;
});
