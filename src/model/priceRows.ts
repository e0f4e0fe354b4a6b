/**
 * The price base as graph rows: the pink ECH_PriceBase cell, a small table of each current price
 * base's statutory figures (one cell a figure, from PRICE_BASES: adding a year adds a column of
 * the table and nothing else), and the figures of the chosen base looked up from it with CHOOSE.
 * A figure that could not be checked against a publication is an empty pink cell to enter.
 */
import { FMT, calcRow, constRow, fx, inputRow, text, type Expr, type Row } from "../calc";
import { OWN_FIGURE } from "./sources";
import { CURRENT_PRICE_BASE, PUBLISHED_PRICE_BASE } from "./defaults";
import { PRICE_BASES, type CheckedFigure, type PriceBase, type Source, type StatutoryRules } from "./priceBase";

export type Statutory = Extract<PriceBase, { method: "statutory" }>;
export const STATUTORY_BASES: readonly Statutory[] = PRICE_BASES.filter((p): p is Statutory => p.method === "statutory");

export type FigureKey = Exclude<keyof StatutoryRules, "tenant" | "pensionEarningsTrigger" | "discountRate">;

export interface FigureSpec {
  key: FigureKey;
  label: string;
  unit: string;
  format: string;
  /** The cost needs it: a blank cell of the chosen base stops the results until it is entered. */
  needed: boolean;
  /** The figure in a sentence: "the National Insurance secondary threshold". */
  what: string;
}

const MONEY = "£#,##0.00;-£#,##0.00";
const PERCENT = "0.0%";

/** The table's lines, in order. */
export const FIGURES: readonly FigureSpec[] = [
  {
    key: "nationalLivingWage",
    what: "the National Living Wage",
    label: "National Living Wage (aged 21 and over)",
    unit: "£ an hour",
    format: MONEY,
    needed: true,
  },
  {
    key: "employerNationalInsuranceRate",
    what: "the employer National Insurance rate",
    label: "Employer National Insurance rate",
    unit: "% of pay above the threshold",
    format: PERCENT,
    needed: true,
  },
  {
    key: "secondaryThreshold",
    what: "the National Insurance secondary threshold",
    label: "National Insurance secondary threshold",
    unit: "£ a year for each worker",
    format: FMT.money0,
    needed: true,
  },
  {
    key: "pensionEmployerMinimum",
    what: "the employer's minimum pension contribution",
    label: "Workplace pension, employer minimum",
    unit: "% of qualifying earnings",
    format: PERCENT,
    needed: true,
  },
  {
    key: "pensionLowerLimit",
    what: "the lower limit of qualifying earnings",
    label: "Qualifying earnings from",
    unit: "£ a year",
    format: FMT.money0,
    needed: true,
  },
  {
    key: "pensionUpperLimit",
    what: "the upper limit of qualifying earnings",
    label: "Qualifying earnings up to",
    unit: "£ a year",
    format: FMT.money0,
    needed: true,
  },
  {
    key: "holidayWeeks",
    what: "the weeks of statutory paid holiday",
    label: "Statutory paid holiday",
    unit: "weeks a year",
    format: "0.0",
    needed: true,
  },
  {
    key: "homecareMinimumPrice",
    what: "the Homecare Association's Minimum Price for Homecare",
    label: "Homecare Association Minimum Price for Homecare (England)",
    unit: "£ an hour (a benchmark)",
    format: MONEY,
    needed: false,
  },
  {
    key: "realLivingWage",
    what: "the Real Living Wage",
    label: "Real Living Wage (Living Wage Foundation), an optional pay policy",
    unit: "£ an hour",
    format: MONEY,
    needed: false,
  },
  {
    key: "employmentAllowance",
    what: "the Employment Allowance",
    label: "Employment Allowance (providers only: councils cannot claim it)",
    unit: "£ a year for each employer",
    format: FMT.money0,
    needed: false,
  },
];

const NAMES = PRICE_BASES.map((p) => p.cell);

/** Where the default base comes from: the latest year whose National Living Wage is published. */
function latestBaseSource(): Source {
  const latest = PRICE_BASES.find((p) => p.cell === CURRENT_PRICE_BASE);
  const wage = latest?.method === "statutory" ? latest.rules.nationalLivingWage : null;
  if (!wage) throw new Error(`The default price base ${CURRENT_PRICE_BASE} has no published National Living Wage.`);
  const from = `1 April ${CURRENT_PRICE_BASE.slice(0, 4)}`;
  return {
    ...wage.source,
    date: `rates from ${from}`,
    section: `Current rates: those from ${from} are the latest published, so ${CURRENT_PRICE_BASE} is the default`,
  };
}

export const priceBaseInput = inputRow("priceBase", "Price base", CURRENT_PRICE_BASE, {
  source: latestBaseSource(),
  rule: { kind: "list", list: NAMES },
  name: "ECH_PriceBase",
  prompt: `Which year's prices and pay rules: ${NAMES.join(", ")}. "${PUBLISHED_PRICE_BASE}" keeps the published model's flat on-costs and figures; it is not meant for detailed operational costs.`,
});

/** 1 for the published model, 2, 3, … for the current bases in the table's order; 0 for anything else. */
export const priceBaseIndex = calcRow(
  "priceBaseIndex",
  "Price base number",
  PRICE_BASES.reduceRight<Expr>((rest, p, i) => fx`IF(${priceBaseInput}=${text(p.cell)},${i + 1},${rest})`, fx`0`),
  { format: "0", note: "1 is the published model; 2 onwards are the columns of the table of price bases", check: true },
);

/** 1 under a current price base (statutory pay rules), 0 under the published model: shown Yes or No. */
export const priceBaseCurrent = calcRow("priceBaseCurrent", "Statutory pay rules apply", fx`IF(${priceBaseIndex}>1,1,0)`, {
  note: "Yes at a current price base, No at the published model's",
  format: '"Yes";"Yes";"No"',
  check: true,
});
export const CURRENT: Expr = fx`${priceBaseCurrent}`;
/** TRUE under the published model's price base, and at a current one: the conditions of use of the pink cells of each. */
export const PUBLISHED_CHOSEN: Expr = fx`${priceBaseCurrent}=0`;
export const CURRENT_CHOSEN: Expr = fx`${priceBaseCurrent}=1`;

/** The column headers of the table: the current bases' names. */
export const priceBaseNames = STATUTORY_BASES.map((p, i) => constRow(`priceTable.head.${i}`, p.cell, [p.cell]));

/** What a cell of a table of price bases needs to say about its figure. */
export interface TableSpec {
  label: string;
  unit: string;
  format: string;
  what: string;
}

/** One cell of a table: the verified figure (a plain cell), or an empty pink cell to enter. */
export function tableCell(id: string, base: Statutory, f: TableSpec, figure: CheckedFigure): Row {
  if (figure !== null) return constRow(id, `${f.label}, ${base.id}`, [figure.value], { format: f.format, unit: f.unit });
  return inputRow(id, `${f.label}, ${base.id}`, null, {
    source: OWN_FIGURE,
    unit: f.unit,
    format: f.format,
    rule: { kind: "number", min: 0 },
    prompt: `Enter ${f.what} for ${base.id}: it has not been checked against a publication, so the workbook does not fill it in.`,
  });
}

function tableCellOf(base: Statutory, f: FigureSpec): Row {
  return tableCell(`priceTable.${base.id}.${f.key}`, base, f, base.rules[f.key]);
}

/** The table's cells: TABLE[key][k] is the cell of the k-th current base. */
export const TABLE: Readonly<Record<FigureKey, readonly Row[]>> = Object.fromEntries(
  FIGURES.map((f) => [f.key, STATUTORY_BASES.map((b) => tableCellOf(b, f))]),
) as unknown as Record<FigureKey, readonly Row[]>;

/** The empty pink cells of the table, with the base and figure each stands for. */
export const ENTER_CELLS: readonly { row: Row; base: string; figure: FigureSpec; column: number }[] = FIGURES.flatMap((f) =>
  TABLE[f.key].flatMap((row, k) => (row.kind === "input" ? [{ row, base: STATUTORY_BASES[k].id, figure: f, column: k }] : [])),
);

/** The chosen base's figure from one cell a base: "" under the published model, and "" while its cell is left empty. */
export function chosen(id: string, f: Pick<TableSpec, "label" | "unit" | "format">, table: readonly Row[], name?: string): Row {
  const cells = table.map((r) => (r.kind === "input" ? fx`IF(ISBLANK(${r}),"",${r})` : fx`${r}`));
  const choose: Expr = { k: "fn", f: "CHOOSE", args: [fx`${priceBaseIndex}-1`, ...cells] };
  return calcRow(id, f.label, fx`IF(${CURRENT},${choose},"")`, {
    unit: f.unit,
    format: f.format,
    note: "looked up from the table of price bases for the chosen price base",
    name,
  });
}

function lookup(f: FigureSpec, name?: string): Row {
  return chosen(`priceBase.${f.key}`, f, TABLE[f.key], name);
}

export const PRICE_FIGURES = {
  nationalLivingWage: lookup(FIGURES[0], "ECH_NationalLivingWage"),
  niRate: lookup(FIGURES[1]),
  secondaryThreshold: lookup(FIGURES[2]),
  pensionMinimum: lookup(FIGURES[3]),
  pensionLower: lookup(FIGURES[4]),
  pensionUpper: lookup(FIGURES[5]),
  holidayWeeks: lookup(FIGURES[6]),
  homecareMinimumPrice: lookup(FIGURES[7]),
  realLivingWage: lookup(FIGURES[8]),
  employmentAllowance: lookup(FIGURES[9]),
} as const;

/** The looked-up rows, in the table's order. */
export const LOOKUPS: readonly Row[] = Object.values(PRICE_FIGURES);

type EnterCell = (typeof ENTER_CELLS)[number];
/** TRUE while the chosen price base is the one an empty pink cell of a table of price bases stands for (its column). */
export const enterCellChosen = (c: { column: number }): Expr => fx`${priceBaseIndex}=${c.column + 2}`;
/** The message, else `rest`, while the cost needs this empty cell: its own check and the input check say the same. */
export function enterCellMissing(c: EnterCell, rest: Expr = text("OK")): Expr {
  if (!c.figure.needed) return rest;
  return fx`IF(AND(${enterCellChosen(c)},ISBLANK(${c.row})),${text(
    `Enter ${c.figure.what} for ${c.base} in the table of price bases: it has not been checked against a publication, so it is left for you to enter.`,
  )},${rest})`;
}

/** "OK", or which empty pink cell of the chosen base the cost needs. */
export const enterCheck: Expr = ENTER_CELLS.reduceRight<Expr>((rest, c) => enterCellMissing(c, rest), text("OK"));

/** A publication as users read it: title, publisher, date and section. */
export function citeSource(s: Source): string {
  return `${s.title}, ${s.publisher}, ${s.date}${s.section ? `, ${s.section}` : ""}`;
}

export const BENCHMARK_NOTE =
  "The benchmark is shown beside the unit cost, not as a judgement of it: homecare prices include care workers' travel time and travel costs between visits, which care on site in extra care housing does not have.";

/** The Homecare Association's Minimum Price for Homecare at the chosen base, beside the unit cost. */
export const benchmark = calcRow(
  "benchmark",
  "Benchmark: Homecare Association Minimum Price for Homecare",
  fx`IF(${CURRENT},${PRICE_FIGURES.homecareMinimumPrice},"")`,
  {
    unit: "£ an hour",
    format: MONEY,
    name: "ECH_HomecareBenchmark",
    note: "homecare includes travel; on-site care does not",
  },
);

/** Where the benchmark of the chosen base comes from, or that it is still to be entered. */
export const benchmarkSource = calcRow(
  "benchmarkSource",
  "Source of the benchmark",
  fx`IF(${CURRENT},${
    {
      k: "fn",
      f: "CHOOSE",
      args: [
        fx`${priceBaseIndex}-1`,
        ...STATUTORY_BASES.map((b, k) => {
          const f = b.rules.homecareMinimumPrice;
          const cell = TABLE.homecareMinimumPrice[k];
          if (f !== null) return text(`${citeSource(f.source)} (${b.id})`);
          return fx`IF(ISBLANK(${cell}),${text(`Not yet checked for ${b.id}: enter it in the table of price bases on the Inputs sheet.`)},"Entered on the Inputs sheet")`;
        }),
      ],
    } as Expr
  },"")`,
  { check: true },
);
