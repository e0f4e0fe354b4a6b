/** Reading every sheet's formulas in two syncs, and editing sheets safely when they are protected. */
import { cellAddress, parseAddress } from "./a1";
import { EchExcelError, isApiSupported, requireExcelApi } from "./errors";

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

/** Loads every sheet's protection and its used range's formulas and values: two syncs in all. */
export async function scanWorkbook(context: Excel.RequestContext, sync: Sync, operation: string): Promise<SheetScan[]> {
  // Used ranges as null objects (1.4) and protection options (1.2); 1.7 is the oldest Excel 2016 update that has both.
  requireExcelApi("1.7", operation);
  const passwordKnown = isApiSupported("1.1", "ExcelApiOnline");
  const sheets = context.workbook.worksheets;
  sheets.load(["items/name", "items/protection/protected", "items/protection/options", ...(passwordKnown ? ["items/protection/isPasswordProtected"] : [])]);
  await sync();
  const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load("address,formulas,values"));
  await sync();
  return sheets.items.map((ws, i) => {
    const scan: SheetScan = {
      name: ws.name,
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
}

export interface SheetEdit {
  sheet: SheetScan;
  /** Queues the sheet's changes (no sync). */
  apply: (ws: Excel.Worksheet) => void;
}

/**
 * Applies edits, unprotecting protected sheets (no password) and protecting them again with the
 * same options in the same batch. Unprotected sheets go in one batch; each protected sheet in its
 * own, so a failure can never leave a sheet unprotected: it is checked and protected again.
 * Password-protected sheets are refused before anything changes.
 */
export async function editSheets(context: Excel.RequestContext, edits: readonly SheetEdit[], sync: Sync, operation: string): Promise<void> {
  const locked = edits.filter((e) => e.sheet.passwordProtected);
  if (locked.length > 0) throw passwordError(locked.map((e) => e.sheet.name), operation);
  const sheets = context.workbook.worksheets;
  const open = edits.filter((e) => !e.sheet.protected);
  for (const e of open) e.apply(sheets.getItem(e.sheet.name));
  if (open.length > 0) await sync();
  for (const e of edits.filter((x) => x.sheet.protected)) {
    const ws = sheets.getItem(e.sheet.name);
    ws.protection.unprotect();
    e.apply(ws);
    ws.protection.protect(e.sheet.options);
    try {
      await sync();
    } catch (error) {
      // Still protected: the batch stopped at unprotect, which without a password means it has one.
      if (await stillProtected(context, e.sheet.name, sync)) throw passwordError([e.sheet.name], operation, error);
      sheets.getItem(e.sheet.name).protection.protect(e.sheet.options);
      await sync();
      throw error;
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
