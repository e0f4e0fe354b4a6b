/** Extra care against residential care: cost per resident by band beside a care home fee, and the published capital and revenue comparison. */
import { checkRowFor, firstProblem, fx, type Row } from "../../calc";
import { BANDS, CAPITAL } from "../../model";
import * as Residential from "../../model/residential";
import { howMuchCare, JIT_2009 } from "../../model/citations";
import { SheetLayout, type Slot } from "../../layout/layout";
import { inputCheck, titleRow } from "../../model/inputCheck";
import { calcRow } from "../../calc";

export const RESIDENTIAL_ID = "residential";
const feeCheck = checkRowFor(Residential.careHomeFee);
const check = calcRow(
  "residential.check",
  "Check",
  fx`IF(${inputCheck}<>"OK","Fix the Inputs sheet first: its check is not OK.",${firstProblem([feeCheck])})`,
  { check: true, name: "ECH_ResidentialCheck" },
);
const title = titleRow(RESIDENTIAL_ID, "Extra care and residential care");

export function residentialLayout(): SheetLayout {
  const l = new SheetLayout(
    RESIDENTIAL_ID,
    "Residential care",
    { columns: [46, 14, 14, 14, 16, 44], orientation: "landscape", freezeRows: 3 },
    check,
  );
  const head = (first: string, cols: readonly string[]) =>
    l.line([first, ...cols, "Units", "How it is worked out"].map((h) => ({ text: h, style: "header" as const })));
  const line = (row: Row, skip = 0) => {
    const slots: Slot[] = [{ text: row.label, style: row.total ? "total" : "label" }, ...Array<null>(skip).fill(null), { row }];
    for (let k = skip + row.size; k < 3; k++) slots.push(null);
    slots.push({ text: row.unit ?? "", style: "note" }, { text: row.note ?? "", style: "note" });
    l.line(slots);
  };
  l.line([{ row: title, style: "title" }]);
  l.line([
    {
      text: `Above some level of need, care bought by the hour in extra care costs more than a care home's fixed fee (${howMuchCare("1.4.4–1.4.5")}).`,
      style: "subtitle",
    },
  ]);
  l.line([{ text: "Check", style: "total" }, { row: check }, null, null, null, { row: feeCheck }]);
  l.gap();
  l.line([
    { text: Residential.careHomeFee.label, style: "label" },
    { row: Residential.careHomeFee },
    null,
    null,
    { text: Residential.careHomeFee.unit!, style: "note" },
    { row: Residential.residentialStatus },
  ]);
  l.gap();
  head("Cost a week", BANDS);
  line(Residential.nightPerTenant);
  line(Residential.costPerResident);
  line(Residential.feeGap);
  line(Residential.breakEvenCareHours);
  l.gap();
  l.line([
    {
      text: `The published capital and revenue comparison (${JIT_2009}); two printed figures do not add up, and the sheet shows both`,
      style: "subtitle",
    },
  ]);
  l.line([
    { text: "Setting", style: "header" },
    { row: CAPITAL.settings, style: "header" },
    { text: "Units", style: "header" },
    { text: "How it is worked out", style: "header" },
  ]);
  for (const row of [
    CAPITAL.places,
    CAPITAL.unitBuildCost,
    CAPITAL.grossBuildCost,
    CAPITAL.printedBuild,
    CAPITAL.buildDifference,
    CAPITAL.staffCosts,
    CAPITAL.operatingCosts,
    CAPITAL.grossRunningCost,
    CAPITAL.printedRunning,
    CAPITAL.runningDifference,
    CAPITAL.perPlace,
    CAPITAL.printedPerPlace,
  ])
    line(row);
  l.line([
    {
      text: "The printed running cost a place of the dementia unit (£62,776) follows the printed total. The comparison assumes £11.50 an hour plus on-costs (the published model does not date this rate).",
      style: "note",
    },
  ]);
  return l;
}
