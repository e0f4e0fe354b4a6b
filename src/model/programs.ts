/**
 * The model's hot path written out as code (`npm run generate` writes programs.generated.ts; a test
 * fails when it is stale): the published model's whole scheme, compiled from the same rows as the
 * workbooks print, so the arithmetic stays defined once, in the rows. computeScheme runs the code
 * for each of many schemes (a portfolio, a sensitivity) without a closure call per operation.
 *
 * Build time only: nothing the model loads imports this file.
 */
import { Program } from "../calc/graph";
import { emitProgram, generatedModule } from "../calc/emit";
import { emitCellsReader } from "../calc/keys";
import type { Row } from "../calc/expr";
import { PUBLISHED_PRICE_BASE } from "./defaults";
import { priceBaseInput } from "./priceRows";
import * as Scheme from "./scheme";

/**
 * What a run returns, in the order computeScheme reads it: what the functions' own programs return
 * (the hours, their cost, the staff cost), each row once, then the total, unit and per-tenant costs.
 */
export const SCHEME_OUT: readonly Row[] = [
  ...new Set([
    ...Scheme.HOURS_OUT,
    ...Scheme.COST_OUT,
    ...Scheme.STAFF_OUT,
    Scheme.totalCost,
    Scheme.unitCost,
    Scheme.costPerPersonWeek,
    Scheme.costPerPersonYear,
  ]),
];

/** The published model's whole scheme in one run, its price base fixed: the hours, their cost and the staff cost. */
export const SCHEME = new Program(Scheme.SCHEME_INPUTS, SCHEME_OUT, undefined, new Map([[priceBaseInput, [PUBLISHED_PRICE_BASE]]]));

/** Where each row's cells start when the rows' cells are returned one after another, by the row's id. */
function cellsAt(rows: readonly Row[]): Record<string, number> {
  const at: Record<string, number> = {};
  let next = 0;
  for (const row of rows) {
    at[row.id] = next;
    next += row.size;
  }
  return at;
}

/** The generated module's text. */
export function modelProgramsSource(): string {
  // computeScheme checks every given cell is a number first.
  const code = emitProgram("publishedScheme", SCHEME, { flat: true });
  // What publishedScheme is given: the scheme's inputs read by their rows' keys, in SCHEME_INPUTS' order.
  const reader =
    "/** The cells publishedScheme is given, read from the inputs by the rows' keys as cellsOf reads them. */\n" +
    emitCellsReader("publishedSchemeCells", SCHEME.given, "SchemeInputs");
  return generatedModule(
    "src/model/programs.ts",
    `${reader}\n\n${code}`,
    [
      "/** Where each row's cells start in what publishedScheme returns, by the row's id. */\n" +
        `export const publishedSchemeAt = ${JSON.stringify(cellsAt(SCHEME_OUT))} as const;`,
    ],
    ['import type { SchemeInputs } from "./types";'],
  );
}
