/** One definition of each template workbook (each way of contracting, with or without the overlays), as data. */
import {
  BASE_OPTIONS,
  OPTION_IDS,
  OVERLAYS,
  OVERLAY_IDS,
  optionSpan,
  pumpPrimes,
  PUMP_PRIMING,
  type BaseOption,
  type OptionId,
  type Prior,
} from "../options/registry";
import { OPTION_CONTENT } from "../options/ids";
import { DEFAULT_TEMPLATE_INPUTS, checkTemplateInputs, type TemplateInputs } from "../decisions/templateInputs";
import type { SheetLayout } from "../layout/layout";
import { renderCache, renderLayouts, type RenderCache } from "../layout/render";
import { assessmentLayout } from "./sheets/assessment";
import { residentialLayout } from "./sheets/residential";
import { hoursLayout } from "./sheets/hours";
import { budgetCheck, budgetLayout } from "./sheets/budget";
import { projectionLayout } from "./sheets/projection";
import { sensitivityLayout } from "./sheets/sensitivity";
import { scenariosLayout, type ScenariosSheet } from "./sheets/scenarios";
import { scenarioInputs } from "../decisions/scenarios";
import { headlineRows } from "../decisions/sensitivity";
import { projectionSource } from "../decisions/source";
import { projectionRows } from "../model/projection";
import { inputValues } from "../decisions/inputValues";
import { inputCheck } from "../model/inputCheck";
import { inputsLayout } from "./sheets/inputs";
import { sourcesLayout } from "./sheets/sources";
import { summaryLayout } from "./sheets/summary";
import { staffingLayout } from "./sheets/staffing";
import { workingsLayout, type WorkingsPart } from "./sheets/workings";
import { versionLine } from "./version";
import { appraisalLayouts } from "./appraisal";
import type { TemplateChoice, TemplateDef } from "./types";

export * from "./types";
export { placeTemplate, quoteSheet, resolveFormula } from "./place";
export { ASSESSMENT_QUESTIONS } from "../options/content";
export { OPTION_CONTENT, type OptionContent } from "../options/ids";
export {
  DEFAULT_TEMPLATE_INPUTS,
  PUBLISHED_TEMPLATE_INPUTS,
  templateDefaults,
  parseTemplateInputs,
  checkTemplateInputs,
  type TemplateInputs,
} from "../decisions/templateInputs";
export { STYLES, INPUT_FILL, type StyleSpec } from "./styles";
export { FMT } from "./formats";
export { TEMPLATE_VERSION, VERSION_NAME } from "./version";
export { OPTION_IDS, OVERLAY_IDS };

/** "B", "B+F", "C+E+F": overlays in E, F order, each once. */
export function templateId(choice: TemplateChoice): string {
  return [choice.option, ...OVERLAY_IDS.filter((o) => choice.overlays.includes(o))].join("+");
}

/** The appraisal workbook: every way of contracting side by side over one scheme (ech-templates --compare). */
export function buildAppraisal(inputs: TemplateInputs = DEFAULT_TEMPLATE_INPUTS, schemeName?: string): TemplateDef {
  checkTemplateInputs(inputs);
  const scheme = schemeName?.trim() || undefined;
  const prior: Prior[] = [{ check: inputCheck, sheet: "Inputs" }];
  const a = appraisalLayouts(prior);
  // The decision first: the Appraisal, then the inputs and the sheets that work it out.
  const layouts: SheetLayout[] = [
    a.appraisal,
    inputsLayout(),
    staffingLayout(),
    hoursLayout(),
    ...a.options,
    residentialLayout(),
    a.assessment,
  ];
  layouts.push(sourcesLayout(OPTION_IDS, layouts));
  const rendered = renderLayouts(layouts, inputValues(inputs, scheme, OPTION_IDS));
  return {
    id: optionSpan(),
    title: `ECH Cost Model: appraisal of options ${optionSpan(" to ")}${scheme ? `, ${scheme}` : ""}`,
    choice: { option: OPTION_IDS[0], overlays: [], ...(scheme ? { scheme } : {}) },
    sheets: rendered.sheets,
    names: rendered.names,
    get rows() {
      return rendered.rows;
    },
  };
}

/** What the workings sheet holds, in a reader's words. */
function workingsExplanation(scenarios: WorkingsPart, sensitivity: WorkingsPart): string {
  const n = scenarios.cases.length;
  return `The workings of the Scenarios and Sensitivity sheets. Each of the first ${n} columns is the base or one of the ${n - 1} scenarios: its inputs (a blank pink cell keeps the base value), then every figure its inputs change, recalculated. Each of the next ${sensitivity.cases.length} is one move of the Sensitivity sheet: the input moved down or up, then every figure the move changes. A blank cell is a figure the column does not change, read where it is. Several steps of the model are worked out in one formula here, in the same order as on their own sheets. The workings are for modellers and do not print: the Scenarios and Sensitivity sheets print the results.`;
}

export function buildTemplate(choice: TemplateChoice, inputs: TemplateInputs = DEFAULT_TEMPLATE_INPUTS): TemplateDef {
  return templateBuilder(inputs)(choice);
}

/**
 * The sheets a workbook shares with every other of the same option and pump priming: the inputs,
 * the option's sheet, the projection, the sensitivity and scenario tables and their workings. An
 * overlay that does not pump-prime (pooling) changes none of them.
 */
interface OptionSheets {
  base: ReturnType<BaseOption["layout"]>;
  /** The sheets before the overlays': Inputs, Staffing, Hours, Tenant budget and the option's. */
  before: SheetLayout[];
  /** The pump-priming overlay's sheet, in a workbook with it. */
  pumpSheet?: SheetLayout;
  checked: Prior[];
  projection: ReturnType<typeof projectionRows>;
  projectionSheet: SheetLayout;
  sensitivity: SheetLayout;
  scenarios: ScenariosSheet;
  /** After the results: the residential figures, and (after the assessment) the workings. */
  residential: SheetLayout;
  workings: SheetLayout;
}

/** The sheets every workbook of a builder shares, whatever its option: laid out once. */
interface CommonSheets {
  inputs: SheetLayout;
  staffing: SheetLayout;
  hours: SheetLayout;
  budget: SheetLayout;
  residential: SheetLayout;
}

function commonSheets(): CommonSheets {
  return {
    inputs: inputsLayout(),
    staffing: staffingLayout(),
    hours: hoursLayout(),
    budget: budgetLayout(),
    residential: residentialLayout(),
  };
}

/** The option's own sheet, the same with and without pump priming. */
function baseSheet(option: OptionId): ReturnType<BaseOption["layout"]> {
  const base = BASE_OPTIONS[option].layout([{ check: inputCheck, sheet: "Inputs" }]);
  versionLine(base.layout);
  return base;
}

function optionSheets(common: CommonSheets, base: ReturnType<BaseOption["layout"]>, option: OptionId, pumpPriming: boolean): OptionSheets {
  const prior: Prior[] = [{ check: inputCheck, sheet: "Inputs" }];
  const before: SheetLayout[] = [common.inputs, common.staffing, common.hours, common.budget, base.layout];
  const checked: Prior[] = [
    ...prior,
    { check: budgetCheck, sheet: "Tenant budget" },
    { check: base.rows.check, sheet: base.rows.sheetName },
  ];
  const pumpSheet = pumpPriming ? OVERLAYS[PUMP_PRIMING].layout(prior, base.rows).layout : undefined;
  // The pump-priming sheet changes the council's cost, so the Projection checks it.
  if (pumpSheet?.guard) checked.push({ check: pumpSheet.guard, sheet: pumpSheet.name });
  const source = projectionSource(option, pumpPriming, base.rows);
  const projection = projectionRows(source);
  const projectionSheet = projectionLayout(projection, checked);
  const headlines = headlineRows(source, projection);
  const [sensitivity, sensitivityWorkings] = sensitivityLayout(headlines, [{ check: projectionSheet.guard!, sheet: projectionSheet.name }]);
  const scenarios = scenariosLayout(scenarioInputs({ option, pumpPriming }), headlines, [
    ...checked.map((c) => c.check),
    projectionSheet.guard!,
  ]);
  const workings = workingsLayout([scenarios.workings, sensitivityWorkings], workingsExplanation(scenarios.workings, sensitivityWorkings));
  return {
    base,
    before,
    pumpSheet,
    checked,
    projection,
    projectionSheet,
    sensitivity,
    scenarios,
    residential: common.residential,
    workings,
  };
}

/**
 * Builds template workbooks over one set of inputs. Workbooks of the same option and pump priming
 * share their sheets' rows and layouts (see OptionSheets), built once: the layouts are only read
 * when a workbook is rendered.
 */
export function templateBuilder(inputs: TemplateInputs = DEFAULT_TEMPLATE_INPUTS): (choice: TemplateChoice) => TemplateDef {
  checkTemplateInputs(inputs);
  let common: CommonSheets | undefined;
  const bases = new Map<OptionId, ReturnType<BaseOption["layout"]>>();
  const built = new Map<string, OptionSheets>();
  // One cache a scheme name: the sheets every workbook shares are rendered again only where they come out otherwise.
  const rendered = new Map<string, RenderCache>();
  return (choice) => {
    if (!OPTION_IDS.includes(choice.option)) throw new Error(`Unknown option ${String(choice.option)}: choose ${OPTION_IDS.join(", ")}.`);
    for (const o of choice.overlays)
      if (!OVERLAY_IDS.includes(o)) throw new Error(`Unknown overlay ${String(o)}: choose ${OVERLAY_IDS.join(" or ")}.`);
    const overlays = OVERLAY_IDS.filter((o) => choice.overlays.includes(o));
    const scheme = choice.scheme?.trim() || undefined;
    const pumpPriming = pumpPrimes(overlays);
    const key = `${choice.option}${pumpPriming ? "+pump" : ""}`;
    let shared = built.get(key);
    if (!shared) {
      let base = bases.get(choice.option);
      if (!base) bases.set(choice.option, (base = baseSheet(choice.option)));
      built.set(key, (shared = optionSheets((common ??= commonSheets()), base, choice.option, pumpPriming)));
    }
    const { base, checked, projection, projectionSheet, sensitivity, scenarios } = shared;

    const prior: Prior[] = [{ check: inputCheck, sheet: "Inputs" }];
    const layouts: SheetLayout[] = [...shared.before];
    for (const o of overlays) layouts.push(o === PUMP_PRIMING ? shared.pumpSheet! : OVERLAYS[o].layout(prior, base.rows).layout);
    layouts.push(projectionSheet, sensitivity, scenarios.layout);
    const ids = [choice.option, ...overlays];
    const summary = summaryLayout(ids, base.rows, projection, [
      ...checked,
      { check: projectionSheet.guard!, sheet: projectionSheet.name },
      { check: sensitivity.guard!, sheet: sensitivity.name },
      { check: scenarios.gate, sheet: scenarios.layout.name },
    ]);
    layouts.unshift(summary);
    // Workings after the sheets a reader follows, then the sources.
    layouts.push(shared.residential, assessmentLayout(ids), shared.workings);
    const sources = sourcesLayout(ids, layouts);
    layouts.push(sources);
    const values = inputValues(inputs, scheme, ids);
    for (const [row, v] of scenarios.values(inputs.scenarios, inputs.activeScenario)) values.set(row, v);
    // The register links each pink cell itself, whichever scenario is in use.
    // The shared sheets come out the same in every workbook of this option and scheme: rendered once.
    let cache = rendered.get(scheme ?? "");
    if (!cache) rendered.set(scheme ?? "", (cache = renderCache()));
    const { before, pumpSheet, residential, workings } = shared;
    for (const l of [...before, ...(pumpSheet ? [pumpSheet] : []), projectionSheet, sensitivity, scenarios.layout, residential, workings])
      cache.shared.add(l);
    // Those of every option, and the option's own sheet with and without pump priming.
    for (const l of [...Object.values(common!), base.layout]) cache.common.add(l);
    const out = renderLayouts(layouts, values, { ...scenarios.repoint, keepSheets: new Set([sources.id]) }, cache);

    const id = templateId(choice);
    const titles = ids.map((i) => OPTION_CONTENT[i].title).join(" + ");
    return {
      id,
      title: `ECH Cost Model: option ${id} (${titles})${scheme ? `, ${scheme}` : ""}`,
      choice: { option: choice.option, overlays, ...(scheme ? { scheme } : {}) },
      sheets: out.sheets,
      names: out.names,
      get rows() {
        return out.rows;
      },
    };
  };
}
