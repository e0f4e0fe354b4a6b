/**
 * Replaying the model for copies made by cone(): a copy reads its moved inputs and the other
 * copies of its set, and every other row where it is, so its value is its origin's in a run of the
 * model with those inputs replaced and every row outside the copies held. One program, compiled
 * once over the origins, runs once a set: far cheaper than compiling every copy (the Sensitivity
 * sheet's workings are most of a workbook's formulas).
 */
import { Program } from "./graph";
import { dependencies, type Row, type Value } from "./expr";

/** One set of copies made by cone(): the inputs it replaced (each read from the row it maps to), and each copy's origin. */
export interface Replay {
  readonly inputs: ReadonlyMap<Row, Row>;
  readonly copies: ReadonlyMap<Row, Row>;
}

/** The copies of `cone(…, inputs, …)`'s returned map, each with its origin. */
export function replayOf(inputs: ReadonlyMap<Row, Row>, memo: ReadonlyMap<Row, Row>): Replay {
  const copies = new Map<Row, Row>();
  for (const [origin, copy] of memo) if (copy !== origin && !inputs.has(origin)) copies.set(copy, origin);
  return { inputs, copies };
}

/**
 * Every row a replay needs from the workbook as it stands: the rows its inputs are read from, the
 * inputs themselves when they are not input cells, and every row an origin reads that is not an origin.
 */
export function replayReads(replays: readonly Replay[]): Row[] {
  const origins = new Set(replays.flatMap((r) => [...r.copies.values()]));
  const reads = new Set<Row>();
  for (const r of replays)
    for (const [input, from] of r.inputs) {
      reads.add(from);
      if (input.kind === "calc") reads.add(input);
    }
  for (const o of origins) for (const d of dependencies(o.expr!)) if (!origins.has(d) && d.kind === "calc") reads.add(d);
  return [...reads];
}

/**
 * Each copy's values. `inputs`: the input cells' values; `value`: a row's values in the workbook
 * (every row replayReads gives). Right only where a cell shows its row's value as the model works
 * it out: the caller checks that nothing is held back by a check or re-pointed to another value.
 */
export function replayValues(
  replays: readonly Replay[],
  inputs: ReadonlyMap<Row, readonly Value[]>,
  value: (row: Row) => readonly Value[],
): Map<Row, readonly Value[]> {
  const origins = [...new Set(replays.flatMap((r) => [...r.copies.values()]))];
  const originSet = new Set(origins);
  const moved = [...new Set(replays.flatMap((r) => [...r.inputs.keys()]))];
  const held = new Set<Row>();
  for (const o of origins) for (const d of dependencies(o.expr!)) if (!originSet.has(d) && d.kind === "calc") held.add(d);
  for (const m of moved) held.delete(m);
  const given = [...moved, ...held];
  const fixed = new Map([...inputs].filter(([row]) => !moved.includes(row)));
  const program = new Program(given, origins, undefined, fixed, false);
  const valueOf = (row: Row): readonly Value[] => (row.kind === "calc" ? value(row) : (inputs.get(row) ?? row.values!));
  const out = new Map<Row, readonly Value[]>();
  for (const r of replays) {
    const run = program.run(given.map((row) => valueOf(r.inputs.get(row) ?? row)));
    for (const [copy, origin] of r.copies) out.set(copy, run.row(origin));
  }
  return out;
}
