/** The Inputs sheet: the scheme's pink cells with their defaults, validation and the input check. */
import { calcRow, fx, text, type Row } from "../../calc";
import { BANDS, CONTRIBUTION_INPUTS, NIGHT_COVER } from "../../model";
import * as Scheme from "../../model/scheme";
import {
  CURRENT,
  ENTER_CELLS,
  FIGURES,
  enterCellChosen,
  CURRENT_CHOSEN,
  PUBLISHED_CHOSEN,
  LOOKUPS,
  STATUTORY_BASES,
  TABLE,
  priceBaseCurrent,
  priceBaseIndex,
  priceBaseInput,
  priceBaseNames,
} from "../../model/priceRows";
import { SheetLayout } from "../../layout/layout";
import { bandShareGap, bandShareTotal, INPUT_CHECKS, inputCheck, payWarning, schemeName, titleRow } from "../../model/inputCheck";

export const INPUTS_ID = "inputs";

/** "2009 (published model): …" or "2026-27: …": what the rates are, beside them. */
const priceBaseNote = calcRow(
  "priceBaseNote",
  "",
  fx`IF(${CURRENT},"Rates are hourly pay at "&${priceBaseInput}&" prices; on-costs follow that year's statutory pay rules (see below). The flat on-costs are not used.","Rates are hourly pay at the published model's 2009 prices, with its flat on-costs; the pay lines below are not used. The published model shows the calculation is exact; in its own words it 'is not intended to be used for calculating detailed operational costs for financial planning purposes' (Extra Care Housing, Joint Improvement Team, May 2009, revenue cost model).")`,
  { check: true },
);

const title = titleRow(INPUTS_ID, "Inputs");

/** The published model's flat on-costs: inputs of the 2009 price base only, so they sit in their own section. */
const FLAT_ON_COSTS = Scheme.FLAT_ON_COSTS;
/** Each section's heading says whether the chosen price base uses its cells. */
const currentPayHeading = calcRow(
  "inputs.currentPayHeading",
  "",
  fx`IF(${CURRENT},"Pay at "&${priceBaseInput}&" prices: the statutory pay rules apply","Pay at a current price base: not used at the published model's 2009 prices")`,
);
const flatOnCostsHeading = calcRow(
  "inputs.flatOnCostsHeading",
  "",
  fx`IF(${CURRENT},"The published model's flat on-costs: not used at "&${priceBaseInput}&" prices","The published model's flat on-costs, used at its 2009 prices")`,
);

/**
 * Which pink cells the chosen price base uses: the flat on-costs at the published model's, the pay
 * rules at a current one (night pay with waking nights, the sleep-in lines with sleep-in nights), and
 * each figure to enter in the table of price bases at its own base. The others show greyed out.
 */
function inUse(l: SheetLayout): void {
  const published = PUBLISHED_CHOSEN;
  const current = CURRENT_CHOSEN;
  const sleepIn = fx`AND(${current},${Scheme.nightCover}=${text(NIGHT_COVER[1])})`;
  l.inUseWhen(published, FLAT_ON_COSTS);
  l.inUseWhen(fx`AND(${current},${Scheme.nightCover}=${text(NIGHT_COVER[0])})`, [Scheme.nightRate]);
  l.inUseWhen(sleepIn, [Scheme.sleepInNights, Scheme.sleepInAmount]);
  l.inUseWhen(
    current,
    Scheme.PAY_INPUTS.filter(
      (row) => ![Scheme.teamLeaderHours, Scheme.nightRate, Scheme.sleepInNights, Scheme.sleepInAmount].includes(row),
    ),
  );
  for (const c of ENTER_CELLS) l.inUseWhen(enterCellChosen(c), [c.row]);
}

export function inputsLayout(): SheetLayout {
  const l = new SheetLayout(INPUTS_ID, "Inputs", {
    columns: [50, 21, 12, 12, 14, 64],
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
      { row: INPUT_CHECKS.get(row)! },
    ]);
  for (const row of Scheme.SCHEME_INPUTS) {
    if (FLAT_ON_COSTS.includes(row)) continue;
    if (row === Scheme.supportRate) {
      input(priceBaseInput);
      l.line([null, { row: priceBaseNote, style: "note" }]);
    }
    input(row);
    // Staffing, the estimates and the block options all count the team leader: one cell, beside the manager.
    if (row === Scheme.managerSalary) input(Scheme.teamLeaderHours);
    if (row === Scheme.bandShares)
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
  inUse(l);
  l.nameRows("ECH_HourlyRates", [Scheme.supportRate, Scheme.careRate], "£ an hour: housing support, care (pay at a current price base)");
  l.nameRows("ECH_OnCosts", FLAT_ON_COSTS, "National Insurance, cover, superannuation rates; training £ a year");
  l.gap();
  l.line([{ row: currentPayHeading, style: "header" }]);
  l.line([
    {
      text: "The rates and percentages below are examples: enter your own. The pay rates are at or above the National Living Wage of April 2026.",
      style: "note",
    },
  ]);
  for (const row of Scheme.PAY_INPUTS) if (row !== Scheme.teamLeaderHours) input(row);
  l.gap();
  l.line([{ row: flatOnCostsHeading, style: "header" }]);
  for (const row of FLAT_ON_COSTS) input(row);
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
    l.line([{ text: `Check: ${c.figure.label}, ${c.base}`, style: "note" }, null, null, null, null, { row: INPUT_CHECKS.get(c.row)! }]);
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
