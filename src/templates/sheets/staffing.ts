/** The Staffing sheet: the published model's care and support staffing and staff on-costs, bands across. */
import { calcRow, fx, type Row } from "../../calc";
import { BANDS } from "../../model";
import * as S from "../../model/scheme";
import { SheetLayout, type Slot } from "../../layout/layout";
import { inputCheck, payWarning, titleRow } from "../../model/inputCheck";
import { BENCHMARK_NOTE, benchmark, benchmarkSource } from "../../model/priceRows";

export const STAFFING_ID = "staffing";

const subtitle = calcRow(
  "staffing.subtitle",
  "",
  fx`"Hours a week and cost a year for a scheme of "&${S.tenants}&" tenants (Joint Improvement Team, Extra Care Housing, 2009: revenue cost model)"`,
  { check: true },
);
const title = titleRow(STAFFING_ID, "Care and support staffing");
/** The Inputs sheet's checks, repeated here: the results wait for the first, the second warns beside them. */
const checkHere = calcRow("staffing.inputCheck", "Input check (Inputs sheet)", fx`${inputCheck}`, { check: true });
const payHere = calcRow("staffing.payWarning", payWarning.label, fx`${payWarning}`, { check: true });

export function staffingLayout(): SheetLayout {
  const l = new SheetLayout(
    STAFFING_ID,
    "Staffing",
    { columns: [46, 10, 10, 10, 14, 16, 66], orientation: "landscape", freezeRows: 4, freezeColumns: 1 },
    inputCheck,
  );
  const head = (first: string, bands: boolean) =>
    l.line(
      [first, ...(bands ? BANDS : ["", "", ""]), "Scheme", "Units", "How it is worked out"].map((h) => ({
        text: h,
        style: "header" as const,
      })),
    );
  const line = (label: string, band: Row | null, scheme: Row | null, unitOf: Row) => {
    const slots: Slot[] = [{ text: label, style: unitOf.total ? "total" : "label" }];
    slots.push(band ? { row: band } : null, ...(band ? [] : [null, null]));
    slots.push(scheme ? { row: scheme } : null, { text: unitOf.unit ?? "", style: "note" }, { text: unitOf.note ?? "", style: "note" });
    l.line(slots);
  };
  const one = (row: Row) => line(row.label, null, row, row);
  l.line([{ row: title, style: "title" }]);
  l.line([{ row: subtitle, style: "subtitle" }]);
  l.line([{ text: checkHere.label, style: "label" }, { row: checkHere }]);
  l.line([{ text: payHere.label, style: "label" }, { row: payHere }]);
  l.gap();
  head("Care and support hours", true);
  line(S.tenantsPerBand.label, S.tenantsPerBand, S.tenantsCounted, S.tenantsPerBand);
  line(S.supportHoursEach.label, S.supportHoursEach, null, S.supportHoursEach);
  line(S.careHoursEach.label, S.careHoursEach, null, S.careHoursEach);
  line(S.bandSupportHours.label, S.bandSupportHours, S.daySupportHours, S.bandSupportHours);
  line(S.bandCareHours.label, S.bandCareHours, S.dayCareHours, S.bandCareHours);
  line(S.bandTotalHours.label, S.bandTotalHours, S.dayTotalHours, S.bandTotalHours);
  [S.nightSupportHours, S.nightCareHours, S.nightTotalHours, S.supportHours, S.careHoursTotal, S.totalHours].forEach(one);
  l.nameRows("ECH_HoursPerWeek", [S.supportHours, S.careHoursTotal, S.totalHours], "hours a week: housing support, care, total");
  l.gap();
  head("Cost of the hours", false);
  [S.supportCostWeek, S.careCostWeek, S.costWeek, S.supportCostYear, S.careCostYear, S.costYear].forEach(one);
  l.gap();
  head("Staff on-costs: the published model's flat rates (2009 price base)", false);
  [S.manager, S.payBase, S.ni, S.cover, S.superannuation, S.trainingCost, S.flatStaffCost].forEach(one);
  l.gap();
  head("Pay at a current price base (blank at the published model's 2009 prices)", false);
  [
    S.holidayUplift,
    S.paidPerHour,
    S.dayPaidHours,
    S.nightPaidHours,
    S.careWorkers,
    S.trainingHoursWeek,
    S.teamLeaders,
    S.paidHours,
    S.workers,
  ].forEach(one);
  [
    S.daySupportPay,
    S.dayCarePay,
    S.nightPay,
    S.nightSupportPay,
    S.nightCarePay,
    S.trainingPay,
    S.careWorkerPay,
    S.teamLeaderPay,
    S.payNow,
  ].forEach(one);
  for (const g of [S.careWorkerCosts, S.teamLeaderCosts, S.managerCosts]) [g.average, g.ni, g.pension].forEach(one);
  [S.employerNI, S.employmentAllowanceClaimed, S.employerNIAfterAllowance, S.employerPension, S.staffCostNow].forEach(one);
  l.gap();
  head("Results", false);
  [S.totalStaffCost, S.overheads, S.surplus, S.totalCost, S.costPerPersonWeek, S.costPerPersonYear, S.unitCost, S.unitCostPaid].forEach(
    one,
  );
  l.line([
    { text: benchmark.label, style: "label" },
    null,
    null,
    null,
    { row: benchmark },
    { text: benchmark.unit ?? "", style: "note" },
    { row: benchmarkSource, style: "note" },
  ]);
  l.line([{ text: BENCHMARK_NOTE, style: "note" }]);
  return l;
}
