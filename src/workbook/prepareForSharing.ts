import { parseAddress, rectAddress, type Rect } from "../layout/a1";
import { EchExcelError, isApiSupported } from "../writers/officejs/errors";
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

/** What Prepare for sharing looks for; each kind is changed only when the caller asks for it. */
export type SharingKind = "formulas" | "hidden-sheets" | "comments" | "notes" | "properties" | "settings";

export const SHARING_KINDS: readonly SharingKind[] = ["formulas", "hidden-sheets", "comments", "notes", "properties", "settings"];

/**
 * Something besides formulas that a council checks before a file leaves. `kept` says why it is
 * left as it is even when its kind is changed (the API cannot change it, or it must not be).
 */
export type SharingItem =
  /** A hidden sheet; the change shows it (it is not deleted: formulas may read it). */
  | { kind: "hidden-sheets"; sheet: string; visibility: "Hidden" | "VeryHidden"; kept?: string }
  /** A threaded comment; the change deletes it with its replies. */
  | { kind: "comments"; sheet: string; address: string; author: string; text: string; kept?: string }
  /** A note (the older kind of comment); the change deletes it. */
  | { kind: "notes"; sheet: string; address: string; author: string; text: string; kept?: string }
  /** A document property with a value; the change clears a built-in one or deletes a custom one. */
  | { kind: "properties"; property: string; label: string; value: string; custom: boolean; kept?: string }
  /** A setting an add-in stored in the file (Workbook.settings: this add-in's own); the change deletes it. */
  | { kind: "settings"; key: string; value: string; kept?: string };

export interface SharingReport {
  /** Formulas that would break without the add-in or the linked workbooks. */
  findings: SharingFinding[];
  /** Formulas changed (only when "formulas" is asked for): exactly the findings not skipped. */
  changes: SharingFinding[];
  /** Hidden sheets, comments, notes, document properties and stored settings found. */
  items: SharingItem[];
  /** The items changed: exactly the items of the kinds asked for that are not kept. */
  done: SharingItem[];
  /** What this Excel could not check (an API set it lacks), in plain words, by kind. */
  unchecked: { kind: SharingKind; reason: string }[];
  syncs: number;
}

export interface SharingOptions {
  /** The kinds to change; without it (or empty) the workbook is only read. */
  change?: readonly SharingKind[];
}

/** The built-in document properties the Excel API offers, with the words Excel uses for them (File > Info). */
export const DOCUMENT_PROPERTIES = [
  { property: "author", label: "Author" },
  { property: "lastAuthor", label: "Last modified by" },
  { property: "company", label: "Company" },
  { property: "manager", label: "Manager" },
  { property: "title", label: "Title" },
  { property: "subject", label: "Subject" },
  { property: "keywords", label: "Tags (keywords)" },
  { property: "category", label: "Categories" },
  { property: "comments", label: "Comments (the file's description)" },
] as const;

type BuiltIn = (typeof DOCUMENT_PROPERTIES)[number]["property"];

/**
 * What the Excel JavaScript API cannot do here: the one list of these limits (docs/excel-operations.md
 * repeats it). Each also appears on the item or in `unchecked` when it applies to a workbook.
 */
export const SHARING_LIMITS = {
  lastAuthor:
    "Excel fills in “Last modified by” itself when the file is saved, and add-ins cannot change it; it will show whoever saves the copy. Excel for Windows can remove it: File > Info > Check for Issues > Inspect Document.",
  sensitivityLabel: "This is the file's sensitivity label; change it with Excel's Sensitivity button, not here.",
  unknownSheet: "Excel did not say which sheet it is on, so it is left as it is: run prepare for sharing again.",
  protectedStructure:
    "The workbook's structure is protected (Review > Protect Workbook), so sheets cannot be shown: unprotect it, then prepare for sharing again.",
  comments:
    "This version of Excel cannot list comments for add-ins (it needs Excel JavaScript API 1.10): look for them with Review > Show Comments.",
  notes:
    "This version of Excel cannot list notes for add-ins (it needs Excel JavaScript API 1.18): look for them with Review > Notes > Show All Notes.",
  notChecked:
    "Not checked: custom XML parts and other programs' data inside the file, names and charts that link to other workbooks, and personal information Excel keeps outside these properties. Excel for Windows lists them with File > Info > Check for Issues > Inspect Document.",
} as const;

const ERROR_VALUE = /^#(NAME\?|VALUE!|REF!|DIV\/0!|N\/A|NUM!|NULL!|SPILL!|CALC!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|FIELD!|GETTING_DATA)/;

const OPERATION = "Prepare for sharing";

/**
 * Lists what a council checks before a workbook leaves: formulas that would not work for a provider
 * without the add-in (ECH.* functions) or without the linked workbooks (external references),
 * hidden sheets, comments, notes, document properties and the settings the add-in stored in the
 * file. With `change`, it changes exactly the listed items of those kinds that are not kept:
 * formulas become a native formula where one is equivalent or else the values they show; hidden
 * sheets are shown; comments and notes are deleted; properties are cleared; settings are deleted.
 * Nothing else changes.
 */
export async function prepareForSharing(context: Excel.RequestContext, options: SharingOptions = {}): Promise<SharingReport> {
  const c = counter(context);
  const wb = context.workbook;
  const canComments = isApiSupported("1.10");
  const canNotes = isApiSupported("1.18");
  let read: ReturnType<typeof queueReads> | undefined;
  let places: { comments: Excel.Range[]; notes: Excel.Range[] } = { comments: [], notes: [] };
  const scans = await scanWorkbook(context, c.sync, OPERATION, {
    first: () => (read = queueReads(wb, canComments, canNotes)),
    second: () =>
      (places = {
        comments: read!.comments?.items.map((x) => x.getLocation().load("address")) ?? [],
        notes: read!.notes?.items.map((x) => x.getLocation().load("address")) ?? [],
      }),
  });
  const r = read!;
  const found = scans.flatMap((sheet) =>
    sheet.formulaCells.map((cell) => ({ sheet, cell, reasons: reasonsOf(cell.formula) })).filter((f) => f.reasons.length > 0),
  );

  // A dynamic-array result occupies more than its cell; its values must all be kept.
  const spills = new Map<(typeof found)[number], Excel.Range>();
  if (isApiSupported("1.12") && found.length > 0) {
    const sheets = context.workbook.worksheets;
    for (const f of found)
      spills.set(f, sheets.getItem(f.sheet.name).getRange(f.cell.address).getSpillingToRangeOrNullObject().load("address"));
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

  // Everything else, each item with the Office object that changes it.
  const listed: { item: SharingItem; apply?: () => void; sheet?: SheetScan }[] = [];
  for (const s of scans) {
    if (s.visibility === "Visible") continue;
    listed.push({
      item: {
        kind: "hidden-sheets",
        sheet: s.name,
        visibility: s.visibility,
        ...(r.structure.protected ? { kept: SHARING_LIMITS.protectedStructure } : {}),
      },
      apply: () => (wb.worksheets.getItem(s.name).visibility = "Visible"),
    });
  }
  const onCell = (kind: "comments" | "notes", x: Excel.Comment | Excel.Note, at: Excel.Range) => {
    const { sheet, rect } = parseAddress(at.address);
    const scan = scans.find((s) => s.name.toLowerCase() === (sheet ?? "").toLowerCase());
    // Its sheet is always among the scanned ones; should Excel name it otherwise, it is listed and kept, never reported as deleted.
    listed.push({
      item: {
        kind,
        sheet: scan?.name ?? sheet ?? "",
        address: rectAddress(rect),
        author: x.authorName,
        text: x.content,
        ...(scan ? {} : { kept: SHARING_LIMITS.unknownSheet }),
      },
      apply: scan ? () => x.delete() : undefined,
      sheet: scan,
    });
  };
  r.comments?.items.forEach((x, i) => onCell("comments", x, places.comments[i]));
  r.notes?.items.forEach((x, i) => onCell("notes", x, places.notes[i]));
  for (const { property, label } of DOCUMENT_PROPERTIES) {
    const value = shown(String(r.properties[property] ?? ""));
    if (value.trim() === "") continue;
    listed.push(
      property === "lastAuthor"
        ? { item: { kind: "properties", property, label, value, custom: false, kept: SHARING_LIMITS.lastAuthor } }
        : {
            item: { kind: "properties", property, label, value, custom: false },
            apply: () => (r.properties[property as Exclude<BuiltIn, "lastAuthor">] = ""),
          },
    );
  }
  for (const p of r.properties.custom.items) {
    const label = sensitivityLabel(p.key);
    listed.push({
      item: {
        kind: "properties",
        property: p.key,
        label: p.key,
        value: shown(p.value),
        custom: true,
        ...(label ? { kept: SHARING_LIMITS.sensitivityLabel } : {}),
      },
      apply: label ? undefined : () => p.delete(),
    });
  }
  for (const x of r.settings.items) listed.push({ item: { kind: "settings", key: x.key, value: shown(x.value) }, apply: () => x.delete() });

  const unchecked: SharingReport["unchecked"] = [
    ...(canComments ? [] : [{ kind: "comments" as const, reason: SHARING_LIMITS.comments }]),
    ...(canNotes ? [] : [{ kind: "notes" as const, reason: SHARING_LIMITS.notes }]),
  ];
  const items = listed.map((l) => l.item);
  const wanted = new Set(options.change ?? []);
  if (wanted.size === 0) return { findings, changes: [], items, done: [], unchecked, syncs: c.count };

  const changes = wanted.has("formulas") ? findings.filter((f) => f.replacement.kind !== "skipped") : [];
  const todo = listed.filter((l) => wanted.has(l.item.kind) && l.item.kept === undefined && l.apply);
  const onSheets = todo.filter((l) => l.item.kind === "comments" || l.item.kind === "notes");
  const inFile = todo.filter((l) => !onSheets.includes(l));

  // Cells, comments and notes: sheet by sheet, unprotecting and protecting again as needed.
  await editSheets(
    context,
    scans
      .filter((s) => changes.some((f) => f.sheet === s.name) || onSheets.some((l) => l.sheet === s))
      .map((sheet) => ({
        sheet,
        apply: (ws) => {
          for (const f of changes.filter((x) => x.sheet === sheet.name)) {
            const rep = f.replacement;
            ws.getRange(f.range).formulas =
              rep.kind === "native" ? [[rep.formula]] : (rep as { values: unknown[][] }).values.map((row) => row.map(literalEntry));
          }
          for (const l of onSheets.filter((x) => x.sheet === sheet)) l.apply!();
        },
      })),
    c.sync,
    OPERATION,
  );
  // Hidden sheets, properties and settings belong to the file, not to a sheet: one batch.
  if (inFile.length > 0) {
    for (const l of inFile) l.apply!();
    try {
      await c.sync();
    } catch (error) {
      const before = [...changes.map((f) => `${f.sheet}!${f.range}`), ...onSheets.map((l) => describeItem(l.item))];
      if (before.length === 0) throw error;
      throw new EchExcelError(
        "Interrupted",
        `${OPERATION} stopped after changing ${before.length === 1 ? "one thing" : `${before.length} things`} (formulas, comments or notes); the changes there stand, and the hidden sheets, document properties and settings may be partly changed.`,
        `Run ${OPERATION.toLowerCase()} again to see what is left.`,
        error,
      );
    }
  }
  return { findings, changes, items, done: todo.map((l) => l.item), unchecked, syncs: c.count };
}

function queueReads(wb: Excel.Workbook, canComments: boolean, canNotes: boolean) {
  const properties = wb.properties.load(DOCUMENT_PROPERTIES.map((p) => p.property));
  properties.custom.load("items/key,items/value");
  return {
    properties,
    structure: wb.protection.load("protected"),
    settings: wb.settings.load("items/key,items/value"),
    comments: canComments ? wb.comments.load("items/authorName,items/content") : undefined,
    notes: canNotes ? wb.notes.load("items/authorName,items/content") : undefined,
  };
}

/** Office writes the sensitivity label (Microsoft Purview Information Protection) as custom properties MSIP_Label_…. */
function sensitivityLabel(key: string): boolean {
  return /^MSIP_Label_/i.test(key);
}

function shown(value: unknown): string {
  const text =
    typeof value === "string" ? value : value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** One line for an item, in plain words (the pane and error messages use it). */
export function describeItem(item: SharingItem): string {
  switch (item.kind) {
    case "hidden-sheets":
      return item.visibility === "VeryHidden"
        ? `“${item.sheet}” (hidden so that Excel's Unhide does not list it)`
        : `“${item.sheet}” (hidden)`;
    case "comments":
      return `${item.sheet}!${item.address}: comment by ${item.author || "an unknown author"}: “${shown(item.text)}”`;
    case "notes":
      return `${item.sheet}!${item.address}: note${item.author ? ` by ${item.author}` : ""}: “${shown(item.text)}”`;
    case "properties":
      return `${item.label}: “${item.value}”`;
    case "settings":
      return `${item.key}: ${item.value}`;
  }
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
