/**
 * The contract over its life in the model: the Projection sheet's rows evaluated over every pink
 * cell of a template (the scheme, the tenant budget, the chosen option, option F, the projection).
 * One program is compiled per option (with or without F) and reused, so the sensitivity's many
 * runs cost a few microseconds each.
 */
import { Program, type Row, type Value } from "../calc";
import { DEFAULT_PROJECTION, computeScheme, projectionRows, type ProjectionRows, type ProjectionParams } from "../model";
import * as Scheme from "../model/scheme";
import { costOption, PUMP_PRIMING, pumpPriming, type OptionId, type OverlayId } from "../options/registry";
import * as ProjectionModel from "../model/projection";
import { DEFAULT_TEMPLATE_INPUTS, checkTemplateInputs, type TemplateInputs } from "./templateInputs";
import { inputValues } from "./inputValues";
import { schemeFigures } from "./optionComparison";
import { projectionSource } from "./source";

export interface ProjectionChoice {
  option: OptionId;
  /** The pump-priming overlay overlays the option. Pooling does not change the council's cost. */
  pumpPriming?: boolean;
}

export interface Projection {
  /** £, contract years 1 to 10; 0 beyond the contract. */
  yearCosts: number[];
  /** Care and support before the voids indemnity, £ a year. */
  careCosts: number[];
  voids: number[];
  hoursNeeded: number[];
  blockHours: number[];
  spotHours: number[];
  upliftFactors: number[];
  /** The share of the cost that rises with pay (the rest with non-pay), as the Projection sheet shows it. */
  payShare: number;
  discountFactors: number[];
  total: number;
  /** Present value: year 1 undiscounted, year t ÷ (1 + rate)^(t − 1). */
  npv: number;
  /** The council's cost in each year less tenants' contributions, which keep their steady-state share of it: yearCosts × netShare. */
  netYearCosts: number[];
  /** The steady-state net cost ÷ cost (1 when the cost is 0). */
  netShare: number;
  /** The net cost over the contract: the sum of netYearCosts. */
  netTotal: number;
  /** Present value of the net cost: npv × netShare. */
  netNpv: number;
  /** "Real: …" without uplifts, "Nominal: …" with them. */
  basis: string;
  /** The option's steady-state council cost a year (its sheet's ECH_CouncilAnnualCost). */
  councilAnnualCost: number;
  /** Its sheet's ECH_CouncilNetCost: the cost a year less the tenants' contributions. */
  councilNetYear: number;
  unitCostPerHour: number;
  /** £ an hour (block and spot alike) at which the council's cost a year meets the budget; null if it pays for no hours. */
  breakEvenPrice: number | null;
  /** Hours a week the budget carries at the option's prices, or why no number does. */
  breakEvenHours: number | string;
  /** Share of high-needs tenants the budget carries (the Medium band takes up the difference), or why no share in range does. */
  breakEvenHighShare: number | string;
  contractYears: number;
}

interface Compiled {
  program: Program;
  rows: ProjectionRows;
  given: Row[];
  ids: (OptionId | OverlayId)[];
  src: ReturnType<typeof projectionSource>;
}
const compiled = new Map<string, Compiled>();

/** The program for this option, compiled once. */
export function projectionProgram(choice: ProjectionChoice): Compiled {
  const key = `${choice.option}${choice.pumpPriming ? `+${PUMP_PRIMING}` : ""}`;
  let c = compiled.get(key);
  if (!c) {
    const src = projectionSource(choice.option, !!choice.pumpPriming);
    const rows = projectionRows(src);
    const ids = [choice.option, ...(choice.pumpPriming ? [PUMP_PRIMING] : [])];
    const given = [...inputValues(withProjection(defaultsLike()), undefined, ids).keys()];
    const wanted = [
      rows.yearCosts,
      rows.careCost,
      rows.npv,
      rows.netYearCosts,
      rows.netShare,
      rows.netTotal,
      rows.netNpv,
      rows.total,
      rows.basis,
      rows.breakEvenPrice,
      rows.breakEvenHours,
      rows.breakEvenHighShare,
      rows.blockByYear,
      rows.spotByYear,
      Scheme.unitCost,
      src.councilAnnualCost,
      src.councilNetCost,
      ProjectionModel.voidsByYear,
      ProjectionModel.hoursNeededByYear,
      ProjectionModel.upliftFactor,
      ProjectionModel.discountFactor,
      ProjectionModel.payShare,
    ];
    c = { program: new Program(given, wanted), rows, given, ids, src };
    compiled.set(key, c);
  }
  return c;
}

// The given rows' order comes from inputValues over any inputs; the defaults will do.
const defaultsLike = (): TemplateInputs => DEFAULT_TEMPLATE_INPUTS;
const withProjection = (i: TemplateInputs): TemplateInputs => (i.projection ? i : { ...i, projection: DEFAULT_PROJECTION });

/** The values, in the program's order, of these inputs. */
export function givenValues(c: Compiled, inputs: TemplateInputs): (readonly Value[])[] {
  const v = inputValues(withProjection(inputs), undefined, c.ids);
  return c.given.map((row) => v.get(row)!);
}

/** Raises the option model's own errors (a blank price while the unit cost is £0, and so on). */
function checkOption(choice: ProjectionChoice, inputs: TemplateInputs): void {
  const r = computeScheme(inputs);
  const s = schemeFigures(inputs, r);
  const base = costOption(choice.option, inputs.options, s);
  if (choice.pumpPriming) pumpPriming(inputs.options[PUMP_PRIMING], s, base);
}

const numberOrText = (v: Value): number | string => (typeof v === "number" ? v : String(v));

/** Reads a run's results. */
export function readProjection(c: Compiled, run: ReturnType<Program["run"]>): Projection {
  const { rows, src } = c;
  const price = run.value(rows.breakEvenPrice);
  const P = ProjectionModel;
  return {
    yearCosts: run.numbers(rows.yearCosts),
    careCosts: run.numbers(rows.careCost),
    voids: run.numbers(P.voidsByYear),
    hoursNeeded: run.numbers(P.hoursNeededByYear),
    blockHours: run.numbers(rows.blockByYear),
    spotHours: run.numbers(rows.spotByYear),
    upliftFactors: run.numbers(P.upliftFactor),
    payShare: run.number(P.payShare),
    discountFactors: run.numbers(P.discountFactor),
    total: run.number(rows.total),
    npv: run.number(rows.npv),
    netYearCosts: run.numbers(rows.netYearCosts),
    netShare: run.number(rows.netShare),
    netTotal: run.number(rows.netTotal),
    netNpv: run.number(rows.netNpv),
    basis: String(run.value(rows.basis)),
    councilAnnualCost: run.number(src.councilAnnualCost),
    councilNetYear: run.number(src.councilNetCost),
    unitCostPerHour: run.number(Scheme.unitCost),
    breakEvenPrice: typeof price === "number" ? price : null,
    breakEvenHours: numberOrText(run.value(rows.breakEvenHours)),
    breakEvenHighShare: numberOrText(run.value(rows.breakEvenHighShare)),
    contractYears: run.number(P.contractYears),
  };
}

/** The chosen option's council cost over the contract, from every pink cell of the template. */
export function projectContract(choice: ProjectionChoice, inputs: TemplateInputs): Projection {
  checkTemplateInputs(inputs);
  checkOption(choice, inputs);
  const c = projectionProgram(choice);
  return readProjection(c, c.program.run(givenValues(c, inputs)));
}

export type { ProjectionParams };
