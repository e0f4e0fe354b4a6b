/**
 * The inputs' checks: each pink cell's own (its rule, the band shares' total, the National Living
 * Wage warning beside a pay rate), the Inputs sheet's input check every result waits for, and the
 * scheme name that titles every sheet.
 */
import { FMT, calcRow, checkRowFor, firstProblem, ruleCheck, fx, inputRow, cellAt, range, type Expr, type Row, text } from "../calc";
import { OWN_FIGURE } from "./sources";
import { NIGHT_COVER } from "./defaults";
import { SHARE_SUM_TOLERANCE } from "./validate";
import { CONTRIBUTION_INPUTS } from "./contributions";
import * as Scheme from "./scheme";
import { CURRENT, ENTER_CELLS, PRICE_FIGURES, enterCellMissing, enterCheck, priceBaseInput } from "./priceRows";

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

const bandShareSum: Expr = fx`${cellAt(Scheme.bandShares, 0)}+${cellAt(Scheme.bandShares, 1)}+${cellAt(Scheme.bandShares, 2)}`;
export const bandShareTotal = calcRow("bandShareTotal", "Total of the band shares", fx`SUM(${range(Scheme.bandShares)})`, {
  unit: "% of tenants",
  format: FMT.percent1,
  check: true,
});
export const bandShareGap = calcRow(
  "bandShareGap",
  "Difference from 100%",
  fx`IF(ABS(${bandShareSum}-1)<=${SHARE_SUM_TOLERANCE},"OK",IF(${bandShareSum}<1,TEXT((1-${bandShareSum})*100,"#,##0.0")&" percentage points short",TEXT((${bandShareSum}-1)*100,"#,##0.0")&" percentage points over"))`,
  { check: true },
);

/** "OK", or the rate and the National Living Wage it falls below (current price bases only). */
export function livingWageCheck(rate: Row, label: string): Expr {
  const nlw = PRICE_FIGURES.nationalLivingWage;
  const message = fx`${text(`${label}: £`)}&TEXT(${rate},"0.00")&" an hour is below the National Living Wage of £"&TEXT(${nlw},"0.00")&" an hour ("&${priceBaseInput}&", workers aged 21 and over)."`;
  return fx`IF(${CURRENT},IF(ISNUMBER(${nlw}),IF(${rate}<${nlw},${message},"OK"),"OK"),"OK")`;
}

const SLEEP_IN: Expr = fx`${Scheme.nightCover}=${NIGHT_COVER[1]}`;

/** Every pink cell of the Inputs sheet with its check, in the order they are shown. */
const INPUT_ROWS: readonly Row[] = [
  ...Scheme.SCHEME_INPUTS,
  ...CONTRIBUTION_INPUTS,
  priceBaseInput,
  ...Scheme.PAY_INPUTS,
  ...ENTER_CELLS.map((c) => c.row),
];

/**
 * The National Living Wage check of each hourly pay rate (its row says it is one), in the order
 * shown: a warning, which never stops the results. Sleep-in nights are paid a flat amount, not the night rate.
 */
const WAGE_CHECKS = new Map<Row, Expr>(
  INPUT_ROWS.filter((row) => row.input?.hourlyPay).map((row): [Row, Expr] => {
    const check = livingWageCheck(row, row.label);
    return [row, row === Scheme.nightRate ? fx`IF(${SLEEP_IN},"OK",${check})` : check];
  }),
);

/** Each pink cell's check, shown beside it. */
export const INPUT_CHECKS: ReadonlyMap<Row, Row> = new Map<Row, Row>(
  INPUT_ROWS.map((row) => {
    if (row === Scheme.bandShares) {
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
    if (row === Scheme.sleepInAmount) {
      return [
        row,
        checkRowFor(
          row,
          (base) =>
            fx`IF(ISBLANK(${row}),IF(AND(${CURRENT},${SLEEP_IN}),"Sleep-in payment: enter the amount paid for a sleep-in night.","OK"),${base})`,
        ),
      ];
    }
    // An empty cell of the table of price bases is missing only at its own base, and only where the cost needs it:
    // its check says so exactly when the input check does.
    const enter = ENTER_CELLS.find((c) => c.row === row);
    if (enter) return [row, checkRowFor(row, (base) => fx`IF(ISBLANK(${row}),${enterCellMissing(enter)},${base})`)];
    return [row, checkRowFor(row)];
  }),
);

/** What the input check reads: a pay rate's own check without the wage warning. */
const hardChecks: (Row | Expr)[] = INPUT_ROWS.map((row) => (WAGE_CHECKS.has(row) ? ruleCheck(row) : INPUT_CHECKS.get(row)!));

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

const noHours = fx`IF(AND(${Scheme.nightHours}=0,${cellAt(Scheme.bandShares, 0)}*${cellAt(Scheme.bandHours, 0)}=0,${cellAt(Scheme.bandShares, 1)}*${cellAt(Scheme.bandHours, 1)}=0,${cellAt(Scheme.bandShares, 2)}*${cellAt(Scheme.bandHours, 2)}=0),"There are no care or support hours: enter some band or night hours.","OK")`;

/** The Inputs sheet's check: "OK", or the first thing to fix. Every result waits for it. */
export const inputCheck = calcRow("inputCheck", "Input check", firstProblem([...hardChecks, noHours, enterCheck]), {
  check: true,
  name: "ECH_InputCheck",
});
