/** Option E: co-production, tenants pooling personal budgets (Section 2 Part A, 4.6); an overlay on A–D. */
import { calcRow, fx, Program, type Row } from "../calc";
import { WEEKS_PER_YEAR, priceOrUnitCost, type OptionResult, type PoolResult, type SchemeFigures } from "../model";
import * as Scheme from "../model/scheme";
import { briefSection } from "../model/citations";
import { EXAMPLE_FIGURE, OWN_FIGURE } from "../model/sources";
import { OVERLAY_ROLES } from "./ids";
import type { SheetLayout } from "../layout/layout";
import {
  checkParamRules,
  FMT,
  givenBase,
  OptionSheet,
  paramMaker,
  PRICE_RULE,
  used,
  type BaseRows,
  type Overlay,
  type ParamSpec,
  type Prior,
} from "./sheet";

export interface PoolParams {
  members: number;
  budgetPerWeek: number | null;
  pooledShare: number;
  price: number | null;
}

const SPEC: ParamSpec<PoolParams> = {
  defaults: { members: 10, budgetPerWeek: null, pooledShare: 1, price: null },
  rules: {
    members: { kind: "whole", min: 1 },
    budgetPerWeek: { kind: "number", min: 0, blank: true },
    pooledShare: { kind: "share" },
    price: PRICE_RULE,
  },
  sources: { members: EXAMPLE_FIGURE, budgetPerWeek: OWN_FIGURE, pooledShare: EXAMPLE_FIGURE, price: OWN_FIGURE },
};
const param = paramMaker("E", SPEC);

export const PARAMS = {
  members: param("members", {
    label: "Tenants in the group",
    unit: "tenants",
    format: FMT.count,
    prompt: "Tenants who pool their personal budgets (an example, not from the sources).",
  }),
  budgetPerWeek: param("budgetPerWeek", {
    label: "Personal budget each",
    unit: "£ a week",
    format: FMT.money,
    prompt: "Each member's personal budget a week.",
    blankMeans: "the average cost per tenant a week (Staffing sheet)",
  }),
  pooledShare: param("pooledShare", {
    label: "Share of each budget pooled",
    unit: "%",
    format: FMT.percent,
    prompt: "Share of each personal budget the group pools.",
  }),
  price: param("price", {
    label: "Price the group pays an hour",
    unit: "£ an hour",
    format: FMT.money,
    prompt: "Hourly price the group negotiates.",
    blankMeans: "the spot price on the option's sheet",
  }),
};
const PARAM_ROWS = Object.values(PARAMS);

/** E's rows read the option beneath it; built once per base option. */
function rowsOver(base: BaseRows) {
  const budget = used(
    "E.budget",
    "Personal budget used",
    PARAMS.budgetPerWeek,
    Scheme.costPerPersonWeek,
    "£ a week",
    FMT.money,
    "pink cell, or the average cost per tenant",
  );
  const price = used(
    "E.price",
    "Price used",
    PARAMS.price,
    base.spotPrice,
    "£ an hour",
    FMT.money,
    "pink cell, or the option's spot price",
  );
  const week = calcRow("E.week", "Pooled budget a week", fx`${PARAMS.members}*${budget}*${PARAMS.pooledShare}`, {
    unit: "£ a week",
    format: FMT.money,
    note: "members × budget × share pooled",
    name: "ECH_PooledBudgetWeek",
    total: true,
  });
  const year = calcRow("E.year", "Pooled budget a year", fx`${week}*${WEEKS_PER_YEAR}`, {
    unit: "£ a year",
    format: FMT.money0,
    note: "× 52",
    name: "ECH_PooledBudgetYear",
  });
  const hours = calcRow("E.hours", "Hours the pool buys", fx`${week}/${price}`, {
    unit: "hours a week",
    format: FMT.hours,
    note: "pooled budget ÷ price",
    name: "ECH_PooledHours",
    total: true,
  });
  const perMember = calcRow("E.perMember", "Hours per member", fx`${hours}/${PARAMS.members}`, {
    unit: "hours a week",
    format: FMT.hours,
    note: "hours ÷ members",
  });
  const average = calcRow("E.average", "Average hours a tenant needs", fx`${Scheme.totalHours}/${Scheme.tenants}`, {
    unit: "hours a week",
    format: FMT.hours,
    note: "Staffing total hours ÷ tenants, for comparison",
  });
  return { budget, price, week, year, hours, perMember, average };
}
const cache = new Map<string, ReturnType<typeof rowsOver>>();
const over = (base: BaseRows) => {
  let x = cache.get(base.id);
  if (!x) cache.set(base.id, (x = rowsOver(base)));
  return x;
};

export function layout(prior: readonly Prior[], base: BaseRows): { layout: SheetLayout } {
  const x = over(base);
  const f = new OptionSheet("pooled", "E", "Option E", [...prior, { check: base.check, sheet: base.sheetName }]);
  f.params(PARAM_ROWS, new Map([[PARAMS.price, base.spotPrice]]));
  f.section("Pooled personal budgets");
  f.out(x.budget, x.price, x.week, x.year, x.hours, x.perMember, x.average);
  f.finish("ECH_PooledCheck");
  return { layout: f.l };
}

let program: { p: Program; x: ReturnType<typeof rowsOver>; base: BaseRows } | undefined;

/** The parameters' rules; InputError names the key as "options.E.…". */
export const checkParams = (p: PoolParams): void => checkParamRules("E", SPEC, p);

export function pooledBudgets(p: PoolParams, s: SchemeFigures, option: OptionResult): PoolResult {
  checkParams(p);
  priceOrUnitCost("options.E.price", p.price ?? option.spotPrice, s.unitCostPerHour);
  if (!program) {
    // Any base will do: its rows are given here, not computed.
    const base = givenBase();
    const x = over(base);
    program = {
      p: new Program([...PARAM_ROWS, Scheme.costPerPersonWeek, base.spotPrice], [x.budget, x.price, x.week, x.year, x.hours, x.perMember]),
      x,
      base,
    };
  }
  const { x } = program;
  const e = program.p.run([[p.members], [p.budgetPerWeek], [p.pooledShare], [p.price], [s.costPerPersonWeek], [option.spotPrice]]);
  const n = (row: Row) => e.number(row);
  return {
    budgetPerWeek: n(x.budget),
    price: n(x.price),
    pooledWeek: n(x.week),
    pooledYear: n(x.year),
    hours: n(x.hours),
    hoursPerMember: n(x.perMember),
  };
}

export const OPTION: Overlay<PoolParams> = {
  kind: "overlay",
  role: OVERLAY_ROLES.E,
  params: PARAMS,
  spec: SPEC,
  sheetSources: [
    [
      "Option E sheet",
      briefSection("4.6"),
      "A group of 10 tenants pooling all of their budgets is an example. A blank budget uses the Staffing sheet's average cost per tenant a week.",
    ],
  ],
  layout,
  checkParams,
};
