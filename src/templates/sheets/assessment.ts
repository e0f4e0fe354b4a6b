/** The Assessment sheet: the option's and overlays' pros and cons, and the nine questions of seed 000, 4.7.2. */
import { SheetBuilder } from "../builder";
import { ASSESSMENT_QUESTIONS, OPTION_CONTENT } from "../content";
import type { OptionId, OverlayId, SheetDef } from "../types";

export const ANSWERS = ["Yes", "Partly", "No", "Not yet known"] as const;

export function assessmentSheet(ids: readonly (OptionId | OverlayId)[]): SheetDef {
  const s = new SheetBuilder("assessment");
  s.text("A1", `Assessment: option ${ids.join(" + ")}`, "title");
  s.text("A2", "Advantages and disadvantages from seed 000 (section 4), in our words; answer the questions below for your scheme.", "subtitle");
  let r = 4;
  for (const id of ids) {
    const c = OPTION_CONTENT[id];
    s.text(`A${r}`, `Option ${id}: ${c.title} (seed 000, ${c.section})`, "header");
    s.text(`B${r}`, "", "header");
    s.text(`C${r}`, "", "header");
    r++;
    s.text(`A${r++}`, c.summary, "note");
    for (const [heading, items] of [["Advantages", c.advantages], ["Disadvantages", c.disadvantages]] as const) {
      s.text(`A${r++}`, heading, "total");
      for (const item of items) s.text(`A${r++}`, `• ${item}`, "label");
    }
    r++;
  }
  s.text(`A${r}`, "Questions for shaping and assessing the approach (seed 000, 4.7.2)", "header");
  s.text(`B${r}`, "Answer", "header");
  s.text(`C${r}`, "Notes", "header");
  r++;
  ASSESSMENT_QUESTIONS.forEach((q, k) => {
    s.set(`A${r}`, { value: `${k + 1}. ${q}`, style: "note" });
    s.input(`B${r}`, null, undefined, {
      type: "list",
      list: ANSWERS,
      allowBlank: true,
      prompt: `Question ${k + 1}: choose ${ANSWERS.join(", ")}.`,
      error: `Choose one of: ${ANSWERS.join(", ")}.`,
    });
    s.input(`C${r}`, null, undefined, {
      type: "textLength",
      min: 0,
      max: 1000,
      allowBlank: true,
      prompt: `Question ${k + 1}: your reasons, evidence or actions.`,
      error: "Keep notes to 1,000 characters or fewer.",
    });
    r++;
  });
  return s.sheet({ name: "Assessment", columns: [90, 16, 60], freeze: { rows: 2 }, orientation: "landscape" });
}
