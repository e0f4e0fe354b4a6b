import { InputError } from "../model/errors";

/**
 * Turns what Excel passes to a custom function (numbers, text, booleans, blanks, errors, ranges)
 * into the numbers the model takes, or an InputError that says what to fix.
 *
 * The functions' own signatures spell these types out (`Filled | Range | null`, `Array<Array<Filled
 * | null>>`): the metadata generator reads a parameter's type from its text and takes a union or an
 * array of unions as Excel's any-value parameter, but rejects a named type.
 */

/** A cell with something in it. */
export type Filled = number | string | boolean | CustomFunctions.Error;
/** A range: rows of cells, null where a cell is blank. */
export type Range = Array<Array<Filled | null>>;
/** What a parameter is given: one cell (null when blank, undefined when omitted), or a range. */
export type CellArg = Filled | Range | null | undefined;
/** One cell: blank is null, an omitted argument undefined. */
type Cell = Filled | null | undefined;

function describe(value: Cell): string {
  if (typeof value === "string") return value.trim() === "" ? "a blank cell" : `text ("${value.slice(0, 20)}")`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined) return "a blank cell";
  if (typeof value === "object") return `an error (${String(value.code)})`;
  if (typeof value === "number") return String(value);
  return "something that is not a number";
}

function isBlank(value: Cell): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A single number. `fallback` makes it optional: omitted or blank takes the default. */
export function num(argument: string, value: CellArg, fallback?: number): number {
  const v = unwrapSingle(argument, value);
  if (isBlank(v)) {
    if (fallback !== undefined) return fallback;
    throw new InputError(argument, "is blank; enter a number.", "type");
  }
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new InputError(argument, `is ${describe(v)}; enter a number.`, "type");
}

/** A single text value from a short list, case-insensitive. */
export function choice<T extends string>(argument: string, value: CellArg, options: readonly T[], fallback: T): T {
  const v = unwrapSingle(argument, value);
  if (isBlank(v)) return fallback;
  const found = typeof v === "string" ? options.find((o) => o.toLowerCase() === v.trim().toLowerCase()) : undefined;
  if (found) return found;
  throw new InputError(argument, `is ${describe(v)}; use ${options.map((o) => `"${o}"`).join(" or ")}.`, "type");
}

function grid(value: CellArg): Cell[][] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((row) => Array.isArray(row))) return value;
    // A flat list of cells (not what Excel passes, but what a caller may): one row.
    return [value as unknown as Cell[]];
  }
  return [[value]];
}

function unwrapSingle(argument: string, value: CellArg): Cell {
  if (!Array.isArray(value)) return value;
  const g = grid(value);
  if (g.length === 1 && g[0].length === 1) return g[0][0];
  throw new InputError(argument, `must be a single cell (got a ${shape(g)} range).`, "type");
}

function shape(g: Cell[][]): string {
  return `${g.length}×${g[0]?.length ?? 0}`;
}

/**
 * A range of cells in one row or one column, read as numbers. `sizes` lists the cell counts allowed;
 * an empty list allows any length of at least one cell.
 */
export function vector(argument: string, value: CellArg, sizes: readonly number[] = []): number[] {
  const g = grid(value);
  const rows = g.length;
  const cols = g[0]?.length ?? 0;
  if (rows === 0 || cols === 0 || g.some((r) => r.length !== cols) || (rows > 1 && cols > 1)) {
    throw new InputError(argument, `must be cells in a single row or column (got a ${shape(g)} range).`, "type");
  }
  const count = rows === 1 ? cols : rows;
  if (sizes.length > 0 && !sizes.includes(count)) {
    const want = sizes.map(String).join(" or ");
    throw new InputError(argument, `must be ${want} cells in a row or column (got ${count}).`, "type");
  }
  // Plain loops: every ECH function reads its ranges here on each recalculation.
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const c = rows === 1 ? g[0][i] : g[i][0];
    if (typeof c === "number" && Number.isFinite(c)) out.push(c);
    else if (isBlank(c)) throw new InputError(argument, `cell ${i + 1} of ${count} is blank; enter a number.`, "type");
    else throw new InputError(argument, `cell ${i + 1} of ${count} is ${describe(c)}; enter a number.`, "type");
  }
  return out;
}

/** A range whose cells may run down or across, Low, Medium, High. */
export function bands(argument: string, value: CellArg): [number, number, number] {
  const v = vector(argument, value, [3]);
  return [v[0], v[1], v[2]];
}

/** A numeric argument that may be omitted, with its default. */
export function optionalVector(argument: string, value: CellArg, sizes: readonly number[]): number[] | undefined {
  if (value === undefined || value === null) return undefined;
  const g = grid(value);
  if (g.length === 1 && g[0].length === 1 && isBlank(g[0][0])) return undefined;
  return vector(argument, value, sizes);
}

/** A single number that may be omitted or blank (undefined then). */
export function optionalNum(argument: string, value: CellArg): number | undefined {
  const v = unwrapSingle(argument, value);
  return isBlank(v) ? undefined : num(argument, v);
}

/** A single text value (e.g. a price base), trimmed; a number is read as its text. */
export function text(argument: string, value: CellArg): string {
  const v = unwrapSingle(argument, value);
  if (isBlank(v)) throw new InputError(argument, 'is blank; enter it as text, for example "2026-27".', "type");
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  throw new InputError(argument, `is ${describe(v)}; enter it as text, for example "2026-27".`, "type");
}

/**
 * Cells in one row or column where the cells at `blankable` (0-based) may be blank (null);
 * undefined when the whole argument is omitted.
 */
export function cells(
  argument: string,
  value: CellArg,
  sizes: readonly number[],
  blankable: readonly number[],
): (number | null)[] | undefined {
  if (value === undefined || value === null) return undefined;
  const g = grid(value);
  if (g.length === 1 && g[0].length === 1 && isBlank(g[0][0])) return undefined;
  const rows = g.length;
  const cols = g[0]?.length ?? 0;
  if (rows === 0 || cols === 0 || g.some((r) => r.length !== cols) || (rows > 1 && cols > 1)) {
    throw new InputError(argument, `must be cells in a single row or column (got a ${shape(g)} range).`, "type");
  }
  const list = rows === 1 ? g[0] : g.map((r) => r[0]);
  if (!sizes.includes(list.length)) {
    throw new InputError(argument, `must be ${sizes.join(" or ")} cells in a row or column (got ${list.length}).`, "type");
  }
  return list.map((c, i) => {
    if (isBlank(c)) {
      if (blankable.includes(i)) return null;
      throw new InputError(argument, `cell ${i + 1} of ${list.length} is blank; enter a number.`, "type");
    }
    if (typeof c === "number" && Number.isFinite(c)) return c;
    throw new InputError(argument, `cell ${i + 1} of ${list.length} is ${describe(c)}; enter a number.`, "type");
  });
}
