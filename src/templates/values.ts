/** The pink cells' values of a template: every input row with the value TemplateInputs gives it. */
import type { Row, Value } from "../calc";
import { BUDGET_ROWS } from "../model/budget";
import { DEFAULT_PROJECTION, projectionValues } from "../model/projection";
import * as S from "../model/scheme";
import { paramValues } from "../options/registry";
import type { TemplateInputs } from "./inputs";
import { schemeName } from "./sheets/inputs";

/** The pink cells' values for these template inputs. */
export function inputValues(inputs: TemplateInputs, scheme: string | undefined, ids: readonly string[]): Map<Row, readonly Value[]> {
  const v = new Map<Row, readonly Value[]>([
    [schemeName, [scheme ?? null]],
    [S.tenants, [inputs.tenants]],
    [S.bandShares, inputs.bandShares],
    [S.bandHours, inputs.bandHours],
    [S.supportShares, inputs.supportShares],
    [S.nightHours, [inputs.nightHours]],
    [S.nightSupportShare, [inputs.nightSupportShare]],
    [S.supportRate, [inputs.hourlyRates.support]],
    [S.careRate, [inputs.hourlyRates.care]],
    [S.managerSalary, [inputs.managerSalary]],
    [S.niRate, [inputs.onCosts.ni]],
    [S.coverRate, [inputs.onCosts.cover]],
    [S.superannuationRate, [inputs.onCosts.superannuation]],
    [S.training, [inputs.onCosts.training]],
    [BUDGET_ROWS.expenditure, inputs.tenantExpenditure],
    [BUDGET_ROWS.income, inputs.tenantIncome],
  ]);
  for (const [row, values] of projectionValues(inputs.projection ?? DEFAULT_PROJECTION)) v.set(row, values);
  for (const id of ids) for (const [row, values] of paramValues(id as "A", inputs.options[id as "A"])) v.set(row, values);
  return v;
}

