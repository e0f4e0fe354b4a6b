/**
 * The comparison sheet as a template definition: one column per generated option, each figure a
 * live formula on that option's defined names. The workbook operation (src/workbook/compareOptions.ts)
 * finds the options and inserts this; it decides nothing about the sheet.
 */
import { OPTION_IDS } from "../options/ids";
import { columnLetters } from "../layout/a1";
import { FMT } from "./formats";
import type { CellDef, TemplateDef } from "./types";

/** The defined names every generated option template has, read by the comparison. */
export const METRICS = ["CouncilAnnualCost", "BlockHours", "SpotHours", "CostPerPersonWeek", "SchemeName"] as const;
export type Metric = (typeof METRICS)[number];

export interface OptionTemplateInfo {
  /** "1" for the first generated template (ECH_BlockHours), "2" for the copy named ECH_BlockHours_2, … */
  key: string;
  /** The option sheet's tab name, e.g. "Option B" or "Option C (2)". */
  label: string;
  /** Defined names found for this template, by metric. */
  names: Partial<Record<Metric, string>>;
  /** Its ECH_TemplateVersion, or undefined when it has none (made before version 2). */
  version?: number;
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
    "Council's cost a year (£)": (t) => metric(t, "CouncilAnnualCost", FMT.money0),
    "Hours a week block-contracted": (t) => metric(t, "BlockHours", FMT.hours),
    "Hours a week spot-purchased or bought with personal budgets": (t) => metric(t, "SpotHours", FMT.hours),
    "Share of hours block-contracted": (_t, col) => {
      const block = at(col, "Hours a week block-contracted");
      const spot = at(col, "Hours a week spot-purchased or bought with personal budgets");
      return { formula: `IF(${block}+${spot}=0,"",${block}/(${block}+${spot}))`, format: FMT.percent1, style: "output" };
    },
    "Staff cost per person a week (£)": (t) => metric(t, "CostPerPersonWeek", FMT.money),
    "Council's cost a year, difference from the first column (£)": (_t, col) => {
      const cost = "Council's cost a year (£)";
      return { formula: `${at(col, cost)}-$B$${row(cost)}`, format: FMT.money0, style: "output" };
    },
  };
  const cells: CellDef[] = [
    { ref: "A1", value: "Comparison of commissioning options", style: "title" },
    {
      ref: "A2",
      value: `Live formulas on each option's defined names: the figures follow the option sheets' inputs. Differences are from ${first}.`,
      style: "note",
    },
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
    choice: { option: OPTION_IDS[0], overlays: [] },
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
