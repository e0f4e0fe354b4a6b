/**
 * The Summary sheet, first in every option workbook: the decision on one page. The option's cost to
 * the council a year, in its first year and over the contract, what it buys, who carries which
 * risk, every sheet's check in one place, the key assumptions with their sources, and where to
 * compare it with the other options. Every figure reads the row where it is worked out.
 */
import { cellAt, calcRow, fx, type Row } from "../../calc";
import * as Scheme from "../../model/scheme";
import { priceBaseInput } from "../../model/priceRows";
import { contractYears, type ProjectionRows } from "../../model/projection";
import { sourceDate, sourceWords } from "../../model/sources";
import type { BaseRows, Prior } from "../../options/sheet";
import { OPTION_CONTENT } from "../../options/ids";
import { optionSpan, type OptionId, type OverlayId } from "../../options/ids";
import { SheetLayout } from "../../layout/layout";
import { titleRow } from "../../model/inputCheck";

export const SUMMARY_ID = "summary";
const title = titleRow(SUMMARY_ID, "Summary");

/** A figure shown here as it is where it is worked out. */
const shown = (row: Row, label = row.label) =>
  calcRow(`summary.${row.id}`, label, fx`${row}`, {
    ...(row.format ? { format: row.format } : {}),
    ...(row.unit ? { unit: row.unit } : {}),
  });

export function summaryLayout(
  ids: readonly (OptionId | OverlayId)[],
  base: BaseRows,
  projection: ProjectionRows,
  checks: readonly Prior[],
): SheetLayout {
  const l = new SheetLayout(SUMMARY_ID, "Summary", {
    // One landscape page wide at 73%, the checks beside the costs: the sheet prints on one page.
    columns: [46, 16, 12, 52, 46],
    orientation: "landscape",
  });
  const names = ids.map((id) => `option ${id} (${OPTION_CONTENT[id].title})`).join(" with ");
  l.line([{ row: title, style: "title" }]);
  l.line([{ text: `The decision in one page: ${names}. Every figure is a live link to the sheet that works it out.`, style: "subtitle" }]);
  l.gap();

  const figure = (row: Row, label?: string) => {
    const r = shown(row, label);
    l.line([
      { text: r.label, style: "label" },
      { row: r, style: row.total ? "total" : "output" },
      r.unit ? { text: r.unit, style: "note" } : null,
    ]);
  };
  const costs = l.line(["What it costs the council", "Figure", "Unit"].map((h) => ({ text: h, style: "header" as const })));
  // The checks beside the costs, a message running on to the right.
  l.lineAt(
    costs,
    ["Checks", "Result"].map((h) => ({ text: h, style: "header" as const })),
    3,
  );
  checks.forEach((c, k) => {
    const r = calcRow(`summary.check.${c.check.id}`, `${c.sheet} sheet`, fx`${c.check}`, { check: true });
    l.lineAt(costs + 1 + k, [{ text: r.label, style: "label" }, { row: r }], 3);
  });
  figure(base.councilAnnualCost, "Council's cost in a full year");
  figure(base.councilNetCost, "Council's net cost a year, after contributions");
  const year1 = calcRow("summary.year1", "Council's cost in the first year", fx`${cellAt(projection.yearCosts, 0)}`, {
    format: projection.yearCosts.format,
    unit: "£",
  });
  l.line([
    { text: year1.label, style: "label" },
    { row: year1, style: "output" },
    { text: "£", style: "note" },
  ]);
  figure(projection.total, "Council's cost over the contract (with uplifts)");
  figure(projection.netTotal, "Council's net cost over the contract, after contributions");
  figure(projection.npv);
  figure(projection.netNpv);
  figure(contractYears);
  figure(Scheme.unitCost, "Unit cost of an hour of care and support");
  figure(base.perNeed);
  l.gap();

  l.line(["What it buys", "Figure", "Unit"].map((h) => ({ text: h, style: "header" as const })));
  figure(base.need, "Hours tenants need a week");
  figure(base.blockHours, "Hours the council block-contracts a week");
  figure(base.spotHours, "Hours bought spot a week");
  for (const id of ids) l.line([{ text: `Option ${id}: ${OPTION_CONTENT[id].contracting}`, style: "note" }]);
  l.gap();

  l.line(["Who carries which risk", "Figure", "Unit"].map((h) => ({ text: h, style: "header" as const })));
  figure(base.councilRisk);
  figure(base.providerRisk);
  const who = shown(base.riskWho);
  l.line([
    { text: who.label, style: "label" },
    { row: who, style: "output" },
  ]);
  for (const id of ids) l.line([{ text: `Option ${id}: ${OPTION_CONTENT[id].summary}`, style: "note" }]);
  l.gap();

  l.line(["Key assumptions", "Value", "Unit", "Source"].map((h) => ({ text: h, style: "header" as const })));
  for (const input of [priceBaseInput, Scheme.tenants, Scheme.supportRate, Scheme.careRate, Scheme.managerSalary]) {
    const r = shown(input);
    const src = input.source!;
    l.line([
      { text: r.label, style: "label" },
      { row: r, style: typeof input.values?.[0] === "string" ? "label" : "output" },
      r.unit ? { text: r.unit, style: "note" } : null,
      { text: typeof src === "object" ? `${sourceWords(src)} (${sourceDate(src)})` : sourceWords(src), style: "note" },
    ]);
  }
  // Notes, not a section of their own: the Summary prints on one page.
  l.line([
    {
      text: `Every input, its value, source and date: the Sources and assumptions sheet. The appraisal workbook sets options ${optionSpan(" to ")} side by side on the same scheme (from the task pane or the command-line generator); the Sensitivity and Scenarios sheets show how far this option's figures move with its key inputs.`,
      style: "note",
    },
  ]);
  return l;
}
