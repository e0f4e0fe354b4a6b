/** One definition of each template workbook (options A–D, overlays E and F), as data. */
import { OPTION_CONTENT } from "./content";
import { DEFAULT_TEMPLATE_INPUTS, checkTemplateInputs, type TemplateInputs } from "./inputs";
import { assessmentSheet } from "./sheets/assessment";
import { budgetSheet } from "./sheets/budget";
import { inputsSheet } from "./sheets/inputs";
import { optionA, optionB, optionCD, optionE, optionF, type OptionRefs } from "./sheets/options";
import { sourcesSheet } from "./sheets/sources";
import { staffingSheet } from "./sheets/staffing";
import { withTemplateVersion } from "./version";
import type { NameDef, OptionId, OverlayId, SheetDef, TemplateChoice, TemplateDef } from "./types";

export * from "./types";
export { placeTemplate, quoteSheet, resolveFormula } from "./place";
export { OPTION_CONTENT, ASSESSMENT_QUESTIONS, type OptionContent } from "./content";
export { DEFAULT_TEMPLATE_INPUTS, parseTemplateInputs, checkTemplateInputs, type TemplateInputs } from "./inputs";
export { STYLES, INPUT_FILL, type StyleSpec } from "./styles";
export { FMT } from "./formats";
export { TEMPLATE_VERSION, VERSION_NAME } from "./version";

export const OPTION_IDS: readonly OptionId[] = ["A", "B", "C", "D"];
export const OVERLAY_IDS: readonly OverlayId[] = ["E", "F"];

/** "B", "B+F", "C+E+F": overlays in E, F order, each once. */
export function templateId(choice: TemplateChoice): string {
  return [choice.option, ...OVERLAY_IDS.filter((o) => choice.overlays.includes(o))].join("+");
}

export function buildTemplate(choice: TemplateChoice, inputs: TemplateInputs = DEFAULT_TEMPLATE_INPUTS): TemplateDef {
  if (!OPTION_IDS.includes(choice.option)) throw new Error(`Unknown option ${String(choice.option)}: choose A, B, C or D.`);
  for (const o of choice.overlays) if (!OVERLAY_IDS.includes(o)) throw new Error(`Unknown overlay ${String(o)}: choose E or F.`);
  checkTemplateInputs(inputs);
  const overlays = OVERLAY_IDS.filter((o) => choice.overlays.includes(o));
  const scheme = choice.scheme?.trim() || undefined;
  const o = inputs.options;

  const parts: { sheet: SheetDef; names: NameDef[] }[] = [inputsSheet(inputs, scheme), staffingSheet(), budgetSheet(inputs)];
  let option: { sheet: SheetDef; names: NameDef[]; refs: OptionRefs };
  switch (choice.option) {
    case "A":
      option = optionA(o.A, scheme);
      break;
    case "B":
      option = optionB(o.B, scheme);
      break;
    default:
      option = optionCD(choice.option, o[choice.option], scheme);
  }
  parts.push(option);
  if (overlays.includes("E")) parts.push(optionE(o.E, option.refs, scheme));
  if (overlays.includes("F")) parts.push(optionF(o.F, option.refs, scheme));
  const ids = [choice.option, ...overlays];
  parts.push({ sheet: assessmentSheet(ids), names: [] }, { sheet: sourcesSheet(ids), names: [] });

  const id = templateId(choice);
  const titles = ids.map((i) => OPTION_CONTENT[i].title).join(" + ");
  return withTemplateVersion({
    id,
    title: `ECH Cost Model: option ${id} (${titles})${scheme ? `, ${scheme}` : ""}`,
    choice: { option: choice.option, overlays, ...(scheme ? { scheme } : {}) },
    sheets: parts.map((p) => p.sheet),
    names: parts.flatMap((p) => p.names),
  });
}
