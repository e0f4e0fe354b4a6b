/**
 * The pink cells' values of a template, and an input set to new values: every input row reads and
 * writes the place its key names in TemplateInputs (src/calc/keys.ts), the defaults filling what
 * the inputs leave out.
 */
import { valuesOf, withCells, type Row, type Value } from "../calc";
import { BUDGET_ROWS } from "../model/budget";
import { averageContributions, selfFunderShares, supportFunding } from "../model/contributions";
import { PROJECTION_INPUTS } from "../model/projection";
import { pricedValues } from "../model/today";
import { DEFAULT_ENGLISH_CELLS, NO_TENANT_ENTRIES, englishValues } from "../model/englishBudget";
import { entryOf, type OptionId, type OverlayId } from "../options/registry";
import { DEFAULT_TEMPLATE_INPUTS, type TemplateInputs } from "./templateInputs";
import { schemeName } from "../model/inputCheck";
import * as HoursNeeded from "../model/hoursNeeded";

/** The pink cells every template has that the inputs set by key (the scheme's and the pay's are the model's own: pricedValues). */
const TEMPLATE_ROWS: readonly Row[] = [
  BUDGET_ROWS.expenditure,
  BUDGET_ROWS.income,
  selfFunderShares,
  averageContributions,
  supportFunding,
  HoursNeeded.nightPerNight,
  HoursNeeded.handover,
  HoursNeeded.daysPerWeek,
  ...PROJECTION_INPUTS,
];

const paramRows = (id: OptionId | OverlayId): readonly Row[] => Object.values(entryOf(id).params);

/** The pink cells' values for these template inputs. */
export function inputValues(
  inputs: TemplateInputs,
  scheme: string | undefined,
  ids: readonly (OptionId | OverlayId)[],
): Map<Row, readonly Value[]> {
  const v = pricedValues(inputs);
  v.set(schemeName, [scheme ?? null]);
  const rows = [...TEMPLATE_ROWS, ...ids.flatMap(paramRows)];
  for (const [row, values] of valuesOf(inputs, DEFAULT_TEMPLATE_INPUTS, rows)) v.set(row, values);
  const english = englishValues(inputs.englishTenant ?? DEFAULT_ENGLISH_CELLS, inputs.enteredTenantFigures ?? NO_TENANT_ENTRIES);
  for (const [row, values] of english) v.set(row, values);
  return v;
}

/** The inputs with one pink cell's row set to `cells`, everything else kept. */
export function withValue(inputs: TemplateInputs, row: Row, cells: readonly Value[]): TemplateInputs {
  return withCells(inputs, DEFAULT_TEMPLATE_INPUTS, row, cells);
}
