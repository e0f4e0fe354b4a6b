/**
 * What every option sheet shares: a title, a check, a table of pink parameters (label, value,
 * units, check), results in sections (label, value, units, how it is worked out), and the rows
 * "What the council buys". Results show #N/A while the sheet's check is not OK.
 */
import {
  FMT,
  blankOr,
  calcRow,
  checkRowFor,
  firstProblem,
  fx,
  inputRow,
  text,
  type Expr,
  type ParamRule,
  type Row,
  type Value,
} from "../calc";
import { checkParam, netCostRows, WEEKS_PER_YEAR, type OptionResult, type SchemeFigures, type SharedCover } from "../model";
import type { ProjectionSource } from "../model/projection";
import type { InputSource } from "../model/sources";
import { WHO_PAYS_NOTES } from "./content";
import { OPTION_CONTENT, type OverlayRole } from "./ids";
import { SheetLayout } from "../layout/layout";
import { titleRow } from "../model/inputCheck";
import { unitCost } from "../model/scheme";

export { FMT };

/** A check on another sheet that must be OK first. */
export interface Prior {
  check: Row;
  sheet: string;
}

/** What overlays (E, F) and comparisons read from a base option (A–D). */
export interface BaseRows {
  id: string;
  sheetName: string;
  check: Row;
  need: Row;
  blockHours: Row;
  spotHours: Row;
  gap: Row;
  /** Block hours a week in months 1 and 2 while a block phases in (the full block for options that do not phase). */
  phase1: Row;
  phase2: Row;
  /** The price option F's block uses when its own is left blank. */
  blockPrice: Row;
  /** The first year's cost to the council (with phasing where the option phases in). */
  firstYear: Row;
  perNeed: Row;
  councilRisk: Row;
  providerRisk: Row;
  riskWho: Row;
  /** The hours a pump-priming block (option F) block-contracts by default. */
  coreHours: Row;
  spotPrice: Row;
  councilShare: Row;
  councilAnnualCost: Row;
  /** The council's cost a year less the tenants' contributions. */
  councilNetCost: Row;
  /** Who pays the council's cost a year: these four add up to it. */
  careBudget: Row;
  housingSupport: Row;
  contributions: Row;
  serviceCharge: Row;
  /** Hours bought that are not care delivered (option B's floating time and handover); 0 for the others. */
  nonContact: Row;
}

export interface ParamText {
  label: string;
  unit: string;
  format: string;
  prompt: string;
  blankMeans?: string;
  name?: string;
  /** Names of the cells of a parameter of several ("month 1", …). */
  cellLabels?: readonly string[];
}

/** What an option's sheet rests on, for the Sources sheet: what, its source, and a note. */
export type SheetSource = readonly [what: string, source: string, note: string];

/** A way of contracting for the whole scheme (A–D): one is chosen. Its module exports one, and the registry lists it. */
export interface BaseOption<Params = object, Result extends OptionResult = OptionResult> {
  kind: "base";
  /** Pink parameters, keyed as in TemplateInputs.options[id]. */
  params: Readonly<Record<string, Row>>;
  spec: ParamSpec<Params>;
  sheetSources: readonly SheetSource[];
  /** The option's rows as the model evaluates them (the same objects its sheet places). */
  rows: BaseRows;
  layout(prior: readonly Prior[], at?: Placement): { layout: SheetLayout; rows: BaseRows };
  /** The option in the model: what it buys and costs the council for one scheme. */
  model(params: Params, s: SchemeFigures): Result;
  /** Its parameters' rules and the rules across them (with the scheme's shared cover, the defaults when absent); InputError names the key. */
  checkParams(params: Params, cover?: SharedCover): void;
  /** The first year month by month, for an option that phases its block in (the Projection reads it). */
  phasing?: ProjectionSource["phasing"];
}

/** An overlay (E, F) that adds a sheet to any base option. */
export interface Overlay<Params = object> {
  kind: "overlay";
  role: OverlayRole;
  params: Readonly<Record<string, Row>>;
  spec: ParamSpec<Params>;
  sheetSources: readonly SheetSource[];
  layout(prior: readonly Prior[], base: BaseRows): { layout: SheetLayout };
  checkParams(params: Params): void;
}

/** A price: blank means the Staffing sheet's unit cost per hour. */
export const PRICE_RULE: ParamRule = { kind: "number", positive: true, blank: true };
export const HOURS_RULE: ParamRule = { kind: "number", min: 0 };

/** An option's parameters: their defaults, their rules and where each default comes from (the assumption register). */
export interface ParamSpec<T> {
  defaults: T;
  rules: { readonly [K in keyof T]: ParamRule };
  sources: { readonly [K in keyof T]: InputSource };
}

/** The maker of option `id`'s pink parameter rows, each with its default, rule and source from the spec. */
export function paramMaker<T>(id: string, spec: ParamSpec<T>) {
  return <K extends keyof T & string>(key: K, t: ParamText): Row =>
    inputRow(`${id}.${key}`, t.label, spec.defaults[key] as Value, {
      source: spec.sources[key],
      unit: t.unit,
      format: t.format,
      rule: spec.rules[key],
      prompt: t.prompt,
      key: `options.${id}.${key}`,
      ...(t.blankMeans ? { blankMeans: t.blankMeans } : {}),
      ...(t.name ? { name: t.name } : {}),
      ...(t.cellLabels ? { cellLabels: t.cellLabels } : {}),
    });
}

/** Checks option `id`'s parameters against their rules; InputError names the key as "options.B.floatingHours". */
export function checkParamRules<T>(id: string, spec: ParamSpec<T>, params: T): void {
  for (const key of Object.keys(spec.rules) as (keyof T & string)[]) {
    const v = params[key] as unknown;
    if (Array.isArray(v)) v.forEach((x) => checkParam(`options.${id}.${key}`, x, spec.rules[key]));
    else checkParam(`options.${id}.${key}`, v as number | null, spec.rules[key]);
  }
}

/** "The value used": the pink cell, or what a blank stands for. */
export function used(id: string, label: string, input: Row, fallback: Row | Expr, unit: string, format: string, note: string): Row {
  return calcRow(`${id}.used`, label, blankOr(input, fallback), { unit, format, note });
}

/** A price an option uses: its pink cell, or the scheme's unit cost when the cell is blank. */
export function priceUsed(id: string, label: string, input: Row): Row {
  return used(id, label, input, unitCost, "£ an hour", FMT.money, "pink cell, or the unit cost");
}

/** What an option buys against what tenants need, what it costs the council, and who carries the risk of under-use. */
export interface CouncilInputs {
  need: Row | Expr;
  block: Row | Expr;
  blockPrice: Row | Expr;
  spot: Row | Expr;
  spotPrice: Row | Expr;
  share: Row | Expr;
  /** Hours bought that are not care delivered to tenants (B's floating time and handover); 0 when absent. */
  nonContact?: Row | Expr;
  /** Hours a week the provider staffs at its own risk (option A's cover), with their cost an hour. */
  providerRisk?: { hours: Row | Expr; costPerHour: Row | Expr };
  blockNote?: string;
}

/** The rows every option sheet ends with (ECH_HoursNeeded, ECH_BlockHours, ECH_SpotHours, ECH_HoursGap, ECH_CouncilAnnualCost). */
export function councilRows(id: string, x: CouncilInputs) {
  const H = { unit: "hours a week", format: FMT.hours };
  const need = calcRow(`${id}.need`, "Hours tenants need", fx`${x.need}`, {
    ...H,
    note: "from the Hours needed sheet (or this sheet's pink cell)",
    name: "ECH_HoursNeeded",
  });
  const blockHours = calcRow(`${id}.blockHours`, "Hours block-contracted", fx`${x.block}`, {
    ...H,
    note: x.blockNote ?? "",
    name: "ECH_BlockHours",
  });
  const spotHours = calcRow(`${id}.spotHours`, "Hours bought outside the block", fx`${x.spot}`, {
    ...H,
    note: "spot-purchased by the council, bought with personal budgets or own money, or by tenants who opt out",
    name: "ECH_SpotHours",
  });
  const nonContact = calcRow(`${id}.nonContact`, "Non-contact hours bought", x.nonContact ? fx`${x.nonContact}` : fx`0`, {
    ...H,
    note: x.nonContact
      ? "management and floating time and handover: paid for, not care delivered to tenants"
      : "none: every hour bought is care delivered",
  });
  const contact = calcRow(`${id}.contact`, "Contact hours delivered", fx`${blockHours}+${spotHours}-${nonContact}`, {
    ...H,
    note: "block + outside the block − non-contact hours: the care tenants receive",
  });
  const gap = calcRow(`${id}.gap`, "Contact hours delivered − hours needed", fx`${contact}-${need}`, {
    ...H,
    note: "contact hours − need; 0 when the option delivers what tenants need",
    name: "ECH_HoursGap",
  });
  const gapCheck = calcRow(
    `${id}.gapCheck`,
    "Hours check",
    fx`IF(NOT(ISNUMBER(${gap})),"Fix the check at the top of the sheet first.",IF(ABS(${gap})<0.05,"OK",IF(${gap}<0,TEXT(-${gap},"#,##0.0")&" hours a week that tenants need are not bought.",TEXT(${gap},"#,##0.0")&" hours a week of care are bought beyond the need: paid for twice or unused.")))`,
    { check: true, name: "ECH_HoursCheck" },
  );
  const bp = calcRow(`${id}.blockPriceShown`, "Block price", fx`${x.blockPrice}`, {
    unit: "£ an hour",
    format: FMT.money,
    note: x.blockNote ?? "",
  });
  const sp = calcRow(`${id}.spotPriceShown`, "Spot price", fx`${x.spotPrice}`, { unit: "£ an hour", format: FMT.money });
  const sh = calcRow(`${id}.shareShown`, "Council's share of hours bought outside the block", fx`${x.share}`, {
    unit: "% of hours",
    format: FMT.percent,
  });
  const week = calcRow(`${id}.councilWeek`, "Council's cost a week", fx`${blockHours}*${bp}+${spotHours}*${sp}*${sh}`, {
    unit: "£ a week",
    format: FMT.money,
    note: "block hours × block price + hours outside the block × spot price × council's share",
  });
  const year = calcRow(`${id}.councilYear`, "Council's cost a year (steady state)", fx`${week}*${WEEKS_PER_YEAR}`, {
    unit: "£ a year",
    format: FMT.money0,
    note: "a week × 52, with the full block",
    name: "ECH_CouncilAnnualCost",
    total: true,
  });
  const { supportPart, chargeable, income, serviceCharge, net, housingSupport, careBudget, whoPays } = netCostRows(id, year);
  const perNeed = calcRow(
    `${id}.costPerNeed`,
    "Council's cost per hour tenants need",
    fx`IF(${need}>0,${year}/(${need}*${WEEKS_PER_YEAR}),0)`,
    { unit: "£ an hour", format: FMT.money, note: "cost a year ÷ (hours needed × 52)" },
  );
  const councilRisk = calcRow(`${id}.councilRisk`, "Under-use risk carried by the council", fx`${blockHours}*${bp}*${WEEKS_PER_YEAR}`, {
    unit: "£ a year",
    format: FMT.money0,
    note: "block hours are paid for whether or not they are used",
  });
  const providerRisk = calcRow(
    `${id}.providerRisk`,
    "Under-use risk carried by the provider",
    x.providerRisk ? fx`${x.providerRisk.hours}*${x.providerRisk.costPerHour}*${WEEKS_PER_YEAR}` : fx`0`,
    {
      unit: "£ a year",
      format: FMT.money0,
      note: x.providerRisk ? "cover the provider staffs whether or not tenants buy care" : "the provider is paid for the hours it delivers",
    },
  );
  const who = calcRow(
    `${id}.riskWho`,
    "Who carries the risk of under-use",
    fx`IF(${councilRisk}>0,IF(${providerRisk}>0,"Council and provider","Council"),IF(${providerRisk}>0,"Provider","Neither"))`,
  );
  return {
    need,
    blockHours,
    blockPrice: bp,
    spotHours,
    spotPrice: sp,
    councilShare: sh,
    week,
    year,
    gap,
    gapCheck,
    perNeed,
    councilRisk,
    providerRisk,
    who,
    contact,
    nonContact,
    income,
    net,
    careBudget,
    housingSupport,
    serviceCharge,
    whoPays: [
      careBudget,
      housingSupport,
      calcRow(`${id}.contributionsShown`, income.label, fx`${income}`, { unit: income.unit, format: income.format, note: "as above" }),
      serviceCharge,
      whoPays,
    ],
    all: [
      need,
      blockHours,
      spotHours,
      nonContact,
      contact,
      gap,
      bp,
      sp,
      sh,
      week,
      year,
      supportPart,
      chargeable,
      income,
      net,
      perNeed,
      councilRisk,
      providerRisk,
      who,
    ],
  };
}

/** A parameter's check, with the extra rule that a blank price must stand for something above 0. */
export function paramCheck(row: Row, fallback?: Row | Expr): Row {
  const rule = row.input!.rule;
  if (!(rule.blank && rule.positive && fallback)) return checkRowFor(row);
  const zero = text(`${row.label}: ${row.input!.blankMeans ?? "the default"} is 0, so enter a value.`);
  // Read the fallback only when it is a number: a check cell never shows an error itself.
  return checkRowFor(row, (base) => fx`IF(AND(ISBLANK(${row}),ISNUMBER(${fallback})),IF(${fallback}>0,${base},${zero}),${base})`);
}

/** Where an option sheet goes: its sheet id (in formulas) and a suffix for its names in a workbook of several options. */
export interface Placement {
  sheetId?: string;
  nameSuffix?: string;
}

/** Lays out one option sheet. */
export class OptionSheet {
  readonly l: SheetLayout;
  private readonly checks: (Row | Expr)[] = [];
  private readonly checkLine: number;

  constructor(
    readonly id: string,
    readonly contentId: keyof typeof OPTION_CONTENT,
    name: string,
    private readonly prior: readonly Prior[],
    orientation: "portrait" | "landscape" = "portrait",
    columns: readonly number[] = [46, 14, 14, 60],
    nameSuffix?: string,
  ) {
    const c = OPTION_CONTENT[contentId];
    this.l = new SheetLayout(id, name, { columns, orientation, freezeRows: 4, ...(nameSuffix ? { nameSuffix } : {}) });
    this.l.line([{ row: titleRow(id, `Option ${contentId}: ${c.title}`), style: "title" }]);
    this.l.line([{ text: c.summary, style: "subtitle" }]);
    this.checkLine = this.l.next++;
    this.l.line([{ text: c.contracting, style: "note" }]);
    this.l.gap();
    this.l.line(["Inputs for this option", "Value", "Units", "Check"].map((h) => ({ text: h, style: "header" as const })));
  }

  /** Places pink parameters with their checks (`fallbacks`: what a blank stands for). */
  params(rows: readonly Row[], fallbacks: ReadonlyMap<Row, Row | Expr> = new Map()): void {
    for (const row of rows) {
      if (row.size !== 1) continue;
      const check = paramCheck(row, fallbacks.get(row));
      this.checks.push(check);
      this.l.line([{ text: row.label, style: "label" }, { row }, { text: row.unit ?? "", style: "note" }, { row: check }]);
    }
  }

  /** A check on more than one parameter. */
  cross(condition: Expr, message: string): void {
    this.checks.push(fx`IF(${condition},${text(message)},"OK")`);
  }

  /** A check placed elsewhere (a month table's). */
  addCheck(check: Row | Expr): void {
    this.checks.push(check);
  }

  section(title: string): void {
    this.l.gap();
    this.l.line([title, "Value", "Units", "How it is worked out"].map((h) => ({ text: h, style: "header" as const })));
  }

  out(...rows: Row[]): void {
    for (const row of rows) {
      this.l.line([
        { text: row.label, style: row.total ? "total" : "label" },
        { row },
        { text: row.unit ?? "", style: "note" },
        { text: row.note ?? "", style: "note" },
      ]);
    }
  }

  /** "What the council buys", with the hours check beside the gap. */
  council(c: ReturnType<typeof councilRows>): void {
    this.section("What the council buys");
    for (const row of c.all) {
      if (row === c.gap)
        this.l.line([{ text: row.label, style: "label" }, { row }, { text: row.unit ?? "", style: "note" }, { row: c.gapCheck }]);
      else this.out(row);
    }
    this.section("Who pays the council's cost");
    this.out(...c.whoPays);
    for (const note of WHO_PAYS_NOTES) this.l.line([{ text: note, style: "note" }]);
  }

  /** Writes the sheet's check (named e.g. ECH_OptionCheck) and makes the results wait for it. */
  finish(checkName: string): Row {
    let chain = firstProblem(this.checks);
    for (const p of [...this.prior].reverse())
      chain = fx`IF(${p.check}<>"OK",${text(`Fix the ${p.sheet} sheet first: its check is not OK.`)},${chain})`;
    const check = calcRow(`${this.id}.check`, "Check", chain, { check: true, name: checkName });
    this.l.lineAt(this.checkLine, [{ text: "Check", style: "total" }, { row: check }]);
    this.l.guard = check;
    return check;
  }
}

/** Stand-in rows for a base option whose figures the model is given (E and F in the model read any base through these). */
export function givenBase(): BaseRows {
  const r = (key: string): Row => ({ id: `base.${key}`, kind: "input", label: key, size: 1, values: [0] });
  const keys = [
    "check",
    "need",
    "blockHours",
    "spotHours",
    "gap",
    "phase1",
    "phase2",
    "blockPrice",
    "firstYear",
    "perNeed",
    "councilRisk",
    "providerRisk",
    "riskWho",
    "coreHours",
    "spotPrice",
    "councilShare",
    "councilAnnualCost",
    "councilNetCost",
    "careBudget",
    "housingSupport",
    "contributions",
    "serviceCharge",
    "nonContact",
  ] as const;
  return { id: "given", sheetName: "", ...(Object.fromEntries(keys.map((k) => [k, r(k)])) as Record<(typeof keys)[number], Row>) };
}
