/**
 * The input catalogue: each input row that the user sets declares where the inputs hold its values
 * (`input.key`, a path such as "onCosts.ni"). Reading and writing by that key is written once, here,
 * so the pink cells, the model, the solver and the scenarios cannot map an input differently.
 */
import type { Row, Value } from "./expr";

type Tree = Readonly<Record<string, unknown>>;

// Split once a row: the model reads inputs by key on every scheme it costs.
const PATHS = new WeakMap<Row, readonly string[]>();

/** The row's key, split; an error names the row when it has none (a row the user does not set). */
function pathOf(row: Row): readonly string[] {
  let path = PATHS.get(row);
  if (!path) {
    const key = row.input?.key;
    if (!key) throw new Error(`Input row ${row.id} has no key in the inputs.`);
    PATHS.set(row, (path = key.split(".")));
  }
  return path;
}

function lookUp(tree: unknown, path: readonly string[]): unknown {
  let at = tree;
  for (const part of path) {
    if (at === undefined || at === null) return undefined;
    at = (at as Tree)[part];
  }
  return at;
}

/**
 * The row's cells as the inputs give them; a value they leave out (an optional group such as `pay`)
 * is read from `defaults`, while null (a blank cell) is kept. A list is the row's cells; a single
 * value is one cell.
 */
export function cellsOf(inputs: object, defaults: object, row: Row): readonly Value[] {
  const path = pathOf(row);
  const own = lookUp(inputs, path);
  const value = own === undefined ? lookUp(defaults, path) : own;
  return Array.isArray(value) ? (value as Value[]) : [(value ?? null) as Value];
}

function setIn(tree: unknown, fallback: unknown, path: readonly string[], value: unknown): Tree {
  const base = (tree ?? fallback ?? {}) as Tree;
  const [head, ...rest] = path;
  if (rest.length === 0) return { ...base, [head]: value };
  return { ...base, [head]: setIn(base[head], lookUp(fallback, [head]), rest, value) };
}

/**
 * The inputs with the row's cells set to `cells` (a single value for a row of one cell), every
 * other value kept; a group the inputs leave out is filled from `defaults` first.
 */
export function withCells<T extends object>(inputs: T, defaults: object, row: Row, cells: readonly Value[]): T {
  const value = row.size === 1 ? cells[0] : [...cells];
  return setIn(inputs, defaults, pathOf(row), value) as T;
}

/** Values of these rows' cells, for filling the pink cells or running a program. */
export function valuesOf(inputs: object, defaults: object, rows: readonly Row[]): Map<Row, readonly Value[]> {
  return new Map(rows.map((row) => [row, cellsOf(inputs, defaults, row)]));
}

const NAME = /^[A-Za-z_$][\w$]*$/;

/** How generated code reads a key: `inputs.onCosts?.ni`, undefined when a group on the way is left out. */
function access(from: string, path: readonly string[]): string {
  return (
    from + path.map((part, k) => (NAME.test(part) ? `${k ? "?." : "."}${part}` : `${k ? "?." : ""}[${JSON.stringify(part)}]`)).join("")
  );
}

/**
 * cellsOf written out as code for a hot path: a TypeScript function `name(inputs, defaults)` of
 * values of `type`, returning the rows' cells one after another, read by the rows' keys with no
 * loop and no split keys. As cellsOf: a value the inputs leave out is read from `defaults`, null is
 * kept; a row of several cells reads the list's cells by position, a row of one cell the value.
 */
export function emitCellsReader(name: string, rows: readonly Row[], type: string): string {
  const lines: string[] = [];
  const cells: string[] = [];
  rows.forEach((row, k) => {
    const path = pathOf(row);
    const own = access("inputs", path);
    lines.push(`  const r${k} = ${own} === undefined ? ${access("defaults", path)} : ${own};`);
    if (row.size === 1) cells.push(`r${k} ?? null`);
    else for (let j = 0; j < row.size; j++) cells.push(`r${k}[${j}]`);
  });
  return [`export function ${name}(inputs: ${type}, defaults: ${type}): Value[] {`, ...lines, `  return [${cells.join(", ")}];`, "}"].join(
    "\n",
  );
}
