import {
  FIRST_SHEET_ORIENTATION,
  TEMPLATE_PROTECTION,
  headerFooter,
  conditionalFormats,
  lockedCells,
  pageBreaks,
  printSetup,
  rowHeights,
  withSpans,
} from "./print";
import type { PlacedName, PlacedSheet, PlacedTemplate, SheetDef, TemplateDef } from "./types";

export const MAX_SHEET_NAME = 31;

/** Excel sheet names are unique regardless of case. */
function taken(existing: readonly string[]): Set<string> {
  return new Set(existing.map((n) => n.toLowerCase()));
}

function uniqueSheetName(preferred: string, used: Set<string>): string {
  let candidate = preferred.slice(0, MAX_SHEET_NAME);
  for (let i = 2; used.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = preferred.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

function uniqueName(preferred: string, used: Set<string>): string {
  let candidate = preferred;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${preferred}_${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * A sheet's name as Excel needs it in a reference: as it is when it is a plain word that cannot be
 * read as anything else (Inputs!$B$5), in quotes otherwise ('Option C'!$B$5, 'Inputs (2)'!$B$5).
 * A name that reads as a cell (AB12), an R1C1 reference (R, C2, R1C1) or a truth value is quoted.
 */
export function quoteSheet(name: string): string {
  let q = quoted.get(name);
  if (q === undefined) {
    const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^([A-Za-z]{1,3}\d+|R\d*(C\d*)?|C\d*|TRUE|FALSE)$/i.test(name);
    quoted.set(name, (q = plain ? name : `'${name.replace(/'/g, "''")}'`));
  }
  return q;
}
/** Sheet names as quoted: a workbook has a few, read in every reference. */
const quoted = new Map<string, string>();

const letter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const wordChar = (c: number) => letter(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * Each sheet reference of a formula, "{id}" (a letter, then letters, digits or _), in order: its id
 * and where it starts and ends. A scan rather than a regular expression: the workings' formulas
 * run to half a megabyte a sheet.
 */
function eachSheetRef(formula: string, found: (id: string, start: number, end: number) => void): void {
  for (let i = formula.indexOf("{"); i >= 0; i = formula.indexOf("{", i + 1)) {
    if (!letter(formula.charCodeAt(i + 1))) continue;
    let j = i + 2;
    while (wordChar(formula.charCodeAt(j))) j++;
    if (formula.charCodeAt(j) !== 125) continue;
    found(formula.slice(i + 1, j), i, j + 1);
    i = j;
  }
}

export function resolveFormula(formula: string, sheetNames: ReadonlyMap<string, string>): string {
  let out = "";
  let from = 0;
  eachSheetRef(formula, (id, start, end) => {
    const name = sheetNames.get(id);
    if (name === undefined) throw new Error(`Formula refers to unknown sheet {${id}}: ${formula}`);
    out += formula.slice(from, start) + quoteSheet(name);
    from = end;
  });
  return from === 0 ? formula : out + formula.slice(from);
}

function placeSheet(def: TemplateDef, s: SheetDef, sheetNames: ReadonlyMap<string, string>, first: boolean): PlacedSheet {
  const cells = withSpans(s).map((c) => ({
    ...c,
    ...(c.formula === undefined ? {} : { formula: resolveFormula(c.formula, sheetNames) }),
    ...(c.inUse === undefined ? {} : { inUse: resolveFormula(c.inUse, sheetNames) }),
  }));
  const heights = rowHeights(cells, s.columns);
  const print = printSetup(def, s, heights, first ? FIRST_SHEET_ORIENTATION : undefined);
  const breaks = pageBreaks(cells, heights, print);
  return {
    ...s,
    name: sheetNames.get(s.id)!,
    cells: lockedCells(cells),
    protection: TEMPLATE_PROTECTION,
    print: breaks.length > 0 ? { ...print, breaks } : print,
    rowHeights: heights,
    conditionalFormats: conditionalFormats(cells),
  };
}

/** The sheets a sheet's formulas refer to (by id), in the order first met: as the renderer noted them, or found. */
const sheetsRead = new WeakMap<SheetDef, readonly string[]>();
function sheetsReadBy(s: SheetDef): readonly string[] {
  if (s.reads) return s.reads;
  let ids = sheetsRead.get(s);
  if (!ids) {
    const found = new Set<string>();
    // Read as resolveFormula reads them.
    const add = (id: string) => found.add(id);
    for (const c of s.cells) {
      if (c.formula) eachSheetRef(c.formula, add);
      if (c.inUse) eachSheetRef(c.inUse, add);
    }
    sheetsRead.set(s, (ids = [...found]));
  }
  return ids;
}

/**
 * A sheet placed once for every workbook it is in (the workbooks of one option share most of
 * theirs), by its name, the names its formulas were resolved to and whether it is the first sheet.
 */
const placedSheets = new WeakMap<SheetDef, Map<string, PlacedSheet>>();

/**
 * Gives every sheet and defined name of the template a name not already in the workbook (so nothing
 * existing is overwritten), resolves the formulas' sheet references to those names, and fills in
 * everything the writers render besides the cells (print.ts): locked cells, protection, print
 * setup, merged prose cells, row heights and conditional formats. The writers decide nothing of their own.
 */
export function placeTemplate(
  def: TemplateDef,
  existingSheets: readonly string[] = [],
  existingNames: readonly string[] = [],
): PlacedTemplate {
  const usedSheets = taken(existingSheets);
  const sheetNames = new Map<string, string>();
  for (const s of def.sheets) sheetNames.set(s.id, uniqueSheetName(s.name, usedSheets));

  const sheets: PlacedSheet[] = def.sheets.map((s, i) => {
    // The first sheet of a workbook the template makes whole (a file, not sheets added to one open).
    const first = i === 0 && existingSheets.length === 0;
    const key = [first, s.id, ...sheetsReadBy(s)].map((x) => (typeof x === "boolean" ? x : sheetNames.get(x))).join("\n");
    let byNames = placedSheets.get(s);
    if (!byNames) placedSheets.set(s, (byNames = new Map()));
    let placed = byNames.get(key);
    if (!placed) byNames.set(key, (placed = placeSheet(def, s, sheetNames, first)));
    // Only the page header differs between workbooks sharing a sheet: it names the workbook's option.
    return { ...placed, print: { ...placed.print, ...headerFooter(def) } };
  });

  const usedNames = taken(existingNames);
  const names: PlacedName[] = def.names.map((n) => {
    const sheet = sheetNames.get(n.sheet);
    if (sheet === undefined) throw new Error(`Name ${n.name} refers to unknown sheet ${n.sheet}`);
    return { ...n, placedName: uniqueName(n.name, usedNames), reference: `${quoteSheet(sheet)}!${n.range}` };
  });

  // The rows' places are put together only when asked for (see renderLayouts).
  return {
    id: def.id,
    title: def.title,
    sheets,
    names,
    get rows() {
      return def.rows;
    },
  };
}
