/** Reading every sheet's formulas in two syncs, and editing sheets safely when they are protected. */
import { cellAddress, parseAddress, parseCell } from "../layout/a1";
import { requireKnownVersions, templateSheets, versionCells, versionOf } from "./templateVersion";
import { EchExcelError, isApiSupported, requireExcelApi } from "../writers/officejs/errors";

export interface ScannedCell {
  sheet: string;
  /** "B5". */
  address: string;
  row: number;
  col: number;
  formula: string;
  value: unknown;
}

export interface SheetScan {
  name: string;
  /** "VeryHidden": hidden so that Excel's Unhide does not list it. */
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
  /** Known only where Excel can say (ExcelApiOnline 1.1); otherwise undefined. */
  passwordProtected?: boolean;
  /** Formula cells of the used range. */
  formulaCells: ScannedCell[];
  /** Values of the used range, to read a spill's values. */
  values: unknown[][];
  origin: { row: number; col: number };
}

export type Sync = () => Promise<void>;

/** Counts the syncs an operation makes, for its report. */
export function counter(context: Excel.RequestContext): { sync: Sync; readonly count: number } {
  let count = 0;
  return {
    sync: async () => {
      count++;
      await context.sync();
    },
    get count() {
      return count;
    },
  };
}

/** Reads an operation queues alongside the scan's two syncs, so they cost no sync of their own. */
export interface ScanAlongside {
  /** Queued with the first sync (after the API check). */
  first?: () => void;
  /** Queued with the second, when what the first loaded can be read. */
  second?: () => void;
}

/**
 * Loads every sheet's visibility, protection and its used range's formulas and values, and the
 * defined names: two syncs in all. Refuses (before anything changes) a workbook with an option
 * template made by a template version this add-in does not know (see templateVersion.ts).
 */
export async function scanWorkbook(
  context: Excel.RequestContext,
  sync: Sync,
  operation: string,
  alongside: ScanAlongside = {},
): Promise<SheetScan[]> {
  // Used ranges as null objects (1.4) and protection options (1.2); 1.7 is the oldest Excel 2016 update that has both.
  requireExcelApi("1.7", operation);
  const passwordKnown = isApiSupported("1.1", "ExcelApiOnline");
  const sheets = context.workbook.worksheets;
  sheets.load([
    "items/name",
    "items/visibility",
    "items/protection/protected",
    "items/protection/options",
    ...(passwordKnown ? ["items/protection/isPasswordProtected"] : []),
  ]);
  const names = context.workbook.names.load("items/name,items/formula");
  alongside.first?.();
  await sync();
  const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load("address,formulas,values"));
  alongside.second?.();
  await sync();
  const scans = sheets.items.map((ws, i) => {
    const scan: SheetScan = {
      name: ws.name,
      visibility: ws.visibility as SheetScan["visibility"],
      protected: ws.protection.protected,
      options: ws.protection.options,
      passwordProtected: passwordKnown ? ws.protection.isPasswordProtected : undefined,
      formulaCells: [],
      values: [],
      origin: { row: 0, col: 0 },
    };
    const range = used[i];
    if (range.isNullObject) return scan;
    const { rect } = parseAddress(range.address);
    scan.origin = { row: rect.top, col: rect.left };
    scan.values = range.values;
    range.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f !== "string" || !f.startsWith("=")) return;
        const at = { row: rect.top + r, col: rect.left + c };
        scan.formulaCells.push({ sheet: ws.name, address: cellAddress(at), ...at, formula: f, value: range.values[r][c] });
      }),
    );
    return scan;
  });
  const entries = names.items.map((n) => ({ name: n.name, formula: n.formula }));
  const cells = versionCells(entries);
  requireKnownVersions(
    templateSheets(entries).map((sheet) => {
      const at = cells.get(sheet.toLowerCase());
      const scan = scans.find((x) => x.name.toLowerCase() === sheet.toLowerCase());
      if (!at || !scan) return { sheet };
      const { row, col } = parseCell(at.address.replace(/\$/g, ""));
      return { sheet, version: versionOf(scan.values[row - scan.origin.row]?.[col - scan.origin.col]) };
    }),
    operation,
  );
  return scans;
}

export interface SheetEdit {
  sheet: SheetScan;
  /** Queues the sheet's changes (no sync). */
  apply: (ws: Excel.Worksheet) => void;
}

/**
 * Applies edits, unprotecting protected sheets (no password) and protecting them again with the
 * same options in the same batch. Password-protected sheets are refused before anything changes:
 * known ones straight away, the others found by a probe batch that unprotects and protects each
 * sheet again. Unprotected sheets then go in one batch and each protected sheet in its own, so a
 * failure can never leave a sheet unprotected: it is checked and protected again, and the error
 * says which sheets were already changed.
 */
export async function editSheets(context: Excel.RequestContext, edits: readonly SheetEdit[], sync: Sync, operation: string): Promise<void> {
  const known = edits.filter((e) => e.sheet.passwordProtected);
  if (known.length > 0)
    throw passwordError(
      known.map((e) => e.sheet.name),
      operation,
    );
  const sheets = context.workbook.worksheets;
  const guarded = edits.filter((e) => e.sheet.protected);
  await probe(context, guarded, sync, operation);

  const done: string[] = [];
  let current = "";
  try {
    const open = edits.filter((e) => !e.sheet.protected);
    for (const e of open) e.apply(sheets.getItem(e.sheet.name));
    if (open.length > 0) {
      current = open.map((e) => e.sheet.name).join(", ");
      await sync();
      done.push(...open.map((e) => e.sheet.name));
    }
    for (const e of guarded) {
      current = e.sheet.name;
      const ws = sheets.getItem(e.sheet.name);
      ws.protection.unprotect();
      e.apply(ws);
      ws.protection.protect(e.sheet.options);
      try {
        await sync();
      } catch (error) {
        if (!(await stillProtected(context, e.sheet.name, sync))) {
          sheets.getItem(e.sheet.name).protection.protect(e.sheet.options);
          await sync();
        }
        throw error;
      }
      done.push(e.sheet.name);
    }
  } catch (error) {
    if (done.length === 0) throw error;
    throw new EchExcelError(
      "Interrupted",
      `${operation} stopped at ${current} after changing ${done.map((s) => `"${s}"`).join(", ")}; the changes there stand.`,
      `Check those sheets, then run ${operation.toLowerCase()} again to finish.`,
      error,
    );
  }
}

/** Unprotects and protects each sheet again: no change, but a password shows up as a failure. */
async function probe(context: Excel.RequestContext, edits: readonly SheetEdit[], sync: Sync, operation: string): Promise<void> {
  if (edits.length === 0) return;
  const all = async (batch: readonly SheetEdit[]) => {
    for (const e of batch) {
      const p = context.workbook.worksheets.getItem(e.sheet.name).protection;
      p.unprotect();
      p.protect(e.sheet.options);
    }
    await sync();
  };
  try {
    await all(edits);
  } catch {
    // One at a time, to name the sheet (its unprotect failed, so it is still protected).
    for (const e of edits) {
      try {
        await all([e]);
      } catch (error) {
        throw passwordError([e.sheet.name], operation, error);
      }
    }
  }
}

async function stillProtected(context: Excel.RequestContext, name: string, sync: Sync): Promise<boolean> {
  const p = context.workbook.worksheets.getItem(name).protection.load("protected");
  await sync();
  return p.protected;
}

function passwordError(sheets: string[], operation: string, cause?: unknown): EchExcelError {
  const list = sheets.map((s) => `"${s}"`).join(", ");
  return new EchExcelError(
    "PasswordProtected",
    `${operation} could not change ${list}: the sheet is protected with a password.`,
    `Unprotect it with its password (Review > Unprotect Sheet), run ${operation.toLowerCase()} again, then protect it again.`,
    cause,
  );
}
