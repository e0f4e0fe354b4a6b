/** The Inputs sheet: the scheme's pink cells with their defaults, validation and the input check. */
import { FMT, calcRow, checkRowFor, firstProblem, ruleCheck, fx, inputRow, at, range, type Expr, type Row, text } from "../../calc";
import { OWN_FIGURE } from "../../model/sources";
import { BANDS, CONTRIBUTION_INPUTS, NIGHT_COVER, SHARE_SUM_TOLERANCE } from "../../model";
import * as S from "../../model/scheme";
import {
  CURRENT,
  ENTER_CELLS,
  FIGURES,
  LOOKUPS,
  PB,
  STATUTORY_BASES,
  TABLE,
  enterCheck,
  priceBaseCurrent,
  priceBaseIndex,
  priceBaseInput,
  priceBaseNames,
} from "../../model/priceRows";
import { SheetLayout } from "../../layout/layout";

export const INPUTS_ID = "inputs";

export const schemeName = inputRow("schemeName", "Scheme name", null, {
  source: OWN_FIGURE,
  rule: { kind: "text", max: 100, blank: true },
  prompt: "The scheme's name: every sheet's title and printed header show it (optional).",
  name: "ECH_SchemeName",
});

/** "Title", or "Title: Scheme" once the scheme has a name. */
export function titleRow(id: string, title: string): Row {
  return calcRow(`${id}.title`, title, fx`IF(${schemeName}="",${text(title)},${text(`${title}: `)}&${schemeName})`, { check: true });
}

const bandShareSum: Expr = fx`${at(S.bandShares, 0)}+${at(S.bandShares, 1)}+${at(S.bandShares, 2)}`;
export const bandShareTotal = calcRow("bandShareTotal", "Total of the band shares", fx`SUM(${range(S.bandShares)})`, {
  unit: "% of tenants",
  format: FMT.percent1,
  check: true,
});
const bandShareGap = calcRow(
  "bandShareGap",
  "Difference from 100%",
  fx`IF(ABS(${bandShareSum}-1)<=${SHARE_SUM_TOLERANCE},"OK",IF(${bandShareSum}<1,TEXT((1-${bandShareSum})*100,"#,##0.0")&" percentage points short",TEXT((${bandShareSum}-1)*100,"#,##0.0")&" percentage points over"))`,
  { check: true },
);

/** "OK", or the rate and the National Living Wage it falls below (current price bases only). */
export function livingWageCheck(rate: Row, label: string): Expr {
  const nlw = PB.nationalLivingWage;
  const message = fx`${text(`${label}: £`)}&TEXT(${rate},"0.00")&" an hour is below the National Living Wage of £"&TEXT(${nlw},"0.00")&" an hour ("&${priceBaseInput}&", workers aged 21 and over)."`;
  return fx`IF(${CURRENT},IF(ISNUMBER(${nlw}),IF(${rate}<${nlw},${message},"OK"),"OK"),"OK")`;
}

const SLEEP_IN: Expr = fx`${S.nightCover}=${NIGHT_COVER[1]}`;

/** The National Living Wage check of each pay rate: a warning, which never stops the results. */
const WAGE_CHECKS = new Map<Row, Expr>([
  ...[S.supportRate, S.careRate, S.teamLeaderRate].map((r): [Row, Expr] => [r, livingWageCheck(r, r.label)]),
  [S.nightRate, fx`IF(${SLEEP_IN},"OK",${livingWageCheck(S.nightRate, S.nightRate.label)})`],
]);

/** Every pink cell of the Inputs sheet with its check, in the order they are shown. */
const INPUT_ROWS: readonly Row[] = [
  ...S.SCHEME_INPUTS,
  ...CONTRIBUTION_INPUTS,
  priceBaseInput,
  ...S.PAY_INPUTS,
  ...ENTER_CELLS.map((c) => c.row),
];

const checks = new Map<Row, Row>(
  INPUT_ROWS.map((row) => {
    if (row === S.bandShares) {
      return [
        row,
        checkRowFor(
          row,
          (base) =>
            fx`IF(${base}<>"OK",${base},IF(ABS(${bandShareSum}-1)>${SHARE_SUM_TOLERANCE},"Band shares must add up to 100% (within 0.01 percentage point).","OK"))`,
        ),
      ];
    }
    // Beside a pay rate: its own check, then the wage warning (in red, as any message).
    const wage = WAGE_CHECKS.get(row);
    if (wage) return [row, checkRowFor(row, (own) => fx`IF(${own}<>"OK",${own},${wage})`)];
    if (row === S.sleepInAmount) {
      return [
        row,
        checkRowFor(
          row,
          (base) =>
            fx`IF(ISBLANK(${row}),IF(AND(${CURRENT},${SLEEP_IN}),"Sleep-in payment: enter the amount paid for a sleep-in night.","OK"),${base})`,
        ),
      ];
    }
    // An empty cell of the table of price bases is checked by enterCheck, for the chosen base only.
    if (ENTER_CELLS.some((c) => c.row === row)) return [row, checkRowFor(row, (base) => fx`IF(ISBLANK(${row}),"OK",${base})`)];
    return [row, checkRowFor(row)];
  }),
);

/** What the input check reads: a pay rate's own check without the wage warning. */
const hardChecks: (Row | Expr)[] = INPUT_ROWS.map((row) => (WAGE_CHECKS.has(row) ? ruleCheck(row) : checks.get(row)!));

/**
 * "OK", or the first pay rate below the National Living Wage with the wage: a warning shown beside
 * the input check and the costs, which stand (a rate below the wage is a choice to question, not an
 * input the model cannot use).
 */
export const payWarning = calcRow(
  "payWarning",
  "Pay check (National Living Wage)",
  firstProblem([...WAGE_CHECKS].map(([row, wage]) => fx`IF(ISNUMBER(${row}),${wage},"OK")`)),
  { check: true, name: "ECH_PayWarning" },
);

const noHours = fx`IF(AND(${S.nightHours}=0,${at(S.bandShares, 0)}*${at(S.bandHours, 0)}=0,${at(S.bandShares, 1)}*${at(S.bandHours, 1)}=0,${at(S.bandShares, 2)}*${at(S.bandHours, 2)}=0),"There are no care or support hours: enter some band or night hours.","OK")`;

/** The Inputs sheet's check: "OK", or the first thing to fix. Every result waits for it. */
export const inputCheck = calcRow("inputCheck", "Input check", firstProblem([...hardChecks, noHours, enterCheck]), {
  check: true,
  name: "ECH_InputCheck",
});

/** "2009 (published model): …" or "2026-27: …": what the rates are, beside them. */
const priceBaseNote = calcRow(
  "priceBaseNote",
  "",
  fx`IF(${CURRENT},"Rates are hourly pay at "&${priceBaseInput}&" prices; on-costs follow that year's statutory pay rules (see below). The flat on-costs are not used.","Rates are hourly pay at the published model's 2009 prices, with its flat on-costs; the pay lines below are not used. The published model shows the calculation is exact; in its own words it 'is not intended to be used for calculating detailed operational costs for financial planning purposes' (Extra Care Housing, Joint Improvement Team, May 2009, revenue cost model).")`,
  { check: true },
);

const title = titleRow(INPUTS_ID, "Inputs");

export function inputsLayout(): SheetLayout {
  const l = new SheetLayout(INPUTS_ID, "Inputs", {
    columns: [36, 21, 12, 12, 14, 60],
    orientation: "landscape",
    tabColor: "FF66B2",
    freezeRows: 4,
  });
  l.line([{ row: title, style: "title" }]);
  l.line([
    {
      text: "Pink cells are inputs; everything else is worked out from them. Results show #N/A until the input check says OK.",
      style: "subtitle",
    },
  ]);
  l.line([{ text: schemeName.label, style: "label" }, { row: schemeName }]);
  l.line(["Input", ...BANDS, "Units", "Check"].map((h) => ({ text: h, style: "header" as const })));
  const input = (row: Row, unit = row.unit ?? "") =>
    l.line([
      { text: row.label, style: "label" },
      { row },
      ...Array<null>(3 - row.size).fill(null),
      { text: unit, style: "note" },
      { row: checks.get(row)! },
    ]);
  for (const row of S.SCHEME_INPUTS) {
    if (row === S.supportRate) {
      input(priceBaseInput);
      l.line([null, { row: priceBaseNote, style: "note" }]);
    }
    input(row);
    if (row === S.bandShares)
      l.line([
        { text: bandShareTotal.label, style: "label" },
        { row: bandShareTotal, style: "output" },
        null,
        null,
        { text: "% of tenants", style: "note" },
        { row: bandShareGap },
      ]);
  }
  for (const row of CONTRIBUTION_INPUTS) input(row);
  l.nameRows("ECH_HourlyRates", [S.supportRate, S.careRate], "£ an hour: housing support, care (pay at a current price base)");
  l.nameRows(
    "ECH_OnCosts",
    [S.niRate, S.coverRate, S.superannuationRate, S.training],
    "National Insurance, cover, superannuation rates; training £ a year",
  );
  l.gap();
  l.line([{ text: "Pay at a current price base (not used by the published 2009 model)", style: "header" }]);
  l.line([
    {
      text: "The rates and percentages below are examples: enter your own. The pay rates are at or above the National Living Wage of April 2026.",
      style: "note",
    },
  ]);
  for (const row of S.PAY_INPUTS) input(row);
  l.gap();
  l.line(
    ["Statutory figures of each price base", ...STATUTORY_BASES.map(() => null), "Units"].map((h) =>
      h === null ? null : { text: h, style: "header" as const },
    ),
  );
  l.line([{ text: "Price base", style: "label" }, ...priceBaseNames.map((row) => ({ row, style: "header" as const }))]);
  for (const f of FIGURES) {
    const cells = TABLE[f.key];
    const enter = ENTER_CELLS.filter((c) => c.figure === f);
    l.line([
      { text: f.label, style: "label" },
      ...cells.map((row) => ({ row, style: row.kind === "input" ? undefined : ("output" as const) })),
      { text: f.unit, style: "note" },
      enter.length > 0
        ? { text: `enter: ${enter.map((c) => c.base).join(", ")} (not checked against a publication)`, style: "note" }
        : null,
    ]);
  }
  for (const c of ENTER_CELLS)
    l.line([{ text: `Check: ${c.figure.label}, ${c.base}`, style: "note" }, null, null, null, null, { row: checks.get(c.row)! }]);
  l.line([{ text: "Sources: the Sources and assumptions sheet.", style: "note" }]);
  l.gap();
  l.line([{ text: "At the chosen price base", style: "header" }]);
  for (const row of [priceBaseIndex, priceBaseCurrent])
    l.line([{ text: row.label, style: "label" }, { row, style: "note" }, null, null, { text: row.note ?? "", style: "note" }]);
  for (const row of LOOKUPS) l.line([{ text: row.label, style: "label" }, { row }, null, null, { text: row.unit ?? "", style: "note" }]);
  l.gap();
  l.line([{ text: inputCheck.label, style: "total" }, { row: inputCheck }]);
  l.line([{ text: payWarning.label, style: "total" }, { row: payWarning }]);
  l.line([
    {
      text: "Band head-counts round up, so they can add up to more than the tenants (published model: 10 + 17 + 10 = 37 of 35).",
      style: "note",
    },
  ]);
  return l;
}
