/**
 * The appraisal workbook: options A–D over one Inputs, Staffing and Hours needed sheet, with an
 * Appraisal sheet that sets them side by side (hours, gap, cost in year 1 and at steady state, cost
 * per hour of need, who carries the under-use risk, and the tally of each option's answers to the
 * brief's nine questions), all live formulas.
 */
import { at, calcCells, calcRow, constRow, fx, inputRow, range, type Row } from "../calc";
import { supportFunding } from "../model/contributions";
import { BASE_OPTIONS, OPTION_IDS, optionSpan, type BaseRows, type Prior } from "../options/registry";
import { FMT } from "../options/sheet";
import { briefSection } from "../model/citations";
import { ASSESSMENT_QUESTIONS, OPTION_CONTENT, WHO_PAYS_NOTES } from "../options/content";
import { SheetLayout } from "../layout/layout";
import { ANSWERS } from "./sheets/assessment";
import { inputCheck } from "../model/inputCheck";
import { versionLine } from "./version";

export const APPRAISAL_ID = `Appraisal ${optionSpan()}`;

/** Each option's answers to the nine questions: a pink column per option. */
const answers = OPTION_IDS.map((id) =>
  inputRow(`appraisal.answers${id}`, `Option ${id}`, Array<null>(ASSESSMENT_QUESTIONS.length).fill(null), {
    source: "answer",
    cellLabels: ASSESSMENT_QUESTIONS.map((_, k) => `question ${k + 1}`),
    rule: { kind: "list", list: ANSWERS, blank: true },
    prompt: `Option ${id}: choose ${ANSWERS.join(", ")}.`,
  }),
);
const questions = constRow(
  "appraisal.questions",
  "Question",
  ASSESSMENT_QUESTIONS.map((q, k) => `${k + 1}. ${q}`),
);

function assessmentLayout(): SheetLayout {
  const l = new SheetLayout("assessment", "Assessment", { columns: [80, 12, 12, 12, 12], orientation: "landscape", freezeRows: 3 });
  l.line([{ text: `Assessment: options ${optionSpan(" to ")}`, style: "title" }]);
  l.line([
    {
      text: `Answer the questions for shaping and assessing the approach (${briefSection("4.7.2")}) for each option; the Appraisal sheet counts the answers.`,
      style: "subtitle",
    },
  ]);
  l.gap();
  l.table(
    ["Question", ...OPTION_IDS.map((id) => `Option ${id}`)],
    [{ row: questions, style: "note" }, ...answers.map((row) => ({ row }))],
    ASSESSMENT_QUESTIONS.length,
  );
  l.gap();
  for (const id of OPTION_IDS) {
    const c = OPTION_CONTENT[id];
    l.line([{ text: `Option ${id}: ${c.title} (Section 2 Part A ${c.section})`, style: "header" }]);
    l.line([{ text: c.summary, style: "note" }]);
  }
  return l;
}

function appraisalLayout(bases: readonly BaseRows[]): SheetLayout {
  const per = (id: string, label: string, pick: (b: BaseRows) => Row, o: { unit?: string; format?: string; name?: string } = {}) =>
    calcCells(
      `appraisal.${id}`,
      label,
      bases.map((b) => fx`${pick(b)}`),
      o,
    );
  const H = { unit: "hours a week", format: FMT.hours };
  const tally = (answer: string) =>
    calcCells(
      `appraisal.${answer}`,
      answer,
      answers.map((a) => fx`COUNTIF(${range(a)},${{ k: "str", v: answer }})`),
      { format: "0" },
    );
  const options = constRow(
    "appraisal.options",
    "Option",
    OPTION_IDS.map((id) => `${id}: ${OPTION_CONTENT[id].title}`),
  );
  const cols: { row: Row; head: string }[] = [
    { row: options, head: "Option" },
    { row: per("need", "Hours needed", (b) => b.need, H), head: "Hours needed a week" },
    { row: per("block", "Block", (b) => b.blockHours, H), head: "Block hours a week" },
    { row: per("spot", "Outside the block", (b) => b.spotHours, H), head: "Hours outside the block" },
    { row: per("gap", "Gap", (b) => b.gap, { ...H, name: "ECH_AppraisalHoursGap" }), head: "Bought − needed" },
    {
      row: per("firstYear", "Year 1", (b) => b.firstYear, { unit: "£ a year", format: FMT.money0, name: "ECH_AppraisalFirstYear" }),
      head: "Council's cost, year 1",
    },
    {
      row: per("steady", "Steady state", (b) => b.councilAnnualCost, {
        unit: "£ a year",
        format: FMT.money0,
        name: "ECH_AppraisalCouncilCost",
      }),
      head: "Council's cost a year, steady state",
    },
    {
      row: per("net", "Net of what tenants pay", (b) => b.councilNetCost, {
        unit: "£ a year",
        format: FMT.money0,
        name: "ECH_AppraisalNetCost",
      }),
      head: "Council's net cost a year, less tenants' contributions",
    },
    { row: per("perNeed", "Per hour of need", (b) => b.perNeed, { unit: "£ an hour", format: FMT.money }), head: "Cost per hour of need" },
    { row: per("risk", "Under-use risk", (b) => b.riskWho), head: "Who carries the under-use risk" },
    { row: tally("Yes"), head: "Yes" },
    { row: tally("Partly"), head: "Partly" },
    { row: tally("No"), head: "No" },
  ];
  const l = new SheetLayout("appraisal", "Appraisal", {
    columns: [30, 12, 12, 12, 12, 14, 14, 14, 12, 18, 7, 7, 7],
    orientation: "landscape",
    freezeRows: 4,
  });
  l.line([{ text: `Appraisal of options ${optionSpan(" to ")}`, style: "title" }]);
  l.line([
    {
      text: `The four ways of contracting (${briefSection("4.2–4.5")}) for the same scheme and the same hours tenants need. With prices left blank and the council paying for every hour, each costs the council the Staffing sheet's total a year: they differ in price, phasing and who carries the risk, not in volume.`,
      style: "subtitle",
    },
  ]);
  l.gap();
  l.table(
    cols.map((c) => c.head),
    cols.map((c) => ({ row: c.row })),
    OPTION_IDS.length,
  );
  l.line([{ text: "Yes, Partly and No count each option's answers on the Assessment sheet.", style: "note" }]);
  whoPays(l, bases, per);
  versionLine(l);
  return l;
}

/** Who pays each option's cost a year: the four parts add up to the option's cost, with the risks of the funding choice beside them. */
function whoPays(
  l: SheetLayout,
  bases: readonly BaseRows[],
  per: (id: string, label: string, pick: (b: BaseRows) => Row, o?: { unit?: string; format?: string; name?: string }) => Row,
): void {
  const M = { unit: "£ a year", format: FMT.money0 };
  // Each part keeps the label of the option sheet's row it reads.
  const parts = (["careBudget", "housingSupport", "contributions", "serviceCharge"] as const).map((key) =>
    per(key, bases[0][key].label, (b) => b[key], M),
  );
  const total = calcCells(
    "appraisal.whoPays",
    "The option's cost to the council",
    bases.map((_, i) => fx`${at(parts[0], i)}+${at(parts[1], i)}+${at(parts[2], i)}+${at(parts[3], i)}`),
    { ...M, name: "ECH_AppraisalWhoPays" },
  );
  const options = constRow(
    "appraisal.whoPaysOptions",
    "Option",
    OPTION_IDS.map((id) => `Option ${id}`),
  );
  const funding = calcRow("appraisal.supportFunding", "How housing support is funded", fx`${supportFunding}`);
  l.gap();
  l.line([{ text: "Who pays the council's cost a year", style: "header" }]);
  l.line([
    { text: funding.label, style: "label" },
    { row: funding, style: "output" },
  ]);
  l.table(
    ["Option", ...parts.map((p) => p.label), "Total: the option's cost a year"],
    [options, ...parts, total].map((row) => ({ row })),
    OPTION_IDS.length,
  );
  for (const note of WHO_PAYS_NOTES) l.line([{ text: note, style: "note" }]);
}

/** The layouts of the appraisal workbook, in order; the caller renders them with the shared sheets. */
export function appraisalLayouts(prior: readonly Prior[]): { options: SheetLayout[]; appraisal: SheetLayout; assessment: SheetLayout } {
  const built = OPTION_IDS.map((id) => BASE_OPTIONS[id].layout(prior, { sheetId: `option${id}`, nameSuffix: `_${id}` }));
  return { options: built.map((b) => b.layout), appraisal: appraisalLayout(built.map((b) => b.rows)), assessment: assessmentLayout() };
}

export { inputCheck };
