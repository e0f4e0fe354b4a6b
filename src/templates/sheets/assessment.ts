/** The Assessment sheet: the option's and overlays' pros and cons, and the nine questions of the brief's 4.7.2. */
import { ASSESSMENT_QUESTIONS } from "../../options/content";
import { OPTION_CONTENT } from "../../options/ids";
import { briefSection } from "../../model/citations";
import { SheetLayout, noteCell } from "../../layout/layout";
import type { OptionId, OverlayId } from "../types";
import { inputRow } from "../../calc";

export const ANSWERS = ["Yes", "Partly", "No", "Not yet known"] as const;

/** One pink answer a question: input rows, so the assumption register lists them as the user's answers. */
const answers = ASSESSMENT_QUESTIONS.map((_, k) =>
  inputRow(`assessment.answer${k + 1}`, `Question ${k + 1}`, null, {
    source: "answer",
    rule: { kind: "list", list: ANSWERS, blank: true },
    prompt: `Question ${k + 1}: choose ${ANSWERS.join(", ")}.`,
  }),
);

export function assessmentLayout(ids: readonly (OptionId | OverlayId)[]): SheetLayout {
  const l = new SheetLayout("assessment", "Assessment", { columns: [76, 14, 30], orientation: "portrait", freezeRows: 2 });
  l.line([{ text: `Assessment: option ${ids.join(" + ")}`, style: "title" }]);
  l.line([
    {
      text: `Advantages and disadvantages from the ${briefSection("4.0–4.7")}, in our words; answer the questions below for your scheme.`,
      style: "subtitle",
    },
  ]);
  l.gap();
  for (const id of ids) {
    const c = OPTION_CONTENT[id];
    l.line([
      { text: `Option ${id}: ${c.title} (Section 2 Part A ${c.section})`, style: "header" },
      { text: "", style: "header" },
      { text: "", style: "header" },
    ]);
    l.line([{ text: c.summary, style: "note" }]);
    if (c.conditions) l.line([{ text: `When it works: ${c.conditions}`, style: "note" }]);
    for (const [heading, items] of [
      ["Advantages", c.advantages],
      ["Disadvantages", c.disadvantages],
    ] as const) {
      l.line([{ text: heading, style: "total" }]);
      for (const item of items) l.line([{ text: `• ${item}`, style: "label" }]);
    }
    l.gap();
  }
  l.line([
    { text: `Questions for shaping and assessing the approach (${briefSection("4.7.2")})`, style: "header" },
    { text: "Answer", style: "header" },
    { text: "Notes", style: "header" },
  ]);
  ASSESSMENT_QUESTIONS.forEach((q, k) => {
    l.line([
      { text: `${k + 1}. ${q}`, style: "note" },
      { row: answers[k] },
      noteCell(`Question ${k + 1}: your reasons, evidence or actions.`),
    ]);
  });
  return l;
}
