import { FMT } from "../../templates/formats";
import type { CellDef, TemplateDef } from "../../templates/types";
import { columnLetters, splitSheet } from "../../templates/a1";
import { EchExcelError, requireExcelApi } from "./errors";
import { INSERT_API, insertTemplate, type InsertOptions } from "./insertTemplate";
import { counter } from "./workbookScan";

/** The defined names every generated option template has, read by the comparison. */
const METRICS = ["CouncilAnnualCost", "BlockHours", "SpotHours", "CostPerPersonWeek", "SchemeName"] as const;
type Metric = (typeof METRICS)[number];

const NAME = new RegExp(`^ECH_(${METRICS.join("|")})(?:_(\\d+))?$`, "i");

export interface OptionTemplateInfo {
  /** "1" for the first generated template (ECH_BlockHours), "2" for the copy named ECH_BlockHours_2, … */
  key: string;
  /** The option sheet's tab name, e.g. "Option B" or "Option C (2)". */
  label: string;
  /** Defined names found for this template, by metric. */
  names: Partial<Record<Metric, string>>;
}

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

const FIRST_ROW = 5;
const ROWS = [
  "Scheme",
  "Council's cost a year (£)",
  "Hours a week block-contracted",
  "Hours a week spot-purchased or bought with personal budgets",
  "Share of hours block-contracted",
  "Staff cost per person a week (£)",
  "Council's cost a year, difference from the first column (£)",
] as const;

/**
 * The comparison sheet as a template: one column per option, each figure a live formula on the
 * option's defined names, so it follows any change to the option sheets' inputs.
 */
export function comparisonTemplate(templates: readonly OptionTemplateInfo[]): TemplateDef {
  // Rows below the header row; `at(col, row)` is the cell of another row in the same column.
  const row = (label: string) => FIRST_ROW + ROWS.indexOf(label as (typeof ROWS)[number]);
  const at = (col: string, label: string) => `${col}${row(label)}`;
  const metric = (t: OptionTemplateInfo, m: Metric, format?: string, wrap = (n: string) => n): Omit<CellDef, "ref"> => {
    const name = t.names[m];
    return name ? { formula: wrap(name), format, style: "output" } : { value: "n/a", style: "note" };
  };
  const first = templates[0]?.label ?? "the first option";
  const content: Record<(typeof ROWS)[number], (t: OptionTemplateInfo, col: string) => Omit<CellDef, "ref">> = {
    Scheme: (t) => metric(t, "SchemeName", undefined, (n) => `${n}&""`),
    "Council's cost a year (£)": (t) => metric(t, "CouncilAnnualCost", FMT.money),
    "Hours a week block-contracted": (t) => metric(t, "BlockHours", FMT.hours),
    "Hours a week spot-purchased or bought with personal budgets": (t) => metric(t, "SpotHours", FMT.hours),
    "Share of hours block-contracted": (_t, col) => {
      const block = at(col, "Hours a week block-contracted");
      const spot = at(col, "Hours a week spot-purchased or bought with personal budgets");
      return { formula: `IF(${block}+${spot}=0,"",${block}/(${block}+${spot}))`, format: FMT.percent, style: "output" };
    },
    "Staff cost per person a week (£)": (t) => metric(t, "CostPerPersonWeek", FMT.money),
    "Council's cost a year, difference from the first column (£)": (_t, col) => {
      const cost = "Council's cost a year (£)";
      return { formula: `${at(col, cost)}-$B$${row(cost)}`, format: FMT.money, style: "output" };
    },
  };
  const cells: CellDef[] = [
    { ref: "A1", value: "Comparison of commissioning options", style: "title" },
    { ref: "A2", value: `Live formulas on each option's defined names: the figures follow the option sheets' inputs. Differences are from ${first}.`, style: "note" },
    { ref: `A${FIRST_ROW - 1}`, value: "Option", style: "header" },
  ];
  templates.forEach((t, i) => cells.push({ ref: `${columnLetters(i + 1)}${FIRST_ROW - 1}`, value: t.label, style: "header" }));
  for (const label of ROWS) {
    cells.push({ ref: `A${row(label)}`, value: label, style: "label" });
    templates.forEach((t, i) => {
      const col = columnLetters(i + 1);
      cells.push({ ref: at(col, label), ...content[label](t, col) });
    });
  }
  return {
    id: "comparison",
    title: "Comparison of commissioning options",
    // Not an option template; TemplateDef wants a choice and the writer does not read it.
    choice: { option: "A", overlays: [] },
    sheets: [
      {
        id: "comparison",
        name: "Option comparison",
        cells,
        columns: [48, ...templates.map(() => 18)],
        freeze: { rows: FIRST_ROW - 1, columns: 1 },
        orientation: templates.length > 3 ? "landscape" : "portrait",
      },
    ],
    names: [],
  };
}

/**
 * Adds a comparison sheet for the chosen templates (by key; all when omitted), with a name no
 * existing sheet has. Three syncs: list the names, then insertTemplate's two.
 */
export async function compareOptions(context: Excel.RequestContext, keys?: readonly string[], options: InsertOptions = {}): Promise<CompareReport> {
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
    throw new EchExcelError("UnknownOption", `These options are no longer in the workbook: ${unknown.join(", ")}.`, "Refresh the list of options and pick again.");
  }
  const compared = keys ? all.filter((t) => keys.includes(t.key)) : all;
  if (compared.length === 0) {
    throw new EchExcelError("NothingToCompare", "No option was picked to compare.", "Pick one or more of the generated options, then compare.");
  }
  const report = await insertTemplate(context, comparisonTemplate(compared), options);
  return { sheet: report.firstSheet, compared, syncs: c.count + report.syncs };
}
