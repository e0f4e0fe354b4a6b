import { parseAddress, rectAddress, type Rect } from "../templates/a1";
import { isApiSupported } from "../writers/officejs/errors";
import { hasExternalLink, literalEntry, nativeEquivalent, usesEchFunction } from "../writers/officejs/formulaText";
import { counter, editSheets, scanWorkbook, type SheetScan } from "./workbookScan";

export type SharingReason = "custom-function" | "external-link";

export type Replacement =
  /** A native Excel formula that computes the same (see formulaText.nativeEquivalent). */
  | { kind: "native"; formula: string }
  /** The values the cell (and its spill, if any) shows now. */
  | { kind: "values"; values: unknown[][] }
  /** Left alone: replacing an error by itself would hide that the cell is broken. */
  | { kind: "skipped"; reason: string };

export interface SharingFinding {
  sheet: string;
  /** The formula's cell, e.g. "B5". */
  address: string;
  /** The cells the replacement covers: the cell, or the cell and its spill, e.g. "B5:D5". */
  range: string;
  formula: string;
  reasons: SharingReason[];
  replacement: Replacement;
}

export interface SharingReport {
  /** Everything that would break without the add-in or the linked workbooks. */
  findings: SharingFinding[];
  /** What was changed (only with replace: true): exactly the findings not skipped. */
  changes: SharingFinding[];
  syncs: number;
}

export interface SharingOptions {
  /** Replace what was found; without it the workbook is only read. */
  replace?: boolean;
}

const ERROR_VALUE = /^#(NAME\?|VALUE!|REF!|DIV\/0!|N\/A|NUM!|NULL!|SPILL!|CALC!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|FIELD!|GETTING_DATA)/;

/**
 * Finds formulas that would not work for a provider without the add-in (ECH.* functions) or
 * without the linked workbooks (external references), and with replace: true replaces each by a
 * native formula where one is equivalent, or else by the values it shows. Nothing else changes.
 */
export async function prepareForSharing(context: Excel.RequestContext, options: SharingOptions = {}): Promise<SharingReport> {
  const c = counter(context);
  const scans = await scanWorkbook(context, c.sync, "Prepare for sharing");
  const found = scans.flatMap((sheet) =>
    sheet.formulaCells
      .map((cell) => ({ sheet, cell, reasons: reasonsOf(cell.formula) }))
      .filter((f) => f.reasons.length > 0),
  );

  // A dynamic-array result occupies more than its cell; its values must all be kept.
  const spills = new Map<(typeof found)[number], Excel.Range>();
  if (isApiSupported("1.12") && found.length > 0) {
    const sheets = context.workbook.worksheets;
    for (const f of found) spills.set(f, sheets.getItem(f.sheet.name).getRange(f.cell.address).getSpillingToRangeOrNullObject().load("address"));
    await c.sync();
  }

  const findings: SharingFinding[] = [];
  const covered: { sheet: string; rect: Rect }[] = [];
  for (const f of found) {
    const spill = spills.get(f);
    const rect = spill && !spill.isNullObject ? parseAddress(spill.address).rect : cellRect(f.cell);
    if (covered.some((k) => k.sheet === f.sheet.name && inside(f.cell, k.rect))) continue;
    covered.push({ sheet: f.sheet.name, rect });
    findings.push({
      sheet: f.sheet.name,
      address: f.cell.address,
      range: rectAddress(rect),
      formula: f.cell.formula,
      reasons: f.reasons,
      replacement: replacementFor(f.cell.formula, rect, f.sheet),
    });
  }

  if (!options.replace) return { findings, changes: [], syncs: c.count };

  const changes = findings.filter((f) => f.replacement.kind !== "skipped");
  await editSheets(
    context,
    scans
      .filter((s) => changes.some((f) => f.sheet === s.name))
      .map((sheet) => ({
        sheet,
        apply: (ws) => {
          for (const f of changes.filter((x) => x.sheet === sheet.name)) {
            const r = f.replacement;
            ws.getRange(f.range).formulas = r.kind === "native" ? [[r.formula]] : (r as { values: unknown[][] }).values.map((row) => row.map(literalEntry));
          }
        },
      })),
    c.sync,
    "Prepare for sharing",
  );
  return { findings, changes, syncs: c.count };
}

function reasonsOf(formula: string): SharingReason[] {
  const reasons: SharingReason[] = [];
  if (usesEchFunction(formula)) reasons.push("custom-function");
  if (hasExternalLink(formula)) reasons.push("external-link");
  return reasons;
}

function cellRect(cell: { row: number; col: number }): Rect {
  return { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
}

function inside(cell: { row: number; col: number }, r: Rect): boolean {
  return cell.row >= r.top && cell.row <= r.bottom && cell.col >= r.left && cell.col <= r.right;
}

function replacementFor(formula: string, rect: Rect, sheet: SheetScan): Replacement {
  const single = rect.top === rect.bottom && rect.left === rect.right;
  const native = single ? nativeEquivalent(formula) : undefined;
  if (native !== undefined) return { kind: "native", formula: native };
  const values: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: unknown[] = [];
    for (let col = rect.left; col <= rect.right; col++) row.push(sheet.values[r - sheet.origin.row]?.[col - sheet.origin.col] ?? "");
    values.push(row);
  }
  const error = values.flat().find((v) => typeof v === "string" && ERROR_VALUE.test(v));
  if (error !== undefined) {
    return {
      kind: "skipped",
      reason:
        error === "#NAME?" && usesEchFunction(formula)
          ? "It shows #NAME?: run Repair ECH formulas first, then prepare for sharing again."
          : `It shows ${String(error)}; fix the formula first, then prepare for sharing again.`,
    };
  }
  return { kind: "values", values };
}
