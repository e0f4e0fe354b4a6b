/**
 * Every generated workbook says which template version made it: a cell holding TEMPLATE_VERSION,
 * named ECH_TemplateVersion, so the workbook operations can refuse a layout they do not know
 * instead of guessing. Raise TEMPLATE_VERSION whenever a change to the templates changes what the
 * operations read (names, where they point, what the cells hold).
 */
import { constRow } from "../calc/rows";
import type { SheetLayout } from "../layout/layout";

/** 1: templates made before the version was recorded (no ECH_TemplateVersion). */
export const TEMPLATE_VERSION = 2;
export const VERSION_NAME = "ECH_TemplateVersion";
/** The name the pane compares options by: the version goes on its sheet, so each template's version is found by sheet. */
export const VERSION_ANCHOR_NAME = "ECH_CouncilAnnualCost";

/**
 * The version row: a fixed number, named, on the option sheet (found by sheet, as the pane compares
 * options). Its format shows nothing: the version is for the add-in, not the reader (the document
 * properties carry it too).
 */
export const templateVersion = constRow("templateVersion", "Template version", [TEMPLATE_VERSION], { format: ";;;", name: VERSION_NAME });

/** Puts the version's cell below everything else on the option sheet, unlabelled and not shown. */
export function versionLine(layout: SheetLayout): void {
  layout.gap();
  layout.line([{ row: templateVersion, style: "note" }]);
}
