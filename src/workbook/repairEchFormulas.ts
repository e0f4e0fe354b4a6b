import { usesEchFunction } from "../writers/officejs/formulaText";
import { counter, editSheets, scanWorkbook, type ScannedCell } from "./workbookScan";

export interface RepairReport {
  repaired: number;
  cells: { sheet: string; address: string; formula: string }[];
  /** Sheets unprotected and protected again to repair them. */
  reprotected: string[];
  syncs: number;
}

/**
 * A workbook opened before the add-in was installed can keep showing #NAME? in ECH cells; entering
 * the same formula again makes Excel look the function up and calculate it. Only cells that show
 * #NAME? and call an ECH function are touched.
 */
export async function repairEchFormulas(context: Excel.RequestContext): Promise<RepairReport> {
  const c = counter(context);
  const scans = await scanWorkbook(context, c.sync, "Repair ECH formulas");
  const broken = (cell: ScannedCell) => cell.value === "#NAME?" && usesEchFunction(cell.formula);
  const plans = scans.map((sheet) => ({ sheet, cells: sheet.formulaCells.filter(broken) })).filter((p) => p.cells.length > 0);
  await editSheets(
    context,
    plans.map((p) => ({
      sheet: p.sheet,
      apply: (ws) => {
        for (const cell of p.cells) ws.getRange(cell.address).formulas = [[cell.formula]];
      },
    })),
    c.sync,
    "Repair ECH formulas",
  );
  const cells = plans.flatMap((p) => p.cells.map(({ sheet, address, formula }) => ({ sheet, address, formula })));
  return {
    repaired: cells.length,
    cells,
    reprotected: plans.filter((p) => p.sheet.protected).map((p) => p.sheet.name),
    syncs: c.count,
  };
}
