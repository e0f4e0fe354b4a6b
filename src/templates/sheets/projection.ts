/** The Projection sheet: the chosen option's council cost in each contract year, its present value and the break-even price. */
import { calcRow, checkRowFor, firstProblem, fx, text, type Row } from "../../calc";
import * as ProjectionModel from "../../model/projection";
import { BRIEF, briefContracts, howMuchCare, sourceText } from "../../model/citations";
import { SheetLayout, type Slot } from "../../layout/layout";
import { titleRow } from "../../model/inputCheck";
import type { Prior } from "../../options/sheet";

export const PROJECTION_ID = "projection";
const title = titleRow(PROJECTION_ID, "Projection over the contract");

const money = (n: number) => `£${n.toFixed(2)}`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The implied pay uplifts the price base table knows (National Living Wage from one April to the next). */
function livingWageNote(): string {
  const rises = ProjectionModel.livingWageRises();
  if (rises.length === 0) return "";
  const parts = rises.map((r) => `${money(r.fromRate)} in ${r.from} to ${money(r.toRate)} in ${r.to}, ${pct(r.rise)}`);
  return `For staff paid the National Living Wage the implied pay uplift is ${parts.join("; ")} (${sourceText(rises[rises.length - 1].source)}).`;
}

/** The assumption behind the net cost by year, in the sheet's words (the README states it too). */
const NET_NOTE =
  "Net cost: tenants' contributions are taken to pay the same share of the council's cost every year as in the steady state on the option's sheet, so each year's net cost is its cost × that share (with no contributions, the cost itself).";

/** Lays out the sheet for one option (with or without F); `prior`: the checks that must be OK first. */
export function projectionLayout(rows: ProjectionModel.ProjectionRows, prior: readonly Prior[]): SheetLayout {
  const l = new SheetLayout(PROJECTION_ID, "Projection", {
    // Ten year (or twelve month) columns wide enough for £9,999,999, the twelfth month's too; what they
    // leave goes to the labels, so fewer wrap, more than to the units and notes: the sheet prints on two pages.
    columns: [31, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8, 10, 20],
    orientation: "landscape",
    freezeRows: 4,
    freezeColumns: 1,
  });
  const checks = new Map<Row, Row>(ProjectionModel.PROJECTION_INPUTS.map((r) => [r, checkRowFor(r)]));
  let chain = firstProblem([...checks.values()]);
  for (const p of [...prior].reverse())
    chain = fx`IF(${p.check}<>"OK",${text(`Fix the ${p.sheet} sheet first: its check is not OK.`)},${chain})`;
  const check = calcRow("projection.check", "Check", chain, { check: true, name: "ECH_ProjectionCheck" });
  l.guard = check;

  const input = (row: Row) =>
    l.line([{ text: row.label, style: "label" }, { row }, { text: row.unit ?? "", style: "note" }, { row: checks.get(row)! }]);
  const one = (row: Row) =>
    l.line([
      { text: row.label, style: row.total ? "total" : "label" },
      { row },
      { text: row.unit ?? "", style: "note" },
      { text: row.note ?? "", style: "note" },
    ]);
  // "How it is worked out" across three year columns, as wide as the notes below it start: in one, it wrapped to three lines.
  const heading = (first: string) =>
    l.line([
      { text: first, style: "header" },
      { text: "Value", style: "header" },
      { text: "Units", style: "header" },
      { cell: { value: "How it is worked out", style: "header", span: 3 } },
    ]);
  const years = (row: Row, unit = "") => {
    const slots: Slot[] = [
      { text: row.label, style: row.total ? "total" : "label" },
      { row },
      { text: unit, style: "note" },
      // Across the last two columns (the twelfth month's and the check's in the table of months), so it wraps to fewer lines.
      { text: row.note ?? "", style: "note" },
    ];
    l.line(slots);
  };

  l.line([{ row: title, style: "title" }]);
  l.line([
    {
      text: `What the chosen option costs the council in each year of the contract. The brief expects contracts of up to 3 years with annual review, and 20 to 25 years for integrated schemes (${briefContracts("2.2 and 2.5")}); this sheet shows up to 10 years.`,
      style: "subtitle",
    },
  ]);
  l.line([{ text: "Check", style: "total" }, { row: check }]);
  l.line(["Inputs for the projection", "Value", "Units", "Check"].map((h) => ({ text: h, style: "header" as const })));
  input(ProjectionModel.contractYears);
  input(ProjectionModel.payUplift);
  const nlw = livingWageNote();
  if (nlw) l.line([{ text: nlw, style: "note" }]);
  input(ProjectionModel.nonPayUplift);
  input(ProjectionModel.discountRate);
  input(ProjectionModel.voidRent);
  input(ProjectionModel.voidServiceCharge);
  l.gap();
  heading("Uplifts: pay and non-pay");
  one(ProjectionModel.payShare);
  one(ProjectionModel.nonPayShare);
  l.line([
    {
      text: "Pay lines: the scheme manager, the care and support hours, National Insurance, cover and superannuation. Non-pay: training. Prices on the option sheets are split in the same proportions.",
      style: "note",
    },
  ]);

  l.gap();
  l.line([
    { text: "Contract year", style: "header" },
    { row: ProjectionModel.year, style: "header" },
    { text: "Units", style: "header" },
    { cell: { value: "How it is worked out", style: "header", span: 2 } },
  ]);
  years(ProjectionModel.inContract);
  years(ProjectionModel.occupancyByYear, "% of units");
  years(ProjectionModel.hoursNeededByYear, "hours a week");
  years(rows.blockByYear, "hours a week");
  years(rows.spotByYear, "hours a week");
  if (rows.blockMonths) years(rows.blockMonths, "months");
  years(ProjectionModel.payFactor);
  years(ProjectionModel.nonPayFactor);
  years(ProjectionModel.upliftFactor);
  years(rows.careAtToday, "£");
  years(rows.careCost, "£");
  years(ProjectionModel.voidsByYear, "£");
  years(rows.yearCosts, "£");
  years(rows.netYearCosts, "£");
  years(ProjectionModel.discountFactor);
  years(rows.presentValues, "£");
  l.gap();
  one(rows.total);
  l.line([
    { text: rows.npv.label, style: "total" },
    { row: rows.npv },
    { text: rows.npv.unit ?? "", style: "note" },
    { row: rows.basis, style: "note" },
  ]);
  l.line([{ text: rows.npv.note!, style: "note" }]);
  one(rows.netShare);
  one(rows.netTotal);
  one(rows.netNpv);
  l.line([{ text: NET_NOTE, style: "note" }]);

  l.gap();
  l.line([
    {
      text: `The first year month by month: the scheme fills up (${howMuchCare("3.3.2–3.3.5")}); a block phases in on the option's sheet`,
      style: "subtitle",
    },
  ]);
  l.line([
    { text: "Month", style: "header" },
    { row: ProjectionModel.month, style: "header" },
    { text: "Check", style: "header" },
  ]);
  l.line([
    { text: ProjectionModel.occupancy.label, style: "label" },
    { row: ProjectionModel.occupancy },
    { row: checks.get(ProjectionModel.occupancy)! },
  ]);
  l.line([{ text: ProjectionModel.emptyUnits.label, style: "label" }, { row: ProjectionModel.emptyUnits }]);
  l.line([{ text: ProjectionModel.voidsByMonth.label, style: "label" }, { row: ProjectionModel.voidsByMonth }]);
  one(ProjectionModel.averageOccupancy);
  one(ProjectionModel.voidRentUsed);
  one(ProjectionModel.voidServiceUsed);
  one(ProjectionModel.voidsFirstYear);
  l.line([
    {
      text: `In some areas a Voids Indemnity Agreement with social services covers the rent and service charge of units left unfilled after an agreed period (${howMuchCare("3.3.3")}): the sheet costs every empty unit in every month, so an agreement that starts later costs less. The scheme is taken to be full from the second year. The option's care cost in the first year follows its sheet: a block is paid for whether or not units are let.`,
      style: "note",
    },
  ]);

  l.gap();
  heading("Break-even against a budget");
  input(ProjectionModel.budget);
  one(rows.budgetUsed);
  one(rows.paidHours);
  one(rows.breakEvenPrice);
  l.line([
    {
      text: `Entered as the block and spot prices on the option's sheet, the break-even price makes the council's cost a year equal the budget (${BRIEF}). How the break-even figures are worked out: the Sources and assumptions sheet.`,
      style: "note",
    },
  ]);
  one(rows.hoursBought);
  one(rows.breakEvenHours);
  one(rows.highStep);
  one(rows.breakEvenHighShare);
  return l;
}
