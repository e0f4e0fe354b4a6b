/** The Sources and assumptions sheet: where each table comes from and what each assumption is. */
import type { OptionId, OverlayId } from "../types";
import { BRIEF, briefContracts, briefSection, howMuchCare, JIT_2009, JIT_MODEL, sourceText } from "../../model/citations";
import { DISCOUNT_RATE_FIGURE } from "../../model/projection";
import { OPTION_SOURCES } from "../../options/registry";
import { SheetLayout, noteCell, type Slot } from "../../layout/layout";
import { cellAt, calcRow, fx, type Row } from "../../calc";
import { sourceDate, sourceWords } from "../../model/sources";
import type { StyleId } from "../types";
import { FIGURES, STATUTORY_BASES, citeSource, type Statutory } from "../../model/priceRows";
import { TENANT_FIGURES } from "../../model/englishBudget";
import type { CheckedFigure } from "../../model/priceBase";

/** One line a statutory figure: its publications by title, date and section, and the bases left to enter. */
function figureSources(label: string, figureOf: (b: Statutory) => CheckedFigure, table: string): [string, string, string] {
  const cited = new Map<string, string[]>();
  const missing: string[] = [];
  for (const b of STATUTORY_BASES) {
    const figure = figureOf(b);
    if (figure === null) missing.push(b.id);
    else cited.set(citeSource(figure.source), [...(cited.get(citeSource(figure.source)) ?? []), b.id]);
  }
  const source = [...cited].map(([c, ids]) => `${c} (${ids.join(", ")})`).join("; ");
  const note = missing.length
    ? `Not checked against a publication for ${missing.join(", ")}: an empty pink cell in ${table}, to enter.`
    : "Checked against the publication for every current price base.";
  return [`Price base: ${label}`, source || "none found", note];
}

const PRICE_BASE_SOURCES: readonly [string, string, string][] = FIGURES.map((f) =>
  figureSources(f.label, (b) => b.rules[f.key], "the table of price bases"),
);

/** The English budget's rules: an assumption, printed with the others. */
const ENGLISH_BUDGET: [string, string, string] = [
  "Tenant budget: English budget",
  "Social care - charging for care and support: local authority circular, Department of Health and Social Care, Annex to the circular: Capital limits; Minimum income guarantee. The Care and Support (Charging and Assessment of Resources) Regulations 2014, regulations 7, 12, 15 and 25 and Schedule 1 (legislation.gov.uk).",
  "At a current price base only. Pension Credit tops the full State Pension up to the standard minimum guarantee (none when the pension is higher). The contribution: above the upper capital limit the full cost of the care; between the limits £1 a week of tariff income for each £250 (or part) above the lower limit; charge = income counted + tariff income − Minimum Income Guarantee − disability-related expenditure, at least £0 and at most the cost of the care (hours × cost per hour, the scheme's unit cost per hour if left blank). Housing Benefit and Council Tax Reduction are disregarded. Rent, service charge, council tax, living costs, Housing Benefit and Council Tax Reduction are the user's; 10 hours of care a week is an example.",
];

/**
 * The publications of each statutory figure of the price bases, figure by figure: a register read on
 * screen beside the tables of figures, like the assumption register (printed, it took three pages).
 */
const FIGURE_SOURCES: readonly [string, string, string][] = [
  ...PRICE_BASE_SOURCES,
  ...TENANT_FIGURES.map((f) => figureSources(f.label, (b) => b.rules.tenant[f.key], "the Tenant budget sheet's table of figures")),
];

const COMMON: readonly [string, string, string][] = [
  [
    "Inputs",
    `${JIT_MODEL}, pink cells`,
    "Defaults are the published 35-unit scheme. Training is an amount in £ a year: the source does not say how £35,209.46 was worked out, and no rate on the other lines reproduces it.",
  ],
  [
    "Staffing: hours",
    `${JIT_MODEL}, care and support staffing`,
    "Tenants in a band = tenants × the band's share, rounded up to a whole person: head-counts round up (10 + 17 + 10 = 37 of 35); the product is first rounded to 9 decimal places, so that 25 × 28% counts 7 people, not 8. The source prints 352, 415 and 367 for 351.6, 414.6 and 367.4 hours. Night hours are split between housing support and care by the night share (50%).",
  ],
  [
    "Staffing: staff on-costs",
    `${JIT_MODEL}, staff on-costs`,
    "Pay = care and support cost a year + scheme manager. National Insurance and cover are rates on pay; superannuation is a rate on pay + cover.",
  ],
  [
    "Staffing: averages",
    JIT_MODEL,
    "Cost per tenant divides by the tenants (35), not the rounded-up band count (37). Unit cost per hour = total staff cost ÷ (total hours a week × 52).",
  ],
  [
    "Tenant budget",
    `${JIT_2009}, indicative costs and sources of income for tenants`,
    "A Scottish example: free personal care and council tax benefit do not exist in England (council tax benefit ended in 2013). Monthly total = weekly expenditure × 52 ÷ 12 (£1,965.38).",
  ],
  [
    "Residential care",
    `${howMuchCare("1.4.4–1.4.5")}; ${JIT_2009}, capital and revenue comparison`,
    "No care home fee is given: enter your own. Cost of one tenant a week = (daytime hours of the band + night hours ÷ tenants) × unit cost per hour. Two printed totals do not add up: 24 × £75,195 = £1,804,680 (printed £1,804,690); £703,068 + £301,323 = £1,004,391 (printed £1,004,408).",
  ],
  [
    "Prices on option sheets",
    howMuchCare("3.2.1"),
    "A price left blank uses the Staffing sheet's unit cost per hour, which loads on-costs and non-contact time into one hourly rate, as the brief describes.",
  ],
  [
    "Projection",
    `${briefContracts("2.2 and 2.5")}; ${howMuchCare("3.3.2–3.3.5")}`,
    "Contract length 5 years is an example (the brief: no more than three years with an annual review for a care contract; 20 or 25 years where housing and care are integrated). Uplifts default to 0% (today's prices). The cost is split into pay and non-pay as the Staffing sheet's total staff cost is: training is the one non-pay line. Units let default to 100% (full from opening, as the published model assumes); the scheme is full from the second year. An empty unit's rent and service charge default to the Tenant budget sheet's. Year 1 is the option's first year where it phases in; later years its cost a year × the uplift factor.",
  ],
  [
    "Present value",
    sourceText(DISCOUNT_RATE_FIGURE.source),
    "3.5% a year in real terms for the first 30 years (the Green Book's social time preference rate). Year 1 is not discounted; year t is divided by (1 + rate)^(t − 1). With uplifts the yearly costs are cash amounts (nominal), so the sheet says the present value is nominal.",
  ],
  [
    "Break-even price",
    "",
    "The council's cost a year is linear in the price: budget ÷ ((block hours + spot hours × council's share) × 52), one price for block and spot hours.",
  ],
  [
    "Break-even hours and share of high-needs tenants",
    "",
    "At the option's prices each hour bought, block and outside the block in today's mix, costs the average price: the budget carries hours bought × budget ÷ cost a year. Each tenant with high needs in place of one with medium needs adds the difference in the two bands' daytime hours.",
  ],
  [
    "Net cost and who pays",
    `${briefSection("4.3.2–4.3.5")}; Social care - charging for care and support: local authority circular, Department of Health and Social Care (the charging rules the tenants' contributions come from)`,
    "Housing support's share of the council's cost = the cost × housing support hours ÷ all hours. Tenants can be charged for the rest (all of it when housing support is funded as care; nothing when the service is a grant, which has no way to collect charges). A tenant's care a week is their share of that cost by care hours: their band's, and the night's shared equally among the tenants counted. Self-funders pay all of it; the others their band's average contribution, never more. Through the service charge, tenants pay housing support's share instead of the council. Net cost = cost − contributions − service charge. The shares and averages are 0 until entered: no published averages exist.",
  ],
  ["Weeks and months", "", "52 weeks and 12 months a year."],
  [
    "Price base",
    `${JIT_MODEL}; ${howMuchCare("3.2.1–3.2.2")}`,
    "2009 (published model) keeps the published flat on-costs and every printed figure. At a current price base the hourly rates are pay; paid hours = hours × 52 ÷ (52 − holiday weeks) × (1 + absence cover), plus training hours and the team leader's hours; workers = paid hours ÷ average contracted hours, rounded up, plus team leaders and the scheme manager; employer National Insurance and pension are worked out per worker, each worker of a group earning the group's average pay. The team leader is paid at their own rate and sleep-in nights are costed separately, as the Technical Brief allows, at a flat amount a night (Royal Mencap Society v Tomlinson-Blake [2021] UKSC 8, 19 March 2021: time asleep on call does not count for the minimum wage). Overheads, surplus, the contracted hours, absence cover, training hours and the team leader and night rates are examples.",
  ],
  ENGLISH_BUDGET,
  [
    "Benchmark",
    "Homecare Association, Minimum Price for Homecare: its publications for each price base are listed under this table",
    "Shown beside the unit cost, not as a judgement of it: homecare prices include care workers' travel time and costs between visits, which care on site in extra care housing does not have.",
  ],
];

/** One line of the register: a cell of a pink input, where it is and where its default comes from. */
export interface RegisterLine {
  input: Row;
  cell: number;
  sheet: string;
  /** "Share of tenants in each needs band, Low". */
  label: string;
  source: string;
  date: string;
}

/** Every cell of every input row placed on these sheets, once, in the order the sheets show them. */
export function registerLines(layouts: readonly SheetLayout[]): RegisterLine[] {
  const seen = new Set<Row>();
  const lines: RegisterLine[] = [];
  for (const l of layouts) {
    for (const p of l.slots) {
      const slot = p.slot;
      if (slot === null || typeof slot !== "object" || !("row" in slot) || slot.row.kind !== "input" || seen.has(slot.row)) continue;
      const row = slot.row;
      seen.add(row);
      if (!row.source) throw new Error(`The input ${row.id} has no source`);
      // A scenario's cells are alternatives to inputs listed in their own right (the sheet's note says so).
      if (row.source === "scenario") continue;
      const blank = row.input?.blankMeans ? `; left blank, it uses ${row.input.blankMeans}` : "";
      for (let i = 0; i < row.size; i++) {
        const part = row.size > 1 ? `, ${row.cellLabels?.[i] ?? `${i + 1} of ${row.size}`}` : "";
        lines.push({
          input: row,
          cell: i,
          sheet: l.name,
          label: `${row.label}${part}`,
          source: `${sourceWords(row.source)}${blank}`,
          date: sourceDate(row.source),
        });
      }
    }
  }
  return lines;
}

/** The register's value cell: a live link to the pink cell (empty while it is empty). */
function linkRow(line: RegisterLine): Row {
  const x = cellAt(line.input, line.cell);
  return calcRow(`register.${line.input.id}.${line.cell}`, line.label, fx`IF(ISBLANK(${x}),"",${x})`, {
    ...(line.input.format ? { format: line.input.format } : {}),
  });
}

/** The sheet: where each table comes from and what each assumption is, then the register of every pink input on `layouts`. */
export function sourcesLayout(ids: readonly (OptionId | OverlayId)[], layouts: readonly SheetLayout[]): SheetLayout {
  const l = new SheetLayout("sources", "Sources and assumptions", {
    // The sources (across three columns) and the assumptions are about as long: as wide as each other, they wrap to the fewest lines.
    columns: [30, 15, 15, 40, 75],
    orientation: "landscape",
    freezeRows: 4,
  });
  l.line([{ text: "Sources and assumptions", style: "title" }]);
  l.line([
    {
      text: `The published figures are indicative, not a basis for detailed financial planning (${JIT_2009}). The options follow the ${BRIEF}. Below this table, read in the workbook and not printed: the publications of each statutory figure of the price bases, and the assumption register of every pink cell with its value and source.`,
      style: "subtitle",
    },
  ]);
  l.gap();
  const wide = (text: string, style: StyleId, span: number): Slot => ({ cell: { value: text, style, span } });
  const table = (first: string, rows: readonly (readonly [string, string, string])[]) => {
    l.line([{ text: first, style: "header" }, wide("Source", "header", 3), null, null, { text: "Assumption", style: "header" }]);
    for (const [what, source, note] of rows)
      l.line([{ text: what, style: "label" }, wide(source, "note", 3), null, null, { text: note, style: "note" }]);
  };
  table("Table or sheet", [...COMMON, ...ids.flatMap((id) => OPTION_SOURCES[id])]);
  // The statutory figures' publications and the register (a line per pink cell, some 180) are read on
  // screen: printed, they were most of the sheet's pages.
  l.printUpToHere();
  l.gap();
  table("Statutory figure", FIGURE_SOURCES);
  l.gap();
  l.line([{ text: "Assumption register: every pink cell of this workbook", style: "title" }]);
  l.line([
    {
      text: "Each input (its unit in brackets), its value now (a live link to the pink cell), where its default comes from and when (for an input of several cells, on the line of its first cell), and a pink note for your own reasons, sources and dates.",
      style: "subtitle",
    },
  ]);
  l.line([
    { text: "Input", style: "header" },
    { text: "Value", style: "header" },
    wide("Source and date", "header", 2),
    null,
    { text: "Your note", style: "header" },
  ]);
  for (const line of registerLines(layouts)) {
    const text = line.input.input?.rule.kind === "text" || line.input.input?.rule.kind === "list";
    // The unit and source of an input of several cells (bands, months) are on its first cell's line only.
    const first = line.cell === 0;
    const unit = first && line.input.unit ? ` (${line.input.unit})` : "";
    l.line([
      { text: `${line.sheet}: ${line.label}${unit}`, style: "label" },
      { row: linkRow(line), style: text ? "label" : "output" },
      // A publication's date closes its citation; an example or the user's own figure has none.
      first ? wide(typeof line.input.source === "object" ? `${line.source} (${line.date})` : line.source, "note", 2) : null,
      null,
      noteCell("Your note on this input: where your figure comes from, who agreed it and when."),
    ]);
  }
  if (
    layouts.some((s) =>
      s.slots.some((p) => p.slot !== null && typeof p.slot === "object" && "row" in p.slot && p.slot.row.source === "scenario"),
    )
  ) {
    l.line([
      {
        text: "The Scenarios sheet's named scenarios are your own alternatives to the inputs above (a blank cell keeps the base value); the scenario in use is listed above.",
        style: "note",
      },
    ]);
  }
  return l;
}
