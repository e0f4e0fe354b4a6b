/** The Inputs sheet: the scheme's pink cells with their defaults, validation and the input check. */
import { FMT, calcRow, checkRowFor, firstProblem, fx, inputRow, at, range, type Expr, type Row, text } from "../../calc";
import { BANDS, SHARE_SUM_TOLERANCE } from "../../model";
import * as S from "../../model/scheme";
import { SheetLayout } from "../layout";

export const INPUTS_ID = "inputs";

export const schemeName = inputRow("schemeName", "Scheme name", null, {
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
  unit: "% of tenants", format: FMT.percent1, check: true,
});
const bandShareGap = calcRow(
  "bandShareGap",
  "Difference from 100%",
  fx`IF(ABS(${bandShareSum}-1)<=${SHARE_SUM_TOLERANCE},"OK",IF(${bandShareSum}<1,TEXT((1-${bandShareSum})*100,"#,##0.0")&" percentage points short",TEXT((${bandShareSum}-1)*100,"#,##0.0")&" percentage points over"))`,
  { check: true },
);

const checks = new Map<Row, Row>(
  S.SCHEME_INPUTS.map((row) => [
    row,
    row === S.bandShares
      ? checkRowFor(row, (base) => fx`IF(${base}<>"OK",${base},IF(ABS(${bandShareSum}-1)>${SHARE_SUM_TOLERANCE},"Band shares must add up to 100% (within 0.01 percentage point).","OK"))`)
      : checkRowFor(row),
  ]),
);

const noHours = fx`IF(AND(${S.nightHours}=0,${at(S.bandShares, 0)}*${at(S.bandHours, 0)}=0,${at(S.bandShares, 1)}*${at(S.bandHours, 1)}=0,${at(S.bandShares, 2)}*${at(S.bandHours, 2)}=0),"There are no care or support hours: enter some band or night hours.","OK")`;

/** The Inputs sheet's check: "OK", or the first thing to fix. Every result waits for it. */
export const inputCheck = calcRow("inputCheck", "Input check", firstProblem([...checks.values(), noHours]), { check: true, name: "ECH_InputCheck" });

const title = titleRow(INPUTS_ID, "Inputs");

export function inputsLayout(): SheetLayout {
  const l = new SheetLayout(INPUTS_ID, "Inputs", { columns: [46, 13, 13, 13, 16, 60], orientation: "landscape", tabColor: "FF66B2", freezeRows: 4 });
  l.line([{ row: title, style: "title" }]);
  l.line([{ text: "Pink cells are inputs; everything else is worked out from them. Results show #N/A until the input check says OK.", style: "subtitle" }]);
  l.line([{ text: schemeName.label, style: "label" }, { row: schemeName }]);
  l.line(["Input", ...BANDS, "Units", "Check"].map((h) => ({ text: h, style: "header" as const })));
  for (const row of S.SCHEME_INPUTS) {
    l.line([{ text: row.label, style: "label" }, { row }, ...Array<null>(3 - row.size).fill(null), { text: row.unit ?? "", style: "note" }, { row: checks.get(row)! }]);
    if (row === S.bandShares) l.line([{ text: bandShareTotal.label, style: "label" }, { row: bandShareTotal, style: "output" }, null, null, { text: "% of tenants", style: "note" }, { row: bandShareGap }]);
  }
  l.nameRows("ECH_HourlyRates", [S.supportRate, S.careRate], "£ an hour: housing support, care");
  l.nameRows("ECH_OnCosts", [S.niRate, S.coverRate, S.superannuationRate, S.training], "National Insurance, cover, superannuation rates; training £ a year");
  l.gap();
  l.line([{ text: inputCheck.label, style: "total" }, { row: inputCheck }]);
  l.line([{ text: "Band head-counts round up, so they can add up to more than the tenants (published model: 10 + 17 + 10 = 37 of 35).", style: "note" }]);
  return l;
}
