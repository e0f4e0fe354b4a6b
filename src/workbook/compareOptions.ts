import { comparisonTemplate, METRICS, type OptionTemplateInfo } from "../templates/compare";
import { splitSheet } from "../layout/a1";
import { EchExcelError, requireExcelApi } from "../writers/officejs/errors";
import { INSERT_API, insertTemplate, type InsertOptions } from "../writers/officejs/insertTemplate";
import { requireKnownVersions, versionCells, versionOf } from "./templateVersion";
import { counter } from "./workbookScan";

export { comparisonTemplate, type OptionTemplateInfo };

const NAME = new RegExp(`^ECH_(${METRICS.join("|")})(?:_(\\d+))?$`, "i");

/**
 * Lists the option templates generated into this workbook, from their defined names: a template's
 * names share a suffix (placeTemplate gives a clashing template's names _2, _3, …). Names left
 * pointing at deleted sheets (#REF!) are ignored. One sync.
 */
export async function listOptionTemplates(context: Excel.RequestContext): Promise<OptionTemplateInfo[]> {
  // NamedItem.formula arrived in 1.7.
  requireExcelApi("1.7", "Listing the generated options");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  return templatesFromNames(names.items.map((n) => ({ name: n.name, formula: n.formula })));
}

export function templatesFromNames(names: readonly { name: string; formula: string }[]): OptionTemplateInfo[] {
  const found = new Map<string, OptionTemplateInfo & { sheet?: string }>();
  for (const n of names) {
    const m = NAME.exec(n.name);
    if (!m || n.formula.includes("#REF!")) continue;
    const metric = METRICS.find((x) => x.toLowerCase() === m[1].toLowerCase())!;
    const key = m[2] ?? "1";
    const t = found.get(key) ?? { key, label: "", names: {} };
    t.names[metric] = n.name;
    if (metric === "CouncilAnnualCost" || (metric === "BlockHours" && !t.label)) t.label = sheetOf(n.formula);
    found.set(key, t);
  }
  // Only templates with an option sheet: the council's cost and the hours are what is compared.
  return [...found.values()]
    .filter((t) => t.names.CouncilAnnualCost && t.names.BlockHours && t.names.SpotHours)
    .sort((a, b) => Number(a.key) - Number(b.key));
}

/** "='Option B (2)'!$B$20" → "Option B (2)". */
function sheetOf(formula: string): string {
  const { sheet, local } = splitSheet(formula.replace(/^=/, ""));
  return sheet ?? local;
}

export interface CompareReport {
  /** The comparison sheet's name (a new one; never an existing sheet). */
  sheet: string;
  compared: OptionTemplateInfo[];
  syncs: number;
}

/**
 * Adds a comparison sheet for the chosen templates (by key; all when omitted), with a name no
 * existing sheet has. Four syncs: list the names, read the templates' versions, then
 * insertTemplate's two. A template made by a version it does not know is refused, not guessed at.
 */
export async function compareOptions(
  context: Excel.RequestContext,
  keys?: readonly string[],
  options: InsertOptions = {},
): Promise<CompareReport> {
  requireExcelApi(INSERT_API, "Comparing options");
  const c = counter(context);
  const names = context.workbook.names.load("items/name,items/formula");
  await c.sync();
  const all = templatesFromNames(names.items.map((n) => ({ name: n.name, formula: n.formula })));
  if (all.length === 0) {
    throw new EchExcelError(
      "NothingToCompare",
      "There are no generated option workbooks in this workbook to compare.",
      "Generate two or more options into this workbook first (Generate into this workbook), then compare them.",
    );
  }
  const unknown = (keys ?? []).filter((k) => !all.some((t) => t.key === k));
  if (unknown.length > 0) {
    throw new EchExcelError(
      "UnknownOption",
      `These options are no longer in the workbook: ${unknown.join(", ")}.`,
      "Refresh the list of options and pick again.",
    );
  }
  const compared = keys ? all.filter((t) => keys.includes(t.key)) : all;
  if (compared.length === 0) {
    throw new EchExcelError(
      "NothingToCompare",
      "No option was picked to compare.",
      "Pick one or more of the generated options, then compare.",
    );
  }
  await checkVersions(context, compared, versionCells(names.items.map((n) => ({ name: n.name, formula: n.formula }))), c.sync);
  const report = await insertTemplate(context, comparisonTemplate(compared), options);
  return { sheet: report.firstSheet, compared, syncs: c.count + report.syncs };
}

/** Reads the compared templates' version cells (one sync) and refuses a version it cannot handle. */
async function checkVersions(
  context: Excel.RequestContext,
  compared: OptionTemplateInfo[],
  cells: Map<string, { address: string }>,
  sync: () => Promise<void>,
): Promise<void> {
  const ranges = compared.map((t) => {
    const at = cells.get(t.label.toLowerCase());
    return at ? context.workbook.worksheets.getItem(t.label).getRange(at.address).load("values") : undefined;
  });
  if (ranges.some((r) => r)) await sync();
  compared.forEach((t, i) => (t.version = versionOf(ranges[i]?.values[0]?.[0])));
  requireKnownVersions(
    compared.map((t) => ({ sheet: t.label, version: t.version })),
    "Comparing options",
  );
}
