/**
 * Every generated workbook says which template version made it: a cell holding TEMPLATE_VERSION,
 * named ECH_TemplateVersion, so the workbook operations can refuse a layout they do not know
 * instead of guessing. Raise TEMPLATE_VERSION whenever a change to the templates changes what the
 * operations read (names, where they point, what the cells hold).
 */
import { parseCell } from "./a1";
import type { CellDef, TemplateDef } from "./types";

/** 1: templates made before the version was recorded (no ECH_TemplateVersion). */
export const TEMPLATE_VERSION = 2;
export const VERSION_NAME = "ECH_TemplateVersion";
/** The name the pane compares options by: the version goes on its sheet, so each template's version is found by sheet. */
export const VERSION_ANCHOR_NAME = "ECH_CouncilAnnualCost";

/**
 * Adds "Template version" and the number two rows below the last row of the sheet that holds
 * ECH_CouncilAnnualCost (the option sheet; the last sheet when there is none), and names it.
 */
export function withTemplateVersion(def: TemplateDef): TemplateDef {
  const anchor = def.names.find((n) => n.name === VERSION_ANCHOR_NAME)?.sheet ?? def.sheets[def.sheets.length - 1]?.id;
  const sheet = def.sheets.find((s) => s.id === anchor);
  if (!sheet) return def;
  const last = Math.max(0, ...sheet.cells.map((c) => parseCell(c.ref).row + 1));
  const row = last + 2;
  const cells: CellDef[] = [
    ...sheet.cells,
    { ref: `A${row}`, value: "Template version", style: "note" },
    { ref: `B${row}`, value: TEMPLATE_VERSION, format: "0", style: "note" },
  ];
  return {
    ...def,
    sheets: def.sheets.map((s) => (s === sheet ? { ...s, cells } : s)),
    names: [...def.names, { name: VERSION_NAME, sheet: sheet.id, range: `$B$${row}`, comment: "Version of the ECH Cost Model template that made these sheets" }],
  };
}
