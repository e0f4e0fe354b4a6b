import { HyperFormula, type RawCellContent } from "hyperformula";
import { computeScheme, type SchemeInputs } from "../src/model";
import { PUBLISHED_TEMPLATE_INPUTS, buildTemplate, resolveFormula, type TemplateDef } from "../src/templates";
import { parseRef, rangeCells, sheetGrid } from "../test/support/hyperformula";
import { timeMs } from "./measure";

/**
 * Every sheet of the template: the native formulas a provider's spreadsheet runs. (The Staffing
 * sheet reads each input's value in use on the Scenarios sheet, which reads the rest.)
 */
function grids(def: TemplateDef, index: number): Record<string, RawCellContent[][]> {
  const names = new Map(def.sheets.map((s) => [s.id, `${s.id}_${index}`] as [string, string]));
  return Object.fromEntries(def.sheets.map((s) => [names.get(s.id)!, sheetGrid(s.cells, (f) => resolveFormula(f, names))]));
}

function cellOf(def: TemplateDef, name: string, index: number) {
  const n = def.names.find((x) => x.name === name)!;
  return { sheetName: `${n.sheet}_${index}`, ...parseRef(rangeCells(n.range)[0]) };
}

export interface EngineResult {
  schemes: number;
  /** The first of `schemes` laid out in the engine, whole templates. */
  engineSchemes: number;
  modelMs: number;
  engineBuildMs: number;
  engineRecalcMs: number;
  ratio: number;
  checked: number;
}

/** Schemes per HyperFormula instance: its build time grows faster than linearly with sheet count. */
const CHUNK = 25;

/**
 * The pure model against HyperFormula on the same portfolio. The engine holds one Inputs and one
 * Staffing sheet per scheme, in instances of CHUNK schemes; its time is a full recalculation after
 * every scheme's tenants change, summed over the instances.
 */
export function modelVsEngine(schemes: readonly SchemeInputs[], engineSchemes = schemes.length): EngineResult {
  const modelMs = timeMs(() => {
    for (const s of schemes) computeScheme(s);
  });
  let engineBuildMs = 0;
  let engineRecalcMs = 0;
  let checked = 0;
  for (let start = 0; start < engineSchemes; start += CHUNK) {
    const part = schemes.slice(start, Math.min(start + CHUNK, engineSchemes));
    const r = engineChunk(part);
    engineBuildMs += r.buildMs;
    engineRecalcMs += r.recalcMs;
    checked += r.checked;
  }
  // Per scheme: the engine's recalculation of one scheme against the model's.
  const ratio = engineRecalcMs / engineSchemes / (modelMs / schemes.length);
  return { schemes: schemes.length, engineSchemes, modelMs, engineBuildMs, engineRecalcMs, ratio, checked };
}

function engineChunk(schemes: readonly SchemeInputs[]): { buildMs: number; recalcMs: number; checked: number } {
  // The portfolio's schemes are the published model's (no price base): so are their templates.
  const defs = schemes.map((s) => buildTemplate({ option: "A", overlays: [] }, { ...PUBLISHED_TEMPLATE_INPUTS, ...s }));
  const sheets = Object.assign({}, ...defs.map((d, i) => grids(d, i)));
  const t0 = process.hrtime.bigint();
  // No undo history: a recalculation benchmark, not an editing session.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", undoLimit: 0 });
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const at = (def: TemplateDef, name: string, i: number) => {
    const c = cellOf(def, name, i);
    return { sheet: hf.getSheetId(c.sheetName)!, row: c.row, col: c.col };
  };
  const tenantCells = defs.map((d, i) => at(d, "ECH_Tenants", i));
  let bump = 0;
  const recalcMs = timeMs(
    () => {
      bump = bump === 0 ? 1 : 0;
      hf.batch(() => tenantCells.forEach((a, i) => hf.setCellContents(a, [[schemes[i].tenants + bump]])));
    },
    3,
    1,
  );
  // Back on the portfolio's own inputs, prove both sides computed the same thing.
  hf.batch(() => tenantCells.forEach((a, i) => hf.setCellContents(a, [[schemes[i].tenants]])));
  let checked = 0;
  for (let i = 0; i < schemes.length; i += 5) {
    const engine = hf.getCellValue(at(defs[i], "ECH_TotalStaffCost", i));
    const model = computeScheme(schemes[i]).staff.total;
    if (typeof engine !== "number" || Math.abs(engine - model) > 0.005) {
      throw new Error(`Scheme ${i}: engine ${String(engine)} vs model ${model}`);
    }
    checked++;
  }
  hf.destroy();
  return { buildMs, recalcMs, checked };
}
