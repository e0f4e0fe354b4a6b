/** Loading the template code on demand, naming files, and turning failures into plain words. */
import { isInputError } from "../model/errors";
import type { SchemeInputs } from "../model";
import { optionSpan } from "../options/ids";
import type { Contributions } from "../decisions/optionComparison";
// Only the small error module: the Office.js writer itself is loaded when an action needs it.
import { describeOfficeError } from "../writers/officejs/errors";
import type { Outcome } from "./useTask";

/** The Office.js writer, loaded when an action inside Excel needs it. */
export const loadOfficeWriter = () => import(/* webpackChunkName: "office-writer" */ "../writers/officejs");

/** The pane's inputs a workbook is filled with: the scheme and, when given, the tenants' contributions by needs band. */
export type PaneInputs = SchemeInputs & Partial<Contributions>;

/** The template builder, with the pane's headline inputs laid over the template defaults. */
export async function loadTemplates() {
  const [{ buildTemplate, buildAppraisal, placeTemplate, DEFAULT_TEMPLATE_INPUTS }, { workbookScenarios }] = await Promise.all([
    import(/* webpackChunkName: "templates" */ "../templates"),
    import(/* webpackChunkName: "scenarios" */ "./Scenarios"),
  ]);
  return {
    workbookScenarios,
    buildTemplate,
    buildAppraisal,
    placeTemplate,
    templateInputs: (inputs: PaneInputs) => ({ ...DEFAULT_TEMPLATE_INPUTS, ...inputs }),
  };
}

/** The appraisal workbook's template id. */
export const APPRAISAL_ID = optionSpan();

/** "ECH option B+F - Riverside Court.xlsx": letters, digits, spaces and a few safe marks only. */
export function templateFileName(templateId: string, scheme?: string): string {
  const name = (scheme ?? "")
    .replace(/[^\p{L}\p{N} ._-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 60);
  const what = templateId === APPRAISAL_ID ? `appraisal of options ${optionSpan("-")}` : `option ${templateId}`;
  return `ECH ${what}${name ? ` - ${name}` : ""}.xlsx`;
}

export function describeError(e: unknown): Outcome {
  if (isInputError(e)) {
    return { intent: "error", title: "An input needs correcting", lines: [e.message] };
  }
  const d = describeOfficeError(e);
  // Errors from another realm (an iframe, a test's jsdom) fail `instanceof Error`; keep their message.
  const detail = d.detail ?? messageOf(e);
  return { intent: "error", title: d.message, lines: [d.action, ...(detail ? [`Details: ${detail}`] : [])] };
}

function messageOf(e: unknown): string | undefined {
  const m = e && typeof e === "object" && "message" in e ? (e as { message: unknown }).message : undefined;
  return typeof m === "string" && m ? m : undefined;
}
