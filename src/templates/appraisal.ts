/**
 * The appraisal workbook: options A–D over one Inputs, Staffing and Hours needed sheet, with an
 * Appraisal sheet that sets them side by side on what differs (cost in year 1 and at steady state,
 * non-contact hours, prices, cost per hour of need, who carries the under-use risk and how much, and
 * the tally of each option's answers to the brief's nine questions), then the hours each buys, all
 * live formulas.
 */
import { cellAt, calcCells, calcRow, constRow, fx, inputRow, range, type Expr, type Row } from "../calc";
import { supportFunding } from "../model/contributions";
import { BASE_OPTIONS, OPTION_IDS, optionSpan, type BaseRows, type Prior } from "../options/registry";
import { FMT } from "../options/sheet";
import { briefSection } from "../model/citations";
import { ASSESSMENT_QUESTIONS, WHO_PAYS_NOTES } from "../options/content";
import { OPTION_CONTENT } from "../options/ids";
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
  const per = (id: string, label: string, pick: (b: BaseRows) => Row | Expr, o: { unit?: string; format?: string; name?: string } = {}) =>
    calcCells(
      `appraisal.${id}`,
      label,
      bases.map((b) => fx`${pick(b)}`),
      o,
    );
  const H = { unit: "hours a week", format: FMT.hours };
  const count = (a: Row, answer: string) => fx`COUNTIF(${range(a)},${{ k: "str", v: answer }})`;
  // How many questions each option has an answer to, whichever answer.
  const answered = answers.map((a) => ANSWERS.map((x) => count(a, x)).reduce((sum, c) => fx`${sum}+${c}`));
  const tally = (answer: string) =>
    calcCells(
      `appraisal.${answer}`,
      answer,
      // Blank until the option has an answer: a count of 0 would read as an option that failed every question.
      answers.map((a, k) => fx`IF(${answered[k]}=0,"",${count(a, answer)})`),
      { format: "0" },
    );
  const options = constRow(
    "appraisal.options",
    "Option",
    OPTION_IDS.map((id) => `${id}: ${OPTION_CONTENT[id].title}`),
  );
  const M = { unit: "£ a year", format: FMT.money0 };
  const P = { unit: "£ an hour", format: FMT.money };
  // What differs between the options first: what each costs and when, the hours it pays for that are
  // not care, its prices and the under-use risk; then the hours, which are the same by construction.
  const differs: { row: Row; head: string }[] = [
    { row: options, head: "Option" },
    {
      row: per("firstYear", "Year 1", (b) => b.firstYear, { ...M, name: "ECH_AppraisalFirstYear" }),
      head: "Council's cost, year 1",
    },
    {
      row: per("steady", "Steady state", (b) => b.councilAnnualCost, { ...M, name: "ECH_AppraisalCouncilCost" }),
      head: "Council's cost a year, steady state",
    },
    {
      row: per("net", "Net of what tenants pay", (b) => b.councilNetCost, { ...M, name: "ECH_AppraisalNetCost" }),
      head: "Council's net cost a year, less tenants' contributions",
    },
    { row: per("nonContact", "Non-contact hours", (b) => b.nonContact, H), head: "Non-contact hours bought a week" },
    {
      row: per("blockPrice", "Block price", (b) => fx`IF(${b.blockHours}=0,"no block",${b.blockPrice})`, P),
      head: "Block price, £ an hour",
    },
    { row: per("spotPrice", "Spot price", (b) => b.spotPrice, P), head: "Spot price, £ an hour" },
    { row: per("perNeed", "Per hour of need", (b) => b.perNeed, P), head: "Cost per hour of need" },
    { row: per("risk", "Under-use risk", (b) => b.riskWho), head: "Who carries the under-use risk" },
    { row: per("councilRisk", "Council's under-use risk", (b) => b.councilRisk, M), head: "Under-use risk of the council, £ a year" },
    { row: per("providerRisk", "Provider's under-use risk", (b) => b.providerRisk, M), head: "Under-use risk of the provider, £ a year" },
    { row: tally("Yes"), head: "Yes" },
    { row: tally("Partly"), head: "Partly" },
    { row: tally("No"), head: "No" },
  ];
  const hoursOptions = constRow(
    "appraisal.hoursOptions",
    "Option",
    OPTION_IDS.map((id) => `Option ${id}`),
  );
  const hours: { row: Row; head: string }[] = [
    { row: hoursOptions, head: "Option" },
    { row: per("need", "Hours needed", (b) => b.need, H), head: "Hours needed a week" },
    { row: per("block", "Block", (b) => b.blockHours, H), head: "Block hours a week" },
    { row: per("spot", "Outside the block", (b) => b.spotHours, H), head: "Hours outside the block" },
    { row: per("gap", "Gap", (b) => b.gap, { ...H, name: "ECH_AppraisalHoursGap" }), head: "Bought − needed" },
  ];
  const l = new SheetLayout("appraisal", "Appraisal", {
    columns: [30, 13, 13, 14, 12, 11, 11, 11, 12, 13, 13, 7, 7, 7],
    orientation: "landscape",
    freezeRows: 4,
  });
  l.line([{ text: `Appraisal of options ${optionSpan(" to ")}`, style: "title" }]);
  l.line([
    {
      text: `The four ways of contracting (${briefSection("4.2–4.5")}) for the same scheme and the same hours tenants need. With prices left blank and the council paying for every hour, each buys the hours tenants need: they differ in the non-contact hours they pay for besides (and so in cost), in phasing (the first year), in price and in who carries the risk of hours bought and not used, and how much.`,
      style: "subtitle",
    },
  ]);
  l.gap();
  l.table(
    differs.map((c) => c.head),
    differs.map((c) => ({ row: c.row })),
    OPTION_IDS.length,
  );
  l.line([
    {
      text: "Yes, Partly and No count each option's answers on the Assessment sheet; they stay blank until the option has one.",
      style: "note",
    },
  ]);
  l.gap();
  l.line([{ text: "The hours each option buys: the hours tenants need, and no gap", style: "subtitle" }]);
  l.table(
    hours.map((c) => c.head),
    hours.map((c) => ({ row: c.row })),
    OPTION_IDS.length,
  );
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
    bases.map((_, i) => fx`${cellAt(parts[0], i)}+${cellAt(parts[1], i)}+${cellAt(parts[2], i)}+${cellAt(parts[3], i)}`),
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
