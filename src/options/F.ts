/** Option F: pump-priming, a block contract for a set period then spot-purchasing (Section 2 Part A, 4.7.1); an overlay on A–D. */
import { cellAt, calcRow, constRow, fx, range, Program, type Row } from "../calc";
import {
  MONTHS_PER_YEAR,
  PUMP_PRIMING_MONTHS,
  WEEKS_PER_YEAR,
  priceOrUnitCost,
  type MonthCost,
  type OptionResult,
  type PumpResult,
  type SchemeFigures,
} from "../model";
import type { ProjectionSource } from "../model/projection";
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

export interface PumpParams {
  blockPeriodMonths: number;
  blockHours: number | null;
  blockPrice: number | null;
}

const SPEC: ParamSpec<PumpParams> = {
  defaults: { blockPeriodMonths: 12, blockHours: null, blockPrice: null },
  rules: {
    blockPeriodMonths: { kind: "whole", min: 0, max: 120 },
    blockHours: { kind: "number", min: 0, blank: true },
    blockPrice: PRICE_RULE,
  },
  sources: { blockPeriodMonths: EXAMPLE_FIGURE, blockHours: OWN_FIGURE, blockPrice: OWN_FIGURE },
};
const param = paramMaker("F", SPEC);

export const PARAMS = {
  blockPeriodMonths: param("blockPeriodMonths", {
    label: "Block-contract period",
    unit: "months",
    format: FMT.months,
    name: "ECH_BlockPeriodMonths",
    prompt: "Months the block contract runs before converting to spot-purchasing (an example; the brief sets no period).",
  }),
  blockHours: param("blockHours", {
    label: "Hours block-contracted during the period",
    unit: "hours a week",
    format: FMT.hours,
    prompt: "Hours a week block-contracted while pump-priming.",
    blankMeans: "the option's block, phased in as on its sheet",
  }),
  blockPrice: param("blockPrice", {
    label: "Block price",
    unit: "£ an hour",
    format: FMT.money,
    prompt: "Price of an hour of block-contracted care.",
    blankMeans: "the option's block price (option A: its spot price)",
  }),
};
const PARAM_ROWS = Object.values(PARAMS);

function rowsOver(base: BaseRows) {
  const hours = { unit: "hours a week", format: FMT.hours };
  const conversion = calcRow("F.conversion", "Converts to spot-purchasing in month", fx`${PARAMS.blockPeriodMonths}+1`, {
    unit: "month",
    format: FMT.months,
    note: "period + 1",
    name: "ECH_ConversionMonth",
    total: true,
  });
  const bh = used(
    "F.blockHours",
    "Block hours used",
    PARAMS.blockHours,
    base.coreHours,
    "hours a week",
    FMT.hours,
    "pink cell, or the option's block (from month 3 where it phases in)",
  );
  const bp = used(
    "F.blockPrice",
    "Block price used",
    PARAMS.blockPrice,
    base.blockPrice,
    "£ an hour",
    FMT.money,
    "pink cell, or the option's block price",
  );
  const total = calcRow("F.total", "All hours the option buys", fx`${base.blockHours}+${base.spotHours}`, {
    ...hours,
    note: "the option's block + spot hours",
  });
  // After conversion only care is spot-purchased: the block's non-contact time (B's floating time and handover, C and D's handover and team leader) ends with it.
  const contact = calcRow("F.contact", "Contact hours, all spot after conversion", fx`${total}-${base.nonContact}`, {
    ...hours,
    note: "all hours − the option's non-contact hours",
  });
  const sp = calcRow("F.spotPrice", "Spot price", fx`${base.spotPrice}`, {
    unit: "£ an hour",
    format: FMT.money,
    note: "from the option's sheet",
  });
  const sh = calcRow("F.share", "Council's share of spot hours", fx`${base.councilShare}`, {
    unit: "% of hours",
    format: FMT.percent,
    note: "from the option's sheet",
  });
  const M = { size: PUMP_PRIMING_MONTHS };
  const month = constRow(
    "F.month",
    "Month",
    Array.from({ length: PUMP_PRIMING_MONTHS }, (_, m) => m + 1),
    { format: FMT.months },
  );
  // A blank block follows the option's own phasing: months 1 and 2 as on its sheet.
  const planned = fx`IF(ISBLANK(${PARAMS.blockHours}),IF(${month}=1,${base.phase1},IF(${month}=2,${base.phase2},${bh})),${bh})`;
  const blockM = calcRow("F.monthBlock", "Block hours a week", fx`IF(${month}<=${PARAMS.blockPeriodMonths},${planned},0)`, {
    ...M,
    ...hours,
  });
  const spotM = calcRow(
    "F.monthSpot",
    "Spot hours a week",
    fx`IF(${month}<=${PARAMS.blockPeriodMonths},MAX(0,${total}-${bh}),${contact})`,
    {
      ...M,
      ...hours,
    },
  );
  const cost = calcRow(
    "F.monthCost",
    "Council's cost in the month",
    fx`(${blockM}*${bp}+${spotM}*${sp}*${sh})*${WEEKS_PER_YEAR}/${MONTHS_PER_YEAR}`,
    {
      ...M,
      format: FMT.money,
      name: "ECH_PumpPrimingCostByMonth",
    },
  );
  // Month 24's own cell, read by the later years: it is a block month whenever a block month follows it, and block months
  // from month 3 on cost the same (months 1 and 2 may be a smaller, phased block). Read only by the years' sums otherwise,
  // the months fold into them in the workings.
  const laterBlockMonth = calcRow("F.laterBlockMonth", "Month 24's cost (block months after it cost the same)", fx`${cellAt(cost, 23)}`, {
    format: FMT.money,
  });
  const year1 = calcRow("F.year1", "Year 1", fx`SUM(${range(cost, 0, 11)})`, { format: FMT.money0, total: true });
  const year2 = calcRow("F.year2", "Year 2", fx`SUM(${range(cost, 12, 23)})`, { format: FMT.money0, total: true });
  return { conversion, bh, bp, total, contact, sp, sh, month, blockM, spotM, cost, laterBlockMonth, year1, year2 };
}
const cache = new Map<string, ReturnType<typeof rowsOver>>();
/** F's rows over a base option (the same rows its sheet places; the Projection sheet reads them). */
export const over = (base: BaseRows) => {
  let x = cache.get(base.id);
  if (!x) cache.set(base.id, (x = rowsOver(base)));
  return x;
};

/** What the Projection sheet reads from F over a base option. */
export function pumpSource(base: BaseRows): NonNullable<ProjectionSource["pump"]> {
  const x = over(base);
  return {
    period: PARAMS.blockPeriodMonths,
    blockHours: x.bh,
    total: x.total,
    contact: x.contact,
    spotPrice: x.sp,
    share: x.sh,
    laterBlockMonth: x.laterBlockMonth,
    year1: x.year1,
    year2: x.year2,
  };
}

export function layout(prior: readonly Prior[], base: BaseRows): { layout: SheetLayout } {
  const x = over(base);
  const f = new OptionSheet(
    "pumpPriming",
    "F",
    "Option F",
    [...prior, { check: base.check, sheet: base.sheetName }],
    "portrait",
    [32, 12, 14, 14, 18, 29],
  );
  f.params(PARAM_ROWS, new Map([[PARAMS.blockPrice, base.blockPrice]]));
  f.section("Pump-priming");
  f.out(x.conversion, x.bh, x.bp, x.total, x.contact, x.sp, x.sh);
  f.l.gap();
  // Block months are those with block hours; the line above names the month it converts in.
  f.l.table(
    ["Month", "Block hours a week", "Spot hours a week", "Council's cost in the month"],
    [{ row: x.month }, { row: x.blockM }, { row: x.spotM }, { row: x.cost }],
    PUMP_PRIMING_MONTHS,
  );
  f.l.line([{ text: "Year 1", style: "total" }, null, null, { row: x.year1 }]);
  f.l.line([{ text: "Year 2", style: "total" }, null, null, { row: x.year2 }]);
  f.l.line([{ text: x.laterBlockMonth.label, style: "label" }, null, null, { row: x.laterBlockMonth }]);
  f.l.nameRows("ECH_PumpPrimingYearCosts", [x.year1, x.year2], "£, years 1 and 2");
  f.finish("ECH_PumpPrimingCheck");
  return { layout: f.l };
}

let program: { p: Program; x: ReturnType<typeof rowsOver> } | undefined;

/** The parameters' rules; InputError names the key as "options.F.…". */
export const checkParams = (p: PumpParams): void => checkParamRules("F", SPEC, p);

export function pumpPriming(p: PumpParams, s: SchemeFigures, option: OptionResult): PumpResult {
  checkParams(p);
  if (p.blockPrice !== null) priceOrUnitCost("options.F.blockPrice", p.blockPrice, s.unitCostPerHour);
  if (!program) {
    const base = givenBase();
    const x = over(base);
    program = {
      p: new Program(
        [
          ...PARAM_ROWS,
          base.coreHours,
          base.blockHours,
          base.spotHours,
          base.spotPrice,
          base.councilShare,
          base.blockPrice,
          base.phase1,
          base.phase2,
          base.nonContact,
        ],
        [x.bh, x.bp, x.conversion, x.cost, x.year1, x.year2],
      ),
      x,
    };
  }
  const { x } = program;
  const phases = "phases" in option ? (option as { phases: readonly number[] }).phases : [option.coreHours, option.coreHours];
  const e = program.p.run([
    [p.blockPeriodMonths],
    [p.blockHours],
    [p.blockPrice],
    [option.coreHours],
    [option.blockHours],
    [option.spotHours],
    [option.spotPrice],
    [option.councilShare],
    [option.blockPrice > 0 ? option.blockPrice : option.spotPrice],
    [phases[0]],
    [phases[1]],
    [option.nonContactHours],
  ]);
  const n = (row: Row, i = 0) => e.number(row, i);
  const months = e
    .numbers(x.cost)
    .map((cost, m): MonthCost => ({ blockHours: n(x.blockM, m), spotHours: n(x.spotM, m), netHours: 0, cost }));
  return { blockHours: n(x.bh), blockPrice: n(x.bp), conversionMonth: n(x.conversion), months, yearCosts: [n(x.year1), n(x.year2)] };
}

export const OPTION: Overlay<PumpParams> = {
  kind: "overlay",
  role: OVERLAY_ROLES.F,
  params: PARAMS,
  spec: SPEC,
  sheetSources: [
    [
      "Option F sheet",
      briefSection("4.7.1"),
      "The 12-month block period is an example; the brief sets none. During the period the option's core is block-contracted and the rest spot-purchased; from the month after, all hours are spot-purchased and the council pays its share.",
    ],
  ],
  layout,
  checkParams,
};
