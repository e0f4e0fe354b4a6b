/** The pink cells' values of a template: every input row with the value TemplateInputs gives it. */
import type { Row, Value } from "../calc";
import { BUDGET_ROWS } from "../model/budget";
import { averageContributions, selfFunderShares, supportFunding } from "../model/contributions";
import { DEFAULT_SUPPORT_FUNDING } from "../model/defaults";
import { DEFAULT_PROJECTION, projectionValues } from "../model/projection";
import { pricedValues } from "../model/today";
import { DEFAULT_ENGLISH_CELLS, NO_TENANT_ENTRIES, englishValues } from "../model/englishBudget";
import { paramValues, type OptionId, type OverlayId } from "../options/registry";
import { NO_CONTRIBUTIONS_BY_BAND, type TemplateInputs } from "./templateInputs";
import { schemeName } from "../model/inputCheck";
import * as N from "../model/hoursNeeded";
import { DEFAULT_MINIMUM_COVER } from "../model/minimumBlock";

/** The pink cells' values for these template inputs. */
export function inputValues(
  inputs: TemplateInputs,
  scheme: string | undefined,
  ids: readonly (OptionId | OverlayId)[],
): Map<Row, readonly Value[]> {
  const v = pricedValues(inputs);
  v.set(schemeName, [scheme ?? null]);
  v.set(BUDGET_ROWS.expenditure, inputs.tenantExpenditure);
  v.set(BUDGET_ROWS.income, inputs.tenantIncome);
  v.set(selfFunderShares, inputs.selfFunderShares ?? NO_CONTRIBUTIONS_BY_BAND);
  v.set(averageContributions, inputs.averageContributions ?? NO_CONTRIBUTIONS_BY_BAND);
  v.set(supportFunding, [inputs.supportFunding ?? DEFAULT_SUPPORT_FUNDING]);
  const cover = inputs.minimumCover ?? DEFAULT_MINIMUM_COVER;
  v.set(N.nightPerNight, [cover.nightHoursPerNight]);
  v.set(N.handover, [cover.handoverHoursPerDay]);
  v.set(N.daysPerWeek, [cover.daysPerWeek]);
  for (const [row, values] of projectionValues(inputs.projection ?? DEFAULT_PROJECTION)) v.set(row, values);
  const english = englishValues(inputs.englishTenant ?? DEFAULT_ENGLISH_CELLS, inputs.enteredTenantFigures ?? NO_TENANT_ENTRIES);
  for (const [row, values] of english) v.set(row, values);
  for (const id of ids) for (const [row, values] of paramValues(id, inputs.options[id])) v.set(row, values);
  return v;
}
