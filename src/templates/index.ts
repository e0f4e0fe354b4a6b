/** One definition of each template workbook (options A–D, overlays E and F), as data. */
import type { Row, Value } from "../calc";
import { BASE_OPTIONS, OPTION_IDS, OVERLAYS, OVERLAY_IDS, paramValues, type Prior } from "../options/registry";
import { BUDGET_ROWS, pricedValues } from "../model";
import { OPTION_CONTENT } from "./content";
import { DEFAULT_TEMPLATE_INPUTS, checkTemplateInputs, type TemplateInputs } from "./inputs";
import { renderLayouts, type SheetLayout } from "./layout";
import { assessmentLayout } from "./sheets/assessment";
import { residentialLayout } from "./sheets/residential";
import { hoursLayout } from "./sheets/hours";
import { budgetLayout } from "./sheets/budget";
import { inputCheck, inputsLayout, schemeName } from "./sheets/inputs";
import { sourcesLayout } from "./sheets/sources";
import { staffingLayout } from "./sheets/staffing";
import { versionLine } from "./version";
import { appraisalLayouts } from "./appraisal";
import type { TemplateChoice, TemplateDef } from "./types";

export * from "./types";
export { placeTemplate, quoteSheet, resolveFormula } from "./place";
export { OPTION_CONTENT, ASSESSMENT_QUESTIONS, type OptionContent } from "./content";
export { DEFAULT_TEMPLATE_INPUTS, parseTemplateInputs, checkTemplateInputs, type TemplateInputs } from "./inputs";
export { STYLES, INPUT_FILL, type StyleSpec } from "./styles";
export { FMT } from "./formats";
export { TEMPLATE_VERSION, VERSION_NAME } from "./version";
export { OPTION_IDS, OVERLAY_IDS };

/** "B", "B+F", "C+E+F": overlays in E, F order, each once. */
export function templateId(choice: TemplateChoice): string {
  return [choice.option, ...OVERLAY_IDS.filter((o) => choice.overlays.includes(o))].join("+");
}

/** The pink cells' values for these template inputs. */
function inputValues(inputs: TemplateInputs, scheme: string | undefined, ids: readonly string[]): Map<Row, readonly Value[]> {
  const v = pricedValues(inputs);
  v.set(schemeName, [scheme ?? null]);
  v.set(BUDGET_ROWS.expenditure, inputs.tenantExpenditure);
  v.set(BUDGET_ROWS.income, inputs.tenantIncome);
  for (const id of ids) for (const [row, values] of paramValues(id as "A", inputs.options[id as "A"])) v.set(row, values);
  return v;
}

/** The appraisal workbook: options A–D side by side over one scheme (ech-templates --compare). */
export function buildAppraisal(inputs: TemplateInputs = DEFAULT_TEMPLATE_INPUTS, schemeName?: string): TemplateDef {
  checkTemplateInputs(inputs);
  const scheme = schemeName?.trim() || undefined;
  const prior: Prior[] = [{ check: inputCheck, sheet: "Inputs" }];
  const a = appraisalLayouts(prior);
  const layouts: SheetLayout[] = [inputsLayout(), staffingLayout(), hoursLayout(), a.appraisal, ...a.options, residentialLayout(), a.assessment, sourcesLayout(OPTION_IDS)];
  const rendered = renderLayouts(layouts, inputValues(inputs, scheme, OPTION_IDS));
  return {
    id: "A–D",
    title: `ECH Cost Model: appraisal of options A to D${scheme ? `, ${scheme}` : ""}`,
    choice: { option: "A", overlays: [], ...(scheme ? { scheme } : {}) },
    sheets: rendered.sheets,
    names: rendered.names,
    rows: rendered.rows,
  };
}

export function buildTemplate(choice: TemplateChoice, inputs: TemplateInputs = DEFAULT_TEMPLATE_INPUTS): TemplateDef {
  if (!OPTION_IDS.includes(choice.option)) throw new Error(`Unknown option ${String(choice.option)}: choose ${OPTION_IDS.join(", ")}.`);
  for (const o of choice.overlays) if (!OVERLAY_IDS.includes(o)) throw new Error(`Unknown overlay ${String(o)}: choose ${OVERLAY_IDS.join(" or ")}.`);
  checkTemplateInputs(inputs);
  const overlays = OVERLAY_IDS.filter((o) => choice.overlays.includes(o));
  const scheme = choice.scheme?.trim() || undefined;

  const prior: Prior[] = [{ check: inputCheck, sheet: "Inputs" }];
  const base = BASE_OPTIONS[choice.option].layout(prior);
  versionLine(base.layout);
  const layouts: SheetLayout[] = [inputsLayout(), staffingLayout(), hoursLayout(), budgetLayout(), base.layout];
  for (const o of overlays) layouts.push(OVERLAYS[o].layout(prior, base.rows).layout);
  const ids = [choice.option, ...overlays];
  layouts.push(residentialLayout(), assessmentLayout(ids), sourcesLayout(ids));
  const rendered = renderLayouts(layouts, inputValues(inputs, scheme, ids));

  const id = templateId(choice);
  const titles = ids.map((i) => OPTION_CONTENT[i].title).join(" + ");
  return {
    id,
    title: `ECH Cost Model: option ${id} (${titles})${scheme ? `, ${scheme}` : ""}`,
    choice: { option: choice.option, overlays, ...(scheme ? { scheme } : {}) },
    sheets: rendered.sheets,
    names: rendered.names,
    rows: rendered.rows,
  };
}
