/**
 * Which template version made each option template in the workbook (src/templates/version.ts),
 * and the plain refusal when an operation meets one it cannot handle.
 */
import { splitSheet } from "../layout/a1";
import { TEMPLATE_VERSION, VERSION_ANCHOR_NAME, VERSION_NAME } from "../templates/version";
import { EchExcelError } from "../writers/officejs/errors";

export interface NameEntry {
  name: string;
  formula: string;
}

const VERSION = new RegExp(`^${VERSION_NAME}(?:_\\d+)?$`, "i");
const ANCHOR = new RegExp(`^${VERSION_ANCHOR_NAME}(?:_\\d+)?$`, "i");

/** "='Option B (2)'!$B$40" → { sheet: "Option B (2)", address: "$B$40" }. */
export function nameTarget(formula: string): { sheet: string; address: string } | undefined {
  if (formula.includes("#REF!")) return undefined;
  const { sheet, local } = splitSheet(formula.replace(/^=/, ""));
  return sheet === undefined ? undefined : { sheet, address: local };
}

/** Version names by the sheet they are on (the option sheet of their template). */
export function versionCells(names: readonly NameEntry[]): Map<string, { name: string; address: string }> {
  const out = new Map<string, { name: string; address: string }>();
  for (const n of names) {
    const t = VERSION.test(n.name) ? nameTarget(n.formula) : undefined;
    if (t) out.set(t.sheet.toLowerCase(), { name: n.name, address: t.address });
  }
  return out;
}

/** The option sheets of the generated templates (where ECH_CouncilAnnualCost points). */
export function templateSheets(names: readonly NameEntry[]): string[] {
  return names.filter((n) => ANCHOR.test(n.name)).flatMap((n) => nameTarget(n.formula)?.sheet ?? []);
}

/** A version cell's value as a version number, or undefined when it is not one. */
export function versionOf(value: unknown): number | undefined {
  const v = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof v === "number" && Number.isInteger(v) && v > 0 ? v : undefined;
}

export interface TemplateVersion {
  /** The template's option sheet. */
  sheet: string;
  /** undefined: no ECH_TemplateVersion (made before version 2) or not a number. */
  version?: number;
}

/** Throws when a template was made by a version this add-in cannot handle: before 2, or newer. */
export function requireKnownVersions(found: readonly TemplateVersion[], operation: string): void {
  const older = found.filter((t) => t.version === undefined || t.version < TEMPLATE_VERSION);
  const newer = found.filter((t) => t.version !== undefined && t.version > TEMPLATE_VERSION);
  const list = (ts: readonly TemplateVersion[]) => ts.map((t) => `"${t.sheet}"`).join(", ");
  if (newer.length > 0) {
    throw new EchExcelError(
      "UnsupportedVersion",
      `${operation} cannot handle ${list(newer)}: it was made by a newer version of the ECH Cost Model add-in (template version ${Math.max(...newer.map((t) => t.version!))}; this add-in knows version ${TEMPLATE_VERSION}).`,
      "Update the add-in (reload Excel, or ask whoever installed it), then try again.",
    );
  }
  if (older.length > 0) {
    throw new EchExcelError(
      "UnsupportedVersion",
      `${operation} cannot handle ${list(older)}: it was made by an earlier version of the ECH Cost Model add-in (before template version ${TEMPLATE_VERSION}), whose layout this version does not know.`,
      "Generate that option again with this version of the add-in (the inputs can be copied across), then try again.",
    );
  }
}
