/** Errors the workbook operations raise, and plain-English descriptions of Office's own errors. */

export type EchErrorCode =
  | "ApiNotSupported"
  | "PasswordProtected"
  | "Interrupted"
  | "InsertFailed"
  | "CleanupFailed"
  | "NothingToCompare"
  | "UnknownOption"
  | "UnsupportedVersion";

/** An error the add-in raises itself; `action` tells the user what to do. */
export class EchExcelError extends Error {
  constructor(
    readonly code: EchErrorCode,
    message: string,
    readonly action: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "EchExcelError";
  }
}

export interface OfficeErrorDescription {
  /** The Office error code (e.g. "AccessDenied") or the add-in's own. */
  code: string;
  /** What went wrong, in plain words. */
  message: string;
  /** What the user can do about it. */
  action: string;
  /** Excel's own message, for a "details" disclosure or a support request. */
  detail?: string;
  /** message and action in one sentence pair, ready to show. */
  text: string;
}

const KNOWN: Record<string, { message: string; action: string }> = {
  AccessDenied: {
    message: "Excel would not make the change because a sheet or the workbook structure is protected.",
    action: "Unprotect it (Review > Unprotect Sheet, or Review > Protect Workbook to turn structure protection off) and try again.",
  },
  ApiNotFound: {
    message: "This version of Excel does not have a feature the add-in needs.",
    action: "Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web.",
  },
  ItemAlreadyExists: {
    message: "A sheet or defined name with that name already exists.",
    action: "Try again: the add-in picks a new name. If it keeps happening, rename the existing sheet or name.",
  },
  ItemNotFound: {
    message: "A sheet, cell or defined name the add-in expected is missing; it may have been renamed or deleted.",
    action: "Check that the sheets you generated are still there, then try again.",
  },
  InvalidArgument: {
    message: "Excel rejected a value or reference the add-in sent.",
    action: "Try again. If it keeps happening, report it with the details below.",
  },
  InvalidReference: {
    message: "A reference the add-in used is not valid in this workbook.",
    action: "Check that the sheets and names it refers to still exist, then try again.",
  },
  InvalidOperation: {
    message: "Excel could not do that in the workbook's current state.",
    action: "Finish editing any cell (press Enter or Esc), close open dialogs, and try again.",
  },
  InvalidOperationInCellEditMode: {
    message: "Excel is busy because a cell is being edited.",
    action: "Press Enter or Esc to finish editing the cell, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    message: "The change is too large for Excel to take in one go.",
    action: "Try again with fewer options, or use the desktop version of Excel.",
  },
  ResponsePayloadSizeLimitExceeded: {
    message: "The workbook has too much data for the add-in to read in one go.",
    action: "Try again on a smaller workbook, or use the desktop version of Excel.",
  },
  Conflict: {
    message: "Someone else changed the workbook at the same time.",
    action: "Wait a moment and try again.",
  },
  GeneralException: {
    message: "Excel reported an unexpected problem.",
    action: "Try again. If it keeps happening, save your work, restart Excel and try once more.",
  },
};

function isEchError(e: unknown): e is EchExcelError {
  return (
    e instanceof EchExcelError || (!!e && typeof e === "object" && (e as { name?: unknown }).name === "EchExcelError" && "action" in e)
  );
}

function codeOf(e: unknown): string | undefined {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") return (e as { code: string }).code;
  return undefined;
}

/** Turns anything thrown by Office.js or by these operations into words for the pane. */
export function describeOfficeError(e: unknown): OfficeErrorDescription {
  // Duck-typed: errors from another realm (an iframe, jsdom) fail instanceof.
  const message = e && typeof e === "object" && "message" in e ? (e as { message: unknown }).message : e;
  const detail = typeof message === "string" && message !== "" ? message : undefined;
  const done = (code: string, message: string, action: string, d = detail) => ({
    code,
    message,
    action,
    detail: d,
    text: `${message} ${action}`,
  });
  if (isEchError(e)) {
    // An insert that failed carries Office's reason; show both.
    const inner = e.cause !== undefined && !isEchError(e.cause) ? describeOfficeError(e.cause) : undefined;
    const action = [inner?.action, e.action].filter(Boolean).join(" ");
    return done(e.code, inner ? `${e.message} ${inner.message}` : e.message, action, inner?.detail);
  }
  const code = codeOf(e);
  // Excel reports writes to protected sheets under several codes; the message is reliable.
  if (detail && /protected/i.test(detail) && code !== "ItemAlreadyExists")
    return done(code ?? "AccessDenied", KNOWN.AccessDenied.message, KNOWN.AccessDenied.action);
  const known = code ? KNOWN[code] : undefined;
  if (known) return done(code!, known.message, known.action);
  return done(
    code ?? "Unknown",
    "Something went wrong while working on the workbook.",
    "Try again. If it keeps happening, report it with the details below.",
  );
}

export type ApiCheck = (set: string, version: string) => boolean;

/** Office's requirement-set check; outside Office (tests, scripts) it cannot tell, so it says yes. */
export const officeApiCheck: ApiCheck = (set, version) => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : true;
};

export function isApiSupported(version: string, set = "ExcelApi"): boolean {
  return officeApiCheck(set, version);
}

/** Throws a clear error before any change when Excel lacks the API set an operation needs. */
export function requireExcelApi(version: string, operation: string): void {
  if (!isApiSupported(version)) {
    throw new EchExcelError(
      "ApiNotSupported",
      `${operation} needs a newer version of Excel (Excel JavaScript API ${version}).`,
      "Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web, or update Excel (File > Account > Update Options).",
    );
  }
}
